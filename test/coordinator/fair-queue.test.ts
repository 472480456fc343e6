/**
 * FairQueue (src/coordinator/fair-queue.ts): bounded concurrency, and freed
 * slots handed round-robin between clients, so one client's backlog holds
 * another's job for one turn at most.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FairQueue } from '../../src/coordinator/fair-queue.ts'

describe('FairQueue', () => {
  it('runs at most `concurrency` jobs and serves a late client before the rest of a backlog', async () => {
    const queue = new FairQueue(2)
    const gates: Array<() => void> = []
    const order: string[] = []
    const started: string[] = []
    let running = 0
    let most = 0
    const job = (name: string) => async (): Promise<void> => {
      started.push(name)
      running++
      most = Math.max(most, running)
      await new Promise<void>(resolve => gates.push(resolve))
      order.push(name)
      running--
    }
    const all = Array.from({ length: 6 }, async (_, i) => { await queue.run('hog', job(`hog${i}`)) })
    await new Promise(resolve => setImmediate(resolve))
    assert.equal(queue.running, 2)
    assert.equal(queue.waiting('hog'), 4)
    all.push(queue.run('small', job('small')))
    const release = async (): Promise<void> => { gates.shift()!(); await new Promise(resolve => setImmediate(resolve)) }
    while (order.length < 7) await release()
    await Promise.all(all)
    assert.equal(most, 2)
    // hog0 and hog1 held the slots; `small` waits one turn of the hog at most, not its backlog of four
    assert.deepEqual(started, ['hog0', 'hog1', 'hog2', 'small', 'hog3', 'hog4', 'hog5'])
    assert.equal(queue.waiting(), 0)
  })

  it('a failing job frees its slot and rejects its caller', async () => {
    const queue = new FairQueue(1)
    await assert.rejects(queue.run('a', async () => { throw new Error('boom') }), /boom/)
    assert.equal(await queue.run('b', async () => 42), 42)
    assert.equal(queue.running, 0)
  })

  it('refuses a concurrency below 1', () => {
    assert.throws(() => new FairQueue(0), RangeError)
  })
})
