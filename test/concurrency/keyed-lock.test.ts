/**
 * The keyed lock with an exclusive mode (src/concurrency/keyed-lock.ts), and
 * the read-write lock it rests on: the content store's pin lock (raw CIDs
 * keyed, dag-pb exclusive) and the content cache's and retention's locks.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { KeyedLock } from '../../src/concurrency/keyed-lock.ts'
import { ReadWriteLock } from '../../src/concurrency/read-write-lock.ts'

/** A job that logs its start and end and waits for `gate` in between. */
function gated (log: string[], name: string, gate: Promise<void>): () => Promise<string> {
  return async () => {
    log.push(`${name} start`)
    await gate
    log.push(`${name} end`)
    return name
  }
}

describe('KeyedLock', () => {
  it('runs jobs of one key in order, one at a time, and other keys alongside', async () => {
    const lock = new KeyedLock()
    const log: string[] = []
    const gate = Promise.withResolvers<void>()
    const a1 = lock.run('a', gated(log, 'a1', gate.promise))
    const a2 = lock.run('a', async () => { log.push('a2'); return 'a2' })
    const b1 = lock.run('b', async () => { log.push('b1'); return 'b1' })
    assert.equal(await b1, 'b1')
    assert.deepEqual(log, ['a1 start', 'b1'], 'b ran while a1 waited; a2 waits for a1')
    assert.equal(lock.size, 1)
    gate.resolve()
    assert.equal(await a1, 'a1')
    assert.equal(await a2, 'a2')
    assert.deepEqual(log, ['a1 start', 'b1', 'a1 end', 'a2'])
    assert.equal(lock.size, 0, 'keys are forgotten once idle')
  })

  it('an exclusive job waits for the keyed jobs in progress, and keyed jobs added after it wait for it', async () => {
    const lock = new KeyedLock()
    const log: string[] = []
    const keyedGate = Promise.withResolvers<void>()
    const exclusiveGate = Promise.withResolvers<void>()
    const a = lock.run('a', gated(log, 'a', keyedGate.promise))
    await nextTurn()
    const ex = lock.exclusive(gated(log, 'ex', exclusiveGate.promise))
    const b = lock.run('b', async () => { log.push('b'); return 'b' })
    await nextTurn()
    assert.deepEqual(log, ['a start'], 'the exclusive job waits for a; b waits behind the exclusive job')
    keyedGate.resolve()
    await a
    await nextTurn()
    assert.deepEqual(log, ['a start', 'a end', 'ex start'])
    exclusiveGate.resolve()
    assert.equal(await ex, 'ex')
    assert.equal(await b, 'b')
    assert.deepEqual(log, ['a start', 'a end', 'ex start', 'ex end', 'b'])
  })

  it('exclusive jobs run one at a time', async () => {
    const lock = new KeyedLock()
    const log: string[] = []
    const gate = Promise.withResolvers<void>()
    const first = lock.exclusive(gated(log, 'first', gate.promise))
    const second = lock.exclusive(async () => { log.push('second'); return 'second' })
    await nextTurn()
    assert.deepEqual(log, ['first start'])
    gate.resolve()
    await Promise.all([first, second])
    assert.deepEqual(log, ['first start', 'first end', 'second'])
  })

  it('a failing job rejects its caller only; later jobs of its key and exclusive jobs still run', async () => {
    const lock = new KeyedLock()
    const failing = lock.run('a', async () => { throw new Error('boom') })
    const next = lock.run('a', async () => 'ran')
    const failingExclusive = lock.exclusive(async () => { throw new Error('bang') })
    const after = lock.exclusive(async () => 'exclusive ran')
    await assert.rejects(failing, /boom/)
    assert.equal(await next, 'ran')
    await assert.rejects(failingExclusive, /bang/)
    assert.equal(await after, 'exclusive ran')
    assert.equal(await lock.run('a', async () => 'again'), 'again')
  })
})

describe('ReadWriteLock', () => {
  it('runs readers side by side and a writer alone; a waiting writer goes before later readers', async () => {
    const lock = new ReadWriteLock()
    const log: string[] = []
    const readGate = Promise.withResolvers<void>()
    const r1 = lock.read(gated(log, 'r1', readGate.promise))
    const r2 = lock.read(gated(log, 'r2', readGate.promise))
    await nextTurn()
    const w = lock.write(async () => { log.push('w'); return 'w' })
    const r3 = lock.read(async () => { log.push('r3'); return 'r3' })
    await nextTurn()
    assert.deepEqual(log, ['r1 start', 'r2 start'], 'both readers at once; the writer waits, r3 waits behind it')
    readGate.resolve()
    assert.deepEqual(await Promise.all([r1, r2, w, r3]), ['r1', 'r2', 'w', 'r3'])
    assert.deepEqual(log, ['r1 start', 'r2 start', 'r1 end', 'r2 end', 'w', 'r3'])
  })

  it('a failing writer releases the lock', async () => {
    const lock = new ReadWriteLock()
    await assert.rejects(lock.write(async () => { throw new Error('boom') }), /boom/)
    assert.equal(await lock.read(async () => 'read'), 'read')
  })
})
