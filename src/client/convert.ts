/**
 * Conversions between the wire messages of `/ailee/task/1.0.0`
 * (`proto/ailee/v1/task.proto`) and the client's types (`types.ts`).
 */
import { verificationPolicyToWire } from '../protocol/verification-policy.ts'
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { decodeReceipt, verifyReceipt } from '../chain/receipt.ts'
import type { ailee } from '../proto/index.ts'
import { UnexpectedResponseError } from './errors.ts'
import { executionStatusFromWire, isTerminalState, taskStateFromWire } from '../protocol/task-states.ts'
import type { TaskEvent } from '../protocol/task-events.ts'
import type {
  AssignmentDecision, DecodedReceipt, ReplicaInfo, TaskInput, TaskProgressEvent, TaskResult, TaskStatus, WorkerInfo
} from './types.ts'

/** 64 KiB WebAssembly pages in one MiB. */
export const PAGES_PER_MIB = 16

/** Builds the wire `TaskSpec` of a task whose module (and stdin) are already in the content store. */
export function specToWire (input: Omit<TaskInput, 'wasm' | 'stdin'>, moduleCid: string, inputCid: string): ailee.v1.ITaskSpec {
  return {
    moduleCid,
    inputCid,
    args: input.args ?? [],
    env: input.env ?? {},
    limits: {
      memoryPages: input.memoryMb == null ? 0 : Math.ceil(input.memoryMb * PAGES_PER_MIB),
      executionMs: input.timeoutMs ?? 0,
      maxOutputBytes: 0
    },
    timeouts: { queueMs: input.queueTimeoutMs ?? 0, bidWindowMs: input.bidWindowMs ?? 0, totalMs: input.totalTimeoutMs ?? 0 },
    maxPrice: input.maxPrice ?? 0,
    clientAccount: input.clientAccount ?? '',
    verification: verificationPolicyToWire(input.verify)
  }
}

/**
 * Decodes a `TaskOutcome` into a {@link TaskResult} and checks its receipt
 * (signature, task id, output hash against the received stdout).
 *
 * @param clientMs duration of the client call so far, ms
 * @throws {UnexpectedResponseError} when the outcome's state is not terminal
 */
export async function resultFromWire (o: ailee.v1.ITaskOutcome, clientMs: number): Promise<TaskResult> {
  const status = taskStateFromWire(o.state)
  if (!isTerminalState(status)) throw new UnexpectedResponseError(`task outcome with non-terminal state ${o.state ?? 'none'}`)
  const stdout = o.stdout == null ? new Uint8Array(0) : Uint8Array.from(o.stdout)
  const taskId = o.taskId ?? ''
  return {
    taskId,
    status,
    exitCode: o.exitCode ?? 0,
    worker: o.workerPeerId ?? '',
    moduleCid: o.moduleCid ?? '',
    inputCid: o.inputCid ?? '',
    outputCid: o.outputCid ?? '',
    verified: o.verified === true,
    stdout,
    stderr: o.stderr == null ? '' : new TextDecoder().decode(o.stderr),
    reason: o.reason ?? '',
    attempts: o.attempts ?? 0,
    price: Number(o.price ?? 0),
    replicas: (o.replicas ?? []).map(replicaFromWire),
    verification: o.verification ?? '',
    timings: {
      submittedAtMs: Number(o.timings?.submittedAtMs ?? 0),
      queuedMs: Number(o.timings?.queuedMs ?? 0),
      executionMs: Number(o.timings?.executionMs ?? 0),
      totalMs: Number(o.timings?.totalMs ?? 0),
      clientMs
    },
    receipt: o.receipt?.receipt != null && o.receipt.receipt.length > 0 ? await receiptFromWire(o.receipt, taskId, stdout) : null
  }
}

/**
 * Decodes a signed receipt and checks it: the worker's Ed25519 signature, the
 * task id, and that `outputHash` is SHA-256(`stdout`). Never throws: a receipt
 * that fails a check comes back with `valid: false` and the reason.
 */
export async function receiptFromWire (signed: ailee.v1.ISignedReceipt, taskId: string, stdout: Uint8Array): Promise<DecodedReceipt | null> {
  let r: ailee.v1.ExecutionReceipt
  let invalidReason = ''
  try {
    r = await verifyReceipt(signed)
  } catch (err) {
    invalidReason = `signature check failed: ${(err as Error).message}`
    try { r = decodeReceipt(signed) } catch { return null }
  }
  const outputHash = bytesToHex(r.outputHash)
  if (invalidReason === '' && r.taskId !== taskId) invalidReason = `receipt names task ${r.taskId}, not ${taskId}`
  if (invalidReason === '' && outputHash !== bytesToHex(sha256(stdout))) invalidReason = 'receipt output hash does not match the stdout received'
  return {
    taskId: r.taskId,
    attempt: r.attempt,
    moduleHash: bytesToHex(r.moduleHash),
    inputHash: bytesToHex(r.inputHash),
    outputHash,
    stderrHash: bytesToHex(r.stderrHash),
    exitCode: r.exitCode,
    status: executionStatusFromWire(r.status),
    resources: {
      wallMs: Number(r.resources?.wallMs ?? 0),
      peakMemoryPages: r.resources?.peakMemoryPages ?? 0,
      stdoutBytes: Number(r.resources?.stdoutBytes ?? 0),
      stderrBytes: Number(r.resources?.stderrBytes ?? 0)
    },
    workerPeerId: r.workerPeerId,
    coordinatorPeerId: r.coordinatorPeerId,
    timestampMs: Number(r.timestampMs),
    outputCid: r.outputCid,
    assignmentNonce: bytesToHex(r.assignmentNonce ?? new Uint8Array(0)),
    signature: bytesToHex(signed.signature ?? new Uint8Array(0)),
    valid: invalidReason === '',
    invalidReason
  }
}

