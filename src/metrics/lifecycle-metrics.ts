/**
 * The coordinator's task series, derived from its lifecycle steps
 * (`TaskOrchestratorInit.observeStep`): nothing in the orchestrator calls
 * prom-client; this module reads each step (event, task before and after,
 * effects) and moves the `ailee_*` counters and histograms. Gauges of open
 * tasks are kept from the same steps and read at scrape time.
 *
 * Label values are closed sets chosen here (a worker's free-text reason never
 * becomes a label), so the series count stays bounded.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client'
import type { LifecycleStep } from '../coordinator/task-orchestrator.ts'
import type { LifecycleStateName, TaskRecord } from '../coordinator/task-record.ts'
import { isTerminalState, type TerminalStateName } from '../protocol/task-states.ts'
import { DECLINE_REASONS } from '../worker/worker-service.ts'

/** States a task holds before it ends. */
const OPEN_STATES = ['queued', 'offered', 'assigned', 'running', 'verifying'] as const
const TERMINAL_STATES: TerminalStateName[] = ['completed', 'failed', 'timed_out', 'memory_exceeded', 'rejected', 'cancelled']

/** Why a task that did not complete ended: the `cause` label of `ailee_task_failures_total`. */
export type FailureCause =
  | 'admission' | 'invalid_module' | 'cancelled' | 'queue_timeout' | 'total_timeout' | 'execution_timeout'
  | 'memory_exceeded' | 'quarantined' | 'attempts_exhausted' | 'no_agreement' | 'program_failed' | 'other'

/** Every {@link FailureCause}, each a label value of `ailee_task_failures_total` from the start. */
export const FAILURE_CAUSES: FailureCause[] = ['admission', 'invalid_module', 'cancelled', 'queue_timeout', 'total_timeout', 'execution_timeout', 'memory_exceeded', 'quarantined', 'attempts_exhausted', 'no_agreement', 'program_failed', 'other']

/** Why a lease ended other than by a verified result: the `reason` label of `ailee_leases_lost_total`. */
export type LeaseLossLabel = 'disconnected' | 'telemetry_stale' | 'expired' | 'handed_back' | 'invalid_result' | 'cancelled' | 'task_ended' | 'other'

/** Every {@link LeaseLossLabel}, each a label value of `ailee_leases_lost_total` from the start. */
export const LEASE_LOSS_REASONS: LeaseLossLabel[] = ['disconnected', 'telemetry_stale', 'expired', 'handed_back', 'invalid_result', 'cancelled', 'task_ended', 'other']

/** Latency buckets, seconds: 5 ms to 10 min. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600]

/** Decline reasons a worker sends (worker-service's `DECLINE_REASONS`) -> their key; anything else is `other`. */
const DECLINE_KEYS = new Map<string, string>(Object.entries(DECLINE_REASONS).map(([key, text]) => [text, key]))

/** The `reason` label of a decline: the key of one of `DECLINE_REASONS`, else `other`. */
export function declineLabel (reason: string): string {
  return DECLINE_KEYS.get(reason) ?? 'other'
}

/**
 * The `cause` of a task that ended in `task.state` (not `completed`), from its
 * state, its reason's wording in the steps of src/coordinator/lifecycle/ and
 * whether a receipt was accepted.
 */
export function failureCause (task: Pick<TaskRecord, 'state' | 'reason' | 'outcome'>): FailureCause {
  const hasReceipt = (task.outcome?.receipt ?? '') !== ''
  const reason = task.reason ?? ''
  switch (task.state) {
    case 'rejected': return hasReceipt ? 'invalid_module' : 'admission'
    case 'cancelled': return 'cancelled'
    case 'memory_exceeded': return 'memory_exceeded'
    case 'timed_out':
      if (reason.startsWith('queue timeout')) return 'queue_timeout'
      if (reason.startsWith('total timeout')) return 'total_timeout'
      return 'execution_timeout'
    case 'failed':
      if (reason.startsWith('quarantined')) return 'quarantined'
      if (reason.startsWith('gave up after')) return 'attempts_exhausted'
      if (reason.startsWith('no agreement')) return 'no_agreement'
      return hasReceipt ? 'program_failed' : 'other'
    default: return 'other'
  }
}

/** The `reason` label of leases a step took away, or undefined when the step ends leases normally (a result). */
function leaseLossOf (step: LifecycleStep): LeaseLossLabel | undefined {
  const { event } = step
  switch (event.type) {
    case 'resultReceived':
    case 'resultVerified':
    case 'assignRefused': // never acknowledged: counted by ailee_assignments_total
      return undefined
    case 'leaseLost': return event.reason
    case 'handedBack': return 'handed_back'
    case 'resultInvalid': return 'invalid_result'
    case 'cancel': return 'cancelled'
    case 'tick': return ended(step.after.state) ? 'task_ended' : 'expired'
    default: return 'other'
  }
}

