/**
 * The node's Prometheus registry and every series it exposes (the list with
 * meanings: docs/operating.md):
 *
 * - prom-client's default process and Node.js metrics (`process_*`, `nodejs_*`)
 *   and libp2p's own (`libp2p_*`, `gossipsub_*`, `helia_bitswap_*`, ...), both
 *   through `@libp2p/prometheus-metrics`, which is handed to libp2p and Helia;
 * - `ailee_*` series. Counters of the coordinator's task lifecycle come from its
 *   lifecycle steps ({@link LifecycleMetrics}); the worker's from the
 *   {@link WorkerObserver} it is given; everything that is a state of some part
 *   (slots, breakers, peers, chain heights, gossip verdicts) is read from that
 *   part when Prometheus scrapes (prom-client `collect()`), so business code
 *   calls nothing.
 *
 * One registry per node (several nodes may share a process, as in tests); the
 * default process metrics live in one registry per process (they describe the
 * process whichever node is asked, and each set starts an event-loop monitor and
 * a GC observer that are never stopped), merged into every node's scrape.
 * Note: `@libp2p/prometheus-metrics` keeps a module-wide cache of its metric
 * objects, so with several nodes in one process the `libp2p_*` series of the
 * earlier nodes may go to the latest node's registry; `ailee_*` series never
 * mix.
 */
import { defaultLogger } from '@libp2p/logger'
import { prometheusMetrics } from '@libp2p/prometheus-metrics'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { Metrics } from '@libp2p/interface'
import type { ChainStore } from '../chain/chain-store.ts'
import type { FairQueue } from '../coordinator/fair-queue.ts'
import type { PinQuota } from '../coordinator/pin-quota.ts'
import type { LifecycleStep } from '../coordinator/task-orchestrator.ts'
import type { WorkerRegistry } from '../coordinator/worker-registry.ts'
import type { AileeHost } from '../p2p/host.ts'
import type { NetworkTopics } from '../p2p/topics.ts'
import type { StateDb } from '../storage/state-db.ts'
import { LATENCY_BUCKETS, LifecycleMetrics, declineLabel } from './lifecycle-metrics.ts'

/** What the node's chain sync counts (src/node/chain-sync.ts `ChainSyncStats`, the part read here). */
export interface ChainSyncCounts {
  blocksStored: number
  /** of `blocksStored`, those fetched by range sync rather than gossiped (0 when absent) */
  blocksSynced?: number
  invalid: number
  refused: Record<string, number>
  gaps: number
  duplicates: number
}

/** The parts every node has, read at scrape time. */
export interface NodeParts {
  /** this node's peer id: its own chain is the one it produces */
  peerId: string
  host: Pick<AileeHost, 'libp2p' | 'gossip'>
  chain: Pick<ChainStore, 'heads'>
  chainSync: { stats: () => ChainSyncCounts }
  topics: NetworkTopics
  /** the node's state database (RocksDB): its memory, read at scrape time */
  stateDb: Pick<StateDb, 'memoryUsage'>
}

/** The coordinator's parts read at scrape time. */
export interface CoordinatorParts {
  registry: Pick<WorkerRegistry, 'list' | 'breakerState'>
  admissionQueue: Pick<FairQueue, 'waiting' | 'running'>
  pinQuota: Pick<PinQuota, 'totalBytes'>
  /** gossip messages (offer batches) published on the offers topic, and the offers they carried, since start */
  offerMessages?: () => { messages: number, offers: number }
}

/** The worker's parts read at scrape time. */
export interface WorkerParts {
  /** executions running now */
  running: () => number
  /** `worker.slots` */
  slots: number
}

/** Execution outcomes of the sandbox, plus the two ways a run ends without one. */
const SANDBOX_OUTCOMES = ['exited', 'trapped', 'timed_out', 'memory_exceeded', 'output_exceeded', 'invalid_module', 'aborted', 'error']

let processRegistry: Registry | undefined

/** prom-client's default metrics (`process_*`, `nodejs_*`), registered once per process. */
function defaultMetricsRegistry (): Registry {
  if (processRegistry == null) {
    processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry })
  }
  return processRegistry
}

/** Options of {@link NodeMetrics}. */
export interface NodeMetricsOptions {
  role: 'coordinator' | 'worker'
  /** software version (package.json) for `ailee_node_info` */
  version: string
}

