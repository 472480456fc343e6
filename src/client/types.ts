/**
 * Types of the AILEE client library: what a program hands to
 * {@link AileeClient} and what it gets back. Wire messages
 * (`proto/ailee/v1/task.proto`) never leak through these types: bytes are
 * `Uint8Array`, hashes are lowercase hex, states are the names of
 * {@link TaskStateName}.
 *
 * Units: `*Ms` milliseconds (durations) or Unix epoch milliseconds (`*AtMs`),
 * `*Bytes` bytes, `*Pages` 64 KiB WebAssembly pages, prices in credits.
 */

import type { VerificationPolicy } from '../protocol/verification-policy.ts'
import type { ExecutionStatusName, TaskStateName, TerminalStateName } from '../protocol/task-states.ts'

export type { ExecutionStatusName, TaskStateName, TerminalStateName }

/** What a task runs and the limits it asks for; the shared part of {@link SubmitOptions}. */
export interface TaskInput {
  /** The WebAssembly (WASI preview1 command) module, bytes. */
  wasm: Uint8Array
  /** Standard input of the program. @default none (empty) */
  stdin?: Uint8Array
  /** `argv[1..]` of the program (`argv[0]` is the task id). @default [] */
  args?: string[]
  /** Environment variables of the program. @default {} */
  env?: Record<string, string>
  /** Wall-clock limit of one execution attempt, ms. @default the coordinator's (30000) */
  timeoutMs?: number
  /** Largest linear memory, MiB (converted to 64 KiB pages, 16 per MiB). @default the coordinator's (64) */
  memoryMb?: number
  /** The most the client pays, credits. @default the coordinator's (100) */
  maxPrice?: number
  /** Submit to end, all attempts included, ms. @default the coordinator's (600000) */
  totalTimeoutMs?: number
  /** Longest wait in the queue for a capable worker, ms. @default the coordinator's (300000) */
  queueTimeoutMs?: number
  /** How long the offer collects bids, ms. @default the coordinator's (300) */
  bidWindowMs?: number
  /** Ledger account charged: must be the client's own peer id (the signer), or empty. @default the client's peer id */
  clientAccount?: string
  /**
   * How the coordinator checks the result before paying it: `none`,
   * `spot:P`, `replicate:K` or `adaptive` (docs/verification.md).
   * @default the coordinator's (`verification.defaultPolicy`, built in: adaptive)
   */
  verify?: VerificationPolicy
  /**
   * The task's content key, 32 bytes: module and stdin are sealed with it before
   * they are added to the content store, and the output a worker stores is
   * sealed under a key derived from it (`openOutput` of src/content/envelope.ts
   * opens it, with the receipt's task id, attempt and assignment nonce); see
   * docs/privacy.md. Give one only to open outputs fetched by CID later.
   * @default a fresh random key for each task
   */
  contentKey?: Uint8Array
}

/** Options of {@link AileeClient.submit}. */
export interface SubmitOptions extends TaskInput, FollowOptions {}

/** Options of {@link AileeClient.waitForResult} (and the following part of `submit`). */
export interface FollowOptions {
  /** Called with each progress event, in order. Exceptions it throws are ignored. */
  onProgress?: (event: TaskProgressEvent) => void
  /** Cancels the wait (throws `ClientAbortedError`). */
  signal?: AbortSignal
  /**
   * Give up following after this long, ms, counted from the call (throws
   * `FollowDeadlineError`). The task itself keeps running on the coordinator.
   * @default the client's `followDeadlineMs` (7200000, the coordinator's largest total timeout)
   */
  deadlineMs?: number
}

/** Fields every progress event carries. */
export interface ProgressBase {
  taskId: string
  /** When the coordinator emitted it, Unix ms (the client's clock for client-side events). */
  timestampMs: number
  /** Execution attempt the event belongs to (1-based; 0 before the first assignment). */
  attempt: number
  /** Coordinator's explanation, e.g. why the task is queued. May be empty. */
  reason: string
}

