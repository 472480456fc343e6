/**
 * The WASI sandbox workers run tasks in: `runInSandbox(task)` validates the module, enforces the
 * memory, time and output limits, runs the program on its own thread with deterministic WASI
 * (no file system, no network, task-derived clock and randomness) and reports how it ended.
 *
 * Limits and how they are enforced:
 * - memory: the module's memory maximum is patched to `memoryPages` (module-inspect.ts), so
 *   `memory.grow` past it fails in the engine; a program that then traps or exits non-zero ends as
 *   `memory_exceeded`. The thread's V8 heap is capped too (sandbox-host.ts).
 * - time: the thread is terminated `timeoutMs` after the task is handed to it (`timed_out`).
 * - output: stdout and stderr are each capped at `maxOutputBytes`; the write that crosses the cap
 *   stops the program (`output_exceeded`), keeping the bytes up to the cap.
 *
 * Per-task cost: the module is inspected and instrumented once per SHA-256 (module-cache.ts),
 * compiled once per SHA-256 and memory limit, and run on a reused thread (sandbox-pool.ts); each
 * task still gets a new WASI, import table and instance, so nothing of one task reaches the next.
 */
import { InvalidModuleError, InvalidSandboxTaskError, MemoryLimitError, SandboxHostError } from './errors.ts'
import { effectiveMemoryLimit, limitModule, MAX_WASM32_PAGES } from './module-inspect.ts'
import { ModuleCache, moduleHash } from './module-cache.ts'
import { sharedSandboxPool } from './sandbox-pool.ts'
import type { PreparedModule } from './module-inspect.ts'
import type { SandboxPool } from './sandbox-pool.ts'
import type { ThreadRun } from './sandbox-host.ts'

/**
 * How an execution ended (mirrors `ailee.v1.ExecutionStatus`):
 * - `exited`: `_start` returned or `proc_exit` was called; see `exitCode`
 * - `trapped`: a WebAssembly trap (unreachable, out-of-bounds access, ..., including `abort()`) or a stack overflow
 * - `timed_out`: the wall-clock limit passed and the thread was terminated
 * - `memory_exceeded`: the program failed after `memory.grow` hit the page limit, or the module declares a minimum over it
 * - `output_exceeded`: stdout or stderr passed `maxOutputBytes`
 * - `invalid_module`: not WebAssembly, malformed, no `_start`, or imports outside WASI preview1
 */
export type ExecutionOutcome = 'exited' | 'trapped' | 'timed_out' | 'memory_exceeded' | 'output_exceeded' | 'invalid_module'

/** One execution request. */
export interface SandboxTask {
  /** The WebAssembly module (a WASI preview1 command) as given by the client. */
  module: Uint8Array
  /** argv[1..]; argv[0] is `programName`. */
  args: string[]
  /** The program's entire environment (nothing of the host's is passed); the program sees it sorted by name. */
  env: Record<string, string>
  /** Bytes served on fd 0, then end of file. */
  stdin: Uint8Array
  /** Memory limit, 64 KiB pages (1..65536). */
  memoryPages: number
  /** Wall-clock limit of the execution, ms (0 < timeoutMs <= MAX_TIMEOUT_MS), counted from the program's start. */
  timeoutMs: number
  /** Cap of stdout and, separately, of stderr, bytes (>= 0). */
  maxOutputBytes: number
  /** 32 bytes derived from the task id: seeds `random_get` (clocks are virtual, see deterministic-sources.ts). */
  seed: Uint8Array
  /** argv[0]. @default 'task' */
  programName?: string
}

/** What an execution produced. */
export interface SandboxResult {
  outcome: ExecutionOutcome
  /** The program's exit code when it exited (also for `memory_exceeded` reached through `exit`), else -1. */
  exitCode: number
  /** Captured stdout (at most `maxOutputBytes`; for `timed_out`, what was written before the end). */
  stdout: Uint8Array
  /** Captured stderr, likewise. */
  stderr: Uint8Array
  /** Wall-clock time of the execution, ms (0 when the module was refused before running). */
  wallMs: number
  /** Largest memory the program had, 64 KiB pages (for `timed_out`: as of its last WASI call). */
  peakMemoryPages: number
  /** Human-readable detail for every outcome but a clean `exited`. */
  error?: string
}

