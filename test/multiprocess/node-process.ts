/**
 * Real `bin/node` processes for multi-process tests and the soak benchmark:
 * spawn a coordinator or worker on 127.0.0.1 with its own data directory, wait
 * for its `node.json`, send it signals, restart it on the same data directory,
 * and stop every process a group started (and only those) at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { localAddress, readNodeJson, type NodeInfo } from '../../src/cli/util/node-json.ts'

/** Absolute path of the `bin/node` launcher. */
export const BIN_NODE = fileURLToPath(new URL('../../bin/node', import.meta.url))

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
  /** time allowed for node.json to appear, ms. @default 60000 */
  startTimeoutMs?: number
}

/** Lines of stderr kept per process for failure reports. */
const STDERR_LINES = 200

/** One running `bin/node --role ...` process. */
export class NodeProcess {
  readonly options: NodeProcessOptions
  readonly child: ChildProcess
  /** node.json of this run */
  info!: NodeInfo
  /** settles when the process has exited */
  readonly exited: Promise<ExitInfo>
  #exit: ExitInfo | undefined
  readonly #stderr: string[] = []

  constructor (options: NodeProcessOptions, child: ChildProcess) {
    this.options = options
    this.child = child
    this.exited = new Promise(resolve => {
      child.once('exit', (code, signal) => {
        this.#exit = { code, signal }
        resolve(this.#exit)
      })
    })
    let partial = ''
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n')
      partial = lines.pop() ?? ''
      this.#stderr.push(...lines)
      if (this.#stderr.length > STDERR_LINES) this.#stderr.splice(0, this.#stderr.length - STDERR_LINES)
    })
    child.stdout?.resume()
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

  /** The last lines the process wrote to stderr. */
  stderrTail (lines = 40): string {
    return this.#stderr.slice(-lines).join('\n')
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
   * removed first).
   *
   * @throws Error when the process exits or node.json does not appear in time (the process is killed)
   */
  async start (options: NodeProcessOptions): Promise<NodeProcess> {
    await mkdir(options.dataDir, { recursive: true })
    await rm(join(options.dataDir, 'node.json'), { force: true })
    const args = [
      '--role', options.role, '--data-dir', options.dataDir,
      '--listen', options.listen ?? '/ip4/127.0.0.1/tcp/0',
      '--no-mdns', '--no-dht', '--log-level', options.logLevel ?? 'warn'
    ]
    for (const b of options.bootstrap ?? []) args.push('--bootstrap', b)
    if (options.config != null) {
      const path = join(options.dataDir, 'config.json')
      await writeFile(path, JSON.stringify(options.config))
      args.push('--config', path)
    }
    const child = spawn(BIN_NODE, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const proc = new NodeProcess(options, child)
    this.processes.push(proc)
    const deadline = Date.now() + (options.startTimeoutMs ?? 60_000)
    while (true) {
      const info = await readNodeJson(options.dataDir).catch(() => undefined)
      if (info != null && info.pid === proc.pid) {
        proc.info = info
        return proc
      }
      if (!proc.running || Date.now() > deadline) {
        await proc.stop('SIGKILL')
        throw new Error(`${options.role} in ${options.dataDir} did not start (exit ${JSON.stringify(await proc.exited)}):\n${proc.stderrTail()}`)
      }
      await new Promise(resolve => setTimeout(resolve, 50))
    }
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

  /** stderr tails of every process, for a failure report. */
  report (): string {
    return this.processes.map(p => `--- ${p.options.role} pid ${p.pid} (${p.options.dataDir})\n${p.stderrTail()}`).join('\n')
  }
}

/** The 127.0.0.1 TCP port of a multiaddr like `/ip4/127.0.0.1/tcp/4001/p2p/...`. */
export function tcpPort (addr: string): number {
  const m = /\/tcp\/(\d+)/.exec(addr)
  if (m == null) throw new Error(`no /tcp/ port in ${addr}`)
  return Number(m[1])
}
