/**
 * A pool of reusable sandbox threads and the compiled modules they run.
 *
 * Threads: {@link SandboxPool} runs at most `size` threads (a worker passes its task slots, so
 * its tasks never wait here), each running many tasks in sequence (sandbox-host.ts says when one is
 * thrown away instead: a timeout, an abort, a host error, heap exhaustion). A task takes an idle
 * thread, preferring one that already holds its compiled module, or starts a new one while the
 * pool is below `size`; past that it waits (first come, first served; an abort takes it out) for a
 * thread to come free. Its timeout counts from the hand-off to a thread, never from the wait. When
 * a task takes the last idle thread a spare is started in the background, and a thrown-away thread
 * is replaced at once (both only below `size`), so the next task rarely waits for a thread to load.
 * Idle and loading threads are unref'd: they never keep the process alive. With `idleMs` set, a
 * thread that stays idle that long is terminated (its V8 isolate, ~45 MiB RSS, is released) and a
 * later task starts a new one: a worker idling between bursts holds no sandbox threads.
 *
 * Compiled modules: {@link SandboxPool.compile} compiles a module once per key
 * (`<module SHA-256>:<memory limit pages>`, as the patched bytes depend on both), keeping the
 * `WebAssembly.Module` in an LRU bounded by entries and by the modules' byte size; a thread receives
 * the module object (V8 shares the compiled code between threads of a process, so the thread does
 * not compile it again) once and keeps it in its own table of `THREAD_MODULE_SLOTS`
 * (sandbox-host.ts). A module evicted here may live on in threads' tables until they evict it too,
 * so compiled code in memory is bounded by the LRU plus `THREAD_MODULE_SLOTS` per thread.
 *
 * `runInSandbox` (wasi-sandbox.ts) uses the process's shared pool ({@link sharedSandboxPool}, size
 * {@link DEFAULT_POOL_SIZE}) unless given one; {@link releaseSandboxThreads} closes the shared pool.
 */
import { availableParallelism } from 'node:os'
import { LruMap } from './module-cache.ts'
import { SandboxThread } from './sandbox-host.ts'
import type { ThreadRun, ThreadTask } from './sandbox-host.ts'

/** Threads of a pool given no size, and of the shared pool: the cores available, at least 2 (the default worker's task slots). */
export const DEFAULT_POOL_SIZE = Math.max(2, availableParallelism())

/** Options of {@link SandboxPool}. */
export interface SandboxPoolOptions {
  /** Threads, at most: tasks running at once (>= 1; a worker gives its task slots). @default {@link DEFAULT_POOL_SIZE} */
  size?: number
  /** Compiled modules kept, at most. @default 256 */
  maxCompiledEntries?: number
  /** Bytes of compiled modules kept, counted as their WebAssembly binary's size. @default 128 MiB */
  maxCompiledBytes?: number
  /**
   * Time a thread may stay idle before it is terminated, ms (a later task starts a new one, paying
   * its start-up again). 0 = idle threads are kept until `close`. @default 0
   */
  idleMs?: number
}

/** Counters of a {@link SandboxPool}, for tests and metrics. */
export interface SandboxPoolStats {
  /** Threads started so far. */
  spawned: number
  /** Threads alive now (idle, loading or busy). */
  threads: number
  /** Idle (or loading) threads now. */
  idle: number
  /** Tasks waiting for a thread now. */
  waiting: number
  /** Modules compiled so far (cache misses). */
  compiled: number
  /** Compiled modules held now. */
  compiledEntries: number
  /** Threads terminated so far for staying idle `idleMs`. */
  released: number
}

/** A thread run plus which thread ran it. */
export interface PoolRun extends ThreadRun {
  /** The pool's serial number of the thread that ran the task (tests check reuse with it). */
  threadId: number
}

/** Reusable sandbox threads and compiled modules (see the file comment). */
export class SandboxPool {
  readonly #size: number
  readonly #compiledModules: LruMap<WebAssembly.Module>
  readonly #compiling = new Map<string, Promise<WebAssembly.Module>>()
  /** Every thread alive, busy or not. */
  readonly #threads = new Set<SandboxThread>()
  /** Idle threads, least recently used first (some may still be loading). */
  #idle: SandboxThread[] = []
  /** Threads started before the latest `close`: terminated when their task ends. */
  readonly #retired = new WeakSet<SandboxThread>()
  #spawned = 0
  #compiled = 0
  /** Tasks waiting for a thread, first come first served. */
  readonly #waiting: Array<{ moduleKey: string, resolve: (thread: SandboxThread) => void }> = []
  /** Counts `close` calls, so a spare scheduled before one is not started after it. */
  #epoch = 0
  readonly #idleMs: number
  /** The release timer of each idle thread (only with `idleMs` > 0). */
  readonly #idleTimers = new Map<SandboxThread, NodeJS.Timeout>()
  #released = 0

