import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { retryDelayMs } from '../../src/coordinator/backoff.ts'
import { CircuitBreaker } from '../../src/coordinator/circuit-breaker.ts'
import { decayReputation, ReputationBook, reputationScore } from '../../src/coordinator/reputation.ts'
import { drawReplicaCandidate, drawReplicaCandidates, eligibleWorkers, queueReason, rankBids, type SelectionContext } from '../../src/coordinator/selection.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import { workerRows, WorkerRegistry } from '../../src/coordinator/worker-registry.ts'
import type { Telemetry } from '../../src/protocol/messages/telemetry.ts'

const NOW = 1_000_000

function task (over: Partial<TaskRecord['limits']> = {}, excluded: string[] = []): TaskRecord {
  return {
    id: 't1', clientPeerId: 'c', clientAccount: 'c', moduleCid: 'm', inputCid: '', args: [], env: {},
    limits: { memoryPages: 100, executionMs: 1000, maxOutputBytes: 1024, bidWindowMs: 100, queueMs: 1000, totalMs: 5000, maxPrice: 100, ...over },
    moduleSize: 1, inputSize: 0, moduleHash: '', inputHash: '', state: 'queued', reason: '', attempts: 0,
    createdAtMs: NOW, updatedAtMs: NOW, notBeforeMs: 0, leases: [], excludedWorkers: excluded, decisions: [], verification: { policy: { kind: 'none' }, spotCheck: false, results: [] }
  }
}

/** Complete telemetry of worker `peerId`, with `over` on top. */
function telemetry (peerId: string, over: Partial<Telemetry> = {}): Telemetry {
  return {
    peerId, timestampMs: NOW, seq: 1, cpuLoad: 0.1, memoryUsedBytes: 1, memoryTotalBytes: 4, runningTasks: 0,
    capacitySlots: 2, maxMemoryPages: 1024, price: 10, version: '1.0.0', draining: false, uptimeMs: 1_000, ...over
  }
}

function context (workers: Array<{ id: string, price?: number, pages?: number, slots?: number, cpu?: number, draining?: boolean }>, leases: Record<string, number> = {}): SelectionContext {
  const registry = new WorkerRegistry({ staleMs: 10_000, breakerThreshold: 2, breakerHalfOpenAfterMs: 5_000 })
  for (const w of workers) {
    registry.observe(w.id, telemetry(w.id, { cpuLoad: w.cpu ?? 0.1, capacitySlots: w.slots ?? 2, maxMemoryPages: w.pages ?? 1024, price: w.price ?? 10, draining: w.draining ?? false }), NOW)
  }
  return { registry, reputation: new ReputationBook(60_000), weights: { healthWeight: 0.35, reputationWeight: 0.3, priceWeight: 0.15, loadWeight: 0.2 }, leasesOf: p => leases[p] ?? 0, nowMs: NOW }
}

