/**
 * What `GET /ready` checks on a node (docs/operating.md): the libp2p host
 * listens and the protocol server serves, the state database is open, the
 * stored chain was validated, the role takes work (a coordinator accepts tasks
 * and has room; a worker is connected to a coordinator it serves and is not
 * draining), and the node is not stopping. The composition root
 * (`ailee-node.ts`) fills a {@link NodeProgress} as it starts and stops.
 */
import type { NodeConfig } from '../config/schema.ts'
import type { ReadinessCheck } from '../metrics/readiness.ts'
import { topicsFor } from '../p2p/topics.ts'

/** How far a node has come: set by `startNode` step by step, read at each `/ready`. */
export interface NodeProgress {
  host?: {
    multiaddrs: () => string[]
    /** peer ids of the connected peers */
    connectedPeers: () => string[]
    /** peer ids subscribed to a gossip topic (as gossipsub knows them) */
    subscribers: (topic: string) => string[]
  }
  db?: { closed: boolean }
  /** the stored chain passed validation */
  chainValidated: boolean
  /** the `/ailee/task/1.0.0` server is started */
  serving: boolean
  coordinator?: { accepting: () => boolean, openTasks: () => number }
  worker?: { draining: () => boolean }
  /** stop() was called */
  stopping: boolean
}

/**
 * The readiness checks of a node with `config`, reading `progress` each time.
 *
 * A worker counts a connected peer as a coordinator when it subscribes to the
 * telemetry topic (only coordinators do); with `worker.coordinators` set, only
 * those peers count.
 */
export function nodeReadinessChecks (config: NodeConfig, progress: NodeProgress): ReadinessCheck[] {
  const topics = topicsFor(config.network.networkId)
  const checks: ReadinessCheck[] = [
    {
      name: 'listening',
      missing: () => {
        if (progress.host == null) return 'libp2p host not started yet'
        if (progress.host.multiaddrs().length === 0) return 'libp2p listens on no address'
        if (!progress.serving) return 'task protocol server not started yet'
        return undefined
      }
    },
    {
      name: 'state',
      missing: () => progress.db == null ? 'state database not open yet' : progress.db.closed ? 'state database closed' : undefined
    },
    {
      name: 'chain',
      missing: () => progress.chainValidated ? undefined : 'stored chain not validated yet'
    }
  ]
  if (config.role === 'coordinator') {
    checks.push({
      name: 'coordinator',
      missing: () => {
        const c = progress.coordinator
        if (c == null) return 'coordinator role not started yet'
        if (!c.accepting()) return 'coordinator does not accept tasks (shutting down)'
        const open = c.openTasks()
        if (open >= config.limits.maxOpenTasks) return `coordinator full: ${open} open tasks, limits.maxOpenTasks is ${config.limits.maxOpenTasks}`
        return undefined
      }
    })
  } else {
    const allowed = new Set(config.worker.coordinators)
    checks.push({
      name: 'worker',
      missing: () => {
        const w = progress.worker
        if (w == null) return 'worker role not started yet'
        if (w.draining()) return 'worker draining: it takes no tasks'
        const host = progress.host
        if (host == null) return 'libp2p host not started yet'
        const coordinators = new Set(host.subscribers(topics.telemetry))
        const connected = host.connectedPeers().filter(p => coordinators.has(p) && (allowed.size === 0 || allowed.has(p)))
        if (connected.length === 0) {
          return allowed.size === 0
            ? 'not connected to a coordinator (no connected peer subscribes to the telemetry topic; check network.bootstrap)'
            : 'not connected to any coordinator of worker.coordinators (check network.bootstrap)'
        }
        return undefined
      }
    })
  }
  checks.push({ name: 'draining', missing: () => progress.stopping ? 'node is stopping (draining)' : undefined })
  return checks
}
