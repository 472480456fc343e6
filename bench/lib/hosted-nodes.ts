/**
 * Starts one bench/lib/node-host.ts process running several nodes, and gives each node as a
 * {@link NodeProcess} (bench/swarm.ts reads their node.json, logs and pid as it does for
 * `bin/node` processes; the nodes of one host share its pid, so per-node CPU and memory are the
 * host's divided by its node count).
 */
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { waitForNodeJson } from '../../src/cli/util/node-json.ts'
import { logTail } from '../../src/cli/cmds/demo/processes.ts'
import { NodeProcess, type NodeGroup, type NodeProcessOptions } from '../../test/multiprocess/node-process.ts'
import type { HostSpec } from './node-host.ts'

const HOST_SCRIPT = fileURLToPath(new URL('./node-host.ts', import.meta.url))

/** One node to host: as {@link NodeProcessOptions} of a `bin/node` process (role, data dir, bootstrap, DHT, config, log level). */
export type HostedNodeOptions = Pick<NodeProcessOptions, 'role' | 'dataDir' | 'bootstrap' | 'dht' | 'config' | 'logLevel'>

/**
 * Spawns one host process running `nodes` (in order) and waits until each has written its
 * node.json. The host gets bin/node's V8 flags (`AILEE_NODE_V8_FLAGS`, default
 * `--max-semi-space-size=8`). Every node listens on its own 127.0.0.1 port, with metrics on a
 * free port and mDNS off, as NodeGroup starts `bin/node`.
 *
 * @param group the returned nodes are added to it, so `group.stopAll()` kills the host
 * @param hostLog the host process's own stdout/stderr
 * @throws Error when the host exits or a node.json does not appear within `startTimeoutMs` (the host is killed; the message ends with the node's log)
 */
export async function startHostedNodes (group: NodeGroup, nodes: HostedNodeOptions[], hostLog: string, startTimeoutMs: number): Promise<NodeProcess[]> {
  const spec: HostSpec = { nodes: [] }
  for (const n of nodes) {
    await mkdir(n.dataDir, { recursive: true })
    await rm(join(n.dataDir, 'node.json'), { force: true })
    const config: NodeConfigInput = {
      ...n.config,
      role: n.role,
      logLevel: n.logLevel ?? 'warn',
      network: { ...n.config?.network, listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap: n.bootstrap ?? [], mdns: false, dht: n.dht === true },
      metrics: { ...n.config?.metrics, listen: '127.0.0.1:0' }
    }
    spec.nodes.push({ dataDir: n.dataDir, config })
  }
  const specPath = `${hostLog}.spec.json`
  await writeFile(specPath, JSON.stringify(spec))
  const flags = (process.env.AILEE_NODE_V8_FLAGS ?? '--max-semi-space-size=8').split(/\s+/).filter(f => f !== '')
  const fd = openSync(hostLog, 'a')
  const child = spawn(process.execPath, [...flags, HOST_SCRIPT, specPath], { stdio: ['ignore', fd, fd], detached: true })
  closeSync(fd)
  let running = true
  const exited = new Promise<number | string>(resolve => {
    child.once('exit', (code, signal) => { running = false; resolve(code ?? signal ?? 'unknown') })
  })
  const started: NodeProcess[] = []
  try {
    for (const n of nodes) {
      const logFile = `${n.dataDir}.log`
      let info
      try {
        info = await waitForNodeJson(n.dataDir, startTimeoutMs, () => running)
      } catch (err) {
        throw new Error(`hosted ${n.role} ${basename(n.dataDir)}: ${(err as Error).message}\n--- ${logFile} ---\n${logTail(logFile)}\n--- ${hostLog} ---\n${logTail(hostLog)}`, { cause: err })
      }
      const proc = new NodeProcess({ ...n }, { name: `${n.role} ${basename(n.dataDir)}`, process: child, dataDir: n.dataDir, logFile, info, exited })
      group.processes.push(proc)
      started.push(proc)
    }
    return started
  } catch (err) {
    if (running) child.kill('SIGKILL')
    await exited
    throw err
  }
}
