/**
 * The coordinator role's parts on a started host: task store, orchestrator,
 * request service, block producer, and the gossip subscriptions (telemetry in,
 * offers and blocks out).
 */
import { PlaintextCache, withInlineContent } from '../coordinator/assign-inline.ts'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import type { AileeHost } from '../p2p/host.ts'
import { topicsFor } from '../p2p/topics.ts'
import type { RequestContext } from '../protocol/index.ts'
import { InspectThread, ModuleCache } from '../runtime/index.ts'
import { PinQuota } from '../coordinator/pin-quota.ts'
import { ContentRetention, taskUse } from '../coordinator/content-retention.ts'
import { TaskPruner } from '../coordinator/task-pruning.ts'
import type { FairQueue } from '../coordinator/fair-queue.ts'
import type { StateDb } from '../storage/index.ts'
import { BlockProducer } from '../coordinator/block-producer.ts'
import { CoordinatorService } from '../coordinator/coordinator-service.ts'
import { RocksTaskStore } from '../coordinator/rocks-task-store.ts'
import { SettlementLog } from '../chain/settlement-log.ts'
import { NonceStore } from '../chain/nonce-store.ts'
import { toAmount } from '../chain/amount.ts'
import { Accounts } from '../coordinator/accounts.ts'
import { receiptProofToWire } from '../chain/proof.ts'
import { TaskOrchestrator, type TaskOrchestratorInit } from '../coordinator/task-orchestrator.ts'
import { OfferBatcher } from '../coordinator/offer-batcher.ts'
import { systemClock } from '../coordinator/clock.ts'
import { TelemetryStore } from '../coordinator/telemetry-store.ts'
import { telemetryFromWire } from '../protocol/messages/telemetry.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import type { ReplayedLedger } from '../chain/ledger-replay.ts'
import type { PeerClient } from './peer-client.ts'
import { CoordinatorAnnouncer, CoordinatorDirectory, coordinatorToWire, subscribeCoordinators } from './coordinator-directory.ts'
import type { PrivateKey } from '@libp2p/interface'
import type { Logger } from 'pino'

/** The coordinator role as the composition root holds it. */
export interface CoordinatorRole {
  orchestrator: TaskOrchestrator
  store: RocksTaskStore
  handle: (request: ailee.v1.Request, ctx: RequestContext) => Promise<void>
  /**
   * Admission's parts: the fair queue submissions wait in, the module verdicts by SHA-256
   * (`limits.moduleCacheBytes`), and the pinned bytes per client account (`limits.maxPinnedBytesPerClient`).
   */
  admission: { queue: FairQueue, modules: ModuleCache, pinQuota: PinQuota }
  /** False once the role stops taking tasks (stop called). */
  accepting: () => boolean
  /** Pins counted per use and garbage collection of the content store (`collect()` on demand). */
  retention: ContentRetention
  /** The network's coordinators as their announcements tell (this one included once it announced). */
  coordinators: CoordinatorDirectory
  /** Batches the offers of one event-loop turn into one gossip message; `published` counts them (messages, offers, the largest batch). */
  offers: OfferBatcher
  /** Graceful: stop taking tasks, let in-flight results land (grace period), seal pending receipts. */
  stop: () => Promise<void>
}

/** True for a task whose module, input and output are sealed envelopes (it has a content key; docs/privacy.md). */
function isSealedTask (task: { contentKey?: string } | undefined): boolean {
  return task?.contentKey != null && task.contentKey !== ''
}

/**
 * Builds and starts the coordinator role. `sealedState`: the ledger replayed to the own chain's head by the
 * start-up verification (when the ledger rules were already stored); else the block producer replays it.
 *
 * @param observeStep sees every lifecycle step of every task (metrics; `TaskOrchestratorInit.observeStep`)
 */
