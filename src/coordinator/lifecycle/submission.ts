/**
 * Lifecycle steps outside the offer rounds (./transition.ts): admission, queue reasons,
 * cancellation by the client, and the coordinator's restart.
 */
import type { TaskRecord } from '../task-record.ts'
import type { LifecycleEvent, StepContext, Transition } from './types.ts'
import { done, endWithoutResult, refuse, requeue } from './step-helpers.ts'

/** `admitted` of a `received` task: queued, persisted and announced accepted. */
export function admitted (next: TaskRecord, ctx: StepContext): Transition {
  next.state = 'queued'
  next.reason = 'waiting for an offer round'
  next.updatedAtMs = ctx.nowMs
  return done(next, [{ type: 'persist' }, { type: 'announce', kind: 'accepted', reason: 'durably accepted' }])
}

/** `waiting`: the queued task's queue reason changed (refused when not queued or unchanged). */
export function waiting (task: TaskRecord, next: TaskRecord, reason: string): Transition {
  if (task.state !== 'queued') return refuse(task, 'not_queued', `task is ${task.state}, not queued`)
  if (task.reason === reason) return refuse(task, 'unchanged', 'the task already waits for this reason')
  next.reason = reason
  return done(next, [{ type: 'announce', kind: 'queued', reason }])
}

/** `cancel` by the submitting peer: ends the task `cancelled` (refused `not_permitted` for anyone else). */
export function cancel (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'cancel' }>, ctx: StepContext): Transition {
  if (e.by !== task.clientPeerId) return refuse(task, 'not_permitted', 'only the peer that submitted a task may cancel it')
  const why = e.reason === '' ? 'cancelled by its client' : `cancelled by its client: ${e.reason}`
  return endWithoutResult(next, [], 'cancelled', why, ctx)
}

/**
 * `restarted` (coordinator start): an offered task goes back to the queue, Assigns in flight are
 * dropped, held leases get one more lease period (`leaseMs`) from now.
 */
export function restarted (next: TaskRecord, ctx: StepContext): Transition {
  if (next.state === 'offered' || next.round != null) {
    next.state = 'queued'
    next.round = undefined
  }
  next.leases = next.leases
    .filter(l => l.phase !== 'assigning')
    .map(l => ({ ...l, phase: l.phase === 'verifying' ? 'running' : l.phase, expiresAtMs: ctx.nowMs + ctx.policy.leaseMs }))
  if (next.state === 'verifying') next.state = 'running'
  if ((next.state === 'assigned' || next.state === 'running') && next.leases.length === 0) {
    requeue(next, 'coordinator restarted before the assignment was confirmed', 0, ctx)
  }
  return done(next, [])
}
