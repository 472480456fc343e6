/**
 * Bidder samples (src/coordinator/bidder-sample.ts): the draw (tiers, weighting by reputation),
 * which workers may be drawn (the selection's filter plus telemetry's free slots), the bound by
 * `limits.maxBidsPerTask`, and the orchestrator naming a new sample after a round without a bid.
 */
import assert from 'node:assert/strict'
import { describe, it, type TestContext } from 'node:test'
import pino from 'pino'
import { BidderSampler, drawBidderSample, type SampleCandidate } from '../../src/coordinator/bidder-sample.ts'
import { ReputationBook } from '../../src/coordinator/reputation.ts'
import { eligibleWorkers, type SelectionContext } from '../../src/coordinator/selection.ts'
import { TaskOrchestrator, type OrchestratorNetwork } from '../../src/coordinator/task-orchestrator.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import { WorkerRegistry } from '../../src/coordinator/worker-registry.ts'
import { resolveConfig } from '../../src/config/load.ts'
import type { ailee } from '../../src/proto/index.ts'
import type { Telemetry } from '../../src/protocol/messages/telemetry.ts'
import { ManualClock } from '../helpers/manual-clock.ts'
import { MemoryTaskStore, receivedTask } from './orchestrator-fixtures.ts'

const NOW = 1_000_000

function task (memoryPages = 100): TaskRecord {
  return {
    id: 't1', clientPeerId: 'c', clientAccount: 'c', moduleCid: 'm', inputCid: '', args: [], env: {},
    limits: { memoryPages, executionMs: 1000, maxOutputBytes: 1024, bidWindowMs: 100, queueMs: 1000, totalMs: 5000, maxPrice: 100 },
    moduleSize: 1, inputSize: 0, moduleHash: '', inputHash: '', state: 'queued', reason: '', attempts: 0,
    createdAtMs: NOW, updatedAtMs: NOW, notBeforeMs: 0, leases: [], excludedWorkers: [], decisions: [], verification: { policy: { kind: 'none' }, spotCheck: false, results: [] }
  }
}

function telemetry (peerId: string, over: Partial<Telemetry> = {}): Telemetry {
  return {
    peerId, timestampMs: NOW, seq: 1, cpuLoad: 0.1, memoryUsedBytes: 1, memoryTotalBytes: 4, runningTasks: 0,
    capacitySlots: 2, maxMemoryPages: 1024, price: 10, version: '1.0.0', draining: false, uptimeMs: 1_000, ...over
  }
}

function context (workers: Array<{ id: string } & Partial<Telemetry>>): SelectionContext {
  const registry = new WorkerRegistry({ staleMs: 10_000, breakerThreshold: 2, breakerHalfOpenAfterMs: 5_000 })
  for (const { id, ...over } of workers) registry.observe(id, telemetry(id, over), NOW)
  return { registry, reputation: new ReputationBook(60_000_000, 60_000_000), weights: { healthWeight: 0.35, reputationWeight: 0.3, priceWeight: 0.15, loadWeight: 0.2 }, leasesOf: () => 0, nowMs: NOW }
}

