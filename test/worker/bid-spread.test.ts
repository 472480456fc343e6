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

  it('bids on a lone offer at once; gathers a burst for bidSpreadMs, then bids in random order up to overcommit x free slots, declining as many of the rest as it bid on (the others unanswered)', async () => {
    const chosen: string[][] = []
    for (const r of [0, 0.999]) {
      const { services: [w], sent } = workers(1, { slots: 1, bidOvercommit: 2, bidSpreadMs: 50 }, () => () => r)
      for (const id of ['t1', 't2', 't3', 't4', 't5']) void w.onOffer(makeOffer(id, Date.now()))
      await flush()
      assert.deepEqual(sent.map(s => s.bid.taskId), ['t1'], 'the first offer is bid on at once; the burst after it waits')
      await advance(50)
      const bids = sent.filter(s => s.bid.decline !== true).map(s => s.bid.taskId!)
      assert.equal(bids.length, 2, 'one free slot x overcommit 2')
      const declines = sent.filter(s => s.bid.decline === true)
      assert.deepEqual(declines.map(s => s.bid.reason), [DECLINE_REASONS.bidsOutstanding, DECLINE_REASONS.bidsOutstanding], 'two bids earned two declines of passed-over offers')
      assert.equal(sent.length, 4, 'the third offer passed over gets no answer (no request to the coordinator)')
      chosen.push(bids.sort())
      mock.timers.reset()
      enableMockTimers()
    }
    // of t2..t5, Fisher-Yates with draws 0 puts t3 first; draws near 1 keep the arrival order
    assert.deepEqual(chosen, [['t1', 't3'], ['t1', 't2']])
  })

  it('a few workers answer every offer of a burst (bid or decline), so each round can close before its deadline; many workers decline no more offers than they bid on (issue 9)', async () => {
    // 4 workers x 2 slots: the coordinator opens at most 8 rounds (its free slots); each worker bids on 6
    const few = workers(4, {}, i => mulberry32(i + 1))
    const eight = Array.from({ length: 8 }, (_, i) => makeOffer(`t${i}`, T0))
    for (const offer of eight) for (const w of few.services) void w.onOffer(offer)
    await advance(100)
    for (const offer of eight) {
      const answers = few.sent.filter(s => s.bid.taskId === offer.taskId)
      assert.equal(new Set(answers.map(s => s.worker)).size, 4, `${offer.taskId}: every worker answered`)
    }
    assert.equal(few.sent.filter(s => s.bid.decline !== true).length, 4 * 6)
    assert.equal(few.sent.filter(s => s.bid.decline === true).length, 4 * 2)

    // 30 workers x 2 slots, 60 offers: each worker bids on 6 and passes over 54, of which it declines 6
    const many = workers(30, {}, i => mulberry32(i + 1))
    const sixty = Array.from({ length: 60 }, (_, i) => makeOffer(`u${i}`, T0))
    for (const offer of sixty) for (const w of many.services) void w.onOffer(offer)
    await advance(100)
    for (let i = 0; i < 30; i++) {
      const mine = many.sent.filter(s => s.worker === i)
      const declines = mine.filter(s => s.bid.decline === true).length
      assert.equal(mine.length - declines, 6)
      assert.equal(declines, 6, `worker ${i}: declines no more than its bids`)
    }
    // with the room still held, a later offer finds no earned decline left: no answer
    const before = many.sent.length
    for (const w of many.services) await w.onOffer(makeOffer('late', Date.now()))
    assert.equal(many.sent.length, before)
  })

  it('offers one after another, each bid answered before the next arrives (one client submitting tasks in sequence), are bid on at once', async () => {
    const { services: [w], sent } = workers(1, { slots: 1, bidOvercommit: 2, bidSpreadMs: 50 }, () => () => 0.5)
    for (const id of ['s1', 's2', 's3']) {
      void w.onOffer(makeOffer(id, Date.now()))
      await flush()
      assert.equal(sent.at(-1)?.bid.taskId, id, `${id} is bid on at once, not held for the spread`)
      sent.at(-1)!.ack.resolve({ accepted: false, reason: 'another bid won' })
      await flush()
      await advance(10) // well within bidSpreadMs of the previous offer
    }
    assert.equal(sent.length, 3)
    // while a bid still waits for its answer, a quick next offer is part of a burst and waits for the spread
    void w.onOffer(makeOffer('s4', Date.now()))
    await flush()
    void w.onOffer(makeOffer('s5', Date.now()))
    await flush()
    assert.deepEqual(sent.map(s => s.bid.taskId), ['s1', 's2', 's3', 's4'], 's5 waits: the bid on s4 is unanswered')
    await advance(50)
    assert.deepEqual(sent.map(s => s.bid.taskId), ['s1', 's2', 's3', 's4', 's5'], 'then it is bid on')
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
    assert.equal(sent.filter(s => s.bid.decline !== true).length, 2, 'the batch closed at the first gathered offer\'s time: one more bid, the other offer passed over')
    assert.equal(sent.filter(s => s.bid.decline === true).length, 1, 'and declined')
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
