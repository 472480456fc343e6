/**
 * Lifecycle steps of an assignment (./transition.ts): the worker's acknowledgement or refusal of
 * its Assign, heartbeats, and ranking a round again when a candidate cannot take the task.
 */
import type { TaskRecord } from '../task-record.ts'
import type { Effect, LifecycleEvent, StepContext, Transition } from './types.ts'
import { done, findLease, pushDecision, refuse, requeue, settleOnLeases } from './step-helpers.ts'
import { closeRound } from './offer-round.ts'

/** `assignAcked`: the worker took its Assign (`running`: and started at once); the attempt starts. */
export function assignAcked (task: TaskRecord, next: TaskRecord, worker: string, attempt: number, ctx: StepContext, running: boolean): Transition {
  const i = findLease(task, worker, attempt, ['assigning'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no Assign of this attempt is waiting for this worker: the lease was lost or the task moved on')
  // an ack that says "running" stands for the worker's first running heartbeat (content inline, issue 9)
  if (running) next.leases = next.leases.map((l, j) => j === i ? { ...l, reportedRunning: true } : l)
  return done(next, accept(next, i, ctx))
}

/** The worker of lease `i` accepted its Assign: the attempt starts. */
export function accept (next: TaskRecord, i: number, ctx: StepContext): Effect[] {
  const lease = { ...next.leases[i] }
  const running = lease.reportedRunning
  lease.phase = running ? 'running' : 'assigned'
  lease.expiresAtMs = ctx.nowMs + ctx.policy.leaseMs
  next.leases = next.leases.map((l, j) => j === i ? lease : l)
  next.attempts += 1
  next.firstAssignedAtMs ??= ctx.nowMs
  next.lapsed = undefined
  const round = next.round
  const bids = round?.bids.length ?? 0
  // every lease this round granted: one, or several when replicas were assigned in the same round
  const ofRound = next.leases.filter(l => l.attempt === lease.attempt).map(l => l.worker)
  let score = 0
  if (round != null) {
    const candidates = round.candidates.map(c => ({ ...c }))
    // a replica goes to a bidder drawn at random (../selection.ts), not to the best score: every lease
    // of a round after a first result, and all but the first lease of a round that granted several
    const drawn = (worker: string): boolean => next.verification.results.length > 0 || ofRound.indexOf(worker) > 0
    const chosen = candidates.filter(c => ofRound.includes(c.workerPeerId))
    const best = chosen.find(c => !drawn(c.workerPeerId)) ?? chosen[0]
    for (const c of chosen) {
      c.chosen = true
      c.note = drawn(c.workerPeerId) ? 'drawn at random among the eligible bidders (a re-execution)' : ''
    }
    if (best != null) {
      score = candidates.find(c => c.workerPeerId === lease.worker)?.score ?? best.score
      const replicaOnly = chosen.every(c => drawn(c.workerPeerId))
      for (const other of candidates) {
        if (!other.chosen && other.note === '') {
          other.note = replicaOnly ? 'not drawn (a re-execution goes to a bidder drawn at random)' : `lower score than the winner (${other.score.toFixed(3)} < ${best.score.toFixed(3)})`
        }
      }
    }
    pushDecision(next, round.attempt, candidates, `assigned to ${ofRound.join(', ')}`, ctx.nowMs)
    next.round = undefined
  }
  // another lease of the task may already be running (replicas assigned in the same round)
  next.state = running || next.leases.some(l => l.phase === 'running') ? 'running' : 'assigned'
  next.reason = `assigned to ${lease.worker} (score ${score.toFixed(3)})`
  next.updatedAtMs = ctx.nowMs
  // bidders of this round whose Assign is still in flight keep waiting for their answer
  const inFlight = next.leases.filter(l => l.attempt === lease.attempt && l.phase === 'assigning').map(l => l.worker)
  const effects: Effect[] = [
    { type: 'answerBids', attempt: lease.attempt, winner: lease.worker, ...inFlight.length > 0 ? { keep: inFlight } : {} },
    { type: 'persist' },
    { type: 'announce', kind: 'assigned', reason: next.reason, workerPeerId: lease.worker, attempt: lease.attempt, bids }
  ]
  if (running) {
    next.reason = `running on ${lease.worker}`
    effects.push({ type: 'announce', kind: 'running', reason: next.reason, workerPeerId: lease.worker, attempt: lease.attempt })
  }
  return effects
}

/**
 * `assignRefused`: the worker refused the Assign or could not be reached (`unreachable`: a circuit
 * breaker failure); the round ranks the others again, or the task goes on without that lease.
 */
export function assignRefused (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'assignRefused' }>, ctx: StepContext): Transition {
  const i = findLease(task, e.worker, e.attempt, ['assigning'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no Assign of this attempt is waiting for this worker')
  next.leases = next.leases.filter((_, j) => j !== i)
  const effects: Effect[] = e.unreachable ? [{ type: 'breakerFailure', worker: e.worker }] : []
  const why = e.unreachable ? `unreachable: ${e.reason}` : `refused: ${e.reason}`
  if (next.round == null) return done(next, [...effects, ...assignLostAfterRound(next, `${e.worker} ${why}`, ctx)])
  return done(next, [...effects, ...retryRound(next, e.worker, why)])
}

/**
 * An Assign of a round that granted several leases failed (refused, or its lease lost before the
 * acknowledgement) after the round ended with another lease's acknowledgement: no attempt was
 * used. The task goes on with its other leases, or back to the queue (with backoff) for the
 * execution it still needs.
 */
export function assignLostAfterRound (next: TaskRecord, why: string, ctx: StepContext): Effect[] {
  if (next.leases.length > 0) {
    settleOnLeases(next, `${why}; another execution is under way`, ctx)
    return []
  }
  requeue(next, `retrying: ${why}`, Math.max(1, next.attempts), ctx)
  return [{ type: 'persist' }, { type: 'announce', kind: 'retry', reason: next.reason }]
}

/** The round's candidate `worker` cannot take the task: note why and rank the others again. */
export function retryRound (next: TaskRecord, worker: string, note: string): Effect[] {
  const round = next.round
  if (round == null) return []
  round.refused = [...round.refused, worker]
  round.candidates = round.candidates.map(c => c.workerPeerId === worker ? { ...c, note } : c)
  return [closeRound(next)]
}

/** `heartbeat`: renews the worker's lease for `leaseMs`; a `running` phase moves an assigned lease to running. */
export function heartbeat (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'heartbeat' }>, ctx: StepContext): Transition {
  // a heartbeat sent while the worker's result is being verified: it still holds the lease
  if (findLease(task, e.worker, e.attempt, ['verifying']) >= 0) return done(next, [])
  const i = findLease(task, e.worker, e.attempt, ['assigning', 'assigned', 'running'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no lease: the task was reassigned or has ended')
  const lease = { ...next.leases[i], expiresAtMs: ctx.nowMs + ctx.policy.leaseMs }
  next.leases = next.leases.map((l, j) => j === i ? lease : l)
  const effects: Effect[] = []
  if (e.phase === 'running') {
    if (lease.phase === 'assigning') lease.reportedRunning = true
    else if (lease.phase === 'assigned') {
      lease.phase = 'running'
      next.state = 'running'
      next.reason = `running on ${e.worker}`
      next.updatedAtMs = ctx.nowMs
      effects.push({ type: 'persist' }, { type: 'announce', kind: 'running', reason: next.reason, workerPeerId: e.worker, attempt: e.attempt })
    }
  }
  return done(next, effects)
}
