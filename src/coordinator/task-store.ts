/**
 * What the orchestrator needs from storage. The RocksDB implementation is in
 * `rocks-task-store.ts`; the interface keeps the orchestrator independent of keys
 * and batches.
 */
import type { ReputationRecord } from './reputation.ts'
import type { TaskRecord } from './task-record.ts'
import type { Settlement } from '../chain/settlement-log.ts'

/** Credits moved when a verified receipt is accepted (`id` is the task id); see src/chain/settlement-log.ts. */
export type { Settlement } from '../chain/settlement-log.ts'

/** Reputation records to write in the same batch as a task transition. */
export type ReputationUpdate = Array<[peerId: string, record: ReputationRecord]>

export interface TaskStore {
  /** Every task that has not ended, oldest first. */
  loadOpenTasks: () => Promise<TaskRecord[]>
  /** Any task by id, ended or not. */
  getTask: (taskId: string) => Promise<TaskRecord | undefined>
  /** Writes a non-terminal transition (and reputation updates) in one atomic batch. */
  saveTask: (task: TaskRecord, reputation?: ReputationUpdate) => Promise<void>
  /**
   * Writes a terminal transition in one atomic batch with its settlement: the
   * ledger transfer client -> worker, the pending block entry and the proof
   * index. Because the task's terminal state is in the same batch, a result
   * delivered twice is credited once.
   */
  finishTask: (task: TaskRecord, settlement?: Settlement, reputation?: ReputationUpdate) => Promise<void>
  /** Every persisted reputation record. */
  loadReputation: () => Promise<Array<[string, ReputationRecord]>>
}