/**
 * A step of a task's life, reported to `onProgress`. All but `reconnecting`
 * are the coordinator's task events (`TaskEventKind` of
 * src/protocol/task-events.ts), decoded with `taskEventFromWire`:
 * - `accepted`: the coordinator stored the task (it survives a coordinator restart)
 * - `queued`: waiting for a capable worker; `reason` says why
 * - `offered`: an offer is out, collecting bids
 * - `bid`: a worker bid; `bids` counts the bids so far in this round
 * - `assigned`: `worker` won the round (out of `bids` bids) and holds the lease
 * - `running`: the worker reported it is running the module
 * - `retry`: the attempt failed or its lease was lost; another follows
 * - `reconnecting`: client-side: the stream to the coordinator broke, the client follows the task again
 * - `done`: the task ended (cancelled included); `result` holds the outcome
 */
export type TaskProgressEvent =
  | ProgressBase & { type: 'accepted' }
  | ProgressBase & { type: 'queued' }
  | ProgressBase & { type: 'offered' }
  | ProgressBase & { type: 'bid', worker: string, bids: number }
  | ProgressBase & { type: 'assigned', worker: string, bids: number }
  | ProgressBase & { type: 'running', worker: string }
  | ProgressBase & { type: 'retry', worker: string }
  | ProgressBase & { type: 'reconnecting', error: string }
  | ProgressBase & { type: 'done', result: TaskResult }

/** The `type`s of {@link TaskProgressEvent}. */
export type TaskProgressType = TaskProgressEvent['type']

/** Where time went, ms (`submittedAtMs` is Unix ms). */
export interface TaskTimings {
  /** When the coordinator accepted the submission, Unix ms. */
  submittedAtMs: number
  /** Submit to first assignment. */
  queuedMs: number
  /** Wall time in the sandbox, last attempt. */
  executionMs: number
  /** Submit to end, on the coordinator. */
  totalMs: number
  /** The client call (`submit` / `waitForResult`) from start to result, on the client's clock. */
  clientMs: number
}

/** A worker's signed execution receipt, decoded; hashes are SHA-256, lowercase hex. */
export interface DecodedReceipt {
  taskId: string
  attempt: number
  moduleHash: string
  inputHash: string
  /** Hash of stdout. */
  outputHash: string
  stderrHash: string
  exitCode: number
  status: ExecutionStatusName
  resources: { wallMs: number, peakMemoryPages: number, stdoutBytes: number, stderrBytes: number }
  workerPeerId: string
  coordinatorPeerId: string
  timestampMs: number
  outputCid: string
  /**
   * Nonce of the assignment the receipt answers, hex (32 characters). With the task's
   * content key, the task id and the attempt it opens the output envelope stored
   * under `outputCid` (`openOutput`, src/content/envelope.ts).
   */
  assignmentNonce: string
  /** Ed25519 signature by `workerPeerId`, hex (128 characters). */
  signature: string
  /**
   * Checked by the client: the signature is the worker's, the receipt names this
   * task, and `outputHash` is the SHA-256 of the `stdout` bytes received.
   */
  valid: boolean
  /** Why `valid` is false; empty when valid. */
  invalidReason: string
}

/** The final outcome of a task. */
export interface TaskResult {
  taskId: string
  /**
   * How it ended: `completed`, `failed`, `timed_out`, `memory_exceeded`,
   * `rejected`, or `cancelled` (its client cancelled it, {@link AileeClient.cancel}).
   */
  status: TerminalStateName
  /** The program's exit code; -1 when it never exited (rejected, trapped, timed out, cancelled before it exited). */
  exitCode: number
  /** Peer id of the worker that produced the result; empty when none did. */
  worker: string
  moduleCid: string
  /** Empty when the task had no standard input. */
  inputCid: string
  /** Empty when there is no output. */
  outputCid: string
  /** The coordinator verified the result (receipt signature and hashes, re-execution or redundancy). */
  verified: boolean
  /** The program's standard output, exact bytes. */
  stdout: Uint8Array
  /** The program's standard error, decoded as UTF-8. */
  stderr: string
  /** Why the task ended as it did (e.g. the rejection reason, or the reason given when cancelling). */
  reason: string
  /** Execution attempts made (assignments). */
  attempts: number
  /** Credits charged, every paid execution together. */
  price: number
  /** Every execution whose receipt checked out, and whether it agreed with the accepted result. */
  replicas: ReplicaInfo[]
  /** The verification policy the task ran under, e.g. `adaptive`, `replicate:3`. */
  verification: string
  timings: TaskTimings
  /** The accepted receipt; null when no receipt was accepted. */
  receipt: DecodedReceipt | null
}

