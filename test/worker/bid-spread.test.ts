/**
 * Spreading bids over a burst of offers (worker.bidOvercommit,
 * worker.bidSpreadMs; docs/scaling.md): a worker gathers the offers that
 * arrive within the spread time, bids on them in random order up to
 * overcommit x free slots, leaves the rest unanswered, and refuses an Assign as busy
 * when every slot already runs. The swarm case checks the effect that matters:
 * 30 workers that see 32 offers in the same order leave (almost) no offer
 * without a bid, where workers bidding in arrival order leave all but two.
 */
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it, mock } from 'node:test'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import type { ailee } from '../../src/proto/index.ts'
import { SlotBook } from '../../src/worker/slots.ts'
import { DECLINE_REASONS, WorkerService, type BidAck } from '../../src/worker/worker-service.ts'
import { T0, advance, deferred, enableMockTimers, flush, makeAssign, makeOffer, runUntilAborted, silentLog, stubExecutor, type Deferred } from './helpers.ts'

const host = { cpuLoad: 0.25, memoryUsedBytes: 1_000, memoryTotalBytes: 4_000 }

interface Sent { worker: number, bid: ailee.v1.IBid, ack: Deferred<BidAck> }

/** `count` workers on stub ports sharing one `sent` log; bids stay unanswered until a test settles them. */
function workers (count: number, worker: NodeConfigInput['worker'], random: (i: number) => () => number, runSandbox = runUntilAborted): { services: WorkerService[], sent: Sent[] } {
  const config = resolveConfig({ worker: { slots: 2, price: 10, ...worker }, timeouts: { maxBidWindowMs: 1_000 } })
  const sent: Sent[] = []
  const services = Array.from({ length: count }, (_, i) => new WorkerService(config, {
    publishTelemetry: async () => {},
    sendBid: async (_coordinator, bid) => {
      const ack = deferred<BidAck>()
      sent.push({ worker: i, bid, ack })
      if (bid.decline === true) ack.resolve({ accepted: false, reason: 'declined' })
      return await ack.promise
    }
  }, stubExecutor({ runSandbox }).deps, silentLog, { sampler: { sample: () => host }, random: random(i) }))
  return { services, sent }
}

