/**
 * An in-process swarm for the latency benchmark: one coordinator and N
 * workers, each a real libp2p host on 127.0.0.1 with its own temp data
 * directory, with the default config (timers included) except that discovery
 * is by bootstrap only (no mDNS, no DHT) and logs are silent, so the figures
 * are those of a default deployment.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { startNode, type StartedNode } from '../../src/node/ailee-node.ts'
import { createLogger } from '../../src/node/logger.ts'

/** A running in-process swarm. */
export interface BenchSwarm {
  coordinator: StartedNode
  workers: StartedNode[]
  /** the coordinator's 127.0.0.1 multiaddr, with /p2p/ */
  coordinatorAddr: string
  /** stops every node and removes the data directories */
  stop: () => Promise<void>
}

/**
 * Starts a coordinator and `workers` workers and waits until the coordinator
 * sees every worker alive.
 *
 * @throws Error when the workers are not all seen within `timeoutMs` (the swarm is stopped first)
 */
export async function startBenchSwarm (workers: number, timeoutMs = 30_000): Promise<BenchSwarm> {
  const dirs: string[] = []
  const nodes: StartedNode[] = []
  const start = async (input: NodeConfigInput): Promise<StartedNode> => {
    const dir = await mkdtemp(join(tmpdir(), `ailee-bench-${input.role ?? 'node'}-`))
    dirs.push(dir)
    const config = resolveConfig({ logLevel: 'silent', ...input })
    const node = await startNode(config, { dataDir: dir, logger: createLogger('silent', { role: config.role }) })
    nodes.push(node)
    return node
  }
  const stop = async (): Promise<void> => {
    await Promise.allSettled(nodes.slice(1).map(async n => { await n.stop() }))
    await nodes[0]?.stop()
    await Promise.allSettled(dirs.map(async d => { await rm(d, { recursive: true, force: true }) }))
  }
  try {
    const network = { mdns: false, dht: false, listen: ['/ip4/127.0.0.1/tcp/0'] }
    const coordinator = await start({ role: 'coordinator', network })
    const coordinatorAddr = coordinator.multiaddrs().find(a => a.includes('/127.0.0.1/')) ?? coordinator.multiaddrs()[0]
    const started: StartedNode[] = []
    for (let i = 0; i < workers; i++) started.push(await start({ role: 'worker', network: { ...network, bootstrap: [coordinatorAddr] } }))
    const deadline = Date.now() + timeoutMs
    while (coordinator.coordinator!.scheduler.peers().filter(p => p.alive === true).length < workers) {
      if (Date.now() > deadline) throw new Error(`the coordinator saw fewer than ${workers} live workers within ${timeoutMs} ms`)
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    return { coordinator, workers: started, coordinatorAddr, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
