/**
 * Lifecycle steps of time and lost leases (./transition.ts): the task's timer (`tick`: total and
 * queue timeouts, lease expiry, bid deadlines, backoff), lost workers, and what losing a lease does
 * (retry with backoff, give up after `maxAttempts`, quarantine).
 */
import { isTerminalState } from '../../protocol/task-states.ts'
import type { TaskRecord, TaskStateName } from '../task-record.ts'
import type { Effect, LeaseLossReason, Lease, StepContext, Transition, Verdict } from './types.ts'
import { done, endWithoutResult, failedAttempts, refuse, requeue, settleOnLeases } from './step-helpers.ts'
import { closeRound } from './offer-round.ts'
import { assignLostAfterRound, retryRound } from './assignment.ts'

/** `leaseLost`: the worker disconnected or its telemetry went stale; every lease it holds is lost. */
export function leaseLost (task: TaskRecord, next: TaskRecord, worker: string, reason: LeaseLossReason, ctx: StepContext): Transition {
  const held = task.leases.filter(l => l.worker === worker && l.phase !== 'verifying')
  if (held.length === 0) return refuse(task, 'not_leaseholder', `${worker} holds no lease of this task`)
  const why = reason === 'disconnected' ? `${worker} disconnected` : `${worker}'s telemetry went stale`
  let effects: Effect[] = []
  for (const lease of held) {
    if (isTerminalState(next.state as TaskStateName)) break
    effects = [...effects, ...loseLease(next, lease, why, 'timeout', ctx, true)]
  }
  return done(next, effects)
}

/**
 * Takes `lease` away (the caller checked it is held): penalise the worker,
 * then rank again (Assign in flight), retry with backoff, or give up after
 * `maxAttempts`. `hostLost`: the worker vanished (disconnected, telemetry or
 * heartbeats stopped); if its program was running, that counts towards the
 * task's quarantine (`quarantineAfter` hosts lost: the task may crash its
 * host and is not offered again).
 */
export function loseLease (next: TaskRecord, lease: Lease, why: string, verdict: Verdict, ctx: StepContext, hostLost = false): Effect[] {
  next.leases = next.leases.filter(l => !(l.worker === lease.worker && l.attempt === lease.attempt))
  if (lease.phase === 'assigning') {
    if (next.round == null) return [{ type: 'breakerFailure', worker: lease.worker }, ...assignLostAfterRound(next, `lease of ${lease.worker} lost while assigning: ${why}`, ctx)]
    return [{ type: 'breakerFailure', worker: lease.worker }, ...retryRound(next, lease.worker, `lease lost while assigning: ${why}`)]
  }
  const effects: Effect[] = [{ type: 'judge', worker: lease.worker, verdict }]
  if (!next.excludedWorkers.includes(lease.worker)) next.excludedWorkers = [...next.excludedWorkers, lease.worker]
  next.decisions = next.decisions.map(d => d.attempt === lease.attempt ? { ...d, outcome: `lost: ${why}` } : d)
  next.lapsed = verdict === 'timeout' ? { worker: lease.worker, attempt: lease.attempt, price: lease.price, nonce: lease.nonce } : undefined
  if (hostLost && lease.phase === 'running') {
    next.hostsLost = (next.hostsLost ?? 0) + 1
    if (next.hostsLost >= ctx.policy.quarantineAfter) {
      return endWithoutResult(next, effects, 'failed', `quarantined: ${next.hostsLost} workers were lost while running this task (last: ${why}); it may crash its host, so it is not offered again`, ctx).effects
    }
  }
  if (next.leases.length > 0) {
    if (!isTerminalState(next.state as TaskStateName)) settleOnLeases(next, `${why}; another execution is under way`, ctx)
    return effects
  }
  if (failedAttempts(next) >= ctx.policy.maxAttempts) {
    return endWithoutResult(next, effects, 'failed', `gave up after ${failedAttempts(next)} failed attempts; last: ${why}`, ctx).effects
  }
  requeue(next, `retrying after attempt ${next.attempts}: ${why}`, next.attempts, ctx)
  return [...effects, { type: 'persist' }, { type: 'announce', kind: 'retry', reason: next.reason, workerPeerId: lease.worker, attempt: lease.attempt }]
}

/**
 * `tick` at `ctx.nowMs`: ends the task past its total or queue timeout, loses leases past their
 * deadline or heartbeat expiry, closes a collecting round past its deadline (or keeps it open for a
 * first late bid), ends a retry backoff. Refused `nothing_due` when nothing is due.
 */
export function tick (task: TaskRecord, next: TaskRecord, ctx: StepContext): Transition {
  const now = ctx.nowMs
  if (now - task.createdAtMs >= task.limits.totalMs) {
    return endWithoutResult(next, [], 'timed_out', `total timeout of ${task.limits.totalMs} ms passed (${task.reason})`, ctx)
  }
  if (task.state === 'queued' && task.firstAssignedAtMs == null && now - task.createdAtMs >= task.limits.queueMs) {
    return endWithoutResult(next, [], 'timed_out', `queue timeout of ${task.limits.queueMs} ms passed: ${task.reason}`, ctx)
  }
  let effects: Effect[] = []
  for (const lease of task.leases) {
    if (lease.phase === 'verifying' || isTerminalState(next.state as TaskStateName)) continue
    if (now >= lease.deadlineMs) {
      effects = [...effects, ...loseLease(next, lease, `${lease.worker} passed the execution deadline (fetch ${ctx.policy.fetchMs} ms + execution ${task.limits.executionMs} ms + lease ${ctx.policy.leaseMs} ms)`, 'timeout', ctx)]
    } else if (now >= lease.expiresAtMs) {
      effects = [...effects, ...loseLease(next, lease, `no heartbeat from ${lease.worker} within ${ctx.policy.leaseMs} ms`, 'timeout', ctx, true)]
    }
  }
  const round = next.round
  if (round?.phase === 'collecting' && now >= round.closesAtMs) {
    if (round.bids.length === 0 && round.late !== true && (round.lateUntilMs ?? 0) > now) {
      // no bid in the window: stay open for a first, late bid (workers that got the offer after its
      // deadline bid until then); only the timer is re-armed, the offer is not published again
      round.late = true
      round.closesAtMs = round.lateUntilMs!
      next.reason = `no bid within the bid window; open for a late bid until ${new Date(round.closesAtMs).toISOString()}`
      next.updatedAtMs = now
      return done(next, effects)
    }
    effects.push(closeRound(next))
  }
  if (next.state === 'queued' && next.notBeforeMs > 0 && now >= next.notBeforeMs) {
    // the retry backoff is over: the task may be offered again (the orchestrator opens the round)
    next.notBeforeMs = 0
    return done(next, effects)
  }
  if (effects.length === 0) return refuse(task, 'nothing_due', 'nothing is due')
  return done(next, effects)
}