/**
 * The coordinator's lifecycle series on a registry, fed by {@link LifecycleMetrics.observe}
 * (counters `ailee_tasks_*`, `ailee_offers_published_total`, `ailee_bids_received_total`,
 * `ailee_declines_received_total`, `ailee_assignments_total`, `ailee_leases_lost_total`,
 * `ailee_ledger_*`; histograms in seconds `ailee_task_{queued,bid_window,execution,total}_seconds`;
 * gauges `ailee_tasks_open`, `ailee_queue_depth`). Holds one map entry per open task.
 *
 * @throws (constructor) when `registry` already has one of these names
 */
export class LifecycleMetrics {
  readonly #admitted: Counter
  readonly #finished: Counter<'state'>
  readonly #failures: Counter<'cause'>
  readonly #offers: Counter
  readonly #bids: Counter<'result'>
  readonly #declines: Counter<'reason'>
  readonly #assignments: Counter<'result'>
  readonly #leasesLost: Counter<'reason'>
  readonly #payments: Counter
  readonly #paid: Counter
  readonly #fraud: Counter
  readonly #queued: Histogram
  readonly #bidWindow: Histogram
  readonly #execution: Histogram
  readonly #total: Histogram<'state'>
  /** open task id -> its state */
  readonly #open = new Map<string, LifecycleStateName>()
  /** queued task id -> Unix ms it entered the queue */
  readonly #queuedSince = new Map<string, number>()

