/**
 * The worker role: publishes telemetry, bids on offers it can serve, accepts
 * assignments up to its slots, runs them (task-executor.ts), and on shutdown
 * stops bidding, lets running tasks finish within a grace period and hands
 * back the rest.
 *
 * Offers and assignments arrive as complete domain values
 * (src/protocol/messages/assignment.ts), converted and checked at the
 * protocol boundary (src/node/worker-role.ts).
 *
 * A worker serves only what it asked for: it runs an Assign only from a
 * coordinator it bid to for that very task attempt (and, when
 * `worker.coordinators` is set, only from a coordinator listed there), and
 * only within its own maxima (memory, execution time, output size). It
 * declines offers that would hold one of its slots for longer than
 * `timeouts.maxBidWindowMs` plus {@link BID_HOLD_AFTER_DEADLINE_MS}. Timers are the global
 * `setInterval`/`setTimeout` and the clock is injected, so the service runs
 * under `mock.timers` in tests.
 */
import { sealedSizeLimit } from '../content/envelope.ts'
import pkg from '../../package.json' with { type: 'json' }
import type { NodeConfig } from '../config/schema.ts'
import type { Assign, TaskOffer } from '../protocol/messages/assignment.ts'
import { telemetryToWire, type Telemetry } from '../protocol/messages/telemetry.ts'
import type { ailee } from '../proto/index.ts'
import { RequestTimeoutError } from '../protocol/errors.ts'
import { SlotBook } from './slots.ts'
import { startExecution, type Execution, type ExecutorDeps } from './task-executor.ts'
import { HostSampler, type HostSample } from './telemetry-sampler.ts'
import type { Logger } from 'pino'

/** A coordinator's answer to a bid: `accepted` = the bid won (an Assign follows); `reason` says why not otherwise. */
export interface BidAck {
  accepted: boolean
  reason: string
}

/**
 * The worker's answer to an Assign: `accepted` false = refused, `reason` says why ('' when accepted);
 * `running` true = accepted with the content inline, the program starts at once and no "running"
 * heartbeat follows (the ack stands for it).
 */
export interface AssignAck {
  accepted: boolean
  reason: string
  running?: boolean
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
  /** uniform in [0, 1): the order in which gathered offers are bid on. @default Math.random */
  random?: () => number
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
  executionTime: 'runs longer than this worker accepts',
  deadlinePassed: 'bid deadline passed',
  deadlineTooFar: 'bid deadline too far ahead',
  noFreeSlot: 'no free slot',
  /**
   * every free slot already has `worker.bidOvercommit` bids outstanding on other offers; sent while
   * the worker's bids have earned it (one per bid, see `WorkerService.onOffer`), else logged only
   * (the offer gets no answer)
   */
  bidsOutstanding: 'free slots already bid on for other offers',
  /**
   * servable offers of more than one coordinator arrived within `worker.fairShareWindowMs`, and this
   * coordinator's tasks already hold its share of the slots (see `WorkerService.onOffer`)
   */
  fairShare: 'this coordinator already has its fair share of this worker\'s slots',
  /**
   * the offer names this worker among its `excludedWorkers` (it ran the task already, or lost it):
   * the coordinator would never choose it and does not wait for its answer, so none is sent and no
   * bid room is held (a re-execution's offer otherwise took a slot's bid room of the worker that
   * had just run the task, until the round was ranked)
   */
  excluded: 'this worker is excluded from the task'
} as const

/**
 * Why a worker refuses an Assign (the `reason` of its AssignAck), besides
 * {@link DECLINE_REASONS}`.draining` and `.memory` and "all N slots busy".
 */
export const ASSIGN_REFUSALS = {
  /** the sender is not in a non-empty `worker.coordinators` */
  coordinatorNotAccepted: 'coordinator not accepted by this worker',
  /** no live bid of this worker to the sender for this task attempt (never bid, bid to another coordinator, lost, or expired) */
  noBid: 'no bid of this worker to this coordinator for this task attempt',
  /** `spec.limits.executionMs` over this worker's `timeouts.maxExecutionMs` */
  executionTime: 'execution time over this worker\'s maximum',
  /** `spec.limits.maxOutputBytes` over this worker's `limits.maxOutputBytes` */
  outputSize: 'output limit over this worker\'s maximum'
} as const

