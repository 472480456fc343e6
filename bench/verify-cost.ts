/**
 * What verification costs through processes (`node bench/verify-cost.ts`): 1
 * coordinator and `--workers` worker processes (`bin/node`, default config but
 * for the test genesis), `--clients` clients in this process keeping
 * `--in-flight` trivial tasks in flight for `--duration-s` per window, one
 * window per entry of `--modes` (e.g. `default,none,default,none`: alternate,
 * so that load from other work on the machine falls on both). Per window it
 * prints tasks/s (completed in the window / window), the load average beside
 * it (`os.loadavg`), how many executions each completed task took (its
 * replicas: every execution whose receipt checked out, each on another
 * worker process; the coordinator never executes), attempts (offer rounds
 * that led to an assignment) and the queued time. `--cpu-prof DIR` runs the
 * coordinator alone with `--cpu-prof --cpu-prof-dir=DIR` (written at its
 * graceful stop). `--coordinator-config JSON` merges config into the
 * coordinator's (e.g. `{"verification":{"replicasInFirstRound":false}}` for
 * replicas one round after another). `--json [FILE]` writes the figures.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { AileeClient, type TaskInput } from '../src/client/index.ts'
import type { NodeConfigInput } from '../src/config/schema.ts'
import { parseVerificationPolicy } from '../src/protocol/verification-policy.ts'
import { TEST_CLIENT_KEYS, TEST_GENESIS } from '../test/helpers/accounts.ts'
import { waitForLiveWorkers } from '../test/multiprocess/cluster.ts'
import { NodeGroup } from '../test/multiprocess/node-process.ts'
import { procUsage } from './lib/proc-usage.ts'
import { runLoad } from './lib/process-load.ts'
import { environment, takeJsonFlag, writeResults } from './lib/report.ts'

const argv = process.argv.slice(2)
const json = takeJsonFlag(argv)
const { values: opts } = parseArgs({
  args: argv,
  options: {
    workers: { type: 'string', default: '4' },
    clients: { type: 'string', default: '8' },
    'in-flight': { type: 'string', default: '128' },
    'duration-s': { type: 'string', default: '20' },
    'drain-s': { type: 'string', default: '120' },
    modes: { type: 'string', default: 'default,none,default,none' },
    'cpu-prof': { type: 'string' },
    'coordinator-config': { type: 'string', default: '{}' }
  }
})
const P = {
  coordinatorConfig: opts['coordinator-config'],
  workers: Number(opts.workers),
  clients: Math.min(Number(opts.clients), TEST_CLIENT_KEYS.length),
  inFlight: Number(opts['in-flight']),
  durationS: Number(opts['duration-s']),
  drainS: Number(opts['drain-s']),
  modes: opts.modes.split(',').map(s => s.trim()).filter(s => s !== '')
}
const log = (line: string): void => { console.error(`[verify-cost] ${line}`) }
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const expectedStdout = new TextEncoder().encode('ok\n')

const root = await mkdtemp(join(tmpdir(), 'ailee-verify-cost-'))
const group = new NodeGroup()
const clients: AileeClient[] = []
interface Row {
  mode: string
  tasksPerS: number
  completed: number
  failed: number
  execPerTask: number
  executions: Record<string, number>
  latencyP50: number | null
  queuedP50: number | null
  load1: string
  coordinatorCpuMsPerTask: number
  workersCpuMsPerTask: number
  roundsPerTask: { single: number | null, replicated: number | null }
  /** offers the coordinator published per completed task, and the gossip messages they took (TaskOfferBatch) */
  offersPerTask: number | null
  offerMessagesPerTask: number | null
  assignedToEndP50Ms: { single: number | null, replicated: number | null }
  timelines: string[]
  errors: string[]
}
const rows: Row[] = []
try {
  // only the coordinator gets the profiling flags (the environment is read at spawn)
  const savedFlags = process.env.AILEE_NODE_V8_FLAGS
  if (opts['cpu-prof'] != null) process.env.AILEE_NODE_V8_FLAGS = `--max-semi-space-size=8 --cpu-prof --cpu-prof-dir=${resolve(opts['cpu-prof'])}`
  const extra = JSON.parse(opts['coordinator-config']) as NodeConfigInput
  const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'coordinator'), config: { ...extra, ledger: { genesis: TEST_GENESIS } } })
  if (savedFlags == null) delete process.env.AILEE_NODE_V8_FLAGS
  else process.env.AILEE_NODE_V8_FLAGS = savedFlags
  await Promise.all(Array.from({ length: P.workers }, async (_, i) => await group.start({ role: 'worker', dataDir: join(root, `worker-${i}`), bootstrap: [coordinator.addr] })))
  for (let i = 0; i < P.clients; i++) clients.push(await AileeClient.connect(coordinator.addr, { privateKey: TEST_CLIENT_KEYS[i] }))
  await waitForLiveWorkers(clients[0], P.workers, 60_000)
  for (const mode of P.modes) {
    const input: TaskInput = mode === 'default' ? { wasm } : { wasm, verify: parseVerificationPolicy(mode) }
    const load1Before = loadavg()[0]
    const cpuBefore = await Promise.all(group.processes.map(async p => (await procUsage(p.pid))?.cpuMs ?? 0))
    const offersBefore = await offerCounts(coordinator.info.metricsUrl)
    const load = await runLoad({ clients, input, expectedStdout, inFlight: P.inFlight, durationMs: P.durationS * 1000, drainTimeoutMs: P.drainS * 1000, log })
    const executions = new Map<number, number>()
    let replicasTotal = 0
    for (const r of load.results.values()) {
      const n = Math.max(1, r.replicas.length)
      replicasTotal += n
      executions.set(n, (executions.get(n) ?? 0) + 1)
    }
    const cpuAfter = await Promise.all(group.processes.map(async p => (await procUsage(p.pid))?.cpuMs ?? 0))
    const cpuMs = cpuAfter.map((a, i) => a - cpuBefore[i])
    const offersAfter = await offerCounts(coordinator.info.metricsUrl)
    const perTask = (key: 'offers' | 'messages'): number | null => offersBefore == null || offersAfter == null || load.completed === 0 ? null : Math.round((offersAfter[key] - offersBefore[key]) / load.completed * 100) / 100
    // how replicated tasks went (up to 60 of them, and as many single executions): the decisions of each
    // round with their times, relative to the first; offer rounds per task; first assignment to end
    const timelines: string[] = []
    const rounds: Record<string, number[]> = { single: [], replicated: [] }
    const assignedToEnd: Record<string, number[]> = { single: [], replicated: [] }
    for (const [taskId, r] of load.results) {
      const kind = r.replicas.length >= 2 ? 'replicated' : 'single'
      if (rounds[kind].length >= 60) continue
      const status = await clients[0].status(taskId)
      rounds[kind].push(status.decisions.length)
      const end = (status.result?.timings.totalMs ?? 0) - (status.result?.timings.queuedMs ?? 0)
      assignedToEnd[kind].push(end)
      if (kind === 'replicated' && timelines.length < 5) {
        const t0 = status.decisions[0]?.decidedAtMs ?? 0
        timelines.push(status.decisions.map(d => `a${d.attempt}+${d.decidedAtMs - t0}ms: ${d.outcome}`).join(' | ') + ` | ended +${end}ms after first assignment`)
      }
    }
    const mean = (xs: number[]): number | null => xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length * 100) / 100
    const median = (xs: number[]): number | null => xs.length === 0 ? null : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const row: Row = {
      mode,
      tasksPerS: load.throughputPerS,
      completed: load.completed,
      failed: load.accepted - load.completed,
      execPerTask: load.completed === 0 ? 0 : Math.round(replicasTotal / load.completed * 100) / 100,
      executions: Object.fromEntries([...executions].sort((a, b) => a[0] - b[0])),
      latencyP50: load.latency?.p50Ms ?? null,
      queuedP50: load.queued?.p50Ms ?? null,
      load1: `${load1Before.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`,
      coordinatorCpuMsPerTask: load.completed === 0 ? 0 : Math.round(cpuMs[0] / load.completed * 10) / 10,
      workersCpuMsPerTask: load.completed === 0 ? 0 : Math.round(cpuMs.slice(1).reduce((a, b) => a + b, 0) / load.completed * 10) / 10,
      roundsPerTask: { single: mean(rounds.single), replicated: mean(rounds.replicated) },
      offersPerTask: perTask('offers'),
      offerMessagesPerTask: perTask('messages'),
      assignedToEndP50Ms: { single: median(assignedToEnd.single), replicated: median(assignedToEnd.replicated) },
      timelines,
      errors: load.errors.slice(0, 3)
    }
    rows.push(row)
    log(JSON.stringify(row))
  }
  await Promise.allSettled(clients.map(async c => { await c.close() }))
  for (const w of group.processes.slice(1)) await w.stop('SIGTERM')
  await coordinator.stop('SIGTERM')
} finally {
  await Promise.allSettled(clients.map(async c => { await c.close() }))
  await group.stopAll()
  await rm(root, { recursive: true, force: true })
}
console.log('mode        tasks/s  completed  failed  exec/task  executions (n: tasks)   latency p50 ms  queued p50 ms  coord CPU ms/task  workers CPU ms/task  rounds/task 1 exec | 2+  assigned->end p50 ms 1 exec | 2+  load1 (before -> after)')
for (const r of rows) {
  console.log(`${String(r.mode).padEnd(10)}  ${String(r.tasksPerS).padStart(7)}  ${String(r.completed).padStart(9)}  ${String(r.failed).padStart(6)}  ${String(r.execPerTask).padStart(9)}  ${JSON.stringify(r.executions).padEnd(22)}  ${String(Math.round(Number(r.latencyP50))).padStart(14)}  ${String(Math.round(Number(r.queuedP50))).padStart(13)}  ${String(r.coordinatorCpuMsPerTask).padStart(17)}  ${String(r.workersCpuMsPerTask).padStart(19)}  ${`${r.roundsPerTask.single} | ${r.roundsPerTask.replicated}`.padStart(22)}  ${`${r.assignedToEndP50Ms.single} | ${r.assignedToEndP50Ms.replicated}`.padStart(31)}  ${String(r.load1)}`)
}
const data = { parameters: P, environment: environment(), rows }
const path = await writeResults('verify-cost', data)
if (json?.file != null) await writeFile(json.file, JSON.stringify(data, null, 2) + '\n')
log(`figures in ${path}`)

/**
 * The coordinator's offers published and the gossip messages they took, from its /metrics
 * (`ailee_offers_published_total`, `ailee_offer_messages_published_total`); undefined when not read.
 */
async function offerCounts (metricsUrl: string | undefined): Promise<{ offers: number, messages: number } | undefined> {
  if (metricsUrl == null) return undefined
  try {
    const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(10_000) })).text()
    const value = (name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 'NaN')
    return { offers: value('ailee_offers_published_total'), messages: value('ailee_offer_messages_published_total') }
  } catch {
    return undefined
  }
}
