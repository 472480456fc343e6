/**
 * The worker role's parts on a started host: the WorkerService, its gossip
 * subscriptions (offers in, telemetry out) and its side of `/ailee/task/1.0.0`
 * (Assign).
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import { taskFetchWindowMs } from '../config/limits.ts'
import type { AileeHost } from '../p2p/host.ts'
import type { TopicHandler } from '../p2p/gossip.ts'
import { topicsFor } from '../p2p/topics.ts'
import { InvalidMessageError, ProtocolError } from '../protocol/errors.ts'
import { assignFromWire, type Assign } from '../protocol/messages/assignment.ts'
import { decodeOfferBatch, type TaskOfferBatch } from '../protocol/messages/offer-batch.ts'
import type { RequestContext } from '../protocol/index.ts'
import { signReceipt } from '../chain/receipt.ts'
import { InspectThread, LruMap, ModuleCache, runInSandbox, SandboxPool } from '../runtime/index.ts'
import type { ExecutionOutcome } from '../runtime/wasi-sandbox.ts'
import type { ExecutorDeps } from '../worker/task-executor.ts'
import { WorkerService } from '../worker/worker-service.ts'
import { CoordinatorDirectory, subscribeCoordinators } from './coordinator-directory.ts'
import type { PeerClient } from './peer-client.ts'
import { ContentCache } from '../content/content-cache.ts'
import type { PrivateKey } from '@libp2p/interface'
import type { Logger } from 'pino'

/** The worker role as the composition root holds it. */
export interface WorkerRole {
  service: WorkerService
  /** The worker's module inspections by SHA-256 (`limits.moduleCacheBytes`, `moduleCacheEntries`). */
  modules: ModuleCache
  /** The worker's sandbox threads (`worker.slots` kept idle) and compiled modules; closed by `stop`. */
  pool: SandboxPool
  /** The modules and inputs kept in the blockstore (`worker.contentCacheBytes`, least recently used out). */
  contentCache: ContentCache
  handle: (request: ailee.v1.Request, ctx: RequestContext) => Promise<void>
  /** Graceful: drain (grace period), then stop telemetry. */
  stop: () => Promise<void>
}

/**
 * Programmatic collaborators of the worker role (never configuration): ports
 * an embedding program may replace. Nothing here is reachable from the CLI or
 * a config file.
 */
export interface WorkerRoleOptions {
  /**
   * Runs a module in the WASI sandbox: called once per execution with the
   * complete {@link SandboxTask} (its `programName` is the task id, its `seed`
   * the task's seed) and an AbortSignal (lease lost or shutdown); what it
   * resolves to is stored, signed in the receipt and delivered as the result.
   * Rejects when the signal aborts. Used by the Byzantine bench
   * (bench/byzantine.ts) to make a worker lie, and to count executions.
   * @default `runInSandbox` (src/runtime)
   */
  runSandbox?: ExecutorDeps['runSandbox']
  /** Told of every execution and every bid or decline sent (metrics, src/metrics/). @default none */
  observer?: WorkerObserver
}

/**
 * What a worker reports to an observer (src/metrics/node-metrics.ts implements it). Calls
 * must not throw.
 */
export interface WorkerObserver {
  /**
   * One sandbox execution ended: its outcome, or `aborted` (lease lost, shutdown) or `error`
   * (the sandbox failed to run it), and its wall-clock time, ms.
   */
  onExecution: (outcome: ExecutionOutcome | 'aborted' | 'error', wallMs: number) => void
  /**
   * A bid (`decline` false) or decline (`reason` one of worker-service's `DECLINE_REASONS`) was
   * sent: `accepted` (the coordinator kept the bid / noted the decline), `refused`, or `undelivered`.
   */
  onBid: (decline: boolean, reason: string, result: 'accepted' | 'refused' | 'undelivered') => void
}

/**
 * Builds and starts the worker role: the service bids only on offers from the
 * coordinators `worker.coordinators` admits (any when empty) and runs only
 * Assigns for its own bids (see {@link WorkerService.onAssign}).
 *
 * @param options ports replacing the built-in ones (see {@link WorkerRoleOptions})
 * @returns the started role: subscribed to offers, publishing telemetry
 */
