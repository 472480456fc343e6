/**
 * Messages between the sandbox host (main thread, sandbox-host.ts) and a sandbox thread
 * (sandbox-thread.ts), and the layout of the shared control block.
 *
 * A thread is long-lived and runs many tasks in sequence (sandbox-pool.ts): it posts one
 * {@link ReadyMessage} when it has loaded, then answers every {@link RunMessage} with one
 * {@link FinishedMessage}. The host starts a task's clock when it posts the RunMessage to a ready,
 * idle thread, so there is no per-task acknowledgement.
 *
 * Output and memory usage travel through SharedArrayBuffers rather than messages, so they survive
 * the thread being terminated at a timeout: the host reads whatever the program wrote up to then.
 * A thread keeps its shared buffers from task to task (the host resets the lengths in the control
 * block before each task and reads only up to them); the host sends new, larger ones when a task's
 * `maxOutputBytes` does not fit.
 *
 * Compiled modules: the host posts a `WebAssembly.Module` (structured clone within one process
 * shares V8's compiled code, nothing is compiled again in the thread) only when the thread does not
 * hold it yet; the thread keeps it under `moduleKey` until the host names that key in `evict`.
 */

/** Index (in Int32 slots) in the control block: stdout bytes written so far. */
export const CONTROL_STDOUT_LENGTH = 0
/** Index: stderr bytes written so far. */
export const CONTROL_STDERR_LENGTH = 1
/** Index: memory size (64 KiB pages) at the latest WASI call; memory never shrinks, so this is the peak so far. */
export const CONTROL_PEAK_PAGES = 2
/** Number of Int32 slots in the control block. */
export const CONTROL_SLOTS = 4

/** The shared buffers of one thread: the control block and the two output sinks. */
export interface SharedBuffers {
  /** Int32Array of {@link CONTROL_SLOTS} slots. */
  control: SharedArrayBuffer
  /** stdout sink; its byteLength is the largest `maxOutputBytes` it can serve. */
  stdout: SharedArrayBuffer
  /** stderr sink, the same size as `stdout`. */
  stderr: SharedArrayBuffer
}

/** Host -> thread: run this task. */
export interface RunMessage {
  type: 'run'
  /** Key of the compiled module in the thread's module table: `<module SHA-256 hex>:<memory limit pages>`. */
  moduleKey: string
  /**
   * The compiled, patched module (WebAssembly.Module is cloneable between threads), sent when the
   * thread does not hold `moduleKey`; null when it does.
   */
  module: WebAssembly.Module | null
  /** Keys the thread drops from its module table (the host bounds the table and chooses what goes). */
  evict: string[]
  /** argv including argv[0]. */
  args: string[]
  env: Record<string, string>
  stdin: Uint8Array
  /** 32 bytes. */
  seed: Uint8Array
  /** Cap of stdout and of stderr, bytes; at most the byteLength of the thread's output buffers. */
  maxOutputBytes: number
  /** Export name of the grow-probe global, or null when the module is not instrumented. */
  growProbe: string | null
  /** Buffers replacing the thread's own from this task on, or null to keep using the ones it has. */
  buffers: SharedBuffers | null
}

/** Thread -> host, once: the thread has loaded and waits for tasks. */
export interface ReadyMessage {
  type: 'ready'
}

/** How the program ended, as the thread saw it. */
export type ThreadEnd =
  | 'exited' // _start returned or proc_exit was called
  | 'trapped' // a WebAssembly trap or a stack overflow
  | 'output_exceeded' // fd_write past the cap stopped the program
  | 'invalid_module' // instantiation failed to link
  | 'host_error' // a fault of the sandbox's own code

/** Thread -> host: the program ended. */
export interface FinishedMessage {
  type: 'finished'
  end: ThreadEnd
  /** The exit code when `end` is 'exited', else -1. */
  exitCode: number
  /** Memory size at the end, 64 KiB pages. */
  peakPages: number
  /** Pages asked for by the last `memory.grow` the limit refused (0: none), or null when the module is not instrumented. */
  refusedGrowPages: number | null
  /** What went wrong, for every end but 'exited'. */
  error?: string
}

export type ThreadMessage = ReadyMessage | FinishedMessage
