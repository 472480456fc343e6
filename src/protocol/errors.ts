/**
 * Errors of the `/ailee/task/1.0.0` request/response engine, one class per kind
 * of failure with a stable `name` (js-libp2p `packages/interface/src/errors.ts`
 * style). Codes are `pb.ErrorCode` values (`proto/ailee/v1/task.proto`).
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'

/** The `ERROR_CODE_*` name of a code, e.g. `ERROR_CODE_REJECTED`. */
export function errorCodeName (code: number): string {
  return (pb.ErrorCode as unknown as Record<number, string>)[code] ?? `ERROR_CODE_${code}`
}

/**
 * Thrown by a request handler to answer with an error of a given code (the
 * server sends `Response{ error: { code, message } }`). Any other error a
 * handler throws is answered with `ERROR_CODE_INTERNAL`.
 */
export class ProtocolError extends Error {
  static readonly NAME = 'ProtocolError'
  override name = ProtocolError.NAME
  readonly code: ailee.v1.ErrorCode

  constructor (code: ailee.v1.ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.code = code
  }
}

/** The remote answered with an error response; `code` is its `pb.ErrorCode`. */
export class RemoteError extends Error {
  static readonly NAME = 'RemoteError'
  override name = RemoteError.NAME
  readonly code: ailee.v1.ErrorCode
  /** `ERROR_CODE_*` name of `code`. */
  readonly codeName: string
  /** The message the remote sent. */
  readonly remoteMessage: string

  constructor (code: ailee.v1.ErrorCode, message: string) {
    super(`${errorCodeName(code)}: ${message}`)
    this.code = code
    this.codeName = errorCodeName(code)
    this.remoteMessage = message
  }
}

/** No (next) response arrived within the timeout, or the dial took too long. */
export class RequestTimeoutError extends Error {
  static readonly NAME = 'RequestTimeoutError'
  override name = RequestTimeoutError.NAME
}

/** The caller's `signal` aborted the exchange. */
export class RequestAbortedError extends Error {
  static readonly NAME = 'RequestAbortedError'
  override name = RequestAbortedError.NAME
}

/** The peer could not be dialled or does not speak `/ailee/task/1.0.0`. */
export class PeerUnreachableError extends Error {
  static readonly NAME = 'PeerUnreachableError'
  override name = PeerUnreachableError.NAME
}

/**
 * The stream ended before the exchange did: reset by the remote, the
 * connection dropped (the remote crashed or went away), or closed with no
 * response at all.
 */
export class RemoteClosedError extends Error {
  static readonly NAME = 'RemoteClosedError'
  override name = RemoteClosedError.NAME
}

/** A message is over the `maxMessageBytes` limit (declared length or encoded size). */
export class MessageTooLargeError extends Error {
  static readonly NAME = 'MessageTooLargeError'
  override name = MessageTooLargeError.NAME
  readonly sizeBytes: number
  readonly maxBytes: number

  constructor (sizeBytes: number, maxBytes: number, what = 'message') {
    super(`${what} of ${sizeBytes} bytes is over the ${maxBytes} byte limit`)
    this.sizeBytes = sizeBytes
    this.maxBytes = maxBytes
  }
}

/** Bytes that are not a well-formed frame or message: bad length prefix, truncated frame, undecodable protobuf. */
export class InvalidMessageError extends Error {
  static readonly NAME = 'InvalidMessageError'
  override name = InvalidMessageError.NAME
}

/**
 * A frame was refused (or dropped) because the node's budget of bytes
 * buffered for incomplete inbound frames (`limits.maxInFlightFrameBytes`) is
 * used up: the node is busy, the sender may retry later. The server answers
 * `ERROR_CODE_RATE_LIMITED` with the message and resets the stream.
 */
export class FrameBudgetExceededError extends Error {
  static readonly NAME = 'FrameBudgetExceededError'
  override name = FrameBudgetExceededError.NAME
  /** The node's budget, bytes. */
  readonly limitBytes: number
  /** The declared length of the refused frame, bytes. */
  readonly frameBytes: number

  constructor (limitBytes: number, frameBytes: number, message: string) {
    super(message)
    this.limitBytes = limitBytes
    this.frameBytes = frameBytes
  }
}