/** A bid this worker sent and may still be assigned on. */
interface BidHold {
  coordinator: string
  /** Unix ms after which an Assign for it is refused */
  expiresAtMs: number
}

/** Bids on offers, runs assignments up to its slots, reports telemetry, drains on shutdown. */
export class WorkerService {
  readonly #config: NodeConfig
  readonly #network: WorkerNetwork
  readonly #executor: ExecutorDeps
  readonly #log: Logger
  readonly #slots: SlotBook
  readonly #now: () => number
  readonly #sampler: { sample: () => HostSample }
  readonly #random: () => number
  /** offers gathered for the next spread decision (see {@link onOffer}) */
  #gathered: Array<{ offer: TaskOffer, key: string, resolve: (bid: boolean) => void }> = []
  #gatherTimer: NodeJS.Timeout | undefined
  /** when the last offer arrived, Unix ms (an offer within `worker.bidSpreadMs` of it is part of a burst) */
  #lastOfferAtMs = -Infinity
  /** bids sent whose answer has not come back yet (while there are some, a quick next offer is part of a burst) */
  #undecidedBids = 0
  /** keyed by {@link taskKey}: executions running */
  readonly #executions = new Map<string, Execution>()
  /** keyed by {@link taskKey}: bids sent and not yet assigned, lost or expired */
  readonly #bids = new Map<string, BidHold>()
  /** declines of passed-over offers ({@link DECLINE_REASONS}`.bidsOutstanding`) this worker may still send: one per bid sent, see onOffer */
  #passDeclines: number
  /** the most of them kept in hand: slots x overcommit */
  readonly #passDeclinesMax: number
  /** `worker.coordinators`; empty = any coordinator */
  readonly #coordinators: ReadonlySet<string>
  /** when each coordinator's last offer this worker could serve arrived, Unix ms (fair share, `worker.fairShareWindowMs`) */
  readonly #offersFrom = new Map<string, number>()
  readonly #startedAtMs: number
  #seq = 0
  #lastCpuLoad = 0
  #draining = false
  #timer: NodeJS.Timeout | undefined

