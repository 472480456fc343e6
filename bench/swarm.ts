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
 *   coordinator CPU per task;
 * - event-loop delay of every process (coordinators, worker host processes)
 *   during the run: prom-client's `nodejs_eventloop_lag_{mean,p99,max}_seconds`
 *   read from each process's /metrics every 5 s (each read covers the time since
 *   the previous one); a read that times out (5 s) is counted as such;
 * - when offers and bids arrive: each (offer, worker) delivery in the bid window,
 *   in the late-bid time after it (`coordinator.lateBidMs`) or after both
 *   (workers' `offer received` lines), rounds no worker heard of in the window,
 *   and the coordinators' bids recorded in the window, late, or refused
 *   (`ailee_bids_received_total`).
 *
 * Defaults suit a shared 2-core machine, where gossip takes up to seconds:
 * bid window 1000 ms (`--bid-window-ms`), a round without bids then waits
 * 5000 ms more for a first late bid (`--late-bid-ms`, the coordinators'
 * `coordinator.lateBidMs`; 0 = rounds end at their deadline), workers declared
 * dead after 30 s without telemetry (`--telemetry-stale-ms`), 15 s leases, 20 s
 * requests, 30 s content fetches. `--worker-max-connections N` sets the
 * workers' `network.maxConnections` (default: the node's, 200).
 *
 * `--workers-per-process K` (default 1) runs the workers K to a process
 * (bench/lib/node-host.ts: K full nodes, each with its own data directory,
 * peer ID, port and log), so that 100 nodes fit in memory; per-node CPU and
 * RSS are then the host process's divided by K, and the host's own figures
 * are printed too.
 *
 * DHT lookup time: a probe node in this process (its own libp2p host with
 * the DHT, bootstrapped to the coordinators and to nobody else) looks up
 * `--dht-lookups` workers' peer records (`findPeer`, its cache bypassed) and
 * the provider records of a few task outputs (`findProviders`, time to the
 * first provider) after the run.
 *
 * `--max-run-ms T` stops the task run after T ms (nothing more is submitted,
 * tasks still running are no longer followed); the figures are those of the
 * tasks that ended.
 *
 * `--offer-sample-size N` sets the coordinators' `coordinator.offerSampleSize` (0: every worker
 * bids on every offer, as before bidder samples; default: the node's, 8).
 *
 * `--no-spread` runs the workers with `worker.bidOvercommit: 1` and
 * `worker.bidSpreadMs: 0`: each bid holds a whole slot and goes out in the
 * order offers arrive (how workers bid before bid spreading), for comparison.
 *
 *     npm run bench:swarm -- --nodes 30
 *     npm run bench:swarm -- --nodes 100 --workers-per-process 7
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import type { SingleKadDHT } from '@libp2p/kad-dht'
import { CID } from 'multiformats/cid'
import { AileeClient, type TaskResult, type TaskStatus } from '../src/client/index.ts'
import { resolveConfig } from '../src/config/load.ts'
import { createHost } from '../src/p2p/host.ts'
import type { NodeConfigInput } from '../src/config/schema.ts'
import { waitForLiveWorkers } from '../test/multiprocess/cluster.ts'
import { TEST_CLIENT_KEYS, TEST_GENESIS } from '../test/helpers/accounts.ts'
import { NodeGroup, type NodeProcess } from '../test/multiprocess/node-process.ts'
import { startHostedNodes } from './lib/hosted-nodes.ts'
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
    'workers-per-process': { type: 'string', default: '1' },
    'dht-lookups': { type: 'string', default: '20' },
    'max-run-ms': { type: 'string', default: '0' },
    'late-bid-ms': { type: 'string', default: '5000' },
    'offer-sample-size': { type: 'string', default: '' },
    'worker-max-connections': { type: 'string', default: '0' },
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
  workersPerProcess: Math.max(1, int('workers-per-process')),
  dhtLookups: int('dht-lookups'),
  maxRunMs: int('max-run-ms'),
  lateBidMs: int('late-bid-ms'),
  /** the coordinators' coordinator.offerSampleSize; undefined = the node's default */
  offerSampleSize: opts['offer-sample-size'] === '' ? undefined : int('offer-sample-size'),
  workerMaxConnections: int('worker-max-connections'),
  spread: opts.spread === true && opts['no-spread'] !== true,
  dht: opts.dht === true && opts['no-dht'] !== true
}
const log = (line: string): void => { process.stderr.write(`[swarm ${new Date().toISOString().slice(11, 19)}] ${line}\n`) }
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const env = environment()

