/**
 * Errors of the content store (`src/content/`), one class per kind of failure
 * with a stable `name`.
 */

/** A string or CID that is not a CIDv0/CIDv1 we can serve (bad syntax, unsupported codec or hash, not a file). */
export class InvalidCidError extends Error {
  static readonly NAME = 'InvalidCidError'
  override name = InvalidCidError.NAME
}

/** The content is (or claims to be) larger than the caller's `maxBytes`. */
export class ContentTooLargeError extends Error {
  static readonly NAME = 'ContentTooLargeError'
  override name = ContentTooLargeError.NAME
  /** The limit that was passed, bytes. */
  readonly maxBytes: number
  /** Bytes seen (or declared by the root block) when the limit was passed. */
  readonly seenBytes: number

  constructor (maxBytes: number, seenBytes: number, message?: string) {
    super(message ?? `content is larger than the ${maxBytes} byte limit (at least ${seenBytes} bytes)`)
    this.maxBytes = maxBytes
    this.seenBytes = seenBytes
  }
}

/** The content could not be fetched: no connected peer sent it before the timeout, or the caller aborted. */
export class ContentUnavailableError extends Error {
  static readonly NAME = 'ContentUnavailableError'
  override name = ContentUnavailableError.NAME
}

/** Why a content envelope (src/content/envelope.ts) could not be sealed or opened. */
export type EnvelopeFailure = 'bad-key' | 'bad-nonce' | 'truncated' | 'unknown-version' | 'authentication-failed'

/**
 * A content envelope could not be sealed or opened; `reason` says why
 * (`authentication-failed`: a wrong key, another purpose, or changed bytes).
 */
export class EnvelopeError extends Error {
  static readonly NAME = 'EnvelopeError'
  override name = EnvelopeError.NAME
  readonly reason: EnvelopeFailure

  constructor (reason: EnvelopeFailure, message: string, options?: ErrorOptions) {
    super(message, options)
    this.reason = reason
  }
}
