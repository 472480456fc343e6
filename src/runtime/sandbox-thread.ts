/**
 * Entry point of a sandbox thread (a `worker_threads` Worker). It waits for one {@link RunMessage},
 * instantiates the module against the deterministic WASI imports, runs `_start` through
 * `node:wasi`, writes output and memory usage into the shared buffers and posts a
 * {@link FinishedMessage}. The host terminates the thread afterwards, or at the timeout.
 */
import { parentPort } from 'node:worker_threads'
import { deterministicWasiImports, OutputLimitExceededError } from './deterministic-wasi.ts'
import { CONTROL_PEAK_PAGES, CONTROL_STDERR_LENGTH, CONTROL_STDOUT_LENGTH } from './thread-protocol.ts'
import type { FinishedMessage, RunMessage, StartedMessage, ThreadEnd } from './thread-protocol.ts'

// node:wasi prints an ExperimentalWarning when loaded; in this thread it would only be noise on the
// node's stderr, so drop the default warning printer before loading it.
process.removeAllListeners('warning')
const { WASI } = await import('node:wasi')

const PAGE_BYTES = 65536

function describe (err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`
  return String(err)
}

async function run (task: RunMessage): Promise<FinishedMessage> {
  const control = new Int32Array(task.control)
  const sinks = { 1: new Uint8Array(task.stdout), 2: new Uint8Array(task.stderr) }
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

  parentPort?.postMessage({ type: 'started' } satisfies StartedMessage)
  let instance: WebAssembly.Instance
  try {
    instance = await WebAssembly.instantiate(task.module, { wasi_snapshot_preview1: imports })
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

parentPort?.once('message', (message: RunMessage) => {
  run(message).then(
    result => parentPort?.postMessage(result),
    err => parentPort?.postMessage({ type: 'finished', end: 'host_error', exitCode: -1, peakPages: 0, refusedGrowPages: null, error: describe(err) } satisfies FinishedMessage)
  )
})
