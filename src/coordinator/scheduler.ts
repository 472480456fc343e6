/**
 * The task market's state machine on the coordinator.
 *
 *     queued --offer--> offered --bids, select, Assign--> assigned --heartbeat--> running
 *        ^                  |                                  |                     |
 *        +---- no bids -----+           lease lost / bad result (backoff, attempt+1) |
 *        +------------------------------------------------------+                    |
 *                                                   verified result ---> completed | failed | timed_out | memory_exceeded | rejected
 *
 * Every transition is persisted (TaskStore) before it is announced, so a
 * coordinator killed at any point resumes from the last durable state: queued
 * and offered tasks are offered again, assigned ones keep their lease for one
 * more lease period (the worker's heartbeat or result renews or ends it), ended
 * ones are kept. A task's credit is written in the same batch as its terminal
 * state, so it is credited once.
 */
import { EventEmitter } from 'node:events'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import { retryDelayMs } from './backoff.ts'
import { BidRound } from './bid-round.ts'
import { ReputationBook, type ReputationEvent } from './reputation.ts'
import { eligibleWorkers, freeSlots, queueReason, rankBids, type SelectionContext } from './selection.ts'
import { taskStateToWire } from '../protocol/task-states.ts'
import { outcomeToWire, outcomeWithoutResult, specOf, toBase64, type LeaseRecord, type TaskRecord, type TaskStateName } from './task-record.ts'
import type { ReputationUpdate, Settlement, TaskStore } from './task-store.ts'
import { verifyResult } from './verification.ts'
import { workerRows, WorkerRegistry } from './worker-registry.ts'
import { describeStatus, terminalStateOf } from './outcome.ts'
import type { Logger } from 'pino'

/** What the scheduler uses of the network; `coordinator-service.ts` wires it to libp2p. */
export interface SchedulerNetwork {
  /** Publishes an offer on the offers topic. */
  publishOffer: (offer: ailee.v1.ITaskOffer) => Promise<void>
  /** Sends Assign to a worker and returns its answer; throws when the worker cannot be reached. */
  sendAssign: (worker: string, assign: ailee.v1.IAssign) => Promise<ailee.v1.IAssignAck>
  /** CID of bytes, as every content store computes it. */
  cidFor: (bytes: Uint8Array) => Promise<string>
  /** Stores and pins a verified output, so clients can fetch it by CID from the coordinator. */
  storeOutput: (bytes: Uint8Array) => Promise<void>
}

/** Listener of one task's progress. */
export type TaskEventListener = (event: ailee.v1.ITaskEvent) => void

const MAX_DECISIONS = 16
const TICK_MS = 200

export class Scheduler {
  readonly registry: WorkerRegistry
  readonly reputation: ReputationBook
  readonly #config: NodeConfig
  readonly #selfPeerId: string
  readonly #store: TaskStore
  readonly #network: SchedulerNetwork
  readonly #log: Logger
  readonly #open = new Map<string, TaskRecord>()
  readonly #rounds = new Map<string, BidRound>()
  readonly #offering = new Set<string>()
  readonly #leaseCount = new Map<string, number>()
  readonly #settling = new Set<string>()
  readonly #events = new EventEmitter()
  #timer: NodeJS.Timeout | undefined
  #running = false
  #pumping = false

  constructor (config: NodeConfig, selfPeerId: string, store: TaskStore, network: SchedulerNetwork, log: Logger) {
    this.#config = config
    this.#selfPeerId = selfPeerId
    this.#store = store
    this.#network = network
    this.#log = log
    this.registry = new WorkerRegistry({
      staleMs: config.coordinator.telemetryStaleMs,
      breakerThreshold: config.retry.breakerThreshold,
      breakerHalfOpenAfterMs: config.retry.breakerHalfOpenAfterMs
    })
    this.reputation = new ReputationBook(config.selection.reputationHalfLifeMs)
    this.#events.setMaxListeners(0)
  }

