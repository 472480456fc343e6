/**
 * End-to-end latency benchmark (`npm run bench`).
 *
 * In one run:
 * (a) baseline: the trivial task (test/fixtures/trivial.wasm) run directly with
 *     `runInSandbox` in this process, one at a time and `--clients` at a time;
 * (b) the same task submitted end to end through an in-process swarm of one
 *     coordinator and `--workers` workers (real libp2p over TCP on 127.0.0.1,
 *     default config): one client submitting one task at a time (latency),
 *     then `--clients` clients each submitting in a closed loop (throughput).
 *
 * Prints a table with swarm/baseline ratios and writes the raw figures to
 * bench/results/e2e-latency-<time>.json and e2e-latency-latest.json.
 *
 * Options: --iterations N (baseline runs per series, 500), --tasks N
 * (sequential swarm tasks, 200), --concurrent-tasks N (400), --clients K (8),
 * --workers N (2), --verify POLICY (the coordinator's `verification.defaultPolicy`
 * for tasks that name none: `none`, as the tests, by default; `adaptive` is the
 * built-in default of a deployment, whose spot checks re-execute some tasks).
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { AileeClient, type TaskResult } from '../src/client/index.ts'
import { releaseSandboxThreads } from '../src/runtime/index.ts'
import { LOCAL, merge, startSwarm } from '../test/helpers/swarm.ts'
import { nextTestClientKey } from '../test/helpers/accounts.ts'
import { measureBaseline } from './lib/baseline.ts'
import { closedLoop, type LoopResult } from './lib/load.ts'
import { environment, table, writeResults } from './lib/report.ts'
import { ratio, summarize } from './lib/stats.ts'

const { values: opts } = parseArgs({
  options: {
    iterations: { type: 'string', default: '500' },
    tasks: { type: 'string', default: '200' },
    'concurrent-tasks': { type: 'string', default: '400' },
    clients: { type: 'string', default: '8' },
    workers: { type: 'string', default: '2' },
    verify: { type: 'string', default: 'none' }
  }
})
const iterations = positive(opts.iterations, 'iterations')
const tasks = positive(opts.tasks, 'tasks')
const concurrentTasks = positive(opts['concurrent-tasks'], 'concurrent-tasks')
const clients = positive(opts.clients, 'clients')
const workers = positive(opts.workers, 'workers')
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const env = environment()

log(`baseline: runInSandbox x ${iterations} sequential, then ${clients} in flight`)
const baseline = await measureBaseline({ module: wasm, iterations, concurrency: clients })

log(`swarm: 1 coordinator + ${workers} workers on 127.0.0.1, verification ${opts.verify}`)
// default config (timers included) but for local-only discovery and silent logs: the figures of a default deployment
const swarm = await startSwarm({ workers, base: merge(LOCAL, { logLevel: 'silent', verification: { defaultPolicy: opts.verify } }) })
let sequential: LoopResult<TaskResult>
let concurrent: LoopResult<TaskResult>
try {
  await swarm.waitForWorkers(workers, 30_000)
  const one = await AileeClient.connect(swarm.coordinatorAddr, { privateKey: nextTestClientKey() })
  try {
    const submit = async (client: AileeClient): Promise<TaskResult> => {
      const result = await client.submit({ wasm })
      if (result.status !== 'completed' || !result.verified) throw new Error(`task ${result.taskId} ended ${result.status}: ${result.reason}`)
      return result
    }
    for (let i = 0; i < 10; i++) await submit(one) // warm-up: module fetched and pinned, connections up
    log(`swarm: ${tasks} tasks, one at a time`)
    sequential = await closedLoop(tasks, 1, async () => await submit(one))
    log(`swarm: ${concurrentTasks} tasks from ${clients} clients`)
    const pool = await Promise.all(Array.from({ length: clients }, async () => await AileeClient.connect(swarm.coordinatorAddr, { privateKey: nextTestClientKey() })))
    try {
      concurrent = await closedLoop(concurrentTasks, clients, async i => await submit(pool[i % clients]))
    } finally {
      await Promise.allSettled(pool.map(async c => { await c.close() }))
    }
  } finally {
    await one.close()
  }
} finally {
  await swarm.stop()
  await releaseSandboxThreads()
}

for (const [name, r] of [['sequential', sequential], ['concurrent', concurrent]] as const) {
  if (r.errors.length > 0) log(`${name}: ${r.errors.length} task(s) failed, first: ${(r.errors[0].error as Error).message}`)
}
const swarmSeq = summarize(sequential.latenciesMs, sequential.wallMs)
const swarmConc = summarize(concurrent.latenciesMs, concurrent.wallMs)
const b = baseline
const rows: Array<Array<string | number>> = [
  ['series', 'n', 'p50 ms', 'p99 ms', 'tasks/s'],
  ['baseline, sequential', b.sequential.n, b.sequential.p50Ms, b.sequential.p99Ms, b.sequential.throughputPerS],
  [`baseline, ${clients} in flight`, b.concurrent.n, b.concurrent.p50Ms, b.concurrent.p99Ms, b.concurrent.throughputPerS],
  ['swarm, sequential', swarmSeq.n, swarmSeq.p50Ms, swarmSeq.p99Ms, swarmSeq.throughputPerS],
  [`swarm, ${clients} clients`, swarmConc.n, swarmConc.p50Ms, swarmConc.p99Ms, swarmConc.throughputPerS],
  ['ratio swarm/baseline, sequential', '', ratio(swarmSeq.p50Ms, b.sequential.p50Ms), ratio(swarmSeq.p99Ms, b.sequential.p99Ms), ratio(swarmSeq.throughputPerS, b.sequential.throughputPerS)],
  [`ratio swarm/baseline, ${clients} in flight`, '', ratio(swarmConc.p50Ms, b.concurrent.p50Ms), ratio(swarmConc.p99Ms, b.concurrent.p99Ms), ratio(swarmConc.throughputPerS, b.concurrent.throughputPerS)]
]
process.stdout.write(`\ntrivial.wasm, 1 coordinator + ${workers} workers, verification ${opts.verify}, ${env.cpus} CPUs (${env.cpuModel}), Node ${env.node}\n\n${table(rows)}\n\n`)
const path = await writeResults('e2e-latency', {
  bench: 'e2e-latency',
  environment: env,
  parameters: { iterations, tasks, concurrentTasks, clients, workers, verify: opts.verify, module: 'test/fixtures/trivial.wasm' },
  baseline,
  swarm: {
    sequential: { ...swarmSeq, failed: sequential.errors.length },
    concurrent: { ...swarmConc, clients, failed: concurrent.errors.length }
  },
  ratios: {
    sequential: { p50: ratio(swarmSeq.p50Ms, b.sequential.p50Ms), p99: ratio(swarmSeq.p99Ms, b.sequential.p99Ms), throughput: ratio(swarmSeq.throughputPerS, b.sequential.throughputPerS) },
    concurrent: { p50: ratio(swarmConc.p50Ms, b.concurrent.p50Ms), p99: ratio(swarmConc.p99Ms, b.concurrent.p99Ms), throughput: ratio(swarmConc.throughputPerS, b.concurrent.throughputPerS) }
  }
})
process.stdout.write(`raw results: ${path}\n`)
process.exitCode = sequential.errors.length + concurrent.errors.length > 0 ? 1 : 0

function positive (text: string | undefined, name: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${text}`)
  return n
}

function log (line: string): void {
  process.stderr.write(`[bench] ${line}\n`)
}
