/**
 * Results of the orchestrator (../task-orchestrator.ts): a worker's TaskResult or hand-back goes
 * to its task's lifecycle, and a delivered result is verified before the lifecycle judges it.
 */
import type { NodeConfig } from '../../config/schema.ts'
import type { TaskResult } from '../../protocol/messages/worker-reports.ts'
import type { Effect, Lease, LifecycleEvent } from '../lifecycle/types.ts'
import type { ReputationBook } from '../reputation.ts'
import type { TaskRecord } from '../task-record.ts'
import type { TaskStore } from '../task-store.ts'
import { unknownTaskReason } from '../task-pruning.ts'
import { ResultVerificationError, verifyResult } from '../verification.ts'
import type { Logger } from 'pino'
import type { DispatchOutcome, OrchestratorCore, OrchestratorNetwork } from './types.ts'

/** Results in, verdicts out (see the module comment). */
export class ResultHandling {
  readonly #config: NodeConfig
  readonly #self: string
  readonly #store: TaskStore
  readonly #network: OrchestratorNetwork
  readonly #log: Logger
  readonly #open: Map<string, TaskRecord>
  private readonly reputation: ReputationBook
  readonly #dispatch: OrchestratorCore['dispatch']
  readonly #followUp: OrchestratorCore['followUp']

  /** @param core the orchestrator's shared state and steps */
  constructor (core: OrchestratorCore) {
    this.#config = core.config
    this.#self = core.self
    this.#store = core.store
    this.#network = core.network
    this.#log = core.log
    this.#open = core.open
    this.reputation = core.reputation
    this.#dispatch = core.dispatch
    this.#followUp = core.followUp
  }

  /** A TaskResult or hand-back from `from`, and the answer to the worker: see `TaskOrchestrator.onResult`. */
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
   * Verifies a delivered result (`verify` effect, ../verification.ts) and applies `resultVerified`
   * (with the credibility of every worker that delivered a result) or `resultInvalid`; sets
   * `outcome.verdict` to what the worker is answered.
   */
  async verify (task: TaskRecord, effect: Extract<Effect, { type: 'verify' }>, outcome: DispatchOutcome): Promise<void> {
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
}

/** Whether `worker` holds, or ever held, the lease of `attempt` of `task` (a lease now, the lapsed one, or the chosen candidate of a decision). */
function wasGranted (task: TaskRecord, worker: string, attempt: number): boolean {
  return leaseOf(task, worker, attempt) != null ||
    (task.lapsed?.worker === worker && task.lapsed.attempt === attempt) ||
    task.decisions.some(d => d.attempt === attempt && d.candidates.some(c => c.chosen && c.workerPeerId === worker))
}

/** The lease of (`worker`, `attempt`) in `task`, whatever its phase, or undefined. */
export function leaseOf (task: TaskRecord, worker: string, attempt: number): Lease | undefined {
  return task.leases.find(l => l.worker === worker && l.attempt === attempt)
}
