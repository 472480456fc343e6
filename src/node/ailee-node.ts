/**
 * The composition root: builds one AILEE node in dependency order (identity,
 * state database, chain, libp2p/Helia host, role, protocol server) and tears
 * it down in reverse, each step bounded by a timeout.
 *
 * `--role` selects which role's parts are added on top of the common ones;
 * every role validates and stores blocks, serves content and joins the DHT.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { NodeConfig } from '../config/schema.ts'
import { ConfigError } from '../config/load.ts'
import { limitContradictions } from '../config/limits.ts'
import { createHost, type AileeHost } from '../p2p/host.ts'
import { loadOrCreateIdentity } from '../p2p/identity.ts'
import type { ReachabilityOptions } from '../p2p/reachability.ts'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { FrameBudget, TaskProtocolServer } from '../protocol/index.ts'
import { StateDb } from '../storage/index.ts'
import { ChainStore } from '../chain/chain-store.ts'
import { verifyStoredState } from '../chain/chain-verify.ts'
import { ChainStateError } from './chain-state-error.ts'
import { startChainSync, type ChainSync } from './chain-sync.ts'
import { createSyncServer } from './sync-server.ts'
import { followedProducers } from './chain-guard.ts'
import { startCoordinatorRole, type CoordinatorRole } from './coordinator-role.ts'
import { createLogger, p2pComponentLevel, type Logger } from './logger.ts'
import { parseLogLevels } from '../config/log-levels.ts'
import { createPeerClient } from './peer-client.ts'
import { startWorkerRole, type WorkerRole, type WorkerRoleOptions } from './worker-role.ts'
import { NodeMetrics } from '../metrics/node-metrics.ts'
import { startOpsServer, type OpsServer } from '../metrics/http-server.ts'
import { evaluateReadiness, healthReport, type ReadinessReport } from '../metrics/readiness.ts'
import { nodeReadinessChecks, type NodeProgress } from './readiness-checks.ts'
import { topicsFor } from '../p2p/topics.ts'
import { NODE_VERSION } from '../worker/worker-service.ts'
import { stringify as toYaml } from 'yaml'
import { takeBackup } from '../backup/take-backup.ts'
import { BackupScheduler } from './backup-scheduler.ts'
import { clearRestoredMarker, finishInterruptedRestore, readRestoredMarker } from '../backup/restore.ts'
import { catchUpOwnChain } from './own-chain-catch-up.ts'
import { reconcileRecoveredBlocks } from '../chain/own-chain-recovery.ts'

/** Options of {@link startNode}. */
export interface StartNodeOptions {
  /** identity key, state database (`state/`) and content blocks (`content/`) live here */
  dataDir: string
  /** @default a pino logger at `config.logLevel` on stderr */
  logger?: Logger
  /** worker role only: ports an embedding program replaces (not configuration; see {@link WorkerRoleOptions}). @default none */
  worker?: WorkerRoleOptions
}

/** A running node. */
export interface StartedNode {
  peerId: string
  role: 'coordinator' | 'worker'
  /** listening multiaddrs, each with `/p2p/<peer id>` */
  multiaddrs: () => string[]
  host: AileeHost
  db: StateDb
  chain: ChainStore
  /** Following other producers' chains: counts of what their blocks cost and why some were refused. */
  chainSync: ChainSync
  coordinator?: CoordinatorRole
  worker?: WorkerRole
  /** The node's own backups (`backup.dir` set): periodic, and `backupNow()` on demand; undefined when `backup.dir` is empty. */
  backups?: BackupScheduler
  /**
   * The node's budget of bytes buffered for incomplete inbound frames
   * (`limits.maxInFlightFrameBytes`), shared by the protocol server and the
   * node's own requests; its counters show what the node buffered at most.
   */
  frameBudget: FrameBudget
  /**
   * `http://host:port/metrics` of the node's ops endpoint (`metrics.listen`; `/health` and
   * `/ready` beside it); undefined when `metrics.enabled` is false.
   */
  metricsUrl?: string
  /** The node's Prometheus registry and series; undefined when `metrics.enabled` is false. */
  metrics?: NodeMetrics
  /** What `GET /ready` would answer now (also without the HTTP endpoint). */
  readiness: () => ReadinessReport
  /** Graceful stop (worker: drain within the grace period; coordinator: stop accepting). Idempotent. */
  stop: () => Promise<void>
}

