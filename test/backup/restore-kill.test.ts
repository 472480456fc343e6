/**
 * A restore killed at any moment (SIGKILL of a real `bin/node restore --force`
 * process, at delays spread over its run) leaves the data directory either
 * the old one or the restored one; a restore killed between its two renames
 * (a window of microseconds, so built by hand here from real directories)
 * leaves a journal that the next restore, and a node's start, finish; and a
 * following restore always succeeds and removes the staged copies the killed
 * ones left.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { takeBackup } from '../../src/backup/take-backup.ts'
import { listFiles } from '../../src/backup/manifest.ts'
import { RESTORED_MARKER, finishInterruptedRestore, restoreBackup, restoreJournalPath } from '../../src/backup/restore.ts'
import { BIN_NODE } from '../../src/cli/cmds/demo/processes.ts'
import { CLI_CONFIG_HOME } from '../cli/helpers.ts'
import { openTempDb, tempDir, utf8 } from '../storage/helpers.ts'

/** Relative path → SHA-256 of every file under `dir` (the restore marker left out). */
async function snapshot (dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const rel of await listFiles(dir)) {
    if (rel === RESTORED_MARKER) continue
    out.set(rel, createHash('sha256').update(await readFile(join(dir, rel))).digest('hex'))
  }
  return out
}

async function exists (path: string): Promise<boolean> {
  return await readdir(path).then(() => true, () => false)
}

/** A backup of a data directory with 120 content files of 64 KiB (so the copy takes a while), and an old data directory to replace. */
async function fixture (t: TestContext): Promise<{ backups: string, backupFiles: Map<string, string>, template: string, root: string }> {
  const { db, dir } = await openTempDb(t)
  const batch = db.batch()
  for (let i = 0; i < 500; i++) batch.put(`tasks/t${String(i).padStart(4, '0')}`, utf8(`record ${i}`))
  await batch.commit()
  for (let i = 0; i < 120; i++) {
    const sub = join(dir, 'content', 'blocks', String(i % 10))
    await mkdir(sub, { recursive: true })
    await writeFile(join(sub, `block-${i}.data`), Buffer.alloc(64 * 1024, i))
  }
  await writeFile(join(dir, 'identity.key'), 'new key', { mode: 0o600 })
  const backups = await tempDir(t, 'ailee-backups-')
  const result = await takeBackup({ db, dataDir: dir, to: backups, peerId: 'p', keep: 2 })
  await db.close()
  const backupFiles = await snapshot(result.dir)
  backupFiles.delete('manifest.json')
  const root = await tempDir(t, 'ailee-restore-kill-')
  const template = join(root, 'old-template')
  await mkdir(join(template, 'content'), { recursive: true })
  await writeFile(join(template, 'identity.key'), 'old key')
  await writeFile(join(template, 'content', 'old-block'), 'old content')
  return { backups, backupFiles, template, root }
}

/**
 * Spawns `bin/node restore --force` and SIGKILLs it once its staged copy holds
 * `files` files (polled), or once the restore marker is written into it
 * (`'marker'`: the renames come next); `'never'` lets it finish.
 */
async function killedRestore (backups: string, dataDir: string, root: string, at: number | 'marker' | 'never'): Promise<{ code: number | null, signal: NodeJS.Signals | null }> {
  const child = spawn(BIN_NODE, ['restore', '--from', backups, '--data-dir', dataDir, '--force'], { stdio: 'ignore', env: { ...process.env, XDG_CONFIG_HOME: CLI_CONFIG_HOME } })
  const exited = new Promise<{ code: number | null, signal: NodeJS.Signals | null }>(resolve => { child.once('exit', (code, signal) => { resolve({ code, signal }) }) })
  let done = false
  void exited.then(() => { done = true })
  if (at === 'never') return await exited
  while (!done) {
    const staging = (await readdir(root)).find(n => n.startsWith('data.restoring-'))
    if (staging != null) {
      const files = await listFiles(join(root, staging)).catch((): string[] => [])
      if (at === 'marker' ? files.includes(RESTORED_MARKER) : files.length >= at) break
    }
    await new Promise(resolve => setImmediate(resolve))
  }
  child.kill('SIGKILL')
  return await exited
}

