/**
 * The coordinator's persisted view of one task (`tasks/{taskId}` in RocksDB) and
 * the mapping between its state names and the wire enum `pb.TaskState`.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { isTerminalState, taskStateToWire, type TaskStateName } from '../protocol/task-states.ts'
import type { LapsedLease, Lease, RoundRecord } from './lifecycle/types.ts'
import { taskSpecToWire, type TaskSpec } from '../protocol/messages/assignment.ts'
import type { TaskVerification } from './agreement.ts'
import { formatVerificationPolicy } from '../protocol/verification-policy.ts'
import { hexToBytes } from '@noble/hashes/utils.js'
import { isSealed } from '../content/envelope.ts'

export type { TaskStateName }

/**
 * States of the lifecycle: the client-visible ones plus `received` (built by
 * admission, before it is admitted or rejected; never stored) and `verifying`
 * (a result arrived and is being checked; shown to clients as running).
 */
export type LifecycleStateName = 'received' | 'verifying' | TaskStateName

/** The state a client sees for a lifecycle state. */
export function visibleState (state: LifecycleStateName): TaskStateName {
  if (state === 'verifying') return 'running'
  if (state === 'received') return 'queued'
  return state
}

/** The resolved limits of a task: what it asked for, capped by the coordinator's maxima. */
export interface ResolvedLimits {
  /** 64 KiB pages */
  memoryPages: number
  executionMs: number
  maxOutputBytes: number
  bidWindowMs: number
  queueMs: number
  totalMs: number
  /** credits */
  maxPrice: number
}

/** One candidate's scores in one selection round (mirror of `pb.CandidateScore`). */
export interface CandidateScoreRecord {
  workerPeerId: string
  score: number
  health: number
  reputation: number
  priceScore: number
  loadScore: number
  price: number
  chosen: boolean
  note: string
}

/** Why one attempt went to the worker it went to (mirror of `pb.AssignmentDecision`). */
export interface DecisionRecord {
  attempt: number
  decidedAtMs: number
  candidates: CandidateScoreRecord[]
  outcome: string
}

/** Final outcome (mirror of `pb.TaskOutcome`, bytes as base64). */
export interface OutcomeRecord {
  state: TaskStateName
  exitCode: number
  workerPeerId: string
  outputCid: string
  stdout: string
  stderr: string
  verified: boolean
  /** encoded `pb.SignedReceipt`, base64; empty when no receipt was accepted */
  receipt: string
  reason: string
  queuedMs: number
  executionMs: number
  totalMs: number
  price: number
}

/** Everything the coordinator keeps about a task; JSON-encoded in `tasks/{taskId}`. */
export interface TaskRecord {
  id: string
  clientPeerId: string
  clientAccount: string
  moduleCid: string
  inputCid: string
  args: string[]
  env: Record<string, string>
  limits: ResolvedLimits
  /** bytes */
  moduleSize: number
  inputSize: number
  /** hex SHA-256 of the module and input bytes, checked against receipts (of the plaintext when sealed) */
  moduleHash: string
  inputHash: string
  /**
   * hex of the task's content key (32 bytes) when its module and input are sealed envelopes
   * (src/content/envelope.ts); absent or '' = plaintext content. Kept at rest in RocksDB,
   * sent only in Assigns (docs/privacy.md); `moduleSize`/`inputSize` are then the sealed sizes
   */
  contentKey?: string
  state: LifecycleStateName
  reason: string
  /** execution attempts started: assignments the worker accepted, less those handed back unrun */
  attempts: number
  createdAtMs: number
  updatedAtMs: number
  firstAssignedAtMs?: number
  /** no new offer before this Unix ms (retry backoff) */
  notBeforeMs: number
  /** the leases held now (at most `maxLeases`) */
  leases: Lease[]
  /** the offer round while the task is `offered` */
  round?: RoundRecord
  /** the last lease lost, until another is granted: its result is still accepted */
  lapsed?: LapsedLease
  /** workers lost while running this task (absent: none); see `quarantineAfter` */
  hostsLost?: number
  /** times a worker gave this task back unrun (absent: never) */
  handBacks?: number
  /** workers that lost or failed an attempt of this task, or gave it back; avoided while others exist */
  excludedWorkers: string[]
  decisions: DecisionRecord[]
  /** the verification policy, the spot-check draw and every result whose receipt checked out */
  verification: TaskVerification
  outcome?: OutcomeRecord
}

/**
 * The outcome of a task that ended without an accepted result (rejected at
 * admission, timed out in the queue, out of attempts).
 */
export function outcomeWithoutResult (task: TaskRecord, state: TaskStateName, reason: string, nowMs: number): OutcomeRecord {
  return {
    state,
    exitCode: -1,
    workerPeerId: '',
    outputCid: '',
    stdout: '',
    stderr: '',
    verified: false,
    receipt: '',
    reason,
    queuedMs: (task.firstAssignedAtMs ?? nowMs) - task.createdAtMs,
    executionMs: 0,
    totalMs: nowMs - task.createdAtMs,
    price: 0
  }
}

