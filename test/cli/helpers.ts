/**
 * Helpers of the multi-process CLI tests: run `bin/node` commands, and start a
 * small network (one coordinator, N workers) of `bin/node --role ...`
 * processes on 127.0.0.1 with temporary data directories and a network id of
 * their own (so parallel runs never mix).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { localAddress, waitForNodeJson, type NodeInfo } from '../../src/cli/util/node-json.ts'

/** Absolute path of the `bin/node` launcher. */
export const BIN = fileURLToPath(new URL('../../bin/node', import.meta.url))

/** What a finished `bin/node` command produced. */
export interface CliRun {
  /** Exit code (null if killed by a signal). */
  code: number | null
  stdout: Buffer
  stderr: string
}

/**
 * Runs `bin/node ...args` to its end.
 *
 * @param timeoutMs kill it (SIGKILL) after this long @default 120000
 */
export async function runCli (args: string[], timeoutMs = 120_000): Promise<CliRun> {
  const child = spawn(BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (b: Buffer) => out.push(b))
  child.stderr.on('data', (b: Buffer) => err.push(b))
  const timer = setTimeout(() => { child.kill('SIGKILL') }, timeoutMs)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', c => { resolve(c) })
  })
  clearTimeout(timer)
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }
}

/** Parses the single JSON object a `--json` command printed, with its output in the assertion message on failure. */
export function parseJsonOutput (run: CliRun): any {
  try {
    return JSON.parse(run.stdout.toString('utf8'))
  } catch (err) {
    throw new Error(`stdout is not one JSON value (${(err as Error).message}); exit ${run.code}\nstdout: ${run.stdout.toString()}\nstderr: ${run.stderr}`)
  }
}

/** A `bin/node --role ...` process. */
export interface TestNode {
  name: string
  process: ChildProcess
  dataDir: string
  logFile: string
  info: NodeInfo
  /** Exit code, or the signal name. */
  exited: Promise<number | string>
}

/** A coordinator and its workers, all `bin/node` processes. */
export interface TestNetwork {
  dir: string
  networkId: string
  coordinator: TestNode
  workers: TestNode[]
  /** The coordinator's 127.0.0.1 multiaddr. */
  coordinatorAddr: string
  /** `--coordinator ADDR --network-id ID`, for client commands. */
  clientArgs: string[]
  /** SIGKILLs whatever still runs and removes the directory. Idempotent. */
  destroy: () => Promise<void>
}

/** Starts `bin/node --role ROLE --data-dir DIR ...args` and waits for its node.json. */
export async function startNode (name: string, role: string, dir: string, args: string[]): Promise<TestNode> {
  const dataDir = join(dir, name)
  const logFile = join(dir, `${name}.log`)
  const fd = openSync(logFile, 'a')
  const child = spawn(BIN, ['--role', role, '--data-dir', dataDir, '--log-level', 'debug', ...args], { stdio: ['ignore', fd, fd] })
  closeSync(fd)
  let running = true
  const exited = new Promise<number | string>(resolve => {
    child.once('exit', (code, signal) => { running = false; resolve(code ?? signal ?? 'unknown') })
  })
  try {
    const info = await waitForNodeJson(dataDir, 60_000, () => running)
    return { name, process: child, dataDir, logFile, info, exited }
  } catch (err) {
    child.kill('SIGKILL')
    throw new Error(`${(err as Error).message}\n--- ${logFile} ---\n${tail(logFile)}`)
  }
}

/**
 * Starts a coordinator and `workers` workers (bootstrapping to it), and waits
 * until the coordinator reports every worker alive (`bin/node peers --json`).
 */
export async function startNetwork (workers = 2): Promise<TestNetwork> {
  const dir = await mkdtemp(join(tmpdir(), 'ailee-cli-test-'))
  const networkId = `t-${randomBytes(4).toString('hex')}`
  const common = ['--network-id', networkId, '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns']
  const nodes: TestNode[] = []
  let destroyed = false
  const destroy = async (): Promise<void> => {
    if (destroyed) return
    destroyed = true
    for (const n of nodes) n.process.kill('SIGKILL')
    await Promise.all(nodes.map(async n => await n.exited))
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const coordinator = await startNode('coordinator', 'coordinator', dir, common)
    nodes.push(coordinator)
    const coordinatorAddr = localAddress(coordinator.info)
    const started = await Promise.all(Array.from({ length: workers }, async (_, i) => {
      const node = await startNode(`worker-${i + 1}`, 'worker', dir, [...common, '--bootstrap', coordinatorAddr])
      nodes.push(node)
      return node
    }))
    const clientArgs = ['--coordinator', coordinatorAddr, '--network-id', networkId]
    await waitForWorkers(clientArgs, workers)
    return { dir, networkId, coordinator, workers: started, coordinatorAddr, clientArgs, destroy }
  } catch (err) {
    await destroy()
    throw err
  }
}

/** Polls `bin/node peers --json` until `count` workers are alive. */
export async function waitForWorkers (clientArgs: string[], count: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    const run = await runCli(['peers', ...clientArgs, '--json'])
    last = `exit ${run.code}: ${run.stdout.toString()} ${run.stderr}`
    if (run.code === 0 && parseJsonOutput(run).workers.filter((w: any) => w.alive === true).length >= count) return
    await sleep(250)
  }
  throw new Error(`the coordinator did not see ${count} workers within ${timeoutMs} ms (last: ${last})`)
}

/** The last `lines` lines of a log file (for failure messages). */
export function tail (file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}