/** The registry of one node and its `ailee_*` series. */
export class NodeMetrics {
  readonly registry = new Registry()
  /** Give this to libp2p and Helia (`HostOptions.metrics`). */
  readonly libp2p: Metrics
  readonly #role: string
  readonly #version: string
  #lifecycle: LifecycleMetrics | undefined

  constructor (options: NodeMetricsOptions) {
    this.#role = options.role
    this.#version = options.version
    // prom-client's default metrics come from the process-wide registry (see the module comment)
    this.libp2p = prometheusMetrics({ registry: this.registry, collectDefaultMetrics: false })({ logger: defaultLogger() })
  }

  /** The scrape: Prometheus text format of every series, the process's default metrics included. */
  async scrape (): Promise<{ contentType: string, body: string }> {
    const merged = Registry.merge([defaultMetricsRegistry(), this.registry])
    return { contentType: this.registry.contentType, body: await merged.metrics() }
  }

  /**
   * Empties the registry, so the stopped node's parts that its `collect()`
   * callbacks read can be garbage-collected (libp2p's metric objects may outlive
   * it). Call after the node stopped; a scrape then has only the process metrics.
   */
  close (): void {
    this.registry.clear()
  }

  /** The coordinator's lifecycle observer (`TaskOrchestratorInit.observeStep`); created on first use. */
  observeStep (): (step: LifecycleStep) => void {
    const lifecycle = this.#lifecycle ??= new LifecycleMetrics(this.registry)
    return step => { lifecycle.observe(step) }
  }

