/**
 * The coordinator's task orchestrator: feeds lifecycle events to the pure
 * transition function (`lifecycle/transition.ts`) and carries out the effects
 * it returns — persist, settle, publish the offer, rank bids, send Assign,
 * answer bidders, verify results, record reputation, announce progress, arm
 * the task's timer.
 *
 * Events of one task are applied one at a time (a per-task serial queue), so
 * a task's state never changes across an `await`; different tasks proceed
 * concurrently. What spans tasks lives here: the worker registry and
 * reputation, the per-worker lease index (so a worker never holds more tasks
 * than its slots), the queue of tasks waiting for an offer round, pending bid
 * answers and followers. Time and randomness are injected (`Clock`,
 * `random`), so tests replay any interleaving without waiting.
 *
 * Network effects (offer, Assign) are not awaited inside a task's queue: their
 * outcomes come back as events (`assignAcked`, `assignRefused`), so a slow
 * worker never blocks its task's other events.
 */
import { unknownTaskReason } from './task-pruning.ts'
import { cidKey, type PinQuota } from './pin-quota.ts'
import { EventEmitter } from 'node:events'
import { randomInt } from 'node:crypto'
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import { taskFetchWindowMs } from '../config/limits.ts'
import type { TaskEvent } from '../protocol/task-events.ts'
import type { Bid, Heartbeat, TaskResult } from '../protocol/messages/worker-reports.ts'
import { assignToWire, taskOfferToWire } from '../protocol/messages/assignment.ts'
import type { Telemetry } from '../protocol/messages/telemetry.ts'
import { PendingBidAnswers } from './bid-answers.ts'
import { systemClock, type Clock } from './clock.ts'
import { KeyedSerialQueue } from '../concurrency/keyed-serial-queue.ts'
import { nextDeadline, transition } from './lifecycle/transition.ts'
import type { Effect, Lease, LifecycleEvent, LifecyclePolicy, Refusal, Transition } from './lifecycle/types.ts'
import { ReputationBook } from './reputation.ts'
import { drawReplicaCandidate, drawReplicaCandidates, eligibleWorkers, freeSlots, queueReason, rankBids, type SelectionContext } from './selection.ts'
import { outcomeToWire, specOf, visibleState, type TaskRecord } from './task-record.ts'
import type { ReputationUpdate, TaskStore } from './task-store.ts'
import { ResultVerificationError, storedOutput, verifyResult } from './verification.ts'
import { executionsAtOnce } from './agreement.ts'
import { workerRows, WorkerRegistry, type WorkerView } from './worker-registry.ts'
import type { Logger } from 'pino'

/** What the orchestrator uses of the network; `src/node/coordinator-role.ts` wires it to libp2p. */
export interface OrchestratorNetwork {
  /** Publishes an offer on the offers topic. */
  publishOffer: (offer: ailee.v1.ITaskOffer) => Promise<void>
  /**
   * Sends Assign to a worker and returns its answer (`running`: accepted and the program started at
   * once, standing for its first "running" heartbeat); throws when the worker cannot be reached.
   */
  sendAssign: (worker: string, assign: ailee.v1.IAssign) => Promise<{ accepted: boolean, reason: string, running?: boolean }>
  /** CID of bytes, as every content store computes it. */
  cidFor: (bytes: Uint8Array) => Promise<string>
  /** Stores and pins a verified output of task `taskId`, so clients can fetch it by CID from the coordinator (until its retention passes). */
  storeOutput: (bytes: Uint8Array, taskId: string) => Promise<void>
}

/** Parts of a {@link TaskOrchestrator}. */
export interface TaskOrchestratorInit {
  config: NodeConfig
  /** this coordinator's peer ID (receipts must name it) */
  selfPeerId: string
  store: TaskStore
  network: OrchestratorNetwork
  log: Logger
  /** @default systemClock */
  clock?: Clock
  /** uniform in [0, 1), for retry jitter. @default Math.random */
  random?: () => number
  /** uniform integer in [0, n): spot-check draws and replica choice. @default crypto.randomInt */
  randomInt?: (n: number) => number
  /**
   * Pinned bytes per client account (admission reserves; a task's hold is released when it
   * ends, and re-counted for open tasks at start). @default none
   */
  pinQuota?: PinQuota
  /**
   * Sees every lifecycle step, applied or refused, right after it is computed (metrics: see
   * src/metrics/lifecycle-metrics.ts). Must not throw (what it throws is logged and dropped). @default none
   */
  observeStep?: (step: LifecycleStep) => void
}

/**
 * One step of a task's lifecycle as {@link TaskOrchestratorInit.observeStep} sees it: the event,
 * the task before and after (the same object when refused), the effects asked for, and the
 * clock's `nowMs` (Unix ms) the step was computed at.
 */
export interface LifecycleStep {
  event: LifecycleEvent
  before: TaskRecord
  after: TaskRecord
  effects: Effect[]
  refusal?: Refusal
  nowMs: number
}

/** Listener of one task's progress. */
export type TaskEventListener = (event: TaskEvent) => void

/** What an event came to: a refusal, and for a result the answer to the worker. */
export interface DispatchOutcome {
  refusal?: Refusal
  /** set when a delivered result was checked: ok, or why it was rejected */
  verdict?: { ok: boolean, reason: string }
}

/** The coordinator holds `limits.maxOpenTasks` open tasks and takes no more for now. */
export class CoordinatorFullError extends Error {
  static readonly NAME = 'CoordinatorFullError'
  override name = CoordinatorFullError.NAME
}