  constructor (registry: Registry) {
    const registers = [registry]
    this.#admitted = new Counter({ name: 'ailee_tasks_admitted_total', help: 'Tasks that passed admission and joined the queue.', registers })
    this.#finished = new Counter({ name: 'ailee_tasks_finished_total', help: 'Tasks that reached a terminal state, by state.', labelNames: ['state'], registers })
    this.#failures = new Counter({ name: 'ailee_task_failures_total', help: 'Tasks that ended in a state other than completed, by cause.', labelNames: ['cause'], registers })
    this.#offers = new Counter({ name: 'ailee_offers_published_total', help: 'Task offers published on the offers topic (one per offer round).', registers })
    this.#bids = new Counter({ name: 'ailee_bids_received_total', help: 'Bids received, by result (recorded in the bid window; late: recorded after the deadline of a round that had none, which closes it; or refused: closed round, duplicate, over the limit).', labelNames: ['result'], registers })
    this.#declines = new Counter({ name: 'ailee_declines_received_total', help: 'Offers a worker declined, by its reason.', labelNames: ['reason'], registers })
    this.#assignments = new Counter({ name: 'ailee_assignments_total', help: 'Assign requests answered, by result: accepted, refused by the worker, or unreachable worker.', labelNames: ['result'], registers })
    this.#leasesLost = new Counter({ name: 'ailee_leases_lost_total', help: 'Leases that ended without a verified result, by reason.', labelNames: ['reason'], registers })
    this.#payments = new Counter({ name: 'ailee_ledger_payments_total', help: 'Payments to workers settled (one per paid execution).', registers })
    this.#paid = new Counter({ name: 'ailee_ledger_paid_total', help: 'Amount paid to workers in settlements, smallest credit units.', registers })
    this.#fraud = new Counter({ name: 'ailee_ledger_fraud_evidence_total', help: 'Workers caught with a wrong result in settlements (bond forfeited).', registers })
    this.#queued = new Histogram({ name: 'ailee_task_queued_seconds', help: 'Time a task waited in the queue before an offer round opened (each stay in the queue).', buckets: LATENCY_BUCKETS, registers })
    this.#bidWindow = new Histogram({ name: 'ailee_task_bid_window_seconds', help: 'Time an offer round collected bids, from its opening until it stopped collecting (deadline; every eligible worker answered; limits.maxBidsPerTask bids; or, after a window without bids, the first late bid or the late-bid end).', buckets: LATENCY_BUCKETS, registers })
    this.#execution = new Histogram({ name: 'ailee_task_execution_seconds', help: 'Time from Assign to the worker\'s result (fetch and execution), per attempt.', buckets: LATENCY_BUCKETS, registers })
    this.#total = new Histogram({ name: 'ailee_task_total_seconds', help: 'Time from submission to the terminal state, by state.', labelNames: ['state'], buckets: LATENCY_BUCKETS, registers })
    const open = this.#open
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_tasks_open',
      help: 'Tasks not yet ended, by state.',
      labelNames: ['state'],
      registers,
      collect () {
        const counts = Object.fromEntries(OPEN_STATES.map(s => [s, 0])) as Record<string, number>
        for (const state of open.values()) if (state in counts) counts[state]++
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n)
      }
    })
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_queue_depth',
      help: 'Tasks waiting in the queue for an offer round.',
      registers,
      collect () {
        let n = 0
        for (const state of open.values()) if (state === 'queued') n++
        this.set(n)
      }
    })
    // every label value from the start, so rate() and increase() see the first event
    for (const state of TERMINAL_STATES) this.#finished.inc({ state }, 0)
    for (const cause of FAILURE_CAUSES) this.#failures.inc({ cause }, 0)
    for (const result of ['recorded', 'late', 'refused']) this.#bids.inc({ result }, 0)
    for (const result of ['accepted', 'refused', 'unreachable']) this.#assignments.inc({ result }, 0)
    for (const reason of LEASE_LOSS_REASONS) this.#leasesLost.inc({ reason }, 0)
  }

  /** Tasks this observer holds as open (ids), for tests. */
  get openTasks (): number {
    return this.#open.size
  }

  /** Reads one lifecycle step (see `TaskOrchestratorInit.observeStep`). Never throws for any step. */
  observe (step: LifecycleStep): void {
    const { event, before, after, nowMs } = step
    if (step.refusal != null) {
      if (event.type === 'bid') this.#bids.inc({ result: 'refused' })
      return
    }
    switch (event.type) {
      case 'admitted': this.#admitted.inc(); break
      // a bid taken while a round without bids waits past its deadline (coordinator.lateBidMs)
      case 'bid': this.#bids.inc({ result: before.round?.late === true ? 'late' : 'recorded' }); break
      case 'decline': this.#declines.inc({ reason: declineLabel(event.reason) }); break
      case 'assignAcked': this.#assignments.inc({ result: 'accepted' }); break
      case 'assignRefused': this.#assignments.inc({ result: event.unreachable ? 'unreachable' : 'refused' }); break
      case 'resultReceived': {
        const lease = before.leases.find(l => l.worker === event.worker && l.attempt === event.attempt)
        if (lease != null) this.#execution.observe(seconds(nowMs - lease.assignedAtMs))
        break
      }
    }
    // a round's bid window ends when it stops collecting (at its deadline, or once every eligible
    // worker answered); a round ranked again after a refused Assign does not count twice
    // (nor does one that went back to collecting because no bidder could take it: the first close is observed)
    if (before.round?.phase === 'collecting' && (before.round.released ?? []).length === 0 && (after.round == null || after.round.phase !== 'collecting' || after.round.attempt !== before.round.attempt)) {
      this.#bidWindow.observe(seconds(nowMs - before.round.openedAtMs))
    }
    for (const effect of step.effects) {
      if (effect.type === 'publishOffer') this.#offers.inc()
      else if (effect.type === 'settle' && effect.settlement != null) {
        for (const p of effect.settlement.payments) {
          this.#payments.inc()
          this.#paid.inc(p.price)
        }
        this.#fraud.inc(effect.settlement.evidence.length)
      }
    }
    const kept = new Set(after.leases.map(l => `${l.worker}/${l.attempt}`))
    const lost = before.leases.filter(l => !kept.has(`${l.worker}/${l.attempt}`)).length
    const lossReason = lost > 0 ? leaseLossOf(step) : undefined
    if (lossReason != null) this.#leasesLost.inc({ reason: lossReason }, lost)

    const id = after.id
    const wasQueued = this.#queuedSince.has(id)
    if (after.state === 'queued' && !wasQueued && (before.state !== 'queued' || event.type === 'admitted')) this.#queuedSince.set(id, nowMs)
    if (after.state !== 'queued' && wasQueued) {
      this.#queued.observe(seconds(nowMs - this.#queuedSince.get(id)!))
      this.#queuedSince.delete(id)
    }
    if (ended(after.state)) {
      if (!ended(before.state)) {
        this.#finished.inc({ state: after.state })
        this.#total.observe({ state: after.state }, seconds(nowMs - after.createdAtMs))
        if (after.state !== 'completed') this.#failures.inc({ cause: failureCause(after) })
      }
      this.#open.delete(id)
      this.#queuedSince.delete(id)
    } else {
      this.#open.set(id, after.state)
    }
  }
}

/** True for the lifecycle states after which a task never changes again. */
function ended (state: LifecycleStateName): boolean {
  return state !== 'received' && state !== 'verifying' && isTerminalState(state)
}

function seconds (ms: number): number {
  return Math.max(0, ms) / 1000
}
