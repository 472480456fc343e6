/**
 * `bin/node config print` (text and JSON, values with their sources, bad
 * values refused), and real nodes configured only through AILEE_* variables:
 * a coordinator and a worker started as `bin/node` with no argument at all.
 */
import { describe, it, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { BIN_NODE } from '../../src/cli/cmds/demo/processes.ts'
import { localAddress, waitForNodeJson, type NodeInfo } from '../../src/cli/util/node-json.ts'
import { configKeys } from '../../src/config/keys.ts'
import { parseJsonOutput, runCli, tail } from './helpers.ts'

/** The environment of a child without any AILEE_* variable of the test runner's own. */
function cleanEnv (extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AILEE_')) env[k] = v
  return { ...env, ...extra }
}

describe('bin/node config print', () => {
  it('prints every key with its value and source: default, env file, config file, env var, flag', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ailee-config-print-'))
    try {
      const file = join(dir, 'my.yaml')
      await writeFile(file, 'worker:\n  price: 42\n')
      const run = await runCli(['config', 'print', '--env', 'production', '--config', file, '--slots', '9'], 60_000,
        cleanEnv({ AILEE_RETRY_MAX_ATTEMPTS: '8', AILEE_NETWORK: 'seed-net' }))
      assert.equal(run.code, 0, run.stderr)
      const text = run.stdout.toString()
      assert.match(text, /^# environment: production \(flag --env\)$/m)
      assert.match(text, /^worker\.slots +9 +flag --slots$/m)
      assert.match(text, /^retry\.maxAttempts +8 +env var AILEE_RETRY_MAX_ATTEMPTS$/m)
      assert.match(text, /^network\.networkId +seed-net +env var AILEE_NETWORK$/m)
      assert.match(text, new RegExp(`^worker\\.price +42 +config file ${file.replace(/[.]/g, '\\.')}$`, 'm'))
      assert.match(text, /^ledger\.genesis +\{\} +env file \S*config\/production\.yaml$/m)
      assert.match(text, /^network\.mdns +false +env file \S*production\.yaml$/m)
      assert.match(text, /^timeouts\.leaseMs +5000 +default$/m)
      for (const key of configKeys()) assert.match(text, new RegExp(`^${key.key.replace(/\./g, '\\.')} `, 'm'), `${key.key} missing`)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('--json: the effective config and each key\'s source and variable', async () => {
    const run = await runCli(['config', 'print', '--json', '--log-level', 'coordinator=debug'], 60_000, cleanEnv({ AILEE_ENV: 'staging', AILEE_WORKER_SLOTS: '3' }))
    assert.equal(run.code, 0, run.stderr)
    const out = parseJsonOutput(run)
    assert.equal(out.environment, 'staging')
    assert.deepEqual(out.environmentFrom, { source: 'env var', from: 'AILEE_ENV' })
    assert.equal(out.config.worker.slots, 3)
    assert.deepEqual(out.sources['worker.slots'], { source: 'env var', from: 'AILEE_WORKER_SLOTS', envVar: 'AILEE_WORKER_SLOTS' })
    assert.deepEqual(out.sources.logLevel, { source: 'flag', from: '--log-level', envVar: 'AILEE_LOG_LEVEL' })
    assert.equal(out.config.logLevel, 'coordinator=debug')
    assert.equal(out.sources['network.networkId'].source, 'env file')
    assert.deepEqual(Object.keys(out.sources).sort(), configKeys().map(k => k.key).sort())
  })

  it('refuses a bad value with exit 2, naming key, variable and rule; warns of unknown AILEE_* variables', async () => {
    const run = await runCli(['config', 'print'], 60_000, cleanEnv({ AILEE_WORKER_SLOTS: '0', AILEE_WORKR_SLOTS: '2' }))
    assert.equal(run.code, 2)
    assert.match(run.stderr, /worker\.slots = 0 from env var AILEE_WORKER_SLOTS: Too small: expected number to be >0/)
    const json = await runCli(['config', 'print', '--json'], 60_000, cleanEnv({ AILEE_NETWORK_MDNS: 'perhaps' }))
    assert.equal(json.code, 2)
    assert.match(parseJsonOutput(json).error.message, /network\.mdns = "perhaps" from env var AILEE_NETWORK_MDNS: .*expected boolean/)
    const warned = await runCli(['config', 'print'], 60_000, cleanEnv({ AILEE_WORKR_SLOTS: '2' }))
    assert.equal(warned.code, 0)
    assert.match(warned.stderr, /warning: AILEE_WORKR_SLOTS is not a configuration variable/)
  })

  it('bin/node without a role anywhere still asks for one', async () => {
    const run = await runCli([], 60_000, cleanEnv({}))
    assert.equal(run.code, 2)
    assert.match(run.stderr, /missing --role coordinator\|worker \(or AILEE_ROLE/)
  })
})

interface EnvNode { process: ChildProcess, dataDir: string, logFile: string, info: NodeInfo, exited: Promise<number | null> }

/** Starts `bin/node` with NO arguments and `env`, and waits for its node.json. */
async function startEnvNode (dataDir: string, env: Record<string, string>): Promise<EnvNode> {
  const logFile = `${dataDir}.log`
  const fd = openSync(logFile, 'a')
  const child = spawn(BIN_NODE, [], { stdio: ['ignore', fd, fd], env: cleanEnv({ ...env, AILEE_DATA_DIR: dataDir }) })
  closeSync(fd)
  let running = true
  const exited = new Promise<number | null>(resolve => { child.once('exit', code => { running = false; resolve(code) }) })
  try {
    const info = await waitForNodeJson(dataDir, 60_000, () => running)
    return { process: child, dataDir, logFile, info, exited }
  } catch (err) {
    child.kill('SIGKILL')
    throw new Error(`${(err as Error).message}\n${tail(logFile)}`)
  }
}

describe('nodes configured only by AILEE_* variables', () => {
  let dir: string
  const nodes: EnvNode[] = []
  const networkId = `t-${randomBytes(4).toString('hex')}`
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'ailee-env-nodes-')) })
  after(async () => {
    for (const n of nodes) n.process.kill('SIGKILL')
    await Promise.all(nodes.map(async n => await n.exited))
    await rm(dir, { recursive: true, force: true })
  })

  it('a coordinator and a worker start from AILEE_ROLE etc. and run with those values', async () => {
    const common = { AILEE_NETWORK_LISTEN: '/ip4/127.0.0.1/tcp/0', AILEE_NETWORK_MDNS: 'false', AILEE_NETWORK_DHT: 'false', AILEE_METRICS_LISTEN: '127.0.0.1:0' }
    const coordinator = await startEnvNode(join(dir, 'coordinator'), {
      ...common,
      AILEE_ROLE: 'coordinator',
      AILEE_ENV: 'production',
      AILEE_NETWORK: networkId, // the seed deployment examples' alias
      AILEE_LOG_LEVEL: 'info,p2p=debug,libp2p:gossipsub=warn'
    })
    nodes.push(coordinator)
    assert.equal(coordinator.info.role, 'coordinator')
    assert.equal(coordinator.info.networkId, networkId)
    // AILEE_METRICS_LISTEN port 0: any free port, named in node.json
    assert.match(coordinator.info.metricsUrl ?? '', /^http:\/\/127\.0\.0\.1:[1-9]\d*\/metrics$/)

    const worker = await startEnvNode(join(dir, 'worker'), {
      ...common,
      AILEE_ROLE: 'worker',
      AILEE_NETWORK_ID: networkId,
      AILEE_NETWORK_BOOTSTRAP: localAddress(coordinator.info),
      AILEE_WORKER_SLOTS: '3',
      AILEE_WORKER_PRICE: '7',
      AILEE_LOG_FORMAT: 'pretty'
    })
    nodes.push(worker)
    assert.equal(worker.info.role, 'worker')
    assert.equal(worker.info.networkId, networkId)

    // the coordinator sees the worker with the slots and price its variables gave
    const clientArgs = ['--coordinator', localAddress(coordinator.info), '--network-id', networkId]
    let seen: any
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const run = await runCli(['peers', ...clientArgs, '--json'], 60_000, cleanEnv({}))
      if (run.code === 0) {
        seen = parseJsonOutput(run).workers.find((w: any) => w.peerId === worker.info.peerId && w.alive === true)
        if (seen != null) break
      }
      await sleep(250)
    }
    assert.ok(seen != null, `the coordinator never saw the worker\n${tail(coordinator.logFile)}`)
    assert.equal(seen.capacitySlots, 3)
    assert.equal(String(seen.price), '7')

    // production: no genesis credits, so the development key has nothing to spend
    const balance = await runCli(['account', 'balance', ...clientArgs, '--json'], 60_000, cleanEnv({}))
    assert.equal(balance.code, 0, balance.stderr)
    assert.equal(String(parseJsonOutput(balance).balance), '0')

    // the coordinator's log: JSON lines; libp2p's components (group p2p) at debug except
    // gossipsub (named itself: warn); the rest at the plain level, info
    const lines = readFileSync(coordinator.logFile, 'utf8').trim().split('\n').map(l => JSON.parse(l))
    assert.ok(lines.some(l => /^libp2p(:|$)/.test(l.component ?? '') && l.level === 20 && l.peerId === coordinator.info.peerId), 'no p2p debug line with the peer id')
    assert.deepEqual(lines.filter(l => l.component?.startsWith('libp2p:gossipsub') && l.level < 40), [], 'gossipsub lines below warn')
    assert.deepEqual(lines.filter(l => l.component == null && l.level < 30), [], 'lines without a component below info')
    assert.ok(lines.some(l => l.msg.includes('environment production')), 'environment not logged')
    // the worker's log is pino-pretty's, not JSON
    const workerLog = readFileSync(worker.logFile, 'utf8')
    assert.match(workerLog, /INFO.*node started/)
    assert.throws(() => JSON.parse(workerLog.split('\n')[0]))
  })
})
