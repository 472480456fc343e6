/**
 * Backups and restores on real RocksDB data directories (src/backup/): the
 * snapshot is one instant of the database, the manifest names every file with
 * its size and SHA-256, the newest `keep` backups stay, a backup killed midway
 * leaves nothing that looks complete, a restore verifies first and never
 * overwrites a non-empty data directory without `force`.
 */
import assert from 'node:assert/strict'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { StateDb } from '../../src/storage/index.ts'
import { takeBackup, listBackups } from '../../src/backup/take-backup.ts'
import { BackupInvalidError, verifyBackup } from '../../src/backup/manifest.ts'
import { RESTORED_MARKER, RestoreRefusedError, restoreBackup } from '../../src/backup/restore.ts'
import { all, openTempDb, tempDir, text, utf8 } from '../storage/helpers.ts'

const HASH = 'ab'.repeat(32)

/** A data directory: state with 250 entries and one head, content files, an identity. */
async function seed (t: Parameters<typeof openTempDb>[0]): Promise<{ db: StateDb, dataDir: string }> {
  const { db, dir } = await openTempDb(t)
  const batch = db.batch()
  for (let i = 0; i < 250; i++) batch.put(`tasks/t${String(i).padStart(4, '0')}`, utf8(`record ${i}`))
  batch.put('meta/head/12D3KooWProducer', utf8(JSON.stringify({ height: 41, hash: HASH, timestampMs: 1 })))
  await batch.commit()
  await mkdir(join(dir, 'content', 'blocks', 'AB'), { recursive: true })
  await writeFile(join(dir, 'content', 'blocks', 'AB', 'block-1.data'), 'block bytes')
  // steno's temporary file of a write in progress: not copied
  await writeFile(join(dir, 'content', 'blocks', 'AB', '.block-2.data.tmp'), 'half')
  await writeFile(join(dir, 'identity.key'), 'key bytes', { mode: 0o600 })
  return { db, dataDir: dir }
}