describe('restore killed midway', () => {
  it('SIGKILL at any point leaves the old or the restored data directory; the next restore succeeds', async t => {
    const { backups, backupFiles, template, root } = await fixture(t)
    const oldFiles = await snapshot(template)
    const dataDir = join(root, 'data')
    const outcomes: string[] = []
    // kills as the staged copy fills (its files counted), once the marker is in (the renames come
    // next), and a restore left alone
    const total = backupFiles.size
    const points: Array<number | 'marker' | 'never'> = [0, 1, ...[0.25, 0.5, 0.75, 0.9, 1].map(f => Math.round(f * total)), 'marker', 'marker', 'marker', 'never']
    for (const at of points) {
      await rm(dataDir, { recursive: true, force: true })
      await cp(template, dataDir, { recursive: true })
      const exit = await killedRestore(backups, dataDir, root, at)
      if (!await exists(dataDir)) {
        // only between the two renames: the journal names the staged copy, and it is finished
        assert.equal(await finishInterruptedRestore(dataDir), 'finished')
      }
      const now = await snapshot(dataDir)
      const isOld = JSON.stringify([...now].sort()) === JSON.stringify([...oldFiles].sort())
      const isNew = JSON.stringify([...now].sort()) === JSON.stringify([...backupFiles].sort())
      assert.ok(isOld !== isNew, `after a kill at ${at} the data directory is neither the old nor the restored one: ${[...now.keys()].slice(0, 8).join(', ')}`)
      if (isNew) assert.ok((await readdir(dataDir)).includes(RESTORED_MARKER))
      outcomes.push(`${typeof at === 'number' ? `${at}/${total} files staged` : at}: ${exit.signal ?? `exit ${exit.code}`}, ${isOld ? 'old' : 'restored'}`)
    }
    t.diagnostic(outcomes.join('; '))
    assert.ok(outcomes.some(o => o.endsWith('old')), 'at least one kill came before the renames')
    assert.ok(outcomes.at(-1)!.endsWith('exit 0, restored'), 'the restore left alone finishes')

    // the following restore succeeds, and no staged copy of a killed restore is left
    const result = await restoreBackup({ from: backups, dataDir, force: true })
    assert.deepEqual([...(await snapshot(dataDir))].sort(), [...backupFiles].sort())
    const left = (await readdir(root)).filter(n => n.startsWith('data.restoring-') || n === 'data.restore.json')
    assert.deepEqual(left, [])
    assert.ok(result.movedAside != null)
  })

  it('a restore killed between its two renames is finished by the next restore and by a node start', async t => {
    const { backups, backupFiles, template, root } = await fixture(t)
    const dataDir = join(root, 'data')
    // the state a kill between the renames leaves: journal written, old directory moved aside, staged copy not yet in place
    const state = async (): Promise<void> => {
      await rm(dataDir, { recursive: true, force: true })
      const staging = join(root, 'data.restoring-x')
      const [backup] = (await readdir(backups)).filter(n => n.startsWith('backup-'))
      await cp(join(backups, backup), staging, { recursive: true })
      await rm(join(staging, 'manifest.json'))
      await writeFile(join(staging, RESTORED_MARKER), '{}\n')
      await cp(template, join(root, 'data.moved'), { recursive: true })
      await writeFile(restoreJournalPath(dataDir), JSON.stringify({ staging, movedAside: join(root, 'data.moved') }))
    }
    await state()
    assert.equal(await finishInterruptedRestore(dataDir), 'finished')
    assert.deepEqual([...(await snapshot(dataDir))].sort(), [...backupFiles].sort())
    assert.equal(await exists(join(root, 'data.restoring-x')), false)
    await assert.rejects(readFile(restoreJournalPath(dataDir)), { code: 'ENOENT' })
    assert.equal(await finishInterruptedRestore(dataDir), 'none')

    // a journal left after both renames (killed before its removal) is only removed
    await writeFile(restoreJournalPath(dataDir), JSON.stringify({ staging: join(root, 'gone'), movedAside: join(root, 'data.moved') }))
    assert.equal(await finishInterruptedRestore(dataDir), 'cleared')

    // the next restore finishes it first, then replaces the directory as asked
    await rm(join(root, 'data.moved'), { recursive: true, force: true })
    await state()
    const result = await restoreBackup({ from: backups, dataDir, force: true })
    assert.ok(result.movedAside != null)
    // (its state database was opened by the check that no node runs on it: compare the rest)
    const outsideState = (m: Map<string, string>): Array<[string, string]> => [...m].filter(([rel]) => !rel.startsWith('state/')).sort()
    assert.deepEqual(outsideState(await snapshot(result.movedAside)), outsideState(backupFiles), 'the finished restore was what got replaced')
    assert.deepEqual([...(await snapshot(dataDir))].sort(), [...backupFiles].sort())

    // a node start on the interrupted state: bin/node finishes the restore instead of creating a fresh identity
    await rm(join(root, 'data.moved'), { recursive: true, force: true })
    await state()
    // (the fixture's identity.key is not a valid key: the node stops on it, after the restore check;
    // without that check it would have created a new identity in a fresh directory)
    const child = spawn(BIN_NODE, ['--role', 'worker', '--data-dir', dataDir, '--listen', '/ip4/127.0.0.1/tcp/0', '--metrics-listen', '127.0.0.1:0', '--no-mdns', '--no-dht', '--log-level', 'error'],
      { stdio: 'ignore', env: { ...process.env, XDG_CONFIG_HOME: CLI_CONFIG_HOME } })
    t.after(() => { child.kill('SIGKILL') })
    await new Promise(resolve => child.once('exit', resolve))
    assert.equal(await readFile(join(dataDir, 'identity.key'), 'utf8'), 'new key')
    assert.deepEqual([...(await snapshot(dataDir))].sort(), [...backupFiles].sort())
    await assert.rejects(readFile(restoreJournalPath(dataDir)), { code: 'ENOENT' })
  })
})
