/**
 * The report of `npm run bench` (bench/e2e-latency.ts): the figures of one
 * run, which of them stand beside which floor, the text tables and the
 * verdict.
 */
import type { BaselineResult } from './baseline.ts'
import { floorRows, type FloorFigure } from './floor-table.ts'
import type { CryptoFloor, RocksDbFloor, WasiFloor } from './floors-local.ts'
import type { NetworkFloor } from './floors-net.ts'
import { loadClean, type ClusterMemory, type LoadResult } from './process-load.ts'
import { table } from './report.ts'
import { mib } from './rss.ts'
import type { Summary } from './stats.ts'

/** The floors of a run. */
export interface Floors {
  bareWasi: WasiFloor
  ed25519: CryptoFloor
  rocksdb: RocksDbFloor
  network: NetworkFloor
  /** 5 × request/response p50 + 1 × gossip p50, ms: the floor of one trivial task's latency */
  taskFloorMs: number
  /** cores × 1000 / bare WASI p50: the floor of a throughput, tasks per second */
  rateFloorPerS: number
}

/** One verify mode through the in-process swarm. */
export interface SwarmSeries {
  mode: string
  /** null when no task completed */
  sequential: Summary | null
  concurrent: Summary | null
  /** tasks that failed, both series */
  failed: number
  /** the first few failures */
  errors: string[]
}

/** One load through the processes. */
export interface ProcessSeries {
  mode: string
  load: LoadResult
}

/** The ledger audit of the coordinator process, summed up. */
export interface AuditSummary {
  ok: boolean
  blocks: number
  sealed: number
  duplicates: number
  mismatches: number
  pending: number
  /** '' when the chain validated */
  chainError: string
  /** completed (as the clients saw) but not sealed */
  missingSealed: number
  /** sealed but never accepted from our clients */
  phantom: number
  /** coordinator first, then the workers */
  exitCodes: Array<number | null>
}

/** Everything one run measured. */
export interface E2eRun {
  cores: number
  clients: number
  processWorkers: number
  inFlight: number
  floors: Floors
  sandbox: BaselineResult | null
  swarm: SwarmSeries[]
  /** one per verify mode */
  processes: ProcessSeries[]
  /** the load that ran up to `--memory-tasks`; null when the windows already reached it */
  memoryRun: ProcessSeries | null
  /** RSS readings, in order */
  memory: Array<ClusterMemory & { label: string }>
  /** null when the processes were skipped */
  audit: AuditSummary | null
}

/** The figures that stand beside a floor (see floor-table.ts), in the order printed. */
export function floorFigures (run: E2eRun): FloorFigure[] {
  const f = run.floors
  const rate = `${run.cores} cores / bare WASI p50`
  const task = '5 req/resp (cheaper of new/open stream) + 1 gossip, p50'
  const figures: FloorFigure[] = []
  if (run.sandbox != null) {
    figures.push(
      { figure: 'sandbox, warm module, p50', value: run.sandbox.sequential.p50Ms, unit: 'ms', floorName: 'bare WASI run, p50', floor: f.bareWasi.run.p50Ms, kind: 'cost' },
      { figure: 'sandbox, warm module, p99', value: run.sandbox.sequential.p99Ms, unit: 'ms', floorName: 'bare WASI run, p99', floor: f.bareWasi.run.p99Ms, kind: 'cost' },
      { figure: `sandbox, ${run.clients} in flight`, value: run.sandbox.concurrent.throughputPerS, unit: 'runs/s', floorName: rate, floor: f.rateFloorPerS, kind: 'rate' }
    )
  }
  for (const s of run.swarm) {
    if (s.sequential != null) {
      figures.push(
        { figure: `e2e sequential p50, verify ${s.mode}`, value: s.sequential.p50Ms, unit: 'ms', floorName: task, floor: f.taskFloorMs, kind: 'cost' },
        { figure: `e2e sequential p99, verify ${s.mode}`, value: s.sequential.p99Ms, unit: 'ms', floorName: task, floor: f.taskFloorMs, kind: 'cost' }
      )
    }
    if (s.concurrent != null) {
      figures.push({ figure: `in-process swarm, ${run.clients} clients, verify ${s.mode}`, value: s.concurrent.throughputPerS, unit: 'tasks/s', floorName: rate, floor: f.rateFloorPerS, kind: 'rate' })
    }
  }
  for (const s of run.processes) {
    figures.push({ figure: `processes 1+${run.processWorkers}, ${run.inFlight} in flight, verify ${s.mode}`, value: s.load.throughputPerS, unit: 'tasks/s', floorName: rate, floor: f.rateFloorPerS, kind: 'rate' })
  }
  return figures
}