export async function startWorkerRole (config: NodeConfig, host: AileeHost, privateKey: PrivateKey, peers: PeerClient, log: Logger, options: WorkerRoleOptions = {}): Promise<WorkerRole> {
  const topics = topicsFor(config.network.networkId)
  const self = host.peerId.toString()
  // same rules as the coordinator's admission (ModuleCache), prepared off the event loop, once per module
  const inspector = new InspectThread()
  const modules = new ModuleCache({ maxBytes: config.limits.moduleCacheBytes, maxEntries: config.limits.moduleCacheEntries, prepare: async bytes => await inspector.prepare(bytes) })
  // one reusable sandbox thread per task slot (released after worker.sandboxIdleMs idle), and the modules compiled once per hash and limit
  const pool = new SandboxPool({ size: config.worker.slots, idleMs: config.worker.sandboxIdleMs })
  // plaintext modules by SHA-256: a task naming a module this worker ran skips its fetch (task-executor.ts)
  const moduleBytes = new LruMap<Uint8Array>(config.limits.moduleCacheEntries, config.worker.moduleBytesCacheBytes)
  const observer = options.observer
  const runSandbox: ExecutorDeps['runSandbox'] = options.runSandbox ?? (async (task, signal) => await runInSandbox(task, { signal, modules, pool }))
  const sendBid = async (coordinator: string, bid: ailee.v1.IBid): Promise<{ accepted: boolean, reason: string }> => {
    const ack = (await peers.request(coordinator, { bid })).bidAck
    return ack == null ? { accepted: false, reason: 'no bid ack' } : { accepted: ack.accepted === true, reason: ack.reason ?? '' }
  }
  // modules and inputs kept in the blockstore up to worker.contentCacheBytes, least recently used out
  const contentCache = new ContentCache({ store: host.content, maxBytes: config.worker.contentCacheBytes, log: log.child({ component: 'worker:content' }) })
  await contentCache.start()
  const service = new WorkerService(config, {
    publishTelemetry: async t => { await host.gossip.publish(topics.telemetry, pb.Telemetry.encode(t).finish()) },
    sendBid: observer == null ? sendBid : observedSendBid(sendBid, observer)
  }, {
    selfPeerId: self,
    fetchContent: async (cid, maxBytes, signal) => await contentCache.get(cid, { maxBytes, signal }),
    modules: {
      get: hash => moduleBytes.get(hash),
      set: (hash, module) => { moduleBytes.set(hash, module, module.byteLength) }
    },
    addContent: async (bytes, options) => {
      const cid = await host.content.add(bytes)
      // only sealed outputs are announced in the DHT: anyone who finds the record may fetch the bytes
      if (options?.sealed === true) host.announcer.announce(cid)
      return cid.toString()
    },
    runSandbox: observer == null ? runSandbox : observedSandbox(runSandbox, observer),
    signReceipt: async receipt => await signReceipt(receipt, privateKey),
    sendHeartbeat: async (coordinator, heartbeat) => ackFromWire((await peers.request(coordinator, { heartbeat })).ack),
    sendResult: async (coordinator, result) => ackFromWire((await peers.request(coordinator, { result })).ack),
    limits: { maxModuleBytes: config.limits.maxModuleBytes, maxInputBytes: config.limits.maxInputBytes, fetchMs: taskFetchWindowMs(config) },
    resultDeliveryMs: config.timeouts.totalMs,
    log: log.child({ component: 'worker:executor' })
  }, log.child({ component: 'worker' }))

  if (config.worker.coordinators.length > 0) log.info({ coordinators: config.worker.coordinators }, 'serving only the coordinators in worker.coordinators')
  host.gossip.subscribe(topics.offers, offerTopicHandler(service, log.child({ component: 'worker' })))
  // workers relay coordinator announcements (the topic's mesh spans them) and keep the directory
  const coordinators = new CoordinatorDirectory(3 * config.coordinator.announceIntervalMs)
  subscribeCoordinators(host, topics.coordinators, coordinators, log.child({ component: 'worker:directory' }))
  await service.start()

  return {
    service,
    modules,
    pool,
    contentCache,
    handle: assignRequestHandler(service),
    stop: async () => {
      await service.drain()
      await service.stop()
      await pool.close()
      await inspector.close()
    }
  }
}