// leases, requests and fetches with room for a starved event loop (as test/multiprocess/swarm.test.ts)
const common: NodeConfigInput = { timeouts: { bidWindowMs: P.bidWindowMs, leaseMs: 15_000, requestMs: 20_000, fetchMs: 30_000 } }
// a loaded machine delays gossip by seconds: workers are not declared dead for that (coordinator.telemetryStaleMs)
const coordinatorConfig: NodeConfigInput = { ...common, coordinator: { telemetryStaleMs: P.telemetryStaleMs, lateBidMs: P.lateBidMs, ...(P.offerSampleSize != null ? { offerSampleSize: P.offerSampleSize } : {}) }, ledger: { genesis: TEST_GENESIS } }
const workerConfig: NodeConfigInput = {
  ...common,
  worker: { slots: P.slots, ...(P.spread ? {} : { bidOvercommit: 1, bidSpreadMs: 0 }) },
  ...(P.workerMaxConnections > 0 ? { network: { maxConnections: P.workerMaxConnections } } : {})
}

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

/** DHT lookup times from a probe node that knows only the coordinators (see the file comment). */
interface DhtLookups { peerMs: number[], peerFailures: number, providerMs: number[], providerFailures: number, errors: string[] }
async function measureDhtLookups (bootstrap: string[], peerIds: string[], cids: string[]): Promise<DhtLookups> {
  const config = resolveConfig({ role: 'worker' })
  const host = await createHost({
    privateKey: await generateKeyPair('Ed25519'), networkId: config.network.networkId, listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap, mdns: false, dht: true
  })
  const out: DhtLookups = { peerMs: [], peerFailures: 0, providerMs: [], providerFailures: 0, errors: [] }
  try {
    const deadline = Date.now() + 60_000
    // connected to the coordinators, and they are in the probe's routing table (after identify)
    const table = (host.libp2p.services.dht as unknown as SingleKadDHT | undefined)?.routingTable
    while ((host.libp2p.getConnections().length < bootstrap.length || (table?.size ?? 0) < bootstrap.length) && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 200))
    for (const id of peerIds) {
      const t = performance.now()
      try {
        await host.libp2p.peerRouting.findPeer(peerIdFromString(id), { useCache: false, signal: AbortSignal.timeout(30_000) })
        out.peerMs.push(Math.round(performance.now() - t))
      } catch (err) {
        out.peerFailures++
        out.errors.push(`findPeer: ${(err as Error).message}`)
      }
    }
    for (const cid of cids) {
      const t = performance.now()
      let found = false
      try {
        for await (const _ of host.libp2p.contentRouting.findProviders(CID.parse(cid), { signal: AbortSignal.timeout(30_000) })) { found = true; break }
      } catch (err) { out.errors.push(`findProviders: ${(err as Error).message}`) }
      if (found) out.providerMs.push(Math.round(performance.now() - t))
      else out.providerFailures++
    }
  } finally {
    await host.stop()
  }
  return out
}

/**
 * Open connections of a node (inbound + outbound, from its `libp2p_connection_manager_connections`
 * series), or undefined when its metrics cannot be read. Only meaningful for a node alone in its
 * process (node-metrics.ts: libp2p series of nodes sharing a process may mix).
 */
