/**
 * The one mapping between the wire enums `pb.TaskState` / `pb.ExecutionStatus`
 * and the state names that the coordinator stores, the worker reports and the
 * client shows.
 */
import { pb } from '../proto/index.ts'
import { enumNames } from './enum-names.ts'

/**
 * Life of a task; the last six are terminal. `cancelled`: its client cancelled
 * it (`CancelTask`) before it ended.
 */
export type TaskStateName =
  | 'queued' | 'offered' | 'assigned' | 'running'
  | 'completed' | 'failed' | 'timed_out' | 'memory_exceeded' | 'rejected' | 'cancelled'

/** The states after which a task never changes again. */
export type TerminalStateName = 'completed' | 'failed' | 'timed_out' | 'memory_exceeded' | 'rejected' | 'cancelled'

/** Outcome of one execution in the sandbox, as a receipt states it (`unspecified` for 0 and unknown numbers). */
export type ExecutionStatusName =
  | 'unspecified' | 'exited' | 'trapped' | 'timed_out' | 'memory_exceeded' | 'output_exceeded' | 'invalid_module'

const TASK_STATES = enumNames<TaskStateName>([
  [pb.TaskState.TASK_STATE_QUEUED, 'queued'],
  [pb.TaskState.TASK_STATE_OFFERED, 'offered'],
  [pb.TaskState.TASK_STATE_ASSIGNED, 'assigned'],
  [pb.TaskState.TASK_STATE_RUNNING, 'running'],
  [pb.TaskState.TASK_STATE_COMPLETED, 'completed'],
  [pb.TaskState.TASK_STATE_FAILED, 'failed'],
  [pb.TaskState.TASK_STATE_TIMED_OUT, 'timed_out'],
  [pb.TaskState.TASK_STATE_MEMORY_EXCEEDED, 'memory_exceeded'],
  [pb.TaskState.TASK_STATE_REJECTED, 'rejected'],
  [pb.TaskState.TASK_STATE_CANCELLED, 'cancelled']
])

const EXECUTION_STATUSES = enumNames<ExecutionStatusName>([
  [pb.ExecutionStatus.EXECUTION_STATUS_EXITED, 'exited'],
  [pb.ExecutionStatus.EXECUTION_STATUS_TRAPPED, 'trapped'],
  [pb.ExecutionStatus.EXECUTION_STATUS_TIMED_OUT, 'timed_out'],
  [pb.ExecutionStatus.EXECUTION_STATUS_MEMORY_EXCEEDED, 'memory_exceeded'],
  [pb.ExecutionStatus.EXECUTION_STATUS_OUTPUT_EXCEEDED, 'output_exceeded'],
  [pb.ExecutionStatus.EXECUTION_STATUS_INVALID_MODULE, 'invalid_module'],
  [pb.ExecutionStatus.EXECUTION_STATUS_UNSPECIFIED, 'unspecified']
])

const TERMINAL: ReadonlySet<TaskStateName> = new Set<TaskStateName>(['completed', 'failed', 'timed_out', 'memory_exceeded', 'rejected', 'cancelled'])

/**
 * `pb.TaskState` number -> state name; `undefined` for TASK_STATE_UNSPECIFIED
 * and unknown numbers.
 */
export function taskStateFromWire (state: number | null | undefined): TaskStateName | undefined {
  return TASK_STATES.fromWire(state)
}

/** State name -> `pb.TaskState` number. */
export function taskStateToWire (state: TaskStateName): number {
  return TASK_STATES.toWire(state)
}

/** True for the states after which a task never changes again. */
export function isTerminalState (state: TaskStateName | undefined): state is TerminalStateName {
  return state != null && TERMINAL.has(state)
}

/** `pb.ExecutionStatus` number -> name; `'unspecified'` for 0 and unknown numbers. */
export function executionStatusFromWire (status: number | null | undefined): ExecutionStatusName {
  return EXECUTION_STATUSES.fromWire(status) ?? 'unspecified'
}

/** Execution status name -> `pb.ExecutionStatus` number. */
export function executionStatusToWire (status: ExecutionStatusName): number {
  return EXECUTION_STATUSES.toWire(status)
}
