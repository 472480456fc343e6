/**
 * Domain types of the messages that hand a task to a worker — `TaskSpec` (as
 * the coordinator resolved it), the gossiped `TaskOffer` and the `Assign`
 * request — and their conversions at the protocol boundary.
 *
 * `*FromWire` turns a decoded protobuf message (`ailee.v1.I*`, where proto3
 * makes every field optional) into a complete domain value, checking every
 * required field: a value that is missing, empty or out of range throws
 * {@link InvalidMessageError} whose message names the field (e.g.
 * `assign.spec.limits.memoryPages must be a positive integer, got 0`). Code
 * past the boundary (src/worker) reads the domain values as they are, with no
 * fallbacks. `*ToWire` builds the wire message from a domain value (the
 * coordinator side).
 *
 * Units as in `proto/ailee/v1/task.proto`: `*Ms` milliseconds (durations) or
 * Unix epoch milliseconds (`bidDeadlineMs`), `*Bytes` bytes, `*Pages` 64 KiB
 * WebAssembly pages, prices in credits.
 */
import type { ailee } from '../../proto/index.ts'
import type { InvalidMessageError } from '../errors.ts'
import { integer, invalid, nonEmpty, optionalString, present, stringList, stringMap } from './fields.ts'
import { CONTENT_KEY_BYTES } from '../../content/envelope.ts'

/** Resource limits of one execution, all resolved (positive). */
export interface ResourceLimits {
  /** largest linear memory, 64 KiB pages; > 0 */
  memoryPages: number
  /** wall-clock limit of one execution attempt, ms; > 0 */
  executionMs: number
  /** limit on stdout and, separately, on stderr, bytes; > 0 */
  maxOutputBytes: number
}

/** Timeouts of a task's life, all resolved (positive). */
export interface TaskTimeouts {
  /** longest wait for a capable worker, ms; > 0 */
  queueMs: number
  /** how long an offer collects bids, ms; > 0 */
  bidWindowMs: number
  /** submit to terminal state, all attempts included, ms; > 0 */
  totalMs: number
}

/**
 * A task as the coordinator resolved it (limits and timeouts filled from its
 * config), the spec carried by an {@link Assign}.
 */
export interface TaskSpec {
  /** CID of the WebAssembly module; non-empty */
  moduleCid: string
  /** CID of the standard input; '' = no input */
  inputCid: string
  /** argv[1..] (argv[0] is the task id) */
  args: string[]
  /** environment variables */
  env: Record<string, string>
  limits: ResourceLimits
  timeouts: TaskTimeouts
  /** the most the client pays, credits; >= 0 */
  maxPrice: number
  /** ledger account charged; non-empty (the coordinator resolves it to the client peer id when none was given) */
  clientAccount: string
  /**
   * the task's content key ({@link CONTENT_KEY_BYTES} bytes): module and input are
   * envelopes sealed with it (src/content/envelope.ts); empty or absent = plaintext content
   */
  contentKey?: Uint8Array
  /**
   * SHA-256 (32 bytes) of the plaintext module / input as the coordinator admitted them; the worker
   * runs only content that hashes to them. Absent from coordinators that predate them.
   */
  moduleSha256?: Uint8Array
  inputSha256?: Uint8Array
}

/** An offer published by a coordinator on the offers topic: a task attempt open for bids. */
export interface TaskOffer {
  /** non-empty */
  taskId: string
  /** peer id of the coordinator that bids go to; non-empty */
  coordinatorPeerId: string
  /** attempt number, from 1 */
  attempt: number
  /** memory the task needs, 64 KiB pages; > 0 */
  memoryPages: number
  /** wall-clock limit of the execution, ms; > 0 */
  executionMs: number
  /** the most the client pays, credits; >= 0 */
  maxPrice: number
  /** Unix ms after which bids are ignored; > 0 */
  bidDeadlineMs: number
  /** size of the module, bytes; >= 0 */
  moduleSizeBytes: number
  /** CID of the module; non-empty */
  moduleCid: string
  /** peer ids of workers that already failed this task */
  excludedWorkers: string[]
  /**
   * Unix ms until which the round stays open for a first, late bid when none arrived by
   * `bidDeadlineMs` (the first such bid closes it); 0 = bids after the deadline are ignored
   * (coordinators that predate it send 0). Never before `bidDeadlineMs` when set.
   */
  lateBidUntilMs: number
  /**
   * peer ids of the workers invited to bid (a sample the coordinator drew, docs/task-lifecycle.md
   * "Bidder samples"): a worker not named does not bid; empty = every worker may bid (and what
   * coordinators that predate samples send)
   */
  invitedWorkers: string[]
}

