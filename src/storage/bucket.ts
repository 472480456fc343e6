/**
 * A typed view of one key prefix of the state database (the repository pattern
 * of Lodestar's `packages/db`): ids are the part of the key after the prefix,
 * values go through a codec.
 *
 * ```ts
 * const tasks = new Bucket(db, Prefix.tasks, protobufCodec(pb.TaskStatusReport))
 * const batch = db.batch()
 * await tasks.put(id, report, batch)          // staged
 * await ledger.transfer(a, b, price, batch)   // staged, same batch
 * await batch.commit()                        // all or nothing
 * ```
 */
import { CorruptValueError } from './errors.ts'
import { keyBytes, keyText } from './keys.ts'
import type { Codec } from './codecs.ts'
import type { IterateOptions, StateDb } from './state-db.ts'
import type { WriteBatch } from './write-batch.ts'

/**
 * A scan of a bucket. `prefix` and the bounds are ids (without the bucket
 * prefix); ids compare as UTF-8 bytes.
 */
export interface BucketIterateOptions {
  prefix?: string
  gt?: string
  gte?: string
  lt?: string
  lte?: string
  /** Descending id order. @default false */
  reverse?: boolean
  /** Most entries yielded. @default Infinity */
  limit?: number
}

/** One stored value with its id. */
export interface BucketEntry<T> {
  id: string
  value: T
}

/** Typed values under one key prefix, e.g. `Prefix.tasks`. */
export class Bucket<T> {
  readonly db: StateDb
  /** Key prefix of this bucket, e.g. `"tasks/"`. */
  readonly prefix: string
  readonly codec: Codec<T>

  constructor (db: StateDb, prefix: string, codec: Codec<T>) {
    if (prefix.length === 0) throw new RangeError('bucket prefix must not be empty')
    this.db = db
    this.prefix = prefix
    this.codec = codec
  }

  /** Full key of `id`: `{prefix}{id}` as UTF-8 bytes. */
  key (id: string): Uint8Array {
    return keyBytes(this.prefix + id)
  }

  /**
   * The value of `id` or `undefined`, seen through `batch` if given (staged
   * writes win). Throws `CorruptValueError` if the stored bytes do not decode.
   */
  async get (id: string, batch?: WriteBatch): Promise<T | undefined> {
    const bytes = await this.db.get(this.key(id), batch)
    return bytes === undefined ? undefined : this.#decode(this.prefix + id, bytes)
  }

  /** True if `id` holds a value (seen through `batch` if given). */
  async has (id: string, batch?: WriteBatch): Promise<boolean> {
    return await this.db.has(this.key(id), batch)
  }

  /**
   * Writes `value` at `id`. With `batch` the write is only staged (and this
   * resolves at once); without, it is committed on its own.
   */
  async put (id: string, value: T, batch?: WriteBatch): Promise<void> {
    const bytes = this.codec.encode(value)
    if (batch != null) {
      batch.put(this.key(id), bytes)
      return
    }
    await this.db.batch().put(this.key(id), bytes).commit()
  }

  /** Deletes `id` (staged in `batch` if given, else committed on its own). */
  async del (id: string, batch?: WriteBatch): Promise<void> {
    if (batch != null) {
      batch.del(this.key(id))
      return
    }
    await this.db.batch().del(this.key(id)).commit()
  }

  /** Stored entries in id order (committed data only; staged batches are not seen). */
  async * entries (options: BucketIterateOptions = {}): AsyncGenerator<BucketEntry<T>> {
    for await (const { key, value } of this.db.iterate(this.#range(options))) {
      const full = keyText(key)
      yield { id: full.slice(this.prefix.length), value: this.#decode(full, value) }
    }
  }

  /** Stored values in id order. */
  async * values (options: BucketIterateOptions = {}): AsyncGenerator<T> {
    for await (const entry of this.entries(options)) yield entry.value
  }

  /** Stored ids in id order (a keys-only scan). */
  async * ids (options: BucketIterateOptions = {}): AsyncGenerator<string> {
    for await (const { key } of this.db.iterate({ ...this.#range(options), values: false })) {
      yield keyText(key).slice(this.prefix.length)
    }
  }

  #range (options: BucketIterateOptions): IterateOptions {
    const p = this.prefix
    const range: IterateOptions = {
      prefix: p + (options.prefix ?? ''),
      reverse: options.reverse,
      limit: options.limit
    }
    if (options.gt != null) range.gt = p + options.gt
    if (options.gte != null) range.gte = p + options.gte
    if (options.lt != null) range.lt = p + options.lt
    if (options.lte != null) range.lte = p + options.lte
    return range
  }

  #decode (key: string, bytes: Uint8Array): T {
    try {
      return this.codec.decode(bytes)
    } catch (err: any) {
      throw new CorruptValueError(key, err?.message ?? String(err), { cause: err })
    }
  }
}
