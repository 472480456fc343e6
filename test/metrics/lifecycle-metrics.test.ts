/**
 * LifecycleMetrics reads real lifecycle steps (the pure `transition` of
 * src/coordinator/lifecycle/ driven with a chosen clock): counters,
 * histograms and gauges move as the steps say, and free-text reasons become
 * closed label sets.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Registry } from 'prom-client'
import { transition } from '../../src/coordinator/lifecycle/transition.ts'
import type { LifecycleEvent, LifecyclePolicy, RankedCandidate } from '../../src/coordinator/lifecycle/types.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import { declineLabel, failureCause, LifecycleMetrics } from '../../src/metrics/lifecycle-metrics.ts'
import { DECLINE_REASONS } from '../../src/worker/worker-service.ts'
import { receivedTask } from '../coordinator/orchestrator-fixtures.ts'
import { parseScrape, valueOf } from './scrape.ts'

const POLICY: LifecyclePolicy = {
  leaseMs: 5_000,
  fetchMs: 20_000,
  maxAttempts: 5,
  initialBackoffMs: 0,
  maxBackoffMs: 0,
  maxBidsPerTask: 32,
  lateBidMs: 0,
  quarantineAfter: 3,
  maxLeases: 1,
  agreement: { targetErrorRate: 0.001, maxExecutions: 7 }
}

function candidate (worker: string): RankedCandidate {
  return { workerPeerId: worker, score: 1, health: 1, reputation: 1, priceScore: 1, loadScore: 1, price: 10, chosen: false, note: '', eligible: true }
}

/** Applies events to a task one by one, each at its own time, feeding every step to `metrics`. */
class Driver {
  task: TaskRecord
  readonly metrics: LifecycleMetrics
  policy: LifecyclePolicy = POLICY
  constructor (metrics: LifecycleMetrics, id: string, createdAtMs: number) {
    this.metrics = metrics
    this.task = receivedTask(id, createdAtMs)
  }

  step (nowMs: number, event: LifecycleEvent): void {
    const t = transition(this.task, event, { nowMs, policy: this.policy, random: () => 0.5 })
    this.metrics.observe({ event, before: this.task, after: t.task, effects: t.effects, refusal: t.refusal, nowMs })
    if (t.refusal == null) this.task = t.task
  }
}

async function samples (registry: Registry): Promise<ReturnType<typeof parseScrape>> {
  return parseScrape(await registry.metrics())
}

