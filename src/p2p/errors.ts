/**
 * Errors of the networking layer (`src/p2p/`). Each kind of failure has its own
 * class with a stable `name` that callers match on (js-libp2p style,
 * `packages/interface/src/errors.ts`).
 */

/** `<dataDir>/identity.key` exists but does not hold a protobuf-encoded private key. */
export class CorruptIdentityError extends Error {
  static readonly NAME = 'CorruptIdentityError'
  override name = CorruptIdentityError.NAME
  /** Absolute path of the offending file. */
  readonly path: string

  constructor (path: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.path = path
  }
}

/** A second `GossipBus.subscribe` for a topic that already has a subscription. */
export class DuplicateSubscriptionError extends Error {
  static readonly NAME = 'DuplicateSubscriptionError'
  override name = DuplicateSubscriptionError.NAME
}

/** A host option is invalid (bad multiaddr, empty network id, ...). */
export class InvalidHostOptionsError extends Error {
  static readonly NAME = 'InvalidHostOptionsError'
  override name = InvalidHostOptionsError.NAME
}

/** `identity create` found a key file already there (without `--force`). */
export class IdentityExistsError extends Error {
  static readonly NAME = 'IdentityExistsError'
  override name = IdentityExistsError.NAME
  /** Absolute path of the existing file. */
  readonly path: string

  constructor (path: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.path = path
  }
}

/** A key file that does not exist where one was required. */
export class IdentityNotFoundError extends Error {
  static readonly NAME = 'IdentityNotFoundError'
  override name = IdentityNotFoundError.NAME
  /** Absolute path looked at. */
  readonly path: string

  constructor (path: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.path = path
  }
}
