/**
 * Taking a backup of a node's data directory (docs/maintenance.md, "Backups"),
 * of a stopped node (`bin/node backup`) or of a running one (the node itself,
 * every `backup.intervalMs`, src/node/backup-scheduler.ts).
 *
 * Consistency. rocksdb-native has no checkpoint API, so the state database
 * is copied entry by entry from one RocksDB snapshot (`StateDb.snapshotEntries`)
 * into a new RocksDB in the backup: the copy is the database as it was at one
 * instant, whatever the node commits meanwhile (every related write of the
 * node is one batch, so no half-applied operation is in it). The content store
 * (blockstore-fs, datastore-fs) writes each file atomically (temporary file,
 * then rename) and blocks are immutable and named by CID, so a file copied
 * whole is valid; it is copied after the snapshot, so every block the
 * snapshot's pins name is still there unless a garbage collection removed it
 * meanwhile, which the caller prevents by passing `exclusive` (the
 * coordinator's retention queue: no sweep or collection runs during the
 * copy). Blocks stored after the snapshot may be in the backup too: unpinned
 * extras that the next collection removes.
 *
 * Crash safety. Everything is written under `{to}/.tmp-{name}/`, the manifest
 * last, and the directory is renamed to `{to}/{name}` at the end (one
 * rename): a backup killed midway leaves only a `.tmp-` directory, never a
 * backup with a manifest, and the next backup into `to` removes it.
 */
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { StateDb } from '../storage/index.ts'
import { HEAD_PREFIX } from '../chain/chain-store.ts'
import { IDENTITY_FILE } from '../p2p/identity.ts'
import { MANIFEST_FILE, MANIFEST_VERSION, describeFiles, encodeManifest, type BackupManifest } from './manifest.ts'

/** Prefix of a backup directory's name; the rest is the time (`backup-20261127T221530123Z`), so name order is time order. */
export const BACKUP_PREFIX = 'backup-'
const TMP_PREFIX = '.tmp-'
const BATCH_ENTRIES = 1000

/** Options of {@link takeBackup}. */
export interface TakeBackupOptions {
  /** The node's open state database (a running node's own, or one the CLI opened on a stopped node). */
  db: StateDb
  /** The node's data directory (`identity.key`, `content/` are read from it). */
  dataDir: string
  /** Directory the backups go into (created if missing); one writer at a time. */
  to: string
  /** Peer id of the node (in the manifest). */
  peerId: string
  /** The node's config as YAML text, stored as `config.yaml` in the backup. @default none stored */
  configYaml?: string
  /** Backups kept in `to` (the oldest beyond go, this one included in the count); at least 1. */
  keep: number
  /** Runs the content copy with garbage collection held off. @default runs it directly */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>
  /** Clock, Unix ms. @default Date.now */
  now?: () => number
}

/** What {@link takeBackup} did. */
export interface BackupResult {
  /** The new backup's directory. */
  dir: string
  manifest: BackupManifest
  /** Bytes of every file in the backup (the manifest aside). */
  bytes: number
  /** Older backups removed to keep `keep`. */
  pruned: string[]
  /** Wall time of the whole backup, ms. */
  elapsedMs: number
}

/**
 * Takes one backup of the node into a new directory under `options.to` (see
 * the module comment), then keeps only the newest `keep` backups there.
 *
 * @throws {RangeError} when `keep` < 1
 * @throws file system errors as they come (nothing in `to` but a `.tmp-` directory is touched before the end)
 */
export async function takeBackup (options: TakeBackupOptions): Promise<BackupResult> {
  if (!(options.keep >= 1)) throw new RangeError(`keep must be at least 1, got ${options.keep}`)
  const now = options.now ?? Date.now
  const started = performance.now()
  await mkdir(options.to, { recursive: true })
  await removeIncomplete(options.to)
  const createdAtMs = now()
  const name = await freeName(options.to, createdAtMs)
  const tmp = join(options.to, TMP_PREFIX + name)
  await mkdir(tmp, { recursive: true })
  try {
    const { entries, heads } = await copyState(options.db, join(tmp, 'state'))
    const exclusive = options.exclusive ?? (async work => await work())
    await exclusive(async () => {
      await copyTree(join(options.dataDir, 'content'), join(tmp, 'content'))
    })
    await copyFile(join(options.dataDir, IDENTITY_FILE), join(tmp, IDENTITY_FILE))
    if (options.configYaml != null) await writeFile(join(tmp, 'config.yaml'), options.configYaml)
    const files = await describeFiles(tmp)
    const manifest: BackupManifest = {
      version: MANIFEST_VERSION,
      createdAtMs,
      createdAt: new Date(createdAtMs).toISOString(),
      peerId: options.peerId,
      heads,
      stateEntries: entries,
      files
    }
    await writeFile(join(tmp, MANIFEST_FILE), encodeManifest(manifest))
    const dir = join(options.to, name)
    await rename(tmp, dir)
    const pruned = await pruneBackups(options.to, options.keep)
    return { dir, manifest, bytes: files.reduce((n, f) => n + f.bytes, 0), pruned, elapsedMs: performance.now() - started }
  } catch (err) {
    await rm(tmp, { recursive: true, force: true })
    throw err
  }
}

