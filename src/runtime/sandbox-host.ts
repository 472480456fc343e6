/**
 * The host side of one sandbox thread: {@link SandboxThread} owns a `worker_threads` Worker running
 * sandbox-thread.ts and runs tasks on it one at a time. A program that never ends is stopped by
 * terminating its thread, so it can never stall the node's event loop. Which thread runs which
 * task, and how many are kept, is sandbox-pool.ts's business.
 *
 * A thread is kept for the next task after every end the thread itself reported, other than a
 * host error: `exited`, `trapped` (a WebAssembly trap or a stack overflow: both unwind as an
 * ordinary exception and leave the isolate as it was), `output_exceeded`, `invalid_module`. It is
 * thrown away ({@link SandboxThread.alive} false) when it must be: the timeout passed (terminated),
 * the caller aborted (terminated), the thread reported a host error (its state is unknown:
 * terminated), it exhausted its V8 heap, or it crashed or exited.
 *
 * Isolation on a reused thread: every task gets a new WASI, import table and WebAssembly.Instance
 * (so a new, zeroed linear memory); the shared output buffers are reused, but their lengths are
 * reset here before each task and only the bytes the current task wrote are read back.
 */
import { Worker } from 'node:worker_threads'
import { SandboxHostError } from './errors.ts'
import { CONTROL_PEAK_PAGES, CONTROL_SLOTS, CONTROL_STDERR_LENGTH, CONTROL_STDOUT_LENGTH } from './thread-protocol.ts'
import type { FinishedMessage, RunMessage, SharedBuffers, ThreadMessage } from './thread-protocol.ts'

const THREAD_URL = new URL('./sandbox-thread.ts', import.meta.url)

/**
 * V8 heap limits of a sandbox thread. WebAssembly memory lies outside the V8 heap (its limit is the
 * patched memory maximum); these bound what the sandbox's own JavaScript may use for the program.
 */
export const THREAD_RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 64,
  maxYoungGenerationSizeMb: 16,
  codeRangeSizeMb: 64,
  stackSizeMb: 4
} as const

/** Time a new thread may take to load and report ready, ms; past it the task fails as a host fault. */
export const THREAD_START_TIMEOUT_MS = 30_000

/**
 * Compiled modules one thread holds at most (its module table, see thread-protocol.ts); the
 * least recently run is evicted first. Each entry shares its compiled code with the host's copy, so
 * an entry costs the thread little more than a module object.
 */
export const THREAD_MODULE_SLOTS = 16

/**
 * One task as a thread runs it: the compiled module under its key, and the program's inputs (the
 * fields of {@link RunMessage} the host does not fill in itself).
 */
export type ThreadTask = Omit<RunMessage, 'type' | 'module' | 'evict' | 'buffers'> & { module: WebAssembly.Module }

/** What a thread run produced, as seen from the host. */
export interface ThreadRun {
  /** The thread's report, or null when it was terminated (timeout) or ran out of heap. */
  finished: FinishedMessage | null
  timedOut: boolean
  /** The thread hit its V8 heap limit (ERR_WORKER_OUT_OF_MEMORY). */
  heapExhausted: boolean
  stdout: Uint8Array
  stderr: Uint8Array
  /** Largest memory seen, 64 KiB pages. */
  peakPages: number
  /** From handing the task to the thread to its end, ms. */
  wallMs: number
}

/** What the thread reported while a task was on it. */
type ThreadEvent =
  | { kind: 'finished', message: FinishedMessage }
  | { kind: 'error', error: Error & { code?: string } }
  | { kind: 'exit', code: number }

/** One sandbox thread, running one task at a time (see the file comment for when it is thrown away). */
export class SandboxThread {
  /** Serial number given by the pool, for logs and tests. */
  readonly id: number
  /** Resolves when the thread has loaded; rejects with {@link SandboxHostError} if it died first or took over {@link THREAD_START_TIMEOUT_MS}. */
  readonly ready: Promise<void>
  readonly #worker: Worker
  #alive = true
  #busy = false
  #tasks = 0
  #onEvent: ((event: ThreadEvent) => void) | null = null
  /** Module keys the thread holds, least recently run first (mirrors the thread's table). */
  readonly #modules = new Set<string>()
  #buffers: SharedBuffers | null = null

