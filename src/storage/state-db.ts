/**
 * The node's state database: one RocksDB (`rocksdb-native`) in a directory,
 * with byte keys and values, atomic write batches and ordered range scans.
 * Typed access per key prefix lives in bucket.ts; the key layout in keys.ts.
 *
 * rocksdb-native holds a reference for every read/write batch and iterator
 * until it is destroyed, and `close()` waits for all of them
 * (docs/runtime-notes.md, "RocksDB through `rocksdb-native`"); this class
 * destroys each one after use, and destroys iterators a caller left
 * unfinished when the database closes.
 */
import { mkdir } from 'node:fs/promises'
import RocksDB from 'rocksdb-native'
import type { RocksDBIterator, RocksDBRange } from 'rocksdb-native'
import { DatabaseClosedError, DatabaseLockedError } from './errors.ts'
import { keyBytes, prefixUpperBound } from './keys.ts'
import { WriteBatch } from './write-batch.ts'
import type { Key, StagedOp } from './write-batch.ts'

/** A stored entry. `key` and `value` are copies owned by the caller. */
export interface KeyValue {
  key: Uint8Array
  value: Uint8Array
}

/**
 * A range scan. `prefix` selects keys starting with it; `gt`/`gte` and
 * `lt`/`lte` bound the range (combined with `prefix`, the tighter bound wins).
 * Keys compare as bytes (for our UTF-8 keys: code-point order).
 */
export interface IterateOptions {
  prefix?: Key
  gt?: Key
  gte?: Key
  lt?: Key
  lte?: Key
  /** Descending key order. @default false */
  reverse?: boolean
  /** Most entries yielded. @default Infinity */
  limit?: number
  /** Read values; `false` scans keys only and yields empty values. @default true */
  values?: boolean
}

/**
 * RocksDB's memtable size, bytes. RocksDB keeps up to two of them in memory
 * (`max_write_buffer_number`); its default of 64 MiB each made a coordinator's
 * resident memory grow by over 100 MiB within its first ten thousand tasks
 * (each writes about 14 KiB). The node's writes are small and sequential,
 * so smaller memtables cost a few more flushes and nothing else.
 */
export const DEFAULT_WRITE_BUFFER_BYTES = 8 * 1024 * 1024

/** Options of {@link StateDb.open}. */
export interface StateDbOptions {
  /** memtable size, bytes. @default DEFAULT_WRITE_BUFFER_BYTES */
  writeBufferBytes?: number
}

/** Most committed batches written together in one RocksDB write (group commit). */
const MAX_GROUP_BATCHES = 512

/** Byte-level state store over RocksDB. Create with {@link StateDb.open}. */
export class StateDb {
  readonly #db: RocksDB
  readonly #path: string
  readonly #iterators = new Set<RocksDBIterator>()
  /** committed batches waiting for the RocksDB write in flight to end (group commit, see {@link #write}) */
  readonly #waiting: Array<{ ops: StagedOp[], resolve: () => void, reject: (err: unknown) => void }> = []
  /** the group-commit loop while it runs */
  #draining: Promise<void> | undefined
  #rocksWrites = 0
  #closing: Promise<void> | undefined

  private constructor (db: RocksDB, path: string) {
    this.#db = db
    this.#path = path
  }

  /**
   * Opens (creating it and its parent directories if needed) the database in
   * directory `path`. Throws `DatabaseLockedError` when another process, or
   * another open StateDb in this process, holds it; other RocksDB errors as is.
   */
  static async open (path: string, options: StateDbOptions = {}): Promise<StateDb> {
    await mkdir(path, { recursive: true })
    const db = new RocksDB(path, { writeBufferSize: options.writeBufferBytes ?? DEFAULT_WRITE_BUFFER_BYTES })
    try {
      await db.ready()
    } catch (err: any) {
      if (isLockError(err)) throw new DatabaseLockedError(path, { cause: err })
      throw err
    }
    return new StateDb(db, path)
  }

  /** Directory of the database. */
  get path (): string {
    return this.#path
  }

  /** True once `close()` was called. */
  get closed (): boolean {
    return this.#closing != null
  }

