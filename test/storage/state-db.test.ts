import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import {
  BatchCommittedError, DatabaseClosedError, DatabaseLockedError, StateDb
} from '../../src/storage/index.ts'
import { DEFAULT_WRITE_BUFFER_BYTES } from '../../src/storage/state-db.ts'
import { openTempDb, tempDir, text, utf8 } from './helpers.ts'

async function collect (iter: AsyncIterable<{ key: Uint8Array, value: Uint8Array }>): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = []
  for await (const { key, value } of iter) out.push([text(key)!, text(value)!])
  return out
}

describe('StateDb', () => {
  it('creates missing parent directories and reads back what a batch wrote', async t => {
    const dir = await tempDir(t)
    const db = await StateDb.open(join(dir, 'a', 'b', 'state'))
    t.after(async () => { await db.close() })
    await db.batch().put('k', utf8('v')).commit()
    assert.equal(text(await db.get('k')), 'v')
    assert.equal(await db.get('missing'), undefined)
    assert.equal(await db.has('k'), true)
  })

  it('memoryUsage reads RocksDB\'s memory: memtables grow with writes, the block cache stays within its capacity; closed, it throws', async t => {
    const dir = await tempDir(t)
    const db = await StateDb.open(join(dir, 'state'))
    const empty = await db.memoryUsage()
    const batch = db.batch()
    for (let i = 0; i < 2000; i++) batch.put(`k/${i}`, new Uint8Array(256))
    await batch.commit()
    const written = await db.memoryUsage()
    assert.ok(written.memtablesBytes > empty.memtablesBytes + 2000 * 256, `${empty.memtablesBytes} -> ${written.memtablesBytes}`)
    assert.equal(written.blockCacheCapacityBytes, 32 * 1024 * 1024)
    assert.ok(written.blockCacheBytes <= written.blockCacheCapacityBytes)
    await db.close()
    await assert.rejects(db.memoryUsage())
  })

  it('commits a batch atomically and only on commit()', async t => {
    const { db } = await openTempDb(t)
    await db.batch().put('tasks/1', utf8('old')).put('gone', utf8('x')).commit()

    const batch = db.batch()
    batch.put('tasks/1', utf8('new')).put('ledger/a', utf8('5')).del('gone')
    assert.equal(batch.size, 3)
    // nothing visible before commit
    assert.equal(text(await db.get('tasks/1')), 'old')
    assert.equal(await db.get('ledger/a'), undefined)
    // ...except through the batch
    assert.equal(text(await db.get('tasks/1', batch)), 'new')
    assert.equal(await db.get('gone', batch), undefined)

    let committed = false
    batch.onCommit(() => { committed = true })
    await batch.commit()
    assert.equal(committed, true)
    assert.equal(text(await db.get('tasks/1')), 'new')
    assert.equal(text(await db.get('ledger/a')), '5')
    assert.equal(await db.get('gone'), undefined)

    assert.throws(() => batch.put('x', utf8('y')), BatchCommittedError)
    await assert.rejects(batch.commit(), BatchCommittedError)
  })

  it('a failed commit writes nothing and spends the batch', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    const db = await StateDb.open(path)
    const batch = db.batch()
    batch.put('a', utf8('1')).put('b', utf8('2'))
    assert.throws(() => batch.put('c', 42 as unknown as Uint8Array), TypeError)
    await db.close()
    await assert.rejects(batch.commit(), DatabaseClosedError)
    assert.equal(batch.spent, true)

    const again = await StateDb.open(path)
    t.after(async () => { await again.close() })
    assert.equal(await again.get('a'), undefined)
    assert.equal(await again.get('b'), undefined)
  })

  it('group commit: a lone batch is written at once; batches committed meanwhile share one RocksDB write, in commit order', async t => {
    const { db } = await openTempDb(t)
    const before = db.rocksWrites
    await db.batch().put('lone', utf8('1')).commit()
    assert.equal(db.rocksWrites, before + 1, 'a lone batch: one write, nothing waited for')
    const commits = Array.from({ length: 50 }, (_, i) => db.batch().put(`k/${i}`, utf8(String(i))).put('last', utf8(String(i))).commit())
    await Promise.all(commits)
    const writes = db.rocksWrites - before - 1
    assert.ok(writes <= 2, `50 concurrent batches took ${writes} RocksDB writes (the first alone, the rest together)`)
    for (let i = 0; i < 50; i++) assert.equal(text(await db.get(`k/${i}`)), String(i))
    assert.equal(text(await db.get('last')), '49', 'the batch committed last wins, as if written one after the other')
  })

  it('opens with RocksDB memtables of DEFAULT_WRITE_BUFFER_BYTES (8 MiB, not RocksDB\'s 64 MiB), or the size given', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    const optionsFile = async (): Promise<string> => {
      const names = (await readdir(path)).filter(n => n.startsWith('OPTIONS-')).sort()
      return await readFile(join(path, names.at(-1)!), 'utf8')
    }
    const db = await StateDb.open(path)
    assert.match(await optionsFile(), new RegExp(`\\bwrite_buffer_size=${DEFAULT_WRITE_BUFFER_BYTES}\\b`))
    await db.close()
    const again = await StateDb.open(path, { writeBufferBytes: 4 * 1024 * 1024 })
    t.after(async () => { await again.close() })
    assert.match(await optionsFile(), /\bwrite_buffer_size=4194304\b/)
  })

  it('close() waits for batches committed before it', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    const db = await StateDb.open(path)
    const commits = Array.from({ length: 20 }, (_, i) => db.batch().put(`k/${i}`, utf8('v')).commit())
    await db.close()
    await Promise.all(commits)
    const again = await StateDb.open(path)
    t.after(async () => { await again.close() })
    for (let i = 0; i < 20; i++) assert.equal(text(await again.get(`k/${i}`)), 'v')
  })

  it('keeps data across close and reopen', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    const db = await StateDb.open(path)
    await db.batch().put('meta/version', utf8('1')).put('nodes/p1', utf8('{}')).commit()
    await db.close()
    await db.close() // idempotent
    assert.equal(db.closed, true)
    await assert.rejects(db.get('meta/version'), DatabaseClosedError)
    assert.throws(() => db.batch(), DatabaseClosedError)

    const again = await StateDb.open(path)
    t.after(async () => { await again.close() })
    assert.equal(text(await again.get('meta/version')), '1')
    assert.equal(text(await again.get('nodes/p1')), '{}')
  })

  it('throws DatabaseLockedError when this process already holds the database', async t => {
    const { path } = await openTempDb(t)
    await assert.rejects(StateDb.open(path), (err: Error) => {
      assert.ok(err instanceof DatabaseLockedError)
      assert.equal(err.name, 'DatabaseLockedError')
      assert.equal((err as DatabaseLockedError).path, path)
      return true
    })
  })

  it('throws DatabaseLockedError when another process holds the database', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    const moduleUrl = new URL('../../src/storage/state-db.ts', import.meta.url).href
    const child = spawn(process.execPath, ['--input-type=module', '-e', `
      const { StateDb } = await import(${JSON.stringify(moduleUrl)})
      const db = await StateDb.open(${JSON.stringify(path)})
      process.stdout.write('open\\n')
      process.stdin.on('data', async () => { await db.close(); process.exit(0) })
    `], { stdio: ['pipe', 'pipe', 'inherit'] })
    const exited = new Promise(resolve => child.once('exit', resolve))
    t.after(async () => {
      if (child.exitCode == null) child.stdin.write('stop\n')
      await exited
    })
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => { resolve() })
      child.once('exit', code => { reject(new Error(`child exited early with ${code}`)) })
    })
    await assert.rejects(StateDb.open(path), DatabaseLockedError)

    child.stdin.write('stop\n')
    await exited
    const db = await StateDb.open(path) // released once the other process closed it
    await db.close()
  })

  it('iterates a prefix in key order, with bounds, reverse and limit', async t => {
    const { db } = await openTempDb(t)
    const batch = db.batch()
    for (const key of ['telemetry/p2/0002', 'telemetry/p1/0010', 'telemetry/p1/0002', 'tasks/x', 'telemetry0', 'telemetrz', 'telemetry/p1/0001']) {
      batch.put(key, utf8(key.slice(-4)))
    }
    await batch.commit()

    assert.deepEqual((await collect(db.iterate({ prefix: 'telemetry/p1/' }))).map(e => e[0]),
      ['telemetry/p1/0001', 'telemetry/p1/0002', 'telemetry/p1/0010'])
    assert.deepEqual((await collect(db.iterate({ prefix: 'telemetry/' }))).map(e => e[0]),
      ['telemetry/p1/0001', 'telemetry/p1/0002', 'telemetry/p1/0010', 'telemetry/p2/0002'])
    assert.deepEqual((await collect(db.iterate({ prefix: 'telemetry/', reverse: true, limit: 2 }))).map(e => e[0]),
      ['telemetry/p2/0002', 'telemetry/p1/0010'])
    assert.deepEqual((await collect(db.iterate({ prefix: 'telemetry/p1/', gt: 'telemetry/p1/0001', lte: 'telemetry/p1/0010' }))).map(e => e[0]),
      ['telemetry/p1/0002', 'telemetry/p1/0010'])
    assert.deepEqual((await collect(db.iterate({ gte: 'telemetry/p2/', lt: 'telemetrz' }))).map(e => e[0]),
      ['telemetry/p2/0002', 'telemetry0'])
    assert.deepEqual(await collect(db.iterate({ prefix: 'nothing/' })), [])
    assert.deepEqual(await collect(db.iterate({ gt: 'b', lt: 'a' })), [])
    assert.deepEqual(await collect(db.iterate({ prefix: 'tasks/', limit: 0 })), [])
  })

  it('releases a scan left by break, and close() ends scans left unfinished', async t => {
    const dir = await tempDir(t)
    const db = await StateDb.open(join(dir, 'state'))
    const batch = db.batch()
    for (let i = 0; i < 50; i++) batch.put(`k/${String(i).padStart(3, '0')}`, utf8(String(i)))
    await batch.commit()

    for await (const entry of db.iterate({ prefix: 'k/' })) {
      assert.equal(text(entry.key), 'k/000')
      break
    }
    const dangling = db.iterate({ prefix: 'k/' })
    assert.equal(text((await dangling.next()).value?.key), 'k/000')
    await db.close() // would hang if the native iterator were kept alive
    assert.equal(db.closed, true)
  })
})
