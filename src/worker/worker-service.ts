/**
 * The worker role: publishes telemetry, bids on offers it can serve, accepts
 * assignments up to its slots, runs them (task-executor.ts), and on shutdown
 * stops bidding, lets running tasks finish within a grace period and hands
 * back the rest.
 *
 * Offers and assignments arrive as complete domain values
 * (src/protocol/messages/assignment.ts), converted and checked at the
 * protocol boundary (src/node/worker-role.ts). Timers are the global
 * `setInterval`/`setTimeout` and the clock is injected, so the service runs
 * under `mock.timers` in tests.
 */
import pkg from '../../package.json' with { type: 'json' }
import type { NodeConfig } from '../config/schema.ts'
import type { Assign, TaskOffer } from '../protocol/messages/assignment.ts'
import { telemetryToWire, type Telemetry } from '../protocol/messages/telemetry.ts'
import type { ailee } from '../proto/index.ts'
import { SlotBook } from './slots.ts'
import { startExecution, type Execution, type ExecutorDeps } from './task-executor.ts'
import { HostSampler, type HostSample } from './telemetry-sampler.ts'
import type { Logger } from 'pino'

/** A coordinator's answer to a bid: `accepted` = the bid won (an Assign follows); `reason` says why not otherwise. */
export interface BidAck {
  accepted: boolean
  reason: string
}

/** The worker's answer to an Assign: `accepted` false = refused, `reason` says why ('' when accepted). */
export interface AssignAck {
  accepted: boolean
  reason: string
}

/** What the worker uses of the network besides what an execution uses. */
export interface WorkerNetwork {
  /** publishes on the telemetry topic; may reject (the service logs and goes on) */
  publishTelemetry: (telemetry: ailee.v1.ITelemetry) => Promise<void>
  /** sends a bid (or a decline) to `coordinator`; rejects when it is unreachable */
  sendBid: (coordinator: string, bid: ailee.v1.IBid) => Promise<BidAck>
}

/** Optional collaborators of {@link WorkerService}, for tests. */
export interface WorkerServiceOptions {
  /** the clock, Unix ms (bid deadlines, slot holds, telemetry, executions). @default Date.now */
  now?: () => number
  /** host figures for telemetry. @default a {@link HostSampler} of this host */
  sampler?: { sample: () => HostSample }
}

/** How long after an offer's bid deadline a bid keeps its slot reserved for the assignment, ms. */
export const BID_HOLD_AFTER_DEADLINE_MS = 2_000

/** Software version reported in telemetry: the package version. */
export const NODE_VERSION: string = pkg.version

/** Why a worker declines an offer (the `reason` of a declining Bid). */
export const DECLINE_REASONS = {
  draining: 'draining',
  memory: 'needs more memory than this worker accepts',
  price: 'pays less than this worker asks',
  moduleSize: 'module larger than this worker accepts',
  deadlinePassed: 'bid deadline passed',
  noFreeSlot: 'no free slot'
} as const

/** Bids on offers, runs assignments up to its slots, reports telemetry, drains on shutdown. */
export class WorkerService {
  readonly #config: NodeConfig
  readonly #network: WorkerNetwork
  readonly #executor: ExecutorDeps
  readonly #log: Logger
  readonly #slots: SlotBook
  readonly #now: () => number
  readonly #sampler: { sample: () => HostSample }
  readonly #executions = new Map<string, Execution>()
  readonly #startedAtMs: number
  #seq = 0
  #lastCpuLoad = 0
  #draining = false
  #timer: NodeJS.Timeout | undefined

  /**
   * @param config the node's config (`worker.*`, `limits.maxModuleBytes`)
   * @param network gossip and bid ports
   * @param executor what executions use; its `now` is replaced by this service's clock
   */
  constructor (config: NodeConfig, network: WorkerNetwork, executor: ExecutorDeps, log: Logger, options: WorkerServiceOptions = {}) {
    this.#config = config
    this.#network = network
    this.#now = options.now ?? executor.now ?? (() => Date.now())
    this.#executor = { ...executor, now: this.#now }
    this.#log = log
    this.#sampler = options.sampler ?? new HostSampler()
    this.#slots = new SlotBook(config.worker.slots)
    this.#startedAtMs = this.#now()
  }

  /** Starts publishing telemetry (at once, then every `worker.telemetryIntervalMs`). Never throws. */
  async start (): Promise<void> {
    this.#timer = setInterval(() => { void this.publishTelemetry() }, this.#config.worker.telemetryIntervalMs)
    await this.publishTelemetry()
  }

  /** Tasks running now. */
  get running (): number {
    return this.#executions.size
  }

  /** True once {@link drain} was called: no more bids or assignments. */
  get draining (): boolean {
    return this.#draining
  }

