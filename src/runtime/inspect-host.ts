/**
 * Module preparation off the event loop: {@link InspectThread} runs
 * `prepareModule` (module-inspect.ts: decoding, `memory.grow` instrumentation
 * and the engine's validation, about 1 s for 3.6 MiB of `memory.grow`s) on one
 * long-lived `worker_threads` Worker, so a large module never stalls the
 * node's networking. Requests are answered in order; the thread is unref'd
 * while idle, so it never keeps the process alive.
 */
import { Worker } from 'node:worker_threads'
import { InvalidModuleError, SandboxHostError } from './errors.ts'
import type { PreparedModule } from './module-inspect.ts'

const THREAD_URL = new URL('./inspect-thread.ts', import.meta.url)

/** A request to the inspection thread: the module's bytes (copied) and a request id. */
export interface InspectRequest { id: number, bytes: Uint8Array }

/** The thread's answer: the prepared module, or the refusal's error name and message. */
export type InspectReply =
  | { id: number, ok: true, prepared: PreparedModule }
  | { id: number, ok: false, name: string, message: string }

/** Runs `prepareModule` on a background thread (one at a time, in order of calls). */
export class InspectThread {
  #worker: Worker | null = null
  #nextId = 0
  readonly #pending = new Map<number, PromiseWithResolvers<PreparedModule>>()

  /**
   * `prepareModule(bytes)` on the thread (the bytes are copied to it).
   *
   * @throws {InvalidModuleError} the module cannot run (as `prepareModule` throws it; a
   *   `MemoryLimitError` cannot occur, no limit is applied)
   * @throws {SandboxHostError} the thread failed or exited (e.g. out of memory); the next call starts a new one
   */
  async prepare (bytes: Uint8Array): Promise<PreparedModule> {
    const worker = this.#thread()
    const id = this.#nextId++
    const pending = Promise.withResolvers<PreparedModule>()
    this.#pending.set(id, pending)
    worker.ref()
    try {
      worker.postMessage({ id, bytes } satisfies InspectRequest)
    } catch (err) {
      this.#settle(id)
      throw new SandboxHostError(`could not hand the module to the inspection thread: ${(err as Error).message}`, { cause: err })
    }
    return await pending.promise
  }

  /** Stops the thread; pending calls reject with {@link SandboxHostError}. */
  async close (): Promise<void> {
    const worker = this.#worker
    this.#worker = null
    this.#failAll(new SandboxHostError('inspection thread closed'))
    if (worker !== null) await worker.terminate()
  }

  #thread (): Worker {
    if (this.#worker !== null) return this.#worker
    const worker = new Worker(THREAD_URL, { stdout: false, stderr: false })
    worker.unref()
    worker.on('message', (reply: InspectReply) => {
      const pending = this.#settle(reply.id)
      if (pending === undefined) return
      if (reply.ok) pending.resolve(reply.prepared)
      else if (reply.name === 'InvalidModuleError') pending.reject(new InvalidModuleError(reply.message))
      else pending.reject(new SandboxHostError(`module inspection failed: ${reply.name}: ${reply.message}`))
    })
    const gone = (err: Error): void => {
      if (this.#worker === worker) this.#worker = null
      this.#failAll(err)
    }
    worker.on('error', err => { gone(new SandboxHostError(`inspection thread failed: ${err.message}`, { cause: err })) })
    worker.on('exit', code => { gone(new SandboxHostError(`inspection thread exited with code ${code}`)) })
    this.#worker = worker
    return worker
  }

  #settle (id: number): PromiseWithResolvers<PreparedModule> | undefined {
    const pending = this.#pending.get(id)
    this.#pending.delete(id)
    if (this.#pending.size === 0) this.#worker?.unref()
    return pending
  }

  #failAll (err: Error): void {
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id)
      pending.reject(err)
    }
  }
}
