/**
 * The node's datastore (pins, peer store, DHT records) on disk: datastore-fs
 * that finishes its writes before it closes and drops writes that arrive
 * after. libp2p's peer store still records the last connection events while
 * the node stops; on plain datastore-fs such a write lands after `close()` and
 * recreates `<dataDir>/datastore/peers/` even once the directory was removed.
 *
 * Reads are cached in memory (the most recently used {@link CACHE_ENTRIES}
 * values of at most {@link CACHE_VALUE_BYTES} bytes; this process is the
 * store's only writer, so every write and delete updates the cache): Helia
 * checks a pin record on every pin of already pinned content.
 *
 * Peer records (keys under `/peers/`) are cached in memory and written back
 * at most every {@link PEER_FLUSH_MS}: libp2p's peer store reads and rewrites a
 * peer's record on every stream opened or accepted (it records the protocol
 * and the update time), which on datastore-fs is a file read and a file
 * write-and-rename per request, on both ends. The cache makes those memory
 * operations; the last {@link PEER_FLUSH_MS} of peer-record changes may be
 * lost in a crash (the peer store is a cache of addresses and protocols that
 * identify fills again). Queries and `close()` flush first, so they see every
 * write.
 */
import { FsDatastore } from 'datastore-fs'
import { Key, type KeyQuery, type Pair, type Query } from 'interface-datastore'
import type { AbortOptions } from '@libp2p/interface'

/**
 * Longest time a peer record written to the cache waits before it is written to disk, ms. Every
 * record changes on every stream (its update time), so this is how often each one is rewritten.
 */
export const PEER_FLUSH_MS = 10_000

/** Most values kept in memory; past it the least recently used values that are on disk are dropped. */
export const CACHE_ENTRIES = 4_096

/** Largest value kept in memory after a read or a write, bytes (peer records are kept whatever their size until written back). */
export const CACHE_VALUE_BYTES = 64 * 1024

const PEERS_PREFIX = '/peers/'

export class NodeDatastore extends FsDatastore {
  readonly #inFlight = new Set<Promise<unknown>>()
  /** values by key string, least recently used first */
  readonly #cache = new Map<string, Uint8Array>()
  /** peer record keys in {@link #cache} not yet written to disk */
  readonly #dirty = new Set<string>()
  #flushTimer: NodeJS.Timeout | undefined
  #closed = false

  /** Writes `val` under `key` (a peer record: into the cache, on disk within {@link PEER_FLUSH_MS}); after `close()` the write is dropped. */
  override async put (key: Key, val: Uint8Array, options?: AbortOptions): Promise<Key> {
    if (this.#closed) return key
    const k = key.toString()
    if (k.startsWith(PEERS_PREFIX)) {
      // a copy: the caller may reuse its buffer
      this.#remember(k, val.slice())
      this.#dirty.add(k)
      this.#flushTimer ??= setTimeout(() => { void this.#flush() }, PEER_FLUSH_MS).unref()
      return key
    }
    this.#cache.delete(k)
    await this.#track(super.put(key, val, options))
    if (val.byteLength <= CACHE_VALUE_BYTES && !this.#closed) this.#remember(k, val.slice())
    return key
  }

  /** The value under `key` (from the cache when there); throws datastore-fs's NotFoundError when absent. */
  override async get (key: Key, options?: AbortOptions): Promise<Uint8Array> {
    const k = key.toString()
    const cached = this.#cache.get(k)
    if (cached != null) {
      this.#remember(k, cached)
      return cached
    }
    const value = await super.get(key, options)
    if (value.byteLength <= CACHE_VALUE_BYTES && !this.#closed) this.#remember(k, value)
    return value
  }

  override async has (key: Key, options?: AbortOptions): Promise<boolean> {
    return this.#cache.has(key.toString()) || await super.has(key, options)
  }

  /** Deletes `key` (from the cache and the disk); after `close()` nothing is deleted. */
  override async delete (key: Key, options?: AbortOptions): Promise<void> {
    if (this.#closed) return
    const k = key.toString()
    this.#cache.delete(k)
    this.#dirty.delete(k)
    await this.#track(super.delete(key, options))
  }

  override async * _all (q: Query, options?: AbortOptions): AsyncGenerator<Pair> {
    await this.#flush()
    yield * super._all(q, options)
  }

  override async * _allKeys (q: KeyQuery, options?: AbortOptions): AsyncGenerator<Key> {
    await this.#flush()
    yield * super._allKeys(q, options)
  }

  /** Writes cached peer records back, stops taking writes, waits for those in flight, then closes. */
  override async close (): Promise<void> {
    await this.#flush()
    this.#closed = true
    await Promise.allSettled([...this.#inFlight])
    await super.close()
  }

  /** Caches `value` under `k` as the most recently used; drops the oldest values already on disk past {@link CACHE_ENTRIES}. */
  #remember (k: string, value: Uint8Array): void {
    this.#cache.delete(k)
    this.#cache.set(k, value)
    if (this.#cache.size <= CACHE_ENTRIES) return
    for (const old of this.#cache.keys()) {
      if (this.#cache.size <= CACHE_ENTRIES) break
      if (!this.#dirty.has(old)) this.#cache.delete(old)
    }
  }

  /** Writes every dirty peer record to disk (failures are dropped: the record is written again on its next change). */
  async #flush (): Promise<void> {
    clearTimeout(this.#flushTimer)
    this.#flushTimer = undefined
    if (this.#closed) return
    const writes: Array<Promise<unknown>> = []
    for (const k of this.#dirty) {
      const value = this.#cache.get(k)
      if (value != null) writes.push(this.#track(super.put(new Key(k), value)).catch(() => {}))
    }
    this.#dirty.clear()
    await Promise.all(writes)
  }

  async #track<T> (work: Promise<T>): Promise<T> {
    this.#inFlight.add(work)
    try {
      return await work
    } finally {
      this.#inFlight.delete(work)
    }
  }
}
