/**
 * Helpers shared by the lifecycle's step functions (./transition.ts): refusing, finishing a step
 * (arming the timer), finding leases, queueing again with backoff, recording decisions, and ending
 * a task without a result.
 */
import { retryDelayMs } from '../backoff.ts'
import { outcomeWithoutResult, type TaskRecord, type TaskStateName } from '../task-record.ts'
import type { Effect, Lease, RefusalCode, StepContext, Transition } from './types.ts'

/** Most assignment decisions kept per task (the oldest are dropped). */
const MAX_DECISIONS = 16

/** Index in `task.leases` of the lease of (`worker`, `attempt`) in one of `phases`, or -1. */
export function findLease (task: TaskRecord, worker: string, attempt: number, phases: ReadonlyArray<Lease['phase']>): number {
  return task.leases.findIndex(l => l.worker === worker && l.attempt === attempt && phases.includes(l.phase))
}

/** Attempts that did not deliver a result whose receipt checked out: what `maxAttempts` bounds. */
export function failedAttempts (task: TaskRecord): number {
  return task.attempts - task.verification.results.length
}

/** The unchanged `task` with a refusal (`code`, `reason`) and no effects. */
export function refuse (task: TaskRecord, code: RefusalCode, reason: string): Transition {
  return { task, effects: [], refusal: { code, reason } }
}

/** Finishes a step: appends the (re)arming of the task's timer, unless the task ends (settle). */
export function done (next: TaskRecord, effects: Effect[]): Transition {
  if (effects.some(e => e.type === 'settle')) return { task: next, effects }
  return { task: next, effects: [...effects, { type: 'schedule' }] }
}

/**
 * The state of a task that still holds leases after one of its executions ended (several were
 * assigned in one round): `running` while any runs or is being verified, else `assigned`
 * (`offered` while its round is still assigning).
 */
export function settleOnLeases (next: TaskRecord, reason: string, ctx: StepContext): void {
  next.state = next.leases.some(l => l.phase === 'running' || l.phase === 'verifying') ? 'running' : next.round != null ? 'offered' : 'assigned'
  next.reason = reason
  next.updatedAtMs = ctx.nowMs
}

/**
 * Sends the task back to the queue with `reason` and no round; `retry` > 0 sets `notBeforeMs` to
 * now plus the jittered backoff of that retry number (`initialBackoffMs`..`maxBackoffMs`), 0 to no backoff.
 */
export function requeue (next: TaskRecord, reason: string, retry: number, ctx: StepContext): void {
  next.state = 'queued'
  next.reason = reason
  next.round = undefined
  next.updatedAtMs = ctx.nowMs
  next.notBeforeMs = retry <= 0 ? 0 : ctx.nowMs + retryDelayMs(retry, ctx.policy.initialBackoffMs, ctx.policy.maxBackoffMs, ctx.random)
}

/** Records an assignment decision of `attempt` at `nowMs` (Unix ms), keeping the last {@link MAX_DECISIONS}. */
export function pushDecision (next: TaskRecord, attempt: number, candidates: TaskRecord['decisions'][number]['candidates'], outcome: string, nowMs: number): void {
  next.decisions = [...next.decisions, { attempt, decidedAtMs: nowMs, candidates, outcome }].slice(-MAX_DECISIONS)
}

/** Ends the task in `state` without an accepted result; `before` are effects of this step that come first. */
export function endWithoutResult (next: TaskRecord, before: Effect[], state: TaskStateName, reason: string, ctx: StepContext): Transition {
  const effects = [...before]
  if (next.round != null) effects.push({ type: 'answerBids', attempt: next.round.attempt })
  next.state = state
  next.reason = reason
  next.leases = []
  next.round = undefined
  next.lapsed = undefined
  next.updatedAtMs = ctx.nowMs
  next.outcome = outcomeWithoutResult(next, state, reason, ctx.nowMs)
  effects.push({ type: 'settle' })
  return { task: next, effects }
}