/** Builds the wire `pb.TaskOutcome` for a terminal task. */
export function outcomeToWire (task: TaskRecord): ailee.v1.ITaskOutcome {
  const o = task.outcome
  return {
    taskId: task.id,
    state: taskStateToWire(visibleState(task.state)),
    exitCode: o?.exitCode ?? 0,
    workerPeerId: o?.workerPeerId ?? '',
    moduleCid: task.moduleCid,
    inputCid: task.inputCid,
    outputCid: o?.outputCid ?? '',
    stdout: fromBase64(o?.stdout),
    stderr: fromBase64(o?.stderr),
    verified: o?.verified ?? false,
    receipt: o?.receipt != null && o.receipt !== '' ? pb.SignedReceipt.decode(fromBase64(o.receipt)) : null,
    timings: {
      submittedAtMs: task.createdAtMs,
      queuedMs: o?.queuedMs ?? 0,
      executionMs: o?.executionMs ?? 0,
      totalMs: o?.totalMs ?? 0
    },
    reason: o?.reason ?? task.reason,
    attempts: task.attempts,
    price: o?.price ?? 0,
    replicas: replicasToWire(task),
    verification: formatVerificationPolicy(task.verification.policy)
  }
}

/** The task's executions whose receipts checked out, with their verdicts (`pb.ReplicaReport`). */
export function replicasToWire (task: TaskRecord): ailee.v1.IReplicaReport[] {
  return task.verification.results.map(r => ({
    workerPeerId: r.worker,
    attempt: r.attempt,
    status: r.status,
    exitCode: r.exitCode,
    outputHash: hexToBytes(r.outputHash),
    verdict: r.verdict,
    price: r.verdict === 'agreed' ? r.price : 0
  }))
}

/** The spec of a task as it goes to a worker: its resolved limits and timeouts. */
export function specOf (task: TaskRecord): TaskSpec {
  return {
    moduleCid: task.moduleCid,
    inputCid: task.inputCid,
    args: task.args,
    env: task.env,
    limits: { memoryPages: task.limits.memoryPages, executionMs: task.limits.executionMs, maxOutputBytes: task.limits.maxOutputBytes },
    timeouts: { queueMs: task.limits.queueMs, bidWindowMs: task.limits.bidWindowMs, totalMs: task.limits.totalMs },
    maxPrice: task.limits.maxPrice,
    clientAccount: task.clientAccount,
    ...(task.contentKey != null && task.contentKey !== '' ? { contentKey: hexToBytes(task.contentKey) } : {}),
    // the plaintext hashes admission computed: the worker runs only content that matches them
    ...(task.moduleHash !== '' ? { moduleSha256: hexToBytes(task.moduleHash) } : {}),
    ...(task.inputHash !== '' ? { inputSha256: hexToBytes(task.inputHash) } : {})
  }
}

/**
 * The task's content key (32 bytes), or undefined for plaintext content.
 *
 * @throws {EnvelopeError} `bad-key` when a stored key is not 32 bytes
 */
export function contentKeyOf (task: Pick<TaskRecord, 'contentKey'>): Uint8Array | undefined {
  const key = task.contentKey == null || task.contentKey === '' ? undefined : hexToBytes(task.contentKey)
  return isSealed(key) ? key : undefined
}

/**
 * Builds the wire `pb.TaskStatusReport` of a task in any state. Its spec never
 * carries the content key (the client holds it; nobody else may).
 */
export function statusToWire (task: TaskRecord): ailee.v1.ITaskStatusReport {
  const { contentKey: _key, ...spec } = specOf(task)
  return {
    taskId: task.id,
    state: taskStateToWire(visibleState(task.state)),
    reason: task.reason,
    attempts: task.attempts,
    workerPeerId: task.leases[0]?.worker ?? task.outcome?.workerPeerId ?? '',
    spec: taskSpecToWire(spec),
    decisions: task.decisions,
    outcome: isTerminalState(visibleState(task.state)) ? outcomeToWire(task) : null,
    updatedAtMs: task.updatedAtMs,
    clientPeerId: task.clientPeerId,
    replicas: replicasToWire(task),
    verification: formatVerificationPolicy(task.verification.policy)
  }
}

/**
 * Whether `peer` may read a task's private fields: it is the peer that
 * submitted the task or the account that pays for it.
 */
export function isTaskOwner (task: Pick<TaskRecord, 'clientPeerId' | 'clientAccount'>, peer: string): boolean {
  return peer === task.clientPeerId || peer === task.clientAccount
}

/**
 * A task outcome as anyone but its client sees it: state, exit code, workers,
 * timings, price, the receipt (hashes) and the executions' verdicts, without
 * the program's stdout and stderr or the CIDs they (and the stdin) are served
 * under. Returns a new object.
 */
export function redactOutcome (outcome: ailee.v1.ITaskOutcome): ailee.v1.ITaskOutcome {
  return { ...outcome, stdout: new Uint8Array(0), stderr: new Uint8Array(0), outputCid: '', inputCid: '' }
}

/**
 * A status report as anyone but the task's client sees it: the spec without
 * arguments, environment, stdin CID and content key, and a redacted outcome
 * ({@link redactOutcome}). Returns a new object.
 */
export function redactStatus (status: ailee.v1.ITaskStatusReport): ailee.v1.ITaskStatusReport {
  return {
    ...status,
    spec: status.spec == null ? status.spec : { ...status.spec, args: [], env: {}, inputCid: '', contentKey: new Uint8Array(0) },
    outcome: status.outcome == null ? status.outcome : redactOutcome(status.outcome)
  }
}

/** Uint8Array -> base64 (for JSON records). */
export function toBase64 (bytes: Uint8Array | null | undefined): string {
  return bytes == null ? '' : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

/** base64 -> Uint8Array; empty for empty or missing input. */
export function fromBase64 (text: string | null | undefined): Uint8Array {
  return text == null || text === '' ? new Uint8Array(0) : new Uint8Array(Buffer.from(text, 'base64'))
}
