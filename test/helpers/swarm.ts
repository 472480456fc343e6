/**
 * In-process swarms for integration tests: one coordinator and N workers, each
 * a real libp2p host on 127.0.0.1 with its own temp data directory (RocksDB,
 * blockstore, identity), workers bootstrapping to the coordinator. Timers are
 * shortened so tests run fast; nothing else is faked.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfig, NodeConfigInput } from '../../src/config/schema.ts'
import { startNode, type StartedNode } from '../../src/node/ailee-node.ts'
import { createLogger } from '../../src/node/logger.ts'

/** Fast timers for tests (ms). */
export const FAST: NodeConfigInput = {
  logLevel: (process.env.AILEE_TEST_LOG ?? 'silent') as NodeConfig['logLevel'],
  network: { mdns: false, dht: false, listen: ['/ip4/127.0.0.1/tcp/0'] },
  timeouts: { bidWindowMs: 150, leaseMs: 1500, requestMs: 3000, fetchMs: 5000 },
  retry: { initialBackoffMs: 50, maxBackoffMs: 500, breakerHalfOpenAfterMs: 2000 },
  coordinator: { blockIntervalMs: 300, telemetryStaleMs: 3000 },
  worker: { telemetryIntervalMs: 300, shutdownGraceMs: 2000 }
}

/** Deep-merges plain objects (b over a). */
export function merge<T> (a: T, b: unknown): T {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(b)) return (b ?? a) as T
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) }
  for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v)
  return out as T
}

export interface Swarm {
  coordinator: StartedNode
  workers: StartedNode[]
  /** the coordinator's first multiaddr (with /p2p/) */
  coordinatorAddr: string
  /** starts one more worker bootstrapping to the coordinator */
  addWorker: (overrides?: NodeConfigInput) => Promise<StartedNode>
  /** waits until the coordinator sees `n` live workers */
  waitForWorkers: (n: number, timeoutMs?: number) => Promise<void>
  stop: () => Promise<void>
}

/** Starts a node of `role` in a fresh temp dir. */
export async function startTestNode (role: 'coordinator' | 'worker', overrides: NodeConfigInput = {}, dataDir?: string): Promise<{ node: StartedNode, dataDir: string }> {
  const dir = dataDir ?? await mkdtemp(join(tmpdir(), `ailee-${role}-`))
  const config = resolveConfig(merge(merge(FAST, { role }), overrides) as NodeConfigInput)
  const node = await startNode(config, { dataDir: dir, logger: createLogger(config.logLevel, { role }) })
  return { node, dataDir: dir }
}

/** Starts a coordinator and `workers` workers; `stop()` stops all and removes their dirs. */
export async function startSwarm (options: { workers: number, coordinator?: NodeConfigInput, worker?: NodeConfigInput }): Promise<Swarm> {
  const dirs: string[] = []
  const { node: coordinator, dataDir } = await startTestNode('coordinator', options.coordinator)
  dirs.push(dataDir)
  const coordinatorAddr = coordinator.multiaddrs().find(a => a.includes('/127.0.0.1/')) ?? coordinator.multiaddrs()[0]
  const workers: StartedNode[] = []
  const addWorker = async (overrides: NodeConfigInput = {}): Promise<StartedNode> => {
    const { node, dataDir } = await startTestNode('worker', merge(merge(options.worker ?? {}, { network: { bootstrap: [coordinatorAddr] } }), overrides))
    dirs.push(dataDir)
    workers.push(node)
    return node
  }
  for (let i = 0; i < options.workers; i++) await addWorker()
  const waitForWorkers = async (n: number, timeoutMs = 15_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs
    while (coordinator.coordinator!.scheduler.peers().filter(p => p.alive === true).length < n) {
      if (Date.now() > deadline) throw new Error(`coordinator saw ${coordinator.coordinator!.scheduler.peers().length} workers, wanted ${n}`)
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
  return {
    coordinator,
    workers,
    coordinatorAddr,
    addWorker,
    waitForWorkers,
    stop: async () => {
      await Promise.allSettled(workers.map(async w => { await w.stop() }))
      await coordinator.stop()
      await Promise.allSettled(dirs.map(async d => { await rm(d, { recursive: true, force: true }) }))
    }
  }
}