  /** Publishes one telemetry message (best effort: a failed publish is logged). Never throws. */
  async publishTelemetry (): Promise<void> {
    const host = this.#sampler.sample()
    this.#lastCpuLoad = host.cpuLoad
    const now = this.#now()
    const telemetry: Telemetry = {
      peerId: this.#executor.selfPeerId,
      timestampMs: now,
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
      uptimeMs: now - this.#startedAtMs
    }
    await this.#network.publishTelemetry(telemetryToWire(telemetry)).catch(err => { this.#log.debug({ err }, 'telemetry publish failed') })
  }

  /**
   * An offer arrived on the offers topic: bid if this worker can serve it,
   * otherwise tell the coordinator why not (so its bid window can close early
   * and `bin/node status` can say why nobody bid); an offer whose bid deadline
   * passed gets no answer at all. A bid holds a slot until
   * {@link BID_HOLD_AFTER_DEADLINE_MS} after the bid deadline, when the
   * assignment would have arrived; a lost (not accepted) or undelivered bid
   * frees it at once. Never throws.
   */
  async onOffer (offer: TaskOffer): Promise<void> {
    const now = this.#now()
    const key = slotKey(offer.taskId, offer.attempt)
    const coordinator = offer.coordinatorPeerId
    const base = { taskId: offer.taskId, attempt: offer.attempt, price: this.#config.worker.price }
    let why = this.#declineReason(offer, now)
    if (why == null && !this.#slots.reserve(key, offer.bidDeadlineMs + BID_HOLD_AFTER_DEADLINE_MS, now)) why = DECLINE_REASONS.noFreeSlot
    if (why != null) {
      this.#log.debug({ task: offer.taskId, why }, 'declining offer')
      if (why !== DECLINE_REASONS.deadlinePassed) {
        await this.#network.sendBid(coordinator, { ...base, decline: true, reason: why }).catch(err => {
          this.#log.debug({ err, task: offer.taskId }, 'decline not delivered')
        })
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
      if (!ack.accepted) this.#slots.release(key)
    } catch (err) {
      this.#slots.release(key)
      this.#log.debug({ err, task: offer.taskId }, 'bid not delivered')
    }
  }

  #declineReason (offer: TaskOffer, now: number): string | undefined {
    if (this.#draining) return DECLINE_REASONS.draining
    if (offer.memoryPages > this.#config.worker.maxMemoryPages) return DECLINE_REASONS.memory
    if (offer.maxPrice < this.#config.worker.price) return DECLINE_REASONS.price
    if (offer.moduleSizeBytes > this.#config.limits.maxModuleBytes) return DECLINE_REASONS.moduleSize
    if (offer.bidDeadlineMs < now) return DECLINE_REASONS.deadlinePassed
    if (this.#slots.free(now) <= 0) return DECLINE_REASONS.noFreeSlot
    return undefined
  }

  /**
   * An Assign arrived from `coordinator`: start it if a slot is free (reserved
   * by the bid or not), else refuse with the reason. Never throws.
   */
  onAssign (coordinator: string, assign: Assign): AssignAck {
    const key = slotKey(assign.taskId, assign.attempt)
    if (this.#draining) return { accepted: false, reason: DECLINE_REASONS.draining }
    if (assign.spec.limits.memoryPages > this.#config.worker.maxMemoryPages) return { accepted: false, reason: DECLINE_REASONS.memory }
    if (!this.#slots.acquire(key, this.#now())) return { accepted: false, reason: `all ${this.#slots.capacity} slots busy` }
    const execution = startExecution(coordinator, assign, this.#executor)
    this.#executions.set(key, execution)
    void execution.done.finally(() => {
      this.#executions.delete(key)
      this.#slots.release(key)
    })
    return { accepted: true, reason: '' }
  }

  /**
   * Graceful shutdown: stop bidding and say so in telemetry, wait up to
   * `worker.shutdownGraceMs` for running tasks, then abort and hand back what
   * still runs (resolves once those hand-backs were delivered or given up).
   * Idempotent; never throws.
   */
  async drain (): Promise<void> {
    if (this.#draining) return
    this.#draining = true
    await this.publishTelemetry()
    const all = async (): Promise<unknown> => await Promise.allSettled([...this.#executions.values()].map(e => e.done))
    let graceTimer: NodeJS.Timeout | undefined
    const grace = new Promise<void>(resolve => { graceTimer = setTimeout(resolve, this.#config.worker.shutdownGraceMs) })
    await Promise.race([all(), grace])
    clearTimeout(graceTimer)
    if (this.#executions.size > 0) {
      this.#log.warn({ running: this.#executions.size }, 'grace period over: handing back running tasks')
      for (const e of this.#executions.values()) {
        e.handBack = true
        e.controller.abort(new Error('worker shutting down'))
      }
      await all()
    }
  }

  /** Stops the telemetry timer (call after {@link drain}). */
  async stop (): Promise<void> {
    clearInterval(this.#timer)
  }
}

/** Slot key of a task attempt. */
function slotKey (taskId: string, attempt: number): string {
  return `${taskId}/${attempt}`
}
