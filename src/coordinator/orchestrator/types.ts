/**
 * The task orchestrator's vocabulary (../task-orchestrator.ts): its network port, what it reports
 * of each lifecycle step and event, its error, and the core its parts share.
 */
import type { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { ailee } from '../../proto/index.ts'
import type { NodeConfig } from '../../config/schema.ts'
import type { TaskEvent } from '../../protocol/task-events.ts'
import type { PendingBidAnswers } from '../bid-answers.ts'
import type { Clock } from '../clock.ts'
import type { Effect, LifecycleEvent, LifecyclePolicy, Refusal } from '../lifecycle/types.ts'
import type { PinQuota } from '../pin-quota.ts'
import type { ReputationBook } from '../reputation.ts'
import type { SelectionContext } from '../selection.ts'
import type { TaskRecord } from '../task-record.ts'
import type { TaskStore } from '../task-store.ts'
import type { WorkerRegistry } from '../worker-registry.ts'

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

/** Parts of a TaskOrchestrator (../task-orchestrator.ts). */
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
 * What the orchestrator's parts (offer queue, bids, results, effects) share, built once by the
 * orchestrator (../task-orchestrator.ts): its configuration and ports, the state that spans tasks
 * (held by reference, so every part sees the same maps), and the host's own steps as functions.
 */
export interface OrchestratorCore {
  config: NodeConfig
  policy: LifecyclePolicy
  /** this coordinator's peer ID (receipts must name it) */
  self: string
  store: TaskStore
  network: OrchestratorNetwork
  log: Logger
  clock: Clock
  /** uniform integer in [0, n): spot-check draws and replica choice */
  randomInt: (n: number) => number
  registry: WorkerRegistry
  reputation: ReputationBook
  pinQuota: PinQuota | undefined
  /** tasks not yet settled, by task id (a terminal task stays until its settlement is written) */
  open: Map<string, TaskRecord>
  /** submitting peer -> its admitted tasks not yet settled (the per-client quota) */
  openByClient: Map<string, Set<string>>
  bidAnswers: PendingBidAnswers
  /** each task's progress events ({@link TaskEvent}), emitted under its task id */
  events: EventEmitter
  /** True while the orchestrator runs (started, not stopping). */
  running: () => boolean
  /** Runs `event` through the task's serial queue; refused for unknown or settled tasks and while stopping. */
  dispatch: (taskId: string, event: LifecycleEvent) => Promise<DispatchOutcome>
  /** Applies a follow-up event inside the current task's turn of the queue. */
  followUp: (taskId: string, event: LifecycleEvent, outcome: DispatchOutcome) => Promise<void>
  /** Asks for a pump of the offer queue on the next turn (several asks make one pump). */
  schedulePump: () => void
  /** The selection context at `nowMs` (Unix ms): registry, reputation, weights, leases per worker. */
  context: (nowMs: number) => SelectionContext
}
