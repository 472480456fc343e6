/**
 * A worker's cache of task content (modules and inputs) in its blockstore,
 * bounded in bytes (config `worker.contentCacheBytes`; docs/maintenance.md,
 * "A worker's content cache"), least recently used first out.
 *
 * Each CID fetched through {@link ContentCache.get} is pinned once its blocks
 * are local and becomes the most recently used entry (its size: the
 * content's bytes; the UnixFS nodes of content over 1 MiB add under 0.1 %).
 * When the entries together pass the bound, the least recently used are
 * unpinned until they fit, and Helia's garbage collection deletes every block
 * no pin holds, which also takes the outputs the worker stored (delivered
 * inline with the result; nobody fetches them from the worker) and blocks of
 * failed fetches.
 *
 * What a running task needs is never evicted: a task reads its module and
 * input from the blockstore only while they are fetched; then it holds the
 * bytes in memory. Fetches and eviction exclude each other (a read-write
 * lock: fetches share it, an eviction takes it alone), so no block of a
 * fetch in progress is deleted, and a CID being fetched is not unpinned.
 *
 * The entries are not remembered across restarts: {@link ContentCache.start}
 * unpins what an earlier run left pinned and collects it (a cold cache).
 */
import type { Logger } from 'pino'
import type { ContentStore, GetContentOptions } from './content-store.ts'
import { ReadWriteLock } from '../concurrency/read-write-lock.ts'

/** Options of {@link ContentCache}. */
export interface ContentCacheInit {
  /** The node's content store (its `get`, `pin`, `unpin`, `pinned` and `gc`). */
  store: Pick<ContentStore, 'get' | 'pin' | 'unpin' | 'pinned' | 'gc'>
  /** Most bytes of content kept (at least 1). */
  maxBytes: number
  log?: Logger
}

/** Counts of a {@link ContentCache}. */
export interface ContentCacheStats {
  /** CIDs kept. */
  entries: number
  /** Bytes of content kept. */
  bytes: number
  /** Gets answered (from the blockstore or fetched from peers). */
  gets: number
  /** Entries evicted since start. */
  evicted: number
}

/** The bounded, least-recently-used content cache of a worker (see the module comment). */
export class ContentCache {
  readonly #init: ContentCacheInit
  /** CID → bytes, in order of use (the first is the least recently used). */
  readonly #entries = new Map<string, number>()
  readonly #lock = new ReadWriteLock()
  #bytes = 0
  #gets = 0
  #evicted = 0
  #evicting: Promise<void> | undefined

  /** @throws {RangeError} when `maxBytes` < 1 */
  constructor (init: ContentCacheInit) {
    if (!(init.maxBytes >= 1)) throw new RangeError(`maxBytes must be at least 1, got ${init.maxBytes}`)
    this.#init = init
  }

  /** Unpins whatever an earlier run left pinned and collects it: the cache starts empty. */
  async start (): Promise<void> {
    await this.#lock.write(async () => {
      const left: string[] = []
      for await (const cid of this.#init.store.pinned()) left.push(cid.toString())
      for (const cid of left) await this.#init.store.unpin(cid)
      await this.#init.store.gc()
      if (left.length > 0) this.#init.log?.info({ unpinned: left.length }, 'content cache: content left by an earlier run collected')
    })
  }

  /**
   * The content of `cid` (ContentStore.get: local, or fetched from peers),
   * kept as the most recently used entry; then, if the cache is over its
   * bound, an eviction is started (not awaited).
   *
   * @throws what `ContentStore.get` throws (nothing is kept then)
   */
  async get (cid: string, options: GetContentOptions): Promise<Uint8Array> {
    const bytes = await this.#lock.read(async () => {
      const content = await this.#init.store.get(cid, options)
      if (!this.#entries.has(cid)) await this.#init.store.pin(cid, { signal: options.signal })
      const had = this.#entries.get(cid)
      this.#entries.delete(cid)
      this.#entries.set(cid, content.byteLength)
      this.#bytes += content.byteLength - (had ?? 0)
      return content
    })
    this.#gets++
    if (this.#bytes > this.#init.maxBytes) void this.evict().catch(err => { this.#init.log?.warn({ err }, 'content cache eviction failed') })
    return bytes
  }

  /**
   * Unpins the least recently used entries until the rest fit in `maxBytes`,
   * then collects the unpinned blocks; waits for fetches in progress first.
   * One eviction at a time (a call during one joins it).
   */
  async evict (): Promise<void> {
    this.#evicting ??= this.#lock.write(async () => {
      const gone: string[] = []
      for (const [cid, size] of this.#entries) {
        if (this.#bytes <= this.#init.maxBytes) break
        await this.#init.store.unpin(cid)
        this.#entries.delete(cid)
        this.#bytes -= size
        gone.push(cid)
      }
      this.#evicted += gone.length
      await this.#init.store.gc()
      if (gone.length > 0) this.#init.log?.debug({ evicted: gone.length, bytes: this.#bytes }, 'content cache: least recently used content evicted')
    }).finally(() => { this.#evicting = undefined })
    await this.#evicting
  }

  /** The CIDs kept, least recently used first. */
  keys (): string[] {
    return [...this.#entries.keys()]
  }

  /** Counts (a copy). */
  stats (): ContentCacheStats {
    return { entries: this.#entries.size, bytes: this.#bytes, gets: this.#gets, evicted: this.#evicted }
  }
}
