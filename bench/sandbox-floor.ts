/**
 * Sandbox against its floor (quick measurement for issue 9): sequential warm runs of the trivial
 * fixture through `runInSandbox` (shared pool, shared module cache) against a cached bare
 * `node:wasi` run of the same module in the same process (one compiled `WebAssembly.Module`, a new
 * `WASI` and instance per run, output to a discarded file descriptor). The two series are
 * interleaved in rounds so load on the machine hits both alike.
 *
 * `node bench/sandbox-floor.ts [--runs N] [--rounds R] [--module path.wasm]`; prints p50/p99 of each
 * and the ratio of the p50s.
 */
import { openSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { randomBytes } from 'node:crypto'
import { releaseSandboxThreads, runInSandbox } from '../src/runtime/index.ts'
import type { SandboxTask } from '../src/runtime/index.ts'

process.removeAllListeners('warning')
const { WASI } = await import('node:wasi')

const { values } = parseArgs({ options: { runs: { type: 'string', default: '500' }, rounds: { type: 'string', default: '4' }, module: { type: 'string' } } })
const runs = Number(values.runs)
const rounds = Number(values.rounds)
const bytes = new Uint8Array(readFileSync(values.module ?? new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const devNull = openSync('/dev/null', 'w')

const compiled = new WebAssembly.Module(bytes)
function bare (): void {
  const wasi = new WASI({ version: 'preview1', args: ['task'], env: {}, stdout: devNull, returnOnExit: true })
  const instance = new WebAssembly.Instance(compiled, wasi.getImportObject() as WebAssembly.Imports)
  const code = wasi.start(instance)
  if (code !== 0) throw new Error(`bare run exited ${code}`)
}

const task = (): SandboxTask => ({ module: bytes, args: [], env: {}, stdin: new Uint8Array(), memoryPages: 256, timeoutMs: 30_000, maxOutputBytes: 1024 * 1024, seed: randomBytes(32) })
async function sandboxed (): Promise<void> {
  const r = await runInSandbox(task())
  if (r.outcome !== 'exited' || r.exitCode !== 0) throw new Error(`sandbox run ended ${r.outcome}: ${r.error ?? ''}`)
}

async function series (fn: () => unknown, n: number, into: number[]): Promise<void> {
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn()
    into.push(performance.now() - t)
  }
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
await series(bare, 50, [])
await series(sandboxed, 50, [])
const bareMs: number[] = []
const sandboxMs: number[] = []
for (let r = 0; r < rounds; r++) {
  await series(bare, runs / rounds, bareMs)
  await series(sandboxed, runs / rounds, sandboxMs)
}
await releaseSandboxThreads()
const fmt = (x: number): string => x.toFixed(3)
console.log(`bare node:wasi (cached module): p50 ${fmt(pct(bareMs, 0.5))} ms  p99 ${fmt(pct(bareMs, 0.99))} ms  (n=${bareMs.length})`)
console.log(`runInSandbox (warm):            p50 ${fmt(pct(sandboxMs, 0.5))} ms  p99 ${fmt(pct(sandboxMs, 0.99))} ms  (n=${sandboxMs.length})`)
console.log(`ratio p50: ${(pct(sandboxMs, 0.5) / pct(bareMs, 0.5)).toFixed(2)}x`)