/** `run` reporting each execution's outcome and wall time to `observer`. */
function observedSandbox (run: ExecutorDeps['runSandbox'], observer: WorkerObserver): ExecutorDeps['runSandbox'] {
  return async (task, signal) => {
    const startedMs = Date.now()
    try {
      const result = await run(task, signal)
      observer.onExecution(result.outcome, result.wallMs)
      return result
    } catch (err) {
      observer.onExecution(signal.aborted ? 'aborted' : 'error', Date.now() - startedMs)
      throw err
    }
  }
}

/** `send` reporting each bid or decline and its fate to `observer`. */
function observedSendBid (send: (coordinator: string, bid: ailee.v1.IBid) => Promise<{ accepted: boolean, reason: string }>, observer: WorkerObserver): typeof send {
  return async (coordinator, bid) => {
    const decline = bid.decline === true
    try {
      const ack = await send(coordinator, bid)
      observer.onBid(decline, bid.reason ?? '', ack.accepted || decline ? 'accepted' : 'refused')
      return ack
    } catch (err) {
      observer.onBid(decline, bid.reason ?? '', 'undelivered')
      throw err
    }
  }
}

/** A coordinator's wire Ack as the executor reads it; no Ack at all counts as refused. */
function ackFromWire (ack: ailee.v1.IAck | null | undefined): { ok: boolean, reason: string } {
  return ack == null ? { ok: false, reason: 'no ack' } : { ok: ack.ok === true, reason: ack.reason ?? '' }
}

/** The part of the worker service the protocol boundary feeds. */
export type WorkerInbound = Pick<WorkerService, 'onOffer' | 'onAssign'>

/**
 * The offers-topic handler of a worker: decodes each payload as a
 * `TaskOfferBatch` (src/protocol/messages/offer-batch.ts) and decides per batch
 * and per offer, keeping the guarantees of single offers:
 *
 * - a payload that is not a `TaskOfferBatch` or names no coordinator throws in
 *   `decode`, so gossip REJECTS it (not delivered, not forwarded, sender penalised);
 * - a batch published by a peer other than the coordinator it names is rejected;
 * - an offer inside that does not convert (a missing or invalid field, see
 *   `taskOfferFromWire`) or names another coordinator is dropped alone (logged at
 *   debug): the batch's other offers are delivered and the batch is forwarded, as
 *   every node drops the same offers;
 * - a batch left with no offer is ignored (neither delivered nor forwarded, no penalty).
 *
 * Each offer of an accepted batch goes to `service.onOffer`, in batch order.
 */
export function offerTopicHandler (service: WorkerInbound, log?: Pick<Logger, 'debug'>): TopicHandler<TaskOfferBatch> {
  return {
    decode: bytes => decodeOfferBatch(bytes),
    validate: (batch, from) => {
      if (batch.coordinatorPeerId !== from.toString()) return 'reject'
      if (batch.dropped.length > 0) log?.debug({ coordinator: batch.coordinatorPeerId, dropped: batch.dropped }, 'offers of a batch dropped')
      return batch.offers.length > 0 ? 'accept' : 'ignore'
    },
    onMessage: batch => { for (const offer of batch.offers) void service.onOffer(offer) }
  }
}

/**
 * The worker's side of `/ailee/task/1.0.0`: converts an Assign and answers
 * with `service.onAssign`'s AssignAck.
 *
 * @throws {ProtocolError} `ERROR_CODE_UNSUPPORTED` for any request but Assign;
 *   `ERROR_CODE_INVALID_MESSAGE` (message naming the field) for an Assign that
 *   does not convert (see `assignFromWire`)
 */
export function assignRequestHandler (service: WorkerInbound): (request: ailee.v1.Request, ctx: Pick<RequestContext, 'peerId' | 'send'>) => Promise<void> {
  return async (request, ctx) => {
    if (request.body !== 'assign') throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, `a worker does not serve "${request.body ?? 'empty'}" requests`)
    let assign: Assign
    try {
      assign = assignFromWire(request.assign)
    } catch (err) {
      if (err instanceof InvalidMessageError) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, err.message, { cause: err })
      throw err
    }
    await ctx.send({ assignAck: service.onAssign(ctx.peerId.toString(), assign) })
  }
}
