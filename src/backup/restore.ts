/**
 * Bringing a backup back into a data directory (`bin/node restore`,
 * docs/maintenance.md, "Backups"). The backup is verified against its
 * manifest first (every file, size and SHA-256); nothing is written before.
 * The files are copied into `{dataDir}.restoring-{time}` and that directory
 * is renamed into place, so a restore killed midway leaves the data directory
 * as it was. A non-empty data directory is replaced only with `force`; it is
 * moved aside to `{dataDir}.replaced-{time}` (not deleted: the operator
 * removes it once the restored node runs).
 *
 * Replacing takes two renames (the old directory aside, the staged one in);
 * Node has no atomic exchange of two directories. Before them a journal
 * `{dataDir}.restore.json` (`{ staging, movedAside }`, written to a temporary
 * file and renamed) names both; it is removed after them. A restore killed
 * between the two renames leaves no data directory but the journal:
 * {@link finishInterruptedRestore}, run by the next restore and at every node
 * start before the data directory is created, finishes the rename. So after
 * any kill the data directory is the old one or the restored one (or, in that
 * window, becomes the restored one before anything reads it). Staging
 * directories of restores killed while copying are removed by the next restore.
 */
import { cp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { z } from 'zod'
import { basename, dirname, join, resolve } from 'node:path'
import { StateDb } from '../storage/index.ts'
import { MANIFEST_FILE, verifyBackup, type BackupManifest } from './manifest.ts'
import { listBackups } from './take-backup.ts'

/**
 * File a restore leaves in the data directory: the next start of a coordinator fetches the own
 * blocks sealed after the backup from its peers before it seals (src/node/own-chain-catch-up.ts),
 * then removes it. JSON `{ backup, createdAtMs, restoredAtMs }`.
 */
export const RESTORED_MARKER = 'restored.json'

/** The journal of a restore replacing `dataDir` (see the module comment): `{dataDir}.restore.json`. */
export function restoreJournalPath (dataDir: string): string {
  return join(dirname(resolve(dataDir)), `${basename(resolve(dataDir))}.restore.json`)
}

const journalSchema = z.object({ staging: z.string().min(1), movedAside: z.string().min(1) })

/**
 * Finishes a restore of `dataDir` killed between its two renames: when the
 * journal exists and `dataDir` does not, the staged directory is renamed into
 * place. The journal is then removed (also when `dataDir` exists: the kill
 * came before the first rename or after the second). Returns what it did.
 *
 * @throws {Error} when the journal does not parse, or names a staging directory that is gone while `dataDir` is missing (nothing is changed; the old data directory is at `movedAside`)
 */
export async function finishInterruptedRestore (dataDir: string): Promise<'none' | 'finished' | 'cleared'> {
  const journalPath = restoreJournalPath(dataDir)
  let text: string
  try {
    text = await readFile(journalPath, 'utf8')
  } catch (err: any) {
    if (err?.code === 'ENOENT') return 'none'
    throw err
  }
  let journal: z.infer<typeof journalSchema>
  try {
    journal = journalSchema.parse(JSON.parse(text))
  } catch (err) {
    throw new Error(`restore journal ${journalPath} is unreadable (${(err as Error).message}); check ${dataDir} by hand and remove the journal`, { cause: err })
  }
  if (await entriesOf(dataDir) == null) {
    if (await entriesOf(journal.staging) == null) {
      throw new Error(`a restore of ${dataDir} was interrupted and its staged copy ${journal.staging} is gone; the replaced data directory is ${journal.movedAside}`)
    }
    await rename(journal.staging, dataDir)
    await rm(journalPath, { force: true })
    return 'finished'
  }
  await rm(journalPath, { force: true })
  return 'cleared'
}

/** The marker a restore left in `dataDir`, or undefined. */
export async function readRestoredMarker (dataDir: string): Promise<{ backup: string, createdAtMs: number, restoredAtMs: number } | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, RESTORED_MARKER), 'utf8'))
  } catch (err: any) {
    if (err?.code === 'ENOENT') return undefined
    // an unreadable marker still means "restored": recover as if it were whole
    return { backup: '', createdAtMs: 0, restoredAtMs: 0 }
  }
}

/** Removes the marker of a restore (once the restored node caught up). */
export async function clearRestoredMarker (dataDir: string): Promise<void> {
  await rm(join(dataDir, RESTORED_MARKER), { force: true })
}

/** The data directory is not empty and `force` was not given; or a running node holds it. */
export class RestoreRefusedError extends Error {
  static override readonly name = 'RestoreRefusedError'
  override readonly name = 'RestoreRefusedError'
  /** `not-empty` or `locked` (a running node holds its state database). */
  readonly reason: 'not-empty' | 'locked'

  constructor (reason: 'not-empty' | 'locked', message: string, options?: ErrorOptions) {
    super(message, options)
    this.reason = reason
  }
}

/** Options of {@link restoreBackup}. */
export interface RestoreOptions {
  /** A backup directory (holding `manifest.json`), or a directory of backups: its newest complete one is taken. */
  from: string
  /** The data directory to restore into. */
  dataDir: string
  /** Replace a non-empty data directory (moved aside, see the module comment). @default false */
  force?: boolean
  /** Clock, Unix ms (names of the directories moved aside). @default Date.now */
  now?: () => number
}