  /** Starts the thread (unref'd: an idle thread never keeps the process alive). */
  constructor (id: number) {
    this.id = id
    this.#worker = new Worker(THREAD_URL, { resourceLimits: THREAD_RESOURCE_LIMITS, stdout: false, stderr: false })
    const started = Promise.withResolvers<void>()
    this.ready = started.promise
    this.ready.catch(() => {}) // observed by whoever runs a task on it
    const startTimer = setTimeout(() => {
      started.reject(new SandboxHostError(`sandbox thread did not start within ${THREAD_START_TIMEOUT_MS} ms`))
      this.terminate()
    }, THREAD_START_TIMEOUT_MS)
    startTimer.unref()
    this.#worker.on('message', (message: ThreadMessage) => {
      if (message.type === 'ready') {
        clearTimeout(startTimer)
        started.resolve()
      } else {
        this.#onEvent?.({ kind: 'finished', message })
      }
    })
    this.#worker.on('error', (error: Error) => {
      this.#alive = false
      clearTimeout(startTimer)
      started.reject(new SandboxHostError(`sandbox thread failed: ${error.message}`, { cause: error }))
      this.#onEvent?.({ kind: 'error', error })
    })
    this.#worker.on('exit', code => {
      this.#alive = false
      clearTimeout(startTimer)
      started.reject(new SandboxHostError(`sandbox thread exited with code ${code} before it was ready`))
      this.#onEvent?.({ kind: 'exit', code })
    })
    // after the listeners: adding a 'message' listener refs the worker's port again
    this.#worker.unref()
  }

  /** False once the thread was terminated or died; such a thread takes no more tasks. */
  get alive (): boolean {
    return this.#alive
  }

  /** A task is running on it. */
  get busy (): boolean {
    return this.#busy
  }

  /** Tasks handed to this thread so far. */
  get tasks (): number {
    return this.#tasks
  }

  /** The thread holds the compiled module `moduleKey` (a task of it would not post the module). */
  holds (moduleKey: string): boolean {
    return this.#modules.has(moduleKey)
  }

  /** Lets an idle thread not keep the process alive (`false`) or a busy one keep it (`true`). */
  keepAlive (keep: boolean): void {
    if (keep) this.#worker.ref()
    else this.#worker.unref()
  }

  /** Stops the thread now (a running task ends as the event handlers say); idempotent. */
  terminate (): void {
    this.#alive = false
    this.#worker.terminate().catch(() => {})
  }

  /** Stops the thread and waits until it has exited. */
  async close (): Promise<void> {
    this.#alive = false
    await this.#worker.terminate()
  }

  /**
   * Runs one task on this (ready, idle) thread.
   *
   * @param timeoutMs wall-clock limit counted from handing the task to the thread, ms
   * @param signal aborts the run: the thread is terminated and the promise rejects with `signal.reason`
   * @throws {SandboxHostError} the thread crashed or exited, or the task could not be handed to it
   * @throws {Error} the thread is not alive or already busy (a caller bug)
   */
  async run (task: ThreadTask, timeoutMs: number, signal?: AbortSignal): Promise<ThreadRun> {
    if (!this.#alive || this.#busy) throw new Error(`sandbox thread ${this.id} is ${this.#alive ? 'busy' : 'gone'}`)
    signal?.throwIfAborted()
    this.#busy = true
    this.#tasks++
    const fresh = this.#buffersFor(task.maxOutputBytes)
    const { control, stdout, stderr } = this.#buffers!
    const view = new Int32Array(control)
    view.fill(0)
    const { promise, resolve, reject } = Promise.withResolvers<ThreadRun>()
    const startedAt = performance.now()
    let timer: NodeJS.Timeout | undefined

    const finish = (done: () => void, keep: boolean): void => {
      if (this.#onEvent === null) return
      this.#onEvent = null
      this.#busy = false
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (!keep) this.terminate()
      done()
    }
    const settle = (finished: FinishedMessage | null, flags: { timedOut?: boolean, heapExhausted?: boolean }, keep: boolean): void => {
      const wallMs = performance.now() - startedAt
      const out = new Uint8Array(stdout, 0, Atomics.load(view, CONTROL_STDOUT_LENGTH)).slice()
      const err = new Uint8Array(stderr, 0, Atomics.load(view, CONTROL_STDERR_LENGTH)).slice()
      const peakPages = Math.max(finished?.peakPages ?? 0, Atomics.load(view, CONTROL_PEAK_PAGES))
      finish(() => { resolve({ finished, timedOut: flags.timedOut ?? false, heapExhausted: flags.heapExhausted ?? false, stdout: out, stderr: err, peakPages, wallMs }) }, keep)
    }
    const fail = (error: unknown): void => { finish(() => { reject(error) }, false) }
    const onAbort = (): void => { fail(signal?.reason) }

    this.#onEvent = event => {
      if (event.kind === 'finished') settle(event.message, {}, event.message.end !== 'host_error')
      else if (event.kind === 'error' && event.error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(null, { heapExhausted: true }, false)
      else if (event.kind === 'error') fail(new SandboxHostError(`sandbox thread failed: ${event.error.message}`, { cause: event.error }))
      else fail(new SandboxHostError(`sandbox thread exited early with code ${event.code}`))
    }
    signal?.addEventListener('abort', onAbort, { once: true })

    const message: RunMessage = {
      type: 'run',
      moduleKey: task.moduleKey,
      module: this.#modules.has(task.moduleKey) ? null : task.module,
      evict: this.#remember(task.moduleKey),
      args: task.args,
      env: task.env,
      stdin: task.stdin,
      seed: task.seed,
      maxOutputBytes: task.maxOutputBytes,
      growProbe: task.growProbe,
      buffers: fresh ? this.#buffers : null
    }
    try {
      this.#worker.postMessage(message)
    } catch (err) {
      fail(new SandboxHostError(`could not hand the task to the sandbox thread: ${(err as Error).message}`, { cause: err }))
    }
    if (this.#onEvent !== null) timer = setTimeout(() => { settle(null, { timedOut: true }, false) }, timeoutMs)
    return await promise
  }

  /** Makes `moduleKey` the most recently run; returns the keys evicted to stay within {@link THREAD_MODULE_SLOTS}. */
  #remember (moduleKey: string): string[] {
    this.#modules.delete(moduleKey)
    this.#modules.add(moduleKey)
    const evict: string[] = []
    for (const key of this.#modules) {
      if (this.#modules.size <= THREAD_MODULE_SLOTS) break
      this.#modules.delete(key)
      evict.push(key)
    }
    return evict
  }

  /**
   * Makes sure the thread's output buffers hold `maxOutputBytes` each; returns true when new ones
   * were made (and must be sent). A thread keeps buffers of the largest cap it has served.
   */
  #buffersFor (maxOutputBytes: number): boolean {
    if (this.#buffers !== null && this.#buffers.stdout.byteLength >= maxOutputBytes) return false
    this.#buffers = {
      control: this.#buffers?.control ?? new SharedArrayBuffer(CONTROL_SLOTS * 4),
      stdout: new SharedArrayBuffer(maxOutputBytes),
      stderr: new SharedArrayBuffer(maxOutputBytes)
    }
    return true
  }
}
