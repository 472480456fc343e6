/**
 * Byzantine bench (`npm run bench:byzantine`): how well each verification
 * policy keeps wrong results out when a fraction of the workers collude.
 *
 * For each policy (none, spot:0.1, replicate:2, replicate:3, adaptive, or the
 * one `--policy` names) a fresh in-process swarm is started: one coordinator
 * and `--workers` workers, each a real node (libp2p over TCP on 127.0.0.1,
 * Helia, RocksDB in a temp dir, the WASI sandbox), default timers. The
 * coordinator's config is the default but for `verification.assumedFaultFraction`
 * = `--byzantine` (the threat modelled). A fraction `--byzantine` of the
 * workers (chosen with `--seed`) are Byzantine: real worker nodes whose
 * execution the harness replaces through the worker role's `runSandbox` port
 * (bench/lib/byzantine.ts; not a CLI switch or config key). They collude: on
 * the tasks they lie on (`--lie-rate`, default every task) each returns the
 * same wrong stdout for the same task, signed by its own key.
 *
 * `--tasks` tasks per policy, `--in-flight` at a time, are submitted with
 * `submit({ verify })`: primes.wasm with a different bound per task, so every
 * task has its own output; the harness computes each honest output once with
 * `runInSandbox` and classifies each accepted (completed) result as right or
 * wrong by the stdout the client receives. Executions are counted by the
 * runners of every worker (honest ones too). Honest results rejected = the
 * times the coordinator caught an honest worker (its reputation records).
 *
 * The first `--warmup` tasks (by submission order; workers have no history
 * yet, default 30 %) are reported separately from the rest ("steady"), and
 * the executions of the last 20 % beside them (the longest history).
 *
 * Prints one table; `--json [FILE]` writes the figures to
 * bench/results/byzantine-<time>.json and byzantine-latest.json (and FILE).
 *
 * Colluders bid `--byzantine-price` (default 1) against the honest workers'
 * built-in 10, so they win first executions on price, as an attacker would.
 *
 *     node bench/byzantine.ts --workers 20 --byzantine 0.2 --tasks 200 --policy all --warmup 60 --slots 2 --in-flight 16 --byzantine-price 1 --seed 1 --json
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { AileeClient, type TaskResult } from '../src/client/index.ts'
import { resolveConfig } from '../src/config/load.ts'
import type { NodeConfigInput } from '../src/config/schema.ts'
import { formatVerificationPolicy, parseVerificationPolicy, type VerificationPolicy } from '../src/protocol/verification-policy.ts'
import { releaseSandboxThreads, runInSandbox } from '../src/runtime/index.ts'
import { seedFor } from '../src/worker/task-executor.ts'
import { LOCAL, merge, startSwarm, type Swarm } from '../test/helpers/swarm.ts'
import { nextTestClientKey } from '../test/helpers/accounts.ts'
import { colludingRunner, countingRunner, ExecutionLedger } from './lib/byzantine.ts'
import { mulberry32 } from './lib/chaos.ts'
import { closedLoop } from './lib/load.ts'
import { environment, table, takeJsonFlag, writeResults } from './lib/report.ts'
import { ratio, summarize, type Summary } from './lib/stats.ts'

// `--json` takes an optional file: pull it out before parseArgs (which wants a fixed arity)
const argv = process.argv.slice(2)
const json = takeJsonFlag(argv)
const { values: opts } = parseArgs({
  args: argv,
  options: {
    workers: { type: 'string', default: '20' },
    byzantine: { type: 'string', default: '0.2' },
    tasks: { type: 'string', default: '200' },
    policy: { type: 'string', default: 'all' },
    warmup: { type: 'string' },
    slots: { type: 'string', default: '8' },
    'in-flight': { type: 'string', default: '8' },
    'lie-rate': { type: 'string', default: '1' },
    'byzantine-price': { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' }
  }
})

const ALL_POLICIES = ['none', 'spot:0.1', 'replicate:2', 'replicate:3', 'adaptive']
const workers = int(opts.workers, 'workers', 1)
const fraction = num(opts.byzantine, 'byzantine', 0, 1)
const tasks = int(opts.tasks, 'tasks', 1)
const warmup = opts.warmup == null ? Math.round(tasks * 0.3) : int(opts.warmup, 'warmup', 0)
const slots = int(opts.slots, 'slots', 1)
const inFlight = int(opts['in-flight'], 'in-flight', 1)
const lieRate = num(opts['lie-rate'], 'lie-rate', 0, 1)
const byzantinePrice = int(opts['byzantine-price'], 'byzantine-price', 0)
const seed = int(opts.seed, 'seed', 0)
const policies: VerificationPolicy[] = (opts.policy === 'all' ? ALL_POLICIES : opts.policy.split(',')).map(p => parseVerificationPolicy(p))
const byzantineCount = Math.round(workers * fraction)
if (warmup > tasks) throw new Error(`--warmup ${warmup} exceeds --tasks ${tasks}`)

/** The coordinator's config: the defaults (timers included) but local-only networking, silent logs and the threat modelled. */
const COORDINATOR: NodeConfigInput = { verification: { assumedFaultFraction: fraction } }
const BASE: NodeConfigInput = { ...LOCAL, logLevel: 'silent' }
const verificationSettings = resolveConfig(merge(merge(BASE, { role: 'coordinator' }), COORDINATOR) as NodeConfigInput).verification
const defaults = resolveConfig({})

