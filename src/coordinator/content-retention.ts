/**
 * The content lifecycle of a coordinator (docs/maintenance.md, "Content
 * retention and garbage collection"): every pin is counted per use, and
 * content is unpinned when its last use is released, then collected.
 *
 * A use is one reason to keep a CID: `task/{taskId}/module`,
 * `task/{taskId}/input` or `task/{taskId}/output`, stored as
 * `pins/{CID v1}/{use}` → `{ heldAtMs }` in the state database before the
 * content is pinned. A {@link ContentRetention.sweep} releases a use when
 *
 * - its task is live nowhere (not open in the orchestrator, holding no pin
 *   quota, i.e. not being admitted) and its stored record is terminal, and
 *   `content.retention.inputsMs` (module, input) or `outputsMs` (output) has
 *   passed since the record's last update (the task's end); or
 * - its task has no record and is live nowhere (an admission that failed).
 *
 * A use whose task record is not terminal is never released: content a queued
 * or running task needs is never collected. When a CID has no use left it is
 * unpinned (8 at once); so is a pin root with no use at all (content pinned by
 * a version before use counting, or left by a crash between a use's release
 * and its unpin), found by the first sweep of each process, which goes
 * through every pin root: later sweeps look only at the CIDs they released
 * and at unpins that failed before. {@link ContentRetention.collect} prunes
 * ended task records first (`pruneTasks`), then sweeps, then deletes every
 * block no pin holds (Helia's garbage collection).
 *
 * Holds of one CID and the sweep's unpinning of that CID run one at a time
 * (a queue per CID; the unpin re-reads the CID's uses first), so a sweep never
 * unpins content a concurrent hold just counted, while holds of different
 * CIDs (a slow pin fetching from a hostile client, say) never wait for each
 * other. Sweeps run one at a time.
 *
 * Garbage collection excludes holds (a read-write lock: holds, and the add of
 * {@link ContentRetention.storeAndHold} with its hold, share it; collection
 * takes it alone). Without it a collection deleted a block between an add and
 * its pin, or between the pin's "is the block here" and its read; the pin
 * then failed, and Helia's graph walker left a rejection nobody handled,
 * which ended the process (seen in the soak with retention 0 and collection
 * every 2 s). A collection waits for the holds in progress (a pin fetching
 * from a slow client: at most its timeout, `ContentStore.pin`), and holds
 * that come meanwhile wait for the collection.
 */
import PQueue from 'p-queue'
import type { CID } from 'multiformats/cid'
import { z } from 'zod'
import type { Logger } from 'pino'
import { Prefix, jsonCodec } from '../storage/index.ts'
import { Bucket } from '../storage/index.ts'
import type { StateDb } from '../storage/index.ts'
import type { ContentStore } from '../content/content-store.ts'
import { isTerminalState } from '../protocol/task-states.ts'
import { cidKey } from './pin-quota.ts'
import { KeyedSerialQueue } from '../concurrency/keyed-serial-queue.ts'
import { ReadWriteLock } from '../concurrency/read-write-lock.ts'
import { visibleState, type TaskRecord } from './task-record.ts'

/** Unpins a sweep runs at once. */
const UNPIN_CONCURRENCY = 8

/** What a task uses content for. */
export type TaskContentUse = 'module' | 'input' | 'output'

/** The use id of `taskId`'s `kind` content: `task/{taskId}/{kind}`. */
export function taskUse (taskId: string, kind: TaskContentUse): string {
  return `task/${taskId}/${kind}`
}

/** `task/{taskId}/{kind}` → its parts, or undefined for another form. */
function parseUse (use: string): { taskId: string, kind: TaskContentUse } | undefined {
  const m = /^task\/(.+)\/(module|input|output)$/.exec(use)
  return m == null ? undefined : { taskId: m[1], kind: m[2] as TaskContentUse }
}

const useSchema = z.object({ heldAtMs: z.number().int().nonnegative() })

/** How long a terminal task's content is kept (config `content.retention`), ms. */
export interface RetentionPolicy {
  inputsMs: number
  outputsMs: number
}

