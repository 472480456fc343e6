/**
 * The benchmark against the floor (`npm run bench`). In one run, on one machine:
 *
 * 1. floors: a cached bare WASI run of test/fixtures/trivial.wasm (node:wasi,
 *    module compiled once), Ed25519 sign/verify, raw RocksDB batches
 *    (bench/lib/floors-local.ts); libp2p ping RTT, a new-stream 64-byte
 *    request/response and a gossipsub publish-to-deliver between two real
 *    `createHost` hosts on 127.0.0.1 (bench/lib/floors-net.ts);
 * 2. the sandbox: `runInSandbox` with a warm module cache, one at a time and
 *    `--clients` at a time;
 * 3. end to end through an in-process swarm (1 coordinator, `--workers`
 *    workers, default config, real libp2p over TCP): `--tasks` tasks one at a
 *    time (latency), `--concurrent-tasks` from `--clients` clients;
 * 4. throughput through processes: 1 coordinator + `--process-workers`
 *    `bin/node` worker processes, `--in-flight` tasks in flight for
 *    `--duration-s`, every result checked (completed, verified, right stdout)
 *    and none lost; then tasks until `--memory-tasks` have gone through, the
 *    RSS of every process read from /proc at start, after each window and at
 *    the end; then a graceful stop and an audit of the coordinator's ledger.
 *
 * Steps 3 and 4 run once per `--verify` mode (`default`: the coordinator's
 * default policy; `none`; or any policy). Each figure is printed beside its
 * floor with the ratio (bench/lib/floor-table.ts); `--json [FILE]` writes all
 * figures to FILE too (they always go to bench/results/e2e-latency-*.json).
 * Exit status 0 only when every task of every series completed verified and
 * the audit found nothing wrong. See bench/README.md for every option.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { AileeClient, type TaskInput, type TaskResult } from '../src/client/index.ts'
import { resolveConfig } from '../src/config/load.ts'
import { parseVerificationPolicy } from '../src/protocol/verification-policy.ts'
import { releaseSandboxThreads } from '../src/runtime/index.ts'
import { LOCAL, merge, startSwarm, type Swarm } from '../test/helpers/swarm.ts'
import { TEST_CLIENT_KEYS, TEST_KEY_COUNT } from '../test/helpers/accounts.ts'
import { measureBaseline, workerModuleCache, type BaselineResult } from './lib/baseline.ts'
import { floorFigures, renderReport, runPassed, type AuditSummary, type E2eRun, type ProcessSeries, type SwarmSeries } from './lib/e2e-report.ts'
import { floorRatio } from './lib/floor-table.ts'
import { measureBareWasi, measureEd25519, measureRocksDb } from './lib/floors-local.ts'
import { measureNetworkFloor } from './lib/floors-net.ts'
import { closedLoop } from './lib/load.ts'
import { runLoad, startProcessCluster, type ClusterMemory, type LoadResult, type ProcessCluster } from './lib/process-load.ts'
import { environment, takeJsonFlag, writeResults } from './lib/report.ts'
import { summarize } from './lib/stats.ts'

// `--json` takes an optional file: pull it out before parseArgs (which wants a fixed arity)
const argv = process.argv.slice(2)
const json = takeJsonFlag(argv)
const { values: opts } = parseArgs({
  args: argv,
  options: {
    iterations: { type: 'string', default: '500' },
    tasks: { type: 'string', default: '200' },
    'concurrent-tasks': { type: 'string', default: '400' },
    clients: { type: 'string', default: '8' },
    workers: { type: 'string', default: '2' },
    'floor-iterations': { type: 'string', default: '300' },
    'process-workers': { type: 'string', default: '4' },
    slots: { type: 'string' },
    'in-flight': { type: 'string', default: '128' },
    'duration-s': { type: 'string', default: '60' },
    'drain-s': { type: 'string', default: '120' },
    'memory-tasks': { type: 'string', default: '2000' },
    verify: { type: 'string', default: 'default,none' },
    'timeout-s': { type: 'string' },
    skip: { type: 'string', default: '' },
    'keep-dirs': { type: 'boolean', default: false }
  }
})
const P = {
  iterations: positive('iterations'),
  tasks: positive('tasks'),
  concurrentTasks: positive('concurrent-tasks'),
  clients: atMost(positive('clients'), TEST_KEY_COUNT, 'clients'),
  workers: positive('workers'),
  floorIterations: positive('floor-iterations'),
  processWorkers: positive('process-workers'),
  slots: opts.slots == null ? undefined : positive('slots'),
  inFlight: positive('in-flight'),
  durationS: positive('duration-s'),
  drainS: positive('drain-s'),
  memoryTasks: nonNegative('memory-tasks'),
  verify: verifyModes(opts.verify ?? ''),
  skip: skipList(opts.skip ?? '')
}
const timeoutS = opts['timeout-s'] != null
  ? positive('timeout-s')
  : 900 + (P.skip.has('processes') ? 0 : P.verify.length * (P.durationS + P.drainS) + Math.ceil(P.memoryTasks * 0.2))
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const expectedStdout = new TextEncoder().encode('ok\n')
const env = environment()
const cores = availableParallelism()
const started = performance.now()

// the watchdog: nothing may hang. It stops the loads, cleans up and exits 2.
const watchdog = new AbortController()
const cleanups = new Set<() => Promise<void>>()
const cleanUp = async (): Promise<void> => {
  // a node start may take its 60 s timeout, workers start in parallel: 150 s covers a cluster start
  for (const c of [...cleanups].reverse()) await withTimeout(c(), 150_000).catch(err => { log(`cleanup failed: ${(err as Error).message}`) })
  cleanups.clear()
}
const bail = (why: string): void => {
  log(`${why}; stopping`)
  watchdog.abort(new Error(why))
  void cleanUp().finally(() => process.exit(2))
  setTimeout(() => process.exit(2), 180_000).unref()
}
const watchdogTimer = setTimeout(() => { bail(`the bench passed its time limit of ${timeoutS} s (--timeout-s)`) }, timeoutS * 1000)
process.once('SIGINT', () => { bail('interrupted') })
process.once('SIGTERM', () => { bail('terminated') })

/** The whole run; resolves to the exit status. */
async function main (): Promise<number> {
  // 1. floors
  log(`floors: bare WASI x ${P.iterations}, Ed25519 x ${P.floorIterations}, RocksDB, libp2p ping / request-response / gossip x ${P.floorIterations}`)
  const bareWasi = await measureBareWasi(wasm, P.iterations)
  const ed25519 = await measureEd25519(P.floorIterations)
  const rocksdb = await measureRocksDb({ iterations: P.floorIterations, batches: 50, putsPerBatch: 1000 })
  const net = await measureNetworkFloor({ iterations: P.floorIterations })
  /**
   * the floor of one trivial task: about five request/response exchanges (submit, bid, assignment, result,
   * acknowledgement) and one gossip hop (the offer); an exchange at its cheapest: on an open stream, as
   * task-protocol sessions carry them, or a new stream where that is cheaper on this machine
   */
  const taskFloorMs = round(5 * Math.min(net.requestResponse.p50Ms, net.openStreamExchange.p50Ms) + net.gossip.p50Ms)
  const rateFloor = round(cores * 1000 / bareWasi.run.p50Ms)

  watchdog.signal.throwIfAborted()

  // 2. the sandbox, warm module
  let sandbox: BaselineResult | null = null
  if (!P.skip.has('sandbox')) {
    log(`sandbox: runInSandbox (warm module cache) x ${P.iterations} sequential, then ${P.clients} in flight`)
    sandbox = await measureBaseline({ module: wasm, iterations: P.iterations, concurrency: P.clients, modules: workerModuleCache() })
    await releaseSandboxThreads()
  }

  watchdog.signal.throwIfAborted()

  // 3. in-process swarm, per verify mode
  const defaultPolicy = resolveConfig({}).verification.defaultPolicy
  const swarmSeries: SwarmSeries[] = []
  if (!P.skip.has('swarm')) {
    log(`swarm: 1 coordinator + ${P.workers} workers in this process on 127.0.0.1 (default policy ${defaultPolicy})`)
    // default config (timers included) but for local-only discovery, silent logs, and the built-in default policy (LOCAL says none)
    const swarm: Swarm = await startSwarm({ workers: P.workers, base: merge(LOCAL, { logLevel: 'silent', verification: { defaultPolicy } }) })
    cleanups.add(swarm.stop)
    try {
      await swarm.waitForWorkers(P.workers, 30_000)
      // one key each: two clients with one peer id would serve each other's module fetches
      const pool = await Promise.all(TEST_CLIENT_KEYS.slice(0, P.clients).map(async privateKey => await AileeClient.connect(swarm.coordinatorAddr, { privateKey })))
      const one = pool[0]
      try {
        for (const mode of P.verify) {
          watchdog.signal.throwIfAborted()
          const input = taskInput(mode)
          const submit = async (client: AileeClient): Promise<TaskResult> => {
            const result = await client.submit({ ...input, signal: watchdog.signal, deadlineMs: 120_000 })
            if (result.status !== 'completed' || !result.verified) throw new Error(`task ${result.taskId} ended ${result.status}${result.verified ? '' : ' (not verified)'}: ${result.reason}`)
            return result
          }
          for (let i = 0; i < 10; i++) await submit(one).catch(() => {}) // warm-up: module fetched and pinned, connections up
          log(`swarm, verify ${mode}: ${P.tasks} tasks one at a time`)
          const seq = await closedLoop(P.tasks, 1, async () => await submit(one))
          log(`swarm, verify ${mode}: ${P.concurrentTasks} tasks from ${P.clients} clients`)
          const conc = await closedLoop(P.concurrentTasks, P.clients, async i => await submit(pool[i % P.clients]))
          const errors = [...seq.errors, ...conc.errors].map(e => (e.error as Error).message)
          if (errors.length > 0) log(`swarm, verify ${mode}: ${errors.length} task(s) failed, first: ${errors[0]}`)
          swarmSeries.push({
            mode,
            sequential: seq.latenciesMs.length > 0 ? summarize(seq.latenciesMs, seq.wallMs) : null,
            concurrent: conc.latenciesMs.length > 0 ? summarize(conc.latenciesMs, conc.wallMs) : null,
            failed: errors.length,
            errors: errors.slice(0, 8)
          })
        }
      } finally {
        await Promise.allSettled(pool.map(async c => { await c.close() }))
      }
    } finally {
      cleanups.delete(swarm.stop)
      await swarm.stop()
      await releaseSandboxThreads()
    }
  }

  // 4. throughput and memory through processes
  const processSeries: ProcessSeries[] = []
  const memory: Array<ClusterMemory & { label: string }> = []
  let memoryRun: ProcessSeries | null = null
  let audit: AuditSummary | null = null
  let cluster: ProcessCluster | undefined
  if (!P.skip.has('processes')) {
    log(`processes: 1 coordinator + ${P.processWorkers} worker processes (bin/node), ${P.clients} clients, ${P.inFlight} in flight`)
    // a start cut short by the watchdog stops what it started; the watchdog waits for that before it exits
    const starting = startProcessCluster({ workers: P.processWorkers, slots: P.slots, clients: P.clients, signal: watchdog.signal, log })
    const startSettled = async (): Promise<void> => { await starting.then(async c => { await c.close(opts['keep-dirs'] === true) }, () => {}) }
    cleanups.add(startSettled)
    cluster = await starting
    cleanups.delete(startSettled)
    const c = cluster
    const closeCluster = async (): Promise<void> => { await c.close(opts['keep-dirs'] === true) }
    cleanups.add(closeCluster)
    try {
      let ended = 0
      const progress = setInterval(() => { log(`processes: ${ended} tasks ended`) }, 10_000)
      try {
        memory.push({ label: 'start', ...await c.memory(ended) })
        for (const mode of P.verify) {
          watchdog.signal.throwIfAborted()
          log(`processes, verify ${mode}: ${P.durationS} s with ${P.inFlight} in flight`)
          const load = await runLoad({
            clients: c.clients, input: taskInput(mode), expectedStdout, inFlight: P.inFlight, durationMs: P.durationS * 1000,
            drainTimeoutMs: P.drainS * 1000, signal: watchdog.signal, onEnded: () => { ended++ }, log
          })
          processSeries.push({ mode, load })
          log(`processes, verify ${mode}: ${load.completed}/${load.accepted} completed verified, ${load.throughputPerS} tasks/s in the window; lost ${load.lost}`)
          memory.push({ label: `after verify ${mode}`, ...await c.memory(ended) })
        }
        watchdog.signal.throwIfAborted()
        const rest = P.memoryTasks - ended
        if (rest > 0) {
          const mode = P.verify[P.verify.length - 1]
          log(`processes: ${rest} more tasks (verify ${mode}) to reach --memory-tasks ${P.memoryTasks}`)
          const load = await runLoad({
            clients: c.clients, input: taskInput(mode), expectedStdout, inFlight: P.inFlight, tasks: rest,
            drainTimeoutMs: P.drainS * 1000, signal: watchdog.signal, onEnded: () => { ended++ }, log
          })
          memoryRun = { mode, load }
        }
        memory.push({ label: `after ${ended} tasks`, ...await c.memory(ended) })
      } finally {
        clearInterval(progress)
      }
      watchdog.signal.throwIfAborted()
      log('processes: graceful stop and ledger audit')
      const stopped = await c.stopAndAudit()
      const a = stopped.audit
      const loads = [...processSeries, ...(memoryRun == null ? [] : [memoryRun])].map(s => s.load)
      const accepted = new Set(loads.flatMap(l => l.taskIds))
      const completed = loads.flatMap(l => [...l.results.keys()])
      const missingSealed = completed.filter(id => !a.sealed.has(id)).length
      const phantom = [...a.sealed.keys()].filter(id => !accepted.has(id)).length
      audit = {
        ok: a.chainError === '' && a.duplicates.length === 0 && a.mismatches.length === 0 && a.pending === 0 && missingSealed === 0 && phantom === 0,
        blocks: a.blocks,
        sealed: a.sealed.size,
        duplicates: a.duplicates.length,
        mismatches: a.mismatches.length,
        pending: a.pending,
        chainError: a.chainError,
        missingSealed,
        phantom,
        exitCodes: [stopped.coordinatorExit.code, ...stopped.workerExits.map(e => e.code)]
      }
    } catch (err) {
      if (!watchdog.signal.aborted) log(`processes failed: ${(err as Error).stack ?? String(err)}\n${c.report()}`)
      throw err
    } finally {
      cleanups.delete(closeCluster)
      await closeCluster()
    }
  }
  // report
  const run: E2eRun = {
    cores, clients: P.clients, processWorkers: P.processWorkers, inFlight: P.inFlight,
    floors: { bareWasi, ed25519, rocksdb, network: net, taskFloorMs, rateFloorPerS: rateFloor },
    sandbox, swarm: swarmSeries, processes: processSeries, memoryRun, memory, audit
  }
  const ok = runPassed(run)
  process.stdout.write(`\ntrivial.wasm; ${env.cpus} CPUs (${env.cpuModel}), Node ${env.node}, ${env.os}; commit ${env.commit.slice(0, 10)}; ${round((performance.now() - started) / 1000)} s\n\n${renderReport(run)}`)

  const strip = (l: LoadResult): Omit<LoadResult, 'taskIds' | 'results'> => { const { taskIds: _ids, results: _results, ...rest } = l; return rest }
  const data = {
    bench: 'e2e-latency',
    environment: { ...env, availableParallelism: cores },
    parameters: { ...P, skip: [...P.skip], timeoutS, module: 'test/fixtures/trivial.wasm', defaultPolicy },
    floors: run.floors,
    // `baseline` keeps its old name and shape: bench/soak.ts quotes it
    baseline: sandbox,
    swarm: swarmSeries,
    processes: processSeries.map(s => ({ mode: s.mode, ...strip(s.load) })),
    memoryRun: memoryRun == null ? null : { mode: memoryRun.mode, ...strip(memoryRun.load) },
    memory,
    audit,
    figures: floorFigures(run).map(f => ({ ...f, ratio: floorRatio(f) })),
    pass: ok
  }
  const path = await writeResults('e2e-latency', data)
  process.stdout.write(`raw results: ${path}\n`)
  if (json?.file != null) {
    await writeFile(json.file, JSON.stringify(data, null, 2) + '\n')
    process.stdout.write(`written: ${json.file}\n`)
  }
  return ok ? 0 : 1
}

