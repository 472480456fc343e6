/**
 * Swarm benchmark (issue 12 part 1): `--nodes N` `bin/node` processes on
 * 127.0.0.1, `--coordinators` of them coordinators (default 2) and the rest
 * workers that bootstrap to every coordinator, with the Kademlia DHT and
 * gossipsub on. Clients submit `--tasks` trivial.wasm tasks, spread over the
 * coordinators, with `--in-flight` outstanding, and follow each to its end.
 *
 * Measured, all on this machine's one clock:
 * - start-up: time from the first worker's start until each coordinator sees
 *   every worker's telemetry (gossip, workers -> coordinators);
 * - offers: time from the first offer until every worker has received one,
 *   and offer propagation (publish -> a worker's `offer received` debug line,
 *   publish time = bid deadline - bid window) over every (offer, worker) pair
 *   and to the last worker of each offer, p50/p99;
 * - the market: queue time (submit -> first assignment) p50/p99, rounds per
 *   task, rounds ending with no bids, bids per round (from each task's
 *   assignment decisions), and how tasks spread over workers (a histogram);
 * - CPU and memory per node (/proc: CPU ms over the run, RSS, peak RSS),
 *   coordinator CPU per task.
 *
 * Defaults suit a shared 2-core machine, where gossip takes up to seconds:
 * bid window 1000 ms (`--bid-window-ms`), workers declared dead after 30 s
 * without telemetry (`--telemetry-stale-ms`), 15 s leases, 20 s requests,
 * 30 s content fetches.
 *
 * `--no-spread` runs the workers with `worker.bidOvercommit: 1` and
 * `worker.bidSpreadMs: 0`: each bid holds a whole slot and goes out in the
 * order offers arrive (how workers bid before bid spreading), for comparison.
 *
 *     npm run bench:swarm -- --nodes 30
 *     npm run bench:swarm -- --nodes 100 --tasks 600
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AileeClient, type TaskResult, type TaskStatus } from '../src/client/index.ts'
import type { NodeConfigInput } from '../src/config/schema.ts'
import { waitForLiveWorkers } from '../test/multiprocess/cluster.ts'
import { TEST_CLIENT_KEYS, TEST_GENESIS } from '../test/helpers/accounts.ts'
import { NodeGroup, type NodeProcess } from '../test/multiprocess/node-process.ts'
import { closedLoop } from './lib/load.ts'
import { procUsage, type ProcUsage } from './lib/proc-usage.ts'
import { environment, table, writeResults } from './lib/report.ts'
import { summarize } from './lib/stats.ts'

const { values: opts } = parseArgs({
  options: {
    nodes: { type: 'string', default: '30' },
    coordinators: { type: 'string', default: '2' },
    tasks: { type: 'string', default: '' },
    'in-flight': { type: 'string', default: '' },
    slots: { type: 'string', default: '2' },
    'bid-window-ms': { type: 'string', default: '1000' },
    'telemetry-stale-ms': { type: 'string', default: '30000' },
    'start-batch': { type: 'string', default: '6' },
    spread: { type: 'boolean', default: true },
    'no-spread': { type: 'boolean', default: false },
    dht: { type: 'boolean', default: true },
    'no-dht': { type: 'boolean', default: false },
    'keep-dirs': { type: 'boolean', default: false }
  }
})
const int = (name: keyof typeof opts, fallback?: number): number => {
  const text = opts[name]
  if (text === '' && fallback != null) return fallback
  const v = Number(text)
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer, got ${String(text)}`)
  return v
}
const nodes = int('nodes')
const coordinatorCount = int('coordinators')
if (coordinatorCount < 1 || nodes <= coordinatorCount) throw new Error(`--nodes (${nodes}) must exceed --coordinators (${coordinatorCount}), which must be at least 1`)
const workerCount = nodes - coordinatorCount
const P = {
  nodes,
  coordinators: coordinatorCount,
  workers: workerCount,
  slots: int('slots'),
  tasks: int('tasks', workerCount * 10),
  inFlight: int('in-flight', workerCount),
  bidWindowMs: int('bid-window-ms'),
  telemetryStaleMs: int('telemetry-stale-ms'),
  startBatch: Math.max(1, int('start-batch')),
  spread: opts.spread === true && opts['no-spread'] !== true,
  dht: opts.dht === true && opts['no-dht'] !== true
}
const log = (line: string): void => { process.stderr.write(`[swarm ${new Date().toISOString().slice(11, 19)}] ${line}\n`) }
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const env = environment()

// leases, requests and fetches with room for a starved event loop (as test/multiprocess/swarm.test.ts)
const common: NodeConfigInput = { timeouts: { bidWindowMs: P.bidWindowMs, leaseMs: 15_000, requestMs: 20_000, fetchMs: 30_000 } }
// a loaded machine delays gossip by seconds: workers are not declared dead for that (coordinator.telemetryStaleMs)
const coordinatorConfig: NodeConfigInput = { ...common, coordinator: { telemetryStaleMs: P.telemetryStaleMs }, ledger: { genesis: TEST_GENESIS } }
const workerConfig: NodeConfigInput = { ...common, worker: { slots: P.slots, ...(P.spread ? {} : { bidOvercommit: 1, bidSpreadMs: 0 }) } }

/** Peak usage seen per pid, and the CPU reading at the start of the task run. */
const usage = new Map<number, { first?: ProcUsage, last?: ProcUsage, maxRss: number }>()
async function sample (procs: NodeProcess[], mark?: 'first'): Promise<void> {
  await Promise.all(procs.map(async p => {
    const u = await procUsage(p.pid)
    if (u == null) return
    const entry = usage.get(p.pid) ?? { maxRss: 0 }
    if (mark === 'first') entry.first = u
    entry.last = u
    entry.maxRss = Math.max(entry.maxRss, u.rssBytes)
    usage.set(p.pid, entry)
  }))
}

