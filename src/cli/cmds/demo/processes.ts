/**
 * Child node processes for the demo (and the CLI tests): each runs
 * `src/cli/index.ts --role ...` with this process's Node, logs to a file, and
 * is found through the node.json it writes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync, closeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { waitForNodeJson, type NodeInfo } from '../../util/node-json.ts'

/** Path of the CLI entry point. */
export const CLI_ENTRY = fileURLToPath(new URL('../../index.ts', import.meta.url))

/** A node running as a child process. */
export interface ChildNode {
  name: string
  process: ChildProcess
  dataDir: string
  /** The node's log (its stderr). */
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
  /** Where the node's stderr (its log) goes. @default `<dataDir>.log` */
  logFile?: string
  /** Time allowed until node.json appears, ms. @default 30000 */
  startTimeoutMs?: number
}

/**
 * Starts a node process and waits until it has written node.json.
 *
 * @throws Error when the process exits or does not write node.json in time (it is killed then)
 */
export async function startChildNode (options: ChildNodeOptions): Promise<ChildNode> {
  const logFile = options.logFile ?? `${options.dataDir}.log`
  const fd = openSync(logFile, 'a')
  const child = spawn(process.execPath, [CLI_ENTRY, '--role', options.role, '--data-dir', options.dataDir, ...options.args], {
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
    throw new Error(`${options.name}: ${(err as Error).message} (log: ${logFile})`, { cause: err })
  }
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
