/**
 * Plots the dashboard's series from real scrapes (`node bench/metrics-plot.ts`).
 *
 * Starts an in-process swarm (one coordinator, `--workers` workers: real
 * libp2p over TCP on 127.0.0.1, RocksDB, the WASI sandbox; default timers),
 * runs load in three phases, scrapes every node's `GET /metrics` every
 * `--interval-ms`, and draws what the Grafana dashboard (docker/grafana/)
 * shows, computed the way PromQL computes it (`rate` over the last scrapes,
 * `histogram_quantile` over bucket increases), as an SVG:
 *
 * 1. `--clients` clients in closed loops submit the primes fixture;
 * 2. one more worker joins and the load doubles (the queue grows, slots fill);
 * 3. the load halves and some tasks fail (a trapping module, a nonzero exit).
 *
 * Writes `--out` (default docs/metrics-dashboard.svg) and the raw series as
 * bench/results/metrics-plot-latest.json. Nothing here is timed against a floor.
 *
 * Options: --seconds N (total run, 60), --workers N (2), --clients K (3),
 * --interval-ms N (2000), --out FILE.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import type { AileeClient } from '../src/client/index.ts'
import { releaseSandboxThreads } from '../src/runtime/index.ts'
import { LOCAL, startSwarm, type Swarm } from '../test/helpers/swarm.ts'
import { connectClient, fixtureInput } from '../test/integration/helpers.ts'
import { parseScrape, valueOf, type Sample } from '../test/metrics/scrape.ts'
import { svgGrid, type Panel, type Series } from './lib/svg-plot.ts'

const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    workers: { type: 'string', default: '2' },
    clients: { type: 'string', default: '3' },
    'interval-ms': { type: 'string', default: '2000' },
    out: { type: 'string', default: 'docs/metrics-dashboard.svg' }
  }
})
const SECONDS = Number(opts.seconds)
const WORKERS = Number(opts.workers)
const CLIENTS = Number(opts.clients)
const INTERVAL_MS = Number(opts['interval-ms'])
/** `rate()` window, in scrapes (like `[1m]` over a 5 s scrape interval, scaled to this run) */
const RATE_WINDOW = 3
/** `histogram_quantile` window, in scrapes */
const QUANTILE_WINDOW = 5

/** One scrape round: seconds since start, coordinator samples, and each worker's. */
interface Round {
  t: number
  coordinator: Sample[]
  workers: Sample[][]
}