/** Coordinator -> worker: run this task attempt now, heartbeating within `leaseMs`. */
export interface Assign {
  /** non-empty */
  taskId: string
  /** attempt number, from 1 */
  attempt: number
  spec: TaskSpec
  /** the worker must heartbeat within this period, ms; > 0 */
  leaseMs: number
  /**
   * the lease's assignment nonce: {@link ASSIGNMENT_NONCE_BYTES} random bytes the
   * worker copies into its receipt's `assignment_nonce`, binding the receipt to
   * this lease; empty from coordinators that predate nonces
   */
  nonce: Uint8Array
  /**
   * the plaintext module and input carried inline (Assign.content_inline), so the worker fetches
   * nothing; still checked against `spec.moduleSha256` / `spec.inputSha256`. Absent: fetch by CID.
   */
  content?: { module: Uint8Array, input: Uint8Array }
}

/** Length of an assignment nonce, bytes (the coordinator draws them at random for each lease). */
export const ASSIGNMENT_NONCE_BYTES = 16

// ---------------------------------------------------------------- TaskSpec

/**
 * A complete {@link TaskSpec} from a wire `TaskSpec` whose limits and
 * timeouts the coordinator resolved (as in an Assign).
 *
 * @param field name of the message in error messages, e.g. `assign.spec`
 * @throws {InvalidMessageError} naming the field when the spec is missing, the
 *   module CID or client account is empty, a limit or timeout is missing or
 *   not a positive integer, the max price is not a non-negative integer, or
 *   the content key is neither empty nor {@link CONTENT_KEY_BYTES} bytes
 */
export function taskSpecFromWire (wire: ailee.v1.ITaskSpec | null | undefined, field = 'spec'): TaskSpec {
  const spec = present(wire, field)
  const limits = present(spec.limits, `${field}.limits`)
  const timeouts = present(spec.timeouts, `${field}.timeouts`)
  return {
    moduleCid: nonEmpty(spec.moduleCid, `${field}.moduleCid`),
    inputCid: optionalString(spec.inputCid, `${field}.inputCid`),
    args: stringList(spec.args, `${field}.args`),
    env: stringMap(spec.env, `${field}.env`),
    limits: {
      memoryPages: integer(limits.memoryPages, `${field}.limits.memoryPages`, 1),
      executionMs: integer(limits.executionMs, `${field}.limits.executionMs`, 1),
      maxOutputBytes: integer(limits.maxOutputBytes, `${field}.limits.maxOutputBytes`, 1)
    },
    timeouts: {
      queueMs: integer(timeouts.queueMs, `${field}.timeouts.queueMs`, 1),
      bidWindowMs: integer(timeouts.bidWindowMs, `${field}.timeouts.bidWindowMs`, 1),
      totalMs: integer(timeouts.totalMs, `${field}.timeouts.totalMs`, 1)
    },
    maxPrice: integer(spec.maxPrice, `${field}.maxPrice`, 0),
    clientAccount: nonEmpty(spec.clientAccount, `${field}.clientAccount`),
    ...keyField(contentKeyFromWire(spec.contentKey, `${field}.contentKey`)),
    ...hashField('moduleSha256', spec.moduleSha256, `${field}.moduleSha256`),
    ...hashField('inputSha256', spec.inputSha256, `${field}.inputSha256`)
  }
}

/** Length of a stated content hash (`module_sha256`, `input_sha256`), bytes: SHA-256. */
export const CONTENT_HASH_BYTES = 32

/**
 * `{ [name]: hash }` (a copy) for a 32-byte wire hash, nothing for an empty or absent one.
 *
 * @throws {InvalidMessageError} naming `field` for any other length or type
 */
