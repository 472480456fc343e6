/**
 * TaskStore on the state database. Keys (src/storage/keys.ts):
 *
 * - `tasks/{taskId}`: the TaskRecord (JSON)
 * - `meta/open/{taskId}`: index of tasks that have not ended, read at start
 * - `reputation/{peerId}`: ReputationRecord (JSON)
 *
 * Settlement (ledger `ledger/{account}`, applied markers, pending block entries
 * `meta/pending/...`) belongs to the {@link SettlementLog} handed in: a task's
 * terminal transition is committed through it, so the terminal record, its
 * payment and its pending block entry land in one atomic batch, written by the
 * log's single writer.
 */
import type { SettlementLog } from '../chain/settlement-log.ts'
import { Bucket, jsonCodec, Prefix, type StateDb, type WriteBatch } from '../storage/index.ts'
import type { ReputationRecord } from './reputation.ts'
import { isTerminalState, type TaskStateName } from '../protocol/task-states.ts'
import type { TaskRecord } from './task-record.ts'
import type { ReputationUpdate, Settlement, TaskStore } from './task-store.ts'

const OPEN_PREFIX = `${Prefix.meta}open/`

/** The RocksDB-backed {@link TaskStore}. */
export class RocksTaskStore implements TaskStore {
  /** The single writer of ledger-touching batches (shared with the block producer). */
  readonly settlements: SettlementLog
  readonly #db: StateDb
  readonly #tasks: Bucket<TaskRecord>
  readonly #open: Bucket<string>
  readonly #reputation: Bucket<ReputationRecord>

  /**
   * @param db the state database
   * @param settlements the database's one SettlementLog
   */
  constructor (db: StateDb, settlements: SettlementLog) {
    this.#db = db
    this.settlements = settlements
    this.#tasks = new Bucket(db, Prefix.tasks, jsonCodec<TaskRecord>())
    this.#open = new Bucket(db, OPEN_PREFIX, jsonCodec<string>())
    this.#reputation = new Bucket(db, Prefix.reputation, jsonCodec<ReputationRecord>())
  }

  /** Every task in the open index that is not terminal, oldest (`createdAtMs`) first. */
  async loadOpenTasks (): Promise<TaskRecord[]> {
    const tasks: TaskRecord[] = []
    for await (const id of this.#open.ids()) {
      const task = await this.#tasks.get(id)
      if (task != null && !hasEnded(task)) tasks.push(task)
    }
    return tasks.sort((a, b) => a.createdAtMs - b.createdAtMs)
  }

  /** Any task by id, ended or not. */
  async getTask (taskId: string): Promise<TaskRecord | undefined> {
    return await this.#tasks.get(taskId)
  }

  /** Writes a non-terminal `task` (kept in the open index) and `reputation` in one atomic batch. */
  async saveTask (task: TaskRecord, reputation: ReputationUpdate = []): Promise<void> {
    const batch = this.#db.batch()
    await this.#tasks.put(task.id, task, batch)
    await this.#open.put(task.id, '', batch)
    await this.#putReputation(reputation, batch)
    await batch.commit()
  }

  /**
   * Writes the terminal `task`, drops it from the open index and writes
   * `reputation`, with `settlement` (if any) in the same atomic batch through
   * {@link SettlementLog.commit}: credited at most once per task id, however
   * often this is called. A settlement without `id` is settled under `task.id`.
   *
   * @throws {RangeError} if `settlement.id` is given and differs from `task.id`
   * @throws what {@link SettlementLog.commit} throws (nothing is written then)
   */
  async finishTask (task: TaskRecord, settlement?: Settlement, reputation: ReputationUpdate = []): Promise<void> {
    if (settlement != null && settlement.id !== task.id) throw new RangeError(`settlement ${settlement.id} does not belong to task ${task.id}`)
    await this.settlements.commit(async batch => {
      await this.#tasks.put(task.id, task, batch)
      await this.#open.del(task.id, batch)
      await this.#putReputation(reputation, batch)
    }, settlement)
  }

  /** Every persisted reputation record, in peer id order. */
  async loadReputation (): Promise<Array<[string, ReputationRecord]>> {
    const out: Array<[string, ReputationRecord]> = []
    for await (const { id, value } of this.#reputation.entries()) out.push([id, value])
    return out
  }

  async #putReputation (updates: ReputationUpdate, batch: WriteBatch): Promise<void> {
    for (const [peer, record] of updates) await this.#reputation.put(peer, record, batch)
  }
}

/** True once `task` is in a terminal state (lifecycle-only states such as `verifying` never are). */
function hasEnded (task: TaskRecord): boolean {
  return isTerminalState(task.state as TaskStateName)
}