describe('backup and restore', () => {
  it('copies one snapshot of the state, the content and the identity, with a manifest that verifies', async t => {
    const { db, dataDir } = await seed(t)
    const to = await tempDir(t, 'ailee-backups-')
    const result = await takeBackup({ db, dataDir, to, peerId: '12D3KooWSelf', configYaml: 'role: coordinator\n', keep: 10, now: () => 1_800_000_000_000 })
    assert.equal(result.manifest.stateEntries, 251)
    assert.deepEqual(result.manifest.heads, [{ producer: '12D3KooWProducer', height: 41, hash: HASH }])
    assert.equal(result.manifest.peerId, '12D3KooWSelf')
    assert.equal(result.manifest.createdAt, new Date(1_800_000_000_000).toISOString())
    const paths = result.manifest.files.map(f => f.path)
    assert.ok(paths.includes('content/blocks/AB/block-1.data'))
    assert.ok(!paths.some(p => p.endsWith('.tmp')), 'a write in progress is not copied')
    assert.ok(paths.includes('identity.key') && paths.includes('config.yaml'))
    assert.ok(paths.some(p => p.startsWith('state/')))
    assert.equal(result.bytes, result.manifest.files.reduce((n, f) => n + f.bytes, 0))
    assert.deepEqual((await verifyBackup(result.dir)).files, result.manifest.files)
    const copy = await StateDb.open(join(result.dir, 'state'))
    try {
      assert.equal((await all(copy.iterate())).length, 251)
      assert.equal(text(await copy.get('tasks/t0249')), 'record 249')
    } finally {
      await copy.close()
    }
  })

  it('a snapshot does not see writes committed while it is read', async t => {
    const { db } = await openTempDb(t)
    const batch = db.batch()
    for (let i = 0; i < 100; i++) batch.put(`k/${String(i).padStart(3, '0')}`, utf8('before'))
    await batch.commit()
    let seen = 0
    for await (const { key, value } of db.snapshotEntries()) {
      if (seen === 0) await db.batch().put('k/050', utf8('after')).put('k/zzz', utf8('new')).commit()
      if (text(key) === 'k/050') assert.equal(text(value), 'before')
      assert.notEqual(text(key), 'k/zzz')
      seen++
    }
    assert.equal(seen, 100)
    assert.equal(text(await db.get('k/050')), 'after')
  })

  it('keeps the newest `keep` backups and removes what a killed backup left', async t => {
    const { db, dataDir } = await seed(t)
    const to = await tempDir(t, 'ailee-backups-')
    // a backup killed midway: its temporary directory, no manifest
    await mkdir(join(to, '.tmp-backup-20260101T000000000Z', 'state'), { recursive: true })
    let clock = 1_800_000_000_000
    const names: string[] = []
    for (let i = 0; i < 4; i++) names.push((await takeBackup({ db, dataDir, to, peerId: 'p', keep: 3, now: () => clock += 1000 })).dir)
    assert.deepEqual(await listBackups(to), names.slice(1))
    assert.deepEqual((await readdir(to)).filter(n => n.startsWith('.tmp-')), [])
  })

  it('a changed, missing or extra file fails verification, naming it; nothing is restored', async t => {
    const { db, dataDir } = await seed(t)
    const to = await tempDir(t, 'ailee-backups-')
    const { dir } = await takeBackup({ db, dataDir, to, peerId: 'p', keep: 10 })
    const file = join(dir, 'content', 'blocks', 'AB', 'block-1.data')
    await writeFile(file, 'block bytez')
    await assert.rejects(verifyBackup(dir), (err: BackupInvalidError) => err.field === 'content/blocks/AB/block-1.data' && /SHA-256/.test(err.message))
    const target = join(await tempDir(t, 'ailee-restore-'), 'data')
    await assert.rejects(restoreBackup({ from: dir, dataDir: target }), BackupInvalidError)
    await assert.rejects(readdir(target), { code: 'ENOENT' })
    await writeFile(file, 'block bytes')
    await writeFile(join(dir, 'stray'), 'x')
    await assert.rejects(verifyBackup(dir), (err: BackupInvalidError) => err.field === 'stray')
  })

  it('restores the newest backup into a new directory; refuses a non-empty one without force, moves it aside with force', async t => {
    const { db, dataDir } = await seed(t)
    const to = await tempDir(t, 'ailee-backups-')
    let clock = 1_800_000_000_000
    await takeBackup({ db, dataDir, to, peerId: 'p', keep: 10, now: () => clock += 1000 })
    await db.batch().put('tasks/newer', utf8('x')).commit()
    const newest = await takeBackup({ db, dataDir, to, peerId: 'p', keep: 10, now: () => clock += 1000 })
    const root = await tempDir(t, 'ailee-restore-')
    const target = join(root, 'data')
    const restored = await restoreBackup({ from: to, dataDir: target })
    assert.equal(restored.backup, newest.dir)
    assert.equal(await readFile(join(target, 'identity.key'), 'utf8'), 'key bytes')
    assert.ok(!(await readdir(target)).includes('manifest.json'))
    assert.ok(JSON.parse(await readFile(join(target, RESTORED_MARKER), 'utf8')).backup === newest.dir)
    const copy = await StateDb.open(join(target, 'state'))
    assert.equal(text(await copy.get('tasks/newer')), 'x')
    await copy.close()

    await assert.rejects(restoreBackup({ from: to, dataDir: target }), (err: RestoreRefusedError) => err.reason === 'not-empty')
    await writeFile(join(target, 'local-note'), 'mine')
    const forced = await restoreBackup({ from: to, dataDir: target, force: true })
    assert.ok(forced.movedAside != null)
    assert.equal(await readFile(join(forced.movedAside, 'local-note'), 'utf8'), 'mine')
    assert.ok(!(await readdir(target)).includes('local-note'))
  })

  it('refuses to restore over a data directory a running node holds', async t => {
    const { db, dataDir } = await seed(t)
    const to = await tempDir(t, 'ailee-backups-')
    await takeBackup({ db, dataDir, to, peerId: 'p', keep: 10 })
    // `db` is open on dataDir/state: the RocksDB lock is held
    await assert.rejects(restoreBackup({ from: to, dataDir, force: true }), (err: RestoreRefusedError) => err.reason === 'locked')
  })
})
