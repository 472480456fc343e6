/**
 * Several AILEE nodes in one process, for swarms larger than memory allows as one process per
 * node (bench/swarm.ts `--workers-per-process K`). Each node is a full `startNode`
 * (src/node/ailee-node.ts): its own data directory (so its own peer ID, state database and
 * blockstore), its own libp2p host listening on its own 127.0.0.1 port, its own logger writing
 * JSON lines to `<dataDir>.log`, and its own `<dataDir>/node.json` (as `bin/node` writes it), so
 * the bench reads them as it reads `bin/node` processes. What they share is the process: the Node
 * runtime and loaded code (the ~100 MiB a `bin/node` pays once), the event loop and the CPU.
 *
 * Run by {@link startHostedNodes} (bench/lib/hosted-nodes.ts) as
 * `node bench/lib/node-host.ts SPEC.json`, where SPEC.json is a {@link HostSpec}. Nodes start one
 * after the other; SIGTERM/SIGINT stop them all (each bounded by its own stop steps) and exit 0.
 */
import { openSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { pino } from 'pino'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { createLogger } from '../../src/node/logger.ts'
import { startNode, type StartedNode } from '../../src/node/ailee-node.ts'
import { writeNodeJson } from '../../src/cli/util/node-json.ts'

/** One node of a {@link HostSpec}. */
export interface HostedNodeSpec {
  /** identity, state and content of this node; its log goes to `<dataDir>.log` */
  dataDir: string
  /** the node's configuration (role, listen addresses, bootstrap, DHT, ...), validated by `resolveConfig` */
  config: NodeConfigInput
}

/** What one host process runs (the JSON file given as its argument). */
export interface HostSpec {
  nodes: HostedNodeSpec[]
}

async function main (specPath: string): Promise<void> {
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as HostSpec
  const started: StartedNode[] = []
  let stopping = false
  const stopAll = async (): Promise<void> => {
    if (stopping) process.exit(1)
    stopping = true
    await Promise.allSettled(started.map(async n => { await n.stop() }))
    process.exit(0)
  }
  process.on('SIGTERM', () => { void stopAll() })
  process.on('SIGINT', () => { void stopAll() })
  for (const n of spec.nodes) {
    const config = resolveConfig(n.config)
    const destination = pino.destination({ fd: openSync(`${n.dataDir}.log`, 'a'), sync: false })
    const logger = createLogger(config.logLevel, { role: config.role, pid: process.pid }, { destination })
    const node = await startNode(config, { dataDir: n.dataDir, logger })
    started.push(node)
    await writeNodeJson(n.dataDir, {
      peerId: node.peerId,
      role: node.role,
      multiaddrs: node.multiaddrs(),
      networkId: config.network.networkId,
      pid: process.pid,
      startedAtMs: Date.now(),
      ...(node.metricsUrl != null ? { metricsUrl: node.metricsUrl } : {})
    })
  }
  process.stderr.write(`node-host ${process.pid}: ${started.length} nodes started\n`)
}

await main(process.argv[2] ?? (() => { throw new Error('usage: node bench/lib/node-host.ts SPEC.json') })())
