/**
 * The manifest of a backup (docs/maintenance.md, "Backups"): `manifest.json`
 * at the top of a backup directory, written last (after every file it lists),
 * so a backup with a manifest is complete. It names when the backup was taken,
 * whose node it is, the chain heads per producer it holds, and every file with
 * its size and SHA-256; {@link verifyBackup} checks them before a restore.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { z } from 'zod'

/** File name of the manifest inside a backup directory. */
export const MANIFEST_FILE = 'manifest.json'

/** Format version of {@link BackupManifest}. */
export const MANIFEST_VERSION = 1

const manifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  /** When the state database's snapshot was taken, Unix ms. */
  createdAtMs: z.number().int().nonnegative(),
  /** The same as ISO 8601 text (for people). */
  createdAt: z.string(),
  /** Peer id of the node the backup is of. */
  peerId: z.string().min(1),
  /** Chain heads stored at the snapshot, one per producer, in producer order. */
  heads: z.array(z.object({ producer: z.string().min(1), height: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) })),
  /** Entries copied from the state database. */
  stateEntries: z.number().int().nonnegative(),
  /** Every file of the backup but the manifest: path relative to the backup (`/` separated), bytes, SHA-256 (hex). */
  files: z.array(z.object({ path: z.string().min(1), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
})

/** What `manifest.json` holds (see the schema's field comments). */
export type BackupManifest = z.infer<typeof manifestSchema>

/** A backup that is incomplete or altered: `field` names what is wrong (`manifest.json`, or a file's path). */
export class BackupInvalidError extends Error {
  static override readonly name = 'BackupInvalidError'
  override readonly name = 'BackupInvalidError'
  /** The backup directory. */
  readonly dir: string
  /** `manifest.json` or the relative path of the first bad file. */
  readonly field: string

  constructor (dir: string, field: string, message: string) {
    super(`backup ${dir} is not valid: ${field}: ${message}`)
    this.dir = dir
    this.field = field
  }
}

/** SHA-256 (hex) and size (bytes) of the file at `path`, streamed. */
export async function hashFile (path: string): Promise<{ bytes: number, sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { bytes, sha256: hash.digest('hex') }
}

/**
 * Every regular file under `dir`, recursively, as paths relative to `dir`
 * with `/` separators, sorted. Symbolic links are not followed.
 */
export async function listFiles (dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'))
    }
  }
  await walk(dir)
  return out.sort()
}

/** The file list of a manifest: every file under `dir` but the manifest, hashed. */
export async function describeFiles (dir: string): Promise<BackupManifest['files']> {
  const files: BackupManifest['files'] = []
  for (const path of await listFiles(dir)) {
    if (path === MANIFEST_FILE) continue
    files.push({ path, ...await hashFile(join(dir, path)) })
  }
  return files
}

/**
 * Reads and parses the manifest of backup `dir`.
 *
 * @throws {BackupInvalidError} field `manifest.json` when it is missing or not a valid manifest
 */
export async function readManifest (dir: string): Promise<BackupManifest> {
  let text: string
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8')
  } catch (err: any) {
    throw new BackupInvalidError(dir, MANIFEST_FILE, err?.code === 'ENOENT' ? 'missing (an incomplete backup, or not a backup directory)' : String(err?.message ?? err))
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err: any) {
    throw new BackupInvalidError(dir, MANIFEST_FILE, `not JSON: ${err?.message ?? err}`)
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new BackupInvalidError(dir, MANIFEST_FILE, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}

/**
 * Checks backup `dir` against its manifest: every listed file is there with
 * its size and SHA-256, and no other file is (the manifest aside). Reads
 * every byte of the backup once.
 *
 * @returns the manifest
 * @throws {BackupInvalidError} naming the manifest or the first bad file (missing, other size, other hash, not listed)
 */
export async function verifyBackup (dir: string): Promise<BackupManifest> {
  const manifest = await readManifest(dir)
  const listed = new Set(manifest.files.map(f => f.path))
  for (const path of await listFiles(dir)) {
    if (path !== MANIFEST_FILE && !listed.has(path)) throw new BackupInvalidError(dir, path, 'a file the manifest does not list')
  }
  for (const file of manifest.files) {
    const path = join(dir, ...file.path.split('/'))
    let size: number
    try {
      size = (await stat(path)).size
    } catch {
      throw new BackupInvalidError(dir, file.path, 'missing')
    }
    if (size !== file.bytes) throw new BackupInvalidError(dir, file.path, `${size} bytes, the manifest says ${file.bytes}`)
    const { sha256 } = await hashFile(path)
    if (sha256 !== file.sha256) throw new BackupInvalidError(dir, file.path, `SHA-256 ${sha256}, the manifest says ${file.sha256}`)
  }
  return manifest
}

/** The manifest as the bytes written to `manifest.json`. */
export function encodeManifest (manifest: BackupManifest): string {
  return JSON.stringify(manifestSchema.parse(manifest), null, 2) + '\n'
}
