/**
 * Inspection done once per module: {@link ModuleCache} keeps the outcome of
 * `prepareModule` (module-inspect.ts) by the module's SHA-256, bounded in
 * entries and bytes, least recently used evicted first. A refusal is kept
 * too, so the same invalid module is refused again without decoding it. The
 * memory limit is applied per call (`limitModule`, linear in size, no
 * decoding), so varying a task's memory limit does not defeat the cache.
 *
 * Coordinator and worker use this same class, hence the same rules: the
 * coordinator keeps verdicts only (`keepModules: false`, entries of about a
 * hundred bytes), the worker keeps the instrumented modules it runs.
 *
 * No LRU library is a declared dependency (the `lru-cache` in node_modules is
 * v5, a peer dependency of the build tools), so {@link LruMap} is a
 * `Map`-ordered LRU of a few lines.
 */
import { createHash } from 'node:crypto'
import { InvalidModuleError } from './errors.ts'
import { checkMemoryLimit, limitModule, preparedBytes, prepareModule } from './module-inspect.ts'
import type { ModuleInfo, PreparedModule } from './module-inspect.ts'

/** Bytes counted for an entry besides its module bytes (key, verdict, bookkeeping). */
export const ENTRY_OVERHEAD_BYTES = 256

/**
 * A least-recently-used map bounded by entry count and by a byte total
 * (each entry's size given on `set`). A `Map` keeps insertion order, so
 * re-inserting on access makes its first key the least recently used.
 */
export class LruMap<V> {
  readonly #entries = new Map<string, { value: V, bytes: number }>()
  readonly #maxEntries: number
  readonly #maxBytes: number
  #bytes = 0

  /**
   * @param maxEntries most entries kept (>= 1)
   * @param maxBytes most bytes kept in all, as sized by `set`
   */
  constructor (maxEntries: number, maxBytes: number) {
    this.#maxEntries = maxEntries
    this.#maxBytes = maxBytes
  }

  /** The value of `key`, marking it most recently used; undefined when absent. */
  get (key: string): V | undefined {
    const entry = this.#entries.get(key)
    if (entry === undefined) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry.value
  }

  /**
   * Stores `value` of `bytes` bytes under `key` as most recently used, evicting
   * the least recently used until both bounds hold. A value larger than the
   * byte bound is not stored (and any older value of `key` is dropped).
   */
  set (key: string, value: V, bytes: number): void {
    this.delete(key)
    if (bytes > this.#maxBytes) return
    this.#entries.set(key, { value, bytes })
    this.#bytes += bytes
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= entry.bytes
    }
  }

  /** Removes `key`; absent keys are ignored. */
  delete (key: string): void {
    const entry = this.#entries.get(key)
    if (entry === undefined) return
    this.#entries.delete(key)
    this.#bytes -= entry.bytes
  }

  /** Removes every entry. */
  clear (): void {
    this.#entries.clear()
    this.#bytes = 0
  }

  /** Entries held. */
  get size (): number {
    return this.#entries.size
  }

  /** Bytes held, as sized by `set`. */
  get bytes (): number {
    return this.#bytes
  }
}

/** A cached inspection: the prepared module (or only its declared memory), or the refusal's message. */
type Verdict =
  | { ok: true, declaredMemory: PreparedModule['declaredMemory'], prepared?: PreparedModule }
  | { ok: false, message: string }

/** Options of {@link ModuleCache}. */
export interface ModuleCacheOptions {
  /** Most bytes of cached modules and verdicts (each entry: its module bytes, if kept, + {@link ENTRY_OVERHEAD_BYTES}). */
  maxBytes: number
  /** Most modules remembered. @default 4096 */
  maxEntries?: number
  /** Keep the instrumented modules (a worker runs them) or only the verdicts (a coordinator's admission). @default true */
  keepModules?: boolean
  /** The costly preparation; e.g. `InspectThread.prepare` to run it off the event loop. @default prepareModule, on this thread */
  prepare?: (bytes: Uint8Array) => PreparedModule | Promise<PreparedModule>
}

/** Counters of a {@link ModuleCache}, for tests and metrics. */
export interface ModuleCacheStats {
  /** Calls of `prepare` (modules actually decoded and instrumented). */
  prepared: number
  /** Calls answered from the cache (or from a preparation already in flight). */
  hits: number
  /** Entries held. */
  entries: number
  /** Bytes held. */
  bytes: number
}