/** True when every task of every series completed verified, none was lost, and the audit found nothing wrong. */
export function runPassed (run: E2eRun): boolean {
  return run.swarm.every(s => s.failed === 0) && run.processes.every(s => loadClean(s.load)) &&
    (run.memoryRun == null || loadClean(run.memoryRun.load)) && (run.audit == null || run.audit.ok)
}

/** The text report: floors, series, figures beside floors, the processes' checks, memory, audit, failures, verdict. */
export function renderReport (run: E2eRun): string {
  const f = run.floors
  const n = f.network
  const floorTable: Array<Array<string | number>> = [
    ['floor', 'n', 'p50 ms', 'p99 ms', 'per s'],
    ['bare WASI run (compiled once)', f.bareWasi.run.n, f.bareWasi.run.p50Ms, f.bareWasi.run.p99Ms, f.bareWasi.run.throughputPerS],
    [`Ed25519 sign (${f.ed25519.messageBytes} B)`, f.ed25519.sign.n, f.ed25519.sign.p50Ms, f.ed25519.sign.p99Ms, f.ed25519.sign.throughputPerS],
    [`Ed25519 verify (${f.ed25519.messageBytes} B)`, f.ed25519.verify.n, f.ed25519.verify.p50Ms, f.ed25519.verify.p99Ms, f.ed25519.verify.throughputPerS],
    ['RocksDB batch, 1 put', f.rocksdb.singlePut.n, f.rocksdb.singlePut.p50Ms, f.rocksdb.singlePut.p99Ms, f.rocksdb.singlePut.throughputPerS],
    [`RocksDB batch, ${f.rocksdb.putsPerBatch} puts (per s: puts)`, f.rocksdb.batched.n, f.rocksdb.batched.p50Ms, f.rocksdb.batched.p99Ms, f.rocksdb.putsPerS],
    ['libp2p ping() call (open, echo, close)', n.ping.n, n.ping.p50Ms, n.ping.p99Ms, n.ping.throughputPerS],
    ['libp2p ping RTT as returned (whole ms)', n.pingReportedRtt.n, n.pingReportedRtt.p50Ms, n.pingReportedRtt.p99Ms, ''],
    [`new stream, ${n.payloadBytes} B request/response`, n.requestResponse.n, n.requestResponse.p50Ms, n.requestResponse.p99Ms, n.requestResponse.throughputPerS],
    ...(n.openStreamExchange == null ? [] : [[`open stream, ${n.payloadBytes} B request/response`, n.openStreamExchange.n, n.openStreamExchange.p50Ms, n.openStreamExchange.p99Ms, n.openStreamExchange.throughputPerS]]),
    [`gossipsub publish to deliver (${n.payloadBytes} B)`, n.gossip.n, n.gossip.p50Ms, n.gossip.p99Ms, n.gossip.throughputPerS]
  ]
  const loads = [...run.processes, ...(run.memoryRun == null ? [] : [{ mode: `${run.memoryRun.mode} (to --memory-tasks)`, load: run.memoryRun.load }])]
  const seriesTable: Array<Array<string | number>> = [
    ['series', 'n', 'failed', 'p50 ms', 'p99 ms', 'tasks/s'],
    ...(run.sandbox == null
      ? []
      : [
          ['sandbox, sequential', run.sandbox.sequential.n, 0, run.sandbox.sequential.p50Ms, run.sandbox.sequential.p99Ms, run.sandbox.sequential.throughputPerS],
          [`sandbox, ${run.clients} in flight`, run.sandbox.concurrent.n, 0, run.sandbox.concurrent.p50Ms, run.sandbox.concurrent.p99Ms, run.sandbox.concurrent.throughputPerS]
        ]),
    ...run.swarm.flatMap(s => [
      [`swarm, sequential, verify ${s.mode}`, s.sequential?.n ?? 0, '', s.sequential?.p50Ms ?? NaN, s.sequential?.p99Ms ?? NaN, s.sequential?.throughputPerS ?? NaN],
      [`swarm, ${run.clients} clients, verify ${s.mode}`, s.concurrent?.n ?? 0, s.failed, s.concurrent?.p50Ms ?? NaN, s.concurrent?.p99Ms ?? NaN, s.concurrent?.throughputPerS ?? NaN]
    ]),
    ...loads.map(({ mode, load: l }) => [`processes, verify ${mode}`, l.completed, l.accepted - l.completed + l.notAccepted, l.latency?.p50Ms ?? NaN, l.latency?.p99Ms ?? NaN, l.throughputPerS])
  ]
  // a table with no rows (its series skipped) is left out
  const block = (rows: Array<Array<string | number>>): string => rows.length > 1 ? `${table(rows)}\n\n` : ''
  let text = block(floorTable) + block(seriesTable) + block(floorRows(floorFigures(run)))
  if (loads.length > 0) {
    text += table([
      ['processes, verify', 'accepted', 'completed+verified', 'not accepted', 'lost', 'unverified', 'wrong output', 'ended otherwise', 'window s', 'queued p50 ms', 'sustained tasks/s'],
      ...loads.map(({ mode, load: l }) => [
        mode, l.accepted, l.completed, l.notAccepted, l.lost, l.unverified, l.wrongOutput, l.endedOtherwise, Math.round(l.windowMs / 10) / 100, l.queued?.p50Ms ?? NaN, l.sustainedPerS
      ])
    ]) + '\n\n'
  }
  if (run.memory.length > 0) {
    const last = run.memory[run.memory.length - 1]
    text += table([
      ['RSS MiB', 'tasks ended', 'coordinator', ...last.workers.map((_, i) => `worker ${i}`)],
      ...run.memory.map(m => [m.label, m.tasksEnded, m.coordinator == null ? NaN : mib(m.coordinator.rssBytes), ...m.workers.map(w => w == null ? NaN : mib(w.rssBytes))]),
      ['peak (VmHWM)', '', ...[last.coordinator, ...last.workers].map(x => x == null ? NaN : mib(x.hwmBytes))]
    ]) + '\n\n'
  }
  const a = run.audit
  if (a != null) {
    text += `ledger audit: chain ${a.chainError === '' ? 'valid' : a.chainError}, ${a.blocks} blocks, ${a.sealed} tasks sealed, ` +
      `completed but not sealed ${a.missingSealed}, sealed but never accepted ${a.phantom}, duplicate credits ${a.duplicates}, balance mismatches ${a.mismatches}, ` +
      `pending ${a.pending}; exit codes ${JSON.stringify(a.exitCodes)}\n`
  }
  for (const s of run.swarm) if (s.failed > 0) text += `swarm, verify ${s.mode}: ${s.failed} failed, e.g. ${s.errors[0]}\n`
  for (const { mode, load } of loads) if (load.errors.length > 0) text += `processes, verify ${mode}: ${load.errors.slice(0, 3).join('; ')}\n`
  return text + `verdict: ${runPassed(run) ? 'PASS (every task completed and verified, none lost)' : 'FAIL'}\n`
}