  /** Reloads open tasks and reputation, then starts the timers. Tasks that were being offered go back to the queue; leases get one more lease period. */
  async start (): Promise<void> {
    const now = Date.now()
    for (const [peer, record] of await this.#store.loadReputation()) this.reputation.load(peer, record)
    for (const task of await this.#store.loadOpenTasks()) {
      if (task.state === 'offered') task.state = 'queued'
      if (task.lease != null) {
        const lease = { ...task.lease, expiresAtMs: now + this.#config.timeouts.leaseMs }
        task.lease = undefined
        this.#setLease(task, lease)
      }
      this.#open.set(task.id, task)
    }
    this.#running = true
    this.#timer = setInterval(() => { void this.#tick() }, TICK_MS)
    this.#log.info({ openTasks: this.#open.size }, 'scheduler started')
    this.#pump()
  }

  /** Stops the timers; persisted state stays as it is for the next start. */
  async stop (): Promise<void> {
    this.#running = false
    clearInterval(this.#timer)
    for (const round of this.#rounds.values()) round.decide(undefined)
  }

  /** Tasks not yet ended. */
  get openTaskCount (): number {
    return this.#open.size
  }

  /** Accepts a new task (already admitted and fetched): persists it as queued and starts offering it. */
  async submit (task: TaskRecord): Promise<void> {
    if (this.#open.size >= this.#config.limits.maxOpenTasks) throw new Error(`coordinator holds ${this.#open.size} open tasks, the configured maximum`)
    await this.#store.saveTask(task)
    this.#open.set(task.id, task)
    this.#emit(task, 'accepted', 'durably accepted')
    this.#pump()
  }

  /** A task by id (open ones from memory, ended ones from storage). */
  async get (taskId: string): Promise<TaskRecord | undefined> {
    return this.#open.get(taskId) ?? await this.#store.getTask(taskId)
  }

  /** Subscribes to a task's events; returns the unsubscribe function. */
  follow (taskId: string, listener: TaskEventListener): () => void {
    this.#events.on(taskId, listener)
    return () => { this.#events.off(taskId, listener) }
  }

  /** Leases this coordinator holds on `peerId`. */
  leasesOf (peerId: string): number {
    return this.#leaseCount.get(peerId) ?? 0
  }

  /** Sets or clears a task's lease, keeping the per-worker lease count (O(1) for selection). */
  #setLease (task: TaskRecord, lease: LeaseRecord | undefined): void {
    const before = task.lease?.worker
    if (before != null) {
      const n = (this.#leaseCount.get(before) ?? 1) - 1
      if (n <= 0) this.#leaseCount.delete(before)
      else this.#leaseCount.set(before, n)
    }
    task.lease = lease
    if (lease != null) this.#leaseCount.set(lease.worker, (this.#leaseCount.get(lease.worker) ?? 0) + 1)
  }

  /** Telemetry arrived from `from` (already decoded and validated). */
  onTelemetry (from: string, telemetry: ailee.v1.ITelemetry): void {
    if (this.registry.observe(from, telemetry, Date.now())) this.#log.info({ worker: from }, 'worker alive')
    this.#pump()
  }

  /** A worker's connection closed: its leases are lost now rather than at lease expiry. */
  onWorkerDisconnected (peerId: string): void {
    if (this.registry.get(peerId) == null) return
    this.registry.markDead(peerId)
    for (const task of this.#open.values()) {
      if (task.lease?.worker === peerId) void this.#leaseLost(task, 'worker disconnected', 'timeout')
    }
  }

  /** Handles a Bid or decline (see BidRound: a bid is answered when its round is decided). */
  async onBid (from: string, bid: ailee.v1.IBid): Promise<ailee.v1.IBidAck> {
    const round = this.#rounds.get(bid.taskId ?? '')
    if (round == null || round.attempt !== bid.attempt) return { accepted: false, reason: 'offer closed' }
    return await round.offer(from, bid, () => {
      const task = this.#open.get(bid.taskId ?? '')
      if (task != null) this.#emit(task, 'bid', `bid from ${from} at ${bid.price ?? 0} credits`, { workerPeerId: from, bids: round.bids.length })
    })
  }

  /** Handles a Heartbeat: renews the lease if `from` holds it. */
  async onHeartbeat (from: string, hb: ailee.v1.IHeartbeat): Promise<ailee.v1.IAck> {
    const task = this.#open.get(hb.taskId ?? '')
    if (task?.lease == null || task.lease.worker !== from || task.lease.attempt !== hb.attempt) {
      return { ok: false, reason: 'no lease: the task was reassigned or has ended' }
    }
    task.lease.expiresAtMs = Date.now() + this.#config.timeouts.leaseMs
    if (hb.phase === 'running' && !task.lease.running) {
      task.lease.running = true
      task.state = 'running'
      task.reason = `running on ${from}`
      task.updatedAtMs = Date.now()
      await this.#store.saveTask(task)
      this.#emit(task, 'running', task.reason, { workerPeerId: from })
    }
    return { ok: true, reason: '' }
  }

  /** Handles a TaskResult: verifies it and ends the task, or retries it elsewhere. */
  async onResult (from: string, result: ailee.v1.ITaskResult): Promise<ailee.v1.IAck> {
    const taskId = result.taskId ?? ''
    const task = this.#open.get(taskId)
    if (task == null) {
      const ended = await this.#store.getTask(taskId)
      if (ended != null) return { ok: true, reason: `task already ${ended.state}` }
      return { ok: false, reason: 'unknown task' }
    }
    if (task.lease == null || task.lease.worker !== from || task.lease.attempt !== result.attempt) {
      return { ok: false, reason: 'stale attempt: the task was reassigned' }
    }
    if (result.handedBack === true) {
      task.attempts -= 1
      this.#requeue(task, `handed back by ${from} (shutting down)`, 0)
      await this.#store.saveTask(task)
      this.#emit(task, 'retry', task.reason)
      this.#pump()
      return { ok: true, reason: '' }
    }
    if (this.#settling.has(taskId)) return { ok: true, reason: 'result already being settled' }
    this.#settling.add(taskId)
    try {
      return await this.#settle(task, from, result)
    } finally {
      this.#settling.delete(taskId)
    }
  }

  async #settle (task: TaskRecord, from: string, result: ailee.v1.ITaskResult): Promise<ailee.v1.IAck> {
    const taskId = task.id
    let verified
    try {
      verified = await verifyResult(task, from, this.#selfPeerId, result, this.#network.cidFor)
    } catch (err) {
      this.#log.warn({ task: taskId, worker: from, err }, 'result failed verification')
      await this.#leaseLost(task, `result rejected: ${(err as Error).message}`, 'failure')
      return { ok: false, reason: (err as Error).message }
    }
    if (task.lease?.worker !== from || !this.#open.has(taskId)) return { ok: true, reason: 'already settled' }
    await this.#network.storeOutput(result.stdout ?? new Uint8Array(0))
    const receipt = verified.receipt
    const now = Date.now()
    const state = terminalStateOf(receipt)
    const decision = task.decisions.find(d => d.attempt === task.lease?.attempt)
    const price = decision?.candidates.find(c => c.chosen)?.price ?? task.limits.maxPrice
    if (decision != null) decision.outcome = `${state} (exit ${receipt.exitCode})`
    task.state = state
    task.reason = receipt.status === pb.ExecutionStatus.EXECUTION_STATUS_EXITED
      ? `exited with code ${receipt.exitCode}`
      : result.error != null && result.error !== '' ? result.error : describeStatus(receipt.status)
    task.updatedAtMs = now
    task.outcome = {
      state,
      exitCode: receipt.exitCode,
      workerPeerId: from,
      outputCid: receipt.outputCid,
      stdout: toBase64(result.stdout),
      stderr: toBase64(result.stderr),
      verified: true,
      receipt: toBase64(pb.SignedReceipt.encode(result.receipt!).finish()),
      reason: task.reason,
      queuedMs: (task.firstAssignedAtMs ?? now) - task.createdAtMs,
      executionMs: receipt.resources?.wallMs ?? 0,
      totalMs: now - task.createdAtMs,
      price
    }
    this.#setLease(task, undefined)
    const settlement: Settlement = { worker: from, clientAccount: task.clientAccount, price, receipt: result.receipt!, verified: true }
    const rep = this.#judge(from, 'success', now)
    this.#open.delete(taskId)
    await this.#store.finishTask(task, settlement, rep)
    this.registry.get(from)?.breaker.onSuccess()
    this.#log.info({ task: taskId, worker: from, state, exitCode: receipt.exitCode }, 'task ended')
    this.#emitDone(task)
    this.#pump()
    return { ok: true, reason: '' }
  }

  /** Rows for `bin/node peers`. */
  peers (): ailee.v1.IPeerInfo[] {
    return workerRows(this.registry, this.reputation, Date.now())
  }

  // ------------------------------------------------------------------ internals

  #context (now: number): SelectionContext {
    return { registry: this.registry, reputation: this.reputation, weights: this.#config.selection, leasesOf: p => this.leasesOf(p), nowMs: now }
  }

  async #tick (): Promise<void> {
    if (!this.#running) return
    const now = Date.now()
    for (const dead of this.registry.sweep(now)) {
      this.#log.warn({ worker: dead }, 'worker telemetry stale: marked dead')
      for (const task of this.#open.values()) {
        if (task.lease?.worker === dead) await this.#leaseLost(task, 'worker telemetry went stale', 'timeout')
      }
    }
    for (const task of [...this.#open.values()]) {
      try {
        if (now - task.createdAtMs > task.limits.totalMs) {
          await this.#finishWithoutResult(task, 'timed_out', `total timeout of ${task.limits.totalMs} ms passed (${task.reason})`)
        } else if (task.state === 'queued' && task.firstAssignedAtMs == null && now - task.createdAtMs > task.limits.queueMs) {
          await this.#finishWithoutResult(task, 'timed_out', `queue timeout of ${task.limits.queueMs} ms passed: ${task.reason}`)
        } else if (task.lease != null && now > task.lease.expiresAtMs) {
          await this.#leaseLost(task, `no heartbeat from ${task.lease.worker} within ${this.#config.timeouts.leaseMs} ms`, 'timeout')
        }
      } catch (err) {
        this.#log.error({ err, task: task.id }, 'tick failed for task')
      }
    }
    this.#pump()
  }

  /** Starts offer rounds for queued tasks while capable workers have room; records why the rest wait. */
  #pump (): void {
    if (!this.#running || this.#pumping) return
    this.#pumping = true
    try {
      const now = Date.now()
      const ctx = this.#context(now)
      for (const task of this.#open.values()) {
        if (task.state !== 'queued' || this.#offering.has(task.id)) continue
        if (task.notBeforeMs > now) continue
        const eligible = eligibleWorkers(task, ctx)
        const room = eligible.reduce((sum, v) => sum + Math.max(0, freeSlots(v, ctx)), 0)
        // each offer round in flight will take one slot if it succeeds
        if (eligible.length === 0 || this.#offering.size >= room) {
          const reason = eligible.length === 0 ? queueReason(task, ctx) : `all ${eligible.length} capable workers are busy`
          if (reason !== task.reason) {
            task.reason = reason
            this.#emit(task, 'queued', reason)
          }
          continue
        }
        void this.#offerRound(task, eligible.map(v => v.peerId))
      }
    } finally {
      this.#pumping = false
    }
  }

  async #offerRound (task: TaskRecord, eligible: string[]): Promise<void> {
    this.#offering.add(task.id)
    try {
      const attempt = task.attempts + 1
      const now = Date.now()
      task.state = 'offered'
      task.reason = `offered to ${eligible.length} capable worker(s)`
      task.updatedAtMs = now
      await this.#store.saveTask(task)
      const round = new BidRound(attempt, eligible, task.limits.bidWindowMs, this.#config.limits.maxBidsPerTask)
      this.#rounds.set(task.id, round)
      this.#emit(task, 'offered', task.reason, { attempt })
      await this.#network.publishOffer({
        taskId: task.id,
        coordinatorPeerId: this.#selfPeerId,
        attempt,
        memoryPages: task.limits.memoryPages,
        executionMs: task.limits.executionMs,
        maxPrice: task.limits.maxPrice,
        bidDeadlineMs: now + task.limits.bidWindowMs,
        moduleSizeBytes: task.moduleSize,
        moduleCid: task.moduleCid,
        excludedWorkers: task.excludedWorkers
      }).catch(err => { this.#log.warn({ err, task: task.id }, 'offer publish failed') })
      await round.closed
      this.#rounds.delete(task.id)
      try {
        if (this.#open.has(task.id) && this.#running) await this.#select(task, round)
      } finally {
        round.decide(task.lease?.attempt === round.attempt ? task.lease.worker : undefined)
      }
    } catch (err) {
      this.#log.error({ err, task: task.id }, 'offer round failed')
      if (this.#open.has(task.id) && task.lease == null) this.#requeue(task, `offer round failed: ${(err as Error).message}`, task.attempts + 1)
    } finally {
      this.#offering.delete(task.id)
      this.#pump()
    }
  }

  async #select (task: TaskRecord, round: BidRound): Promise<void> {
    const ranked = rankBids(task, round.bids, this.#context(Date.now()), round.declines)
    const decision = { attempt: round.attempt, decidedAtMs: Date.now(), candidates: ranked.map(({ eligible, ...row }) => row), outcome: '' }
    for (const [i, row] of ranked.entries()) {
      if (!row.eligible) continue
      const view = this.registry.get(row.workerPeerId)
      if (view == null || freeSlots(view, this.#context(Date.now())) <= 0) {
        decision.candidates[i].note = 'became busy before assignment'
        continue
      }
      const now = Date.now()
      task.attempts = round.attempt
      this.#setLease(task, { worker: row.workerPeerId, attempt: round.attempt, assignedAtMs: now, expiresAtMs: now + this.#config.timeouts.leaseMs, running: false })
      view.breaker.onAssigned(now)
      let ack: ailee.v1.IAssignAck
      try {
        ack = await this.#network.sendAssign(row.workerPeerId, {
          taskId: task.id,
          attempt: round.attempt,
          leaseMs: this.#config.timeouts.leaseMs,
          spec: specOf(task)
        })
      } catch (err) {
        ack = { accepted: false, reason: `unreachable: ${(err as Error).message}` }
        view.breaker.onFailure(Date.now())
      }
      const stillOurs = this.#open.has(task.id) && task.lease?.worker === row.workerPeerId && task.lease.attempt === round.attempt
      if (!stillOurs) {
        // while Assign was in flight the lease was lost (worker disconnected) or the task ended;
        // that path already requeued or finished the task, and a run the worker started is
        // cancelled at its first heartbeat ("no lease")
        decision.candidates[i].note = `lease lost while assigning (${ack.accepted === true ? 'accepted' : `refused: ${ack.reason ?? ''}`})`
        decision.outcome = 'lease lost during assignment'
        this.#pushDecision(task, decision)
        return
      }
      if (ack.accepted === true) {
        decision.candidates[i].chosen = true
        for (const other of decision.candidates) {
          if (!other.chosen && other.note === '') other.note = `lower score than the winner (${other.score.toFixed(3)} < ${row.score.toFixed(3)})`
        }
        decision.outcome = `assigned to ${row.workerPeerId}`
        task.state = 'assigned'
        task.reason = `assigned to ${row.workerPeerId} (score ${row.score.toFixed(3)})`
        task.firstAssignedAtMs ??= Date.now()
        task.updatedAtMs = Date.now()
        task.lease!.expiresAtMs = Date.now() + this.#config.timeouts.leaseMs
        this.#pushDecision(task, decision)
        await this.#store.saveTask(task)
        this.#emit(task, 'assigned', task.reason, { workerPeerId: row.workerPeerId, attempt: round.attempt, bids: round.bids.length })
        return
      }
      decision.candidates[i].note = `refused: ${ack.reason ?? ''}`
      this.#setLease(task, undefined)
      task.attempts = round.attempt - 1
    }
    decision.outcome = round.bids.length === 0 ? 'no bids' : 'no bidder could take it'
    this.#pushDecision(task, decision)
    const reason = round.noBidReason()
    this.#requeue(task, reason, task.attempts + 1)
    await this.#store.saveTask(task)
    this.#emit(task, 'queued', reason)
  }

  #pushDecision (task: TaskRecord, decision: TaskRecord['decisions'][number]): void {
    task.decisions.push(decision)
    if (task.decisions.length > MAX_DECISIONS) task.decisions.splice(0, task.decisions.length - MAX_DECISIONS)
  }

  #requeue (task: TaskRecord, reason: string, retry: number): void {
    task.state = 'queued'
    task.reason = reason
    this.#setLease(task, undefined)
    task.updatedAtMs = Date.now()
    task.notBeforeMs = retry <= 0 ? 0 : Date.now() + retryDelayMs(retry, this.#config.retry.initialBackoffMs, this.#config.retry.maxBackoffMs)
  }

  /** The worker holding `task` lost it: penalise, then retry with backoff or give up after maxAttempts. */
  async #leaseLost (task: TaskRecord, why: string, kind: ReputationEvent): Promise<void> {
    const lease = task.lease
    if (lease == null || !this.#open.has(task.id)) return
    const now = Date.now()
    const rep = this.#judge(lease.worker, kind, now)
    this.registry.get(lease.worker)?.breaker.onFailure(now)
    if (!task.excludedWorkers.includes(lease.worker)) task.excludedWorkers.push(lease.worker)
    const decision = task.decisions.find(d => d.attempt === lease.attempt)
    if (decision != null) decision.outcome = `lost: ${why}`
    this.#log.warn({ task: task.id, worker: lease.worker, attempt: lease.attempt, why }, 'lease lost')
    if (task.attempts >= this.#config.retry.maxAttempts) {
      this.#setLease(task, undefined)
      await this.#finishWithoutResult(task, 'failed', `gave up after ${task.attempts} attempts; last: ${why}`, rep)
      return
    }
    this.#requeue(task, `retrying after attempt ${task.attempts}: ${why}`, task.attempts)
    await this.#store.saveTask(task, rep)
    this.#emit(task, 'retry', task.reason, { workerPeerId: lease.worker, attempt: lease.attempt })
    this.#pump()
  }

  async #finishWithoutResult (task: TaskRecord, state: TaskStateName, reason: string, rep?: ReputationUpdate): Promise<void> {
    if (!this.#open.has(task.id)) return
    const now = Date.now()
    task.state = state
    task.reason = reason
    this.#setLease(task, undefined)
    task.updatedAtMs = now
    task.outcome = outcomeWithoutResult(task, state, reason, now)
    this.#open.delete(task.id)
    await this.#store.finishTask(task, undefined, rep)
    this.#emitDone(task)
  }

  #judge (worker: string, event: ReputationEvent, now: number): ReputationUpdate {
    return [[worker, this.reputation.record(worker, event, now)]]
  }

  #emit (task: TaskRecord, kind: string, reason: string, extra: Partial<ailee.v1.ITaskEvent> = {}): void {
    this.#events.emit(task.id, { taskId: task.id, state: taskStateToWire(task.state), kind, reason, attempt: task.attempts, timestampMs: Date.now(), ...extra })
  }

  #emitDone (task: TaskRecord): void {
    this.#events.emit(task.id, { taskId: task.id, state: taskStateToWire(task.state), kind: 'done', reason: task.reason, attempt: task.attempts, timestampMs: Date.now(), workerPeerId: task.outcome?.workerPeerId ?? '', outcome: outcomeToWire(task) })
  }
}
