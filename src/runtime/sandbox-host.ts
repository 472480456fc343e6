/**
 * The host side of sandbox threads: one fresh `worker_threads` Worker per task, so a program that
 * never ends is stopped by terminating its thread and can never stall the node's event loop.
 *
 * Starting a thread (loading sandbox-thread.ts) takes tens of milliseconds, so one idle thread is
 * kept ready ("spare") and replaced as soon as it is taken; it is unref'd, so it never keeps the
 * process alive. Threads are never reused: each task gets a clean isolate.
 */
import { Worker } from 'node:worker_threads'
import { SandboxHostError } from './errors.ts'
import { CONTROL_PEAK_PAGES, CONTROL_SLOTS, CONTROL_STDERR_LENGTH, CONTROL_STDOUT_LENGTH } from './thread-protocol.ts'
import type { FinishedMessage, RunMessage, ThreadMessage } from './thread-protocol.ts'

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

/** Time a thread may take to start and acknowledge its task, ms; past it the host reports a host fault. */
export const THREAD_START_TIMEOUT_MS = 30_000

let spare: Worker | null = null

function spawn (): Worker {
  const worker = new Worker(THREAD_URL, { resourceLimits: THREAD_RESOURCE_LIMITS, stdout: false, stderr: false })
  // An idle thread that dies (it should not) is simply dropped.
  worker.once('error', () => { if (spare === worker) spare = null })
  worker.once('exit', () => { if (spare === worker) spare = null })
  return worker
}

function takeThread (): Worker {
  const worker = spare ?? spawn()
  spare = null
  worker.ref()
  setImmediate(() => {
    if (spare === null) {
      spare = spawn()
      spare.unref()
    }
  })
  return worker
}

/**
 * Terminates the idle spare thread, if any (a new one is started by the next task). Call at shutdown
 * to release its memory; the process can exit without it, as the spare is unref'd.
 */
export async function releaseSandboxThreads (): Promise<void> {
  const worker = spare
  spare = null
  if (worker !== null) await worker.terminate()
}

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
  /** From the thread's acknowledgement to the end, ms. */
  wallMs: number
}

/**
 * Runs one task on a fresh thread.
 *
 * @param task everything but the shared buffers, which are made here
 * @param timeoutMs wall-clock limit counted from the thread's acknowledgement, ms
 * @param signal aborts the run: the thread is terminated and the promise rejects with `signal.reason`
 * @throws {SandboxHostError} the thread crashed, exited early or did not start within {@link THREAD_START_TIMEOUT_MS}
 */
export async function runOnThread (
  task: Omit<RunMessage, 'type' | 'control' | 'stdout' | 'stderr'>,
  timeoutMs: number,
  signal?: AbortSignal
): Promise<ThreadRun> {
  signal?.throwIfAborted()
  const control = new SharedArrayBuffer(CONTROL_SLOTS * 4)
  const stdout = new SharedArrayBuffer(task.maxOutputBytes)
  const stderr = new SharedArrayBuffer(task.maxOutputBytes)
  const worker = takeThread()
  const { promise, resolve, reject } = Promise.withResolvers<ThreadRun>()
  let startedAt: number | undefined
  let timer: NodeJS.Timeout | undefined
  let settled = false

  const settle = (finished: FinishedMessage | null, flags: { timedOut?: boolean, heapExhausted?: boolean }): void => {
    const wallMs = startedAt === undefined ? 0 : performance.now() - startedAt
    const view = new Int32Array(control)
    const out = new Uint8Array(stdout, 0, Atomics.load(view, CONTROL_STDOUT_LENGTH)).slice()
    const err = new Uint8Array(stderr, 0, Atomics.load(view, CONTROL_STDERR_LENGTH)).slice()
    const peakPages = Math.max(finished?.peakPages ?? 0, Atomics.load(view, CONTROL_PEAK_PAGES))
    finish(() => resolve({ finished, timedOut: flags.timedOut ?? false, heapExhausted: flags.heapExhausted ?? false, stdout: out, stderr: err, peakPages, wallMs }))
  }
  const fail = (error: unknown): void => { finish(() => reject(error)) }
  const finish = (done: () => void): void => {
    if (settled) return
    settled = true
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    worker.removeAllListeners('message')
    done()
    worker.terminate().catch(() => {})
  }
  const onAbort = (): void => { fail(signal?.reason) }

  timer = setTimeout(() => { fail(new SandboxHostError(`sandbox thread did not start within ${THREAD_START_TIMEOUT_MS} ms`)) }, THREAD_START_TIMEOUT_MS)
  signal?.addEventListener('abort', onAbort, { once: true })
  worker.on('message', (message: ThreadMessage) => {
    if (message.type === 'started') {
      startedAt = performance.now()
      clearTimeout(timer)
      timer = setTimeout(() => { settle(null, { timedOut: true }) }, timeoutMs)
    } else if (message.type === 'finished') {
      settle(message, {})
    }
  })
  worker.on('error', (err: Error & { code?: string }) => {
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(null, { heapExhausted: true })
    else fail(new SandboxHostError(`sandbox thread failed: ${err.message}`, { cause: err }))
  })
  worker.on('exit', code => { fail(new SandboxHostError(`sandbox thread exited early with code ${code}`)) })

  const run: RunMessage = { type: 'run', ...task, control, stdout, stderr }
  try {
    worker.postMessage(run)
  } catch (err) {
    fail(new SandboxHostError(`could not hand the task to the sandbox thread: ${(err as Error).message}`, { cause: err }))
  }
  return await promise
}