/** A deterministic uniform [0, 1) source (a linear congruential generator, Numerical Recipes constants). */
function lcg (seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

describe('bidder sample: the draw', () => {
  it('takes workers not yet asked before asked ones, and free ones (by telemetry) before full ones', () => {
    const c = (peerId: string, asked: boolean, free: boolean): SampleCandidate => ({ peerId, weight: 0.5, asked, free })
    const candidates = [c('asked-free', true, true), c('new-full', false, false), c('asked-full', true, false), c('new-free', false, true)]
    for (let seed = 1; seed < 20; seed++) {
      assert.deepEqual(drawBidderSample(candidates, 4, lcg(seed)), ['new-free', 'new-full', 'asked-free', 'asked-full'])
      assert.deepEqual(drawBidderSample(candidates, 2, lcg(seed)), ['new-free', 'new-full'])
    }
  })

  it('draws workers that already failed the task (excluded) only when too few others are left', () => {
    const c = (peerId: string, over: Partial<SampleCandidate> = {}): SampleCandidate => ({ peerId, weight: 0.5, asked: false, free: true, ...over })
    const candidates = [c('failed', { excluded: true }), c('asked-full', { asked: true, free: false }), c('new')]
    for (let seed = 1; seed < 10; seed++) {
      assert.deepEqual(drawBidderSample(candidates, 2, lcg(seed)), ['new', 'asked-full'])
      assert.deepEqual(drawBidderSample(candidates, 3, lcg(seed)), ['new', 'asked-full', 'failed'])
    }
  })

  it('weights by reputation within a tier, and gives every worker a chance', () => {
    const candidates: SampleCandidate[] = [
      { peerId: 'good', weight: 1.05, asked: false, free: true },
      { peerId: 'new', weight: 0.55, asked: false, free: true },
      { peerId: 'poor', weight: 0.05, asked: false, free: true }
    ]
    const counts: Record<string, number> = { good: 0, new: 0, poor: 0 }
    const random = lcg(7)
    for (let i = 0; i < 3000; i++) counts[drawBidderSample(candidates, 1, random)[0]]++
    // A-Res with one pick: P(i) = w_i / sum(w) = 0.636, 0.333, 0.030
    assert.ok(counts.good > counts.new && counts.new > counts.poor, JSON.stringify(counts))
    assert.ok(counts.poor > 0, 'a worker with a poor record is still drawn sometimes')
    assert.ok(Math.abs(counts.good / 3000 - 1.05 / 1.65) < 0.05, JSON.stringify(counts))
  })
})

describe('bidder sample: the sampler', () => {
  it('invites everyone (no sample) while the capable workers are no more than the sample size', () => {
    const ctx = context([{ id: 'a' }, { id: 'b' }])
    const sampler = new BidderSampler({ size: 2, maxBids: 32, random: lcg(1) })
    assert.deepEqual(sampler.draw('t1', eligibleWorkers(task(), ctx), ctx), { invited: ['a', 'b'], sampled: false })
    assert.deepEqual(new BidderSampler({ size: 0, maxBids: 32 }).draw('t1', eligibleWorkers(task(), ctx), ctx).sampled, false, 'size 0: samples off')
  })

  it('draws only capable workers: not draining, enough memory, not caught; a sample never exceeds maxBidsPerTask', () => {
    const ctx = context([{ id: 'ok1' }, { id: 'ok2' }, { id: 'ok3' }, { id: 'ok4' }, { id: 'draining', draining: true }, { id: 'small', maxMemoryPages: 10 }, { id: 'liar' }])
    ctx.reputation.record('liar', 'caught', NOW)
    const eligible = eligibleWorkers(task(), ctx)
    for (let seed = 1; seed < 30; seed++) {
      const draw = new BidderSampler({ size: 3, maxBids: 32, random: lcg(seed) }).draw('t1', eligible, ctx)
      assert.equal(draw.sampled, true)
      assert.equal(draw.invited.length, 3)
      for (const w of draw.invited) assert.match(w, /^ok\d$/)
    }
    assert.equal(new BidderSampler({ size: 8, maxBids: 2, random: lcg(1) }).draw('t1', eligible, ctx).invited.length, 2, 'capped by maxBidsPerTask')
  })

  it('draws with its default randomness (Math.random) when given none', () => {
    const ctx = context([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }])
    const draw = new BidderSampler({ size: 2, maxBids: 32 }).draw('t1', eligibleWorkers(task(), ctx), ctx)
    assert.equal(draw.sampled, true)
    assert.equal(new Set(draw.invited).size, 2)
  })

  it('prefers workers whose telemetry shows a free slot', () => {
    const ctx = context([{ id: 'busy1', runningTasks: 2 }, { id: 'busy2', runningTasks: 2 }, { id: 'free1' }, { id: 'free2' }])
    for (let seed = 1; seed < 20; seed++) {
      assert.deepEqual(new BidderSampler({ size: 2, maxBids: 32, random: lcg(seed) }).draw('t1', eligibleWorkers(task(), ctx), ctx).invited.sort(), ['free1', 'free2'])
    }
  })

  it('a later round of the same task draws workers not asked yet first; forget() starts over', () => {
    const ctx = context([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }])
    const sampler = new BidderSampler({ size: 2, maxBids: 32, random: lcg(3) })
    const eligible = eligibleWorkers(task(), ctx)
    const first = sampler.draw('t1', eligible, ctx).invited
    const second = sampler.draw('t1', eligible, ctx).invited
    assert.equal(new Set([...first, ...second]).size, 4, `${first} then ${second}: no one asked twice`)
    const third = sampler.draw('t1', eligible, ctx).invited
    const never = ['a', 'b', 'c', 'd', 'e'].find(w => !first.includes(w) && !second.includes(w))!
    assert.ok(third.includes(never), 'the one worker not asked yet comes first')
    assert.equal(sampler.size, 1)
    sampler.forget('t1')
    assert.equal(sampler.size, 0)
  })
})

describe('bidder sample: the orchestrator', () => {
  class Network implements OrchestratorNetwork {
    readonly offers: ailee.v1.ITaskOffer[] = []
    publishOffer = async (offer: ailee.v1.ITaskOffer): Promise<void> => { this.offers.push(offer) }
    sendAssign = async (): Promise<{ accepted: boolean, reason: string }> => ({ accepted: true, reason: '' })
    cidFor = async (): Promise<string> => 'cid'
    storeOutput = async (): Promise<void> => {}
  }

  async function orchestrator (t: TestContext, clock: ManualClock, network: Network): Promise<TaskOrchestrator> {
    const config = resolveConfig({
      role: 'coordinator',
      logLevel: 'silent',
      timeouts: { bidWindowMs: 100, leaseMs: 1_000, fetchMs: 1_000 },
      retry: { initialBackoffMs: 50, maxBackoffMs: 200, maxAttempts: 5 },
      coordinator: { telemetryStaleMs: 60_000, shutdownGraceMs: 2_000, lateBidMs: 0, offerSampleSize: 2 }
    })
    const o = new TaskOrchestrator({ config, selfPeerId: 'coordinator', store: new MemoryTaskStore(), network, clock, random: lcg(11), log: pino({ level: 'silent' }) })
    await o.start()
    t.after(async () => { await o.stop() })
    return o
  }

  it('names a sample of 2 among 4 capable workers; a round without a bid names the 2 not asked yet', async t => {
    const clock = new ManualClock()
    const network = new Network()
    const o = await orchestrator(t, clock, network)
    const workers = ['w1', 'w2', 'w3', 'w4']
    for (const w of workers) o.onTelemetry(w, { ...telemetry(w), maxMemoryPages: 4096 })
    await o.submit(receivedTask('task-a', clock.now()))
    await clock.settle()
    assert.equal(network.offers.length, 1)
    const first = network.offers[0].invitedWorkers ?? []
    assert.equal(first.length, 2)
    // nobody bids: the round ends at its deadline (no late-bid time), the task backs off and is offered again
    for (let i = 0; i < 20 && network.offers.length < 2; i++) {
      await clock.advance(100)
      await clock.settle()
    }
    assert.equal(network.offers.length, 2, 'offered again')
    assert.equal((await o.get('task-a'))?.decisions[0]?.outcome, 'no bids')
    const second = network.offers[1].invitedWorkers ?? []
    assert.deepEqual([...first, ...second].sort(), workers, `${first} then ${second}`)
  })
})
