/**
 * Where the CPU of a throughput run goes, per process role
 * (`node bench/profile.ts`): 1 coordinator and `--workers` worker processes
 * (`bin/node`, default config but for the test genesis, as `npm run bench`
 * starts them: bench/lib/process-load.ts), every one run with `--cpu-prof`
 * (through `AILEE_NODE_V8_FLAGS`); `--clients` clients in this process keep
 * `--in-flight` trivial tasks in flight: `--warmup` tasks first, then
 * `--tasks` measured ones. Only the samples taken between the first and the
 * last measured task count (V8's profile clock is the monotonic clock of
 * `process.hrtime`), so start-up, warm-up and shutdown are left out.
 *
 * Prints, per role (coordinator main thread, workers' main threads together,
 * workers' sandbox threads together): CPU ms per task from /proc (whole
 * processes, all threads) and from the profiles, then the top `--top` rows
 * of self time by module, self time by function and total time by function,
 * each in ms, % of the role's busy time, and ms per task. `--verify POLICY`
 * sets the tasks' verification (default: the coordinator's config default).
 * `--focus REGEX` keeps only the samples with a frame (`name file:line`)
 * matching REGEX on their stack, e.g. `--focus createPrivateKey` to see
 * under which functions keys are imported. `--keep DIR` keeps the .cpuprofile files there (open them in Chrome
 * DevTools' Performance panel); otherwise they are removed.
 *
 * `node bench/profile.ts --summarize FILE|DIR...` summarises existing
 * .cpuprofile files instead: a directory kept by `--keep` (it holds the run's
 * `run.json`) as above, any other file or directory (e.g. of `node --cpu-prof
 * --cpu-prof-dir=DIR bench/phases.ts`) each file on its own, whole.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseVerificationPolicy } from '../src/protocol/verification-policy.ts'
import type { TaskInput } from '../src/client/index.ts'
import { formatSummary, readCpuProfile, summarizeProfiles, type CpuProfile } from './lib/cpu-profile.ts'
import { procUsage } from './lib/proc-usage.ts'
import { loadClean, runLoad, startProcessCluster } from './lib/process-load.ts'

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    workers: { type: 'string', default: '4' },
    clients: { type: 'string', default: '8' },
    'in-flight': { type: 'string', default: '128' },
    warmup: { type: 'string', default: '300' },
    tasks: { type: 'string', default: '1500' },
    verify: { type: 'string' },
    top: { type: 'string', default: '20' },
    keep: { type: 'string' },
    summarize: { type: 'boolean', default: false },
    focus: { type: 'string' }
  }
})
const top = Number(opts.top)
const focus = opts.focus == null ? undefined : new RegExp(opts.focus)
const log = (line: string): void => { console.error(`[profile] ${line}`) }

/** What a profiled run writes to `run.json` beside its profiles. */
interface RunInfo {
  header: string
  pids: { coordinator: number, workers: number[] }
  /** the measured window, V8 monotonic µs */
  fromUs: number
  toUs: number
  /** tasks completed in the window */
  tasks: number
  /** CPU ms of each process in the window (/proc), coordinator first */
  cpuMs: number[]
  wallMs: number
  load: string
}

if (opts.summarize) {
  for (const p of positionals) {
    const runFile = join(p, 'run.json')
    if ((await stat(p)).isDirectory() && (await stat(runFile).catch(() => undefined)) != null) {
      await report(p, JSON.parse(await readFile(runFile, 'utf8')) as RunInfo)
      continue
    }
    const files = (await stat(p)).isDirectory() ? (await readdir(p)).filter(f => f.endsWith('.cpuprofile')).map(f => join(p, f)) : [p]
    for (const f of files.sort()) process.stdout.write(formatSummary(f, summarizeProfiles([await readCpuProfile(f)], undefined, undefined, top, focus), undefined, top) + '\n')
  }
  process.exit(0)
}

const P = { workers: Number(opts.workers), clients: Number(opts.clients), inFlight: Number(opts['in-flight']), warmup: Number(opts.warmup), tasks: Number(opts.tasks), verify: opts.verify ?? 'config default' }
const profDir = opts.keep != null ? resolve(opts.keep) : await mkdtemp(join(tmpdir(), 'ailee-profile-'))
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const expectedStdout = new TextEncoder().encode('ok\n')
const input: TaskInput = opts.verify == null ? { wasm } : { wasm, verify: parseVerificationPolicy(opts.verify) }