function hashField (name: 'moduleSha256' | 'inputSha256', wire: Uint8Array | null | undefined, field: string): { moduleSha256?: Uint8Array, inputSha256?: Uint8Array } {
  if (wire == null) return {}
  if (!(wire instanceof Uint8Array) || (wire.byteLength !== 0 && wire.byteLength !== CONTENT_HASH_BYTES)) {
    throw invalid(field, `must be empty or ${CONTENT_HASH_BYTES} bytes`, wire instanceof Uint8Array ? `${wire.byteLength} bytes` : wire)
  }
  return wire.byteLength === 0 ? {} : { [name]: Uint8Array.from(wire) }
}

/**
 * A wire content key: empty (plaintext content) or {@link CONTENT_KEY_BYTES} bytes (a copy).
 *
 * @throws {InvalidMessageError} naming `field` for any other length or type
 */
export function contentKeyFromWire (wire: Uint8Array | null | undefined, field: string): Uint8Array {
  const key = wire ?? new Uint8Array(0)
  if (!(key instanceof Uint8Array) || (key.byteLength !== 0 && key.byteLength !== CONTENT_KEY_BYTES)) {
    throw invalid(field, `must be empty or ${CONTENT_KEY_BYTES} bytes`, key instanceof Uint8Array ? `${key.byteLength} bytes` : key)
  }
  return Uint8Array.from(key)
}

/** The wire `TaskSpec` of a {@link TaskSpec} (copies of its lists and maps). Never throws. */
export function taskSpecToWire (spec: TaskSpec): ailee.v1.ITaskSpec {
  return {
    moduleCid: spec.moduleCid,
    inputCid: spec.inputCid,
    args: [...spec.args],
    env: { ...spec.env },
    limits: { memoryPages: spec.limits.memoryPages, executionMs: spec.limits.executionMs, maxOutputBytes: spec.limits.maxOutputBytes },
    timeouts: { queueMs: spec.timeouts.queueMs, bidWindowMs: spec.timeouts.bidWindowMs, totalMs: spec.timeouts.totalMs },
    maxPrice: spec.maxPrice,
    clientAccount: spec.clientAccount,
    ...keyField(spec.contentKey),
    ...(spec.moduleSha256 != null ? { moduleSha256: Uint8Array.from(spec.moduleSha256) } : {}),
    ...(spec.inputSha256 != null ? { inputSha256: Uint8Array.from(spec.inputSha256) } : {})
  }
}

/** `{ contentKey }` (a copy) for a non-empty key, else nothing: a plaintext task's spec has no key field. */
function keyField (key: Uint8Array | undefined): { contentKey?: Uint8Array } {
  return key != null && key.byteLength > 0 ? { contentKey: Uint8Array.from(key) } : {}
}

// ---------------------------------------------------------------- TaskOffer

/**
 * A {@link TaskOffer} from a decoded gossip `TaskOffer`.
 *
 * @throws {InvalidMessageError} naming the field when the task id, coordinator
 *   peer id or module CID is empty, the attempt, memory, execution limit or bid
 *   deadline is not a positive integer, the price or module size is not a
 *   non-negative integer, or the late-bid end is set and before the bid deadline
 */
export function taskOfferFromWire (wire: ailee.v1.ITaskOffer | null | undefined): TaskOffer {
  const offer = present(wire, 'offer')
  return {
    taskId: nonEmpty(offer.taskId, 'offer.taskId'),
    coordinatorPeerId: nonEmpty(offer.coordinatorPeerId, 'offer.coordinatorPeerId'),
    attempt: integer(offer.attempt, 'offer.attempt', 1),
    memoryPages: integer(offer.memoryPages, 'offer.memoryPages', 1),
    executionMs: integer(offer.executionMs, 'offer.executionMs', 1),
    maxPrice: integer(offer.maxPrice, 'offer.maxPrice', 0),
    bidDeadlineMs: integer(offer.bidDeadlineMs, 'offer.bidDeadlineMs', 1),
    moduleSizeBytes: integer(offer.moduleSizeBytes, 'offer.moduleSizeBytes', 0),
    moduleCid: nonEmpty(offer.moduleCid, 'offer.moduleCid'),
    excludedWorkers: stringList(offer.excludedWorkers, 'offer.excludedWorkers'),
    lateBidUntilMs: lateBidUntil(offer),
    invitedWorkers: stringList(offer.invitedWorkers, 'offer.invitedWorkers')
  }
}