describe('selection', () => {
  it('verification: a worker that ran the task, or was caught, is not eligible, and the queue says why', () => {
    const ctx = context([{ id: 'ran' }, { id: 'liar' }, { id: 'fresh' }])
    ctx.reputation = new ReputationBook(60_000, 3_600_000)
    ctx.reputation.record('liar', 'caught', NOW - 1)
    const t = task()
    t.verification.results = [{ worker: 'ran', attempt: 1, price: 10, key: 'k', status: 1, exitCode: 0, outputHash: '', outputCid: '', receipt: '', stdout: '', stderr: '', error: '', wallMs: 1, verdict: 'pending' }]
    assert.deepEqual(eligibleWorkers(t, ctx).map(v => v.peerId), ['fresh'])
    const rows = rankBids(t, [
      { worker: 'ran', price: 1, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW },
      { worker: 'liar', price: 1, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW }
    ], ctx)
    assert.match(rows.find(r => r.workerPeerId === 'ran')!.note, /already ran this task/)
    assert.match(rows.find(r => r.workerPeerId === 'liar')!.note, /excluded until .*caught with a wrong result/)
    assert.equal(ctx.reputation.credibility('liar', 0.2), 0)
    const onlyRan = context([{ id: 'ran' }])
    assert.match(queueReason(t, onlyRan), /waiting for an independent worker: all 1 capable worker\(s\) already ran this task/)
  })

  it('a replica goes to an eligible candidate drawn at random, not the best-ranked one', () => {
    const rows = [{ id: 'best', eligible: true }, { id: 'second', eligible: true }, { id: 'third', eligible: true }, { id: 'out', eligible: false }]
    assert.deepEqual(drawReplicaCandidate(rows, () => 2).map(r => r.id), ['third', 'best', 'second', 'out'])
    assert.deepEqual(drawReplicaCandidate(rows, () => 0).map(r => r.id), ['best', 'second', 'third', 'out'])
    const picks = new Set(Array.from({ length: 200 }, () => drawReplicaCandidate(rows, n => Math.floor(Math.random() * n))[0].id))
    assert.deepEqual([...picks].sort(), ['best', 'second', 'third'])
  })

  it('replicas in the first round: the best-ranked bidder stays first, the replicas are drawn without replacement among the other eligible ones', () => {
    const rows = [{ id: 'best', eligible: true }, { id: 'second', eligible: true }, { id: 'third', eligible: true }, { id: 'fourth', eligible: true }, { id: 'out', eligible: false }]
    // randomInt picks the last of what is left each time
    assert.deepEqual(drawReplicaCandidates(rows, 1, n => n - 1).map(r => r.id), ['best', 'fourth', 'second', 'third', 'out'])
    assert.deepEqual(drawReplicaCandidates(rows, 2, n => n - 1).map(r => r.id), ['best', 'fourth', 'third', 'second', 'out'])
    assert.deepEqual(drawReplicaCandidates(rows, 2, () => 0).map(r => r.id), ['best', 'second', 'third', 'fourth', 'out'])
    // a re-ranking whose first lease is held already draws every missing one
    assert.deepEqual(drawReplicaCandidates(rows, 1, n => n - 1, false).map(r => r.id), ['fourth', 'best', 'second', 'third', 'out'])
    // never an ineligible row, never more than there are
    assert.deepEqual(drawReplicaCandidates(rows, 9, () => 0).map(r => r.id), ['best', 'second', 'third', 'fourth', 'out'])
    const sizes: number[] = []
    drawReplicaCandidates(rows, 2, n => { sizes.push(n); return 0 })
    assert.deepEqual(sizes, [3, 2], 'each draw is uniform over the eligible rows not yet drawn')
    const picks = new Set(Array.from({ length: 300 }, () => drawReplicaCandidates(rows, 1, n => Math.floor(Math.random() * n))[1].id))
    assert.deepEqual([...picks].sort(), ['fourth', 'second', 'third'])
  })

  it('explains why a task waits: no workers, memory, price, busy', () => {
    assert.match(queueReason(task(), context([])), /no workers/)
    assert.match(queueReason(task({ memoryPages: 5000 }), context([{ id: 'a', pages: 1024 }])), /enough memory.*5000 pages.*1024/)
    assert.match(queueReason(task({ maxPrice: 5 }), context([{ id: 'a', price: 10 }])), /price too low.*5.*10/)
    assert.match(queueReason(task(), context([{ id: 'a', slots: 1 }], { a: 1 })), /busy/)
  })

  it('excludes draining, busy, too small and too expensive workers', () => {
    const ctx = context([{ id: 'ok' }, { id: 'drain', draining: true }, { id: 'small', pages: 10 }, { id: 'dear', price: 1000 }, { id: 'busy', slots: 1 }], { busy: 1 })
    assert.deepEqual(eligibleWorkers(task(), ctx).map(v => v.peerId), ['ok'])
  })

  it('ranks cheaper, idler, healthier bidders first and records why others lost', () => {
    const ctx = context([{ id: 'cheap', price: 1 }, { id: 'dear', price: 90 }, { id: 'silent' }])
    const rows = rankBids(task(), [
      { worker: 'dear', price: 90, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW },
      { worker: 'cheap', price: 1, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW }
    ], ctx)
    assert.equal(rows[0].workerPeerId, 'cheap')
    assert.ok(rows[0].score > rows[1].score)
    assert.equal(rows.find(r => r.workerPeerId === 'silent')?.note, 'did not bid')
    assert.equal(rows.find(r => r.workerPeerId === 'silent')?.eligible, false)
  })

  it('records a worker\'s decline reason', () => {
    const ctx = context([{ id: 'a' }, { id: 'b' }])
    const rows = rankBids(task(), [{ worker: 'a', price: 10, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW }], ctx, new Map([['b', 'no free slot']]))
    assert.equal(rows.find(r => r.workerPeerId === 'b')?.note, 'declined: no free slot')
  })

  it('ranks workers that already failed the task last', () => {
    const ctx = context([{ id: 'a' }, { id: 'b' }])
    const bids = [{ worker: 'a', price: 10, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW }, { worker: 'b', price: 50, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW }]
    assert.equal(rankBids(task({}, ['a']), bids, ctx)[0].workerPeerId, 'b')
  })

  it('a bid above the max price is not eligible', () => {
    const ctx = context([{ id: 'a', price: 10 }])
    const rows = rankBids(task({ maxPrice: 20 }), [{ worker: 'a', price: 30, queueDepth: 0, freeSlots: 2, receivedAtMs: NOW }], ctx)
    assert.equal(rows[0].eligible, false)
    assert.match(rows[0].note, /asks 30/)
  })
})

