/**
 * Effect execution of the orchestrator (../task-orchestrator.ts): carries out the effects a
 * lifecycle step asks for, in order (persist, settle, store the output, publish the offer, rank,
 * send Assign, answer bidders, verify, judge, announce, arm the task's timer).
 */
import type { ailee } from '../../proto/index.ts'
import { hexToBytes } from '@noble/hashes/utils.js'
import type { TaskEvent } from '../../protocol/task-events.ts'
import { assignToWire, taskOfferToWire } from '../../protocol/messages/assignment.ts'
import type { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { PendingBidAnswers } from '../bid-answers.ts'
import type { Clock } from '../clock.ts'
import { nextDeadline } from '../lifecycle/transition.ts'
import type { Effect, LifecycleEvent, LifecyclePolicy } from '../lifecycle/types.ts'
import type { PinQuota } from '../pin-quota.ts'
import type { ReputationBook } from '../reputation.ts'
import { outcomeToWire, specOf, visibleState, type TaskRecord } from '../task-record.ts'
import type { ReputationUpdate, TaskStore } from '../task-store.ts'
import { storedOutput } from '../verification.ts'
import type { WorkerRegistry } from '../worker-registry.ts'
import type { BidHandling } from './bids.ts'
import { leaseOf, type ResultHandling } from './results.ts'
import type { DispatchOutcome, OrchestratorCore, OrchestratorNetwork } from './types.ts'

/** Carries out a step's effects (see the module comment); owns each task's timer. */
export class EffectRunner {
  readonly #core: OrchestratorCore
  readonly #policy: LifecyclePolicy
  readonly #self: string
  readonly #store: TaskStore
  readonly #network: OrchestratorNetwork
  readonly #log: Logger
  readonly #pinQuota: PinQuota | undefined
  readonly #clock: Clock
  readonly #open: Map<string, TaskRecord>
  /** cancel functions of each task's timer */
  readonly #timers = new Map<string, () => void>()
  readonly #openByClient: Map<string, Set<string>>
  readonly #bidAnswers: PendingBidAnswers
  readonly #events: EventEmitter
  private readonly registry: WorkerRegistry
  private readonly reputation: ReputationBook
  readonly #dispatch: OrchestratorCore['dispatch']
  readonly #schedulePump: OrchestratorCore['schedulePump']
  readonly #rank: BidHandling['rank']
  readonly #verify: ResultHandling['verify']

  /**
   * @param core the orchestrator's shared state and steps
   * @param bids ranks a round (`rank` effect)
   * @param results verifies a result (`verify` effect)
   */
  constructor (core: OrchestratorCore, bids: BidHandling, results: ResultHandling) {
    this.#core = core
    this.#policy = core.policy
    this.#self = core.self
    this.#store = core.store
    this.#network = core.network
    this.#log = core.log
    this.#pinQuota = core.pinQuota
    this.#clock = core.clock
    this.#open = core.open
    this.#openByClient = core.openByClient
    this.#bidAnswers = core.bidAnswers
    this.#events = core.events
    this.registry = core.registry
    this.reputation = core.reputation
    this.#dispatch = core.dispatch
    this.#schedulePump = core.schedulePump
    this.#rank = bids.rank.bind(bids)
    this.#verify = results.verify.bind(results)
  }

  /** Tasks with a timer armed now. */
  get timerCount (): number {
    return this.#timers.size
  }

  /** Cancels every task's timer (the orchestrator stops). */
  cancelTimers (): void {
    for (const cancel of this.#timers.values()) cancel()
    this.#timers.clear()
  }

  /** Carries out `effects` in order; writes are awaited before anything later is announced. */
  async apply (taskId: string, effects: Effect[], outcome: DispatchOutcome): Promise<void> {
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
          this.#network.publishOffer(this.#offerOf(task, effect.attempt, effect.bidDeadlineMs, effect.lateBidUntilMs, effect.invited ?? [])).catch(err => { this.#log.warn({ err, task: taskId }, 'offer publish failed') })
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

  /** The wire offer of `attempt` of `task`; `invitedWorkers`: its bidder sample ([] = anyone may bid). */
  #offerOf (task: TaskRecord, attempt: number, bidDeadlineMs: number, lateBidUntilMs: number, invitedWorkers: string[]): ailee.v1.ITaskOffer {
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
      lateBidUntilMs,
      invitedWorkers
    })
  }

  get #running (): boolean {
    return this.#core.running()
  }
}
