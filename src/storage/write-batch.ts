/**
 * An atomic group of writes to the state database: stage `put`/`del` (in
 * memory), then `commit()` applies all of them in one RocksDB write batch, or
 * none. Staged values are visible to reads that are handed the batch
 * (`StateDb.get(key, batch)`, `Bucket.get(id, batch)`), so several related
 * read-modify-write steps can share one batch (read-your-writes).
 */
import { equals } from 'uint8arrays/equals'
import { BatchCommittedError } from './errors.ts'
import { keyBytes } from './keys.ts'

/** A key as text (UTF-8) or bytes. */
export type Key = string | Uint8Array

/** One staged operation: `value === null` is a delete. */
export interface StagedOp {
  key: Uint8Array
  value: Uint8Array | null
}

/** Applies staged operations atomically (supplied by StateDb). */
export type ApplyOps = (ops: StagedOp[]) => Promise<void>

/**
 * Atomic write batch. Made by `StateDb.batch()`. Later operations on the same key
 * replace earlier ones. After `commit()` (successful or not) the batch is spent:
 * further `put`/`del`/`commit` throw `BatchCommittedError`.
 */
export class WriteBatch {
  readonly #apply: ApplyOps
  readonly #ops = new Map<string, StagedOp>()
  readonly #onCommit: Array<() => void> = []
  #state: 'open' | 'committing' | 'committed' | 'failed' = 'open'

  /** @internal use `StateDb.batch()` */
  constructor (apply: ApplyOps) {
    this.#apply = apply
  }

  /** Number of distinct keys staged. */
  get size (): number {
    return this.#ops.size
  }

  /** True once `commit()` has been called (whatever its outcome). */
  get spent (): boolean {
    return this.#state !== 'open'
  }

  /**
   * Stages `key = value`. The value is not copied: do not change it before
   * commit. Throws `TypeError` if `value` is not a Uint8Array.
   */
  put (key: Key, value: Uint8Array): this {
    this.#assertOpen()
    if (!(value instanceof Uint8Array)) throw new TypeError(`value of ${String(key)} must be a Uint8Array`)
    const k = keyBytes(key)
    this.#ops.set(mapKey(k), { key: k, value })
    return this
  }

  /** Stages the deletion of `key` (deleting a missing key is not an error). */
  del (key: Key): this {
    this.#assertOpen()
    const k = keyBytes(key)
    this.#ops.set(mapKey(k), { key: k, value: null })
    return this
  }

  /**
   * What this batch will do to `key`: the staged value, `null` if it deletes the
   * key, `undefined` if it does not touch it.
   */
  staged (key: Key): Uint8Array | null | undefined {
    return this.#ops.get(mapKey(keyBytes(key)))?.value
  }

  /** Staged operations whose key starts with `prefix` (all when omitted), in no particular order. */
  stagedOps (prefix?: Key): StagedOp[] {
    const ops = [...this.#ops.values()]
    if (prefix == null) return ops
    const p = keyBytes(prefix)
    return ops.filter(op => op.key.length >= p.length && equals(op.key.subarray(0, p.length), p))
  }

  /**
   * Registers `fn` to run after a successful commit (e.g. to update an
   * in-memory cache only once the data is durable). Errors thrown by `fn` are
   * not caught.
   */
  onCommit (fn: () => void): void {
    this.#assertOpen()
    this.#onCommit.push(fn)
  }

  /**
   * Applies every staged operation atomically, then runs the `onCommit`
   * callbacks. Throws `BatchCommittedError` if the batch was already committed,
   * `DatabaseClosedError` if the database is closed, or the RocksDB error (in
   * which case nothing was written).
   */
  async commit (): Promise<void> {
    this.#assertOpen()
    this.#state = 'committing'
    try {
      if (this.#ops.size > 0) await this.#apply([...this.#ops.values()])
    } catch (err) {
      this.#state = 'failed'
      throw err
    }
    this.#state = 'committed'
    for (const fn of this.#onCommit) fn()
  }

  #assertOpen (): void {
    if (this.#state !== 'open') throw new BatchCommittedError(`write batch is ${this.#state}`)
  }
}

function mapKey (key: Uint8Array): string {
  // latin1 maps each byte to one char: a lossless, cheap map key for any bytes
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1')
}
