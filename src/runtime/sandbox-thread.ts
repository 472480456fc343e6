/**
 * Entry point of a sandbox thread (a `worker_threads` Worker), reused for many tasks in sequence
 * (sandbox-pool.ts). It posts a {@link ReadyMessage} once loaded; for every {@link RunMessage} it
 * creates a new `node:wasi` WASI, a new deterministic import table and a new
 * `WebAssembly.Instance` (hence a new linear memory) of the task's module, runs `_start`, writes
 * output and memory usage into the shared buffers and posts a {@link FinishedMessage}.
 *
 * Nothing of a task outlives it but the compiled modules (immutable code, kept under the host's
 * key until the host evicts them) and the shared buffers (the host resets their lengths and reads
 * only what the current task wrote). Every trap and stack overflow is an ordinary JavaScript
 * exception here, caught below, so the thread stays usable; the host terminates it at a timeout,
 * an abort, a host error or heap exhaustion (sandbox-host.ts).
 */
import { parentPort } from 'node:worker_threads'
import { deterministicWasiImports, OutputLimitExceededError } from './deterministic-wasi.ts'
import { CONTROL_PEAK_PAGES, CONTROL_STDERR_LENGTH, CONTROL_STDOUT_LENGTH } from './thread-protocol.ts'
import type { FinishedMessage, ReadyMessage, RunMessage, SharedBuffers, ThreadEnd } from './thread-protocol.ts'

// node:wasi prints an ExperimentalWarning when loaded; in this thread it would only be noise on the
// node's stderr, so drop the default warning printer before loading it.
process.removeAllListeners('warning')
const { WASI } = await import('node:wasi')

const PAGE_BYTES = 65536

/** Compiled modules by the host's key (bounded by the host through `RunMessage.evict`). */
const modules = new Map<string, WebAssembly.Module>()
let buffers: SharedBuffers | undefined

function describe (err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`
  return String(err)
}

function run (task: RunMessage): FinishedMessage {
  for (const key of task.evict) modules.delete(key)
  if (task.module !== null) modules.set(task.moduleKey, task.module)
  if (task.buffers !== null) buffers = task.buffers
  const module = modules.get(task.moduleKey)
  if (module === undefined) throw new Error(`module ${task.moduleKey} is neither sent nor held`)
  if (buffers === undefined) throw new Error('no output buffers were sent')

  const control = new Int32Array(buffers.control)
  const sinks = { 1: new Uint8Array(buffers.stdout), 2: new Uint8Array(buffers.stderr) }
  const lengthSlot = { 1: CONTROL_STDOUT_LENGTH, 2: CONTROL_STDERR_LENGTH }
  let memory: WebAssembly.Memory | undefined
  const pages = (): number => memory === undefined ? 0 : memory.buffer.byteLength / PAGE_BYTES

  const wasi = new WASI({ version: 'preview1', args: task.args, env: task.env, preopens: {}, returnOnExit: true })
  const nodeImports = (wasi.getImportObject() as Record<string, Record<string, unknown>>).wasi_snapshot_preview1
  const imports = deterministicWasiImports(nodeImports, {
    stdin: task.stdin,
    seed: task.seed,
    maxOutputBytes: task.maxOutputBytes,
    memory: () => {
      if (memory === undefined) throw new RangeError('memory is not available before instantiation')
      return memory
    },
    onOutput: (fd, chunk) => {
      const at = Atomics.load(control, lengthSlot[fd])
      sinks[fd].set(chunk, at)
      Atomics.store(control, lengthSlot[fd], at + chunk.length)
    },
    onCall: () => { Atomics.store(control, CONTROL_PEAK_PAGES, pages()) }
  })

  const finished = (end: ThreadEnd, exitCode: number, error?: string, instance?: WebAssembly.Instance): FinishedMessage => {
    const probe = task.growProbe === null ? undefined : instance?.exports[task.growProbe]
    const refusedGrowPages = probe instanceof WebAssembly.Global ? (probe.value as number) >>> 0 : null
    Atomics.store(control, CONTROL_PEAK_PAGES, pages())
    return { type: 'finished', end, exitCode, peakPages: pages(), refusedGrowPages, ...(error === undefined ? {} : { error }) }
  }

  let instance: WebAssembly.Instance
  try {
    // synchronous: the module is compiled already, and a worker thread may block
    instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: imports })
    const exported = instance.exports.memory
    if (exported instanceof WebAssembly.Memory) memory = exported
  } catch (err) {
    if (err instanceof WebAssembly.LinkError || err instanceof WebAssembly.CompileError) {
      return finished('invalid_module', -1, describe(err))
    }
    if (err instanceof WebAssembly.RuntimeError || err instanceof RangeError) return finished('trapped', -1, describe(err))
    return finished('host_error', -1, describe(err))
  }

  try {
    const code = wasi.start(instance)
    return finished('exited', code, undefined, instance)
  } catch (err) {
    if (err instanceof OutputLimitExceededError) return finished('output_exceeded', -1, err.message, instance)
    if (err instanceof WebAssembly.RuntimeError) return finished('trapped', -1, describe(err), instance)
    if (err instanceof RangeError && /call stack/i.test(err.message)) return finished('trapped', -1, 'stack overflow', instance)
    return finished('host_error', -1, describe(err), instance)
  }
}

parentPort?.on('message', (message: RunMessage) => {
  let result: FinishedMessage
  try {
    result = run(message)
  } catch (err) {
    result = { type: 'finished', end: 'host_error', exitCode: -1, peakPages: 0, refusedGrowPages: null, error: describe(err) }
  }
  parentPort?.postMessage(result)
})
parentPort?.postMessage({ type: 'ready' } satisfies ReadyMessage)
