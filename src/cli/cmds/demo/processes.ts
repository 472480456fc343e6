/**
 * Child node processes for the demo (and the CLI tests): each runs
 * `bin/node --role ...` (so it picks its Node as `bin/node` does), logs to a
 * file, and is found through the node.json it writes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { localAddress, waitForNodeJson, type NodeInfo } from '../../util/node-json.ts'

/** Absolute path of the `bin/node` launcher. */
export const BIN_NODE = fileURLToPath(new URL('../../../../bin/node', import.meta.url))

/** A node running as a child process. */
export interface ChildNode {
  name: string
  process: ChildProcess
  dataDir: string
  /** The node's log (its stdout and stderr). */
  logFile: string
  /** node.json of the node, once it listens. */
  info: NodeInfo
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<number | string>
}

/** Options of {@link startChildNode}. */
export interface ChildNodeOptions {
  name: string
  role: 'coordinator' | 'worker'
  dataDir: string
  /** Extra arguments, e.g. `['--bootstrap', addr, '--network-id', id]`. */
  args: string[]
  /** Where the node's stdout and stderr (its log) go. @default `<dataDir>.log` */
  logFile?: string
  /** Time allowed until node.json appears, ms. @default 30000 */
  startTimeoutMs?: number
  /**
   * Command that runs `bin/node` and must exec it in place (same pid), e.g.
   * `['ip', 'netns', 'exec', 'ns1']` to run the node in a network namespace. @default none
   */
  launcher?: string[]
}

/**
 * Starts a node process and waits until it has written node.json.
 *
 * @throws Error when the process exits or does not write node.json in time (it is killed then); the message ends with the log's last lines
 */
export async function startChildNode (options: ChildNodeOptions): Promise<ChildNode> {
  const logFile = options.logFile ?? `${options.dataDir}.log`
  const fd = openSync(logFile, 'a')
  const argv = [BIN_NODE, '--role', options.role, '--data-dir', options.dataDir, ...options.args]
  const [command, ...args] = [...(options.launcher ?? []), ...argv]
  const child = spawn(command, args, {
    stdio: ['ignore', fd, fd],
    // own process group: a Ctrl+C in the terminal reaches only the parent, which stops the nodes one by one
    detached: true
  })
  closeSync(fd)
  let running = true
  const exited = new Promise<number | string>(resolve => {
    child.once('exit', (code, signal) => { running = false; resolve(code ?? signal ?? 'unknown') })
  })
  try {
    const info = await waitForNodeJson(options.dataDir, options.startTimeoutMs ?? 30_000, () => running)
    return { name: options.name, process: child, dataDir: options.dataDir, logFile, info, exited }
  } catch (err) {
    if (running) child.kill('SIGKILL')
    await exited
    throw new Error(`${options.name}: ${(err as Error).message}\n--- last lines of ${logFile} ---\n${logTail(logFile)}`, { cause: err })
  }
}

/** Options of {@link startLocalNetwork}. */
export interface LocalNetworkOptions {
  /** Each node gets `<dir>/<name>` as data directory and `<dir>/<name>.log` as log. */
  dir: string
  networkId: string
  workers: number
  /** Extra arguments of every node, e.g. `['--log-level', 'debug']`. @default [] */
  args?: string[]
  /** Time allowed per node until node.json appears, ms. @default 30000 */
  startTimeoutMs?: number
}

/** A coordinator and its workers, as started by {@link startLocalNetwork}. */
export interface LocalNetwork {
  coordinator: ChildNode
  /** `worker-1` ... `worker-N`, in that order. */
  workers: ChildNode[]
  /** The coordinator's 127.0.0.1 multiaddr, with `/p2p/`. */
  coordinatorAddr: string
}

/**
 * Starts a coordinator, then `workers` workers bootstrapping to it, all
 * listening on 127.0.0.1 without mDNS, on network `networkId`. Each node is
 * added to `started` as soon as it runs, so the caller can stop every one of
 * them even when a later one fails to start.
 *
 * @throws Error as {@link startChildNode}
 */
export async function startLocalNetwork (options: LocalNetworkOptions, started: ChildNode[]): Promise<LocalNetwork> {
  const common = ['--network-id', options.networkId, '--listen', '/ip4/127.0.0.1/tcp/0', '--metrics-listen', '127.0.0.1:0', '--no-mdns', ...(options.args ?? [])]
  const start = async (name: string, role: ChildNodeOptions['role'], args: string[]): Promise<ChildNode> => {
    const node = await startChildNode({ name, role, dataDir: join(options.dir, name), args, startTimeoutMs: options.startTimeoutMs })
    started.push(node)
    return node
  }
  const coordinator = await start('coordinator', 'coordinator', common)
  const coordinatorAddr = localAddress(coordinator.info)
  const workers = await Promise.all(Array.from({ length: options.workers }, async (_, i) =>
    await start(`worker-${i + 1}`, 'worker', [...common, '--bootstrap', coordinatorAddr])))
  return { coordinator, workers, coordinatorAddr }
}

/**
 * Sends SIGTERM and waits for the exit; SIGKILL after `timeoutMs`.
 *
 * @returns the exit code, or the signal name when it was killed
 */
export async function stopChildNode (node: ChildNode, timeoutMs = 30_000): Promise<number | string> {
  if (node.process.exitCode == null && node.process.signalCode == null) node.process.kill('SIGTERM')
  const timer = setTimeout(() => { node.process.kill('SIGKILL') }, timeoutMs)
  try {
    return await node.exited
  } finally {
    clearTimeout(timer)
  }
}

/** The last `lines` lines of a log file, or `(no log)` when it cannot be read. */
export function logTail (file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}