/** How often worker telemetry is checked for staleness, ms. */
const SWEEP_INTERVAL_MS = 200

export class TaskOrchestrator {
  readonly registry: WorkerRegistry
  readonly reputation: ReputationBook
  readonly #config: NodeConfig
  readonly #policy: LifecyclePolicy
  readonly #self: string
  readonly #store: TaskStore
  readonly #network: OrchestratorNetwork
  readonly #log: Logger
  readonly #pinQuota: PinQuota | undefined
  readonly #observeStep: ((step: LifecycleStep) => void) | undefined
  readonly #clock: Clock
  readonly #random: () => number
  readonly #randomInt: (n: number) => number
  /** tasks not yet settled (a terminal task stays until its settlement is written) */
  readonly #open = new Map<string, TaskRecord>()
  /** each task's events, one at a time */
  readonly #queue = new KeyedSerialQueue()
  /** cancel functions of each task's timer */
  readonly #timers = new Map<string, () => void>()
  /** worker -> ids of tasks it holds a lease of */
  readonly #leases = new Map<string, Set<string>>()
  /** queued tasks (offered oldest first, see #pump) */
  readonly #queued = new Set<string>()
  /**
   * ids of queued tasks, oldest first by (createdAtMs, id), which never change; may hold ids that left
   * the queue (dropped when #pump passes them, or by a compaction), never one twice
   */
  #order: Array<{ id: string, createdAtMs: number }> = []
  /** ids in {@link #order} */
  readonly #inOrder = new Set<string>()
  /** tasks that entered the queue since the last pump and were not given a queue reason yet */
  readonly #unreasoned = new Set<string>()
  /** the workers as #pump last saw them (who is alive, what they accept; not their free slots), see {@link workersSignature} */
  #workersSeen = ''
  /** tasks offered, or about to be */
  readonly #offering = new Set<string>()
  /** submitting peer -> its admitted tasks not yet settled (the per-client quota) */
  readonly #openByClient = new Map<string, Set<string>>()
  readonly #bidAnswers = new PendingBidAnswers()
  readonly #events = new EventEmitter()
  #stopSweep: (() => void) | undefined
  #running = false
  #stopping = false
  #pumpScheduled = false

  constructor (init: TaskOrchestratorInit) {
    const { config } = init
    this.#config = config
    this.#self = init.selfPeerId
    this.#store = init.store
    this.#network = init.network
    this.#log = init.log
    this.#pinQuota = init.pinQuota
    this.#observeStep = init.observeStep
    this.#clock = init.clock ?? systemClock
    this.#random = init.random ?? Math.random
    this.#randomInt = init.randomInt ?? randomInt
    this.#policy = policyOf(config)
    this.registry = new WorkerRegistry({
      staleMs: config.coordinator.telemetryStaleMs,
      breakerThreshold: config.retry.breakerThreshold,
      breakerHalfOpenAfterMs: config.retry.breakerHalfOpenAfterMs
    })
    this.reputation = new ReputationBook(config.selection.reputationHalfLifeMs, config.verification.exclusionMs)
    this.#events.setMaxListeners(0)
  }

