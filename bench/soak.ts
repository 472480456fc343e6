/**
 * Soak benchmark: `--tasks` tasks (trivial.wasm) through one coordinator and
 * `--workers` workers, each a separate `bin/node` process on 127.0.0.1, while
 * workers are SIGKILLed and restarted on the same data directory at random
 * (bench/lib/chaos.ts).
 *
 * Clients submit detached (`submitDetached`) with at most `--in-flight` tasks
 * outstanding and follow each task to its end (`waitForResult`). At the end
 * every node is stopped gracefully (SIGTERM) and the coordinator's RocksDB is
 * audited (test/multiprocess/ledger-audit.ts): each task id sealed at most
 * once, each worker's balance equal to the sum of its sealed prices.
 *
 * The raw baseline (runInSandbox in this process, bench/lib/baseline.ts) runs
 * first, in the same process, with as many runs in flight as the swarm has
 * slots; the table gives the soak's figures beside it, with ratios.
 *
 * Disk: every node's data directory (state database, blockstore, datastore;
 * bench/lib/data-dir-usage.ts) is measured once the workers are up, every
 * progress tick, after the tasks (and, with `--gc-interval-ms`, two
 * collection intervals later), and after the nodes stopped. The report gives
 * each part before and after, and its growth in bytes per task (least-squares
 * slope over the second half of the samples). `--retention-ms 0
 * --gc-interval-ms 2000` sets `content.retention.inputsMs/outputsMs`,
 * `coordinator.taskRetentionMs` (ended task records; `--task-retention-ms`
 * sets it apart) and `content.gc.intervalMs` on every node, for issue 10's
 * "sizes stay flat". With a task retention of 0, a client whose follow stream
 * broke and that follows again after the next collection finds its task
 * pruned (counted lost): seen with kills, so a kill run wants some seconds.
 * Memory: the resident set (VmRSS, bench/lib/rss.ts) of the coordinator and
 * of every worker process is read at the same ticks; the report gives each at
 * the start and at the end and its growth in MiB per hour (least-squares slope
 * over the second half of the samples, by wall clock), for issue 9's "growth
 * over a one-hour soak". A killed worker's new process starts over, so worker
 * growth is only meaningful with `--kill-every-ms 0`. `--heap` also reads, at
 * the same ticks, each node's main-thread V8 heap in use and its external
 * memory and RocksDB's memory for its state database from its /metrics
 * (`ailee_state_db_memory_bytes`, `nodejs_heap_size_used_bytes`,
 * `nodejs_external_memory_bytes`) and reports them the same way: RSS growing
 * while these stay flat is native memory or the sandbox threads' heaps
 * (docs/scaling.md, "Memory under load", says how to tell those apart).
 *
 * `--duration-s S` stops submitting after S seconds (then `--tasks` is only
 * an upper bound), for a soak of fixed length.
 *
 * `--kill-every-ms 0` runs without kills. `--coordinator-log-level info`
 * logs each collection (`content collected`: records pruned, uses released,
 * CIDs unpinned, ms per step) to the coordinator's log (kept with `--keep-dirs`).
 *
 *     node bench/soak.ts --tasks 2000 --workers 4 --in-flight 32 --kill-every-ms 4000 --down-ms 2000 --seed 1
 *     node bench/soak.ts --tasks 3000 --kill-every-ms 0 --retention-ms 0 --gc-interval-ms 2000 --baseline-iterations 50
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AileeClient, type TaskResult } from '../src/client/index.ts'
import { releaseSandboxThreads } from '../src/runtime/index.ts'
import { waitForLiveWorkers } from '../test/multiprocess/cluster.ts'
import { auditCoordinator } from '../test/multiprocess/ledger-audit.ts'
import { TEST_CLIENT_KEYS, TEST_GENESIS } from '../test/helpers/accounts.ts'
import { NodeGroup } from '../test/multiprocess/node-process.ts'
import { measureBaseline } from './lib/baseline.ts'
import { startChaos } from './lib/chaos.ts'
import { closedLoop } from './lib/load.ts'
import { dataDirUsage, slope, type DataDirUsage, type UsageSample } from './lib/data-dir-usage.ts'
import { memoryReport, sampleHeap, sampleMemory, type MemorySample } from './lib/soak-memory.ts'
import { environment, RESULTS_DIR, table, writeResults } from './lib/report.ts'
import { ratio, summarize } from './lib/stats.ts'

const { values: opts } = parseArgs({
  options: {
    tasks: { type: 'string', default: '2000' },
    workers: { type: 'string', default: '4' },
    'duration-s': { type: 'string', default: '0' },
    slots: { type: 'string', default: '2' },
    'in-flight': { type: 'string', default: '32' },
    clients: { type: 'string', default: '4' },
    'kill-every-ms': { type: 'string', default: '4000' },
    'down-ms': { type: 'string', default: '2000' },
    'max-down': { type: 'string', default: '2' },
    'baseline-iterations': { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    // unset: the nodes' defaults (config/default.yaml)
    'retention-ms': { type: 'string' },
    'gc-interval-ms': { type: 'string' },
    // unset: --retention-ms
    'task-retention-ms': { type: 'string' },
    'keep-dirs': { type: 'boolean', default: false },
    // also sample each node's main-thread heap from its /metrics
    heap: { type: 'boolean', default: false },
    // the coordinator's --log-level (its log: <data dir>.log, kept with --keep-dirs)
    'coordinator-log-level': { type: 'string', default: 'warn' }
  }
})
const n = (name: keyof typeof opts): number => {
  const v = Number(opts[name])
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer, got ${String(opts[name])}`)
  return v
}
const P = {
  tasks: n('tasks'), workers: n('workers'), slots: n('slots'), inFlight: n('in-flight'), clients: n('clients'),
  durationS: n('duration-s'), killEveryMs: n('kill-every-ms'), downMs: n('down-ms'), maxDown: n('max-down'), baselineIterations: n('baseline-iterations'), seed: n('seed')
}
const optional = (name: 'retention-ms' | 'gc-interval-ms' | 'task-retention-ms'): number | undefined => opts[name] == null ? undefined : n(name)
const retentionMs = optional('retention-ms')
const taskRetentionMs = optional('task-retention-ms') ?? retentionMs
const gcIntervalMs = optional('gc-interval-ms')
const contentConfig = {
  ...(retentionMs != null ? { retention: { inputsMs: retentionMs, outputsMs: retentionMs } } : {}),
  ...(gcIntervalMs != null ? { gc: { intervalMs: gcIntervalMs } } : {})
}
const log = (line: string): void => { process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`) }
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const env = environment()
// clients pay with the genesis-funded test keys (test/helpers/accounts.ts)
const genesis = TEST_GENESIS

log(`baseline: runInSandbox x ${P.baselineIterations}, sequential then ${P.workers * P.slots} in flight`)
const baseline = await measureBaseline({ module: wasm, iterations: P.baselineIterations, concurrency: P.workers * P.slots })
await releaseSandboxThreads()

const root = await mkdtemp(join(tmpdir(), 'ailee-soak-'))
const group = new NodeGroup()
const clients: AileeClient[] = []
let exitCode = 1
try {
  const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'coordinator'), logLevel: opts['coordinator-log-level'], config: { ledger: { genesis }, content: contentConfig, ...(taskRetentionMs != null ? { coordinator: { taskRetentionMs } } : {}) } })
  log(`coordinator ${coordinator.peerId} at ${coordinator.addr}`)
  const workers = await Promise.all(Array.from({ length: P.workers }, async (_, i) => await group.start({
    role: 'worker', dataDir: join(root, `worker-${i}`), bootstrap: [coordinator.addr], config: { worker: { slots: P.slots }, content: contentConfig }
  })))
  for (let i = 0; i < P.clients; i++) clients.push(await AileeClient.connect(coordinator.addr, { privateKey: TEST_CLIENT_KEYS[i % TEST_CLIENT_KEYS.length] }))
  await waitForLiveWorkers(clients[0], P.workers)
  const dirs: Record<string, string> = { coordinator: coordinator.options.dataDir }
  workers.forEach((w, i) => { dirs[`worker-${i}`] = w.options.dataDir })
  const measure = async (tasksEnded: number): Promise<UsageSample> => {
    const nodes: Record<string, DataDirUsage> = {}
    for (const [name, dir] of Object.entries(dirs)) nodes[name] = await dataDirUsage(dir)
    return { tasksEnded, nodes }
  }
  const samples: UsageSample[] = [await measure(0)]
  const startedAtMs = Date.now()
  const memory: MemorySample[] = []
  const sampleRss = async (tasksEnded: number): Promise<void> => {
    const sample = await sampleMemory(Date.now() - startedAtMs, tasksEnded, { coordinator: coordinator.pid, ...Object.fromEntries(chaos.workers.map((w, i) => [`worker-${i}`, w.pid])) })
    if (opts.heap === true) Object.assign(sample, await sampleHeap({ coordinator: coordinator.info.metricsUrl, ...Object.fromEntries(chaos.workers.map((w, i) => [`worker-${i}`, w.info.metricsUrl])) }))
    memory.push(sample)
  }
  log(`${P.workers} workers alive; submitting ${P.durationS > 0 ? `for ${P.durationS} s (at most ${P.tasks} tasks)` : `${P.tasks} tasks`}, ${P.inFlight} in flight, from ${P.clients} clients`)

  const chaos = P.killEveryMs > 0
    ? startChaos({ group, workers, killEveryMs: P.killEveryMs, downMs: P.downMs, maxDown: P.maxDown, seed: P.seed, log })
    : { kills: [], workers, stop: async () => {} }
  let finished = 0
  const accepted: string[] = []
  let sampling: Promise<void> = sampleRss(0)
  const progress = setInterval(() => {
    log(`${finished}/${P.durationS > 0 ? `(${P.durationS} s)` : P.tasks} ended, ${chaos.kills.length} kills`)
    const ended = finished
    sampling = sampling.then(async () => { samples.push(await measure(ended)); await sampleRss(ended) }, () => {})
  }, 10_000)
  const run = await closedLoop(P.tasks, P.inFlight, async i => {
    const client = clients[i % clients.length]
    const taskId = await client.submitDetached({ wasm })
    accepted.push(taskId)
    try {
      return await client.waitForResult(taskId, { deadlineMs: 15 * 60_000 })
    } catch (err) {
      throw Object.assign(new Error(`task ${taskId} not followed to its end: ${(err as Error).message}`), { taskId })
    } finally {
      finished++
    }
  }, P.durationS > 0 ? { stopAfterMs: P.durationS * 1000 } : {})
  // with --duration-s, the tasks submitted are those started before it passed
  const submitted = run.started
  clearInterval(progress)
  await sampling
  await sampleRss(finished)
  await chaos.stop()
  samples.push(await measure(finished))
  if (gcIntervalMs != null && gcIntervalMs > 0) {
    // the last tasks' content is released at the next collection after their retention
    await new Promise(resolve => setTimeout(resolve, 2 * gcIntervalMs + (retentionMs ?? 0) + 1000))
    samples.push(await measure(finished))
  }
  log(`all tasks ended after ${Math.round(run.wallMs)} ms; ${chaos.kills.length} kills; stopping the nodes`)
  await Promise.allSettled(clients.map(async c => { await c.close() }))
  const workerExits = await Promise.all(chaos.workers.map(async w => await w.stop('SIGTERM')))
  const coordinatorExit = await coordinator.stop('SIGTERM')
  const stopped = await measure(finished)
  const audit = await auditCoordinator(coordinator.options.dataDir, coordinator.peerId, genesis)

  const results: TaskResult[] = run.values
  const completed = results.filter(r => r.status === 'completed' && r.verified)
  const notCompleted = results.filter(r => !(r.status === 'completed' && r.verified))
  const lost = run.errors.filter(e => accepted.includes((e.error as { taskId?: string }).taskId ?? ''))
  const notAccepted = run.errors.length - lost.length
  const sealedMismatch = completed.filter(r => {
    const s = audit.sealed.get(r.taskId)
    return s == null || s.worker !== r.worker || s.price !== r.price
  })
  const phantom = [...audit.sealed.keys()].filter(id => !accepted.includes(id))
  const retried = results.filter(r => r.attempts >= 2).length
  const soak = summarize(completed.length > 0 ? run.latenciesMs : [0], run.wallMs)
  // where the time went, on the coordinator's clock: submit to first assignment, and in the sandbox
  const queued = summarize(completed.length > 0 ? completed.map(r => r.timings.queuedMs) : [0], run.wallMs)
  const executed = summarize(completed.length > 0 ? completed.map(r => r.timings.executionMs) : [0], run.wallMs)
  const soakThroughput = Math.round((completed.length / (run.wallMs / 1000)) * 100) / 100
  const bc = baseline.concurrent
  const rows: Array<Array<string | number>> = [
    ['series', 'n', 'p50 ms', 'p99 ms', 'tasks/s'],
    ['baseline, sequential', baseline.sequential.n, baseline.sequential.p50Ms, baseline.sequential.p99Ms, baseline.sequential.throughputPerS],
    [`baseline, ${bc.concurrency} in flight`, bc.n, bc.p50Ms, bc.p99Ms, bc.throughputPerS],
    [`soak, ${P.inFlight} in flight${P.killEveryMs > 0 ? ', kills' : ''}`, completed.length, soak.p50Ms, soak.p99Ms, soakThroughput],
    ['  of which queued (coordinator)', '', queued.p50Ms, queued.p99Ms, ''],
    ['  of which in the sandbox', '', executed.p50Ms, executed.p99Ms, ''],
    ['ratio soak/baseline (in flight)', '', ratio(soak.p50Ms, bc.p50Ms), ratio(soak.p99Ms, bc.p99Ms), ratio(soakThroughput, bc.throughputPerS)]
  ]
  const checks = {
    submitted,
    accepted: accepted.length,
    notAccepted,
    completed: completed.length,
    completionRate: Math.round((completed.length / submitted) * 100_000) / 1000,
    endedOtherwise: notCompleted.map(r => ({ taskId: r.taskId, status: r.status, reason: r.reason })),
    lost: lost.map(e => (e.error as Error).message),
    retried,
    kills: chaos.kills.length,
    restartFailures: chaos.kills.filter(k => k.restartError != null).length,
    blocks: audit.blocks,
    chainError: audit.chainError,
    sealed: audit.sealed.size,
    duplicateCredits: audit.duplicates,
    balanceMismatches: audit.mismatches,
    sealedMismatch: sealedMismatch.map(r => r.taskId),
    phantomSealed: phantom,
    pendingAfterStop: audit.pending,
    missingMarkers: audit.missingMarkers.length,
    workerExitCodes: workerExits.map(e => e.code),
    coordinatorExitCode: coordinatorExit.code
  }
  const ok = completed.length === submitted && lost.length === 0 && audit.duplicates.length === 0 && audit.mismatches.length === 0 &&
    sealedMismatch.length === 0 && phantom.length === 0 && audit.chainError === '' && audit.pending === 0
  process.stdout.write(`\nsoak: trivial.wasm, 1 coordinator + ${P.workers} workers x ${P.slots} slots (processes), ${env.cpus} CPUs, Node ${env.node}\n\n${table(rows)}\n\n` +
    `completion ${checks.completionRate}% (${completed.length}/${submitted}), lost ${lost.length}, not accepted ${notAccepted}, ended otherwise ${notCompleted.length}, retried ${retried}\n` +
    `kills ${chaos.kills.length} (restart failures ${checks.restartFailures}); blocks ${audit.blocks}, sealed ${audit.sealed.size}, duplicate credits ${audit.duplicates.length}, ` +
    `balance mismatches ${audit.mismatches.length}, sealed/result mismatches ${sealedMismatch.length}, phantom ${phantom.length}, pending ${audit.pending}, chain ${audit.chainError === '' ? 'valid' : audit.chainError}\n` +
    `exit codes: workers ${JSON.stringify(checks.workerExitCodes)}, coordinator ${String(checks.coordinatorExitCode)}\n` +
    `verdict: ${ok ? 'PASS' : 'FAIL'}\n`)
  const disk = diskReport(samples, stopped)
  process.stdout.write(`\ndata directories (bytes), before the first task and after ${finished} tasks` +
    `${retentionMs != null ? `, retention ${retentionMs} ms` : ''}${taskRetentionMs != null ? `, task records ${taskRetentionMs} ms` : ''}${gcIntervalMs != null ? `, gc every ${gcIntervalMs} ms` : ''}; ` +
    `growth: least-squares slope over the second half of ${samples.length} samples taken while running\n\n${table(disk.rows)}\n`)
  const rss = memoryReport(memory)
  process.stdout.write(`\nresident memory (MiB) over ${Math.round((memory.at(-1)?.elapsedMs ?? 0) / 60_000)} min, ${memory.length} samples; ` +
    `growth: least-squares slope over the second half, by wall clock\n\n${table(rss.rows)}\n`)
  const heap = opts.heap === true ? { used: memoryReport(memory, 'heapUsedBytes'), external: memoryReport(memory, 'externalBytes'), stateDb: memoryReport(memory, 'stateDbBytes') } : undefined
  if (heap != null) {
    process.stdout.write(`\nmain-thread V8 heap in use (MiB, /metrics nodejs_heap_size_used_bytes), same samples\n\n${table(heap.used.rows)}\n` +
      `\nexternal memory (MiB, /metrics nodejs_external_memory_bytes), same samples\n\n${table(heap.external.rows)}\n` +
      `\nRocksDB memory of the state database (MiB, /metrics ailee_state_db_memory_bytes: block cache in use + memtables + table readers), same samples\n\n${table(heap.stateDb.rows)}\n`)
  }
  const stored = await readFile(join(RESULTS_DIR, 'e2e-latency-latest.json'), 'utf8').then(t => JSON.parse(t).baseline, () => undefined)
  if (stored != null) process.stdout.write(`(bench/e2e-latency's stored baseline, for reference: sequential p50 ${stored.sequential.p50Ms} ms, ${stored.concurrent.concurrency} in flight ${stored.concurrent.throughputPerS} tasks/s)\n`)
  const path = await writeResults('soak', {
    bench: 'soak',
    environment: env,
    parameters: { ...P, retentionMs, taskRetentionMs, gcIntervalMs, module: 'test/fixtures/trivial.wasm' },
    baseline,
    soak: { ...soak, completedThroughputPerS: soakThroughput, queued, executed },
    ratios: { p50: ratio(soak.p50Ms, bc.p50Ms), p99: ratio(soak.p99Ms, bc.p99Ms), throughput: ratio(soakThroughput, bc.throughputPerS) },
    checks,
    memory: { samples: memory, growthMiBPerHour: rss.growthMiBPerHour, ...(heap != null ? { heapUsedGrowthMiBPerHour: heap.used.growthMiBPerHour, externalGrowthMiBPerHour: heap.external.growthMiBPerHour, stateDbGrowthMiBPerHour: heap.stateDb.growthMiBPerHour } : {}) },
    kills: chaos.kills,
    workerBalances: Object.fromEntries(audit.workerBalances),
    storedE2eBaseline: stored ?? null,
    disk: { samples, stopped, growthBytesPerTask: disk.growth },
    pass: ok
  })
  process.stdout.write(`raw results: ${path}\n`)
  exitCode = ok ? 0 : 1
} catch (err) {
  log(`failed: ${(err as Error).stack ?? String(err)}\n${group.report()}`)
} finally {
  await Promise.allSettled(clients.map(async c => { await c.close() }))
  await group.stopAll()
  if (opts['keep-dirs'] !== true) await rm(root, { recursive: true, force: true })
  else log(`data kept in ${root}`)
}
// libp2p may leave timers behind; everything is written
process.exit(exitCode)

/**
 * Table of each node's parts: before (first sample), after (last sample while
 * running), after the nodes stopped, and growth in bytes per task (slope over
 * the second half of the samples, where start-up effects are past).
 */
function diskReport (all: UsageSample[], stoppedSample: UsageSample): { rows: Array<Array<string | number>>, growth: Record<string, Record<string, number>> } {
  const parts: Array<keyof DataDirUsage> = ['stateBytes', 'blocksBytes', 'datastoreBytes', 'totalBytes']
  const rows: Array<Array<string | number>> = [['node', 'part', 'before', 'after (running)', 'after (stopped)', 'bytes/task']]
  const growth: Record<string, Record<string, number>> = {}
  const tail = all.slice(Math.floor(all.length / 2))
  for (const name of Object.keys(all[0].nodes)) {
    growth[name] = {}
    for (const part of parts) {
      const perTask = Math.round(slope(tail.map(s => [s.tasksEnded, s.nodes[name][part]])) * 10) / 10
      growth[name][part] = perTask
      rows.push([name, part.replace('Bytes', ''), all[0].nodes[name][part], all[all.length - 1].nodes[name][part], stoppedSample.nodes[name][part], perTask])
    }
  }
  return { rows, growth }
}
