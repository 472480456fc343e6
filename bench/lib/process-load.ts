/**
 * Load through real processes: a coordinator and workers, each a `bin/node`
 * process on 127.0.0.1 with its own temp data directory (the soak's
 * `NodeGroup`, test/multiprocess/node-process.ts), default config but for the
 * genesis that funds the test clients and local-only networking; clients in
 * this process keep many tasks in flight (`submitDetached`, then
 * `waitForResult`) for a fixed time or a fixed number of tasks, and every
 * result is checked: completed, verified by the coordinator, stdout as
 * expected. Memory of the processes is read from /proc (rss.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AileeClient, type TaskInput, type TaskResult } from '../../src/client/index.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { waitForLiveWorkers } from '../../test/multiprocess/cluster.ts'
import { auditCoordinator, type LedgerAudit } from '../../test/multiprocess/ledger-audit.ts'
import { TEST_CLIENT_KEYS, TEST_GENESIS } from '../../test/helpers/accounts.ts'
import { NodeGroup, type ExitInfo, type NodeProcess } from '../../test/multiprocess/node-process.ts'
import { readProcMemory, type ProcMemory } from './rss.ts'
import { summarize, type Summary } from './stats.ts'

/** Options of {@link startProcessCluster}. */
export interface ProcessClusterOptions {
  workers: number
  /** `worker.slots` of each worker; undefined: the config default */
  slots?: number
  /**
   * client connections, each with its own funded test key (so its own per-peer
   * limits); at most `TEST_KEY_COUNT`: two clients with one peer id would serve
   * each other's module fetches
   */
  clients: number
  /** time allowed for the workers to be seen alive, ms. @default 60000 */
  startTimeoutMs?: number
  /** checked after each start step: once aborted, what was started is stopped and removed and the start throws */
  signal?: AbortSignal
  log: (line: string) => void
}

/** Memory of every process of a cluster at one moment. */
export interface ClusterMemory {
  /** ms since the cluster started */
  atMs: number
  /** tasks that had ended through the cluster by then */
  tasksEnded: number
  coordinator: ProcMemory | null
  /** in the order of `ProcessCluster.workers` */
  workers: Array<ProcMemory | null>
}

/** A running cluster. */
export interface ProcessCluster {
  root: string
  coordinator: NodeProcess
  workers: NodeProcess[]
  clients: AileeClient[]
  /** the coordinator's `ledger.genesis` */
  genesis: Record<string, string>
  /** memory of each process now, tagged with `tasksEnded` */
  memory: (tasksEnded: number) => Promise<ClusterMemory>
  /**
   * Closes the clients, stops the workers and then the coordinator with
   * SIGTERM (SIGKILL after 30 s), and audits the coordinator's database
   * (test/multiprocess/ledger-audit.ts).
   */
  stopAndAudit: () => Promise<{ workerExits: ExitInfo[], coordinatorExit: ExitInfo, audit: LedgerAudit }>
  /** Kills whatever still runs and removes the data directories (unless `keep`). Idempotent. */
  close: (keep?: boolean) => Promise<void>
  /** log tails of every process, for a failure report */
  report: () => string
}

/**
 * Starts a coordinator, then the workers in parallel, connects the clients
 * and waits until the coordinator reports every worker alive.
 *
 * @throws Error when a process does not start or the workers are not seen in time, or `signal.reason` once `signal` is aborted (everything started is stopped and removed first)
 */
