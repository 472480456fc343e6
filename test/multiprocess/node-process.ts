/**
 * Real `bin/node` processes for multi-process tests and the soak benchmark:
 * spawn a coordinator or worker on 127.0.0.1 with its own data directory
 * (`startChildNode` of the demo, logging to `<dataDir>.log`), wait for its
 * `node.json`, send it signals, restart it on the same data directory, and
 * stop every process a group started (and only those) at the end.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { localAddress, type NodeInfo } from '../../src/cli/util/node-json.ts'
import { logTail, startChildNode, type ChildNode } from '../../src/cli/cmds/demo/processes.ts'

/** How a process ended. */
export interface ExitInfo {
  code: number | null
  signal: NodeJS.Signals | null
}

/** Options of {@link NodeGroup.start}. */
export interface NodeProcessOptions {
  role: 'coordinator' | 'worker'
  /** identity, state and content directory; reused across restarts */
  dataDir: string
  /** @default '/ip4/127.0.0.1/tcp/0' */
  listen?: string
  bootstrap?: string[]
  /** written to `<dataDir>/config.json` and passed with `--config` */
  config?: NodeConfigInput
  /** @default 'warn' */
  logLevel?: string
  /** run the Kademlia DHT (`--dht`). @default false (`--no-dht`) */
  dht?: boolean
  /** time allowed for node.json to appear, ms. @default 60000 */
  startTimeoutMs?: number
  /** run the node in this network namespace (`ip netns exec NS bin/node ...`). @default the test's own */
  netns?: string
  /** further `bin/node` arguments, e.g. `['--relay-reserve']`. @default [] */
  args?: string[]
}

/** One running `bin/node --role ...` process. */
export class NodeProcess {
  readonly options: NodeProcessOptions
  readonly child: ChildProcess
  /** node.json of this run */
  readonly info: NodeInfo
  /** its stdout and stderr, appended to across restarts */
  readonly logFile: string
  /** settles when the process has exited */
  readonly exited: Promise<ExitInfo>
  #exit: ExitInfo | undefined

  constructor (options: NodeProcessOptions, node: ChildNode) {
    this.options = options
    this.child = node.process
    this.info = node.info
    this.logFile = node.logFile
    this.exited = node.exited.then(() => {
      this.#exit = { code: this.child.exitCode, signal: this.child.signalCode }
      return this.#exit
    })
  }

  /** Process id. */
  get pid (): number {
    return this.child.pid ?? -1
  }

  get peerId (): string {
    return this.info.peerId
  }

  /** The node's 127.0.0.1 multiaddr, with /p2p/. */
  get addr (): string {
    return localAddress(this.info)
  }

  /** True until the process has exited. */
  get running (): boolean {
    return this.#exit == null
  }

  /** The last lines of the process's log. */
  logTail (lines = 40): string {
    return logTail(this.logFile, lines)
  }

  /** Sends `signal` (to this process only); no-op once it has exited. */
  signal (signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal)
  }

  /**
   * Sends `signal` and waits for the exit; after `timeoutMs` sends SIGKILL.
   *
   * @returns how the process ended
   */
  async stop (signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 30_000): Promise<ExitInfo> {
    if (!this.running) return this.#exit!
    this.signal(signal)
    const timer = setTimeout(() => { this.signal('SIGKILL') }, timeoutMs)
    try {
      return await this.exited
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * The processes one test (or benchmark) started. `stopAll()` kills every one
 * still running, by its own pid, and waits for it to exit.
 */
export class NodeGroup {
  readonly processes: NodeProcess[] = []

  /**
   * Spawns `bin/node --role <role>` and waits until it has written its
   * node.json (a stale one from an earlier run in the same directory is
   * removed first, so the one that appears is this run's).
   *
   * @throws Error when the process exits or node.json does not appear in time (the process is killed; the message ends with its log)
   */
  async start (options: NodeProcessOptions): Promise<NodeProcess> {
    await mkdir(options.dataDir, { recursive: true })
    await rm(join(options.dataDir, 'node.json'), { force: true })
    const args = [
      '--listen', options.listen ?? '/ip4/127.0.0.1/tcp/0',
      '--metrics-listen', '127.0.0.1:0',
      '--no-mdns', options.dht === true ? '--dht' : '--no-dht', '--log-level', options.logLevel ?? 'warn'
    ]
    for (const b of options.bootstrap ?? []) args.push('--bootstrap', b)
    args.push(...(options.args ?? []))
    if (options.config != null) {
      const path = join(options.dataDir, 'config.json')
      await writeFile(path, JSON.stringify(options.config))
      args.push('--config', path)
    }
    const node = await startChildNode({
      name: `${options.role} ${basename(options.dataDir)}`,
      role: options.role,
      dataDir: options.dataDir,
      args,
      startTimeoutMs: options.startTimeoutMs ?? 60_000,
      launcher: options.netns != null ? ['ip', 'netns', 'exec', options.netns] : undefined
    })
    const proc = new NodeProcess(options, node)
    this.processes.push(proc)
    return proc
  }

  /** Starts the process again with the same options (same data directory, so the same peer id). */
  async restart (proc: NodeProcess, changes: Partial<NodeProcessOptions> = {}): Promise<NodeProcess> {
    if (proc.running) await proc.stop('SIGKILL')
    return await this.start({ ...proc.options, ...changes })
  }

  /** SIGKILLs every process of the group still running and waits for each to exit. */
  async stopAll (): Promise<void> {
    await Promise.all(this.processes.map(async p => { await p.stop('SIGKILL', 10_000) }))
  }

  /** Log tails of every process, for a failure report. */
  report (): string {
    return this.processes.map(p => `--- ${p.options.role} pid ${p.pid} (${p.logFile})\n${p.logTail()}`).join('\n')
  }
}
