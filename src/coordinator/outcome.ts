/**
 * What a verified execution receipt means for its task: the terminal state and
 * a human-readable reason.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { TaskStateName } from './task-record.ts'

/** Maps a verified receipt to the task's terminal state. */
export function terminalStateOf (receipt: ailee.v1.IExecutionReceipt): TaskStateName {
  switch (receipt.status) {
    case pb.ExecutionStatus.EXECUTION_STATUS_EXITED: return receipt.exitCode === 0 ? 'completed' : 'failed'
    case pb.ExecutionStatus.EXECUTION_STATUS_TIMED_OUT: return 'timed_out'
    case pb.ExecutionStatus.EXECUTION_STATUS_MEMORY_EXCEEDED: return 'memory_exceeded'
    case pb.ExecutionStatus.EXECUTION_STATUS_INVALID_MODULE: return 'rejected'
    default: return 'failed'
  }
}

export function describeStatus (status: number | null | undefined): string {
  switch (status) {
    case pb.ExecutionStatus.EXECUTION_STATUS_TRAPPED: return 'the program trapped'
    case pb.ExecutionStatus.EXECUTION_STATUS_TIMED_OUT: return 'execution time limit reached'
    case pb.ExecutionStatus.EXECUTION_STATUS_MEMORY_EXCEEDED: return 'memory limit reached'
    case pb.ExecutionStatus.EXECUTION_STATUS_OUTPUT_EXCEEDED: return 'output limit reached'
    case pb.ExecutionStatus.EXECUTION_STATUS_INVALID_MODULE: return 'invalid module'
    default: return 'unknown execution status'
  }
}