export async function startProcessCluster (options: ProcessClusterOptions): Promise<ProcessCluster> {
  if (options.clients > TEST_CLIENT_KEYS.length) throw new RangeError(`at most ${TEST_CLIENT_KEYS.length} clients (one funded test key each), got ${options.clients}`)
  const root = await mkdtemp(join(tmpdir(), 'ailee-bench-'))
  const group = new NodeGroup()
  const clients: AileeClient[] = []
  const started = performance.now()
  let closed = false
  const close = async (keep = false): Promise<void> => {
    if (closed) return
    closed = true
    await Promise.allSettled(clients.map(async c => { await c.close() }))
    await group.stopAll()
    if (!keep) await rm(root, { recursive: true, force: true })
    else options.log(`data kept in ${root}`)
  }
  try {
    const genesis = TEST_GENESIS
    const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'coordinator'), config: { ledger: { genesis } } })
    options.signal?.throwIfAborted()
    const workerConfig: NodeConfigInput = options.slots == null ? {} : { worker: { slots: options.slots } }
    const workers = await Promise.all(Array.from({ length: options.workers }, async (_, i) => await group.start({
      role: 'worker', dataDir: join(root, `worker-${i}`), bootstrap: [coordinator.addr], config: workerConfig
    })))
    options.signal?.throwIfAborted()
    for (let i = 0; i < options.clients; i++) {
      clients.push(await AileeClient.connect(coordinator.addr, { privateKey: TEST_CLIENT_KEYS[i] }))
    }
    await waitForLiveWorkers(clients[0], options.workers, options.startTimeoutMs ?? 60_000)
    options.signal?.throwIfAborted()
    return {
      root,
      coordinator,
      workers,
      clients,
      genesis,
      memory: async (tasksEnded) => ({
        atMs: Math.round(performance.now() - started),
        tasksEnded,
        coordinator: (await readProcMemory(coordinator.pid)) ?? null,
        workers: await Promise.all(workers.map(async w => (await readProcMemory(w.pid)) ?? null))
      }),
      stopAndAudit: async () => {
        await Promise.allSettled(clients.map(async c => { await c.close() }))
        const workerExits = await Promise.all(workers.map(async w => await w.stop('SIGTERM')))
        const coordinatorExit = await coordinator.stop('SIGTERM')
        const audit = await auditCoordinator(coordinator.options.dataDir, coordinator.peerId, genesis)
        return { workerExits, coordinatorExit, audit }
      },
      close,
      report: () => group.report()
    }
  } catch (err) {
    options.log(`cluster start failed: ${(err as Error).message}\n${group.report()}`)
    await close()
    throw err
  }
}

/** Options of {@link runLoad}. */
export interface LoadOptions {
  clients: AileeClient[]
  /** what each task runs; `verify` chooses the verification policy */
  input: TaskInput
  /** stdout every completed task must have */
  expectedStdout: Uint8Array
  /** tasks kept in flight (each a `submitDetached` then a `waitForResult`) */
  inFlight: number
  /** stop starting tasks after this long, ms */
  durationMs?: number
  /** stop starting tasks after this many */
  tasks?: number
  /** after the last start, how long tasks still in flight may take to end, ms; later they count as lost (and are cancelled) */
  drainTimeoutMs: number
  /** stops starting tasks and ends every wait (the bench's watchdog) */
  signal?: AbortSignal
  /** called with each task that ended, in any way */
  onEnded?: () => void
  log: (line: string) => void
}

/** What {@link runLoad} saw. Counts are tasks. */
export interface LoadResult {
  /** submissions attempted */
  submitted: number
  /** submissions the coordinator accepted (it returned a task id) */
  accepted: number
  /** submissions refused or failed; the first few errors in `errors` */
  notAccepted: number
  /** ended completed, verified by the coordinator, with the expected stdout */
  completed: number
  /** of those, ended within the measured window (up to the deadline; with `tasks` only, up to the last start) */
  completedInWindow: number
  /** ended `completed` but not marked verified */
  unverified: number
  /** ended `completed` and verified but with other stdout */
  wrongOutput: number
  /** ended in another terminal state (failed, timed_out, rejected, ...) */
  endedOtherwise: number
  /** accepted but never followed to an end (the follow failed, or the drain time ran out) */
  lost: number
  /** the first few of every kind of failure */
  errors: string[]
  /** client-side latency (submit to result) of the completed tasks; null when none completed */
  latency: Summary | null
  /** coordinator's queued time (submit to first assignment) of the completed tasks, ms; null when none */
  queued: Summary | null
  /** the measured window: from the first start to the deadline (with `tasks` only: to the last start, or sooner when stopped), ms */
  windowMs: number
  /** from the first start to the last end, ms */
  wallMs: number
  /** completedInWindow per second of `windowMs` */
  throughputPerS: number
  /** completed per second of `wallMs` (the drain included) */
  sustainedPerS: number
  /** accepted task ids */
  taskIds: string[]
  /** completed tasks: worker and price, for the ledger audit */
  results: Map<string, Pick<TaskResult, 'worker' | 'price' | 'replicas'>>
}

const MAX_ERRORS = 8

/**
 * Keeps `inFlight` tasks going from `clients` (round robin) until `durationMs`
 * has passed or `tasks` were started (whichever comes first; at least one of
 * them must be given), then waits up to `drainTimeoutMs` for the rest.
 *
 * @throws RangeError when neither `durationMs` nor `tasks` is given
 */
