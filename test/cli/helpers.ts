/**
 * Helpers of the multi-process CLI tests: run `bin/node` commands, and start a
 * small network (one coordinator, N workers) of `bin/node --role ...`
 * processes on 127.0.0.1 with temporary data directories and a network id of
 * their own (so parallel runs never mix).
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { DEV_CLIENT_KEY_FILE } from '../../src/config/dev-account.ts'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { BIN_NODE, startLocalNetwork, type ChildNode, type LocalNetwork } from '../../src/cli/cmds/demo/processes.ts'

export { logTail as tail } from '../../src/cli/cmds/demo/processes.ts'

/**
 * `XDG_CONFIG_HOME` of every `runCli` (unless its `env` says otherwise): a
 * temporary directory whose `ailee/identity.key` is a copy of the public
 * development key, so client commands never touch the user's own identity and
 * their default identity is funded by the development genesis. Removed at exit.
 */
export const CLI_CONFIG_HOME: string = mkdtempSync(join(tmpdir(), 'ailee-cli-config-'))
mkdirSync(join(CLI_CONFIG_HOME, 'ailee'))
copyFileSync(DEV_CLIENT_KEY_FILE, join(CLI_CONFIG_HOME, 'ailee', 'identity.key'))
process.once('exit', () => { rmSync(CLI_CONFIG_HOME, { recursive: true, force: true }) })

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
export async function runCli (args: string[], timeoutMs = 120_000, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const child = spawn(BIN_NODE, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_CONFIG_HOME: CLI_CONFIG_HOME, ...env } })
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

/** A coordinator and its workers, all `bin/node --role ...` processes. */
export interface TestNetwork extends LocalNetwork {
  dir: string
  networkId: string
  /** `--coordinator ADDR --network-id ID`, for client commands. */
  clientArgs: string[]
  /** SIGKILLs whatever still runs and removes the directory. Idempotent. */
  destroy: () => Promise<void>
}

/**
 * Starts a coordinator and `workers` workers (bootstrapping to it, logging at
 * debug level), and waits until the coordinator reports every worker alive
 * (`bin/node peers --json`).
 */
export async function startNetwork (workers = 2): Promise<TestNetwork> {
  const dir = await mkdtemp(join(tmpdir(), 'ailee-cli-test-'))
  const networkId = `t-${randomBytes(4).toString('hex')}`
  const nodes: ChildNode[] = []
  let destroyed = false
  const destroy = async (): Promise<void> => {
    if (destroyed) return
    destroyed = true
    for (const n of nodes) n.process.kill('SIGKILL')
    await Promise.all(nodes.map(async n => await n.exited))
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const net = await startLocalNetwork({ dir, networkId, workers, args: ['--log-level', 'debug'], startTimeoutMs: 60_000 }, nodes)
    const clientArgs = ['--coordinator', net.coordinatorAddr, '--network-id', networkId]
    await waitForWorkers(clientArgs, workers)
    return { ...net, dir, networkId, clientArgs, destroy }
  } catch (err) {
    await destroy()
    throw err
  }
}

/** Polls `bin/node peers --json` until `count` workers are alive. */
async function waitForWorkers (clientArgs: string[], count: number, timeoutMs = 60_000): Promise<void> {
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
