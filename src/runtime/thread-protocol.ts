/**
 * Messages between the sandbox host (main thread, sandbox-host.ts) and a sandbox thread
 * (sandbox-thread.ts), and the layout of the shared control block.
 *
 * Output and memory usage travel through SharedArrayBuffers rather than messages, so they survive
 * the thread being terminated at a timeout: the host reads whatever the program wrote up to then.
 */

/** Index (in Int32 slots) in the control block: stdout bytes written so far. */
export const CONTROL_STDOUT_LENGTH = 0
/** Index: stderr bytes written so far. */
export const CONTROL_STDERR_LENGTH = 1
/** Index: memory size (64 KiB pages) at the latest WASI call; memory never shrinks, so this is the peak so far. */
export const CONTROL_PEAK_PAGES = 2
/** Number of Int32 slots in the control block. */
export const CONTROL_SLOTS = 4

/** Host -> thread: run this task (sent once; a thread runs one task and is then terminated). */
export interface RunMessage {
  type: 'run'
  /** The compiled, patched module (WebAssembly.Module is cloneable between threads). */
  module: WebAssembly.Module
  /** argv including argv[0]. */
  args: string[]
  env: Record<string, string>
  stdin: Uint8Array
  /** 32 bytes. */
  seed: Uint8Array
  /** Cap of stdout and of stderr, bytes; each output buffer is this large. */
  maxOutputBytes: number
  /** Export name of the grow-probe global, or null when the module is not instrumented. */
  growProbe: string | null
  /** Int32Array of {@link CONTROL_SLOTS} slots. */
  control: SharedArrayBuffer
  stdout: SharedArrayBuffer
  stderr: SharedArrayBuffer
}

/** Thread -> host: the task was received; the program starts now (instantiation runs its start function, if any). */
export interface StartedMessage {
  type: 'started'
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

export type ThreadMessage = StartedMessage | FinishedMessage
