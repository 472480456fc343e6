/**
 * A cluster of `bin/node` processes for one multi-process test: a coordinator
 * and workers on 127.0.0.1, each in its own temp data directory, with short
 * timers (config written to `<dataDir>/config.json`), a client connected to
 * the coordinator, and one `close()` that kills every process the test
 * started, closes the client and removes the directories.
 */
import { DEV_CLIENT_KEY_FILE } from '../../src/config/dev-account.ts'
import { loadKeyFile } from '../../src/p2p/identity.ts'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { AileeClient, type TaskStatus } from '../../src/client/index.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { merge } from '../helpers/swarm.ts'
import { NodeGroup, type NodeProcess } from './node-process.ts'

/** Short timers for tests (ms), with room for slow start-ups on a loaded machine. */
export const TEST_CONFIG: NodeConfigInput = {
  // failover, not verification, is tested here: a task runs once unless a test asks otherwise
  verification: { defaultPolicy: 'none' },
  timeouts: { bidWindowMs: 200, leaseMs: 3000, requestMs: 5000, fetchMs: 10_000 },
  retry: { initialBackoffMs: 50, maxBackoffMs: 500, breakerHalfOpenAfterMs: 2000 },
  coordinator: { blockIntervalMs: 300, telemetryStaleMs: 4000 },
  worker: { telemetryIntervalMs: 300, shutdownGraceMs: 2000 }
}

/** A running cluster. */
export interface Cluster {
  group: NodeGroup
  root: string
  coordinator: NodeProcess
  workers: NodeProcess[]
  /** a client of the current coordinator (replaced by `reconnect`) */
  client: AileeClient
  /** starts one more worker bootstrapping to the coordinator */
  addWorker: (config?: NodeConfigInput) => Promise<NodeProcess>
  /** closes the client and connects a new one to the current coordinator */
  reconnect: () => Promise<AileeClient>
  /** waits until the coordinator reports `n` live workers */
  waitForWorkers: (n: number, timeoutMs?: number) => Promise<void>
  /** the worker process with this peer id */
  workerById: (peerId: string) => NodeProcess
  /** kills every process, closes the client, removes the directories */
  close: () => Promise<void>
}

/**
 * Starts a coordinator, then `workers` workers in parallel, and connects a client.
 *
 * @throws Error when a process does not start (everything started is stopped first)
 */
export async function startCluster (options: { workers: number, coordinator?: NodeConfigInput, worker?: NodeConfigInput }): Promise<Cluster> {
  const root = await mkdtemp(join(tmpdir(), 'ailee-mp-'))
  const group = new NodeGroup()
  let workerSeq = 0
  let client: AileeClient | undefined
  const close = async (): Promise<void> => {
    try {
      await client?.close().catch(() => {})
      await group.stopAll()
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }
  // the public development key: the default (development) genesis funds it
  const privateKey = await loadKeyFile(DEV_CLIENT_KEY_FILE)
  const connect = async (addr: string): Promise<AileeClient> => await AileeClient.connect(addr, { networkId: 'ailee-dev', reconnectIntervalMs: 200, privateKey })
  try {
    const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'coordinator'), config: merge(TEST_CONFIG, options.coordinator) })
    client = await connect(coordinator.addr)
    const workers: NodeProcess[] = []
    const cluster: Cluster = {
      group,
      root,
      coordinator,
      workers,
      client,
      addWorker: async (config?: NodeConfigInput) => {
        const w = await group.start({
          role: 'worker',
          dataDir: join(root, `worker-${workerSeq++}`),
          bootstrap: [cluster.coordinator.addr],
          config: merge(merge(TEST_CONFIG, options.worker), config)
        })
        workers.push(w)
        return w
      },
      reconnect: async () => {
        await client?.close().catch(() => {})
        client = await connect(cluster.coordinator.addr)
        cluster.client = client
        return client
      },
      waitForWorkers: async (n: number, timeoutMs?: number) => { await waitForLiveWorkers(cluster.client, n, timeoutMs) },
      workerById: (peerId: string) => {
        const w = workers.find(p => p.peerId === peerId)
        if (w == null) throw new Error(`no worker process with peer id ${peerId}`)
        return w
      },
      close
    }
    await Promise.all(Array.from({ length: options.workers }, async () => await cluster.addWorker()))
    return cluster
  } catch (err) {
    await close()
    throw err
  }
}

/**
 * Polls the task's status every 100 ms until `predicate` holds.
 *
 * @throws Error naming the last status when `timeoutMs` passes
 */
export async function waitForStatus (client: AileeClient, taskId: string, predicate: (s: TaskStatus) => boolean, timeoutMs = 60_000): Promise<TaskStatus> {
  const deadline = Date.now() + timeoutMs
  let last: TaskStatus | undefined
  while (true) {
    last = await client.status(taskId)
    if (predicate(last)) return last
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${last.state} (${last.reason}) after ${timeoutMs} ms`)
    await sleep(100)
  }
}

/**
 * Polls the coordinator's `peers` every 100 ms until it reports `n` live workers.
 *
 * @throws Error when `timeoutMs` passes first
 */
export async function waitForLiveWorkers (client: AileeClient, n: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while ((await client.peers()).filter(p => p.alive).length < n) {
    if (Date.now() > deadline) throw new Error(`the coordinator did not report ${n} live workers within ${timeoutMs} ms`)
    await sleep(100)
  }
}
