/**
 * The task lifecycle as one pure function:
 *
 *     transition(task, event, { nowMs, policy, random }) -> { task', effects } | refusal
 *
 * No I/O, no clock, no shared state: the same inputs give the same outputs, so
 * every race is an ordering of events a test can replay. The orchestrator
 * applies the effects (persist, publish, send, settle, schedule) one task at a
 * time. This file hands each event to its step, one module per kind of event:
 * ./submission.ts, ./offer-round.ts, ./assignment.ts, ./timeouts.ts and
 * ./results.ts, with what they share in ./step-helpers.ts.
 *
 *     received --admitted--> queued --roundOpened--> offered --bids, roundClosed, sendAssign--> (assigning lease)
 *        |                    ^  ^                      |                                           |
 *        |                    |  +-- no candidate ------+          assignAcked --> assigned --heartbeat(running)--> running
 *        |                    |                                    (assignAcked with running: content inline, straight to running)
 *        |                    +--- lease lost, invalid result, handed back (backoff, attempt budget) ---+                |
 *        |                                                                                resultReceived --> verifying --+
 *        +--rejected--> rejected                                resultVerified --> completed | failed | timed_out | memory_exceeded | rejected
 *                                             tick past the queue or total timeout --> timed_out;  cancel --> cancelled
 *
 * Decisions that are not obvious from the diagram:
 *
 * - A lost lease becomes the task's `lapsed` lease until another lease is
 *   granted: a valid result for it that arrives before the task is reassigned
 *   is accepted (the work was done; throwing it away helps nobody). Its loss
 *   was already recorded against the worker's reputation.
 * - A lease lost while its Assign is in flight (`assigning`) does not use an
 *   attempt: the round ranks its candidates again without that worker. An
 *   acknowledgement arriving after that is refused, and the worker's first
 *   heartbeat is refused too, which stops its run.
 * - When a round is ranked, every bidder but the chosen candidate and one
 *   runner-up is answered "lost" at once (so its worker frees the slot its
 *   bid reserved) and is never chosen in that round again; the runner-up is
 *   the fallback should the Assign be refused.
 * - A lease in `verifying` has no timer: its result arrived in time.
 * - `attempts` counts assignments the worker accepted, less those handed back
 *   unrun; a new round opens only while `attempts < maxAttempts`.
 * - A result whose receipt checked out ends the task only when the results
 *   so far agree as its verification policy asks (../agreement.ts,
 *   docs/verification.md); otherwise the task goes back to the queue, without
 *   backoff, for an execution on another worker. Attempts that delivered a
 *   checked result do not count against `maxAttempts`.
 * - A task whose program was running on `quarantineAfter` workers that were
 *   lost (disconnected, silent) is quarantined: it ends `failed`.
 * - A terminal state is final: every later event is refused with `task_ended`.
 */
import { isTerminalState } from '../../protocol/task-states.ts'
import type { TaskRecord, TaskStateName } from '../task-record.ts'
import type { LifecycleEvent, StepContext, Transition } from './types.ts'
import { endWithoutResult, refuse } from './step-helpers.ts'
import { admitted, cancel, restarted, waiting } from './submission.ts'
import { bid, collectingRound, decline, roundClosed, roundOpened } from './offer-round.ts'
import { assignAcked, assignRefused, heartbeat } from './assignment.ts'
import { leaseLost, tick } from './timeouts.ts'
import { handedBack, resultInvalid, resultReceived, resultVerified } from './results.ts'
import { clonePlain } from './clone-record.ts'

export type { StepContext } from './types.ts'

/**
 * Applies `event` to `task` at `ctx.nowMs`.
 *
 * @returns the next state and the effects to carry out in order, or the
 *   unchanged task with a refusal and no effects. Never throws for any
 *   (state, event) pair; `task` is not modified.
 */
export function transition (task: TaskRecord, event: LifecycleEvent, ctx: StepContext): Transition {
  if (isTerminalState(task.state as TaskStateName)) return refuse(task, 'task_ended', `task already ${task.state}`)
  if (task.state === 'received') {
    if (event.type === 'admitted') return admitted(draft(task), ctx)
    if (event.type === 'rejected') {
      // a refused submission keeps no arguments, environment or content key: they can be large (or secret), and nothing runs them
      const { contentKey: _key, ...kept } = draft(task)
      const next = { ...kept, args: [], env: {} }
      return endWithoutResult(next, [], 'rejected', event.reason, ctx)
    }
    return refuse(task, 'not_admitted', 'task not admitted yet')
  }
  // a bid or decline for a round that stopped collecting is refused before the task is copied: in a
  // large swarm most bids arrive after their round closed (100 nodes: 2,523 refused against 135
  // recorded, docs/scaling.md), and a copy of a task with its decisions costs milliseconds
  if (event.type === 'bid' || event.type === 'decline') {
    const closed = collectingRound(task, event.attempt)
    if (closed != null) return refuse(task, closed.code, closed.reason)
  }
  const next = draft(task)
  switch (event.type) {
    case 'admitted':
    case 'rejected': return refuse(task, 'already_admitted', 'task already admitted')
    case 'waiting': return waiting(task, next, event.reason)
    case 'roundOpened': return roundOpened(task, next, event.eligible, ctx, event.sampled === true)
    case 'bid': return bid(task, next, event, ctx)
    case 'decline': return decline(task, next, event)
    case 'roundClosed': return roundClosed(task, next, event.attempt, event.candidates, [event.nonce, ...event.replicaNonces ?? []], ctx)
    case 'assignAcked': return assignAcked(task, next, event.worker, event.attempt, ctx, event.running === true)
    case 'assignRefused': return assignRefused(task, next, event, ctx)
    case 'heartbeat': return heartbeat(task, next, event, ctx)
    case 'leaseLost': return leaseLost(task, next, event.worker, event.reason, ctx)
    case 'resultReceived': return resultReceived(task, next, event, ctx)
    case 'resultVerified': return resultVerified(task, next, event, ctx)
    case 'resultInvalid': return resultInvalid(task, next, event, ctx)
    case 'handedBack': return handedBack(task, next, event, ctx)
    case 'cancel': return cancel(task, next, event, ctx)
    case 'restarted': return restarted(next, ctx)
    case 'tick': return tick(task, next, ctx)
  }
}

/**
 * The next Unix ms at which a `tick` changes `task`, or undefined when nothing
 * is pending (a terminal task). The orchestrator keeps one timer per task at
 * this time. A tick at or after it is never refused (a property test checks
 * this), so the timer never spins.
 */
export function nextDeadline (task: TaskRecord): number | undefined {
  if (isTerminalState(task.state as TaskStateName) || task.state === 'received') return undefined
  const times = [task.createdAtMs + task.limits.totalMs]
  if (task.state === 'queued') {
    if (task.firstAssignedAtMs == null) times.push(task.createdAtMs + task.limits.queueMs)
    if (task.notBeforeMs > 0) times.push(task.notBeforeMs)
  }
  if (task.round?.phase === 'collecting') times.push(task.round.closesAtMs)
  for (const lease of task.leases) {
    if (lease.phase !== 'verifying') times.push(Math.min(lease.expiresAtMs, lease.deadlineMs))
  }
  return Math.min(...times)
}

// ------------------------------------------------------------------ helpers

/** A deep copy to change (task records are plain JSON data). */
function draft (task: TaskRecord): TaskRecord {
  return clonePlain(task)
}