const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/primes.wasm', import.meta.url)))
const env = environment()

/** Task i: primes below 2000 + 7·i (a distinct output each), with its honest stdout. */
log(`computing ${tasks} honest outputs with runInSandbox`)
const specs: Array<{ args: string[], honest: Buffer }> = []
for (let i = 0; i < tasks; i++) {
  const args = [String(2000 + 7 * i)]
  const r = await runInSandbox({
    module: wasm, args, env: {}, stdin: new Uint8Array(), memoryPages: defaults.limits.defaultMemoryPages,
    timeoutMs: defaults.timeouts.executionMs, maxOutputBytes: defaults.limits.maxOutputBytes, seed: seedFor(`reference-${i}`), programName: 'reference'
  })
  if (r.outcome !== 'exited' || r.exitCode !== 0) throw new Error(`reference run ${i} ended ${r.outcome}`)
  specs.push({ args, honest: Buffer.from(r.stdout) })
}

/** The figures of one phase (warm-up, steady, all) of one policy. */
interface PhaseFigures {
  submitted: number
  accepted: number
  failed: number
  /** accepted results whose stdout is not the honest one */
  wrongAccepted: number
  /** wrongAccepted / accepted */
  wrongRate: number
  /** executions by honest workers that the task's outcome marks `disagreed` (rejected as wrong, worker caught) */
  honestRejected: number
  /** executions by Byzantine workers marked `disagreed` */
  byzantineRejected: number
  /** finished sandbox runs of the phase's tasks (honest + Byzantine workers) */
  executions: number
  /** executions / accepted */
  executionsPerAccepted: number
  /** latency of the tasks that ended (any state), ms */
  latency?: Summary
}

/** The figures of one policy. */
interface PolicyFigures {
  policy: string
  swarm: { workers: number, byzantine: number, startMs: number }
  warmup: PhaseFigures
  steady: PhaseFigures
  /** the last 20 % of the tasks: the cost once the history is longest */
  tail: PhaseFigures
  all: PhaseFigures
  /** tasks that did not complete, by `status: reason` (numbers replaced by N) */
  failures: Record<string, number>
  /** times an honest worker was caught (its result rejected as wrong): from the coordinator's reputation records */
  honestCaught: number
  /** honest workers caught at least once */
  honestWorkersCaught: number
  /** Byzantine workers caught at least once (then excluded for `verification.exclusionMs`) */
  byzantineWorkersCaught: number
  /** confirmed results (Sarmenta's k) of honest workers at the end: min / median / max */
  honestConfirmed: { min: number, median: number, max: number }
  /** accepted tasks per second over the policy's wall time */
  throughputPerS: number
  wallMs: number
  /** runs by kind over all tasks */
  runs: { honest: number, byzantine: number, lied: number }
  /** each task in submission order: [finished runs, 'right' | 'wrong' | its state when not completed, latency ms] */
  perTask: Array<[number, string, number]>
}

