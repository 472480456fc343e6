/**
 * Errors of the state database. Each has a stable `name` that callers match on
 * (the js-libp2p convention: `err.name === 'DatabaseLockedError'`).
 */

/** Another process (or another StateDb in this process) holds the database's RocksDB LOCK file. */
export class DatabaseLockedError extends Error {
  static override readonly name = 'DatabaseLockedError'
  override readonly name = 'DatabaseLockedError'
  /** Directory of the database that could not be opened. */
  readonly path: string

  constructor (path: string, options?: ErrorOptions) {
    super(`state database ${path} is locked by another process (is another node running with the same data dir?)`, options)
    this.path = path
  }
}

/** The StateDb was used after `close()`. */
export class DatabaseClosedError extends Error {
  static override readonly name = 'DatabaseClosedError'
  override readonly name = 'DatabaseClosedError'

  constructor (message = 'state database is closed') {
    super(message)
  }
}

/** A stored value (or a value handed to a codec) could not be decoded or encoded. */
export class CorruptValueError extends Error {
  static override readonly name = 'CorruptValueError'
  override readonly name = 'CorruptValueError'
  /** The key whose value is bad, as text (keys of this node are UTF-8). */
  readonly key: string

  constructor (key: string, message: string, options?: ErrorOptions) {
    super(`bad value at ${key}: ${message}`, options)
    this.key = key
  }
}

/** A WriteBatch was changed or committed after it was committed (or while its commit runs). */
export class BatchCommittedError extends Error {
  static override readonly name = 'BatchCommittedError'
  override readonly name = 'BatchCommittedError'

  constructor (message = 'write batch was already committed') {
    super(message)
  }
}