export async function startCoordinatorRole (config: NodeConfig, host: AileeHost, db: StateDb, chain: ChainStore, privateKey: PrivateKey, peers: PeerClient, log: Logger, sealedState?: ReplayedLedger, observeStep?: TaskOrchestratorInit['observeStep']): Promise<CoordinatorRole> {
  const topics = topicsFor(config.network.networkId)
  const self = host.peerId.toString()
  const settlements = new SettlementLog(db, { workerBond: BigInt(config.verification.workerBond) })
  const genesis = Object.entries(config.ledger.genesis).map(([account, amount]) => ({ account, amount: toAmount(amount) }))
  if (await settlements.applyGenesis(genesis)) log.info({ accounts: genesis.length }, 'genesis allocation credited')
  const accounts = new Accounts({
    coordinatorPeerId: self,
    settlements,
    nonces: new NonceStore(db),
    clock: systemClock,
    maxSkewMs: config.coordinator.submissionMaxSkewMs,
    decimals: config.ledger.decimals
  })
  const store = new RocksTaskStore(db, settlements)
  const pinQuota = new PinQuota(config.limits.maxPinnedBytesPerClient)
  // admitted plaintext by stored CID: the inline Assign neither reads it back nor decrypts it again
  const plaintext = new PlaintextCache(config.limits.assignPlaintextCacheBytes, config.limits.moduleCacheEntries)
  // verdicts by SHA-256, prepared off the event loop: the same module is inspected once (security finding 14)
  const inspector = new InspectThread()
  const modules = new ModuleCache({ maxBytes: config.limits.moduleCacheBytes, maxEntries: config.limits.moduleCacheEntries, keepModules: false, prepare: async bytes => await inspector.prepare(bytes) })
  const isLive = (taskId: string): boolean => orchestrator.isOpen(taskId) || pinQuota.holdsTask(taskId)
  // ended task records deleted after coordinator.taskRetentionMs, first in every collection
  const pruner = new TaskPruner({ store, retentionMs: config.coordinator.taskRetentionMs, isLive, log: log.child({ component: 'coordinator:tasks' }) })
  // pins counted per use (module, input, output of each task), released after content.retention, collected
  // every content.gc.intervalMs (docs/maintenance.md)
  const retention: ContentRetention = new ContentRetention({
    db,
    content: host.content,
    tasks: store,
    retention: config.content.retention,
    isLive,
    pruneTasks: async () => (await pruner.prune()).length,
    log: log.child({ component: 'coordinator:content' })
  })
  // the offers of one event-loop turn go out in one gossip message (src/coordinator/offer-batcher.ts)
  const offers = new OfferBatcher({
    coordinatorPeerId: self,
    maxOffers: config.coordinator.offerBatch.maxOffers,
    maxBytes: config.coordinator.offerBatch.maxBytes,
    publish: async payload => { await host.gossip.publish(topics.offers, payload) }
  })
  const orchestrator = new TaskOrchestrator({
    config,
    pinQuota,
    selfPeerId: self,
    store,
    network: {
      publishOffer: async offer => { await offers.add(offer) },
      sendAssign: async (worker, plain) => {
        // small module and input go inline: the worker then fetches nothing (src/coordinator/assign-inline.ts)
        const assign = await withInlineContent(plain, config.limits.assignInlineBytes, async (cid, maxBytes) => await host.content.get(cid, { maxBytes, offline: true }), cid => plaintext.get(cid))
        const ack = (await peers.request(worker, { assign })).assignAck
        return { accepted: ack?.accepted === true, reason: ack?.reason ?? 'no assign ack', running: ack?.running === true }
      },
      cidFor: async bytes => (await host.content.cidFor(bytes)).toString(),
      storeOutput: async (bytes, taskId) => {
        const cid = await retention.storeAndHold(bytes, taskUse(taskId, 'output'))
        // sealed (the task has a content key) or not announced: a provider record lets anyone fetch the bytes
        if (isSealedTask(await orchestrator.get(taskId))) host.announcer.announce(cid)
      }
    },
    clock: systemClock,
    log: log.child({ component: 'coordinator:orchestrator' }),
    observeStep
  })
  const service = new CoordinatorService(orchestrator, {
    config,
    fetchContent: async (cid, maxBytes, timeoutMs) => await host.content.get(cid, { maxBytes, timeoutMs }),
    pin: async (cid, use) => { await retention.hold(cid, use) },
    cidFor: async bytes => (await host.content.cidFor(bytes)).toString(),
    store: async (bytes, use) => (await retention.storeAndHold(bytes, use)).toString(),
    inspectModule: async (module, maxMemoryPages, hash) => { await modules.check(module, maxMemoryPages, hash) },
    pinQuota,
    balance: async account => await settlements.balance(account),
    announce: cid => { host.announcer.announce(cid) },
    plaintext: (cid, bytes) => { plaintext.remember(cid, bytes) }
  }, systemClock, log.child({ component: 'coordinator' }), accounts, async (taskId, receipt) => {
    // only this coordinator's own chain: the proof is of what it sealed
    const proof = await chain.proveReceipt(taskId, self, receipt)
    return proof == null ? undefined : receiptProofToWire(proof, privateKey.publicKey)
  })
  const producer = new BlockProducer({
    settlements,
    chain,
    privateKey,
    intervalMs: config.coordinator.blockIntervalMs,
    maxEntries: config.coordinator.maxReceiptsPerBlock,
    publish: async block => { await host.gossip.publish(topics.blocks, pb.Block.encode(block).finish()) },
    log: log.child({ component: 'coordinator:blocks' }),
    state: sealedState,
    checkpointInterval: config.chain.checkpointInterval
  })

  const telemetryStore = new TelemetryStore(db, { onInvalid: (key, err) => { log.warn({ key, err }, 'stored telemetry record unreadable: skipped') } })
  for (const node of await telemetryStore.nodes()) orchestrator.registry.restore(node.peerId, node.telemetry, node.lastSeenMs)
  host.gossip.subscribe(topics.telemetry, {
    // a payload that does not decode or convert (telemetryFromWire throws) is rejected, as is one
    // whose author is not the worker it describes: either way the sender loses gossip score
    decode: bytes => telemetryFromWire(pb.Telemetry.decode(bytes)),
    validate: (t, from) => t.peerId === from.toString() ? 'accept' : 'reject',
    onMessage: (t, from) => {
      orchestrator.onTelemetry(from.toString(), t)
      void telemetryStore.record(from.toString(), t, Date.now()).catch(err => { log.warn({ err }, 'telemetry not persisted') })
    }
  })
  const onDisconnect = (evt: CustomEvent<{ toString: () => string }>): void => { orchestrator.onWorkerDisconnected(evt.detail.toString()) }
  host.libp2p.addEventListener('peer:disconnect', onDisconnect)

  // coordinators announce themselves on gossip; this one answers CoordinatorsQuery from what it heard
  const coordinators = new CoordinatorDirectory(3 * config.coordinator.announceIntervalMs)
  subscribeCoordinators(host, topics.coordinators, coordinators, log.child({ component: 'coordinator:directory' }))
  const announcer = new CoordinatorAnnouncer(host, topics.coordinators, config.coordinator.announceIntervalMs, {
    multiaddrs: () => host.multiaddrs(),
    accepting: () => service.accepting,
    openTasks: () => orchestrator.openTaskCount
  }, coordinators, log.child({ component: 'coordinator:directory' }))
  /** This coordinator first (as of now), then the others heard from, most recent first. */
  const coordinatorList = (): ailee.v1.ICoordinatorList => ({
    coordinators: [announcer.current(), ...coordinators.list(Date.now()).filter(c => c.peerId !== self).map(coordinatorToWire)]
  })

  await orchestrator.start()
  await producer.start()
  retention.start(config.content.gc.intervalMs)
  announcer.start()

  return {
    orchestrator,
    store,
    handle: async (request, ctx) => {
      if (request.body === 'coordinators') return await ctx.send({ coordinators: coordinatorList() })
      await service.handle(request, ctx)
    },
    admission: { queue: service.admissionQueue, modules, pinQuota },
    accepting: () => service.accepting,
    retention,
    coordinators,
    offers,
    stop: async () => {
      service.stopAccepting()
      // tells clients and other nodes at once that this one takes no more tasks
      await announcer.stop()
      host.libp2p.removeEventListener('peer:disconnect', onDisconnect)
      await orchestrator.stop()
      await retention.stop()
      await producer.stop()
      await inspector.close()
    }
  }
}