async function connectionsOf (metricsUrl: string | undefined): Promise<number | undefined> {
  if (metricsUrl == null) return undefined
  try {
    const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(10_000) })).text()
    let n = 0
    for (const m of text.matchAll(/^libp2p_connection_manager_connections\{[^}]*="(inbound|outbound)"\} (\d+)/gm)) n += Number(m[2])
    return n
  } catch { return undefined }
}

/** The first sample of each named series in a Prometheus text exposition (label sets joined into the key). */
function scrapeValues (text: string, names: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z0-9_:]+)(\{[^}]*\})? ([0-9.eE+-]+|NaN)$/.exec(line)
    if (m == null || !names.includes(m[1])) continue
    const key = `${m[1]}${m[2] ?? ''}`
    if (!out.has(key)) out.set(key, Number(m[3]))
  }
  return out
}

/** Event-loop delay reads (seconds) per process, from its /metrics: prom-client resets its histogram at each read. */
interface LagSample { mean: number, p99: number, max: number }
const lagSamples = new Map<string, LagSample[]>()
let lagTimeouts = 0
async function sampleLag (procs: Array<{ key: string, url: string | undefined }>): Promise<void> {
  await Promise.all(procs.map(async ({ key, url }) => {
    if (url == null) return
    try {
      const text = await (await fetch(url, { signal: AbortSignal.timeout(5_000) })).text()
      const v = scrapeValues(text, ['nodejs_eventloop_lag_mean_seconds', 'nodejs_eventloop_lag_p99_seconds', 'nodejs_eventloop_lag_max_seconds'])
      const sample = { mean: v.get('nodejs_eventloop_lag_mean_seconds') ?? NaN, p99: v.get('nodejs_eventloop_lag_p99_seconds') ?? NaN, max: v.get('nodejs_eventloop_lag_max_seconds') ?? NaN }
      if (!Number.isFinite(sample.mean)) return
      let list = lagSamples.get(key)
      if (list == null) lagSamples.set(key, list = [])
      list.push(sample)
    } catch { lagTimeouts++ }
  }))
}

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
  const workerOptions = (i: number) => ({
    role: 'worker' as const,
    dataDir: join(root, `worker-${i}`),
    bootstrap,
    dht: P.dht,
    config: workerConfig,
    logLevel: 'warn,worker=debug'
  })
  if (P.workersPerProcess === 1) {
    for (let i = 0; i < P.workers; i += P.startBatch) {
      const batch = Array.from({ length: Math.min(P.startBatch, P.workers - i) }, async (_, j) => await group.start({ ...workerOptions(i + j), startTimeoutMs: 180_000 }))
      workers.push(...await Promise.all(batch))
      log(`${workers.length}/${P.workers} workers started`)
    }
  } else {
    // hosts of K workers each; `start-batch` hosts start at once (each starts its nodes in turn)
    const hosts = Array.from({ length: Math.ceil(P.workers / P.workersPerProcess) }, (_, h) =>
      Array.from({ length: Math.min(P.workersPerProcess, P.workers - h * P.workersPerProcess) }, (_, j) => workerOptions(h * P.workersPerProcess + j)))
    for (let h = 0; h < hosts.length; h += P.startBatch) {
      const batch = hosts.slice(h, h + P.startBatch).map(async (nodes, j) => await startHostedNodes(group, nodes, join(root, `host-${h + j}.log`), 300_000))
      for (const started of await Promise.all(batch)) workers.push(...started)
      log(`${workers.length}/${P.workers} workers started (${Math.min(h + P.startBatch, hosts.length)}/${hosts.length} host processes)`)
    }
  }
  const workersUpAt = Date.now()
  const seenAllMs = await Promise.all(clients.slice(0, P.coordinators).map(async c => {
    await waitForLiveWorkers(c, P.workers, 300_000)
    return Date.now() - workersStartedAt
  }))
  log(`every coordinator sees all ${P.workers} workers (${seenAllMs.map(ms => `${ms} ms`).join(', ')} after the first worker started; starting took ${workersUpAt - workersStartedAt} ms)`)
  await sample([...coordinators, ...workers], 'first')
  const sampler = setInterval(() => { void sample([...coordinators, ...workers]) }, 2_000)
  // one node per process: the event loop is the process's
  const lagTargets = [
    ...coordinators.map((c, i) => ({ key: `coordinator-${i}`, url: c.info.metricsUrl })),
    ...[...new Map(workers.map(w => [w.pid, w])).values()].map(w => ({ key: `worker-process-${w.pid}`, url: w.info.metricsUrl }))
  ]
  await sampleLag(lagTargets) // resets the histograms: the reads below cover the run only
  lagSamples.clear()
  lagTimeouts = 0
  let lagBusy = false
  const lagSampler = setInterval(() => {
    if (lagBusy) return
    lagBusy = true
    void sampleLag(lagTargets).finally(() => { lagBusy = false })
  }, 5_000)

  let finished = 0
  const progress = setInterval(() => { log(`${finished}/${P.tasks} ended`) }, 10_000)
  const runStartedAt = Date.now()
  // --max-run-ms: past it nothing more is submitted and tasks still running are no longer followed
  const capAt = P.maxRunMs > 0 ? runStartedAt + P.maxRunMs : Infinity
  const run = await closedLoop(P.tasks, P.inFlight, async i => {
    if (Date.now() >= capAt) throw new Error('--max-run-ms reached: not submitted')
    const client = clients[i % clients.length]
    const taskId = await client.submitDetached({ wasm })
    try {
      const result = await client.waitForResult(taskId, { deadlineMs: Math.max(1_000, Math.min(15 * 60_000, capAt - Date.now())) })
      const status = await client.status(taskId)
      return { result, status, coordinator: i % P.coordinators }
    } finally {
      finished++
    }
  })
  clearInterval(progress)
  clearInterval(sampler)
  clearInterval(lagSampler)
  await sample([...coordinators, ...workers])
  const runMs = Date.now() - runStartedAt
  log(`all tasks ended after ${runMs} ms; reading worker logs`)
  const coordinatorConnections = await Promise.all(coordinators.map(async c => await connectionsOf(c.info.metricsUrl)))
  // bids the coordinators recorded in the window, late (after the deadline of a round without bids), or refused
  const bidCounts = { recorded: 0, late: 0, refused: 0, offers: 0, offerMessages: 0 }
  for (const c of coordinators) {
    try {
      const v = scrapeValues(await (await fetch(c.info.metricsUrl ?? '', { signal: AbortSignal.timeout(10_000) })).text(), ['ailee_bids_received_total', 'ailee_offers_published_total', 'ailee_offer_messages_published_total'])
      bidCounts.recorded += v.get('ailee_bids_received_total{result="recorded"}') ?? 0
      bidCounts.late += v.get('ailee_bids_received_total{result="late"}') ?? 0
      bidCounts.refused += v.get('ailee_bids_received_total{result="refused"}') ?? 0
      bidCounts.offers += v.get('ailee_offers_published_total') ?? 0
      bidCounts.offerMessages += v.get('ailee_offer_messages_published_total') ?? 0
    } catch (err) { log(`coordinator metrics not read: ${(err as Error).message}`) }
  }
  const workerConnections = P.workersPerProcess === 1 ? (await Promise.all(workers.map(async w => await connectionsOf(w.info.metricsUrl)))).filter(n => n != null) : []
  let dhtLookups: DhtLookups | undefined
  if (P.dht && P.dhtLookups > 0) {
    const sampleIds = [...workers].sort(() => Math.random() - 0.5).slice(0, P.dhtLookups).map(w => w.peerId)
    const outputs = run.values.map(v => v.result.outputCid).filter(c => c !== '').slice(0, Math.min(10, P.dhtLookups))
    dhtLookups = await measureDhtLookups(bootstrap, sampleIds, outputs)
    log(`DHT lookups: ${dhtLookups.peerMs.length} peer records found (${dhtLookups.peerFailures} not), ${dhtLookups.providerMs.length} provider records (${dhtLookups.providerFailures} not)${dhtLookups.errors.length > 0 ? `; first errors: ${[...new Set(dhtLookups.errors)].slice(0, 3).join('; ')}` : ''}`)
  }

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
  // each (offer, worker) delivery: before the bid deadline, in the late-bid time after it, or after both
  const deliveries = { inWindow: 0, late: 0, tooLate: 0 }
  /** offer round -> deliveries in its bid window */
  const inWindowOf = new Map<string, number>()
  let earliestPublish = firstOfferAt
  for (const w of workers) {
    const text = await readFile(w.logFile, 'utf8').catch(() => '')
    let first = Infinity
    for (const line of text.split('\n')) {
      if (!line.includes('"offer received"')) continue
      let rec: { time: number, task: string, attempt: number, coordinator: string, bidDeadlineMs: number, lateBidUntilMs?: number }
      try { rec = JSON.parse(line) } catch { continue }
      const published = publishOf(rec.bidDeadlineMs)
      earliestPublish = Math.min(earliestPublish, published)
      first = Math.min(first, rec.time)
      // one offer round: a task attempt that drew no bids is offered again with a new bid deadline
      const key = `${rec.coordinator} ${rec.task}/${rec.attempt}@${rec.bidDeadlineMs}`
      const inWindow = rec.time <= rec.bidDeadlineMs
      if (inWindow) deliveries.inWindow++
      else if (rec.time <= (rec.lateBidUntilMs ?? 0)) deliveries.late++
      else deliveries.tooLate++
      inWindowOf.set(key, (inWindowOf.get(key) ?? 0) + (inWindow ? 1 : 0))
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
  const roundsUnheardInWindow = [...inWindowOf.values()].filter(n => n === 0).length
  // event-loop delay over the run, ms: per process kind, the reads' means (p50 of them), their p99s (p99 of them) and the largest delay seen
  const lagRows = (prefix: string): { meanP50: number, p99P99: number, max: number, reads: number } => {
    const reads = [...lagSamples.entries()].filter(([k]) => k.startsWith(prefix)).flatMap(([, v]) => v)
    return {
      meanP50: Math.round(pct(reads.map(r => r.mean * 1000), 50)),
      p99P99: Math.round(pct(reads.map(r => r.p99 * 1000), 99)),
      max: Math.round(Math.max(...reads.map(r => r.max * 1000))),
      reads: reads.length
    }
  }
  const lagCoordinators = lagRows('coordinator-')
  const lagWorkers = lagRows('worker-process-')

  // ---- CPU and memory
  // nodes hosted K to a process share its pid: each gets 1/K of the process's CPU and memory
  const nodesPerPid = new Map<number, number>()
  for (const p of [...coordinators, ...workers]) nodesPerPid.set(p.pid, (nodesPerPid.get(p.pid) ?? 0) + 1)
  const nodeRows = (procs: NodeProcess[]): Array<{ cpuMs: number, rss: number, peak: number }> => procs.map(p => {
    const u = usage.get(p.pid)
    const k = nodesPerPid.get(p.pid) ?? 1
    return { cpuMs: ((u?.last?.cpuMs ?? 0) - (u?.first?.cpuMs ?? 0)) / k, rss: (u?.maxRss ?? 0) / k, peak: (u?.last?.peakRssBytes ?? 0) / k }
  })
  const workerPids = [...new Set(workers.map(w => w.pid))]
  const hostRows = workerPids.map(pid => ({ nodes: nodesPerPid.get(pid) ?? 1, rss: usage.get(pid)?.maxRss ?? 0, cpuMs: (usage.get(pid)?.last?.cpuMs ?? 0) - (usage.get(pid)?.first?.cpuMs ?? 0) }))
  const totalRss = [...new Set([...coordinators, ...workers].map(p => p.pid))].reduce((sum, pid) => sum + (usage.get(pid)?.maxRss ?? 0), 0)
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
    [`event-loop delay, coordinators: mean (p50 of ${lagCoordinators.reads} reads) / p99 / max, ms`, lagCoordinators.meanP50, lagCoordinators.p99P99, lagCoordinators.max],
    [`event-loop delay, worker processes: mean (p50 of ${lagWorkers.reads} reads) / p99 / max, ms`, lagWorkers.meanP50, lagWorkers.p99P99, lagWorkers.max],
    ['worker CPU over the run, ms', pct(wRows.map(r => r.cpuMs), 50), pct(wRows.map(r => r.cpuMs), 99), Math.max(...wRows.map(r => r.cpuMs))],
    ['worker RSS (highest sample), MB', mb(pct(wRows.map(r => r.rss), 50)), mb(pct(wRows.map(r => r.rss), 99)), mb(Math.max(...wRows.map(r => r.rss)))],
    ['worker peak RSS (VmHWM), MB', mb(pct(wRows.map(r => r.peak), 50)), mb(pct(wRows.map(r => r.peak), 99)), mb(Math.max(...wRows.map(r => r.peak)))]
  ]
  if (P.workersPerProcess > 1) {
    rows.push([`worker host process (${P.workersPerProcess} nodes): RSS MB`, mb(pct(hostRows.map(r => r.rss), 50)), mb(pct(hostRows.map(r => r.rss), 99)), mb(Math.max(...hostRows.map(r => r.rss)))])
    rows.push(['worker host process: CPU over the run, ms', pct(hostRows.map(r => r.cpuMs), 50), pct(hostRows.map(r => r.cpuMs), 99), Math.max(...hostRows.map(r => r.cpuMs))])
  }
  if (workerConnections.length > 0) rows.push(['worker open connections (end of run)', pct(workerConnections, 50), pct(workerConnections, 99), Math.max(...workerConnections)])
  rows.push(['coordinator open connections (end of run)', coordinatorConnections.join(' / '), '', ''])
  if (dhtLookups != null) {
    rows.push([`DHT findPeer (worker peer record), ms (${dhtLookups.peerFailures} failed)`, pct(dhtLookups.peerMs, 50), pct(dhtLookups.peerMs, 99), Math.max(...dhtLookups.peerMs)])
    rows.push([`DHT findProviders (task output), first provider, ms (${dhtLookups.providerFailures} failed)`, pct(dhtLookups.providerMs, 50), pct(dhtLookups.providerMs, 99), Math.max(...dhtLookups.providerMs)])
  }
  for (const [i, r] of cRows.entries()) {
    rows.push([`coordinator ${i}: CPU ms / RSS MB / CPU ms per task`, Math.round(r.cpuMs), mb(r.rss), Math.round(r.cpuMs / Math.max(1, tasksPerCoordinator[i]))])
  }
  const histogramText = [...histogram.entries()].sort((a, b) => a[0] - b[0])
    .map(([tasks, n]) => `  ${String(tasks).padStart(4)} tasks | ${'#'.repeat(n)} ${n}`).join('\n')
  const throughput = Math.round((completed.length / (run.wallMs / 1000)) * 100) / 100
  process.stdout.write(`\nswarm: ${P.coordinators} coordinators + ${P.workers} workers x ${P.slots} slots (${P.workersPerProcess === 1 ? 'a process each' : `${P.workersPerProcess} workers per process, ${workerPids.length} processes`}; RSS of all processes ${mb(totalRss)} MB), DHT ${P.dht ? 'on' : 'off'}, bid spreading ${P.spread ? 'on' : 'off'}, ` +
    `bid window ${P.bidWindowMs} ms + late-bid time ${P.lateBidMs} ms${P.workerMaxConnections > 0 ? `, worker maxConnections ${P.workerMaxConnections}` : ''}, ${env.cpus} CPUs, Node ${env.node}, load average ${loadStart} at start and ${loadavg().map(l => l.toFixed(1)).join(' ')} at the end\n` +
    `${P.tasks} tasks, ${P.inFlight} in flight: completed ${completed.length}, not completed (failed, or cut off by --max-run-ms) ${P.tasks - completed.length}, ${throughput} tasks/s over ${Math.round(run.wallMs)} ms\n` +
    (run.errors.length > 0 ? `errors (first distinct): ${[...new Set(run.errors.map(e => String((e.error as Error).message ?? e.error)))].slice(0, 3).join(' | ')}\n` : '') +
    `start-up: all ${P.workers} workers started in ${workersUpAt - workersStartedAt} ms; coordinators saw every worker after ${seenAllMs.join(' / ')} ms; ` +
    `every worker had received an offer ${everyWorkerSawOfferMs} ms after the first was published\n` +
    `rounds that ended with no bids: ${noBidRounds} of ${decisions.length} (outcomes ${JSON.stringify(outcomes)}; ${replicated} tasks ran more than once for verification)\n` +
    `offers published ${bidCounts.offers} in ${bidCounts.offerMessages} gossip messages; deliveries to workers: ${deliveries.inWindow} in the bid window, ${deliveries.late} in the late-bid time after it, ${deliveries.tooLate} after both; ` +
    `${roundsUnheardInWindow} of ${inWindowOf.size} rounds reached no worker within the window; bids recorded ${bidCounts.recorded} in the window, ${bidCounts.late} late, ${bidCounts.refused} refused (round closed, duplicate, limit); ` +
    `event-loop reads that timed out (5 s): ${lagTimeouts}\n\n${table(rows)}\n\ntasks per worker (workers with that many tasks):\n${histogramText}\n`)
  const path = await writeResults(`swarm-${P.nodes}${P.spread ? '' : '-nospread'}${P.workersPerProcess > 1 ? `-k${P.workersPerProcess}` : ''}`, {
    bench: 'swarm',
    environment: { ...env, loadAverageAtStart: loadStart, loadAverageAtEnd: loadavg() },
    parameters: P,
    startup: { workersStartMs: workersUpAt - workersStartedAt, coordinatorsSeeAllMs: seenAllMs, everyWorkerSawOfferMs },
    run: { wallMs: run.wallMs, completed: completed.length, errors: run.errors.map(e => String((e.error as Error).message ?? e.error)), throughputPerS: throughput },
    queuedMs: summarize(queued.length > 0 ? queued : [0], run.wallMs),
    endToEndMs: summarize(run.latenciesMs.length > 0 ? run.latenciesMs : [0], run.wallMs),
    rounds: { total: decisions.length, noBids: noBidRounds, outcomes, replicatedTasks: replicated, perTaskP50: pct(roundsPerTask, 50), perTaskP99: pct(roundsPerTask, 99) },
    bidsPerRound: { p50: pct(bidsPerRound, 50), p99: pct(bidsPerRound, 99), total: bidsPerRound.reduce((a, b) => a + b, 0) },
    deliveries,
    roundsUnheardInWindow,
    bids: bidCounts,
    eventLoopDelayMs: { coordinators: lagCoordinators, workerProcesses: lagWorkers, timedOutReads: lagTimeouts },
    offers: { count: perOffer.size, allPairsP50: pct(allPairs, 50), allPairsP99: pct(allPairs, 99), toAllP50: pct(toAll, 50), toAllP99: pct(toAll, 99), reachedAll: toAll.length },
    tasksPerWorker: Object.fromEntries(perWorker),
    histogram: Object.fromEntries(histogram),
    coordinators: cRows.map((r, i) => ({ cpuMs: r.cpuMs, maxRssBytes: r.rss, peakRssBytes: r.peak, tasks: tasksPerCoordinator[i] })),
    workers: wRows.map(r => ({ cpuMs: r.cpuMs, maxRssBytes: r.rss, peakRssBytes: r.peak })),
    workerHosts: hostRows,
    totalRssBytes: totalRss,
    connections: { coordinators: coordinatorConnections, workers: workerConnections },
    dhtLookups
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