  /**
   * The value at `key`, or `undefined`. With `batch`, what the batch stages for
   * the key wins over the stored value (a staged delete reads as `undefined`).
   */
  async get (key: Key, batch?: WriteBatch): Promise<Uint8Array | undefined> {
    const staged = batch?.staged(key)
    if (staged !== undefined) return staged ?? undefined
    this.#assertOpen()
    const value = await this.#db.get(keyBytes(key))
    return value == null ? undefined : copy(value)
  }

  /** True if `key` holds a value (seen through `batch` when given). */
  async has (key: Key, batch?: WriteBatch): Promise<boolean> {
    return (await this.get(key, batch)) !== undefined
  }

  /**
   * RocksDB write batches flushed so far. Batches committed while a write is
   * in flight share the next one (group commit), so under load this grows
   * slower than the number of `WriteBatch.commit()` calls.
   */
  get rocksWrites (): number {
    return this.#rocksWrites
  }

  /**
   * Memory RocksDB holds for this database now, bytes, from its properties
   * (RocksDB wiki, "Memory usage in RocksDB"): the block cache in use
   * (`rocksdb.block-cache-usage`, index and filter blocks included, bounded by
   * the cache's capacity), the memtables (`rocksdb.cur-size-all-mem-tables`)
   * and the table readers outside the cache (`rocksdb.estimate-table-readers-mem`).
   *
   * @throws Error when the database is closed
   */
  async memoryUsage (): Promise<{ blockCacheBytes: number, blockCacheCapacityBytes: number, memtablesBytes: number, tableReadersBytes: number }> {
    this.#assertOpen()
    const read = async (name: string): Promise<number> => Number(await this.#db.getProperty(name))
    return {
      blockCacheBytes: await read('rocksdb.block-cache-usage'),
      blockCacheCapacityBytes: await read('rocksdb.block-cache-capacity'),
      memtablesBytes: await read('rocksdb.cur-size-all-mem-tables'),
      tableReadersBytes: await read('rocksdb.estimate-table-readers-mem')
    }
  }

  /** A new, empty atomic write batch; nothing is written until its `commit()`. */
  batch (): WriteBatch {
    this.#assertOpen()
    return new WriteBatch(async ops => { await this.#write(ops) })
  }

  /**
   * Entries in key order (descending with `reverse`), read from the database as
   * it is while the scan runs (staged batches are not seen). Breaking out of a
   * `for await` loop releases the scan; scans left open are ended by `close()`.
   */
  async * iterate (options: IterateOptions = {}): AsyncGenerator<KeyValue> {
    this.#assertOpen()
    const range = toRange(options)
    if (range == null) return
    yield * this.#scan(this.#db.iterator(range))
  }

  /**
   * Every entry of the database in key order, read from one consistent
   * point-in-time view (a RocksDB snapshot taken when the scan starts):
   * writes committed during the scan are not seen, so a copy made from it is
   * the database as it was at one instant (what a backup of a running node
   * needs). Breaking out of the loop releases the snapshot.
   */
  async * snapshotEntries (): AsyncGenerator<KeyValue> {
    this.#assertOpen()
    const session = this.#db.snapshot()
    try {
      yield * this.#scan(session.iterator({}))
    } finally {
      await session.close()
    }
  }

  /** Yields copies of `it`'s entries; tracked so `close()` ends it, destroyed when the loop ends. */
  async * #scan (it: RocksDBIterator): AsyncGenerator<KeyValue> {
    this.#iterators.add(it)
    try {
      for await (const entry of it) {
        yield { key: copy(entry.key), value: copy(entry.value ?? new Uint8Array(0)) }
      }
    } finally {
      this.#iterators.delete(it)
      it.destroy()
    }
  }

  /**
   * Closes the database: ends open scans, waits for reads and writes in flight,
   * then closes RocksDB and releases its lock. Idempotent: later calls return
   * the same promise. Other methods throw `DatabaseClosedError` afterwards.
   */
  async close (): Promise<void> {
    this.#closing ??= (async () => {
      for (const it of this.#iterators) it.destroy()
      this.#iterators.clear()
      await this.#draining
      await this.#db.close()
    })()
    return this.#closing
  }

  /**
   * Writes one committed batch's `ops`, atomically. Group commit (as databases
   * do with their log, e.g. PostgreSQL's `commit_delay`, but without any
   * delay): a batch committed while no write is in flight is written at once;
   * batches committed while one is in flight wait for it and are then written
   * together in ONE RocksDB write batch, in commit order (a later batch's
   * write of a key wins, as if written one after the other). Should that
   * shared write fail, each of its batches is written again on its own, so a
   * batch fails only for its own error and stays all-or-nothing.
   *
   * @throws {DatabaseClosedError} when the database is closed, or the RocksDB error of this batch's write
   */
  async #write (ops: StagedOp[]): Promise<void> {
    this.#assertOpen()
    const { promise, resolve, reject } = Promise.withResolvers<void>()
    this.#waiting.push({ ops, resolve, reject })
    this.#draining ??= this.#drain().finally(() => { this.#draining = undefined })
    return await promise
  }

