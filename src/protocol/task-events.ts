/**
 * The one domain type of a task's progress events, shared by the coordinator
 * (which emits them), the client (which follows them) and the CLI (which
 * prints them), and its mapping to and from the wire `pb.TaskEvent`
 * (`proto/ailee/v1/task.proto`, `enum TaskEventKind`).
 *
 * A following client receives, in order: one event for where the task stands
 * when it starts following (`accepted` on submit), the events of the task's
 * life from then on, and `done` last, carrying the outcome.
 */
import { pb } from '../proto/index.ts'
import { enumNames } from './enum-names.ts'
import type { ailee } from '../proto/index.ts'
import { InvalidMessageError } from './errors.ts'
import { taskStateFromWire, taskStateToWire, type TaskStateName } from './task-states.ts'

/**
 * What a {@link TaskEvent} reports:
 * - `accepted`: the coordinator stored the task durably (it survives a coordinator restart)
 * - `queued`: waiting for a capable worker; `reason` says why
 * - `offered`: an offer for this attempt is out, collecting bids
 * - `bid`: a worker (`workerPeerId`) bid; `bids` counts this round's bids so far
 * - `assigned`: `workerPeerId` won the round (out of `bids` bids) and holds the lease
 * - `running`: the worker reported it runs the module
 * - `retry`: the attempt failed or its lease was lost (`reason`); another attempt follows
 * - `done`: the task ended (any terminal state); `outcome` is set; always the last event
 */
export type TaskEventKind = 'accepted' | 'queued' | 'offered' | 'bid' | 'assigned' | 'running' | 'retry' | 'done'

/** One progress event of a task. */
export interface TaskEvent {
  taskId: string
  kind: TaskEventKind
  /** The task's state when the event was emitted. */
  state: TaskStateName
  /** The coordinator's explanation (why queued, why retried, how it ended); may be empty. */
  reason: string
  /** attempt number the event is about (0 before the first assignment) */
  attempt: number
  /** Unix ms */
  timestampMs: number
  /** the worker concerned, '' when none */
  workerPeerId: string
  /** bids received so far in the current round (kinds 'bid' and 'assigned'), else 0 */
  bids: number
  /** the final outcome; set only when kind is 'done' */
  outcome?: ailee.v1.ITaskOutcome
}

/** Every kind with its `pb.TaskEventKind` number. */
const KINDS = enumNames<TaskEventKind>([
  [pb.TaskEventKind.TASK_EVENT_KIND_ACCEPTED, 'accepted'],
  [pb.TaskEventKind.TASK_EVENT_KIND_QUEUED, 'queued'],
  [pb.TaskEventKind.TASK_EVENT_KIND_OFFERED, 'offered'],
  [pb.TaskEventKind.TASK_EVENT_KIND_BID, 'bid'],
  [pb.TaskEventKind.TASK_EVENT_KIND_ASSIGNED, 'assigned'],
  [pb.TaskEventKind.TASK_EVENT_KIND_RUNNING, 'running'],
  [pb.TaskEventKind.TASK_EVENT_KIND_RETRY, 'retry'],
  [pb.TaskEventKind.TASK_EVENT_KIND_DONE, 'done']
])

/** All event kinds, in the order of the wire enum. */
export const TASK_EVENT_KINDS: readonly TaskEventKind[] = KINDS.names

/**
 * `pb.TaskEventKind` number -> kind; `undefined` for
 * TASK_EVENT_KIND_UNSPECIFIED and unknown numbers.
 */
export function taskEventKindFromWire (kind: number | null | undefined): TaskEventKind | undefined {
  return KINDS.fromWire(kind)
}

/** Kind -> `pb.TaskEventKind` number. */
export function taskEventKindToWire (kind: TaskEventKind): ailee.v1.TaskEventKind {
  return KINDS.toWire(kind) as ailee.v1.TaskEventKind
}

/**
 * The wire form of an event: kind and state as their enum numbers, every
 * field set (`outcome` only when the event has one).
 */
export function taskEventToWire (event: TaskEvent): ailee.v1.ITaskEvent {
  const wire: ailee.v1.ITaskEvent = {
    taskId: event.taskId,
    kind: taskEventKindToWire(event.kind),
    state: taskStateToWire(event.state),
    reason: event.reason,
    attempt: event.attempt,
    timestampMs: event.timestampMs,
    workerPeerId: event.workerPeerId,
    bids: event.bids
  }
  if (event.outcome != null) wire.outcome = event.outcome
  return wire
}

/**
 * Decodes a wire event. Missing scalar fields take their proto3 defaults
 * (`''`, 0); the outcome is kept only on a `done` event.
 *
 * @throws {InvalidMessageError} for an unspecified or unknown kind or state, or a `done` event without an outcome
 */
export function taskEventFromWire (wire: ailee.v1.ITaskEvent): TaskEvent {
  const kind = taskEventKindFromWire(wire.kind)
  if (kind == null) throw new InvalidMessageError(`task event with ${describe('kind', wire.kind)}`)
  const state = taskStateFromWire(wire.state)
  if (state == null) throw new InvalidMessageError(`"${kind}" task event with ${describe('state', wire.state)}`)
  const event: TaskEvent = {
    taskId: wire.taskId ?? '',
    kind,
    state,
    reason: wire.reason ?? '',
    attempt: wire.attempt ?? 0,
    timestampMs: Number(wire.timestampMs ?? 0),
    workerPeerId: wire.workerPeerId ?? '',
    bids: wire.bids ?? 0
  }
  if (kind === 'done') {
    if (wire.outcome == null) throw new InvalidMessageError('"done" task event without an outcome')
    event.outcome = wire.outcome
  }
  return event
}

/** "no kind" for an unset or zero enum field, "unknown kind 42" otherwise. */
function describe (field: string, value: number | null | undefined): string {
  return value == null || value === 0 ? `no ${field}` : `unknown ${field} ${value}`
}
