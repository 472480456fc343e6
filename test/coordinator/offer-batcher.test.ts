/**
 * The OfferBatcher (src/coordinator/offer-batcher.ts) under node:test's fake timers (setImmediate
 * and setTimeout mocked and never advanced): a lone offer goes out in the turn that opened it, with
 * no timer or immediate; the offers of one turn (also across promise continuations) go out as one
 * message; the count and byte bounds split batches; every published payload decodes to the offers
 * in order.
 */
import assert from 'node:assert/strict'
import { describe, it, mock, beforeEach, afterEach } from 'node:test'
import { OfferBatcher } from '../../src/coordinator/offer-batcher.ts'
import type { ailee } from '../../src/proto/index.ts'
import { decodeOfferBatch, encodeOffer, offerFieldBytes, batchBytes } from '../../src/protocol/messages/offer-batch.ts'

const COORD = '12D3KooWCoordinatorPeerIdForTheBatcherTest0000000000'

function offer (taskId: string): ailee.v1.ITaskOffer {
  return { taskId, coordinatorPeerId: COORD, attempt: 1, memoryPages: 16, executionMs: 1000, maxPrice: 10, bidDeadlineMs: 1_700_000_000_300, moduleSizeBytes: 100, moduleCid: 'bafkmodule', excludedWorkers: [], lateBidUntilMs: 0, invitedWorkers: [] }
}

/** A batcher whose publish records each payload's task ids (decoded, as a worker reads them). */
function batcher (maxOffers = 64, maxBytes = 64 * 1024): { b: OfferBatcher, sent: string[][] } {
  const sent: string[][] = []
  const b = new OfferBatcher({
    coordinatorPeerId: COORD,
    maxOffers,
    maxBytes,
    publish: async (payload, count) => {
      assert.ok(payload.byteLength <= maxBytes || count === 1, 'within the byte bound (or one offer alone)')
      const batch = decodeOfferBatch(payload)
      assert.equal(batch.coordinatorPeerId, COORD)
      assert.equal(batch.offers.length, count)
      sent.push(batch.offers.map(o => o.taskId))
    }
  })
  return { b, sent }
}

describe('OfferBatcher', () => {
  beforeEach(() => { mock.timers.enable({ apis: ['setImmediate', 'setTimeout', 'Date'] }) })
  afterEach(() => { mock.timers.reset() })

  it('a lone offer goes out at the end of its turn: no timer to wait for, no time passes', async () => {
    const { b, sent } = batcher()
    const done = b.add(offer('t1'))
    assert.deepEqual(sent, [], 'not in the middle of the turn that opened it')
    await done // no timer or immediate runs: the mocked clock never moves
    assert.equal(Date.now(), 0, 'no time passed')
    assert.deepEqual(sent, [['t1']])
    assert.deepEqual(b.published, { messages: 1, offers: 1, largest: 1 })
  })

  it('many offers in one turn go out as one message, in order', async () => {
    const { b, sent } = batcher()
    const done = Array.from({ length: 40 }, (_, i) => b.add(offer(`t${i}`)))
    await Promise.all(done)
    assert.deepEqual(sent, [Array.from({ length: 40 }, (_, i) => `t${i}`)])
    // offers of the next turn make the next message
    const later = b.add(offer('next'))
    await later
    assert.deepEqual(sent.at(-1), ['next'])
    assert.deepEqual(b.published, { messages: 2, offers: 41, largest: 40 })
  })

  it('offers opened in promise continuations of one turn (as the orchestrator opens rounds) share one message', async () => {
    const { b, sent } = batcher()
    // each round is opened a few promise hops after the pump, as a task's serial queue does
    const open = async (taskId: string, hops: number): Promise<void> => {
      for (let i = 0; i < hops; i++) await Promise.resolve()
      await b.add(offer(taskId))
    }
    await Promise.all([open('a', 0), open('b', 3), open('c', 7), open('d', 1)])
    assert.deepEqual(sent, [['a', 'd', 'b', 'c']])
  })

  it('a full batch (maxOffers) goes out at once; the rest at the end of the turn', async () => {
    const { b, sent } = batcher(10)
    const done = Array.from({ length: 25 }, (_, i) => b.add(offer(`t${i}`)))
    assert.deepEqual(sent.map(s => s.length), [10, 10], 'two full batches within the turn')
    await Promise.all(done)
    assert.deepEqual(sent.map(s => s.length), [10, 10, 5])
    assert.deepEqual(sent.flat(), Array.from({ length: 25 }, (_, i) => `t${i}`))
  })

  it('the byte bound splits a batch before the offer that would pass it', async () => {
    const one = offerFieldBytes(encodeOffer(offer('t00')).byteLength)
    const maxBytes = batchBytes(COORD) + 3 * one // room for exactly three offers
    const { b, sent } = batcher(64, maxBytes)
    const done = Array.from({ length: 7 }, (_, i) => b.add(offer(`t0${i}`)))
    await Promise.all(done)
    assert.deepEqual(sent.map(s => s.length), [3, 3, 1])
  })

  it('an offer larger than maxBytes by itself still goes out, alone', async () => {
    const { b, sent } = batcher(64, 1024)
    const big = { ...offer('big'), excludedWorkers: Array.from({ length: 40 }, (_, i) => `12D3KooWExcludedWorker${String(i).padStart(30, '0')}`) }
    const done = [b.add(offer('a')), b.add(big), b.add(offer('b'))]
    await Promise.all(done)
    assert.deepEqual(sent, [['a'], ['big'], ['b']])
  })

  it('a failed publish rejects the promises of that batch only', async () => {
    let calls = 0
    const b = new OfferBatcher({ coordinatorPeerId: COORD, maxOffers: 2, maxBytes: 65536, publish: async () => { if (++calls === 1) throw new Error('no peers') } })
    const first = [b.add(offer('a')), b.add(offer('b'))]
    const second = b.add(offer('c'))
    for (const p of first) await assert.rejects(p, /no peers/)
    await second
  })

  it('rejects bounds that are not positive integers', () => {
    assert.throws(() => new OfferBatcher({ coordinatorPeerId: COORD, maxOffers: 0, maxBytes: 1024, publish: async () => {} }), RangeError)
    assert.throws(() => new OfferBatcher({ coordinatorPeerId: COORD, maxOffers: 1, maxBytes: 0, publish: async () => {} }), RangeError)
  })
})