/** One execution of a task, as verification judged it. */
export interface ReplicaInfo {
  worker: string
  attempt: number
  /** Exit code of the program (-1 when it did not exit). */
  exitCode: number
  /** SHA-256 of its stdout, hex. */
  outputHash: string
  /** `pending` (undecided), `agreed` (accepted and paid) or `disagreed` (contradicts the accepted result: not paid, worker caught). */
  verdict: string
  /** Credits paid for it. */
  price: number
}

/** One candidate's scores in one selection round (see src/coordinator/selection.ts). */
export interface CandidateScore {
  worker: string
  /** Weighted total, 0..1; the highest wins. */
  score: number
  health: number
  reputation: number
  priceScore: number
  loadScore: number
  /** Price bid, credits. */
  price: number
  chosen: boolean
  /** Why it lost or was excluded; empty for the winner. */
  note: string
}

/** Why one attempt went where it went. */
export interface AssignmentDecision {
  attempt: number
  decidedAtMs: number
  /** In the coordinator's ranking order, best first (eligible before ineligible, then by score). */
  candidates: CandidateScore[]
  /** What became of the attempt. */
  outcome: string
}

/** Where a task stands, as {@link AileeClient.status} (and {@link AileeClient.cancel}) report it. */
export interface TaskStatus {
  taskId: string
  /** Current state; `cancelled` once its client cancelled it. */
  state: TaskStateName
  reason: string
  attempts: number
  /** Worker holding the lease, or the one that produced the result; empty when none. */
  worker: string
  moduleCid: string
  inputCid: string
  args: string[]
  env: Record<string, string>
  limits: { memoryPages: number, executionMs: number, maxOutputBytes: number, queueMs: number, bidWindowMs: number, totalMs: number, maxPrice: number }
  decisions: AssignmentDecision[]
  /** Set once the task has ended. */
  result: TaskResult | null
  updatedAtMs: number
  clientPeerId: string
  /** Executions so far whose receipts checked out, with their verdicts. */
  replicas: ReplicaInfo[]
  /** The verification policy, e.g. `adaptive`. */
  verification: string
}

/** A worker as the coordinator sees it. */
export interface WorkerInfo {
  peerId: string
  /** Telemetry is fresh. */
  alive: boolean
  /** The coordinator's health score, 0..1. */
  health: number
  /** Reputation, 0..1. */
  reputation: number
  capacitySlots: number
  runningTasks: number
  maxMemoryPages: number
  /** Age of the last telemetry, ms. */
  telemetryAgeMs: number
  /** Circuit breaker: `closed` (normal), `open` (no tasks), `half-open` (one trial task). */
  breaker: string
  /** Price asked per task, credits. */
  price: number
  /** Share of all cores busy, 0..1. */
  cpuLoad: number
  memoryUsedBytes: number
  memoryTotalBytes: number
  draining: boolean
  successes: number
  failures: number
  timeouts: number
  /** Chance that its lone result is right, 0..1 (0 once caught). */
  credibility: number
  /** Results re-executed by others and found in agreement. */
  confirmed: number
  /** Results found wrong by re-execution. */
  caught: number
  /** Unix ms until which it gets no tasks (caught); 0 when not excluded. */
  excludedUntilMs: number
  /** Smallest units of its bond locked with the coordinator (forfeited when caught). */
  bond: bigint
}

/** A coordinator of the network, as a coordinator's `CoordinatorsQuery` answer lists it. */
export interface CoordinatorInfo {
  peerId: string
  /** Where to dial it, each ending in `/p2p/<peerId>`. */
  multiaddrs: string[]
  /** Takes new tasks (false: it announced that it stops). */
  accepting: boolean
  /** Tasks it held open when it announced. */
  openTasks: number
  /** Its clock at its last announcement, Unix ms (the answering coordinator: now). */
  timestampMs: number
}