export async function runLoad (options: LoadOptions): Promise<LoadResult> {
  if (options.durationMs == null && options.tasks == null) throw new RangeError('runLoad needs durationMs or tasks')
  const r: LoadResult = {
    submitted: 0, accepted: 0, notAccepted: 0, completed: 0, completedInWindow: 0, unverified: 0, wrongOutput: 0,
    endedOtherwise: 0, lost: 0, errors: [], latency: null, queued: null, windowMs: 0, wallMs: 0, throughputPerS: 0,
    sustainedPerS: 0, taskIds: [], results: new Map()
  }
  const latencies: number[] = []
  const queued: number[] = []
  const start = performance.now()
  const deadline = options.durationMs == null ? Number.POSITIVE_INFINITY : start + options.durationMs
  // the window: up to the deadline when there is one, else up to the last start
  let windowEnd: number | undefined = options.durationMs == null ? undefined : deadline
  let lastEnd = start
  const error = (line: string): void => { if (r.errors.length < MAX_ERRORS) r.errors.push(line) }
  const more = (): boolean => {
    const ok = options.signal?.aborted !== true && performance.now() < deadline && r.submitted < (options.tasks ?? Number.POSITIVE_INFINITY)
    if (ok && r.submitted + 1 === options.tasks) windowEnd = performance.now() // the last start
    return ok
  }
  const drainEnd = (): number => (windowEnd ?? Number.POSITIVE_INFINITY) + options.drainTimeoutMs
  let next = 0
  const loop = async (): Promise<void> => {
    while (more()) {
      const client = options.clients[next++ % options.clients.length]
      r.submitted++
      const t0 = performance.now()
      let taskId: string
      try {
        taskId = await client.submitDetached({ ...options.input, signal: options.signal })
      } catch (err) {
        r.notAccepted++
        error(`submit: ${(err as Error).message}`)
        await new Promise(resolve => setTimeout(resolve, 100)) // do not spin on a refusal
        continue
      }
      r.accepted++
      r.taskIds.push(taskId)
      try {
        // the drain ends drainTimeoutMs after the window (unknown before the last start of a count-limited load: no limit then but the signal)
        const follow = drainEnd() - performance.now()
        const result = await client.waitForResult(taskId, { deadlineMs: Number.isFinite(follow) ? Math.max(1000, Math.round(follow)) : undefined, signal: options.signal })
        const t1 = performance.now()
        lastEnd = Math.max(lastEnd, t1)
        if (result.status !== 'completed') {
          r.endedOtherwise++
          error(`task ${taskId} ended ${result.status}: ${result.reason}`)
        } else if (!result.verified) {
          r.unverified++
          error(`task ${taskId} completed but not verified`)
        } else if (!bytesEqual(result.stdout, options.expectedStdout)) {
          r.wrongOutput++
          error(`task ${taskId} output ${JSON.stringify(new TextDecoder().decode(result.stdout.subarray(0, 64)))}`)
        } else {
          r.completed++
          if (windowEnd == null || t1 <= windowEnd) r.completedInWindow++
          latencies.push(t1 - t0)
          queued.push(result.timings.queuedMs)
          r.results.set(taskId, { worker: result.worker, price: result.price, replicas: result.replicas })
        }
      } catch (err) {
        r.lost++
        error(`task ${taskId} not followed to its end: ${(err as Error).message}`)
        await client.cancel(taskId, 'bench: drain time ran out', { signal: AbortSignal.timeout(5000) }).catch(() => {})
      } finally {
        options.onEnded?.()
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.inFlight) }, loop))
  windowEnd = Math.min(windowEnd ?? performance.now(), performance.now())
  r.windowMs = Math.round(windowEnd - start)
  r.wallMs = Math.round(lastEnd - start)
  r.throughputPerS = round(r.completedInWindow / Math.max(0.001, r.windowMs / 1000))
  r.sustainedPerS = round(r.completed / Math.max(0.001, r.wallMs / 1000))
  if (latencies.length > 0) {
    r.latency = summarize(latencies, r.wallMs)
    r.queued = summarize(queued, r.wallMs)
  }
  return r
}

/** True when the load lost nothing and every accepted task completed verified with the right output. */
export function loadClean (r: LoadResult): boolean {
  return r.accepted > 0 && r.completed === r.accepted && r.notAccepted === 0 && r.lost === 0 &&
    r.unverified === 0 && r.wrongOutput === 0 && r.endedOtherwise === 0
}

function bytesEqual (a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i])
}

function round (x: number): number {
  return Math.round(x * 100) / 100
}