/** What a {@link ContentRetention} works with. */
export interface ContentRetentionInit {
  db: StateDb
  content: Pick<ContentStore, 'add' | 'pin' | 'unpin' | 'gc' | 'pinned'>
  /** The stored task records (`RocksTaskStore.getTask`). */
  tasks: { getTask: (taskId: string) => Promise<TaskRecord | undefined> }
  retention: RetentionPolicy
  /** True while a task is live in memory (open in the orchestrator, or holding pin quota while admitted). @default never */
  isLive?: (taskId: string) => boolean
  /**
   * Runs first in every {@link ContentRetention.collect}, before its sweep (the coordinator's
   * `TaskPruner.prune`, src/coordinator/task-pruning.ts): the content of the task records it
   * deletes is released by the same collection. Returns how many records it deleted.
   * @default none
   */
  pruneTasks?: () => Promise<number>
  /** Unix epoch ms. @default Date.now */
  now?: () => number
  log?: Logger
}

/** Outcome of a {@link ContentRetention.sweep}. */
export interface SweepResult {
  /** Uses released. */
  released: number
  /** Uses kept (live task, or retention not passed). */
  kept: number
  /** CIDs unpinned (no use left, or pinned without any use). */
  unpinned: string[]
}

/** Outcome of a {@link ContentRetention.collect}. */
export interface CollectResult extends SweepResult {
  /** Ended task records deleted first (`pruneTasks`). */
  prunedTasks: number
}

/** Pins counted per use, released after retention, and garbage collection (see the module comment). */
export class ContentRetention {
  readonly #init: ContentRetentionInit
  readonly #uses: Bucket<z.infer<typeof useSchema>>
  /** Sweeps (and collections), one at a time. */
  readonly #queue = new PQueue({ concurrency: 1 })
  /** Holds and unpins of one CID, one at a time. */
  readonly #perCid = new KeyedSerialQueue()
  /** Holds (shared) against garbage collection (alone). */
  readonly #gcLock = new ReadWriteLock()
  readonly #now: () => number
  /** CIDs whose unpin failed: tried again by the next sweep. */
  readonly #unpinLater = new Set<string>()
  /** True once a sweep of this process went through every pin root (later sweeps look only at released CIDs). */
  #rootsScanned = false
  #timer: ReturnType<typeof setInterval> | undefined
  #running: Promise<unknown> | undefined

  constructor (init: ContentRetentionInit) {
    this.#init = init
    this.#uses = new Bucket(init.db, Prefix.pins, jsonCodec(useSchema))
    this.#now = init.now ?? Date.now
  }

  /**
   * Counts one `use` of `cid` (stored first) and pins the content (fetching
   * missing blocks as `ContentStore.pin` does). Holding the same use twice counts it once.
   *
   * @throws whatever `ContentStore.pin` throws (the use stays recorded; a sweep releases it with its task)
   */
  async hold (cid: string, use: string): Promise<void> {
    await this.#gcLock.read(async () => { await this.#hold(cid, use) })
  }

