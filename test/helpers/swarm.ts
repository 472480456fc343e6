/**
 * In-process swarms for integration tests (and the latency benchmark): one
 * coordinator and N workers, each a real libp2p host on 127.0.0.1 with its own
 * temp data directory (RocksDB, blockstore, identity), workers bootstrapping
 * to the coordinator. Timers are shortened so tests run fast (unless `base`
 * says otherwise); nothing else is faked.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfig, NodeConfigInput } from '../../src/config/schema.ts'
import { startNode, type StartedNode, type StartNodeOptions } from '../../src/node/ailee-node.ts'
import { createLogger } from '../../src/node/logger.ts'
import { waitUntil } from './swarm-host.ts'
import { TEST_GENESIS } from './accounts.ts'

/**
 * Local-only networking (127.0.0.1, ephemeral port, no mDNS, no DHT) and logs
 * silent unless $AILEE_TEST_LOG, the test clients funded by genesis
 * (test/helpers/accounts.ts); default timers. Tasks that name no
 * verification policy run once (`none`): tests of verification ask for their
 * policy, and the demo test runs the built-in default (adaptive).
 */
export const LOCAL: NodeConfigInput = {
  logLevel: (process.env.AILEE_TEST_LOG ?? 'silent') as NodeConfig['logLevel'],
  network: { mdns: false, dht: false, listen: ['/ip4/127.0.0.1/tcp/0'] },
  // any free port: many nodes share one machine
  metrics: { listen: '127.0.0.1:0' },
  verification: { defaultPolicy: 'none' },
  ledger: { genesis: TEST_GENESIS }
}

/** {@link LOCAL} with fast timers for tests (ms). */
export const FAST: NodeConfigInput = merge(LOCAL, {
  timeouts: { bidWindowMs: 150, leaseMs: 1500, requestMs: 3000, fetchMs: 5000 },
  retry: { initialBackoffMs: 50, maxBackoffMs: 500, breakerHalfOpenAfterMs: 2000 },
  coordinator: { blockIntervalMs: 300, telemetryStaleMs: 3000 },
  worker: { telemetryIntervalMs: 300, shutdownGraceMs: 2000 }
})

/** Deep-merges plain objects (b over a); arrays and other values of b replace a's. */
export function merge<T> (a: T, b: unknown): T {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(b)) return (b ?? a) as T
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) }
  for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v)
  return out as T
}

/** The 127.0.0.1 multiaddr of a node (with /p2p/), else its first. */
export function localAddr (node: StartedNode): string {
  return node.multiaddrs().find(a => a.includes('/127.0.0.1/')) ?? node.multiaddrs()[0]
}

/** The TCP port of a multiaddr like `/ip4/127.0.0.1/tcp/4001/p2p/...`. */
export function tcpPort (addr: string): number {
  const m = /\/tcp\/(\d+)/.exec(addr)
  if (m == null) throw new Error(`no /tcp/ port in ${addr}`)
  return Number(m[1])
}

/** How many workers a coordinator currently sees alive. */
export function liveWorkers (coordinator: StartedNode): number {
  return coordinator.coordinator!.orchestrator.peers().filter(p => p.alive === true).length
}

export interface Swarm {
  /** the current coordinator (replaced by `restartCoordinator`) */
  coordinator: StartedNode
  workers: StartedNode[]
  /** the coordinator's first 127.0.0.1 multiaddr (with /p2p/); the same across restarts */
  coordinatorAddr: string
  /** starts one more worker bootstrapping to the coordinator; `worker` replaces ports of its role (e.g. `runSandbox`) */
  addWorker: (overrides?: NodeConfigInput, worker?: StartNodeOptions['worker']) => Promise<StartedNode>
  /** waits until the coordinator sees `n` live workers */
  waitForWorkers: (n: number, timeoutMs?: number) => Promise<void>
  /**
   * Stops the coordinator and starts it again on the same data directory and
   * TCP port (so the same identity and address); resolves to the new node.
   */
  restartCoordinator: () => Promise<StartedNode>
  /** stops every node and removes the data directories */
  stop: () => Promise<void>
}

/**
 * Starts a node of `role` with `base` (default {@link FAST}) and `overrides`, in
 * `dataDir` or a fresh temp dir (removed again when the node does not start);
 * `worker` replaces ports of a worker's role (`StartNodeOptions.worker`).
 */
export async function startTestNode (role: 'coordinator' | 'worker', overrides: NodeConfigInput = {}, dataDir?: string, base: NodeConfigInput = FAST, worker?: StartNodeOptions['worker']): Promise<{ node: StartedNode, dataDir: string }> {
  const dir = dataDir ?? await mkdtemp(join(tmpdir(), `ailee-${role}-`))
  try {
    const config = resolveConfig(merge(merge(base, { role }), overrides) as NodeConfigInput)
    const node = await startNode(config, { dataDir: dir, logger: createLogger(config.logLevel, { role }), worker })
    return { node, dataDir: dir }
  } catch (err) {
    if (dataDir === undefined) await rm(dir, { recursive: true, force: true })
    throw err
  }
}

/** Options of {@link startSwarm}. */
export interface SwarmOptions {
  workers: number
  /** config every node starts from. @default FAST */
  base?: NodeConfigInput
  /** the coordinator's config over `base` */
  coordinator?: NodeConfigInput
  /** every worker's config over `base` */
  worker?: NodeConfigInput
}

/**
 * Starts a coordinator and `workers` workers; `stop()` stops all and removes
 * their dirs. Everything started is stopped again when a node fails to start.
 */
export async function startSwarm (options: SwarmOptions): Promise<Swarm> {
  const base = options.base ?? FAST
  const dirs: string[] = []
  const workers: StartedNode[] = []
  let coordinator: StartedNode | undefined
  const stop = async (): Promise<void> => {
    try {
      await Promise.allSettled(workers.map(async w => { await w.stop() }))
      await coordinator?.stop()
    } finally {
      await Promise.allSettled(dirs.map(async d => { await rm(d, { recursive: true, force: true }) }))
    }
  }
  try {
    const started = await startTestNode('coordinator', options.coordinator, undefined, base)
    coordinator = started.node
    dirs.push(started.dataDir)
    const coordinatorDir = started.dataDir
    const coordinatorAddr = localAddr(coordinator)
    const swarm: Swarm = {
      coordinator,
      workers,
      coordinatorAddr,
      addWorker: async (overrides = {}, worker) => {
        const { node, dataDir } = await startTestNode('worker', merge(merge(options.worker ?? {}, { network: { bootstrap: [coordinatorAddr] } }), overrides), undefined, base, worker)
        dirs.push(dataDir)
        workers.push(node)
        return node
      },
      waitForWorkers: async (n, timeoutMs = 15_000) => {
        try {
          await waitUntil(() => liveWorkers(swarm.coordinator) >= n, timeoutMs, `${n} live workers`)
        } catch (err) {
          throw new Error(`${(err as Error).message}; the coordinator sees ${liveWorkers(swarm.coordinator)}`)
        }
      },
      restartCoordinator: async () => {
        const port = tcpPort(coordinatorAddr)
        await coordinator!.stop()
        coordinator = undefined
        const overrides = merge(options.coordinator ?? {}, { network: { listen: [`/ip4/127.0.0.1/tcp/${port}`] } })
        coordinator = (await startTestNode('coordinator', overrides, coordinatorDir, base)).node
        swarm.coordinator = coordinator
        return coordinator
      },
      stop
    }
    for (let i = 0; i < options.workers; i++) await swarm.addWorker()
    return swarm
  } catch (err) {
    await stop().catch(() => {})
    throw err
  }
}
