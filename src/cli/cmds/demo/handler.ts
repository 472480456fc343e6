/**
 * The demo: starts one coordinator and N workers (default 2) as child
 * processes on 127.0.0.1, each with a temporary data directory and its own
 * network id; waits until the coordinator sees every worker; submits
 * `test/fixtures/primes.wasm` through the client library; prints the program's
 * output, the result and receipt, and the selection scores; then stops every
 * node with SIGTERM and checks each exits 0.
 *
 * Exit 0 when the task completed and was verified and every node stopped
 * cleanly, 1 otherwise. Node logs are in the temporary directory (kept with
 * `--keep`, and their tails printed on failure).
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { AileeClient, type TaskResult, type WorkerInfo } from '../../../client/index.ts'
import { formatPeers } from '../peers/handler.ts'
import { DEV_CLIENT_KEY_FILE } from '../../../config/dev-account.ts'
import { loadKeyFile } from '../../../p2p/identity.ts'
import { formatStatus } from '../status/handler.ts'
import { createProgressPrinter } from '../../output/progress.ts'
import { isSuccess, resultJson, summaryLine } from '../../output/task-output.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { EXIT, type ExitStatus } from '../../util/exit.ts'
import { logTail, startLocalNetwork, stopChildNode, type ChildNode } from './processes.ts'

/** `demo` options as commander parses them. */
export interface DemoCliOptions {
  workers?: number
  arg?: string
  keep?: boolean
  json?: boolean
}

/** The example task. */
export const EXAMPLE_WASM = fileURLToPath(new URL('../../../../test/fixtures/primes.wasm', import.meta.url))

const WORKERS_TIMEOUT_MS = 60_000

/**
 * Runs the demo.
 *
 * @returns 0 on success, 1 otherwise
 */
export async function runDemo (opts: DemoCliOptions): Promise<ExitStatus> {
  const say = (line: string): void => { (opts.json === true ? process.stderr : process.stdout).write(line + '\n') }
  const workerCount = opts.workers ?? 2
  const tmp = await mkdtemp(join(tmpdir(), 'ailee-demo-'))
  const networkId = `demo-${randomBytes(4).toString('hex')}`
  const nodes: ChildNode[] = []
  const killAll = (): void => { for (const n of nodes) n.process.kill('SIGKILL') }
  process.once('exit', killAll)
  const interrupted = new AbortController()
  const onSignal = (): void => { say('interrupted: stopping the nodes'); interrupted.abort() }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let client: AileeClient | undefined
  let ok = false
  try {
    say(`AILEE demo: 1 coordinator + ${workerCount} workers on 127.0.0.1, network ${networkId}, data in ${tmp}`)
    const { coordinatorAddr, workers } = await startLocalNetwork({ dir: tmp, networkId, workers: workerCount }, nodes)
    say(`  coordinator  ${coordinatorAddr}`)
    for (const w of workers) say(`  ${w.name.padEnd(11)}  ${w.info.peerId}`)

    // the public development key, funded by the development genesis (src/config/dev-account.ts)
    client = await AileeClient.connect(coordinatorAddr, { networkId, privateKey: await loadKeyFile(DEV_CLIENT_KEY_FILE) })
    say(`  client       ${client.peerId} (the public development account, funded by the development genesis)`)
    say(`waiting for the coordinator to see ${workerCount} workers ...`)
    const peers = await waitForWorkers(client, workerCount, interrupted.signal)
    say(formatPeers(peers).trimEnd())

    const args = [opts.arg ?? '1000000']
    say(`\nsubmitting ${relative(process.cwd(), EXAMPLE_WASM)} ${args.join(' ')} (counts the primes below ${args[0]})`)
    const result = await client.submit({
      wasm: new Uint8Array(await readFile(EXAMPLE_WASM)),
      args,
      onProgress: createProgressPrinter(opts.json === true ? process.stderr : process.stdout, true),
      signal: interrupted.signal
    })
    await printResult(result, opts, say)
    const status = await client.status(result.taskId)
    say('\n--- task status: why the worker was chosen (bin/node status) ---')
    say(formatStatus({ ...status, result: null }).trimEnd())
    ok = isSuccess(result)
    if (!ok) say(`\nthe task did not succeed: ${summaryLine(result)}`)
  } catch (err) {
    say(`demo failed: ${(err as Error).message}`)
  } finally {
    await client?.close().catch(() => {})
    const exits = await stopAll(nodes, say)
    if (exits.some(code => code !== 0)) ok = false
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    process.off('exit', killAll)
    if (!ok) printLogTails(nodes, say)
    if (opts.keep === true || !ok) say(`data directories and logs kept in ${tmp}`)
    else await rm(tmp, { recursive: true, force: true })
  }
  say(ok ? '\ndemo OK' : '\ndemo FAILED')
  return ok ? EXIT.ok : EXIT.failure
}

async function waitForWorkers (client: AileeClient, count: number, signal: AbortSignal): Promise<WorkerInfo[]> {
  const deadline = Date.now() + WORKERS_TIMEOUT_MS
  while (true) {
    const peers = await client.peers()
    if (peers.filter(p => p.alive && !p.draining).length >= count) return peers
    if (signal.aborted) throw new Error('interrupted')
    if (Date.now() > deadline) throw new Error(`the coordinator saw ${peers.length} of ${count} workers after ${WORKERS_TIMEOUT_MS} ms`)
    await sleep(250)
  }
}

async function printResult (result: TaskResult, opts: DemoCliOptions, say: (line: string) => void): Promise<void> {
  const json = resultJson(result)
  if (opts.json === true) {
    await printJson(json, true)
    return
  }
  say('\n--- program output (stdout) ---')
  await writeAll(process.stdout, result.stdout)
  if (result.stderr !== '') say(`--- program stderr ---\n${result.stderr}`)
  say('--- result and receipt ---')
  delete json.stdout
  delete json.stdoutBase64
  await printJson(json, true)
}

async function stopAll (nodes: ChildNode[], say: (line: string) => void): Promise<Array<number | string>> {
  if (nodes.length === 0) return []
  // workers first (they drain), then the coordinator
  const workers = nodes.filter(n => n.name !== 'coordinator').sort((a, b) => a.name.localeCompare(b.name))
  const coordinators = nodes.filter(n => n.name === 'coordinator')
  const exits = [
    ...await Promise.all(workers.map(async n => await stopChildNode(n))),
    ...await Promise.all(coordinators.map(async n => await stopChildNode(n)))
  ]
  say(`\nstopped: ${[...workers, ...coordinators].map((n, i) => `${n.name} exit ${exits[i]}`).join(', ')}`)
  return exits
}

function printLogTails (nodes: ChildNode[], say: (line: string) => void): void {
  for (const n of nodes) say(`--- last lines of ${n.logFile} ---\n${logTail(n.logFile, 15)}`)
}
