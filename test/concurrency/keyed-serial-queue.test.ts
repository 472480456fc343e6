/**
 * The per-key serial queue (src/concurrency/keyed-serial-queue.ts): the
 * orchestrator's per-task queue and content retention's per-CID queue.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { KeyedSerialQueue } from '../../src/concurrency/keyed-serial-queue.ts'

describe('KeyedSerialQueue', () => {
  it('runs jobs of one key in order, one at a time, and other keys alongside', async () => {
    const queue = new KeyedSerialQueue()
    const log: string[] = []
    const gate = Promise.withResolvers<void>()
    const a1 = queue.run('a', async () => { log.push('a1 start'); await gate.promise; log.push('a1 end') })
    const a2 = queue.run('a', async () => { log.push('a2'); return 2 })
    const b1 = queue.run('b', async () => { log.push('b1'); return 1 })
    assert.equal(await b1, 1)
    assert.deepEqual(log, ['a1 start', 'b1'], 'b ran while a1 waited; a2 waits for a1')
    assert.equal(queue.size, 1)
    gate.resolve()
    await a1
    assert.equal(await a2, 2)
    assert.deepEqual(log, ['a1 start', 'b1', 'a1 end', 'a2'])
    assert.equal(queue.size, 0, 'keys are forgotten once idle')
  })

  it('a failing job rejects its caller only; the next job of the key still runs', async () => {
    const queue = new KeyedSerialQueue()
    const failing = queue.run('a', async () => { throw new Error('boom') })
    const next = queue.run('a', async () => 'ran')
    await assert.rejects(failing, /boom/)
    assert.equal(await next, 'ran')
  })

  it('idle() resolves once every job added so far has settled', async () => {
    const queue = new KeyedSerialQueue()
    let done = false
    void queue.run('a', async () => { await nextTurn(); done = true })
    await queue.idle()
    assert.equal(done, true)
  })
})