/** What {@link restoreBackup} did. */
export interface RestoreResult {
  /** The backup restored. */
  backup: string
  manifest: BackupManifest
  /** Where the replaced data directory went; undefined when there was none (or it was empty). */
  movedAside?: string
}

/**
 * The backup directory `from` names: itself when it holds a manifest, else
 * the newest complete backup inside it.
 *
 * @throws {Error} when neither (no backup there)
 */
export async function resolveBackup (from: string): Promise<string> {
  try {
    if ((await readdir(from)).includes(MANIFEST_FILE)) return from
  } catch (err: any) {
    throw new Error(`no backup at ${from}: ${err?.code === 'ENOENT' ? 'no such directory' : err?.message ?? err}`, { cause: err })
  }
  const all = await listBackups(from)
  if (all.length === 0) throw new Error(`no backup at ${from}: neither a manifest.json nor a complete backup-* directory in it`)
  return all[all.length - 1]
}

/**
 * Verifies the backup, then restores it into `dataDir` (see the module comment).
 *
 * @throws {BackupInvalidError} when the backup does not match its manifest (nothing written)
 * @throws {RestoreRefusedError} `not-empty` without `force`; `locked` when a running node holds the data directory
 * @throws file system errors as they come (the data directory is untouched until the final renames)
 */
export async function restoreBackup (options: RestoreOptions): Promise<RestoreResult> {
  const now = options.now ?? Date.now
  const backup = resolve(await resolveBackup(resolve(options.from)))
  const manifest = await verifyBackup(backup)
  const dataDir = options.dataDir
  await finishInterruptedRestore(dataDir)
  await removeStaleStaging(dataDir)
  const existing = await entriesOf(dataDir)
  if (existing != null && existing.length > 0) {
    if (options.force !== true) {
      throw new RestoreRefusedError('not-empty', `${dataDir} is not empty (${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', ...' : ''}); restore into an empty or new directory, or pass --force to replace it (it is moved aside, not deleted)`)
    }
    await assertNotRunning(dataDir)
  }
  const stamp = new Date(now()).toISOString().replace(/[-:.]/g, '')
  const staging = join(dirname(dataDir), `${basename(dataDir)}.restoring-${stamp}`)
  await rm(staging, { recursive: true, force: true })
  try {
    await cp(backup, staging, { recursive: true, filter: src => basename(src) !== MANIFEST_FILE || dirname(src) !== backup })
    await writeFile(join(staging, RESTORED_MARKER), JSON.stringify({ backup, createdAtMs: manifest.createdAtMs, restoredAtMs: now() }) + '\n')
    let movedAside: string | undefined
    if (existing != null) {
      if (existing.length > 0) {
        movedAside = join(dirname(dataDir), `${basename(dataDir)}.replaced-${stamp}`)
        const journal = restoreJournalPath(dataDir)
        await writeFile(`${journal}.tmp`, JSON.stringify({ staging: resolve(staging), movedAside: resolve(movedAside) }) + '\n')
        await rename(`${journal}.tmp`, journal)
        await rename(dataDir, movedAside)
        await rename(staging, dataDir)
        await rm(journal, { force: true })
        return { backup, manifest, movedAside }
      }
      await rm(dataDir, { recursive: true, force: true })
    }
    await rename(staging, dataDir)
    return { backup, manifest, movedAside }
  } catch (err) {
    await rm(staging, { recursive: true, force: true })
    throw err
  }
}

/** Removes `{dataDir}.restoring-*` siblings: staged copies of restores killed before their renames. */
async function removeStaleStaging (dataDir: string): Promise<void> {
  const parent = dirname(resolve(dataDir))
  const prefix = `${basename(resolve(dataDir))}.restoring-`
  let names: string[]
  try {
    names = await readdir(parent)
  } catch {
    return
  }
  for (const name of names) if (name.startsWith(prefix)) await rm(join(parent, name), { recursive: true, force: true })
}

/** Names in `dir`; undefined when it does not exist. @throws when `dir` is a file */
async function entriesOf (dir: string): Promise<string[] | undefined> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new RestoreRefusedError('not-empty', `${dir} is a file, not a data directory`)
    return await readdir(dir)
  } catch (err: any) {
    if (err?.code === 'ENOENT') return undefined
    throw err
  }
}

/** @throws {RestoreRefusedError} `locked` when another process holds `dataDir`'s state database */
async function assertNotRunning (dataDir: string): Promise<void> {
  const statePath = join(dataDir, 'state')
  try {
    await stat(statePath)
  } catch {
    return
  }
  try {
    const db = await StateDb.open(statePath)
    await db.close()
  } catch (err) {
    if ((err as Error).name === 'DatabaseLockedError') {
      throw new RestoreRefusedError('locked', `a running node holds ${dataDir} (${(err as Error).message}); stop it before restoring over it`, { cause: err })
    }
    throw err
  }
}