const savedFlags = process.env.AILEE_NODE_V8_FLAGS
process.env.AILEE_NODE_V8_FLAGS = `--max-semi-space-size=8 --cpu-prof --cpu-prof-dir=${profDir}`
const cluster = await startProcessCluster({ workers: P.workers, clients: P.clients, log })
if (savedFlags == null) delete process.env.AILEE_NODE_V8_FLAGS
else process.env.AILEE_NODE_V8_FLAGS = savedFlags
const pids = { coordinator: cluster.coordinator.pid, workers: cluster.workers.map(w => w.pid) }
let window: Omit<RunInfo, 'pids' | 'header'> | undefined
try {
  log(`warm-up: ${P.warmup} tasks`)
  const warm = await runLoad({ clients: cluster.clients, input, expectedStdout, inFlight: P.inFlight, tasks: P.warmup, drainTimeoutMs: 120_000, log })
  if (!loadClean(warm)) throw new Error(`warm-up not clean: ${warm.errors.join('; ')}`)
  log(`measured: ${P.tasks} tasks, ${P.inFlight} in flight`)
  const load0 = loadavg()[0]
  const all = [pids.coordinator, ...pids.workers]
  const cpu0 = await Promise.all(all.map(async p => (await procUsage(p))?.cpuMs ?? 0))
  const fromUs = Number(process.hrtime.bigint() / 1000n)
  const t0 = performance.now()
  const r = await runLoad({ clients: cluster.clients, input, expectedStdout, inFlight: P.inFlight, tasks: P.tasks, drainTimeoutMs: 120_000, log })
  const toUs = Number(process.hrtime.bigint() / 1000n)
  const wallMs = performance.now() - t0
  const cpu1 = await Promise.all(all.map(async p => (await procUsage(p))?.cpuMs ?? 0))
  if (!loadClean(r)) throw new Error(`measured load not clean: ${r.errors.join('; ')}`)
  window = { fromUs, toUs, tasks: r.completed, cpuMs: cpu1.map((c, i) => c - cpu0[i]), wallMs, load: `${load0.toFixed(2)} -> ${loadavg()[0].toFixed(2)}` }
  const { audit } = await cluster.stopAndAudit()
  const problems = [audit.chainError, audit.duplicates.length > 0 ? `${audit.duplicates.length} duplicate credits` : '', audit.mismatches.length > 0 ? `${audit.mismatches.length} balance mismatches` : '', audit.pending > 0 ? `${audit.pending} entries pending` : ''].filter(x => x !== '')
  if (problems.length > 0) throw new Error(`ledger audit: ${problems.join('; ')}`)
} finally {
  await cluster.close()
}

const run: RunInfo = { ...window!, pids, header: `${window!.tasks} trivial tasks through 1 coordinator + ${P.workers} worker processes, ${P.inFlight} in flight, ${P.clients} clients, verify ${P.verify}` }
await writeFile(join(profDir, 'run.json'), JSON.stringify(run) + '\n')
await report(profDir, run)
if (opts.keep == null) await rm(profDir, { recursive: true, force: true })
else log(`profiles kept in ${profDir} (again: node bench/profile.ts --summarize ${profDir})`)

/** Prints the per-role report of the profiles in `dir` of the run `run`. */
async function report (dir: string, run: RunInfo): Promise<void> {
  // CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile
  const files = (await readdir(dir)).filter(f => f.endsWith('.cpuprofile'))
  const groups: Record<string, CpuProfile[]> = { coordinator: [], 'coordinator other threads': [], 'workers main': [], 'workers sandbox threads': [] }
  for (const f of files) {
    const [, , , pid, tid] = f.split('.')
    const main = tid === '0'
    const role = Number(pid) === run.pids.coordinator ? (main ? 'coordinator' : 'coordinator other threads') : run.pids.workers.includes(Number(pid)) ? (main ? 'workers main' : 'workers sandbox threads') : undefined
    if (role != null) groups[role].push(await readCpuProfile(join(dir, f)))
  }
  const perTask = (ms: number): string => (ms / run.tasks).toFixed(2)
  process.stdout.write(`\n${run.header}: ${(run.tasks / (run.wallMs / 1000)).toFixed(1)} tasks/s, load average ${run.load}\n` +
    `CPU ms per task from /proc (all threads): coordinator ${perTask(run.cpuMs[0])}, workers ${perTask(run.cpuMs.slice(1).reduce((a, b) => a + b, 0))}\n\n`)
  for (const [role, profiles] of Object.entries(groups)) {
    if (profiles.length === 0) continue
    process.stdout.write(formatSummary(`${role} (${profiles.length} profile${profiles.length === 1 ? '' : 's'})`, summarizeProfiles(profiles, run.fromUs, run.toUs, top, focus), run.tasks, top) + '\n')
  }
}
