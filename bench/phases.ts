/**
 * Where one trivial task's time goes (`node bench/phases.ts`): runs
 * test/fixtures/trivial.wasm through an in-process swarm (1 coordinator,
 * `--workers` workers, default timers, local-only networking), one task at a
 * time, and prints the median and p90 of each phase in ms, from the client's
 * progress events (coordinator clock) and the worker's sandbox port:
 *
 *   submit -> accepted   signing, stream open, admission (fetch, inspect, pin), first persist
 *   accepted -> offered  wait for an offer round (pump)
 *   offered -> assigned  bid window, ranking, Assign round trip
 *   assigned -> sandbox  worker fetches module and input
 *   sandbox              runSandbox (the sandbox's own cost, not this pipeline's)
 *   sandbox -> done      output store, receipt signing, result delivery, verification, settlement
 *   done -> client       done event to the client
 *
 * Options: --tasks N (100), --workers N (2), --verify POLICY (none; e.g. adaptive, the config default),
 * --no-inline (content by CID over bitswap only, as before inline content: the client's
 * `inlineMaxBytes`, the coordinator's `limits.assignInlineBytes` and the workers'
 * `worker.moduleBytesCacheBytes` all 0), --no-sessions (`network.taskSessions: false` on every node:
 * a stream per request, as before task-protocol sessions), --config JSON (merged into every node's config last, e.g.
 * `'{"worker":{"bidSpreadMs":0}}'`).
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { AileeClient, type TaskProgressEvent } from '../src/client/index.ts'
import { releaseSandboxThreads, runInSandbox } from '../src/runtime/index.ts'
import { LOCAL, merge, startSwarm } from '../test/helpers/swarm.ts'
import { nextTestClientKey } from '../test/helpers/accounts.ts'
import { summarize } from './lib/stats.ts'
import { table } from './lib/report.ts'

const { values: opts } = parseArgs({ options: { tasks: { type: 'string', default: '100' }, workers: { type: 'string', default: '2' }, verify: { type: 'string', default: 'none' }, 'no-inline': { type: 'boolean', default: false }, 'no-sessions': { type: 'boolean', default: false }, config: { type: 'string', default: '{}' } } })
const noInline = opts['no-inline'] === true
const noSessions = opts['no-sessions'] === true
const tasks = Number(opts.tasks)
const workers = Number(opts.workers)
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))

/** sandbox start/end, wall clock ms, per task id (the program name is the task id) */
const sandbox = new Map<string, { start: number, end: number }>()
const swarm = await startSwarm({ workers: 0, base: merge(merge(LOCAL, { logLevel: 'silent', verification: { defaultPolicy: opts.verify }, ...(noSessions ? { network: { taskSessions: false } } : {}), ...(noInline ? { limits: { assignInlineBytes: 0 }, worker: { moduleBytesCacheBytes: 0 } } : {}) }), JSON.parse(opts.config)) })
for (let i = 0; i < workers; i++) {
  await swarm.addWorker({}, {
    runSandbox: async (task, signal) => {
      const start = nowMs()
      try { return await runInSandbox(task, { signal }) } finally { sandbox.set(task.programName ?? '', { start, end: nowMs() }) }
    }
  })
}
const phases: Record<string, number[]> = {}
let cpuPerTaskMs = NaN
let mainCpuPerTaskMs = NaN
let wallPerTaskMs = NaN
const add = (name: string, ms: number): void => { (phases[name] ??= []).push(ms) }
try {
  await swarm.waitForWorkers(workers, 30_000)
  const client = await AileeClient.connect(swarm.coordinatorAddr, { privateKey: nextTestClientKey(), ...(noInline ? { inlineMaxBytes: 0 } : {}) })
  let cpu0 = process.cpuUsage()
  let main0 = process.threadCpuUsage()
  let wall0 = nowMs()
  try {
    for (let i = 0; i < tasks + 10; i++) {
      if (i === 10) { cpu0 = process.cpuUsage(); main0 = process.threadCpuUsage(); wall0 = nowMs() }
      const seen = new Map<string, number>()
      const t0 = nowMs()
      const result = await client.submit({ wasm, onProgress: (e: TaskProgressEvent) => { if (!seen.has(e.type)) seen.set(e.type, nowMs()) } })
      const t1 = nowMs()
      if (result.status !== 'completed') throw new Error(`task ended ${result.status}: ${result.reason}`)
      if (i < 10) continue // warm-up
      const s = sandbox.get(result.taskId)
      const at = (k: string): number => seen.get(k) ?? NaN
      add('submit -> accepted', at('accepted') - t0)
      add('accepted -> offered', at('offered') - at('accepted'))
      add('offered -> assigned', at('assigned') - at('offered'))
      if (s != null) {
        add('assigned -> sandbox start', s.start - at('assigned'))
        add('sandbox (last run)', s.end - s.start)
        add('sandbox end -> done at client', t1 - s.end)
      }
      add('total', t1 - t0)
    }
    const cpu = process.cpuUsage(cpu0)
    cpuPerTaskMs = (cpu.user + cpu.system) / 1000 / tasks
    const main = process.threadCpuUsage(main0)
    mainCpuPerTaskMs = (main.user + main.system) / 1000 / tasks
    wallPerTaskMs = (nowMs() - wall0) / tasks
  } finally {
    await client.close()
  }
} finally {
  await swarm.stop()
  await releaseSandboxThreads()
}
const rows: Array<Array<string | number>> = [['phase', 'n', 'p50 ms', 'p90 ms', 'p99 ms']]
for (const [name, values] of Object.entries(phases)) {
  const s = summarize(values.filter(v => !Number.isNaN(v)), 1)
  rows.push([name, s.n, s.p50Ms, s.p90Ms ?? '', s.p99Ms])
}
process.stdout.write(`\ntrivial.wasm, 1 coordinator + ${workers} workers, verification ${opts.verify}, ${noInline ? 'content by CID only (--no-inline)' : 'inline content'}, ${noSessions ? 'a stream per request (--no-sessions)' : 'task-protocol sessions'}, sequential\n\n${table(rows)}\n\nCPU of the whole process (coordinator, workers, client, sandbox threads) per task: ${cpuPerTaskMs.toFixed(2)} ms, of which the main thread (everything but the sandbox threads): ${mainCpuPerTaskMs.toFixed(2)} ms; wall per task ${wallPerTaskMs.toFixed(2)} ms\n`)

function nowMs (): number {
  return performance.timeOrigin + performance.now()
}