/**
 * The complete backups in `dir` (directories named `backup-...` holding a
 * manifest), oldest first, as full paths; [] when `dir` is missing.
 */
export async function listBackups (dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err: any) {
    if (err?.code === 'ENOENT') return []
    throw err
  }
  const out: string[] = []
  for (const name of names.filter(n => n.startsWith(BACKUP_PREFIX)).sort()) {
    try {
      if ((await readdir(join(dir, name))).includes(MANIFEST_FILE)) out.push(join(dir, name))
    } catch {}
  }
  return out
}

/** Removes all but the newest `keep` backups in `dir`; returns the removed paths. */
export async function pruneBackups (dir: string, keep: number): Promise<string[]> {
  const all = await listBackups(dir)
  const gone = all.slice(0, Math.max(0, all.length - keep))
  for (const path of gone) await rm(path, { recursive: true, force: true })
  return gone
}

async function removeIncomplete (dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith(TMP_PREFIX + BACKUP_PREFIX)) await rm(join(dir, name), { recursive: true, force: true })
  }
}

async function freeName (dir: string, ms: number): Promise<string> {
  const base = BACKUP_PREFIX + new Date(ms).toISOString().replace(/[-:.]/g, '')
  const taken = new Set(await readdir(dir))
  for (let i = 0; ; i++) {
    const name = i === 0 ? base : `${base}-${String(i).padStart(3, '0')}`
    if (!taken.has(name) && !taken.has(TMP_PREFIX + name)) return name
  }
}

/** Copies every entry of one snapshot of `db` into a new RocksDB at `path`; returns the count and the heads it holds. */
async function copyState (db: StateDb, path: string): Promise<{ entries: number, heads: BackupManifest['heads'] }> {
  const target = await StateDb.open(path)
  const heads: BackupManifest['heads'] = []
  let entries = 0
  try {
    let batch = target.batch()
    let staged = 0
    for await (const { key, value } of db.snapshotEntries()) {
      batch.put(key, value)
      entries++
      const text = Buffer.from(key).toString()
      if (text.startsWith(HEAD_PREFIX)) {
        const head = JSON.parse(Buffer.from(value).toString()) as { height: number, hash: string }
        heads.push({ producer: text.slice(HEAD_PREFIX.length), height: head.height, hash: head.hash })
      }
      if (++staged >= BATCH_ENTRIES) {
        await batch.commit()
        batch = target.batch()
        staged = 0
      }
    }
    if (staged > 0) await batch.commit()
  } finally {
    await target.close()
  }
  return { entries, heads }
}

/**
 * Copies the regular files under `from` to `to`, recursively; a missing
 * `from` copies nothing. Skips steno's temporary files (`.{name}.tmp`, a
 * write in progress) and files that vanish while copying (a block deleted).
 */
async function copyTree (from: string, to: string): Promise<void> {
  let entries
  try {
    entries = await readdir(from, { withFileTypes: true })
  } catch (err: any) {
    if (err?.code === 'ENOENT') return
    throw err
  }
  await mkdir(to, { recursive: true })
  for (const entry of entries) {
    const src = join(from, entry.name)
    if (entry.isDirectory()) await copyTree(src, join(to, entry.name))
    else if (entry.isFile() && !(entry.name.startsWith('.') && entry.name.endsWith('.tmp'))) {
      try {
        await copyFile(src, join(to, entry.name))
      } catch (err: any) {
        if (err?.code !== 'ENOENT') throw err
      }
    }
  }
}