/** A seeded uniform [0, 1) generator (mulberry32, Tommy Ettinger's public-domain PRNG). */
function mulberry32 (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('SlotBook with overcommit', () => {
  it('allows overcommit x free slots of bids, never more running tasks than slots', () => {
    const slots = new SlotBook(1, 3)
    assert.equal(slots.bidRoom(0), 3)
    for (const k of ['a', 'b', 'c']) assert.equal(slots.reserve(k, 100, 0), true)
    assert.equal(slots.reserve('d', 100, 0), false, 'room used up')
    assert.equal(slots.acquire('a', 1), true)
    assert.equal(slots.bidRoom(1), 0, 'no free slot: no room for bids')
    assert.equal(slots.acquire('b', 1), false, 'a reserved bid finds every slot running')
    slots.release('a')
    assert.equal(slots.bidRoom(1), 1, 'b and c still claim 2 of the 3')
    assert.throws(() => new SlotBook(1, 0), RangeError)
  })
})

describe('WorkerService bid spreading', () => {
  beforeEach(() => { enableMockTimers() })
  afterEach(() => { mock.timers.reset() })

  it('bids on a lone offer at once; gathers a burst for bidSpreadMs, then bids in random order up to overcommit x free slots, leaving the rest unanswered', async () => {
    const chosen: string[][] = []
    for (const r of [0, 0.999]) {
      const { services: [w], sent } = workers(1, { slots: 1, bidOvercommit: 2, bidSpreadMs: 50 }, () => () => r)
      for (const id of ['t1', 't2', 't3', 't4', 't5']) void w.onOffer(makeOffer(id, Date.now()))
      await flush()
      assert.deepEqual(sent.map(s => s.bid.taskId), ['t1'], 'the first offer is bid on at once; the burst after it waits')
      await advance(50)
      const bids = sent.filter(s => s.bid.decline !== true).map(s => s.bid.taskId!)
      assert.equal(bids.length, 2, 'one free slot x overcommit 2')
      assert.equal(sent.length, 2, 'the offers passed over get no answer (no request to the coordinator)')
      chosen.push(bids.sort())
      mock.timers.reset()
      enableMockTimers()
    }
    // of t2..t5, Fisher-Yates with draws 0 puts t3 first; draws near 1 keep the arrival order
    assert.deepEqual(chosen, [['t1', 't3'], ['t1', 't2']])
  })

  it('an offer arriving later joins the open batch; one with little time left waits at most a quarter of it', async () => {
    const { services: [w], sent } = workers(1, { slots: 1, bidOvercommit: 2, bidSpreadMs: 50 }, () => () => 0.5)
    void w.onOffer(makeOffer('t0', Date.now())) // lone: bid at once
    void w.onOffer(makeOffer('t1', Date.now(), { bidDeadlineMs: Date.now() + 100 })) // a burst: waits min(50, 100 / 4) = 25 ms
    await advance(10)
    void w.onOffer(makeOffer('t2', Date.now()))
    await advance(10)
    assert.equal(sent.length, 1, 'the batch is still open')
    await advance(5)
    assert.equal(sent.length, 2, 'the batch closed at the first gathered offer\'s time: one more bid, the other offer passed over')
  })

  it('refuses an Assign as busy when every slot runs, frees that bid\'s claim, and bids again once a slot frees', async () => {
    const { services: [w], sent } = workers(1, { slots: 1, bidOvercommit: 2, bidSpreadMs: 0 }, () => () => 0.5)
    void w.onOffer(makeOffer('t1', Date.now()))
    void w.onOffer(makeOffer('t2', Date.now()))
    await flush()
    assert.equal(sent.filter(s => s.bid.decline !== true).length, 2, 'two bids for one free slot')
    assert.deepEqual(w.onAssign('coord', makeAssign('t1')), { accepted: true, reason: '' })
    assert.deepEqual(w.onAssign('coord', makeAssign('t2')), { accepted: false, reason: 'all 1 slots busy' })
    await w.onOffer(makeOffer('t3', Date.now()))
    assert.equal(sent.at(-1)!.bid.reason, DECLINE_REASONS.noFreeSlot, 'every slot runs: no bids at all')
  })

  it('30 workers seeing 32 offers in the same order leave no offer without a bid (arrival order leaves all but two)', async () => {
    const offers = Array.from({ length: 32 }, (_, i) => makeOffer(`t${i}`, T0))
    const bidsPerOffer = async (worker: NodeConfigInput['worker']): Promise<number[]> => {
      const { services, sent } = workers(30, worker, i => mulberry32(i + 1))
      // gossip delivers the burst to every worker in publication order
      for (const offer of offers) for (const w of services) void w.onOffer(offer)
      await advance(100)
      return offers.map(o => sent.filter(s => s.bid.taskId === o.taskId && s.bid.decline !== true).length)
    }
    const arrivalOrder = await bidsPerOffer({ bidOvercommit: 1, bidSpreadMs: 0 })
    assert.equal(arrivalOrder.filter(n => n === 0).length, 30, 'every worker bid on the same first two offers')
    assert.deepEqual(arrivalOrder.slice(0, 2), [30, 30])
    const spread = await bidsPerOffer({})
    assert.equal(spread.filter(n => n === 0).length, 0, `offers without a bid: ${JSON.stringify(spread)}`)
    assert.equal(spread.reduce((a, b) => a + b, 0), 30 * 2 * 3, 'each worker used its room: 2 free slots x overcommit 3')
    assert.equal(spread[0], 30, 'the first offer of the burst is bid on at once by every worker')
    assert.ok(Math.max(...spread.slice(1)) < 30, 'no later offer draws a bid from every worker')
  })
})
