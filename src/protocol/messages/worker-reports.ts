/**
 * Domain types of what a worker reports to a coordinator — `Bid` (or a
 * decline), `Heartbeat` and `TaskResult` — and their conversions from the
 * wire at the protocol boundary.
 *
 * `*FromWire` turns a decoded protobuf message (where proto3 makes every field
 * optional) into a complete value, checking every required field; a missing
 * or out-of-range value throws {@link InvalidMessageError} naming the field.
 * Code past the boundary (src/coordinator) reads the values as they are.
 * Units as in `proto/ailee/v1/task.proto`; prices in credits.
 */
import type { ailee } from '../../proto/index.ts'
import { InvalidMessageError } from '../errors.ts'
import { integer, invalid } from './fields.ts'

/** A worker's bid on an offer, or its decline. */
export interface Bid {
  /** non-empty */
  taskId: string
  /** the offer's attempt number; >= 1 */
  attempt: number
  /** credits asked; >= 0 (0 for a decline) */
  price: number
  /** tasks running or reserved on the worker */
  queueDepth: number
  freeSlots: number
  /** true: the worker cannot serve the offer, see `reason` */
  decline: boolean
  /** why it declines ('' for a bid) */
  reason: string
}

/** A worker's "still working on it", renewing its lease. */
export interface Heartbeat {
  taskId: string
  attempt: number
  phase: 'fetching' | 'running'
}

/** The outcome of an assignment as the worker delivers it (receipt not yet checked). */
export interface TaskResult {
  taskId: string
  attempt: number
  /** the signed receipt; absent for a hand-back (and, from a faulty worker, otherwise: verification refuses it) */
  receipt: ailee.v1.ISignedReceipt | undefined
  stdout: Uint8Array
  stderr: Uint8Array
  /** human-readable detail for non-exited statuses ('' when none) */
  error: string
  /** the worker gives the task back unrun (it is shutting down) */
  handedBack: boolean
}

function taskId (value: string | null | undefined, field: string): string {
  if (value == null || value === '') throw invalid(field, 'must be a non-empty task id', value ?? '')
  return value
}

/**
 * @throws {InvalidMessageError} for an empty task id, attempt 0, or a negative or non-integer price/count
 */
export function bidFromWire (wire: ailee.v1.IBid | null | undefined): Bid {
  if (wire == null) throw new InvalidMessageError('bid is missing')
  return {
    taskId: taskId(wire.taskId, 'bid.taskId'),
    attempt: integer(wire.attempt, 'bid.attempt', 1),
    price: integer(wire.price as number | undefined, 'bid.price', 0),
    queueDepth: integer(wire.queueDepth, 'bid.queueDepth', 0),
    freeSlots: integer(wire.freeSlots, 'bid.freeSlots', 0),
    decline: wire.decline === true,
    reason: wire.reason ?? ''
  }
}

/**
 * @throws {InvalidMessageError} for an empty task id, attempt 0, or a phase other than 'fetching' or 'running'
 */
export function heartbeatFromWire (wire: ailee.v1.IHeartbeat | null | undefined): Heartbeat {
  if (wire == null) throw new InvalidMessageError('heartbeat is missing')
  const phase = wire.phase
  if (phase !== 'fetching' && phase !== 'running') throw invalid('heartbeat.phase', 'must be "fetching" or "running"', phase)
  return { taskId: taskId(wire.taskId, 'heartbeat.taskId'), attempt: integer(wire.attempt, 'heartbeat.attempt', 1), phase }
}

/**
 * @throws {InvalidMessageError} for an empty task id or attempt 0
 */
export function taskResultFromWire (wire: ailee.v1.ITaskResult | null | undefined): TaskResult {
  if (wire == null) throw new InvalidMessageError('result is missing')
  const handedBack = wire.handedBack === true
  return {
    taskId: taskId(wire.taskId, 'result.taskId'),
    attempt: integer(wire.attempt, 'result.attempt', 1),
    receipt: wire.receipt ?? undefined,
    stdout: wire.stdout ?? new Uint8Array(0),
    stderr: wire.stderr ?? new Uint8Array(0),
    error: wire.error ?? '',
    handedBack
  }
}
