/**
 * TaskStore on the state database. Keys (src/storage/keys.ts):
 *
 * - `tasks/{taskId}`: the TaskRecord (JSON)
 * - `meta/open/{taskId}`: index of tasks that have not ended, read at start
 * - `meta/ended/{updatedAtMs:16}/{taskId}`: index of ended tasks by end time,
 *   written with the terminal record; {@link RocksTaskStore.pruneEnded} walks
 *   it to delete records past `coordinator.taskRetentionMs`
 * - `reputation/{peerId}`: ReputationRecord (JSON)
 *
 * Settlement (ledger `ledger/{account}`, applied markers, pending block entries
 * `meta/pending/...`) belongs to the {@link SettlementLog} handed in: a task's
 * terminal transition is committed through it, so the terminal record, its
 * payment and its pending block entry land in one atomic batch, written by the
 * log's single writer.
 */
import type { SettlementLog } from '../chain/settlement-log.ts'
import { Bucket, jsonCodec, padNumber, Prefix, type StateDb, type WriteBatch } from '../storage/index.ts'
import type { ReputationRecord } from './reputation.ts'
import { isTerminalState, type TaskStateName } from '../protocol/task-states.ts'
import type { TaskRecord } from './task-record.ts'
import type { ReputationUpdate, Settlement, TaskStore } from './task-store.ts'

const OPEN_PREFIX = `${Prefix.meta}open/`
const ENDED_PREFIX = `${Prefix.meta}ended/`
/** Marker: every terminal record written before the `meta/ended/` index existed has been indexed. */
const ENDED_INDEXED_KEY = `${Prefix.meta}ended-indexed`
/** Records deleted per write batch by {@link RocksTaskStore.pruneEnded}. */
const PRUNE_BATCH = 256

/** Options of {@link RocksTaskStore.pruneEnded}. */
export interface PruneEndedOptions {
  /** Tasks to keep whatever their end time (live in memory: open, or being admitted). @default none */
  skip?: (taskId: string) => boolean
  /** Most records deleted in one call (the rest wait for the next). @default Infinity */
  limit?: number
}

/** The RocksDB-backed {@link TaskStore}. */
export class RocksTaskStore implements TaskStore {
  /** The single writer of ledger-touching batches (shared with the block producer). */
  readonly settlements: SettlementLog
  readonly #db: StateDb
  readonly #tasks: Bucket<TaskRecord>
  readonly #open: Bucket<string>
  readonly #ended: Bucket<string>
  readonly #reputation: Bucket<ReputationRecord>
  #endedIndexed = false

  /**
   * @param db the state database
   * @param settlements the database's one SettlementLog
   */
  constructor (db: StateDb, settlements: SettlementLog) {
    this.#db = db
    this.settlements = settlements
    this.#tasks = new Bucket(db, Prefix.tasks, jsonCodec<TaskRecord>())
    this.#open = new Bucket(db, OPEN_PREFIX, jsonCodec<string>())
    this.#ended = new Bucket(db, ENDED_PREFIX, jsonCodec<string>())
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
      if (hasEnded(task)) await this.#ended.put(endedId(task), '', batch)
      await this.#putReputation(reputation, batch)
    }, settlement)
  }

  /**
   * Deletes the records of tasks that ended before `beforeMs` (Unix epoch ms,
   * by the terminal record's `updatedAtMs`), with their `meta/open/` and
   * `meta/ended/` keys, oldest first, in batches of {@link PRUNE_BATCH}.
   * Nothing the ledger or the chains need is touched: payment markers
   * (`meta/applied/pay/`), pending block entries, blocks, `proofs/`, nonces and
   * content uses (`pins/`, released by the content sweep once the record is
   * gone) stay. A record that is not terminal, or was written again after its
   * index entry (a later `updatedAtMs`), is kept; only the stale entry goes.
   * The first call on a database indexes the terminal records written before
   * the index existed (one scan of `tasks/`, then a marker key).
   *
   * @returns the ids of the records deleted
   */
  async pruneEnded (beforeMs: number, options: PruneEndedOptions = {}): Promise<string[]> {
    await this.#indexEndedOnce()
    const limit = options.limit ?? Infinity
    const pruned: string[] = []
    let batch = this.#db.batch()
    let staged = 0
    for await (const id of this.#ended.ids({ lt: `${padNumber(beforeMs)}/` })) {
      if (pruned.length >= limit) break
      const [endedAt, taskId] = [Number(id.slice(0, id.indexOf('/'))), id.slice(id.indexOf('/') + 1)]
      if (options.skip?.(taskId) === true) continue
      const task = await this.#tasks.get(taskId)
      if (task == null || !hasEnded(task) || task.updatedAtMs !== endedAt) {
        // a stale entry: the record is gone, not terminal, or ended again later (its own entry decides)
        await this.#ended.del(id, batch)
      } else {
        await this.#tasks.del(taskId, batch)
        await this.#open.del(taskId, batch)
        await this.#ended.del(id, batch)
        pruned.push(taskId)
      }
      if (++staged >= PRUNE_BATCH) {
        await batch.commit()
        batch = this.#db.batch()
        staged = 0
      }
    }
    await batch.commit()
    return pruned
  }

  /** Task records stored now (ended or not): one scan of `tasks/`. */
  async countTasks (): Promise<number> {
    let n = 0
    for await (const _ of this.#tasks.ids()) n++
    return n
  }

  async #indexEndedOnce (): Promise<void> {
    if (this.#endedIndexed || await this.#db.has(ENDED_INDEXED_KEY)) {
      this.#endedIndexed = true
      return
    }
    let batch = this.#db.batch()
    let staged = 0
    for await (const { value: task } of this.#tasks.entries()) {
      if (!hasEnded(task)) continue
      await this.#ended.put(endedId(task), '', batch)
      if (++staged >= PRUNE_BATCH) {
        await batch.commit()
        batch = this.#db.batch()
        staged = 0
      }
    }
    batch.put(ENDED_INDEXED_KEY, new TextEncoder().encode(new Date().toISOString()))
    await batch.commit()
    this.#endedIndexed = true
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

/** Id of `task`'s entry in the ended index: `{updatedAtMs:16}/{taskId}`. */
function endedId (task: TaskRecord): string {
  return `${padNumber(task.updatedAtMs)}/${task.id}`
}

/** True once `task` is in a terminal state (lifecycle-only states such as `verifying` never are). */
function hasEnded (task: TaskRecord): boolean {
  return isTerminalState(task.state as TaskStateName)
}