/** `offer.lateBidUntilMs`: 0 when absent, else at least the bid deadline. */
function lateBidUntil (offer: ailee.v1.ITaskOffer): number {
  const until = integer(offer.lateBidUntilMs, 'offer.lateBidUntilMs', 0)
  if (until !== 0 && until < (offer.bidDeadlineMs ?? 0)) throw invalid('offer.lateBidUntilMs', 'must be 0 or at least offer.bidDeadlineMs', until)
  return until
}

/** The wire `TaskOffer` of a {@link TaskOffer} (a copy of its lists). Never throws. */
export function taskOfferToWire (offer: TaskOffer): ailee.v1.ITaskOffer {
  return {
    taskId: offer.taskId,
    coordinatorPeerId: offer.coordinatorPeerId,
    attempt: offer.attempt,
    memoryPages: offer.memoryPages,
    executionMs: offer.executionMs,
    maxPrice: offer.maxPrice,
    bidDeadlineMs: offer.bidDeadlineMs,
    moduleSizeBytes: offer.moduleSizeBytes,
    moduleCid: offer.moduleCid,
    excludedWorkers: [...offer.excludedWorkers],
    lateBidUntilMs: offer.lateBidUntilMs,
    invitedWorkers: [...offer.invitedWorkers]
  }
}

// ---------------------------------------------------------------- Assign

/**
 * An {@link Assign} from a decoded `Assign` request.
 *
 * @throws {InvalidMessageError} naming the field when the task id is empty,
 *   the attempt or lease is not a positive integer, the nonce is neither empty
 *   nor {@link ASSIGNMENT_NONCE_BYTES} bytes, or the spec is invalid
 *   (see {@link taskSpecFromWire}; fields are named `assign.spec.*`)
 */
export function assignFromWire (wire: ailee.v1.IAssign | null | undefined): Assign {
  const assign = present(wire, 'assign')
  const taskId = nonEmpty(assign.taskId, 'assign.taskId')
  const attempt = integer(assign.attempt, 'assign.attempt', 1)
  const spec = taskSpecFromWire(assign.spec, 'assign.spec')
  const leaseMs = integer(assign.leaseMs, 'assign.leaseMs', 1)
  const nonce = assign.nonce ?? new Uint8Array(0)
  if (!(nonce instanceof Uint8Array) || (nonce.byteLength !== 0 && nonce.byteLength !== ASSIGNMENT_NONCE_BYTES)) {
    throw invalid('assign.nonce', `must be empty or ${ASSIGNMENT_NONCE_BYTES} bytes`, nonce instanceof Uint8Array ? `${nonce.byteLength} bytes` : nonce)
  }
  const content = assign.contentInline === true
    ? { module: bytesField(assign.module, 'assign.module'), input: bytesField(assign.input, 'assign.input') }
    : undefined
  if (content != null && content.module.byteLength === 0) throw invalid('assign.module', 'must be non-empty when content_inline is set', '0 bytes')
  return { taskId, attempt, spec, leaseMs, nonce: Uint8Array.from(nonce), ...(content != null ? { content } : {}) }
}

/** A copy of a wire `bytes` field (empty when absent). @throws {InvalidMessageError} for a non-bytes value */
function bytesField (wire: Uint8Array | null | undefined, field: string): Uint8Array {
  const bytes = wire ?? new Uint8Array(0)
  if (!(bytes instanceof Uint8Array)) throw invalid(field, 'must be bytes', bytes)
  return Uint8Array.from(bytes)
}

/** The wire `Assign` of an {@link Assign}. Never throws. */
export function assignToWire (assign: Assign): ailee.v1.IAssign {
  return {
    taskId: assign.taskId,
    attempt: assign.attempt,
    spec: taskSpecToWire(assign.spec),
    leaseMs: assign.leaseMs,
    nonce: Uint8Array.from(assign.nonce),
    ...(assign.content != null ? { module: assign.content.module, input: assign.content.input, contentInline: true } : {})
  }
}