/** Options of {@link runInSandbox}. */
export interface RunInSandboxOptions {
  /** Aborting terminates the program's thread; the promise then rejects with `signal.reason`. */
  signal?: AbortSignal
  /**
   * Inspects through this cache (by the module's SHA-256), so a module run again is not decoded
   * and instrumented again. @default a cache shared by the process ({@link SHARED_MODULE_CACHE_BYTES}), inspecting on this thread
   */
  modules?: ModuleCache
  /** Runs on this pool's threads, with its compiled modules. @default the process's shared pool (`sharedSandboxPool()`) */
  pool?: SandboxPool
}

/** Bytes of instrumented modules the process's shared inspection cache keeps (used when `RunInSandboxOptions.modules` is not given). */
export const SHARED_MODULE_CACHE_BYTES = 64 * 1024 * 1024

let sharedModules: ModuleCache | undefined

/** Length of `SandboxTask.seed`, bytes. */
export const SEED_BYTES = 32

/** Largest `SandboxTask.timeoutMs`: the largest delay a Node.js timer takes (about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1

function validateTask (task: SandboxTask): void {
  const fail = (message: string): never => { throw new InvalidSandboxTaskError(message) }
  if (!(task.module instanceof Uint8Array)) fail('module must be a Uint8Array')
  if (!(task.stdin instanceof Uint8Array)) fail('stdin must be a Uint8Array')
  if (!(task.seed instanceof Uint8Array) || task.seed.length !== SEED_BYTES) fail(`seed must be ${SEED_BYTES} bytes`)
  if (!Number.isInteger(task.memoryPages) || task.memoryPages < 1 || task.memoryPages > MAX_WASM32_PAGES) {
    fail(`memoryPages must be an integer in 1..${MAX_WASM32_PAGES}, got ${task.memoryPages}`)
  }
  if (!Number.isFinite(task.timeoutMs) || task.timeoutMs <= 0 || task.timeoutMs > MAX_TIMEOUT_MS) {
    fail(`timeoutMs must be a number in (0, ${MAX_TIMEOUT_MS}], got ${task.timeoutMs}`)
  }
  if (!Number.isSafeInteger(task.maxOutputBytes) || task.maxOutputBytes < 0) fail(`maxOutputBytes must be a non-negative integer, got ${task.maxOutputBytes}`)
  if (!Array.isArray(task.args) || task.args.some(a => typeof a !== 'string' || a.includes('\0'))) fail('args must be strings without NUL')
  for (const [k, v] of Object.entries(task.env)) {
    if (k === '' || k.includes('=') || k.includes('\0') || typeof v !== 'string' || v.includes('\0')) fail(`invalid environment variable ${JSON.stringify(k)}`)
  }
}

function refused (outcome: ExecutionOutcome, error: string): SandboxResult {
  return { outcome, exitCode: -1, stdout: new Uint8Array(), stderr: new Uint8Array(), wallMs: 0, peakMemoryPages: 0, error }
}

/**
 * Runs a WASI preview1 command module in the sandbox (see the file comment for the limits).
 *
 * Program faults are outcomes, never rejections: a module that is not valid resolves as
 * `invalid_module`, a spinning program as `timed_out`, and so on.
 *
 * @throws {InvalidSandboxTaskError} a task field is out of range (a caller bug)
 * @throws {SandboxHostError} the sandbox thread itself failed
 * @throws the signal's reason when `options.signal` aborts
 */
