/**
 * Test helpers for the state database: a real RocksDB in a fresh temp dir,
 * closed and removed after the test even when it fails.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from 'node:test'
import { StateDb } from '../../src/storage/index.ts'

/** A fresh temp directory, removed when the test ends. */
export async function tempDir (t: TestContext, name = 'ailee-db-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), name))
  t.after(async () => { await rm(dir, { recursive: true, force: true }) })
  return dir
}

/** Opens a StateDb in a fresh temp dir; closed (then the dir removed) when the test ends. */
export async function openTempDb (t: TestContext): Promise<{ db: StateDb, dir: string, path: string }> {
  const dir = await tempDir(t)
  const path = join(dir, 'state')
  const db = await StateDb.open(path)
  t.after(async () => { await db.close() })
  return { db, dir, path }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text)
/** `bytes` as UTF-8 text. */
export const text = (bytes: Uint8Array | undefined): string | undefined => bytes == null ? undefined : decoder.decode(bytes)

/** Every item of an async iterable, in order. */
export async function all<T> (iter: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of iter) out.push(x)
  return out
}