const results: PolicyFigures[] = []
try {
  for (const policy of policies) results.push(await runPolicy(policy))
} finally {
  await releaseSandboxThreads()
}

// ------------------------------------------------------------------ report
const none = results.find(r => r.policy === 'none')
const pct = (x: number): string => Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(2)} %`
const rows: Array<Array<string | number>> = [[
  'policy', 'accepted', 'failed', 'wrong accepted', 'wrong (warm-up)', 'wrong (steady)', 'honest rejected',
  'exec/acc warm-up', 'exec/acc steady', 'exec/acc last 20 %', 'p50 ms', 'p99 ms', 'p50 / none', 'p99 / none', 'tasks/s'
]]
for (const r of results) {
  rows.push([
    r.policy,
    `${r.all.accepted}/${r.all.submitted}`,
    r.all.failed,
    `${r.all.wrongAccepted} (${pct(r.all.wrongRate)})`,
    `${r.warmup.wrongAccepted} (${pct(r.warmup.wrongRate)})`,
    `${r.steady.wrongAccepted} (${pct(r.steady.wrongRate)})`,
    `${r.all.honestRejected} / ${r.honestCaught}`,
    r.warmup.executionsPerAccepted,
    r.steady.executionsPerAccepted,
    r.tail.executionsPerAccepted,
    r.all.latency?.p50Ms ?? Number.NaN,
    r.all.latency?.p99Ms ?? Number.NaN,
    ratio(r.all.latency?.p50Ms ?? Number.NaN, none?.all.latency?.p50Ms ?? Number.NaN),
    ratio(r.all.latency?.p99Ms ?? Number.NaN, none?.all.latency?.p99Ms ?? Number.NaN),
    r.throughputPerS
  ])
}
const detail: Array<Array<string | number>> = [['policy', 'Byzantine rejected', 'Byzantine caught', 'honest workers caught', 'honest k min/median/max', 'runs honest/Byzantine (lied)', 'failures']]
for (const r of results) {
  detail.push([
    r.policy,
    r.all.byzantineRejected,
    `${r.byzantineWorkersCaught}/${r.swarm.byzantine}`,
    `${r.honestWorkersCaught}/${r.swarm.workers - r.swarm.byzantine}`,
    `${r.honestConfirmed.min}/${r.honestConfirmed.median}/${r.honestConfirmed.max}`,
    `${r.runs.honest}/${r.runs.byzantine} (${r.runs.lied})`,
    Object.entries(r.failures).map(([k, v]) => `${v}x ${k}`).join('; ') || '-'
  ])
}
const v = verificationSettings
process.stdout.write([
  '',
  `Byzantine bench: ${workers} workers (${byzantineCount} colluding at price ${byzantinePrice} vs 10, lie rate ${lieRate}), ${slots} slots each, ${tasks} tasks per policy (first ${warmup} = warm-up), ${inFlight} in flight, seed ${seed}`,
  `primes.wasm, fresh swarm per policy, ${env.cpus} CPUs (${env.cpuModel}), Node ${env.node}, ${env.startedAt}`,
  `coordinator verification settings: spotProbability ${v.spotProbability}, targetErrorRate ${v.targetErrorRate}, assumedFaultFraction ${v.assumedFaultFraction}, maxExecutions ${v.maxExecutions}, exclusionMs ${v.exclusionMs}`,
  '',
  table(rows),
  '',
  table(detail),
  '',
  'wrong = accepted (completed) results whose stdout differs from the honest one; rates over accepted tasks.',
  'honest rejected = honest executions the outcomes mark disagreed / times the coordinator caught an honest worker (reputation);',
  'exec/acc = finished sandbox runs per accepted task.',
  ''
].join('\n') + '\n')

if (json != null) {
  const data = {
    bench: 'byzantine',
    environment: env,
    parameters: { workers, byzantine: fraction, byzantineWorkers: byzantineCount, tasks, warmup, slots, inFlight, lieRate, byzantinePrice, seed, policies: policies.map(formatVerificationPolicy), module: 'test/fixtures/primes.wasm' },
    verification: verificationSettings,
    policies: results
  }
  const path = await writeResults('byzantine', data)
  process.stdout.write(`raw results: ${path}\n`)
  if (json.file != null) {
    await writeFile(json.file, JSON.stringify(data, null, 2) + '\n')
    process.stdout.write(`written: ${json.file}\n`)
  }
}

// ------------------------------------------------------------------ one policy

async function runPolicy (policy: VerificationPolicy): Promise<PolicyFigures> {
  const name = formatVerificationPolicy(policy)
  const ledger = new ExecutionLedger()
  // which worker slots are Byzantine: a seeded shuffle, the same for every policy
  const random = mulberry32(seed)
  const order = Array.from({ length: workers }, (_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]]
  }
  const byzantineSlots = new Set(order.slice(0, byzantineCount))
  log(`${name}: starting 1 coordinator + ${workers} workers (${byzantineCount} Byzantine)`)
  const t0 = performance.now()
  const swarm: Swarm = await startSwarm({ workers: 0, base: BASE, coordinator: COORDINATOR, worker: { worker: { slots } } })
  const byzantine = new Set<string>()
  const honest = new Set<string>()
  let outcome: Awaited<ReturnType<typeof closedLoop<{ index: number, result: TaskResult }>>>
  let startMs = 0
  try {
    for (let i = 0; i < workers; i++) {
      const lying = byzantineSlots.has(i)
      // colluders undercut the honest workers' price (the built-in 10), as an attacker who wants the work would
      const node = await swarm.addWorker(lying ? { worker: { price: byzantinePrice } } : {}, { runSandbox: lying ? colludingRunner(ledger, lieRate) : countingRunner(ledger) })
      ;(lying ? byzantine : honest).add(node.peerId)
    }
    await swarm.waitForWorkers(workers, 60_000)
    startMs = Math.round(performance.now() - t0)
    log(`${name}: swarm up in ${startMs} ms; ${tasks} tasks, ${inFlight} in flight`)
    // a genesis-funded test account (LOCAL's ledger.genesis)
    const client = await AileeClient.connect(swarm.coordinatorAddr, { followDeadlineMs: 600_000, privateKey: nextTestClientKey() })
    try {
      let done = 0
      outcome = await closedLoop(tasks, inFlight, async index => {
        const result = await client.submit({ wasm, args: specs[index].args, verify: policy })
        if (++done % 50 === 0) log(`${name}: ${done}/${tasks} ended`)
        return { index, result }
      })
    } finally {
      await client.close()
    }
    // reputation records of the coordinator: who was caught, how many confirmations
    const orchestrator = swarm.coordinator.coordinator!.orchestrator
    const now = Date.now()
    const rep = (peer: string): { caught: number, confirmed: number } => {
      const r = orchestrator.reputation.get(peer, now)
      return { caught: r.caught ?? 0, confirmed: r.confirmed ?? 0 }
    }
    const honestReps = [...honest].map(rep)
    const confirmed = honestReps.map(r => r.confirmed).sort((a, b) => a - b)
    const byIndex = new Map(outcome.values.map(v => [v.index, v]))
    const latencyOf = new Map<number, number>()
    outcome.values.forEach((v, i) => latencyOf.set(v.index, outcome.latenciesMs[i]))
    const failures: Record<string, number> = {}
    for (const { result } of outcome.values) {
      if (result.status === 'completed') continue
      const key = `${result.status}: ${result.reason.replace(/\d+/g, 'N')}`
      failures[key] = (failures[key] ?? 0) + 1
    }
    for (const { error } of outcome.errors) {
      const key = `client error: ${(error as Error).message.replace(/\d+/g, 'N').slice(0, 120)}`
      failures[key] = (failures[key] ?? 0) + 1
    }
    const phase = (from: number, to: number): PhaseFigures => {
      const inPhase = outcome.values.filter(v => v.index >= from && v.index < to)
      const accepted = inPhase.filter(v => v.result.status === 'completed')
      const wrong = accepted.filter(v => !Buffer.from(v.result.stdout).equals(specs[v.index].honest)).length
      const executions = inPhase.reduce((s, v) => { const e = ledger.of(v.result.taskId); return s + e.honest + e.byzantine }, 0)
      const latencies = inPhase.map(v => latencyOf.get(v.index)!)
      const disagreed = inPhase.flatMap(v => v.result.replicas.filter(r => r.verdict === 'disagreed'))
      return {
        submitted: to - from,
        accepted: accepted.length,
        failed: to - from - accepted.length,
        wrongAccepted: wrong,
        wrongRate: accepted.length === 0 ? Number.NaN : round4(wrong / accepted.length),
        honestRejected: disagreed.filter(r => honest.has(r.worker)).length,
        byzantineRejected: disagreed.filter(r => byzantine.has(r.worker)).length,
        executions,
        executionsPerAccepted: accepted.length === 0 ? Number.NaN : round4(executions / accepted.length),
        latency: latencies.length === 0 ? undefined : summarize(latencies, outcome.wallMs)
      }
    }
    const all = phase(0, tasks)
    const figures: PolicyFigures = {
      policy: name,
      swarm: { workers, byzantine: byzantineCount, startMs },
      warmup: phase(0, warmup),
      steady: phase(warmup, tasks),
      tail: phase(tasks - Math.ceil(tasks * 0.2), tasks),
      all,
      failures,
      honestCaught: honestReps.reduce((s, r) => s + r.caught, 0),
      honestWorkersCaught: honestReps.filter(r => r.caught > 0).length,
      byzantineWorkersCaught: [...byzantine].map(rep).filter(r => r.caught > 0).length,
      honestConfirmed: { min: confirmed[0] ?? 0, median: confirmed[Math.floor(confirmed.length / 2)] ?? 0, max: confirmed[confirmed.length - 1] ?? 0 },
      throughputPerS: round4(all.accepted / (outcome.wallMs / 1000)),
      wallMs: Math.round(outcome.wallMs),
      runs: ledger.total(),
      perTask: Array.from({ length: tasks }, (_, i) => {
        const v = byIndex.get(i)
        if (v == null) return [0, 'client error', 0]
        const e = ledger.of(v.result.taskId)
        const verdict = v.result.status !== 'completed' ? v.result.status : Buffer.from(v.result.stdout).equals(specs[i].honest) ? 'right' : 'wrong'
        return [e.honest + e.byzantine, verdict, Math.round(latencyOf.get(i)!)]
      })
    }
    log(`${name}: ${all.accepted}/${tasks} accepted, ${all.wrongAccepted} wrong, ${figures.honestCaught} honest caught, ${all.executionsPerAccepted} executions per accepted task, ${Math.round(outcome.wallMs / 1000)} s`)
    return figures
  } finally {
    await swarm.stop()
  }
}

function round4 (x: number): number {
  return Math.round(x * 10_000) / 10_000
}

function int (text: string | undefined, name: string, min: number): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got ${text}`)
  return n
}

function num (text: string | undefined, name: string, min: number, max: number): number {
  const n = Number(text)
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number in [${min}, ${max}], got ${text}`)
  return n
}

function log (line: string): void {
  process.stderr.write(`[bench] ${new Date().toISOString().slice(11, 19)} ${line}\n`)
}