  /**
   * Reloads reputation and open tasks, applies `restarted` to each (offered
   * tasks go back to the queue, leases get one more lease period), then starts
   * the staleness sweep and offering.
   */
  async start (): Promise<void> {
    for (const [peer, record] of await this.#store.loadReputation()) this.reputation.load(peer, record)
    const loaded = await this.#store.loadOpenTasks()
    for (const stored of loaded) {
      const task = upgradeStored(stored)
      this.#open.set(task.id, task)
      this.#countOpen(task)
      this.#holdPins(task)
      this.#index(undefined, task)
    }
    this.#running = true
    await Promise.all(loaded.map(async t => await this.#dispatch(t.id, { type: 'restarted' })))
    this.#sweep()
    this.#log.info({ openTasks: this.#open.size }, 'orchestrator started')
    this.#schedulePump()
  }

  /**
   * Stops offering and timers, answers waiting bidders, and lets the steps in
   * flight (settlements among them) finish within `coordinator.shutdownGraceMs`.
   * Events arriving after this are refused. Persisted state stays for the next start.
   */
  async stop (): Promise<void> {
    if (this.#stopping) return
    this.#stopping = true
    this.#running = false
    this.#stopSweep?.()
    for (const cancel of this.#timers.values()) cancel()
    this.#timers.clear()
    this.#bidAnswers.answerAll('coordinator shutting down')
    const inFlight = this.#queue.idle()
    const grace = Promise.withResolvers<void>()
    const cancelGrace = this.#clock.setTimer(this.#clock.now() + this.#config.coordinator.shutdownGraceMs, grace.resolve)
    await Promise.race([inFlight, grace.promise])
    cancelGrace()
    if (this.#queue.size > 0) this.#log.warn({ tasks: this.#queue.size }, 'shutdown grace period over with task steps in flight')
  }

  /** True while task `taskId` is open here (accepted, not yet settled). */
  isOpen (taskId: string): boolean {
    return this.#open.has(taskId)
  }

  /** Tasks not yet settled. */
  get openTaskCount (): number {
    return this.#open.size
  }

  /**
   * How many entries each per-task structure held in memory has now (tasks
   * open, timers, serial-queue keys, queued and offered tasks, workers with
   * leases, clients with open tasks, tasks with bidders waiting, tasks with
   * followers). A settled task leaves none behind: its record is in the task
   * store, not here, so memory follows the open tasks, not every task ever
   * run. For metrics and tests.
   */
  footprint (): Record<'open' | 'timers' | 'queueKeys' | 'queued' | 'offering' | 'workersWithLeases' | 'clientsWithOpenTasks' | 'bidAnswers' | 'followed', number> {
    return {
      open: this.#open.size,
      timers: this.#timers.size,
      queueKeys: this.#queue.size,
      queued: this.#queued.size,
      offering: this.#offering.size,
      workersWithLeases: this.#leases.size,
      clientsWithOpenTasks: this.#openByClient.size,
      bidAnswers: this.#bidAnswers.tasks,
      followed: this.#events.eventNames().length
    }
  }

  /** Leases held on `peerId` now (every phase). */
  leasesOf (peerId: string): number {
    return this.#leases.get(peerId)?.size ?? 0
  }

  /**
   * Takes a task built by admission (state `received`): admits it to the queue,
   * or ends it `rejected` with `rejection` as the reason. Resolves once the
   * outcome is durable.
   *
   * @throws {CoordinatorFullError} when `limits.maxOpenTasks` tasks, or `limits.maxOpenTasksPerClient` of this
   *   client's, are open (nothing is stored)
   */
  async submit (task: TaskRecord, rejection?: string): Promise<void> {
    if (rejection == null) {
      this.assertRoom(task.clientPeerId)
      this.#countOpen(task)
    }
    this.#open.set(task.id, task)
    const outcome = await this.#dispatch(task.id, rejection == null ? { type: 'admitted' } : { type: 'rejected', reason: rejection })
    if (outcome.refusal != null) throw new Error(`task ${task.id} could not be admitted: ${outcome.refusal.reason}`)
  }

  /**
   * Throws when no new task of `clientPeerId` can be taken (checked before
   * admission fetches anything, and again at submission).
   *
   * @throws {CoordinatorFullError} when `limits.maxOpenTasks` tasks are open, or
   *   `limits.maxOpenTasksPerClient` of that client's
   */
  assertRoom (clientPeerId: string): void {
    const limits = this.#config.limits
    if (this.#open.size >= limits.maxOpenTasks) throw new CoordinatorFullError(`coordinator holds ${this.#open.size} open tasks, the configured maximum; try again later`)
    const mine = this.#openByClient.get(clientPeerId)?.size ?? 0
    if (mine >= limits.maxOpenTasksPerClient) throw new CoordinatorFullError(`you hold ${mine} open tasks, the most one client may; wait for some to end`)
  }

  /** Re-counts the content an open task reloaded at start holds pinned against its client's quota. */
  #holdPins (task: TaskRecord): void {
    if (task.moduleCid !== '' && task.moduleSize > 0) this.#pinQuota?.restore(task.clientAccount, task.id, cidKey(task.moduleCid), task.moduleSize)
    if (task.inputCid !== '') this.#pinQuota?.restore(task.clientAccount, task.id, cidKey(task.inputCid), task.inputSize)
  }

  #countOpen (task: TaskRecord): void {
    let ids = this.#openByClient.get(task.clientPeerId)
    if (ids == null) this.#openByClient.set(task.clientPeerId, ids = new Set())
    ids.add(task.id)
  }

  /** A task by id (open ones from memory, settled ones from storage). */
  async get (taskId: string): Promise<TaskRecord | undefined> {
    return this.#open.get(taskId) ?? await this.#store.getTask(taskId)
  }

  /** Subscribes to a task's events until its `done` event (listeners are dropped then); returns the unsubscribe function. */
  follow (taskId: string, listener: TaskEventListener): () => void {
    this.#events.on(taskId, listener)
    return () => { this.#events.off(taskId, listener) }
  }

  /** Rows for `bin/node peers`. */
  peers (): ailee.v1.IPeerInfo[] {
    return workerRows(this.registry, this.reputation, this.#clock.now(), this.#config.verification.assumedFaultFraction)
  }

  /** Telemetry arrived from `from` (already decoded and validated). */
  onTelemetry (from: string, telemetry: Telemetry): void {
    if (this.registry.observe(from, telemetry, this.#clock.now())) this.#log.info({ worker: from }, 'worker alive')
    this.#schedulePump()
  }

  /** A worker's connection closed: its leases are lost now rather than at lease expiry. */
  onWorkerDisconnected (peerId: string): void {
    if (this.registry.get(peerId) == null) return
    this.registry.markDead(peerId)
    this.#loseLeasesOf(peerId, 'disconnected')
  }

  /**
   * A Bid or decline from `from`. A decline or a refused bid is answered at
   * once; a recorded bid is answered lost as soon as its round is ranked (all
   * but the chosen candidate and one runner-up), the others when the round
   * is decided (won or lost), so a losing bidder frees the slot it held.
   */
  async onBid (from: string, bid: Bid): Promise<{ accepted: boolean, reason: string }> {
    if (bid.decline) {
      const outcome = await this.#dispatch(bid.taskId, { type: 'decline', worker: from, attempt: bid.attempt, reason: bid.reason })
      return { accepted: false, reason: outcome.refusal?.reason ?? 'decline noted' }
    }
    let waiting = this.#bidAnswers.wait(bid.taskId, from, bid.attempt)
    if (waiting == null) {
      // a bid of this worker still waits: a duplicate while its round holds it; else a bid its round
      // ended without answering, which must not turn every later bid of the worker away
      if (this.#open.get(bid.taskId)?.round?.bids.some(b => b.worker === from) !== false) return { accepted: false, reason: 'already bid' }
      this.#bidAnswers.supersede(bid.taskId, from, 'superseded by a newer bid: its round ended without it')
      waiting = this.#bidAnswers.wait(bid.taskId, from, bid.attempt)
      if (waiting == null) return { accepted: false, reason: 'already bid' }
    }
    const outcome = await this.#dispatch(bid.taskId, { type: 'bid', worker: from, attempt: bid.attempt, price: bid.price, queueDepth: bid.queueDepth, freeSlots: bid.freeSlots })
    if (outcome.refusal != null) {
      waiting.withdraw()
      return { accepted: false, reason: outcome.refusal.reason }
    }
    return await waiting.answer
  }

  /** A Heartbeat from `from`: renews its lease, or says it has none (the worker then stops the run). */
  async onHeartbeat (from: string, hb: Heartbeat): Promise<{ ok: boolean, reason: string }> {
    const outcome = await this.#dispatch(hb.taskId, { type: 'heartbeat', worker: from, attempt: hb.attempt, phase: hb.phase })
    return outcome.refusal == null ? { ok: true, reason: '' } : { ok: false, reason: outcome.refusal.reason }
  }

  /**
   * A TaskResult from `from`: verified and settled, or rejected (the attempt
   * is lost), or refused as stale. A result for a task that has already ended
   * is answered ok, so the worker stops re-delivering it.
   */
  async onResult (from: string, result: TaskResult): Promise<{ ok: boolean, reason: string }> {
    if (!this.#open.has(result.taskId)) {
      const ended = await this.#store.getTask(result.taskId)
      return ended != null ? { ok: true, reason: `task already ${ended.state}` } : { ok: false, reason: unknownTaskReason(result.taskId, this.#config.coordinator.taskRetentionMs) }
    }
    const event: LifecycleEvent = result.handedBack
      ? { type: 'handedBack', worker: from, attempt: result.attempt }
      : { type: 'resultReceived', worker: from, attempt: result.attempt, result: { receipt: result.receipt, stdout: result.stdout, stderr: result.stderr, error: result.error } }
    const outcome = await this.#dispatch(result.taskId, event)
    if (outcome.refusal != null) {
      const task = this.#open.get(result.taskId)
      // a peer never granted this attempt is told so, not that the task "was reassigned"
      if (outcome.refusal.code === 'not_leaseholder' && task != null && !wasGranted(task, from, result.attempt)) {
        this.#log.warn({ task: result.taskId, peer: from, attempt: result.attempt }, 'result from a peer without a lease refused')
        return { ok: false, reason: `no lease for attempt ${result.attempt} of task ${result.taskId}: ${from} was never assigned it; result refused, nothing credited` }
      }
      return { ok: outcome.refusal.code === 'task_ended', reason: outcome.refusal.reason }
    }
    return outcome.verdict ?? { ok: true, reason: '' }
  }

  /**
   * Cancels a task on behalf of `by` (it must be the peer that submitted it).
   *
   * @returns the refusal when the task had ended or `by` may not cancel it; undefined when cancelled
   */
  async cancel (taskId: string, by: string, reason: string): Promise<Refusal | undefined> {
    return (await this.#dispatch(taskId, { type: 'cancel', by, reason })).refusal
  }

  // ------------------------------------------------------------------ the queue and the step

  /** Runs `event` through the task's serial queue. Unknown or settled tasks, and a stopping orchestrator, refuse. */
  async #dispatch (taskId: string, event: LifecycleEvent): Promise<DispatchOutcome> {
    if (this.#stopping) return { refusal: { code: 'shutting_down', reason: 'coordinator shutting down' } }
    return await this.#queue.run(taskId, async () => await this.#process(taskId, event))
  }

  async #process (taskId: string, event: LifecycleEvent): Promise<DispatchOutcome> {
    const task = this.#open.get(taskId)
    if (task == null) return { refusal: { code: 'task_ended', reason: 'unknown or ended task' } }
    const outcome: DispatchOutcome = {}
    const step = this.#step(task, event)
    outcome.refusal = step.refusal
    if (step.refusal == null) await this.#applyEffects(taskId, step.effects, outcome)
    return outcome
  }

  /** Computes one transition and updates the in-memory state and indexes (synchronous: nothing interleaves). */
  #step (task: TaskRecord, event: LifecycleEvent): Transition {
    const nowMs = this.#clock.now()
    const t = transition(task, event, { nowMs, policy: this.#policy, random: this.#random })
    try {
      this.#observeStep?.({ event, before: task, after: t.task, effects: t.effects, refusal: t.refusal, nowMs })
    } catch (err) {
      this.#log.error({ err, task: task.id }, 'lifecycle observer failed')
    }
    if (t.refusal != null) {
      if (event.type !== 'tick') this.#log.debug({ task: task.id, event: event.type, refusal: t.refusal.code, reason: t.refusal.reason }, 'event refused')
      // the pump takes a task out of the queue before its roundOpened is applied: a refusal puts it back
      this.#index(task, task)
      return t
    }
    this.#open.set(task.id, t.task)
    this.#index(task, t.task)
    return t
  }

  /** Keeps the lease index and the queue/offering sets in step with a task's state. */
  #index (before: TaskRecord | undefined, after: TaskRecord): void {
    for (const lease of before?.leases ?? []) {
      const set = this.#leases.get(lease.worker)
      set?.delete(after.id)
      if (set?.size === 0) this.#leases.delete(lease.worker)
    }
    for (const lease of after.leases) {
      let set = this.#leases.get(lease.worker)
      if (set == null) this.#leases.set(lease.worker, set = new Set())
      set.add(after.id)
    }
    if (after.state === 'queued') {
      if (!this.#queued.has(after.id)) {
        this.#queued.add(after.id)
        this.#unreasoned.add(after.id)
        this.#enqueueOrder(after)
      }
    } else {
      this.#queued.delete(after.id)
      this.#unreasoned.delete(after.id)
    }
    if (after.state === 'offered') this.#offering.add(after.id)
    else this.#offering.delete(after.id)
    if (before?.state !== after.state || before.leases.length !== after.leases.length) this.#schedulePump()
  }

  /** Carries out `effects` in order; writes are awaited before anything later is announced. */
  async #applyEffects (taskId: string, effects: Effect[], outcome: DispatchOutcome): Promise<void> {
    const reputation: ReputationUpdate = []
    // the output is stored while the settlement is written; both end before `done` is announced
    let storing: Promise<void> | undefined
    for (const effect of effects) {
      const task = this.#open.get(taskId)
      if (task == null) return
      const now = this.#clock.now()
      switch (effect.type) {
        case 'persist':
          await this.#store.saveTask(task, reputation.splice(0)).catch(err => { this.#log.error({ err, task: taskId }, 'task state not persisted') })
          break
        case 'settle':
          await this.#settle(task, effect, reputation.splice(0), storing)
          storing = undefined
          break
        case 'storeOutput':
          // as the worker stored it (sealed for a task with a content key), so the receipt's output CID resolves here too
          storing = Promise.resolve().then(async () => { await this.#network.storeOutput(await storedOutput(task, task.outcome?.receipt ?? '', effect.bytes), taskId) })
            .catch(err => { this.#log.error({ err, task: taskId }, 'output not stored') })
          break
        case 'publishOffer':
          this.#network.publishOffer(this.#offerOf(task, effect.attempt, effect.bidDeadlineMs, effect.lateBidUntilMs)).catch(err => { this.#log.warn({ err, task: taskId }, 'offer publish failed') })
          break
        case 'rank':
          await this.#rank(task, effect.attempt, outcome)
          break
        case 'sendAssign':
          void this.#sendAssign(task, effect.worker, effect.attempt)
          break
        case 'answerBids':
          this.#bidAnswers.answer(taskId, effect.attempt, effect.winner, effect.keep)
          break
        case 'verify':
          await this.#verify(task, effect, outcome)
          break
        case 'judge': {
          reputation.push([effect.worker, this.reputation.record(effect.worker, effect.verdict, now)])
          const breaker = this.registry.get(effect.worker)?.breaker
          const succeeded = effect.verdict === 'success' || effect.verdict === 'confirmed'
          if (succeeded) breaker?.onSuccess()
          else breaker?.onFailure(now)
          if (effect.verdict === 'caught') {
            this.#log.warn({ task: taskId, worker: effect.worker, excludedUntilMs: this.reputation.excludedUntil(effect.worker) }, 'worker caught with a wrong result: not paid, credibility 0, excluded')
          } else if (!succeeded) this.#log.warn({ task: taskId, worker: effect.worker, verdict: effect.verdict, reason: task.reason }, 'attempt failed')
          break
        }
        case 'breakerTrial':
          this.registry.get(effect.worker)?.breaker.onAssigned(now)
          break
        case 'breakerFailure':
          this.registry.get(effect.worker)?.breaker.onFailure(now)
          break
        case 'announce':
          this.#announce({
            taskId,
            kind: effect.kind,
            state: visibleState(task.state),
            reason: effect.reason,
            attempt: effect.attempt ?? task.attempts,
            timestampMs: now,
            workerPeerId: effect.workerPeerId ?? '',
            bids: effect.bids ?? 0
          })
          break
        case 'schedule':
          this.#arm(taskId)
          break
      }
    }
    await storing
    const last = this.#open.get(taskId)
    if (reputation.length > 0 && last != null) await this.#store.saveTask(last, reputation).catch(err => { this.#log.error({ err, task: taskId }, 'reputation not persisted') })
  }

  /** Applies a follow-up event inside the current task's turn of the queue. */
  async #followUp (taskId: string, event: LifecycleEvent, outcome: DispatchOutcome): Promise<void> {
    const task = this.#open.get(taskId)
    if (task == null) return
    const step = this.#step(task, event)
    if (step.refusal == null) await this.#applyEffects(taskId, step.effects, outcome)
  }

  /**
   * Writes the terminal task with its settlement, announces `done`, and forgets the task.
   *
   * @param storing the output being stored (a `storeOutput` effect of the same step, never rejects): awaited with the write, before `done`
   */
  async #settle (task: TaskRecord, effect: Extract<Effect, { type: 'settle' }>, reputation: ReputationUpdate, storing?: Promise<void>): Promise<void> {
    const s = effect.settlement
    try {
      await this.#store.finishTask(task, s == null ? undefined : { id: task.id, clientAccount: task.clientAccount, payments: s.payments, evidence: s.evidence, verified: true }, reputation)
    } catch (err) {
      this.#log.error({ err, task: task.id }, 'terminal state not persisted')
    }
    await storing
    this.#timers.get(task.id)?.()
    this.#timers.delete(task.id)
    this.#bidAnswers.answer(task.id, undefined)
    this.#open.delete(task.id)
    const mine = this.#openByClient.get(task.clientPeerId)
    mine?.delete(task.id)
    if (mine?.size === 0) this.#openByClient.delete(task.clientPeerId)
    this.#pinQuota?.release(task.clientAccount, task.id)
    this.#log.info({ task: task.id, state: task.state, reason: task.reason, worker: task.outcome?.workerPeerId }, 'task ended')
    this.#announce({ taskId: task.id, kind: 'done', state: visibleState(task.state), reason: task.reason, attempt: task.attempts, timestampMs: this.#clock.now(), workerPeerId: task.outcome?.workerPeerId ?? '', bids: 0, outcome: outcomeToWire(task) })
    // nothing follows `done`: a follower that never unsubscribes does not keep the task's entry alive
    this.#events.removeAllListeners(task.id)
  }

  /**
   * Ranks the round's bids with the current registry, reputation and leases
   * (refused candidates and workers without a free slot are not eligible) and
   * applies `roundClosed` in the same synchronous turn, so no other task's
   * assignment can take the slot in between.
   */
  async #rank (task: TaskRecord, attempt: number, outcome: DispatchOutcome): Promise<void> {
    const round = task.round
    if (round == null) return
    const ctx = this.#context(this.#clock.now())
    const refused = new Set(round.refused)
    let candidates = rankBids(task, round.bids, ctx, new Map(Object.entries(round.declines))).map(row => {
      if (!row.eligible) return row
      if (refused.has(row.workerPeerId)) return { ...row, eligible: false }
      const view = this.registry.get(row.workerPeerId)
      if (view == null || freeSlots(view, ctx) <= 0) return { ...row, eligible: false, note: 'became busy before assignment' }
      return row
    })
    const held = new Set(task.leases.filter(l => l.attempt === attempt).map(l => l.worker))
    // bidders already answered (released) or holding a lease of this round are not drawn again
    const taken = new Set([...held, ...round.released ?? []])
    if (taken.size > 0) candidates = candidates.map(row => taken.has(row.workerPeerId) ? { ...row, eligible: false } : row)
    // a replica goes to a bidder drawn at random, not the best-ranked one (docs/verification.md)
    if (task.verification.results.length > 0) candidates = drawReplicaCandidate(candidates, this.#randomInt)
    // executions the policy will ask for anyway are assigned in this round, to bidders drawn at random
    // beside the best-ranked one (a re-ranking after a refused Assign draws what is still missing)
    let replicaNonces: string[] = []
    if (this.#config.verification.replicasInFirstRound) {
      const leader = candidates.find(row => row.eligible)
      const credibility = leader == null ? undefined : this.reputation.credibility(leader.workerPeerId, this.#config.verification.assumedFaultFraction)
      const atOnce = executionsAtOnce(task.verification, credibility, this.#policy.agreement)
      // the round's leases in all (a re-ranking replaces the one refused)
      const wanted = held.size > 0 ? Math.max(atOnce, held.size + 1) : atOnce
      const draws = wanted - Math.max(held.size, 1)
      if (draws > 0) candidates = drawReplicaCandidates(candidates, draws, this.#randomInt, held.size === 0)
      replicaNonces = Array.from({ length: wanted - 1 }, () => bytesToHex(randomBytes(16)))
    }
    await this.#followUp(task.id, { type: 'roundClosed', attempt, candidates, nonce: bytesToHex(randomBytes(16)), replicaNonces }, outcome)
  }

  async #sendAssign (task: TaskRecord, worker: string, attempt: number): Promise<void> {
    let event: LifecycleEvent
    // the lease's nonce goes into the Assign; the worker binds its receipt to it
    const nonce = hexToBytes(leaseOf(task, worker, attempt)?.nonce ?? '')
    try {
      const ack = await this.#network.sendAssign(worker, assignToWire({ taskId: task.id, attempt, leaseMs: this.#policy.leaseMs, spec: specOf(task), nonce }))
      event = ack.accepted ? { type: 'assignAcked', worker, attempt, running: ack.running === true } : { type: 'assignRefused', worker, attempt, reason: ack.reason, unreachable: false }
    } catch (err) {
      event = { type: 'assignRefused', worker, attempt, reason: (err as Error).message, unreachable: true }
    }
    const outcome = await this.#dispatch(task.id, event)
    if (outcome.refusal != null && event.type === 'assignAcked') {
      this.#log.info({ task: task.id, worker, attempt, reason: outcome.refusal.reason }, 'late Assign acknowledgement refused; the worker stops at its first heartbeat')
    }
  }

  async #verify (task: TaskRecord, effect: Extract<Effect, { type: 'verify' }>, outcome: DispatchOutcome): Promise<void> {
    let event: LifecycleEvent
    try {
      const expectedNonce = leaseOf(task, effect.worker, effect.attempt)?.nonce ?? ''
      const verified = await verifyResult(task, effect.worker, effect.attempt, this.#self, effect.result, this.#network.cidFor, expectedNonce)
      const workers = new Set([effect.worker, ...task.verification.results.map(r => r.worker)])
      const credibility = Object.fromEntries([...workers].map(w => [w, this.reputation.credibility(w, this.#config.verification.assumedFaultFraction)]))
      event = { type: 'resultVerified', worker: effect.worker, attempt: effect.attempt, result: verified, credibility }
      outcome.verdict = { ok: true, reason: '' }
    } catch (err) {
      if (!(err instanceof ResultVerificationError)) this.#log.error({ err, task: task.id }, 'result verification failed unexpectedly')
      this.#log.warn({ task: task.id, worker: effect.worker, reason: (err as Error).message }, 'result failed verification')
      event = { type: 'resultInvalid', worker: effect.worker, attempt: effect.attempt, reason: (err as Error).message }
      outcome.verdict = { ok: false, reason: (err as Error).message }
    }
    await this.#followUp(task.id, event, outcome)
  }

  #announce (event: TaskEvent): void {
    this.#events.emit(event.taskId, event)
  }

  /** Arms the task's one timer at its next deadline (replacing the previous one). */
  #arm (taskId: string): void {
    this.#timers.get(taskId)?.()
    this.#timers.delete(taskId)
    const task = this.#open.get(taskId)
    if (task == null || !this.#running) return
    const atMs = nextDeadline(task)
    if (atMs == null) return
    this.#timers.set(taskId, this.#clock.setTimer(atMs, () => {
      this.#timers.delete(taskId)
      // a tick may end the task, lose a lease, close a round or end a backoff (then the task may be offered)
      void this.#dispatch(taskId, { type: 'tick' }).then(() => {
        // a tick that came before its deadline changed nothing and armed no timer: arm it again
        // (never for a deadline already passed, which would spin)
        const task = this.#open.get(taskId)
        const next = task == null ? undefined : nextDeadline(task)
        if (!this.#timers.has(taskId) && next != null && next > this.#clock.now()) this.#arm(taskId)
        this.#schedulePump()
      })
    }))
  }

  /** Marks workers with stale telemetry dead and takes their leases; re-arms itself. */
  #sweep (): void {
    if (!this.#running) return
    for (const dead of this.registry.sweep(this.#clock.now())) {
      this.#log.warn({ worker: dead }, 'worker telemetry stale: marked dead')
      this.#loseLeasesOf(dead, 'telemetry_stale')
    }
    this.#stopSweep = this.#clock.setTimer(this.#clock.now() + SWEEP_INTERVAL_MS, () => { this.#sweep() })
  }

  #loseLeasesOf (worker: string, reason: 'disconnected' | 'telemetry_stale'): void {
    for (const taskId of [...this.#leases.get(worker) ?? []]) void this.#dispatch(taskId, { type: 'leaseLost', worker, reason })
  }

  #context (nowMs: number): SelectionContext {
    return { registry: this.registry, reputation: this.reputation, weights: this.#config.selection, leasesOf: p => this.leasesOf(p), nowMs }
  }

  #schedulePump (): void {
    if (this.#pumpScheduled || !this.#running) return
    this.#pumpScheduled = true
    setImmediate(() => {
      this.#pumpScheduled = false
      this.#pump()
    })
  }

  /**
   * Puts a task that entered the queue in {@link #order} by (createdAtMs, id): appended when newest (the
   * usual case), else inserted by binary search (a task back from a round keeps its place). An id
   * still there (it left the queue and came back before a pump dropped it) is already in place.
   * Drops ids that left the queue when they outnumber the queued ones.
   */
  #enqueueOrder (task: TaskRecord): void {
    if (this.#inOrder.has(task.id)) return
    if (this.#order.length > 2 * this.#queued.size + 64) {
      this.#order = this.#order.filter(e => this.#queued.has(e.id) || !this.#inOrder.delete(e.id))
    }
    const entry = { id: task.id, createdAtMs: task.createdAtMs }
    const before = (a: typeof entry, b: typeof entry): boolean => a.createdAtMs < b.createdAtMs || (a.createdAtMs === b.createdAtMs && a.id < b.id)
    const order = this.#order
    if (order.length === 0 || before(order[order.length - 1], entry)) order.push(entry)
    else {
      let lo = 0
      let hi = order.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (before(order[mid], entry)) lo = mid + 1
        else hi = mid
      }
      order.splice(lo, 0, entry)
    }
    this.#inOrder.add(task.id)
  }

  /**
   * Opens offer rounds for queued tasks, oldest first, while capable workers
   * have room (each round in flight will take a slot); tells the rest why they
   * wait.
   *
   * Work per pump is bounded by what can change (issue 9: it used to check and
   * sort every queued task on every event): the walk stops as soon as the
   * rounds in flight fill the free slots of every alive worker (none at all
   * when there is no room). Tasks the walk did not reach keep their reason,
   * except tasks new to the queue (given one here) and every queued task when
   * the set of workers or what they accept changed (then all are told again).
   */
  #pump (): void {
    if (!this.#running) return
    const now = this.#clock.now()
    const ctx = this.#context(now)
    let inFlight = this.#offering.size
    const workers = this.registry.list()
    let room = 0
    for (const v of workers) if (v.alive && !v.telemetry.draining) room += Math.max(0, freeSlots(v, ctx))
    const seen = workersSignature(workers)
    const tellAll = seen !== this.#workersSeen
    this.#workersSeen = seen
    const tell = (task: TaskRecord, eligible: WorkerView[]): void => {
      const reason = eligible.length === 0 ? queueReason(task, ctx) : `all ${eligible.length} capable workers are busy`
      if (reason !== task.reason) void this.#dispatch(task.id, { type: 'waiting', reason })
    }
    // oldest first: a task back from a round that found nobody keeps its place (see #enqueueOrder)
    const order = this.#order
    const kept: typeof order = []
    let i = 0
    for (; i < order.length && inFlight < room; i++) {
      const taskId = order[i].id
      if (!this.#queued.has(taskId)) {
        this.#inOrder.delete(taskId)
        continue
      }
      kept.push(order[i])
      const task = this.#open.get(taskId)
      if (task == null || task.state !== 'queued' || task.notBeforeMs > now) continue
      this.#unreasoned.delete(taskId)
      const eligible = eligibleWorkers(task, ctx)
      const taskRoom = eligible.reduce((sum, v) => sum + Math.max(0, freeSlots(v, ctx)), 0)
      if (eligible.length === 0 || inFlight >= taskRoom) {
        tell(task, eligible)
        continue
      }
      inFlight += 1
      this.#queued.delete(taskId)
      this.#offering.add(taskId)
      void this.#dispatch(taskId, { type: 'roundOpened', eligible: eligible.map(v => v.peerId) })
    }
    // ids that left the queue were passed: drop them (nothing to copy when none were)
    if (kept.length < i) this.#order = i === order.length ? kept : kept.concat(order.slice(i))
    // the rest wait: the walk ended for want of room
    const rest = tellAll ? order.slice(i).map(e => e.id) : [...this.#unreasoned]
    this.#unreasoned.clear()
    for (const taskId of rest) {
      const task = this.#open.get(taskId)
      if (task == null || task.state !== 'queued' || !this.#queued.has(taskId) || task.notBeforeMs > now) continue
      tell(task, eligibleWorkers(task, ctx))
    }
  }

  #offerOf (task: TaskRecord, attempt: number, bidDeadlineMs: number, lateBidUntilMs: number): ailee.v1.ITaskOffer {
    return taskOfferToWire({
      taskId: task.id,
      coordinatorPeerId: this.#self,
      attempt,
      memoryPages: task.limits.memoryPages,
      executionMs: task.limits.executionMs,
      maxPrice: task.limits.maxPrice,
      bidDeadlineMs,
      moduleSizeBytes: task.moduleSize,
      moduleCid: task.moduleCid,
      excludedWorkers: task.excludedWorkers,
      lateBidUntilMs
    })
  }
}

/**
 * What the queue reasons depend on besides free slots: each worker's peer ID, whether it is alive or
 * draining, its memory and price (a string; equal strings = nothing changed).
 */
function workersSignature (workers: WorkerView[]): string {
  return workers.map(v => `${v.peerId}:${Number(v.alive)}${Number(v.telemetry.draining)}:${v.telemetry.maxMemoryPages}:${v.telemetry.price}`).join(',')
}

/** Whether `worker` holds, or ever held, the lease of `attempt` of `task` (a lease now, the lapsed one, or the chosen candidate of a decision). */
function wasGranted (task: TaskRecord, worker: string, attempt: number): boolean {
  return leaseOf(task, worker, attempt) != null ||
    (task.lapsed?.worker === worker && task.lapsed.attempt === attempt) ||
    task.decisions.some(d => d.attempt === attempt && d.candidates.some(c => c.chosen && c.workerPeerId === worker))
}

/** The lease of (`worker`, `attempt`) in `task`, whatever its phase, or undefined. */
function leaseOf (task: TaskRecord, worker: string, attempt: number): Lease | undefined {
  return task.leases.find(l => l.worker === worker && l.attempt === attempt)
}

/** The lifecycle's policy from the node configuration. */
function policyOf (config: NodeConfig): LifecyclePolicy {
  return {
    leaseMs: config.timeouts.leaseMs,
    // the worker's fetch window for the largest module and input (timeouts.fetchMs + fetchMsPerMiB per MiB)
    fetchMs: taskFetchWindowMs(config),
    maxAttempts: config.retry.maxAttempts,
    quarantineAfter: config.retry.quarantineAfter,
    initialBackoffMs: config.retry.initialBackoffMs,
    maxBackoffMs: config.retry.maxBackoffMs,
    maxBidsPerTask: config.limits.maxBidsPerTask,
    lateBidMs: config.coordinator.lateBidMs,
    // one round may assign every execution a task's verification is known to need (agreement.ts executionsAtOnce)
    maxLeases: config.verification.replicasInFirstRound ? config.verification.maxExecutions : 1,
    agreement: { targetErrorRate: config.verification.targetErrorRate, maxExecutions: config.verification.maxExecutions }
  }
}

/** A task as stored by an earlier version (one optional `lease` field) in today's shape. */
function upgradeStored (stored: TaskRecord): TaskRecord {
  const old = stored as TaskRecord & { lease?: { worker: string, attempt: number, assignedAtMs: number, expiresAtMs: number, running: boolean } }
  // tasks stored before verification policies existed were accepted on their first result
  const verification = stored.verification ?? { policy: { kind: 'none' }, spotCheck: false, results: [] }
  // leases stored before assignment nonces existed carry none ('': the receipt is not checked for one)
  if (Array.isArray(old.leases)) return { ...stored, verification, leases: stored.leases.map(l => ({ ...l, nonce: l.nonce ?? '' })) }
  const { lease, ...rest } = old
  return {
    ...rest,
    verification,
    leases: lease == null
      ? []
      : [{
          worker: lease.worker,
          attempt: lease.attempt,
          phase: lease.running ? 'running' : 'assigned',
          assignedAtMs: lease.assignedAtMs,
          expiresAtMs: lease.expiresAtMs,
          deadlineMs: Number.MAX_SAFE_INTEGER,
          reportedRunning: lease.running,
          price: rest.decisions.findLast(d => d.attempt === lease.attempt)?.candidates.find(c => c.chosen)?.price ?? rest.limits.maxPrice,
          nonce: ''
        }]
  }
}