  /** Writes the waiting batches, those that came meanwhile together, until none waits. */
  async #drain (): Promise<void> {
    while (this.#waiting.length > 0) {
      const group = this.#waiting.splice(0, MAX_GROUP_BATCHES)
      try {
        await this.#flush(group.length === 1 ? group[0].ops : group.flatMap(g => g.ops))
        for (const g of group) g.resolve()
      } catch (err) {
        if (group.length === 1) {
          group[0].reject(err)
          continue
        }
        for (const g of group) {
          try {
            await this.#flush(g.ops)
            g.resolve()
          } catch (own) {
            g.reject(own)
          }
        }
      }
    }
  }

  async #flush (ops: StagedOp[]): Promise<void> {
    this.#rocksWrites++
    const batch = this.#db.write({ capacity: ops.length })
    try {
      for (const op of ops) {
        if (op.value === null) batch.tryDelete(op.key)
        else batch.tryPut(op.key, op.value)
      }
      await batch.flush()
    } finally {
      batch.destroy()
    }
  }

  #assertOpen (): void {
    if (this.#closing != null) throw new DatabaseClosedError()
  }
}

function isLockError (err: any): boolean {
  const message = String(err?.message ?? '')
  return /\/LOCK\b|lock hold by current process|No locks available/i.test(message)
}

function copy (bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes)
}

interface Bound { key: Uint8Array, inclusive: boolean }

/** Normalises options to one lower and one upper bound; `undefined` when the range is empty. */
function toRange (options: IterateOptions): RocksDBRange | undefined {
  let lower: Bound | undefined
  let upper: Bound | undefined
  const tighterLower = (b: Bound): void => {
    const c = lower == null ? 1 : Buffer.compare(b.key, lower.key)
    if (c > 0 || (c === 0 && !b.inclusive)) lower = b
  }
  const tighterUpper = (b: Bound): void => {
    const c = upper == null ? -1 : Buffer.compare(b.key, upper.key)
    if (c < 0 || (c === 0 && !b.inclusive)) upper = b
  }
  if (options.prefix != null) {
    const prefix = keyBytes(options.prefix)
    tighterLower({ key: prefix, inclusive: true })
    const end = prefixUpperBound(prefix)
    if (end != null) tighterUpper({ key: end, inclusive: false })
  }
  if (options.gt != null) tighterLower({ key: keyBytes(options.gt), inclusive: false })
  if (options.gte != null) tighterLower({ key: keyBytes(options.gte), inclusive: true })
  if (options.lt != null) tighterUpper({ key: keyBytes(options.lt), inclusive: false })
  if (options.lte != null) tighterUpper({ key: keyBytes(options.lte), inclusive: true })

  if (lower != null && upper != null) {
    const c = Buffer.compare(lower.key, upper.key)
    if (c > 0 || (c === 0 && !(lower.inclusive && upper.inclusive))) return undefined
  }
  if (options.limit != null && options.limit <= 0) return undefined

  const range: RocksDBRange = { reverse: options.reverse === true, values: options.values !== false }
  if (options.limit != null && Number.isFinite(options.limit)) range.limit = Math.floor(options.limit)
  // rocksdb-native reads an empty key as "no bound"; this node never stores the empty key
  if (upper != null && upper.key.length === 0) return undefined
  if (lower != null && lower.key.length > 0) range[lower.inclusive ? 'gte' : 'gt'] = lower.key
  if (upper != null) range[upper.inclusive ? 'lte' : 'lt'] = upper.key
  return range
}
