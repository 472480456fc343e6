/**
 * The raw baseline: the task run directly with `runInSandbox`, in this
 * process, with the limits a worker gives a task that asks for none (the
 * config defaults), so the only difference from the swarm is the network path.
 * With `modules` (a `ModuleCache` built as a worker builds its own,
 * {@link workerModuleCache}) the module is inspected and instrumented once and
 * later runs find it warm, as on a worker.
 */
import { randomBytes } from 'node:crypto'
import { resolveConfig } from '../../src/config/load.ts'
import { ModuleCache, runInSandbox, type SandboxTask } from '../../src/runtime/index.ts'
import { closedLoop } from './load.ts'
import { summarize, type Summary } from './stats.ts'

/** Baseline figures: one run at a time, and `concurrency` at a time. */
export interface BaselineResult {
  /** sequential runs: latency and throughput of one run at a time */
  sequential: Summary
  /** `concurrency` runs in flight: throughput under load */
  concurrent: Summary & { concurrency: number }
}

/** Options of {@link measureBaseline}. */
export interface BaselineOptions {
  /** the WebAssembly module (WASI command) */
  module: Uint8Array
  /** runs per series */
  iterations: number
  /** runs in flight in the concurrent series */
  concurrency: number
  /** warm-up runs, not measured. @default 20 */
  warmup?: number
  /** runs go through this module cache (warm after the warm-up). @default none: every run inspects the module */
  modules?: ModuleCache
}

/** A module cache with a worker's default bounds (`limits.moduleCacheBytes`, `limits.moduleCacheEntries`), preparing on this thread. */
export function workerModuleCache (): ModuleCache {
  const { limits } = resolveConfig({})
  return new ModuleCache({ maxBytes: limits.moduleCacheBytes, maxEntries: limits.moduleCacheEntries })
}

/**
 * Runs the module `iterations` times one at a time, then `iterations` times
 * with `concurrency` in flight.
 *
 * @throws Error when a run does not exit with code 0
 */
export async function measureBaseline (options: BaselineOptions): Promise<BaselineResult> {
  const defaults = resolveConfig({})
  const task = (): SandboxTask => ({
    module: options.module,
    args: [],
    env: {},
    stdin: new Uint8Array(),
    memoryPages: defaults.limits.defaultMemoryPages,
    timeoutMs: defaults.timeouts.executionMs,
    maxOutputBytes: defaults.limits.maxOutputBytes,
    seed: randomBytes(32)
  })
  const once = async (): Promise<void> => {
    const r = await runInSandbox(task(), { modules: options.modules })
    if (r.outcome !== 'exited' || r.exitCode !== 0) throw new Error(`baseline run ended ${r.outcome} (exit ${r.exitCode}): ${r.error ?? ''}`)
  }
  for (let i = 0; i < (options.warmup ?? 20); i++) await once()
  const seq = await closedLoop(options.iterations, 1, once)
  const conc = await closedLoop(options.iterations, options.concurrency, once)
  for (const r of [seq, conc]) if (r.errors.length > 0) throw r.errors[0].error
  return {
    sequential: summarize(seq.latenciesMs, seq.wallMs),
    concurrent: { ...summarize(conc.latenciesMs, conc.wallMs), concurrency: options.concurrency }
  }
}