  /** @throws {RangeError} `size` is not a positive integer, or `idleMs` not a non-negative integer */
  constructor (options: SandboxPoolOptions = {}) {
    const size = options.size ?? DEFAULT_POOL_SIZE
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer, got ${size}`)
    const idleMs = options.idleMs ?? 0
    if (!Number.isInteger(idleMs) || idleMs < 0) throw new RangeError(`idleMs must be a non-negative integer (ms), got ${idleMs}`)
    this.#size = size
    this.#idleMs = idleMs
    this.#compiledModules = new LruMap(options.maxCompiledEntries ?? 256, options.maxCompiledBytes ?? 128 * 1024 * 1024)
  }

  /**
   * The compiled module of `bytes`, compiled only when `moduleKey` is not cached (concurrent calls
   * for one key share one compilation).
   *
   * @param moduleKey names the bytes exactly: `<module SHA-256 hex>:<memory limit pages>`
   * @param bytes the module's bytes, or a function making them (called only on a miss)
   * @throws {WebAssembly.CompileError} the engine refuses the bytes (nothing is cached)
   */
  async compile (moduleKey: string, bytes: Uint8Array | (() => Uint8Array)): Promise<WebAssembly.Module> {
    const cached = this.#compiledModules.get(moduleKey)
    if (cached !== undefined) return cached
    let pending = this.#compiling.get(moduleKey)
    if (pending === undefined) {
      this.#compiled++
      const wire = typeof bytes === 'function' ? bytes() : bytes
      pending = WebAssembly.compile(wire as Uint8Array<ArrayBuffer>).then(module => {
        this.#compiledModules.set(moduleKey, module, wire.byteLength)
        return module
      })
      this.#compiling.set(moduleKey, pending)
      void pending.finally(() => { this.#compiling.delete(moduleKey) }).catch(() => {})
    }
    return await pending
  }

  /**
   * Runs one task on a pool thread (see the file comment for which), waiting for one when all
   * `size` threads are busy.
   *
   * @param timeoutMs wall-clock limit counted from handing the task to a ready thread (never the wait for one), ms
   * @param signal aborts the run: a waiting task leaves the queue, a running one's thread is
   *   terminated; the promise rejects with `signal.reason`
   * @throws {SandboxHostError} the thread failed to start, crashed or exited
   */
  async run (task: ThreadTask, timeoutMs: number, signal?: AbortSignal): Promise<PoolRun> {
    signal?.throwIfAborted()
    const thread = await this.#acquire(task.moduleKey, signal)
    thread.keepAlive(true)
    try {
      await raceAbort(thread.ready, signal)
      const run = await thread.run(task, timeoutMs, signal)
      return { ...run, threadId: thread.id }
    } finally {
      this.#giveBack(thread)
    }
  }

  /**
   * Terminates the idle threads now and every busy one when its task ends (running tasks are not
   * cut short). The pool stays usable: a later task starts new threads. Cached compiled modules are
   * dropped.
   */
  async close (): Promise<void> {
    this.#epoch++
    const idle = this.#idle
    this.#idle = []
    for (const thread of this.#threads) this.#retired.add(thread)
    for (const thread of idle) {
      this.#threads.delete(thread)
      this.#unwatchIdle(thread)
    }
    this.#compiledModules.clear()
    await Promise.all(idle.map(async thread => { await thread.close() }))
  }

  /** Counters so far. */
  get stats (): SandboxPoolStats {
    return { spawned: this.#spawned, threads: this.#threads.size, idle: this.#idle.length, waiting: this.#waiting.length, compiled: this.#compiled, compiledEntries: this.#compiledModules.size, released: this.#released }
  }

  /** A thread for `moduleKey` now if the pool has one or may start one, else when one comes free. */
  async #acquire (moduleKey: string, signal?: AbortSignal): Promise<SandboxThread> {
    this.#prune()
    if (this.#idle.length > 0 || this.#threads.size < this.#size) return this.#take(moduleKey)
    const { promise, resolve, reject } = Promise.withResolvers<SandboxThread>()
    const entry = {
      moduleKey,
      resolve: (thread: SandboxThread) => {
        signal?.removeEventListener('abort', onAbort)
        resolve(thread)
      }
    }
    const onAbort = (): void => {
      const at = this.#waiting.indexOf(entry)
      if (at >= 0) this.#waiting.splice(at, 1)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#waiting.push(entry)
    return await promise
  }

  /** Hands threads to waiting tasks while there is an idle one or room for a new one. */
  #serveWaiting (): void {
    this.#prune()
    while (this.#waiting.length > 0 && (this.#idle.length > 0 || this.#threads.size < this.#size)) {
      const next = this.#waiting.shift()!
      next.resolve(this.#take(next.moduleKey))
    }
  }

  /** An idle thread for `moduleKey`: one holding the module, else the most recently used, else a new one. */
  #take (moduleKey: string): SandboxThread {
    this.#prune()
    let at = this.#idle.findLastIndex(t => t.holds(moduleKey))
    if (at < 0) at = this.#idle.length - 1
    const thread = at < 0 ? this.#spawn() : this.#idle.splice(at, 1)[0]
    this.#unwatchIdle(thread)
    if (this.#idle.length === 0) {
      const epoch = this.#epoch
      setImmediate(() => { if (epoch === this.#epoch) this.#addSpare() })
    }
    return thread
  }

  #giveBack (thread: SandboxThread): void {
    if (thread.alive && !this.#retired.has(thread)) {
      thread.keepAlive(false)
      this.#idle.push(thread)
      this.#watchIdle(thread)
    } else {
      this.#threads.delete(thread)
      if (thread.alive) void thread.close().catch(() => {})
      else if (!this.#retired.has(thread)) this.#replace()
    }
    this.#serveWaiting()
  }

  /** Starts a thread into the idle list when none is idle and the pool is below its size. */
  #addSpare (): void {
    this.#prune()
    if (this.#idle.length === 0) this.#replace()
  }

  /** Starts a thread into the idle list when the pool is below its size (a thrown-away one is replaced at once). */
  #replace (): void {
    if (this.#threads.size < this.#size) {
      const thread = this.#spawn()
      this.#idle.unshift(thread)
      this.#watchIdle(thread)
    }
  }

  /** With `idleMs` set: terminates `thread` once it has stayed idle that long (an unref'd timer). */
  #watchIdle (thread: SandboxThread): void {
    if (this.#idleMs === 0) return
    this.#unwatchIdle(thread)
    const timer = setTimeout(() => {
      this.#idleTimers.delete(thread)
      const at = this.#idle.indexOf(thread)
      if (at < 0) return
      this.#idle.splice(at, 1)
      this.#threads.delete(thread)
      this.#released++
      void thread.close().catch(() => {})
    }, this.#idleMs)
    timer.unref()
    this.#idleTimers.set(thread, timer)
  }

  /** Cancels `thread`'s idle release (it was taken, or the pool closed). */
  #unwatchIdle (thread: SandboxThread): void {
    const timer = this.#idleTimers.get(thread)
    if (timer === undefined) return
    clearTimeout(timer)
    this.#idleTimers.delete(thread)
  }

  /** Drops idle threads that died (they should not) from the idle list and the count. */
  #prune (): void {
    for (const thread of this.#idle) {
      if (thread.alive) continue
      this.#threads.delete(thread)
      this.#unwatchIdle(thread)
    }
    this.#idle = this.#idle.filter(t => t.alive)
  }

  #spawn (): SandboxThread {
    const thread = new SandboxThread(++this.#spawned)
    this.#threads.add(thread)
    return thread
  }
}

/** Resolves or rejects as `promise` does, or rejects with the signal's reason when it aborts first. */
async function raceAbort<T> (promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal === undefined) return await promise
  signal.throwIfAborted()
  const aborted = Promise.withResolvers<never>()
  const onAbort = (): void => { aborted.reject(signal.reason) }
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    return await Promise.race([promise, aborted.promise])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

let shared: SandboxPool | undefined

/** The process's shared pool ({@link DEFAULT_POOL_SIZE} threads), made on first use. */
export function sharedSandboxPool (): SandboxPool {
  shared ??= new SandboxPool()
  return shared
}

/**
 * Closes the shared pool (see {@link SandboxPool.close}): idle threads are terminated now, busy
 * ones when their task ends. Call at shutdown to release their memory; the process can exit
 * without it, as idle threads are unref'd. A later task starts new threads.
 */
export async function releaseSandboxThreads (): Promise<void> {
  await shared?.close()
}