const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1]
}
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024)

const loadStart = loadavg().map(l => l.toFixed(1)).join(' ')
const root = await mkdtemp(join(tmpdir(), 'ailee-swarm-'))
const group = new NodeGroup()
const clients: AileeClient[] = []
let exitCode = 1
try {
  log(`${P.coordinators} coordinators + ${P.workers} workers x ${P.slots} slots, DHT ${P.dht ? 'on' : 'off'}, bid spreading ${P.spread ? 'on' : 'off'}`)
  const coordinators = await Promise.all(Array.from({ length: P.coordinators }, async (_, i) => await group.start({
    role: 'coordinator', dataDir: join(root, `coordinator-${i}`), dht: P.dht, config: coordinatorConfig, startTimeoutMs: 180_000
  })))
  const bootstrap = coordinators.map(c => c.addr)
  for (let i = 0; i < P.coordinators * 2; i++) {
    clients.push(await AileeClient.connect(coordinators[i % P.coordinators].addr, { privateKey: TEST_CLIENT_KEYS[i % TEST_CLIENT_KEYS.length] }))
  }
  const workersStartedAt = Date.now()
  const workers: NodeProcess[] = []
  for (let i = 0; i < P.workers; i += P.startBatch) {
    const batch = Array.from({ length: Math.min(P.startBatch, P.workers - i) }, async (_, j) => await group.start({
      role: 'worker',
      dataDir: join(root, `worker-${i + j}`),
      bootstrap,
      dht: P.dht,
      config: workerConfig,
      logLevel: 'warn,worker=debug',
      startTimeoutMs: 180_000
    }))
    workers.push(...await Promise.all(batch))
    log(`${workers.length}/${P.workers} workers started`)
  }
  const workersUpAt = Date.now()
  const seenAllMs = await Promise.all(clients.slice(0, P.coordinators).map(async c => {
    await waitForLiveWorkers(c, P.workers, 300_000)
    return Date.now() - workersStartedAt
  }))
  log(`every coordinator sees all ${P.workers} workers (${seenAllMs.map(ms => `${ms} ms`).join(', ')} after the first worker started; starting took ${workersUpAt - workersStartedAt} ms)`)
  await sample([...coordinators, ...workers], 'first')
  const sampler = setInterval(() => { void sample([...coordinators, ...workers]) }, 2_000)

  let finished = 0
  const progress = setInterval(() => { log(`${finished}/${P.tasks} ended`) }, 10_000)
  const runStartedAt = Date.now()
  const run = await closedLoop(P.tasks, P.inFlight, async i => {
    const client = clients[i % clients.length]
    const taskId = await client.submitDetached({ wasm })
    try {
      const result = await client.waitForResult(taskId, { deadlineMs: 15 * 60_000 })
      const status = await client.status(taskId)
      return { result, status, coordinator: i % P.coordinators }
    } finally {
      finished++
    }
  })
  clearInterval(progress)
  clearInterval(sampler)
  await sample([...coordinators, ...workers])
  const runMs = Date.now() - runStartedAt
  log(`all tasks ended after ${runMs} ms; reading worker logs`)

  // ---- the market
  const results: TaskResult[] = run.values.map(v => v.result)
  const statuses: TaskStatus[] = run.values.map(v => v.status)
  const completed = results.filter(r => r.status === 'completed' && r.verified)
  const queued = completed.map(r => r.timings.queuedMs)
  const decisions = statuses.flatMap(s => s.decisions)
  const bidsPerRound = decisions.map(d => d.candidates.filter(c => c.score > 0).length)
  const noBidRounds = decisions.filter(d => d.outcome === 'no bids').length
  const outcomes: Record<string, number> = {}
  for (const d of decisions) {
    // an assigned round's outcome is later rewritten with the attempt's result ("exit 0 on <peer>; ...")
    const kind = d.outcome === 'no bids' || d.outcome === 'no bidder could take it' ? d.outcome : 'assigned'
    outcomes[kind] = (outcomes[kind] ?? 0) + 1
  }
  const replicated = statuses.filter(s => s.replicas.length > 1).length
  const roundsPerTask = statuses.map(s => s.decisions.length)
  const perWorker = new Map(workers.map(w => [w.peerId, 0]))
  for (const r of completed) perWorker.set(r.worker, (perWorker.get(r.worker) ?? 0) + 1)
  const counts = [...perWorker.values()]
  const histogram = new Map<number, number>()
  for (const c of counts) histogram.set(c, (histogram.get(c) ?? 0) + 1)

  // ---- offers, from the workers' debug lines
  const firstOfferAt = Math.min(...decisions.map(d => d.decidedAtMs)) // replaced below by the earliest publish time
  const publishOf = (deadline: number): number => deadline - P.bidWindowMs
  const perOffer = new Map<string, number[]>()
  const firstSeen: number[] = []
  let earliestPublish = firstOfferAt
  for (const w of workers) {
    const text = await readFile(w.logFile, 'utf8').catch(() => '')
    let first = Infinity
    for (const line of text.split('\n')) {
      if (!line.includes('"offer received"')) continue
      let rec: { time: number, task: string, attempt: number, coordinator: string, bidDeadlineMs: number }
      try { rec = JSON.parse(line) } catch { continue }
      const published = publishOf(rec.bidDeadlineMs)
      earliestPublish = Math.min(earliestPublish, published)
      first = Math.min(first, rec.time)
      const key = `${rec.coordinator} ${rec.task}/${rec.attempt}`
      let delays = perOffer.get(key)
      if (delays == null) perOffer.set(key, delays = [])
      delays.push(rec.time - published)
    }
    firstSeen.push(first)
  }
  const allPairs = [...perOffer.values()].flat()
  const toAll = [...perOffer.values()].filter(d => d.length === P.workers).map(d => Math.max(...d))
  const reach = [...perOffer.values()].map(d => d.length / P.workers)
  const everyWorkerSawOfferMs = Math.max(...firstSeen) - earliestPublish

  // ---- CPU and memory
  const nodeRows = (procs: NodeProcess[]): Array<{ cpuMs: number, rss: number, peak: number }> => procs.map(p => {
    const u = usage.get(p.pid)
    return { cpuMs: (u?.last?.cpuMs ?? 0) - (u?.first?.cpuMs ?? 0), rss: u?.maxRss ?? 0, peak: u?.last?.peakRssBytes ?? 0 }
  })
  const cRows = nodeRows(coordinators)
  const wRows = nodeRows(workers)
  const tasksPerCoordinator = coordinators.map((_, i) => run.values.filter(v => v.coordinator === i).length)

  const rows: Array<Array<string | number>> = [
    ['figure', 'p50', 'p99', 'max / total'],
    ['queue time (submit -> assigned), ms', pct(queued, 50), pct(queued, 99), Math.max(...queued)],
    ['end-to-end per task, ms', pct(run.latenciesMs, 50), pct(run.latenciesMs, 99), Math.round(Math.max(...run.latenciesMs))],
    ['offer rounds per task', pct(roundsPerTask, 50), pct(roundsPerTask, 99), roundsPerTask.reduce((a, b) => a + b, 0)],
    ['bids per round', pct(bidsPerRound, 50), pct(bidsPerRound, 99), bidsPerRound.reduce((a, b) => a + b, 0)],
    ['offer propagation, every (offer, worker), ms', pct(allPairs, 50), pct(allPairs, 99), Math.max(...allPairs)],
    ['offer propagation to the last worker, ms', pct(toAll, 50), pct(toAll, 99), toAll.length],
    ['share of workers an offer reached, %', Math.round(pct(reach, 50) * 100), Math.round(pct(reach, 1) * 100), perOffer.size],
    ['tasks per worker', pct(counts, 50), pct(counts, 99), Math.max(...counts)],
    ['worker CPU over the run, ms', pct(wRows.map(r => r.cpuMs), 50), pct(wRows.map(r => r.cpuMs), 99), Math.max(...wRows.map(r => r.cpuMs))],
    ['worker RSS (highest sample), MB', mb(pct(wRows.map(r => r.rss), 50)), mb(pct(wRows.map(r => r.rss), 99)), mb(Math.max(...wRows.map(r => r.rss)))],
    ['worker peak RSS (VmHWM), MB', mb(pct(wRows.map(r => r.peak), 50)), mb(pct(wRows.map(r => r.peak), 99)), mb(Math.max(...wRows.map(r => r.peak)))]
  ]
  for (const [i, r] of cRows.entries()) {
    rows.push([`coordinator ${i}: CPU ms / RSS MB / CPU ms per task`, Math.round(r.cpuMs), mb(r.rss), Math.round(r.cpuMs / Math.max(1, tasksPerCoordinator[i]))])
  }
  const histogramText = [...histogram.entries()].sort((a, b) => a[0] - b[0])
    .map(([tasks, n]) => `  ${String(tasks).padStart(4)} tasks | ${'#'.repeat(n)} ${n}`).join('\n')
  const throughput = Math.round((completed.length / (run.wallMs / 1000)) * 100) / 100
  process.stdout.write(`\nswarm: ${P.coordinators} coordinators + ${P.workers} workers x ${P.slots} slots (processes), DHT ${P.dht ? 'on' : 'off'}, bid spreading ${P.spread ? 'on' : 'off'}, ` +
    `bid window ${P.bidWindowMs} ms, ${env.cpus} CPUs, Node ${env.node}, load average ${loadStart} at start and ${loadavg().map(l => l.toFixed(1)).join(' ')} at the end\n` +
    `${P.tasks} tasks, ${P.inFlight} in flight: completed ${completed.length}, failed ${run.errors.length + results.length - completed.length}, ${throughput} tasks/s over ${Math.round(run.wallMs)} ms\n` +
    `start-up: all ${P.workers} workers started in ${workersUpAt - workersStartedAt} ms; coordinators saw every worker after ${seenAllMs.join(' / ')} ms; ` +
    `every worker had received an offer ${everyWorkerSawOfferMs} ms after the first was published\n` +
    `rounds that ended with no bids: ${noBidRounds} of ${decisions.length} (outcomes ${JSON.stringify(outcomes)}; ${replicated} tasks ran more than once for verification)\n\n${table(rows)}\n\ntasks per worker (workers with that many tasks):\n${histogramText}\n`)
  const path = await writeResults(`swarm-${P.nodes}${P.spread ? '' : '-nospread'}`, {
    bench: 'swarm',
    environment: { ...env, loadAverageAtStart: loadStart, loadAverageAtEnd: loadavg() },
    parameters: P,
    startup: { workersStartMs: workersUpAt - workersStartedAt, coordinatorsSeeAllMs: seenAllMs, everyWorkerSawOfferMs },
    run: { wallMs: run.wallMs, completed: completed.length, errors: run.errors.map(e => String((e.error as Error).message ?? e.error)), throughputPerS: throughput },
    queuedMs: summarize(queued.length > 0 ? queued : [0], run.wallMs),
    endToEndMs: summarize(run.latenciesMs.length > 0 ? run.latenciesMs : [0], run.wallMs),
    rounds: { total: decisions.length, noBids: noBidRounds, outcomes, replicatedTasks: replicated, perTaskP50: pct(roundsPerTask, 50), perTaskP99: pct(roundsPerTask, 99) },
    bidsPerRound: { p50: pct(bidsPerRound, 50), p99: pct(bidsPerRound, 99), total: bidsPerRound.reduce((a, b) => a + b, 0) },
    offers: { count: perOffer.size, allPairsP50: pct(allPairs, 50), allPairsP99: pct(allPairs, 99), toAllP50: pct(toAll, 50), toAllP99: pct(toAll, 99), reachedAll: toAll.length },
    tasksPerWorker: Object.fromEntries(perWorker),
    histogram: Object.fromEntries(histogram),
    coordinators: cRows.map((r, i) => ({ cpuMs: r.cpuMs, maxRssBytes: r.rss, peakRssBytes: r.peak, tasks: tasksPerCoordinator[i] })),
    workers: wRows.map(r => ({ cpuMs: r.cpuMs, maxRssBytes: r.rss, peakRssBytes: r.peak }))
  })
  process.stdout.write(`raw results: ${path}\n`)
  exitCode = completed.length === P.tasks ? 0 : 1
} catch (err) {
  log(`failed: ${(err as Error).stack ?? String(err)}`)
} finally {
  await Promise.allSettled(clients.map(async c => { await c.close() }))
  await group.stopAll()
  if (opts['keep-dirs'] !== true) await rm(root, { recursive: true, force: true })
  else log(`data kept in ${root}`)
}
process.exit(exitCode)
