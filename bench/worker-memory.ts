/**
 * Worker memory (issue 12 part 1): RSS of one `bin/node` worker process, idle, after running
 * tasks (its sandbox threads alive), and once `worker.sandboxIdleMs` has released those threads,
 * for each V8 flag setting given (`AILEE_NODE_V8_FLAGS`, read by bin/node). Plus what a released
 * thread costs the next task: the first run on a new sandbox thread against runs on a warm one
 * (in this process, SandboxPool on trivial.wasm).
 *
 *     node bench/worker-memory.ts                       # V8 defaults, semi-space 4, 8 (bin/node's default), 16
 *     node bench/worker-memory.ts --flags "" --flags "--max-semi-space-size=8"
 *
 * Each variant: 1 coordinator + 1 worker (2 slots), `--settle-ms` idle (default 20 s), 20 tasks
 * 2 at a time (verification policy none: one worker), RSS read right after, then again after the idle release (sandboxIdleMs 5 s here).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AileeClient } from '../src/client/index.ts'
import { SandboxPool, runInSandbox } from '../src/runtime/index.ts'
import { TEST_CLIENT_KEYS, TEST_GENESIS } from '../test/helpers/accounts.ts'
import { fixtureTask } from '../test/helpers/fixtures.ts'
import { waitForLiveWorkers } from '../test/multiprocess/cluster.ts'
import { NodeGroup } from '../test/multiprocess/node-process.ts'
import { closedLoop } from './lib/load.ts'
import { procUsage } from './lib/proc-usage.ts'

const { values: opts } = parseArgs({
  options: {
    flags: { type: 'string', multiple: true },
    'settle-ms': { type: 'string', default: '20000' },
    tasks: { type: 'string', default: '20' }
  }
})
const variants = opts.flags ?? ['', '--max-semi-space-size=4', '--max-semi-space-size=8', '--max-semi-space-size=16']
const settleMs = Number(opts['settle-ms'])
const tasks = Number(opts.tasks)
const idleMs = 5_000
const wasm = new Uint8Array(await readFile(new URL('../test/fixtures/trivial.wasm', import.meta.url)))
const mib = (bytes: number | undefined): number => Math.round((bytes ?? 0) / 1024 / 1024)
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }
const rss = async (pid: number): Promise<number> => mib((await procUsage(pid))?.rssBytes)

const rows: string[] = []
for (const flags of variants) {
  process.env.AILEE_NODE_V8_FLAGS = flags
  const root = await mkdtemp(join(tmpdir(), 'ailee-wmem-'))
  const group = new NodeGroup()
  let client: AileeClient | undefined
  try {
    const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'c'), config: { ledger: { genesis: TEST_GENESIS }, verification: { defaultPolicy: 'none' } } })
    const worker = await group.start({ role: 'worker', dataDir: join(root, 'w'), bootstrap: [coordinator.addr], config: { worker: { slots: 2, sandboxIdleMs: idleMs } } })
    client = await AileeClient.connect(coordinator.addr, { privateKey: TEST_CLIENT_KEYS[0] })
    await waitForLiveWorkers(client, 1, 60_000)
    await sleep(settleMs)
    const idle = await rss(worker.pid)
    const c = client
    const run = await closedLoop(tasks, 2, async () => await c.submit({ wasm }))
    const loaded = await rss(worker.pid)
    const peak = mib((await procUsage(worker.pid))?.peakRssBytes)
    await sleep(idleMs + 3_000)
    const released = await rss(worker.pid)
    rows.push(`${JSON.stringify(flags).padEnd(28)} idle ${idle} MiB | after ${run.values.length}/${tasks} tasks ${loaded} MiB (peak ${peak}) | sandbox threads released ${released} MiB | coordinator ${await rss(coordinator.pid)} MiB`)
    process.stderr.write(`${rows.at(-1)!}\n`)
  } finally {
    await client?.close()
    await group.stopAll()
    await rm(root, { recursive: true, force: true })
  }
}

// what a released thread costs: first run on a new thread vs warm runs
const pool = new SandboxPool({ size: 1 })
const task = await fixtureTask('trivial')
const cold: number[] = []
const warm: number[] = []
for (let i = 0; i < 10; i++) {
  let t = performance.now()
  await runInSandbox(task, { pool })
  cold.push(performance.now() - t)
  t = performance.now()
  await runInSandbox(task, { pool })
  warm.push(performance.now() - t)
  await pool.close()
}
const med = (xs: number[]): number => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1] * 10) / 10
process.stdout.write(`\nworker RSS by V8 flags (AILEE_NODE_V8_FLAGS), load average ${loadavg().map(l => l.toFixed(1)).join(' ')}\n${rows.join('\n')}\n` +
  `sandbox run of trivial.wasm: on a new thread ${med(cold)} ms p50, on a warm thread ${med(warm)} ms p50 (10 each; the compiled module is re-made each time too)\n`)
process.exit(0)
