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
 *
 * This file takes the events in and runs each task's steps; its parts share
 * the state that spans tasks (`orchestrator/types.ts`, `OrchestratorCore`):
 * `orchestrator/effects.ts` carries out the effects, `orchestrator/bids.ts`
 * takes bids and ranks rounds, `orchestrator/results.ts` takes and verifies
 * results, `orchestrator/offer-queue.ts` offers queued tasks,
 * `orchestrator/worker-liveness.ts` keeps the lease index and loses the leases
 * of workers gone, and `orchestrator/stored-task.ts` and
 * `orchestrator/policy.ts` serve the start.
 */
import type { PinQuota } from './pin-quota.ts'
import { EventEmitter } from 'node:events'
import { randomInt } from 'node:crypto'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import type { Bid, Heartbeat, TaskResult } from '../protocol/messages/worker-reports.ts'
import type { Telemetry } from '../protocol/messages/telemetry.ts'
import { PendingBidAnswers } from './bid-answers.ts'
import { systemClock, type Clock } from './clock.ts'
import { KeyedSerialQueue } from '../concurrency/keyed-serial-queue.ts'
import { transition } from './lifecycle/transition.ts'
import type { LifecycleEvent, LifecyclePolicy, Refusal, Transition } from './lifecycle/types.ts'
import { ReputationBook } from './reputation.ts'
import type { SelectionContext } from './selection.ts'
import type { TaskRecord } from './task-record.ts'
import type { TaskStore } from './task-store.ts'
import { workerRows, WorkerRegistry } from './worker-registry.ts'
import type { Logger } from 'pino'
import { CoordinatorFullError, type DispatchOutcome, type LifecycleStep, type OrchestratorCore, type OrchestratorNetwork, type TaskEventListener, type TaskOrchestratorInit } from './orchestrator/types.ts'
import { OfferQueue } from './orchestrator/offer-queue.ts'
import { BidHandling } from './orchestrator/bids.ts'
import { ResultHandling } from './orchestrator/results.ts'
import { EffectRunner } from './orchestrator/effects.ts'
import { policyOf } from './orchestrator/policy.ts'
import { holdPins, upgradeStored } from './orchestrator/stored-task.ts'
import { WorkerLiveness } from './orchestrator/worker-liveness.ts'

export { CoordinatorFullError }
export type { DispatchOutcome, LifecycleStep, OrchestratorNetwork, TaskEventListener, TaskOrchestratorInit }

/**
 * The coordinator's task orchestrator (see the module comment): takes tasks from admission and
 * the workers' bids, heartbeats and results, and runs each task's lifecycle. `start()` before
 * use, `stop()` at shutdown.
 */
export class TaskOrchestrator {
  readonly registry: WorkerRegistry
  readonly reputation: ReputationBook
  readonly #config: NodeConfig
  readonly #policy: LifecyclePolicy
  readonly #store: TaskStore
  readonly #log: Logger
  readonly #pinQuota: PinQuota | undefined
  readonly #observeStep: ((step: LifecycleStep) => void) | undefined
  readonly #clock: Clock
  readonly #random: () => number
  /** tasks not yet settled (a terminal task stays until its settlement is written) */
  readonly #open = new Map<string, TaskRecord>()
  /** each task's events, one at a time */
  readonly #queue = new KeyedSerialQueue()
  /** submitting peer -> its admitted tasks not yet settled (the per-client quota) */
  readonly #openByClient = new Map<string, Set<string>>()
  readonly #bidAnswers = new PendingBidAnswers()
  readonly #events = new EventEmitter()
  readonly #offers: OfferQueue
  readonly #bids: BidHandling
  readonly #effects: EffectRunner
  readonly #results: ResultHandling
  readonly #liveness: WorkerLiveness
  #running = false
  #stopping = false