const STOP_STEP_MS = 15_000

/**
 * Starts a node with `config` in `options.dataDir`. On restart the node
 * validates its stored chain before it serves.
 *
 * @throws ConfigError when the limits of `config` contradict each other (`limitContradictions`)
 * @throws DatabaseLockedError when another process uses the data directory
 * @throws ChainStateError when a stored chain or the ledger does not verify (names the producer, height and
 *   first bad field, and the way out: `bin/node chain repair --data-dir D`)
 * @throws when a listen address cannot be bound
 * @throws MetricsListenError when `metrics.listen` cannot be bound (the ops endpoint
 *   starts once the state database is open, so `/health` answers while the chain is validated)
 */
export async function startNode (config: NodeConfig, options: StartNodeOptions): Promise<StartedNode> {
  const contradictions = limitContradictions(config)
  if (contradictions.length > 0) {
    throw new ConfigError(`limits contradict each other:\n${contradictions.map(c => `  - ${c}`).join('\n')}`)
  }
  const levels = parseLogLevels(config.logLevel)
  const log = options.logger ?? createLogger(levels, { role: config.role }, { format: config.logFormat })
  // a restore killed between its two renames is finished first: never start a fresh node in its place
  await finishInterruptedRestore(options.dataDir)
  await mkdir(options.dataDir, { recursive: true })
  const privateKey = await loadOrCreateIdentity(options.dataDir)
  const teardown: Array<[string, () => Promise<void>]> = []
  // what /ready reads; filled in step by step below
  const progress: NodeProgress = { chainValidated: false, serving: false, stopping: false }
  const readinessChecks = nodeReadinessChecks(config, progress)
  const readiness = (): ReadinessReport => evaluateReadiness(readinessChecks)
  const metrics = config.metrics.enabled ? new NodeMetrics({ role: config.role, version: NODE_VERSION }) : undefined
  const stopAll = async (): Promise<void> => {
    for (const [name, fn] of teardown.reverse()) {
      await bounded(fn(), STOP_STEP_MS).catch(err => { log.error({ err, step: name }, 'stop step failed') })
    }
    teardown.length = 0
  }
  try {
    // the first step pushed is the last undone: the registry empties after everything stopped
    if (metrics != null) teardown.push(['metrics', async () => { metrics.close() }])
    const db = await StateDb.open(join(options.dataDir, 'state'))
    teardown.push(['state db', async () => { await db.close() }])
    progress.db = db
    // after the data directory's lock (a second node on it fails on that, not on the port), before
    // the chain's validation, which may take long: /health answers meanwhile
    let ops: OpsServer | undefined
    if (metrics != null) {
      const startedAtMs = Date.now()
      ops = await startOpsServer(config.metrics.listen, {
        metrics: async () => await metrics.scrape(),
        health: async () => await healthReport(config.role, startedAtMs),
        ready: readiness
      })
      teardown.push(['metrics endpoint', async () => { await ops?.close() }])
      log.info({ metricsUrl: ops.metricsUrl }, 'serving /metrics, /health and /ready')
    }
    // other producers' chains are checkpointed as they grow (the own chain's by the block producer)
    const chain = new ChainStore(db, { checkpoints: { interval: config.chain.checkpointInterval, own: peerIdFromPrivateKey(privateKey).toString() } })
    // every stored chain is validated and the own ledger replayed against its chain before anything is
    // served; another producer's stored chain must meet the bounds of received blocks (config chain.*)
    const followed = new Set(followedProducers(config))
    const verified = await verifyStoredState(db, chain, {
      own: peerIdFromPrivateKey(privateKey).toString(),
      foreign: {
        maxBlockEntries: config.chain.maxForeignBlockEntries,
        maxBlockBytes: config.chain.maxForeignBlockBytes,
        follows: producer => followed.size === 0 || followed.has(producer)
      },
      // validated and replayed from each chain's last checkpoint (chain.checkpointInterval)
      checkpoints: {
        interval: config.chain.checkpointInterval,
        onIgnored: (producer, reason) => { log.warn({ producer }, `chain checkpoint not used, the chain is validated from block 0: ${reason}`) }
      }
    })
    if (!verified.valid) throw new ChainStateError(options.dataDir, verified.errors)
    for (const report of verified.chains) {
      if (report.dropped == null) continue
      await chain.truncate(report.producer, -1)
      log.warn({ producer: report.producer, height: report.height }, `stored chain of another producer dropped: ${report.dropped}`)
    }
    progress.chainValidated = true

    const host = await createHost({
      privateKey,
      dataDir: join(options.dataDir, 'content'),
      networkId: config.network.networkId,
      listen: config.network.listen,
      announce: config.network.announce,
      noAnnounce: config.network.noAnnounce,
      reachability: reachabilityOf(config),
      bootstrap: config.network.bootstrap,
      mdns: config.network.mdns,
      dht: config.network.dht,
      maxConnections: config.network.maxConnections,
      pingTimeoutMs: config.network.pingTimeoutMs,
      contentTimeoutMs: config.timeouts.fetchMs,
      contentTimeoutMsPerMiB: config.timeouts.fetchMsPerMiB,
      maxMessageBytes: config.limits.maxMessageBytes,
      contentAnnounce: config.content.announce,
      // libp2p, Helia and our p2p layer log into the node's pino (peerId added by the host)
      pino: log,
      componentLevel: component => p2pComponentLevel(levels, component),
      metrics: metrics?.libp2p
    })
    teardown.push(['host', async () => { await host.stop() }])
    progress.host = {
      multiaddrs: () => host.multiaddrs(),
      connectedPeers: () => host.libp2p.getPeers().map(String),
      subscribers: topic => host.libp2p.services.pubsub.getSubscribers(topic).map(String)
    }
    const peerId = host.peerId.toString()
    const nodeLog = log.child({ peerId })
    // one budget for every inbound frame of this node: requests served and responses to its own requests
    const frameBudget = new FrameBudget(config.limits.maxInFlightFrameBytes)
    const peers = createPeerClient(host.libp2p, config, frameBudget)

    const sync: ChainSync = startChainSync(config, host, chain, nodeLog.child({ component: 'chain' }), undefined, frameBudget)
    teardown.push(['chain sync', async () => { sync.stop() }])
    // every role serves its stored chains to peers that catch up (docs/chain-sync.md)
    const syncServer = createSyncServer(host.libp2p, config, chain, frameBudget)
    await syncServer.start()
    teardown.push(['sync server', async () => { await syncServer.stop() }])
    metrics?.attachNode({ peerId, host, chain, chainSync: sync, topics: topicsFor(config.network.networkId), stateDb: db })

    // the first start after a restore: a coordinator fetches the own blocks it sealed after the
    // backup from its peers before its block producer seals again (docs/maintenance.md, "Backups")
    let ownState = verified.ownState
    const restored = await readRestoredMarker(options.dataDir)
    if (restored != null) {
      if (config.role === 'coordinator') {
        const restoreLog = nodeLog.child({ component: 'restore' })
        const caught = await catchUpOwnChain({
          self: peerId,
          chain,
          peers: () => host.libp2p.getPeers().map(String),
          ...sync.range.ask,
          maxBlocksPerRequest: config.chain.sync.maxBlocksPerRequest,
          waitMs: config.backup.restoreSyncMs,
          log: restoreLog
        })
        if (caught.peersAnswered === 0) restoreLog.warn({ waitMs: config.backup.restoreSyncMs }, 'restored from a backup, but no peer answered its chain heads: blocks sealed after the backup, if any, are not recovered (the chain may fork at those heights)')
        if (caught.blocks.length > 0) {
          const reconciled = await reconcileRecoveredBlocks(db, chain, peerId, caught.blocks, config.coordinator.submissionMaxSkewMs)
          if (!reconciled.repair.after.valid) throw new ChainStateError(options.dataDir, reconciled.repair.after.errors)
          ownState = reconciled.repair.after.ownState
          restoreLog.info({ blocks: caught.blocks.length, height: caught.claimedHeight, pendingSealed: reconciled.pendingSealed, markedApplied: reconciled.markedApplied, ledgerAccountsRewritten: reconciled.repair.ledgerAccountsRewritten.length }, 'own blocks sealed after the backup recovered from peers')
        } else {
          restoreLog.info({ peersAnswered: caught.peersAnswered }, 'restored from a backup: no own block beyond it on any peer')
        }
      }
      await clearRestoredMarker(options.dataDir)
    }

    let coordinator: CoordinatorRole | undefined
    let worker: WorkerRole | undefined
    if (config.role === 'coordinator') {
      coordinator = await startCoordinatorRole(config, host, db, chain, privateKey, peers, nodeLog, ownState, metrics?.observeStep())
      teardown.push(['coordinator', coordinator.stop])
      const c = coordinator
      progress.coordinator = { accepting: c.accepting, openTasks: () => c.orchestrator.openTaskCount }
      metrics?.attachCoordinator({ registry: c.orchestrator.registry, admissionQueue: c.admission.queue, pinQuota: c.admission.pinQuota, offerMessages: () => c.offers.published })
    } else {
      const observer = metrics?.workerObserver(() => worker == null ? undefined : { running: () => worker!.service.running, slots: config.worker.slots })
      worker = await startWorkerRole(config, host, privateKey, peers, nodeLog, { ...options.worker, observer: options.worker?.observer ?? observer })
      teardown.push(['worker', worker.stop])
      const w = worker
      progress.worker = { draining: () => w.service.draining }
    }
    const role = coordinator ?? worker!
    // the node's own backups: a snapshot of its state database and a copy of its content while no
    // garbage collection runs (docs/maintenance.md, "Backups")
    let backups: BackupScheduler | undefined
    if (config.backup.dir !== '') {
      const retention = coordinator?.retention
      backups = new BackupScheduler({
        intervalMs: config.backup.intervalMs,
        log: nodeLog.child({ component: 'backup' }),
        take: async () => await takeBackup({
          db,
          dataDir: options.dataDir,
          to: config.backup.dir,
          peerId,
          configYaml: toYaml(config),
          keep: config.backup.keep,
          exclusive: retention == null ? undefined : async work => await retention.exclusive(work)
        })
      })
      backups.start()
      const b = backups
      teardown.push(['backups', async () => { await b.stop() }])
    }
    const server = new TaskProtocolServer(host.libp2p, {
      networkId: config.network.networkId,
      maxMessageBytes: config.limits.maxMessageBytes,
      maxStreamsPerPeer: config.limits.maxStreamsPerPeer,
      maxRequestsPerPeerPerSecond: config.limits.maxRequestsPerPeerPerSecond,
      requestTimeoutMs: config.timeouts.requestMs,
      frameBudget,
      // undefined: serve the task protocol's sessions too (network.taskSessions)
      session: config.network.taskSessions ? undefined : false,
      logger: host.libp2p.logger
    }, role.handle)
    await server.start()
    // stopped before the role so no request reaches a stopping role
    teardown.push(['protocol server', async () => { await server.stop() }])
    progress.serving = true

    nodeLog.info({ role: config.role, multiaddrs: host.multiaddrs() }, 'node started')
    let stopping: Promise<void> | undefined
    return {
      peerId,
      role: config.role,
      multiaddrs: () => host.multiaddrs(),
      host,
      db,
      chain,
      chainSync: sync,
      coordinator,
      worker,
      backups,
      frameBudget,
      metricsUrl: ops?.metricsUrl,
      metrics,
      readiness,
      stop: async () => {
        progress.stopping = true
        stopping ??= (async () => {
          nodeLog.info('stopping')
          await stopAll()
          nodeLog.info('stopped')
          log.flush()
        })()
        await stopping
      }
    }
  } catch (err) {
    await stopAll()
    throw err
  }
}

async function bounded (work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`timed out after ${ms} ms`)) }, ms) })
  try {
    await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * NAT traversal of a node from `network.*` (docs/reachability.md): relay service
 * is offered when `network.relay.server.enabled` is true, or `auto` on a coordinator; relays are
 * found through the DHT (`network.relay.discover`) up to `network.relay.wanted`.
 */
export function reachabilityOf (config: NodeConfig): ReachabilityOptions {
  const { relay, autoNat, holePunching, upnp } = config.network
  const serve = relay.server.enabled === 'auto' ? config.role === 'coordinator' : relay.server.enabled
  return {
    autoNat,
    holePunching,
    upnp,
    relayReserve: relay.reserve,
    relaysWanted: relay.wanted,
    discoverRelays: relay.discover,
    relayServer: serve
      ? { maxReservations: relay.server.maxReservations, reservationTtlMs: relay.server.reservationTtlMs, durationLimitMs: relay.server.durationLimitMs, dataLimitBytes: relay.server.dataLimitBytes }
      : undefined
  }
}