export async function runInSandbox (task: SandboxTask, options: RunInSandboxOptions = {}): Promise<SandboxResult> {
  validateTask(task)
  options.signal?.throwIfAborted()
  const modules = options.modules ?? (sharedModules ??= new ModuleCache({ maxBytes: SHARED_MODULE_CACHE_BYTES }))
  const pool = options.pool ?? sharedSandboxPool()
  const hash = moduleHash(task.module)
  let prepared: PreparedModule
  try {
    prepared = await modules.prepared(task.module, task.memoryPages, hash)
  } catch (err) {
    if (err instanceof MemoryLimitError) return refused('memory_exceeded', err.message)
    if (err instanceof InvalidModuleError) return refused('invalid_module', err.message)
    throw err
  }
  const memoryLimitPages = effectiveMemoryLimit(prepared.declaredMemory, task.memoryPages)
  const moduleKey = `${hash}:${memoryLimitPages}`
  let module: WebAssembly.Module
  try {
    // the patched bytes are made only when this module and limit were not compiled yet
    module = await pool.compile(moduleKey, () => limitModule(prepared, task.memoryPages).bytes)
  } catch (err) {
    if (err instanceof WebAssembly.CompileError) return refused('invalid_module', `module does not validate: ${err.message}`)
    throw err
  }
  const run = await pool.run({
    moduleKey,
    module,
    args: [task.programName ?? 'task', ...task.args],
    // Sorted, so the program sees the same environ order however the caller built the object.
    env: Object.fromEntries(Object.entries(task.env).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)),
    stdin: task.stdin,
    seed: task.seed,
    maxOutputBytes: task.maxOutputBytes,
    growProbe: prepared.growProbe
  }, task.timeoutMs, options.signal)
  return { ...classify(run, memoryLimitPages, task), stdout: run.stdout, stderr: run.stderr, wallMs: Math.round(run.wallMs), peakMemoryPages: run.peakPages }
}

/**
 * Turns a thread run into an outcome. A program whose `memory.grow` was refused and which then
 * trapped or exited non-zero ran out of memory; one that coped (exited 0) simply exited. For a
 * module that could not be instrumented, "refused" is approximated by "memory reached the limit".
 */
function classify (run: ThreadRun, limit: number, task: SandboxTask): Pick<SandboxResult, 'outcome' | 'exitCode' | 'error'> {
  if (run.timedOut) return { outcome: 'timed_out', exitCode: -1, error: `execution exceeded the time limit of ${task.timeoutMs} ms` }
  if (run.heapExhausted || run.finished === null) {
    return { outcome: 'memory_exceeded', exitCode: -1, error: 'the sandbox thread exhausted its heap limit' }
  }
  const { end, exitCode, refusedGrowPages, error } = run.finished
  const growRefused = refusedGrowPages === null ? run.peakPages >= limit : refusedGrowPages > 0
  const memoryError = (cause: string): string => refusedGrowPages !== null && refusedGrowPages > 0
    ? `memory.grow of ${refusedGrowPages} pages refused at ${run.peakPages} of ${limit} pages (${cause})`
    : `memory reached the limit of ${limit} pages (${cause})`
  switch (end) {
    case 'exited':
      if (exitCode !== 0 && growRefused) return { outcome: 'memory_exceeded', exitCode, error: memoryError(`exit code ${exitCode}`) }
      return { outcome: 'exited', exitCode, ...(exitCode === 0 ? {} : { error: `exit code ${exitCode}` }) }
    case 'trapped':
      if (growRefused) return { outcome: 'memory_exceeded', exitCode: -1, error: memoryError(error ?? 'trap') }
      return { outcome: 'trapped', exitCode: -1, error: error ?? 'trap' }
    case 'output_exceeded':
      return { outcome: 'output_exceeded', exitCode: -1, error: error ?? `output exceeded ${task.maxOutputBytes} bytes` }
    case 'invalid_module':
      return { outcome: 'invalid_module', exitCode: -1, error: error ?? 'module failed to link' }
    case 'host_error':
      throw new SandboxHostError(`sandbox fault: ${error ?? 'unknown'}`)
  }
}