describe('LifecycleMetrics', () => {
  it('counts offers, bids, assignments and a lost lease, and times the queue and the bid window', async () => {
    const registry = new Registry()
    const metrics = new LifecycleMetrics(registry)
    const d = new Driver(metrics, 't1', 1_000)
    d.step(1_000, { type: 'admitted' })
    assert.equal(valueOf(await samples(registry), 'ailee_queue_depth'), 1)
    d.step(1_500, { type: 'roundOpened', eligible: ['w1', 'w2'] })
    d.step(1_600, { type: 'bid', worker: 'w1', attempt: 1, price: 10, queueDepth: 0, freeSlots: 1 })
    d.step(1_610, { type: 'bid', worker: 'w1', attempt: 1, price: 10, queueDepth: 0, freeSlots: 1 }) // duplicate: refused
    d.step(1_620, { type: 'decline', worker: 'w2', attempt: 1, reason: DECLINE_REASONS.noFreeSlot })
    d.step(1_700, { type: 'roundClosed', attempt: 1, candidates: [candidate('w1')], nonce: '00'.repeat(16) })
    d.step(1_750, { type: 'assignAcked', worker: 'w1', attempt: 1 })
    assert.equal(d.task.state, 'assigned')
    d.step(2_000, { type: 'leaseLost', worker: 'w1', reason: 'disconnected' })

    const s = await samples(registry)
    assert.equal(valueOf(s, 'ailee_tasks_admitted_total'), 1)
    assert.equal(valueOf(s, 'ailee_offers_published_total'), 1)
    assert.equal(valueOf(s, 'ailee_bids_received_total', { result: 'recorded' }), 1)
    assert.equal(valueOf(s, 'ailee_bids_received_total', { result: 'refused' }), 1)
    assert.equal(valueOf(s, 'ailee_declines_received_total', { reason: 'noFreeSlot' }), 1)
    assert.equal(valueOf(s, 'ailee_assignments_total', { result: 'accepted' }), 1)
    assert.equal(valueOf(s, 'ailee_leases_lost_total', { reason: 'disconnected' }), 1)
    assert.equal(valueOf(s, 'ailee_leases_lost_total'), 1)
    assert.equal(valueOf(s, 'ailee_task_queued_seconds_count'), 1)
    assert.equal(valueOf(s, 'ailee_task_queued_seconds_sum'), 0.5)
    // the round stopped collecting when its last eligible worker (w2) answered, at 1 620 ms
    assert.equal(valueOf(s, 'ailee_task_bid_window_seconds_sum'), 0.12)
    assert.equal(valueOf(s, 'ailee_task_bid_window_seconds_count'), 1)
    assert.equal(valueOf(s, 'ailee_tasks_finished_total'), 0)
    // the task is open again, waiting for its next attempt
    assert.equal(metrics.openTasks, 1)
    assert.equal(valueOf(s, 'ailee_tasks_open'), 1)
  })

  it('counts a bid taken after the deadline of a round that had none as late', async () => {
    const registry = new Registry()
    const metrics = new LifecycleMetrics(registry)
    const d = new Driver(metrics, 't1', 1_000)
    d.policy = { ...POLICY, lateBidMs: 2_000 }
    d.step(1_000, { type: 'admitted' })
    d.step(1_500, { type: 'roundOpened', eligible: ['w1', 'w2'] })
    d.step(1_500 + d.task.limits.bidWindowMs, { type: 'tick' }) // no bid in the window: waits for a late one
    assert.equal(d.task.round?.late, true)
    d.step(2_900, { type: 'bid', worker: 'w2', attempt: 1, price: 10, queueDepth: 0, freeSlots: 1 })
    const s = await samples(registry)
    assert.equal(valueOf(s, 'ailee_bids_received_total', { result: 'late' }), 1)
    assert.equal(valueOf(s, 'ailee_bids_received_total', { result: 'recorded' }), 0)
    assert.equal(valueOf(s, 'ailee_task_bid_window_seconds_sum'), 1.4, 'the round collected from its opening to the late bid')
  })

  it('a cancelled task ends once: finished, failure cause, total time; it leaves the open gauges', async () => {
    const registry = new Registry()
    const metrics = new LifecycleMetrics(registry)
    const d = new Driver(metrics, 't2', 10_000)
    d.step(10_000, { type: 'admitted' })
    d.step(13_000, { type: 'cancel', by: 'client', reason: 'changed my mind' })
    assert.equal(d.task.state, 'cancelled')
    d.step(14_000, { type: 'cancel', by: 'client', reason: 'again' }) // refused: task ended
    const s = await samples(registry)
    assert.equal(valueOf(s, 'ailee_tasks_finished_total', { state: 'cancelled' }), 1)
    assert.equal(valueOf(s, 'ailee_tasks_finished_total'), 1)
    assert.equal(valueOf(s, 'ailee_task_failures_total', { cause: 'cancelled' }), 1)
    assert.equal(valueOf(s, 'ailee_task_total_seconds_sum', { state: 'cancelled' }), 3)
    assert.equal(valueOf(s, 'ailee_task_queued_seconds_sum'), 3, 'it waited in the queue until cancelled')
    assert.equal(valueOf(s, 'ailee_tasks_open'), 0)
    assert.equal(metrics.openTasks, 0)
  })

  it('a task rejected at admission counts as finished rejected, cause admission', async () => {
    const registry = new Registry()
    const metrics = new LifecycleMetrics(registry)
    const d = new Driver(metrics, 't3', 0)
    d.step(5, { type: 'rejected', reason: 'module does not validate' })
    const s = await samples(registry)
    assert.equal(valueOf(s, 'ailee_tasks_finished_total', { state: 'rejected' }), 1)
    assert.equal(valueOf(s, 'ailee_task_failures_total', { cause: 'admission' }), 1)
    assert.equal(valueOf(s, 'ailee_tasks_admitted_total'), 0)
  })

  it('every label value exists from the start at 0 (rate() sees the first event)', async () => {
    const registry = new Registry()
    // eslint-disable-next-line no-new
    new LifecycleMetrics(registry)
    const s = await samples(registry)
    for (const state of ['completed', 'failed', 'timed_out', 'memory_exceeded', 'rejected', 'cancelled']) {
      assert.ok(s.some(x => x.name === 'ailee_tasks_finished_total' && x.labels.state === state), state)
    }
  })
})

describe('closed label sets', () => {
  it('declineLabel maps the worker\'s decline reasons to their keys, anything else to other', () => {
    for (const [key, text] of Object.entries(DECLINE_REASONS)) assert.equal(declineLabel(text), key)
    assert.equal(declineLabel('I just do not feel like it'), 'other')
  })

  it('failureCause reads state, reason and receipt', () => {
    const withReceipt = { receipt: 'AAAA' } as TaskRecord['outcome']
    assert.equal(failureCause({ state: 'timed_out', reason: 'queue timeout of 5 ms passed: no workers' }), 'queue_timeout')
    assert.equal(failureCause({ state: 'timed_out', reason: 'total timeout of 5 ms passed (x)' }), 'total_timeout')
    assert.equal(failureCause({ state: 'timed_out', reason: 'execution time limit reached', outcome: withReceipt }), 'execution_timeout')
    assert.equal(failureCause({ state: 'failed', reason: 'quarantined: 3 workers were lost' }), 'quarantined')
    assert.equal(failureCause({ state: 'failed', reason: 'gave up after 5 failed attempts; last: x' }), 'attempts_exhausted')
    assert.equal(failureCause({ state: 'failed', reason: 'no agreement after 7 independent executions' }), 'no_agreement')
    assert.equal(failureCause({ state: 'failed', reason: 'the program trapped', outcome: withReceipt }), 'program_failed')
    assert.equal(failureCause({ state: 'rejected', reason: 'bad module', outcome: withReceipt }), 'invalid_module')
    assert.equal(failureCause({ state: 'rejected', reason: 'too large' }), 'admission')
    assert.equal(failureCause({ state: 'memory_exceeded', reason: '' }), 'memory_exceeded')
  })
})