  constructor (init: TaskOrchestratorInit) {
    const { config } = init
    this.#config = config
    this.#store = init.store
    this.#log = init.log
    this.#pinQuota = init.pinQuota
    this.#observeStep = init.observeStep
    this.#clock = init.clock ?? systemClock
    this.#random = init.random ?? Math.random
    this.#policy = policyOf(config)
    this.registry = new WorkerRegistry({
      staleMs: config.coordinator.telemetryStaleMs,
      breakerThreshold: config.retry.breakerThreshold,
      breakerHalfOpenAfterMs: config.retry.breakerHalfOpenAfterMs
    })
    this.reputation = new ReputationBook(config.selection.reputationHalfLifeMs, config.verification.exclusionMs)
    this.#events.setMaxListeners(0)
    const core: OrchestratorCore = {
      config,
      policy: this.#policy,
      self: init.selfPeerId,
      store: this.#store,
      network: init.network,
      log: this.#log,
      clock: this.#clock,
      randomInt: init.randomInt ?? randomInt,
      registry: this.registry,
      reputation: this.reputation,
      pinQuota: this.#pinQuota,
      open: this.#open,
      openByClient: this.#openByClient,
      bidAnswers: this.#bidAnswers,
      events: this.#events,
      running: () => this.#running,
      dispatch: async (taskId, event) => await this.#dispatch(taskId, event),
      followUp: async (taskId, event, outcome) => { await this.#followUp(taskId, event, outcome) },
      schedulePump: () => { this.#schedulePump() },
      context: nowMs => this.#context(nowMs)
    }
    this.#offers = new OfferQueue(core)
    this.#bids = new BidHandling(core)
    this.#results = new ResultHandling(core)
    this.#effects = new EffectRunner(core, this.#bids, this.#results)
    this.#liveness = new WorkerLiveness(core)
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
      holdPins(this.#pinQuota, task)
      this.#index(undefined, task)
    }
    this.#running = true
    await Promise.all(loaded.map(async t => await this.#dispatch(t.id, { type: 'restarted' })))
    this.#liveness.start()
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
    this.#liveness.stop()
    this.#effects.cancelTimers()
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
      timers: this.#effects.timerCount,
      queueKeys: this.#queue.size,
      queued: this.#offers.queuedCount,
      offering: this.#offers.offeringCount,
      workersWithLeases: this.#liveness.workersWithLeases,
      clientsWithOpenTasks: this.#openByClient.size,
      bidAnswers: this.#bidAnswers.tasks,
      followed: this.#events.eventNames().length
    }
  }

  /** Leases held on `peerId` now (every phase). */
  leasesOf (peerId: string): number {
    return this.#liveness.leasesOf(peerId)
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
    this.#liveness.onTelemetry(from, telemetry)
  }

  /** A worker's connection closed: its leases are lost now rather than at lease expiry. */
  onWorkerDisconnected (peerId: string): void {
    this.#liveness.onWorkerDisconnected(peerId)
  }

  /**
   * A Bid or decline from `from`. A decline or a refused bid is answered at
   * once; a recorded bid is answered lost as soon as its round is ranked (all
   * but the chosen candidate and one runner-up), the others when the round
   * is decided (won or lost), so a losing bidder frees the slot it held.
   */
  async onBid (from: string, bid: Bid): Promise<{ accepted: boolean, reason: string }> {
    return await this.#bids.onBid(from, bid)
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
    return await this.#results.onResult(from, result)
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
    if (step.refusal == null) await this.#effects.apply(taskId, step.effects, outcome)
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

  /** Keeps the lease index and the queue/offering sets (the offer queue's) in step with a task's state. */
  #index (before: TaskRecord | undefined, after: TaskRecord): void {
    this.#liveness.index(before, after)
    this.#offers.track(after)
    if (before?.state !== after.state || before.leases.length !== after.leases.length) this.#schedulePump()
  }

  /** Applies a follow-up event inside the current task's turn of the queue. */
  async #followUp (taskId: string, event: LifecycleEvent, outcome: DispatchOutcome): Promise<void> {
    const task = this.#open.get(taskId)
    if (task == null) return
    const step = this.#step(task, event)
    if (step.refusal == null) await this.#effects.apply(taskId, step.effects, outcome)
  }

  #context (nowMs: number): SelectionContext {
    return { registry: this.registry, reputation: this.reputation, weights: this.#config.selection, leasesOf: p => this.leasesOf(p), nowMs }
  }

  #schedulePump (): void {
    this.#offers.schedule()
  }
}