  async #hold (cid: string, use: string): Promise<void> {
    await this.#perCid.run(cidKey(cid), async () => {
      await this.#uses.put(`${cidKey(cid)}/${use}`, { heldAtMs: this.#now() })
      await this.#init.content.pin(cid)
    })
  }

  /** Adds `bytes` to the content store and holds the result for `use`, as one step. Returns the CID. */
  async storeAndHold (bytes: Uint8Array, use: string): Promise<CID> {
    return await this.#gcLock.read(async () => {
      const cid = await this.#init.content.add(bytes)
      await this.#hold(cid.toString(), use)
      return cid
    })
  }

  /** The uses counted for `cid` now. */
  async uses (cid: string): Promise<string[]> {
    const uses: string[] = []
    const prefix = `${cidKey(cid)}/`
    for await (const id of this.#uses.ids({ prefix })) uses.push(id.slice(prefix.length))
    return uses
  }

  /**
   * Releases the uses whose task ended and whose retention passed, unpins
   * the CIDs left without a use (and, in the first sweep of the process, pin roots without one). Blocks
   * are not deleted here; see {@link collect}.
   */
  async sweep (): Promise<SweepResult> {
    return await this.#queue.add(async () => await this.#sweep())
  }

  /**
   * `pruneTasks` (if given), {@link sweep}, then Helia's garbage collection:
   * every block no pin holds is deleted. Logs what it did and how long each
   * step took (ms, wall clock).
   */
  async collect (): Promise<CollectResult> {
    return await this.#queue.add(async () => {
      const startedMs = Date.now()
      const prunedTasks = await this.#init.pruneTasks?.() ?? 0
      const prunedMs = Date.now()
      const result = await this.#sweep()
      const sweptMs = Date.now()
      await this.#gcLock.write(async () => { await this.#init.content.gc() })
      this.#init.log?.info({
        prunedTasks, released: result.released, kept: result.kept, unpinned: result.unpinned.length,
        pruneMs: prunedMs - startedMs, sweepMs: sweptMs - prunedMs, gcMs: Date.now() - sweptMs
      }, 'content collected')
      return { ...result, prunedTasks }
    })
  }

  /**
   * Runs `work` with no sweep or collection running (queued behind them, one at a time): a backup
   * copies the blockstore in it, so no block a copied pin names is deleted meanwhile.
   */
  async exclusive<T> (work: () => Promise<T>): Promise<T> {
    return await this.#queue.add(work) as T
  }

  /** Runs {@link collect} every `intervalMs` (0: never); a run still going skips a tick; errors are logged. */
  start (intervalMs: number): void {
    if (intervalMs <= 0 || this.#timer != null) return
    this.#timer = setInterval(() => {
      if (this.#running != null) return
      this.#running = this.collect()
        .catch(err => { this.#init.log?.error({ err }, 'content collection failed') })
        .finally(() => { this.#running = undefined })
    }, intervalMs)
    this.#timer.unref?.()
  }

  /** Stops the timer and waits for a run in flight. */
  async stop (): Promise<void> {
    clearInterval(this.#timer)
    this.#timer = undefined
    await this.#running
    await this.#queue.onIdle()
    await this.#perCid.idle()
  }

  async #sweep (): Promise<SweepResult> {
    const now = this.#now()
    const { retention, tasks, isLive } = this.#init
    const batch = this.#init.db.batch()
    const remaining = new Map<string, number>()
    const records = new Map<string, TaskRecord | undefined>()
    let released = 0
    let kept = 0
    for await (const id of this.#uses.ids()) {
      const slash = id.indexOf('/')
      const cid = id.slice(0, slash)
      const use = parseUse(id.slice(slash + 1))
      remaining.set(cid, remaining.get(cid) ?? 0)
      let release = false
      if (use != null && isLive?.(use.taskId) !== true) {
        if (!records.has(use.taskId)) records.set(use.taskId, await tasks.getTask(use.taskId))
        const task = records.get(use.taskId)
        if (task == null) release = true
        else if (isTerminalState(visibleState(task.state))) {
          release = now >= task.updatedAtMs + (use.kind === 'output' ? retention.outputsMs : retention.inputsMs)
        }
      }
      // a use of a form this version does not know (use == null) is kept
      if (release) {
        await this.#uses.del(id, batch)
        released++
      } else {
        remaining.set(cid, (remaining.get(cid) ?? 0) + 1)
        kept++
      }
    }
    await batch.commit()
    // candidates: CIDs that lost their last use now, unpins that failed before, and (first sweep
    // of the process) every pin root, for roots pinned without a use or left by a crash
    const candidates = new Set<string>(this.#unpinLater)
    for (const [cid, count] of remaining) if (count === 0) candidates.add(cid)
    if (!this.#rootsScanned) {
      for await (const cid of this.#init.content.pinned()) {
        const key = cidKey(cid.toString())
        if ((remaining.get(key) ?? 0) === 0) candidates.add(key)
      }
    }
    const unpinned: string[] = []
    // UNPIN_CONCURRENCY at once: the unpins of different raw CIDs do not wait for each other (ContentStore)
    const unpins = new PQueue({ concurrency: UNPIN_CONCURRENCY })
    const done = await Promise.allSettled([...candidates].map(async key => await unpins.add(async () => {
      // behind the CID's holds, and only if no use was counted since the scan
      await this.#perCid.run(key, async () => {
        this.#unpinLater.delete(key)
        for await (const _ of this.#uses.ids({ prefix: `${key}/`, limit: 1 })) return
        try {
          await this.#init.content.unpin(key)
        } catch (err) {
          this.#unpinLater.add(key)
          throw err
        }
        unpinned.push(key)
      })
    })))
    const failed = done.find(outcome => outcome.status === 'rejected')
    if (failed != null) throw failed.reason
    this.#rootsScanned = true
    return { released, kept, unpinned }
  }
}