// libp2p may leave timers behind: exit once everything is written. After the watchdog fired, it exits.
main().then(code => { clearTimeout(watchdogTimer); process.exit(code) }, async (err: unknown) => {
  if (watchdog.signal.aborted) return // bail() cleans up and exits 2
  clearTimeout(watchdogTimer)
  log(`failed: ${(err as Error).stack ?? String(err)}`)
  await cleanUp()
  process.exit(1)
})

/** The task of a series: trivial.wasm, with `verify` unless the mode is `default` (the coordinator's policy). */
function taskInput (mode: string): TaskInput {
  return mode === 'default' ? { wasm } : { wasm, verify: parseVerificationPolicy(mode) }
}

function skipList (text: string): Set<string> {
  const parts = new Set(text.split(',').map(s => s.trim()).filter(s => s.length > 0))
  for (const p of parts) if (!['sandbox', 'swarm', 'processes'].includes(p)) throw new Error(`--skip takes sandbox, swarm, processes; got ${p}`)
  return parts
}

function verifyModes (text: string): string[] {
  const modes = text.split(',').map(s => s.trim()).filter(s => s.length > 0)
  if (modes.length === 0) throw new Error('--verify needs at least one mode (default, none, spot:P, replicate:K, adaptive)')
  for (const m of modes) if (m !== 'default') parseVerificationPolicy(m) // throws with the reason
  return modes
}

function positive (name: keyof typeof opts): number {
  const n = Number(opts[name])
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${String(opts[name])}`)
  return n
}

function atMost (n: number, max: number, name: string): number {
  if (n > max) throw new Error(`--${name} must be at most ${max} (the funded test keys; clients must not share a peer id), got ${n}`)
  return n
}

function nonNegative (name: keyof typeof opts): number {
  const n = Number(opts[name])
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${String(opts[name])}`)
  return n
}

function round (x: number): number {
  return Math.round(x * 100) / 100
}

async function withTimeout (p: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    await Promise.race([p, new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`not done within ${ms} ms`)) }, ms) })])
  } finally {
    clearTimeout(timer)
  }
}

function log (line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`)
}