  /**
   * @param config the node's config (`worker.*`, `limits.maxModuleBytes`,
   *   `limits.maxOutputBytes`, `timeouts.maxExecutionMs`, `timeouts.maxBidWindowMs`,
   *   `timeouts.requestMs`)
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
    this.#random = options.random ?? Math.random
    this.#slots = new SlotBook(config.worker.slots, config.worker.bidOvercommit)
    this.#passDeclinesMax = Math.floor(config.worker.slots * config.worker.bidOvercommit)
    this.#passDeclines = 0
    this.#coordinators = new Set(config.worker.coordinators)
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

  /** Bids sent that an Assign may still follow (expired ones pruned at `nowMs`, Unix ms); for tests and status. */
  pendingBids (nowMs: number = this.#now()): number {
    this.#pruneBids(nowMs)
    return this.#bids.size
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
   * passed gets no answer at all, and neither does one from a coordinator
   * missing from a non-empty `worker.coordinators` (logged at debug), nor one
   * passed over because the bid room went to other offers (below), nor one whose
   * bidder sample (`invitedWorkers`, non-empty) does not name this worker: its
   * coordinator invited others (src/coordinator/bidder-sample.ts).
   *
   * An offer that arrives after its bid deadline is still bid on until its
   * `lateBidUntilMs` (when set, and at most `timeouts.maxBidWindowMs` after the
   * deadline): its coordinator keeps a round that drew no bid in time open for
   * a first late bid, which matters when gossip is slower than the bid window
   * (docs/scaling.md); such a bid holds its slot until the late end + hold.
   *
   * An offer whose bid deadline is more than `timeouts.maxBidWindowMs` ahead
   * is declined ({@link DECLINE_REASONS}`.deadlineTooFar`), so a bid holds a
   * slot for at most that window plus {@link BID_HOLD_AFTER_DEADLINE_MS}: until
   * the bid deadline + hold, when the assignment would have arrived. A lost
   * (not accepted) or undelivered bid frees it at once.
   *
   * Each bid is remembered (for {@link onAssign}) until its Assign arrives, it
   * is lost (ack not accepted, or not delivered; a bid whose answer timed out
   * is kept, the coordinator may have it), or bid deadline +
   * {@link BID_HOLD_AFTER_DEADLINE_MS} + `timeouts.requestMs` passes (the
   * coordinator may try an unreachable candidate before this one).
   *
   * Spreading bids over a burst of offers: a worker may keep
   * `worker.bidOvercommit` bids outstanding per free slot (slots.ts). A lone
   * offer (none other within `worker.bidSpreadMs` before it, or none of this
   * worker's bids still waiting for its answer) is bid on at once; an offer of a burst waits up to `worker.bidSpreadMs` (never more
   * than a quarter of the time left to its bid deadline) with the others that
   * arrive meanwhile; then the gathered offers are bid on in random order until the
   * bid room is used up. The rest, and any offer that finds no bid room, are
   * declined ({@link DECLINE_REASONS}`.bidsOutstanding`), so their rounds close
   * as soon as every capable worker has answered instead of at the bid deadline
   * (issue 9), but never more of them than the bids this worker sends: each bid
   * earns one such decline, up to `worker.slots` x `worker.bidOvercommit` kept
   * in hand; without one the offer gets no answer and its round closes at its
   * bid deadline. With a few workers (every round answered by all) that
   * declines every passed-over offer; with many, where a decline per worker and
   * offer would cost the coordinator a request per worker per round (30
   * workers: 6,500 declines in two minutes, docs/scaling.md), it at most
   * doubles the requests bids cost. Offers reach every worker in
   * about the same order; without this every worker would bid on the same
   * first offers of a burst and none on the others, which then end with no
   * bids (issue 12; docs/scaling.md). Never throws.
   */
  async onOffer (offer: TaskOffer): Promise<void> {
    let now = this.#now()
    this.#pruneBids(now)
    const coordinator = offer.coordinatorPeerId
    if (!this.#acceptsCoordinator(coordinator)) {
      this.#log.debug({ task: offer.taskId, coordinator }, 'ignoring offer: coordinator not in worker.coordinators')
      return
    }
    const deadline = this.#deadlineOf(offer, now)
    this.#log.debug({ task: offer.taskId, attempt: offer.attempt, coordinator, bidDeadlineMs: offer.bidDeadlineMs, lateBidUntilMs: offer.lateBidUntilMs, late: now > offer.bidDeadlineMs }, 'offer received')
    if (offer.invitedWorkers.length > 0 && !offer.invitedWorkers.includes(this.#executor.selfPeerId)) {
      // the coordinator drew a bidder sample without this worker: its round waits for the invited only
      this.#log.debug({ task: offer.taskId, attempt: offer.attempt, coordinator }, 'offer not for this worker: not in its bidder sample')
      return
    }
    const key = taskKey(coordinator, offer.taskId, offer.attempt)
    const base = { taskId: offer.taskId, attempt: offer.attempt, price: this.#config.worker.price }
    let why = this.#declineReason(offer, now)
    // a quick offer is part of a burst only while an earlier bid waits for its answer: offers of one client
    // submitting tasks one after another (each decided before the next) are bid on at once
    const burst = this.#gathered.length > 0 || (this.#undecidedBids > 0 && now - this.#lastOfferAtMs < this.#config.worker.bidSpreadMs)
    this.#lastOfferAtMs = now
    if (why == null && deadline != null) {
      const spreadMs = Math.min(this.#config.worker.bidSpreadMs, Math.floor((deadline - now) / 4))
      const reserved = (spreadMs > 0 && burst) || this.#gathered.length > 0
        ? await this.#gather(offer, key, spreadMs)
        : this.#reserveBid(key, deadline + BID_HOLD_AFTER_DEADLINE_MS, now)
      now = this.#now()
      if (!reserved) why = this.#declineReason(offer, now) ?? DECLINE_REASONS.bidsOutstanding
    }
    if (why != null) {
      this.#log.debug({ task: offer.taskId, why }, 'declining offer')
      // an offer passed over for others is answered only while bids have earned the declines (above); else its
      // round closes at the bid deadline
      const answer = why === DECLINE_REASONS.bidsOutstanding ? this.#spendPassDecline() : why !== DECLINE_REASONS.deadlinePassed && why !== DECLINE_REASONS.excluded
      if (answer) {
        await this.#network.sendBid(coordinator, { ...base, decline: true, reason: why }).catch(err => {
          this.#log.debug({ err, task: offer.taskId }, 'decline not delivered')
        })
      }
      return
    }
    const hold: BidHold = { coordinator, expiresAtMs: (deadline ?? offer.bidDeadlineMs) + BID_HOLD_AFTER_DEADLINE_MS + this.#config.timeouts.requestMs }
    this.#bids.set(key, hold)
    this.#undecidedBids++
    try {
      const ack = await this.#network.sendBid(coordinator, {
        ...base,
        health: 1 - this.#lastCpuLoad,
        queueDepth: this.#slots.used(now),
        freeSlots: this.#slots.free(now)
      })
      if (!ack.accepted) this.#loseBid(key, hold)
    } catch (err) {
      if (err instanceof RequestTimeoutError) {
        // the coordinator may hold the bid and still assign: keep it (until it expires), free the slot
        if (this.#bids.get(key) === hold) this.#slots.unreserve(key)
      } else {
        this.#loseBid(key, hold)
      }
      this.#log.debug({ err, task: offer.taskId }, 'bid not delivered')
    } finally {
      this.#undecidedBids--
    }
  }

  /** Reserves bid room for `key` until `untilMs` (slots.ts); a reservation (a bid) earns one decline of a passed-over offer. */
  #reserveBid (key: string, untilMs: number, now: number): boolean {
    if (!this.#slots.reserve(key, untilMs, now)) return false
    this.#passDeclines = Math.min(this.#passDeclinesMax, this.#passDeclines + 1)
    return true
  }

  /** Takes one of the declines of passed-over offers that bids earned; false when none is left (then send nothing). */
  #spendPassDecline (): boolean {
    if (this.#passDeclines < 1) return false
    this.#passDeclines -= 1
    return true
  }

  #declineReason (offer: TaskOffer, now: number): string | undefined {
    if (this.#draining) return DECLINE_REASONS.draining
    if (offer.memoryPages > this.#config.worker.maxMemoryPages) return DECLINE_REASONS.memory
    if (offer.maxPrice < this.#config.worker.price) return DECLINE_REASONS.price
    // the offer gives the stored size: a sealed module (src/content/envelope.ts) is its plaintext plus the envelope
    if (offer.moduleSizeBytes > sealedSizeLimit(this.#config.limits.maxModuleBytes)) return DECLINE_REASONS.moduleSize
    if (offer.executionMs > this.#config.timeouts.maxExecutionMs) return DECLINE_REASONS.executionTime
    if (this.#deadlineOf(offer, now) == null) return DECLINE_REASONS.deadlinePassed
    if (offer.bidDeadlineMs - now > this.#config.timeouts.maxBidWindowMs) return DECLINE_REASONS.deadlineTooFar
    if (offer.excludedWorkers.includes(this.#executor.selfPeerId)) return DECLINE_REASONS.excluded
    // an offer this worker could serve: its coordinator counts as active for the fair share (one whose
    // offers it never could, e.g. too poor or too far ahead, takes no share from the others)
    this.#markActive(offer.coordinatorPeerId, now)
    if (this.#slots.running >= this.#slots.capacity) return DECLINE_REASONS.noFreeSlot
    if (this.#overFairShare(offer.coordinatorPeerId, now)) return DECLINE_REASONS.fairShare
    if (this.#slots.bidRoom(now) <= 0) return DECLINE_REASONS.bidsOutstanding
    return undefined
  }

  /**
   * Holds `offer` with the others gathered within `worker.bidSpreadMs`, then
   * reserves bid room for the gathered offers in random order.
   *
   * @param spreadMs how long this offer may wait, ms (a batch already gathering closes at its own time)
   * @returns true when a reservation was made for `key` (bid on it), false when the room went to other offers
   */
  async #gather (offer: TaskOffer, key: string, spreadMs: number): Promise<boolean> {
    const { promise, resolve } = Promise.withResolvers<boolean>()
    this.#gathered.push({ offer, key, resolve })
    if (this.#gatherTimer == null) this.#gatherTimer = setTimeout(() => { this.#spreadBids() }, Math.max(0, spreadMs))
    return await promise
  }

  /** Reserves bid room for the gathered offers in random order (Durstenfeld's Fisher-Yates shuffle, Knuth TAOCP vol. 2 §3.4.2 Algorithm P) and lets each go on. */
  #spreadBids (): void {
    this.#gatherTimer = undefined
    const batch = this.#gathered
    this.#gathered = []
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(this.#random() * (i + 1))
      ;[batch[i], batch[j]] = [batch[j], batch[i]]
    }
    const now = this.#now()
    for (const { offer, key, resolve } of batch) {
      const deadline = this.#deadlineOf(offer, now)
      resolve(!this.#draining && deadline != null && this.#reserveBid(key, deadline + BID_HOLD_AFTER_DEADLINE_MS, now))
    }
  }

  /**
   * Until when (Unix ms) a bid on `offer` may still be sent at `now`: its bid deadline; past that, its
   * late-bid end (`lateBidUntilMs`: the coordinator keeps a round without bids open for a first late
   * one) when set, not passed, and at most `timeouts.maxBidWindowMs` after the deadline (so a late bid
   * too holds a slot for a bounded time); otherwise undefined (too late).
   */
  #deadlineOf (offer: TaskOffer, now: number): number | undefined {
    if (now <= offer.bidDeadlineMs) return offer.bidDeadlineMs
    const late = offer.lateBidUntilMs
    if (late >= now && late - offer.bidDeadlineMs <= this.#config.timeouts.maxBidWindowMs) return late
    return undefined
  }

  /** Bid `hold` on `key` lost: forget it and free its slot, unless a newer bid took its place (or its Assign came). */
  #loseBid (key: string, hold: BidHold): void {
    if (this.#bids.get(key) !== hold) return
    this.#bids.delete(key)
    this.#slots.unreserve(key)
  }

  /** Forgets bids whose Assign can no longer be accepted at `nowMs` (Unix ms). */
  #pruneBids (nowMs: number): void {
    for (const [key, hold] of this.#bids) if (hold.expiresAtMs < nowMs) this.#bids.delete(key)
  }

  /** Notes that `coordinator` made an offer this worker could serve at `now` (most recent last, bounded). */
  #markActive (coordinator: string, now: number): void {
    this.#offersFrom.delete(coordinator)
    this.#offersFrom.set(coordinator, now)
    if (this.#offersFrom.size > 256) this.#offersFrom.delete(this.#offersFrom.keys().next().value!)
  }

  /**
   * Fair share of the slots between coordinators: with `n > 1` coordinators whose servable offers arrived
   * within `worker.fairShareWindowMs`, `coordinator` may run `ceil(slots / n)` tasks here and keep
   * `worker.bidOvercommit` times that in running tasks and outstanding bids; with one active
   * coordinator (or the window 0) there is no cap, so idle slots are never held back.
   */
  #overFairShare (coordinator: string, now: number): boolean {
    const windowMs = this.#config.worker.fairShareWindowMs
    if (windowMs === 0) return false
    // oldest first (re-inserted on every offer): drop those past the window
    for (const [peer, atMs] of this.#offersFrom) {
      if (now - atMs <= windowMs) break
      this.#offersFrom.delete(peer)
    }
    const active = this.#offersFrom.size
    if (active <= 1) return false
    const share = Math.ceil(this.#slots.capacity / active)
    let running = 0
    for (const ex of this.#executions.values()) if (ex.coordinator === coordinator) running++
    let bids = 0
    for (const hold of this.#bids.values()) if (hold.coordinator === coordinator) bids++
    return running >= share || running + bids >= Math.floor(share * this.#slots.overcommit)
  }

  /** True when `worker.coordinators` is empty or lists `coordinator`. */
  #acceptsCoordinator (coordinator: string): boolean {
    return this.#coordinators.size === 0 || this.#coordinators.has(coordinator)
  }

  /**
   * An Assign arrived from `coordinator` (the peer that sent it). Accepted
   * only when this worker is not draining, accepts that coordinator
   * (`worker.coordinators`), has a live bid to that same coordinator for this
   * task attempt (see {@link onOffer}; the bid is used up by the Assign), the
   * Assign is within this worker's maxima (`worker.maxMemoryPages`,
   * `timeouts.maxExecutionMs`, `limits.maxOutputBytes`) and a slot is free
   * (reserved by the bid or not); it then starts the execution.
   *
   * @returns `{ accepted: true, reason: '' }`, or `accepted: false` with the
   *   reason: {@link DECLINE_REASONS}`.draining` / `.memory`, one of
   *   {@link ASSIGN_REFUSALS}, or "all N slots busy". Refusals other than
   *   draining and busy slots are logged at warn with the sender's peer id.
   *   Never throws.
   */
  onAssign (coordinator: string, assign: Assign): AssignAck {
    const now = this.#now()
    this.#pruneBids(now)
    if (this.#draining) return { accepted: false, reason: DECLINE_REASONS.draining }
    if (!this.#acceptsCoordinator(coordinator)) return this.#refuseAssign(coordinator, assign, ASSIGN_REFUSALS.coordinatorNotAccepted)
    const key = taskKey(coordinator, assign.taskId, assign.attempt)
    if (!this.#bids.delete(key)) return this.#refuseAssign(coordinator, assign, ASSIGN_REFUSALS.noBid)
    const why = this.#assignLimitReason(assign)
    if (why != null) {
      this.#slots.unreserve(key)
      return this.#refuseAssign(coordinator, assign, why)
    }
    if (!this.#slots.acquire(key, now)) {
      // an honest "busy": the bid was one of several per free slot (worker.bidOvercommit); the coordinator assigns its next bidder
      this.#slots.unreserve(key)
      return { accepted: false, reason: `all ${this.#slots.capacity} slots busy` }
    }
    const execution = startExecution(coordinator, assign, this.#executor)
    this.#executions.set(key, execution)
    void execution.done.finally(() => {
      this.#executions.delete(key)
      this.#slots.release(key)
    })
    return assign.content != null ? { accepted: true, reason: '', running: true } : { accepted: true, reason: '' }
  }

  #assignLimitReason (assign: Assign): string | undefined {
    const limits = assign.spec.limits
    if (limits.memoryPages > this.#config.worker.maxMemoryPages) return DECLINE_REASONS.memory
    if (limits.executionMs > this.#config.timeouts.maxExecutionMs) return ASSIGN_REFUSALS.executionTime
    if (limits.maxOutputBytes > this.#config.limits.maxOutputBytes) return ASSIGN_REFUSALS.outputSize
    return undefined
  }

  #refuseAssign (coordinator: string, assign: Assign, reason: string): AssignAck {
    this.#log.warn({ peer: coordinator, task: assign.taskId, attempt: assign.attempt, reason }, 'Assign refused')
    return { accepted: false, reason }
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
    clearTimeout(this.#gatherTimer)
    this.#spreadBids()
  }
}

/**
 * Key of a task attempt offered by `coordinator` (its bid, slot and
 * execution): the coordinator is part of it, so another peer's offer naming
 * the same task id and attempt never touches this one's bid or slot.
 */
function taskKey (coordinator: string, taskId: string, attempt: number): string {
  return `${coordinator} ${taskId}/${attempt}`
}