describe('worker registry', () => {
  it('marks workers dead when telemetry goes stale and alive when it returns', () => {
    const ctx = context([{ id: 'a' }])
    assert.deepEqual(ctx.registry.sweep(NOW + 5_000), [])
    assert.deepEqual(ctx.registry.sweep(NOW + 10_001), ['a'])
    assert.equal(ctx.registry.health(ctx.registry.get('a')!, NOW + 10_001), 0)
    assert.equal(ctx.registry.observe('a', telemetry('a', { seq: 2, timestampMs: NOW + 11_000, uptimeMs: 12_000 }), NOW + 11_000), true)
    assert.equal(ctx.registry.get('a')!.alive, true)
  })

  it('health falls with CPU load', () => {
    const ctx = context([{ id: 'idle', cpu: 0 }, { id: 'hot', cpu: 1 }])
    assert.ok(ctx.registry.health(ctx.registry.get('idle')!, NOW) > ctx.registry.health(ctx.registry.get('hot')!, NOW))
  })

  it('health is the weighted sum of idle CPU, free memory and freshness', () => {
    const registry = new WorkerRegistry({ staleMs: 10_000, breakerThreshold: 2, breakerHalfOpenAfterMs: 5_000 })
    registry.observe('a', telemetry('a', { cpuLoad: 0.5, memoryUsedBytes: 1, memoryTotalBytes: 4 }), NOW)
    registry.observe('b', telemetry('b', { cpuLoad: 0, memoryUsedBytes: 0, memoryTotalBytes: 0 }), NOW)
    assert.ok(Math.abs(registry.health(registry.get('a')!, NOW + 5_000) - (0.4 * 0.5 + 0.3 * 0.75 + 0.3 * 0.5)) < 1e-9)
    assert.ok(Math.abs(registry.health(registry.get('b')!, NOW) - (0.4 + 0.3 * 0.5 + 0.3)) < 1e-9, 'no memory total: memory counts 0.5')
  })

  it('ignores out-of-order telemetry of the same run, takes a restarted worker\'s', () => {
    const registry = new WorkerRegistry({ staleMs: 10_000, breakerThreshold: 2, breakerHalfOpenAfterMs: 5_000 })
    registry.observe('a', telemetry('a', { seq: 5, uptimeMs: 5_000, price: 5 }), NOW)
    registry.observe('a', telemetry('a', { seq: 4, uptimeMs: 6_000, price: 4 }), NOW + 1)
    assert.equal(registry.get('a')!.telemetry.price, 5)
    registry.observe('a', telemetry('a', { seq: 1, uptimeMs: 100, price: 1 }), NOW + 2)
    assert.equal(registry.get('a')!.telemetry.price, 1)
  })

  it('lists workers with their telemetry figures for `peers`', () => {
    const ctx = context([{ id: 'a', price: 7, pages: 64, slots: 3, draining: true }])
    const [row] = workerRows(ctx.registry, ctx.reputation, NOW)
    assert.equal(row.peerId, 'a')
    assert.deepEqual(
      [row.price, row.maxMemoryPages, row.capacitySlots, row.runningTasks, row.cpuLoad, row.memoryUsedBytes, row.memoryTotalBytes, row.draining, row.alive],
      [7, 64, 3, 0, 0.1, 1, 4, true, true])
  })
})

describe('reputation', () => {
  it('starts at 0.5, rises with successes, falls harder with timeouts than failures', () => {
    const book = new ReputationBook(60_000)
    assert.equal(book.score('x', NOW), 0.5)
    book.record('good', 'success', NOW)
    book.record('bad', 'failure', NOW)
    book.record('gone', 'timeout', NOW)
    assert.ok(book.score('good', NOW) > 0.5)
    assert.ok(book.score('gone', NOW) < book.score('bad', NOW))
  })

  it('evidence halves every half-life', () => {
    const r = decayReputation({ successes: 8, failures: 4, timeouts: 2, updatedAtMs: 0 }, 60_000, 60_000)
    assert.deepEqual([r.successes, r.failures, r.timeouts], [4, 2, 1])
    assert.equal(reputationScore({ successes: 0, failures: 0, timeouts: 0, updatedAtMs: 0 }), 0.5)
  })
})

describe('circuit breaker', () => {
  it('opens after the threshold, half-opens after the wait, closes on a successful trial', () => {
    const b = new CircuitBreaker(2, 1000)
    b.onFailure(0)
    assert.equal(b.state(0), 'closed')
    b.onFailure(10)
    assert.equal(b.state(10), 'open')
    assert.equal(b.allows(500), false)
    assert.equal(b.state(1010), 'half-open')
    assert.equal(b.allows(1010), true)
    b.onAssigned(1010)
    assert.equal(b.allows(1010), false, 'one trial at a time')
    b.onSuccess()
    assert.equal(b.state(1020), 'closed')
  })

  it('a failed trial opens it again', () => {
    const b = new CircuitBreaker(1, 1000)
    b.onFailure(0)
    b.onAssigned(1000)
    b.onFailure(1000)
    assert.equal(b.state(1500), 'open')
  })
})

describe('backoff', () => {
  it('doubles per retry within [d/2, d] and is capped', () => {
    assert.equal(retryDelayMs(1, 100, 10_000, () => 0), 50)
    assert.equal(retryDelayMs(1, 100, 10_000, () => 1), 100)
    assert.equal(retryDelayMs(4, 100, 10_000, () => 1), 800)
    assert.equal(retryDelayMs(20, 100, 1000, () => 1), 1000)
  })
})