async function scrapeText (url: string): Promise<Sample[]> {
  const res = await fetch(url)
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`)
  return parseScrape(await res.text())
}

/**
 * Prometheus' `histogram_quantile(q, ...)` over cumulative buckets `[le, count]`
 * (upper bounds ascending, +Inf last): linear interpolation inside the bucket
 * that holds rank q * total; the lower bound of the first bucket is 0; a rank in
 * the +Inf bucket gives the highest finite bound. Source: Prometheus
 * promql/quantile.go `bucketQuantile`.
 */
export function histogramQuantile (q: number, buckets: Array<[number, number]>): number {
  const total = buckets.at(-1)?.[1] ?? 0
  if (total === 0) return NaN
  const rank = q * total
  let i = buckets.findIndex(([, c]) => c >= rank)
  if (i === buckets.length - 1 && !Number.isFinite(buckets[i][0])) return buckets[buckets.length - 2]?.[0] ?? NaN
  if (i < 0) i = buckets.length - 1
  const [upper, count] = buckets[i]
  const [lower, below] = i === 0 ? [0, 0] : buckets[i - 1]
  const inBucket = count - below
  return inBucket === 0 ? upper : lower + (upper - lower) * ((rank - below) / inBucket)
}

/** Bucket increases of histogram `name` (labels `labels`) between two scrapes. */
function bucketIncrease (a: Sample[], b: Sample[], name: string, labels: Record<string, string> = {}): Array<[number, number]> {
  const of = (samples: Sample[]): Map<string, number> => new Map(samples
    .filter(s => s.name === `${name}_bucket` && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .map(s => [s.labels.le, s.value]))
  const before = of(a)
  return [...of(b)].map(([le, v]): [number, number] => [le === '+Inf' ? Infinity : Number(le), v - (before.get(le) ?? 0)])
    .sort((x, y) => x[0] - y[0])
}

/** Sum of `name` over every worker's scrape. */
function overWorkers (round: Round, name: string, labels: Record<string, string> = {}): number {
  return round.workers.reduce((sum, w) => sum + valueOf(w, name, labels), 0)
}

async function main (): Promise<void> {
  const swarm: Swarm = await startSwarm({ workers: WORKERS, base: LOCAL })
  const clients: AileeClient[] = []
  const rounds: Round[] = []
  let phase = 1
  let stop = false
  const started = performance.now()
  const elapsed = (): number => (performance.now() - started) / 1000
  try {
    await swarm.waitForWorkers(WORKERS)
    for (let i = 0; i < CLIENTS * 2; i++) clients.push(await connectClient(swarm.coordinatorAddr, 120_000))
    const primes = await fixtureInput('primes', { args: ['150000'] })
    const trap = await fixtureInput('trap')
    const exitCode = await fixtureInput('exit_code', { args: ['3'] })

    const scraper = (async () => {
      while (!stop) {
        const t = elapsed()
        const nodes = [swarm.coordinator, ...swarm.workers]
        const [coordinator, ...workers] = await Promise.all(nodes.map(async n => await scrapeText(n.metricsUrl!)))
        rounds.push({ t, coordinator, workers })
        await new Promise(resolve => setTimeout(resolve, Math.max(0, INTERVAL_MS - (elapsed() - t) * 1000)))
      }
    })()

    // client i runs while its phase allows: phase 1 the first CLIENTS, phase 2 all, phase 3 the first half
    const active = (i: number): boolean => phase === 1 ? i < CLIENTS : phase === 2 ? true : i < Math.max(1, Math.ceil(CLIENTS / 2))
    let n = 0
    const loops = clients.map(async (client, i) => {
      while (!stop) {
        if (!active(i)) { await new Promise(resolve => setTimeout(resolve, 200)); continue }
        const input = phase === 3 && i === 0 && (n++ % 3 === 0) ? (n % 2 === 0 ? trap : exitCode) : primes
        await client.submit(input).catch(err => { console.error(`submit failed: ${(err as Error).message}`) })
      }
    })

    await new Promise(resolve => setTimeout(resolve, (SECONDS / 3) * 1000))
    phase = 2
    console.error(`phase 2 at ${elapsed().toFixed(1)} s: one more worker, twice the clients`)
    await swarm.addWorker()
    await new Promise(resolve => setTimeout(resolve, (SECONDS / 3) * 1000))
    phase = 3
    console.error(`phase 3 at ${elapsed().toFixed(1)} s: half the clients, failing tasks`)
    await new Promise(resolve => setTimeout(resolve, (SECONDS / 3) * 1000))
    stop = true
    await scraper
    await Promise.all(loops)
  } finally {
    stop = true
    await Promise.allSettled(clients.map(async c => { await c.close() }))
    await swarm.stop()
    await releaseSandboxThreads()
  }

  // ----------------------------------------------------------------- series, as the dashboard's PromQL computes them
  const at = (i: number): number => Number(rounds[i].t.toFixed(1))
  const rate = (fn: (r: Round) => number): Array<[number, number]> => rounds.map((r, i) => {
    const j = Math.max(0, i - RATE_WINDOW)
    return [at(i), i === 0 ? NaN : (fn(r) - fn(rounds[j])) / (r.t - rounds[j].t)]
  })
  const gauge = (fn: (r: Round) => number): Array<[number, number]> => rounds.map((r, i) => [at(i), fn(r)])
  const quantile = (q: number, name: string, labels: Record<string, string> = {}, src: (r: Round) => Sample[] = r => r.coordinator): Array<[number, number]> => rounds.map((r, i) => {
    const j = Math.max(0, i - QUANTILE_WINDOW)
    return [at(i), i === 0 ? NaN : histogramQuantile(q, bucketIncrease(src(rounds[j]), src(r), name, labels))]
  })
  const states = ['completed', 'failed', 'timed_out', 'rejected']
  const causes = [...new Set(rounds.flatMap(r => r.coordinator.filter(s => s.name === 'ailee_task_failures_total' && s.value > 0).map(s => s.labels.cause)))]
  const panels: Panel[] = [
    {
      title: 'Tasks per second by terminal state',
      unit: 'tasks/s',
      series: states.map(state => ({ label: state, points: rate(r => valueOf(r.coordinator, 'ailee_tasks_finished_total', { state })) }))
        .filter(s => s.points.some(([, y]) => y > 0))
    },
    {
      title: 'Task latency, submit to end (completed)',
      unit: 's',
      series: [0.5, 0.9, 0.99].map(q => ({ label: `p${q * 100}`, points: quantile(q, 'ailee_task_total_seconds', { state: 'completed' }) }))
    },
    {
      title: 'Where time goes (p90 per stage)',
      unit: 's',
      series: [
        { label: 'queued', points: quantile(0.9, 'ailee_task_queued_seconds') },
        { label: 'bid window', points: quantile(0.9, 'ailee_task_bid_window_seconds') },
        { label: 'assign to result', points: quantile(0.9, 'ailee_task_execution_seconds') },
        { label: 'sandbox', points: quantile(0.9, 'ailee_sandbox_duration_seconds', { outcome: 'exited' }, r => r.workers.flat()) }
      ]
    },
    {
      title: 'Queue and open tasks',
      unit: 'tasks',
      integer: true,
      series: [
        { label: 'queue depth', points: gauge(r => valueOf(r.coordinator, 'ailee_queue_depth')) },
        { label: 'open', points: gauge(r => valueOf(r.coordinator, 'ailee_tasks_open')) },
        { label: 'running', points: gauge(r => valueOf(r.coordinator, 'ailee_tasks_open', { state: 'running' })) }
      ]
    },
    {
      title: 'Workers and slots',
      unit: 'count',
      integer: true,
      series: [
        { label: 'workers alive', points: gauge(r => valueOf(r.coordinator, 'ailee_workers', { state: 'alive' })) },
        { label: 'slots total', points: gauge(r => valueOf(r.coordinator, 'ailee_fleet_slots', { state: 'total' })) },
        { label: 'slots busy', points: gauge(r => valueOf(r.coordinator, 'ailee_fleet_slots', { state: 'busy' })) },
        { label: 'busy (worker scrapes)', points: gauge(r => overWorkers(r, 'ailee_worker_slots', { state: 'busy' })), dashed: true }
      ]
    },
    {
      title: 'Failures by cause (cumulative)',
      unit: 'tasks',
      integer: true,
      series: causes.length === 0
        ? [{ label: 'none', points: gauge(() => 0) }]
        : causes.map(cause => ({ label: cause, points: gauge(r => valueOf(r.coordinator, 'ailee_task_failures_total', { cause })) }))
    },
    {
      title: 'Block height (coordinator\'s chain)',
      unit: 'height',
      integer: true,
      series: [
        { label: 'coordinator', points: gauge(r => valueOf(r.coordinator, 'ailee_block_height', { own: 'true' })) },
        { label: 'max seen by workers', points: gauge(r => Math.max(0, ...r.workers.map(w => valueOf(w, 'ailee_block_height')))), dashed: true }
      ]
    },
    {
      title: 'Market: offers, bids, assignments',
      unit: 'per s',
      series: [
        { label: 'offers', points: rate(r => valueOf(r.coordinator, 'ailee_offers_published_total')) },
        { label: 'bids recorded', points: rate(r => valueOf(r.coordinator, 'ailee_bids_received_total', { result: 'recorded' })) },
        { label: 'declines', points: rate(r => valueOf(r.coordinator, 'ailee_declines_received_total')) },
        { label: 'assignments', points: rate(r => valueOf(r.coordinator, 'ailee_assignments_total', { result: 'accepted' })) }
      ] satisfies Series[]
    }
  ]
  const last = rounds.at(-1)!
  const subtitle = `From ${rounds.length} scrapes of GET /metrics every ${INTERVAL_MS / 1000} s: 1 coordinator, ${WORKERS}+1 workers (in-process, TCP on 127.0.0.1); ` +
    `phases at 0, ${SECONDS / 3}, ${(2 * SECONDS) / 3} s. Completed: ${valueOf(last.coordinator, 'ailee_tasks_finished_total', { state: 'completed' })}, ` +
    `failed: ${valueOf(last.coordinator, 'ailee_task_failures_total')}. Rates over ${RATE_WINDOW} scrapes, quantiles over ${QUANTILE_WINDOW}.`
  const svg = svgGrid('AILEE swarm: the dashboard\'s series from a real scrape', subtitle, panels, Math.ceil(last.t))
  await mkdir(dirname(opts.out!), { recursive: true })
  await writeFile(opts.out!, svg)
  await mkdir('bench/results', { recursive: true })
  await writeFile('bench/results/metrics-plot-latest.json', JSON.stringify({ seconds: SECONDS, workers: WORKERS, clients: CLIENTS, intervalMs: INTERVAL_MS, panels }, null, 2) + '\n')
  console.log(`wrote ${opts.out} (${rounds.length} scrapes) and bench/results/metrics-plot-latest.json`)
}

await main()