  /**
   * Registers the series every node has: `ailee_node_info`, block heights and
   * counts, gossip verdicts, peers by role, content bytes.
   */
  attachNode (parts: NodeParts): void {
    const registers = [this.registry]
    const registry = this.registry
    const info = new Gauge({ name: 'ailee_node_info', help: 'Always 1; labels name the node: role, peer id, software version.', labelNames: ['role', 'peer_id', 'version'], registers })
    info.set({ role: this.#role, peer_id: parts.peerId, version: this.#version }, 1)
    let heads: Promise<Array<{ producer: string, height: number }>> | undefined
    // one chain read per scrape for both series
    const readHeads = async (): Promise<Array<{ producer: string, height: number }>> => {
      heads ??= parts.chain.heads().finally(() => { setImmediate(() => { heads = undefined }) })
      return await heads
    }
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_block_height',
      help: 'Height of the newest stored block of each chain this node holds, by producer peer id (own chain included).',
      labelNames: ['producer', 'own'],
      registers,
      async collect () {
        this.reset()
        for (const head of await readHeads()) this.set({ producer: head.producer, own: String(head.producer === parts.peerId) }, head.height)
      }
    })
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_state_db_memory_bytes',
      help: 'Memory RocksDB holds for the state database, bytes, by part: block_cache (in use, index and filter blocks included), block_cache_capacity (its bound), memtables, table_readers (outside the cache).',
      labelNames: ['part'],
      registers,
      async collect () {
        const m = await parts.stateDb.memoryUsage().catch(() => undefined)
        if (m == null) return // closed (the node is stopping): no figures
        this.set({ part: 'block_cache' }, m.blockCacheBytes)
        this.set({ part: 'block_cache_capacity' }, m.blockCacheCapacityBytes)
        this.set({ part: 'memtables' }, m.memtablesBytes)
        this.set({ part: 'table_readers' }, m.tableReadersBytes)
      }
    })
    // eslint-disable-next-line no-new
    new Counter({
      name: 'ailee_blocks_produced_total',
      help: 'Blocks of this node\'s own chain (sealed by this coordinator), genesis block included.',
      registers,
      async collect () {
        const own = (await readHeads()).find(h => h.producer === parts.peerId)
        setCounter(this, {}, own == null ? 0 : own.height + 1)
      }
    })
    const stats = (): ChainSyncCounts => parts.chainSync.stats()
    // eslint-disable-next-line no-new
    new Counter({
      name: 'ailee_blocks_validated_total',
      help: 'Blocks of other producers received, validated and stored, by source: gossip, or range sync (catching up).',
      labelNames: ['source'],
      registers,
      collect () {
        const s = stats()
        const synced = s.blocksSynced ?? 0
        this.reset()
        this.inc({ source: 'gossip' }, s.blocksStored - synced)
        this.inc({ source: 'sync' }, synced)
      }
    })
    // eslint-disable-next-line no-new
    new Counter({
      name: 'ailee_blocks_rejected_total',
      help: 'Blocks of other producers received and not stored, by reason: invalid, a refusal before verification (chain.* bounds), gap, duplicate.',
      labelNames: ['reason'],
      registers,
      collect () {
        const s = stats()
        this.reset()
        this.inc({ reason: 'invalid' }, s.invalid)
        this.inc({ reason: 'gap' }, s.gaps)
        this.inc({ reason: 'duplicate' }, s.duplicates)
        for (const [reason, n] of Object.entries(s.refused)) this.inc({ reason }, n)
      }
    })
    const topicNames = new Map(Object.entries(parts.topics).map(([name, topic]) => [topic, name]))
    // eslint-disable-next-line no-new
    new Counter({
      name: 'ailee_gossip_messages_total',
      help: 'Gossip messages received on the subscribed topics (offers, telemetry, blocks), by our validation result: accept, ignore, reject.',
      labelNames: ['topic', 'result'],
      registers,
      collect () {
        this.reset()
        for (const [topic, counts] of parts.host.gossip.verdictCounts()) {
          const name = topicNames.get(topic) ?? 'other'
          for (const [result, n] of Object.entries(counts)) this.inc({ topic: name, result }, n)
        }
      }
    })
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_peers',
      help: 'Connected peers by role, as their gossip subscriptions show: coordinator (telemetry topic), worker (offers topic), other.',
      labelNames: ['role'],
      registers,
      collect () {
        const libp2p = parts.host.libp2p
        const pubsub = libp2p.services.pubsub
        const coordinators = new Set(pubsub.getSubscribers(parts.topics.telemetry).map(String))
        const workers = new Set(pubsub.getSubscribers(parts.topics.offers).map(String))
        const counts = { coordinator: 0, worker: 0, other: 0 }
        for (const peer of libp2p.getPeers().map(String)) {
          counts[coordinators.has(peer) ? 'coordinator' : workers.has(peer) ? 'worker' : 'other']++
        }
        for (const [role, n] of Object.entries(counts)) this.set({ role }, n)
      }
    })
    // libp2p counts the bytes of every protocol's streams (libp2p_data_transfer_bytes_total{protocol="<id> sent|received"},
    // a counter whose collect adds what passed since the last read, so reading it here loses nothing); content moves
    // over bitswap, so these are bitswap's bytes (blocks and their small want-list messages)
    const bitswapBytes = async (direction: 'sent' | 'received'): Promise<number> => {
      const metric = registry.getSingleMetric('libp2p_data_transfer_bytes_total')
      if (metric == null) return 0
      return (await metric.get()).values
        .filter(v => { const p = String(v.labels.protocol ?? ''); return p.startsWith('/ipfs/bitswap/') && p.endsWith(` ${direction}`) })
        .reduce((sum, v) => sum + v.value, 0)
    }
    // eslint-disable-next-line no-new
    new Counter({
      name: 'ailee_content_fetched_bytes_total',
      help: 'Bytes this node received from peers over bitswap: content blocks (task modules, inputs, outputs) and want lists.',
      registers,
      async collect () { setCounter(this, {}, await bitswapBytes('received')) }
    })
    // eslint-disable-next-line no-new
    new Counter({
      name: 'ailee_content_served_bytes_total',
      help: 'Bytes this node sent to peers over bitswap: content blocks and want lists.',
      registers,
      async collect () { setCounter(this, {}, await bitswapBytes('sent')) }
    })
  }

  /** Registers the coordinator's state series: workers, fleet slots, breakers, admission queue, pinned bytes. */
  attachCoordinator (parts: CoordinatorParts): void {
    const registers = [this.registry]
    const alive = (): ReturnType<CoordinatorParts['registry']['list']> => parts.registry.list().filter(w => w.alive)
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_workers',
      help: 'Workers this coordinator has heard from, by state: alive (fresh telemetry), draining (alive, shutting down), dead.',
      labelNames: ['state'],
      registers,
      collect () {
        const counts = { alive: 0, draining: 0, dead: 0 }
        for (const w of parts.registry.list()) counts[!w.alive ? 'dead' : w.telemetry.draining ? 'draining' : 'alive']++
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n)
      }
    })
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_fleet_slots',
      help: 'Task slots of the live workers, from their telemetry: total, and busy (running tasks).',
      labelNames: ['state'],
      registers,
      collect () {
        let total = 0
        let busy = 0
        for (const w of alive()) {
          total += w.telemetry.capacitySlots
          busy += w.telemetry.runningTasks
        }
        this.set({ state: 'total' }, total)
        this.set({ state: 'busy' }, busy)
      }
    })
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_worker_breakers',
      help: 'Circuit breakers of the known workers, by state: closed, open, half-open.',
      labelNames: ['state'],
      registers,
      collect () {
        const now = Date.now()
        const counts: Record<string, number> = { closed: 0, open: 0, 'half-open': 0 }
        for (const w of parts.registry.list()) counts[parts.registry.breakerState(w.peerId, now)]++
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n)
      }
    })
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_admission_queue_depth',
      help: 'Submissions in admission (fetch, inspect, pin), by state: waiting for a turn, or being admitted.',
      labelNames: ['state'],
      registers,
      collect () {
        this.set({ state: 'waiting' }, parts.admissionQueue.waiting())
        this.set({ state: 'running' }, parts.admissionQueue.running)
      }
    })
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_pinned_bytes',
      help: 'Bytes of module and input content pinned for open tasks, over all client accounts (limits.maxPinnedBytesPerClient caps each).',
      registers,
      collect () { this.set(parts.pinQuota.totalBytes) }
    })
    const offerMessages = parts.offerMessages
    if (offerMessages != null) {
      // eslint-disable-next-line no-new
      new Counter({
        name: 'ailee_offer_messages_published_total',
        help: 'Gossip messages published on the offers topic (each a batch of the offers opened in one event-loop turn; ailee_offers_published_total counts the offers).',
        registers,
        collect () { setCounter(this, {}, offerMessages().messages) }
      })
    }
  }

  /**
   * Registers the worker's series and returns the observer its role reports to
   * (`WorkerRoleOptions.observer`): slots, sandbox outcomes and durations, bids
   * and declines sent.
   */
  workerObserver (parts: () => WorkerParts | undefined): {
    onExecution: (outcome: string, wallMs: number) => void
    onBid: (decline: boolean, reason: string, result: 'accepted' | 'refused' | 'undelivered') => void
  } {
    const registers = [this.registry]
    // eslint-disable-next-line no-new
    new Gauge({
      name: 'ailee_worker_slots',
      help: 'This worker\'s task slots: total (worker.slots), and busy (executions running).',
      labelNames: ['state'],
      registers,
      collect () {
        const p = parts()
        this.set({ state: 'total' }, p?.slots ?? 0)
        this.set({ state: 'busy' }, p?.running() ?? 0)
      }
    })
    const executions = new Counter({ name: 'ailee_sandbox_executions_total', help: 'Sandbox executions that ended, by outcome (the receipt\'s status; aborted: lease lost or shutdown; error: the sandbox failed).', labelNames: ['outcome'], registers })
    const duration = new Histogram({ name: 'ailee_sandbox_duration_seconds', help: 'Wall-clock time of sandbox executions.', labelNames: ['outcome'], buckets: LATENCY_BUCKETS, registers })
    const bids = new Counter({ name: 'ailee_bids_sent_total', help: 'Bids this worker sent, by result: accepted (kept in the round), refused, undelivered.', labelNames: ['result'], registers })
    const declines = new Counter({ name: 'ailee_declines_sent_total', help: 'Offers this worker declined, by reason.', labelNames: ['reason'], registers })
    for (const outcome of SANDBOX_OUTCOMES) executions.inc({ outcome }, 0)
    for (const result of ['accepted', 'refused', 'undelivered']) bids.inc({ result }, 0)
    return {
      onExecution: (outcome, wallMs) => {
        executions.inc({ outcome })
        duration.observe({ outcome }, Math.max(0, wallMs) / 1000)
      },
      onBid: (decline, reason, result) => {
        if (decline) declines.inc({ reason: declineLabel(reason) })
        else bids.inc({ result })
      }
    }
  }
}

/** Sets a counter read from a source that counts itself (in `collect()`). */
function setCounter (counter: Counter<string>, labels: Record<string, string>, value: number): void {
  counter.reset()
  counter.inc(labels, value)
}
