/**
 * Pruning of ended task records (issue 10, "disks stop growing"): a
 * coordinator deletes the record of a task that ended more than
 * `coordinator.taskRetentionMs` ago, with its per-task index keys
 * ({@link RocksTaskStore.pruneEnded}). It runs at the start of every content
 * collection (`content.gc.intervalMs`, and `bin/node gc`), so the content of a
 * pruned task is released by the same collection's sweep
 * (src/coordinator/content-retention.ts releases the uses of a task without a
 * record).
 *
 * What stays after a record is pruned: the chain (blocks, `proofs/`), the
 * ledger and its payment markers (`meta/applied/pay/{taskId}`: a task is paid
 * at most once), the nonces of signed submissions (replay protection does not
 * read task records; a replayed submission is refused until its nonce
 * expires, and a stale one after that). A status, follow, result, proof or
 * cancel request for a pruned task is answered NOT_FOUND with
 * {@link unknownTaskReason}; a late result for it is refused as unknown and
 * credits nothing.
 */
import type { Logger } from 'pino'
import type { PruneEndedOptions } from './rocks-task-store.ts'

/** What a {@link TaskPruner} works with. */
export interface TaskPrunerInit {
  /** The task store (`RocksTaskStore`). */
  store: { pruneEnded: (beforeMs: number, options?: PruneEndedOptions) => Promise<string[]> }
  /** `coordinator.taskRetentionMs`: how long an ended task's record is kept, ms (0: pruned at the next run). */
  retentionMs: number
  /** True while a task is live in memory (open in the orchestrator, or being admitted): never pruned. @default never */
  isLive?: (taskId: string) => boolean
  /** Most records deleted per run; the rest wait for the next run. @default 100000 */
  maxPerRun?: number
  /** Unix epoch ms. @default Date.now */
  now?: () => number
  log?: Logger
}

/** Deletes ended task records past their retention (see the module comment). */
export class TaskPruner {
  readonly #init: TaskPrunerInit
  readonly #now: () => number

  constructor (init: TaskPrunerInit) {
    if (!Number.isSafeInteger(init.retentionMs) || init.retentionMs < 0) throw new RangeError(`task retention must be a non-negative integer of ms, got ${init.retentionMs}`)
    this.#init = init
    this.#now = init.now ?? Date.now
  }

  /**
   * Deletes the records of tasks that ended at or before `now - retentionMs`
   * (strictly before `now - retentionMs + 1`) and are not live.
   *
   * @returns the ids of the records deleted
   */
  async prune (): Promise<string[]> {
    const { store, retentionMs, isLive, maxPerRun = 100_000, log } = this.#init
    const beforeMs = this.#now() - retentionMs + 1
    if (beforeMs <= 0) return []
    const pruned = await store.pruneEnded(beforeMs, { skip: isLive, limit: maxPerRun })
    if (pruned.length > 0) log?.debug({ pruned: pruned.length, retentionMs }, 'ended task records pruned')
    return pruned
  }
}

/**
 * The reason given for a task id this coordinator holds no record of: never
 * submitted here, or ended and pruned.
 *
 * @param retentionMs `coordinator.taskRetentionMs`
 */
export function unknownTaskReason (taskId: string, retentionMs: number): string {
  return `unknown task ${taskId}: this coordinator holds no record of it (never submitted here, or it ended more than ${retentionMs} ms ago and its record was pruned, coordinator.taskRetentionMs)`
}