/**
 * Turns a decoded task event (`taskEventFromWire`) into a progress event.
 * `done` events need the decoded result, so the caller builds them; this
 * returns `undefined` for them.
 */
export function progressFromEvent (e: TaskEvent): TaskProgressEvent | undefined {
  const base = { taskId: e.taskId, timestampMs: e.timestampMs, attempt: e.attempt, reason: e.reason }
  const worker = e.workerPeerId
  switch (e.kind) {
    case 'accepted': return { ...base, type: 'accepted' }
    case 'queued': return { ...base, type: 'queued' }
    case 'offered': return { ...base, type: 'offered' }
    case 'bid': return { ...base, type: 'bid', worker, bids: e.bids }
    case 'assigned': return { ...base, type: 'assigned', worker, bids: e.bids }
    case 'running': return { ...base, type: 'running', worker }
    case 'retry': return { ...base, type: 'retry', worker }
    case 'done': return undefined
  }
}

/** Decodes a `TaskStatusReport`. */
export async function statusFromWire (s: ailee.v1.ITaskStatusReport): Promise<TaskStatus> {
  const state = taskStateFromWire(s.state)
  if (state == null) throw new UnexpectedResponseError(`task status with unknown state ${s.state ?? 'none'}`)
  const spec = s.spec ?? {}
  return {
    taskId: s.taskId ?? '',
    state,
    reason: s.reason ?? '',
    attempts: s.attempts ?? 0,
    worker: s.workerPeerId ?? '',
    moduleCid: spec.moduleCid ?? '',
    inputCid: spec.inputCid ?? '',
    args: [...(spec.args ?? [])],
    env: { ...(spec.env ?? {}) },
    limits: {
      memoryPages: spec.limits?.memoryPages ?? 0,
      executionMs: Number(spec.limits?.executionMs ?? 0),
      maxOutputBytes: Number(spec.limits?.maxOutputBytes ?? 0),
      queueMs: Number(spec.timeouts?.queueMs ?? 0),
      bidWindowMs: Number(spec.timeouts?.bidWindowMs ?? 0),
      totalMs: Number(spec.timeouts?.totalMs ?? 0),
      maxPrice: Number(spec.maxPrice ?? 0)
    },
    decisions: (s.decisions ?? []).map(decisionFromWire),
    result: s.outcome != null && isTerminalState(state) ? await resultFromWire(s.outcome, 0) : null,
    updatedAtMs: Number(s.updatedAtMs ?? 0),
    clientPeerId: s.clientPeerId ?? '',
    replicas: (s.replicas ?? []).map(replicaFromWire),
    verification: s.verification ?? ''
  }
}

/** Decodes a `ReplicaReport`. */
export function replicaFromWire (r: ailee.v1.IReplicaReport): ReplicaInfo {
  return {
    worker: r.workerPeerId ?? '',
    attempt: r.attempt ?? 0,
    exitCode: r.exitCode ?? 0,
    outputHash: Buffer.from(r.outputHash ?? new Uint8Array(0)).toString('hex'),
    verdict: r.verdict ?? '',
    price: Number(r.price ?? 0)
  }
}

/** Decodes an `AssignmentDecision`, candidates in the coordinator's ranking order (best first). */
export function decisionFromWire (d: ailee.v1.IAssignmentDecision): AssignmentDecision {
  return {
    attempt: d.attempt ?? 0,
    decidedAtMs: Number(d.decidedAtMs ?? 0),
    outcome: d.outcome ?? '',
    candidates: (d.candidates ?? []).map(c => ({
      worker: c.workerPeerId ?? '',
      score: c.score ?? 0,
      health: c.health ?? 0,
      reputation: c.reputation ?? 0,
      priceScore: c.priceScore ?? 0,
      loadScore: c.loadScore ?? 0,
      price: Number(c.price ?? 0),
      chosen: c.chosen === true,
      note: c.note ?? ''
    }))
  }
}

/** Decodes a `PeerInfo`. */
export function workerFromWire (p: ailee.v1.IPeerInfo): WorkerInfo {
  return {
    peerId: p.peerId ?? '',
    alive: p.alive === true,
    health: p.health ?? 0,
    reputation: p.reputation ?? 0,
    capacitySlots: p.capacitySlots ?? 0,
    runningTasks: p.runningTasks ?? 0,
    maxMemoryPages: p.maxMemoryPages ?? 0,
    telemetryAgeMs: Number(p.telemetryAgeMs ?? 0),
    breaker: p.breaker ?? '',
    price: Number(p.price ?? 0),
    cpuLoad: p.cpuLoad ?? 0,
    memoryUsedBytes: Number(p.memoryUsedBytes ?? 0),
    memoryTotalBytes: Number(p.memoryTotalBytes ?? 0),
    draining: p.draining === true,
    successes: p.successes ?? 0,
    failures: p.failures ?? 0,
    timeouts: p.timeouts ?? 0,
    credibility: p.credibility ?? 0,
    confirmed: p.confirmed ?? 0,
    caught: p.caught ?? 0,
    excludedUntilMs: Number(p.excludedUntilMs ?? 0),
    bond: BigInt(p.bond ?? 0)
  }
}
