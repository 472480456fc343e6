/**
 * The worker role: publishes telemetry, bids on offers it can serve, accepts
 * assignments up to its slots, runs them (task-executor.ts), and on shutdown
 * stops bidding, lets running tasks finish within a grace period and hands
 * back the rest.
 */
import pkg from '../../package.json' with { type: 'json' }
import type { NodeConfig } from '../config/schema.ts'
import type { ailee } from '../proto/index.ts'
import { SlotBook } from './slots.ts'
import { startExecution, type Execution, type ExecutorDeps } from './task-executor.ts'
import { HostSampler } from './telemetry-sampler.ts'
import type { Logger } from 'pino'

/** What the worker uses of the network besides what an execution uses. */
export interface WorkerNetwork {
  publishTelemetry: (telemetry: ailee.v1.ITelemetry) => Promise<void>
  sendBid: (coordinator: string, bid: ailee.v1.IBid) => Promise<ailee.v1.IBidAck>
}

/** How long after an offer's bid deadline a bid keeps its slot reserved for the assignment, ms. */
const BID_HOLD_AFTER_DEADLINE_MS = 2_000

/** Software version reported in telemetry: the package version. */
export const NODE_VERSION: string = pkg.version

export class WorkerService {
  readonly #config: NodeConfig
  readonly #network: WorkerNetwork
  readonly #executor: ExecutorDeps
  readonly #log: Logger
  readonly #slots: SlotBook
  readonly #sampler = new HostSampler()
  readonly #executions = new Map<string, Execution>()
  readonly #startedAtMs = Date.now()
  #seq = 0
  #lastCpuLoad = 0
  #draining = false
  #timer: NodeJS.Timeout | undefined

  constructor (config: NodeConfig, network: WorkerNetwork, executor: ExecutorDeps, log: Logger) {
    this.#config = config
    this.#network = network
    this.#executor = executor
    this.#log = log
    this.#slots = new SlotBook(config.worker.slots)
  }

  /** Starts publishing telemetry (at once, then every telemetry interval). */
  async start (): Promise<void> {
    this.#timer = setInterval(() => { void this.publishTelemetry() }, this.#config.worker.telemetryIntervalMs)
    await this.publishTelemetry()
  }

  /** Tasks running now. */
  get running (): number {
    return this.#executions.size
  }

  /** Publishes one telemetry message (best effort). */
  async publishTelemetry (): Promise<void> {
    const host = this.#sampler.sample()
    this.#lastCpuLoad = host.cpuLoad
    const telemetry: ailee.v1.ITelemetry = {
      peerId: this.#executor.selfPeerId,
      timestampMs: Date.now(),
      seq: ++this.#seq,
      cpuLoad: host.cpuLoad,
      memoryUsedBytes: host.memoryUsedBytes,
      memoryTotalBytes: host.memoryTotalBytes,
      runningTasks: this.#executions.size,
      capacitySlots: this.#slots.capacity,
      maxMemoryPages: this.#config.worker.maxMemoryPages,
      price: this.#config.worker.price,
      version: NODE_VERSION,
      draining: this.#draining,
      uptimeMs: Date.now() - this.#startedAtMs
    }
    await this.#network.publishTelemetry(telemetry).catch(err => { this.#log.debug({ err }, 'telemetry publish failed') })
  }

  /**
   * An offer arrived on the offers topic: bid if this worker can serve it,
   * otherwise tell the coordinator why not (so its bid window can close early
   * and `bin/node status` can say why nobody bid). A bid holds a slot until
   * shortly after the bid deadline, when the assignment would have arrived.
   */
  async onOffer (offer: ailee.v1.ITaskOffer): Promise<void> {
    const now = Date.now()
    const key = `${offer.taskId ?? ''}/${offer.attempt ?? 0}`
    const coordinator = offer.coordinatorPeerId ?? ''
    const base = { taskId: offer.taskId, attempt: offer.attempt, price: this.#config.worker.price }
    let why = this.#declineReason(offer, now)
    if (why == null && !this.#slots.reserve(key, (offer.bidDeadlineMs ?? now) + BID_HOLD_AFTER_DEADLINE_MS, now)) why = 'no free slot'
    if (why != null) {
      this.#log.debug({ task: offer.taskId, why }, 'declining offer')
      if (why !== 'bid deadline passed') {
        await this.#network.sendBid(coordinator, { ...base, decline: true, reason: why }).catch(() => {})
      }
      return
    }
    try {
      const ack = await this.#network.sendBid(coordinator, {
        ...base,
        health: 1 - this.#lastCpuLoad,
        queueDepth: this.#slots.used(now),
        freeSlots: this.#slots.free(now)
      })
      if (ack.accepted !== true) this.#slots.release(key)
    } catch (err) {
      this.#slots.release(key)
      this.#log.debug({ err, task: offer.taskId }, 'bid not delivered')
    }
  }

  #declineReason (offer: ailee.v1.ITaskOffer, now: number): string | undefined {
    if (this.#draining) return 'draining'
    if ((offer.memoryPages ?? 0) > this.#config.worker.maxMemoryPages) return 'needs more memory than this worker accepts'
    if ((offer.maxPrice ?? 0) < this.#config.worker.price) return 'pays less than this worker asks'
    if ((offer.moduleSizeBytes ?? 0) > this.#config.limits.maxModuleBytes) return 'module larger than this worker accepts'
    if ((offer.bidDeadlineMs ?? 0) < now) return 'bid deadline passed'
    if (this.#slots.free(now) <= 0) return 'no free slot'
    return undefined
  }

  /** An Assign arrived from `coordinator`: accept it if a slot is free (reserved by the bid or not). */
  onAssign (coordinator: string, assign: ailee.v1.IAssign): ailee.v1.IAssignAck {
    const key = `${assign.taskId ?? ''}/${assign.attempt ?? 0}`
    if (this.#draining) return { accepted: false, reason: 'draining' }
    if ((assign.spec?.limits?.memoryPages ?? 0) > this.#config.worker.maxMemoryPages) return { accepted: false, reason: 'needs more memory than this worker accepts' }
    if (!this.#slots.acquire(key, Date.now())) return { accepted: false, reason: `all ${this.#slots.capacity} slots busy` }
    const execution = startExecution(coordinator, assign, this.#executor, assign.leaseMs ?? this.#config.timeouts.leaseMs)
    this.#executions.set(key, execution)
    void execution.done.finally(() => {
      this.#executions.delete(key)
      this.#slots.release(key)
    })
    return { accepted: true, reason: '' }
  }

  /**
   * Graceful shutdown: stop bidding and say so in telemetry, wait up to the
   * grace period for running tasks, then abort and hand back what still runs.
   */
  async drain (): Promise<void> {
    if (this.#draining) return
    this.#draining = true
    await this.publishTelemetry()
    const all = (): Promise<unknown> => Promise.allSettled([...this.#executions.values()].map(e => e.done))
    const grace = new Promise(resolve => setTimeout(resolve, this.#config.worker.shutdownGraceMs).unref())
    await Promise.race([all(), grace])
    if (this.#executions.size > 0) {
      this.#log.warn({ running: this.#executions.size }, 'grace period over: handing back running tasks')
      for (const e of this.#executions.values()) {
        e.handBack = true
        e.controller.abort(new Error('worker shutting down'))
      }
      await all()
    }
  }

  /** Stops the telemetry timer (call after drain). */
  async stop (): Promise<void> {
    clearInterval(this.#timer)
  }
}