/** Lowercase hex SHA-256 of `bytes`. */
export function moduleHash (bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Inspects modules through a cache keyed by their SHA-256 (see the file comment). */
export class ModuleCache {
  readonly #lru: LruMap<Verdict>
  readonly #inFlight = new Map<string, Promise<Verdict>>()
  readonly #keep: boolean
  readonly #prepare: (bytes: Uint8Array) => PreparedModule | Promise<PreparedModule>
  #prepared = 0
  #hits = 0

  constructor (options: ModuleCacheOptions) {
    this.#lru = new LruMap(options.maxEntries ?? 4096, options.maxBytes)
    this.#keep = options.keepModules ?? true
    this.#prepare = options.prepare ?? prepareModule
  }

  /**
   * Checks that `bytes` is a module that runs under a limit of `maxMemoryPages`
   * (the rules of `inspectModule`), preparing it only when its hash is not cached.
   *
   * @param hash lowercase hex SHA-256 of `bytes` when the caller has it (else computed)
   * @throws {MemoryLimitError} its declared minimum memory is over `maxMemoryPages`
   * @throws {InvalidModuleError} any other reason it cannot run (also when refused before, from the cache)
   * @throws {InvalidSandboxTaskError} `maxMemoryPages` is not an integer in 1..65536
   * @throws {SandboxHostError} the inspection thread failed (nothing is cached)
   */
  async check (bytes: Uint8Array, maxMemoryPages: number, hash?: string): Promise<void> {
    const verdict = await this.#verdict(bytes, hash ?? moduleHash(bytes))
    checkMemoryLimit(verdict.declaredMemory, maxMemoryPages)
  }

  /**
   * `inspectModule(bytes, { maxMemoryPages })` through the cache: the module to
   * run, patched to the limit. Errors as {@link check}.
   */
  async inspect (bytes: Uint8Array, maxMemoryPages: number, hash?: string): Promise<ModuleInfo> {
    return limitModule(await this.prepared(bytes, maxMemoryPages, hash), maxMemoryPages)
  }

  /**
   * The prepared module of `bytes` (before any memory limit is patched in), checked to run under
   * `maxMemoryPages`: what {@link inspect} patches, for a caller that may not need the bytes
   * (the sandbox, when it holds the compiled module already). Errors as {@link check}.
   */
  async prepared (bytes: Uint8Array, maxMemoryPages: number, hash?: string): Promise<PreparedModule> {
    const verdict = await this.#verdict(bytes, hash ?? moduleHash(bytes))
    checkMemoryLimit(verdict.declaredMemory, maxMemoryPages)
    // a verdict-only cache prepares the module again when asked for it
    return verdict.prepared ?? await this.#prepare(bytes)
  }

  /** Counters so far. */
  get stats (): ModuleCacheStats {
    return { prepared: this.#prepared, hits: this.#hits, entries: this.#lru.size, bytes: this.#lru.bytes }
  }

  async #verdict (bytes: Uint8Array, key: string): Promise<Extract<Verdict, { ok: true }>> {
    let verdict = this.#lru.get(key)
    if (verdict !== undefined) {
      this.#hits++
    } else {
      let pending = this.#inFlight.get(key)
      if (pending !== undefined) {
        this.#hits++
      } else {
        pending = this.#run(bytes, key)
        this.#inFlight.set(key, pending)
        void pending.finally(() => { this.#inFlight.delete(key) }).catch(() => {})
      }
      verdict = await pending
    }
    if (!verdict.ok) throw new InvalidModuleError(verdict.message)
    return verdict
  }

  async #run (bytes: Uint8Array, key: string): Promise<Verdict> {
    this.#prepared++
    let verdict: Verdict
    try {
      const prepared = await this.#prepare(bytes)
      verdict = { ok: true, declaredMemory: prepared.declaredMemory, ...(this.#keep ? { prepared } : {}) }
    } catch (err) {
      // only the module's own faults are verdicts; a host fault is not remembered
      if (!(err instanceof InvalidModuleError)) throw err
      verdict = { ok: false, message: err.message }
    }
    const size = ENTRY_OVERHEAD_BYTES + (verdict.ok ? (verdict.prepared === undefined ? 0 : preparedBytes(verdict.prepared)) : verdict.message.length)
    this.#lru.set(key, verdict, size)
    return verdict
  }
}
