/**
 * docker/Dockerfile and docker/compose.yaml built and run for real (docs/deploy.md):
 * dockerd (started here with the vfs storage driver when none runs), a Node 24
 * base image built from Debian packages by docker/base-image.sh (no registry
 * image can be pulled here; kept between runs by name), the AILEE image built
 * on it, then a coordinator and two workers brought up by docker-compose. A
 * task is submitted from the host with `bin/node submit` through the
 * coordinator's published port and must complete verified; every container
 * must report healthy; `down` and `up` again must keep each node's peer id
 * (named volumes). Where docker cannot run, the suite says why: it fails when
 * the CI variable is set, and is skipped with that reason otherwise.
 *
 * Environment: AILEE_DOCKER_BASE_IMAGE picks another base image (e.g. the
 * official node:24-bookworm-slim where a registry is reachable; it is then not
 * built). The time of each phase is printed as a test diagnostic.
 */
import { after, before, describe, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { fixturePath } from '../helpers/fixtures.ts'
import { parseJsonOutput, runCli } from '../cli/helpers.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const IN_CI = process.env.CI != null && process.env.CI !== '' && process.env.CI !== 'false'
const BASE_IMAGE = process.env.AILEE_DOCKER_BASE_IMAGE ?? 'ailee-base:bookworm-node24'
const IMAGE = 'ailee-node:test'
const SERVICES = ['coordinator', 'worker-1', 'worker-2']

/** What a finished command produced. */
interface Run { code: number | null, stdout: string, stderr: string }

/**
 * Runs `cmd args` in the repository root to its end (SIGKILL after `timeoutMs`).
 * Never throws for a non-zero exit; `mustRun` does.
 */
async function run (cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv, timeoutMs?: number } = {}): Promise<Run> {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (b: Buffer) => out.push(b))
  child.stderr.on('data', (b: Buffer) => err.push(b))
  const timer = setTimeout(() => { child.kill('SIGKILL') }, opts.timeoutMs ?? 120_000)
  const code = await new Promise<number | null>(resolve => {
    child.once('error', e => { err.push(Buffer.from(String(e))); resolve(-1) })
    child.once('close', c => { resolve(c) })
  })
  clearTimeout(timer)
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }
}

/** `run`, failing with the command's output when it exits non-zero. */
async function mustRun (cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv, timeoutMs?: number } = {}): Promise<string> {
  const r = await run(cmd, args, opts)
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.code}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`)
  return r.stdout
}

const commandExists = async (name: string): Promise<boolean> => (await run('sh', ['-c', `command -v ${name}`])).code === 0

/** The dockerd this file started (stopped in `after`), if any. */
let ownDaemon: ChildProcess | undefined

/**
 * Makes sure a docker daemon answers: uses the running one, or starts
 * `dockerd --storage-driver=vfs` (as root). Checks docker-compose too, and
 * debootstrap when the base image has to be built.
 *
 * @returns undefined when docker is usable, else why not
 */
async function ensureDocker (): Promise<string | undefined> {
  if (!await commandExists('docker')) return 'the docker client is not installed (Debian: apt-get install docker.io)'
  if (!await commandExists('docker-compose')) return 'docker-compose is not installed (Debian: apt-get install docker-compose)'
  if ((await run('docker', ['version', '--format', '{{.Server.Version}}'], { timeoutMs: 20_000 })).code !== 0) {
    if (!await commandExists('dockerd')) return 'no docker daemon answers and dockerd is not installed (Debian: apt-get install docker.io)'
    if (process.getuid?.() !== 0) return 'no docker daemon answers, and only root can start dockerd'
    const logFile = join(tmpdir(), `ailee-dockerd-${process.pid}.log`)
    const log = openSync(logFile, 'a')
    ownDaemon = spawn('dockerd', ['--storage-driver=vfs'], { stdio: ['ignore', log, log], detached: true })
    closeSync(log)
    let exited: string | undefined
    ownDaemon.once('exit', (code, signal) => { exited = `dockerd exited (${code ?? signal})` })
    const deadline = Date.now() + 60_000
    while ((await run('docker', ['version', '--format', '{{.Server.Version}}'], { timeoutMs: 10_000 })).code !== 0) {
      if (exited != null || Date.now() > deadline) {
        const why = exited ?? 'dockerd did not answer within 60 s'
        ownDaemon.kill('SIGKILL')
        ownDaemon = undefined
        return `${why}; its log (${logFile}) ends:\n${readFileSync(logFile, 'utf8').slice(-2000)}`
      }
      await sleep(500)
    }
  }
  if ((await run('docker', ['image', 'inspect', BASE_IMAGE])).code !== 0 && !await commandExists('debootstrap')) {
    return `base image ${BASE_IMAGE} is missing and debootstrap is not installed to build it (Debian: apt-get install debootstrap)`
  }
  return undefined
}

/** A free TCP port on the host (bound once to port 0, then released). */
async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise(resolve => server.close(resolve))
  return port
}

/**
 * Builds IMAGE from docker/Dockerfile on BASE_IMAGE. BuildKit first (much faster than the legacy
 * builder on the vfs storage driver, which copies the whole file system for every step): a
 * docker CLI of 23 or newer needs the buildx plugin for it, Debian's 20.10 (/usr/bin/docker)
 * has it built in; the legacy builder when neither works.
 */
async function buildImage (): Promise<void> {
  const args = ['build', '-f', 'docker/Dockerfile', '--build-arg', `BASE_IMAGE=${BASE_IMAGE}`, '-t', IMAGE, '.']
  const errors: string[] = []
  for (const [cli, buildkit] of [['docker', '1'], ['/usr/bin/docker', '1'], ['docker', '0']]) {
    if (cli.startsWith('/') && !await commandExists(cli)) continue
    const r = await run(cli, args, { env: { DOCKER_BUILDKIT: buildkit }, timeoutMs: 1_200_000 })
    if (r.code === 0) return
    errors.push(`${cli} build (DOCKER_BUILDKIT=${buildkit}): exit ${r.code}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`)
    // only a missing BuildKit is worth another try; a failing Dockerfile step is not
    if (!/buildx|buildkit/i.test(r.stderr) || /failed to solve|executor failed|returned a non-zero code/i.test(r.stderr)) break
  }
  throw new Error(errors.join('\n---\n'))
}

/** Per-test timeout: `npm test`'s 300 s default is too short where every container creation copies the image (vfs). */
const SLOW = { timeout: 1_200_000 }

const unavailable = await ensureDocker()

describe('docker: the image built, and compose running a coordinator and two workers', { timeout: 3_600_000 }, () => {
  if (unavailable != null) {
    if (IN_CI) {
      test('docker runs here (CI)', () => { assert.fail(`docker cannot run, so docker/Dockerfile and docker/compose.yaml are untested: ${unavailable}`) })
    } else {
      test('docker runs here', { skip: `docker cannot run: ${unavailable}` }, () => {})
    }
    return
  }

  const project = `ailee-t${randomBytes(3).toString('hex')}`
  const networkId = `t-${randomBytes(4).toString('hex')}`
  const composeFiles = ['-f', 'docker/compose.yaml']
  // creating a container copies the whole image on vfs: minutes on a busy machine, past
  // docker-compose's default 60 s HTTP timeout
  const env: NodeJS.ProcessEnv = { AILEE_IMAGE: IMAGE, AILEE_NETWORK_ID: networkId, COMPOSE_PROJECT_NAME: project, COMPOSE_HTTP_TIMEOUT: '900', DOCKER_CLIENT_TIMEOUT: '900' }
  const compose = async (args: string[], timeoutMs = 900_000): Promise<string> => await mustRun('docker-compose', [...composeFiles, ...args], { env, timeoutMs })
  const timings: Record<string, number> = {}
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = Date.now()
    try { return await fn() } finally { timings[name] = Date.now() - start }
  }

  /** Container id of each service. */
  const containers = async (): Promise<Record<string, string>> =>
    Object.fromEntries(await Promise.all(SERVICES.map(async s => [s, (await compose(['ps', '-q', s])).trim()])))

  /** Waits until every service's container reports health "healthy"; fails on "unhealthy" or at the deadline. */
  const waitHealthy = async (timeoutMs = 300_000): Promise<Record<string, string>> => {
    const deadline = Date.now() + timeoutMs
    let last: Record<string, string> = {}
    while (Date.now() < deadline) {
      const ids = await containers()
      last = {}
      for (const [service, id] of Object.entries(ids)) {
        last[service] = id === '' ? 'no container' : (await mustRun('docker', ['inspect', '--format', '{{.State.Health.Status}}', id])).trim()
      }
      if (Object.values(last).every(s => s === 'healthy')) return last
      await sleep(1000)
    }
    throw new Error(`containers not healthy within ${timeoutMs} ms: ${JSON.stringify(last)}`)
  }

  /** Each service's node.json (peer id, multiaddrs, ...). */
  const nodeInfo = async (): Promise<Record<string, any>> =>
    Object.fromEntries(await Promise.all(SERVICES.map(async s => [s, JSON.parse(await compose(['exec', '-T', s, 'cat', '/data/node.json']))])))

  const ports: Record<string, number> = {}
  const clientArgs = (coordinatorPeerId: string): string[] =>
    ['--coordinator', `/ip4/127.0.0.1/tcp/${ports.AILEE_COORDINATOR_P2P_PORT}/p2p/${coordinatorPeerId}`, '--network-id', networkId]

  /** Polls `bin/node peers --json` through the published port until `workers` are all alive. */
  const waitForWorkers = async (coordinatorPeerId: string, workers: string[], timeoutMs = 90_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs
    let last = ''
    while (Date.now() < deadline) {
      const r = await runCli(['peers', ...clientArgs(coordinatorPeerId), '--json'])
      last = `exit ${r.code}: ${r.stdout.toString()} ${r.stderr}`
      if (r.code === 0) {
        const alive = parseJsonOutput(r).workers.filter((w: any) => w.alive === true).map((w: any) => w.peerId)
        if (workers.every(w => alive.includes(w))) return
      }
      await sleep(500)
    }
    throw new Error(`the coordinator did not report workers ${workers.join(', ')} alive within ${timeoutMs} ms (last: ${last})`)
  }

  let first: Record<string, any> = {}

  before(async () => {
    for (const name of ['AILEE_COORDINATOR_P2P_PORT', 'AILEE_COORDINATOR_METRICS_PORT', 'AILEE_WORKER_1_METRICS_PORT', 'AILEE_WORKER_2_METRICS_PORT']) {
      ports[name] = await freePort()
      env[name] = String(ports[name])
    }
    if (BASE_IMAGE.startsWith('ailee-base:')) {
      await timed('base image (debootstrap, cached by name)', async () => await mustRun('bash', ['docker/base-image.sh', BASE_IMAGE], { timeoutMs: 900_000 }))
    }
    await timed('docker build', buildImage)
    await timed('compose up (until the coordinator is healthy)', async () => await compose(['up', '-d', '--no-build']))
  }, { timeout: 3_000_000 })

  after(async () => {
    if (process.exitCode != null && process.exitCode !== 0) {
      const logs = await run('docker-compose', [...composeFiles, 'logs', '--no-color', '--tail', '60'], { env })
      process.stderr.write(`--- docker-compose logs ---\n${logs.stdout}\n${logs.stderr}\n`)
    }
    await run('docker-compose', [...composeFiles, 'down', '-v', '--remove-orphans', '--timeout', '20'], { env, timeoutMs: 900_000 })
    if (ownDaemon != null) {
      const exited = new Promise(resolve => ownDaemon?.once('exit', resolve))
      ownDaemon.kill('SIGTERM')
      await Promise.race([exited, sleep(30_000)])
    }
  }, { timeout: 1_200_000 })

  test('the image runs as a non-root user, carries no build tools and declares a HEALTHCHECK on /health', SLOW, async () => {
    // one container (each costs a copy of the image on vfs): user, build tools on PATH, Node version
    const probe = await mustRun('docker', ['run', '--rm', '--entrypoint', 'sh', IMAGE, '-c',
      'id -u; for t in g++ gcc make python3; do command -v $t || true; done; node -p process.versions.node'], { timeoutMs: 900_000 })
    const [uid, ...rest] = probe.trim().split('\n')
    assert.equal(uid, '10001', 'the image runs as uid 10001')
    const node = rest.pop() ?? ''
    assert.match(node, /^24\./)
    assert.deepEqual(rest, [], `build tools in the runtime image: ${rest.join(', ')}`)
    const health = JSON.parse(await mustRun('docker', ['image', 'inspect', '--format', '{{json .Config.Healthcheck}}', IMAGE]))
    assert.deepEqual(health.Test, ['CMD', 'node', '/app/docker/healthcheck.mjs'])
    assert.match(readFileSync(join(ROOT, 'docker/healthcheck.mjs'), 'utf8'), /'\/health'/)
  })

  test('every container reports healthy', SLOW, async () => {
    const health = await timed('all containers healthy', waitHealthy)
    assert.deepEqual(health, { coordinator: 'healthy', 'worker-1': 'healthy', 'worker-2': 'healthy' })
    first = await nodeInfo()
    assert.equal(first.coordinator.role, 'coordinator')
    assert.equal(first['worker-1'].role, 'worker')
    assert.equal(first['worker-2'].role, 'worker')
    assert.equal(new Set(SERVICES.map(s => first[s].peerId)).size, 3)
    for (const s of SERVICES) assert.equal(first[s].networkId, networkId, s)
  })

  test('a task submitted from the host through the published port completes, verified', SLOW, async () => {
    const workers = [first['worker-1'].peerId, first['worker-2'].peerId]
    await timed('workers connected', async () => { await waitForWorkers(first.coordinator.peerId, workers) })
    const submit = await timed('submit primes to verified result', async () =>
      await runCli(['submit', ...clientArgs(first.coordinator.peerId), '--wasm', fixturePath('primes'), '--arg', '100000', '--json'], 180_000))
    assert.equal(submit.code, 0, `${submit.stderr}\n${submit.stdout.toString()}`)
    const result = parseJsonOutput(submit)
    assert.equal(result.status, 'completed')
    assert.equal(result.exitCode, 0)
    assert.equal(result.verified, true)
    assert.equal(result.receiptValid, true)
    assert.match(result.stdout, /^primes below 100000: 9592$/m)
    assert.ok(workers.includes(result.worker), `ran on ${result.worker}, not one of the compose workers`)
  })

  test('metrics, health and readiness are served on the published metrics ports', async () => {
    for (const name of ['AILEE_COORDINATOR_METRICS_PORT', 'AILEE_WORKER_1_METRICS_PORT', 'AILEE_WORKER_2_METRICS_PORT']) {
      const base = `http://127.0.0.1:${ports[name]}`
      assert.equal((await fetch(`${base}/health`)).status, 200, name)
      assert.equal((await fetch(`${base}/ready`)).status, 200, name)
      const metrics = await fetch(`${base}/metrics`)
      assert.equal(metrics.status, 200, name)
      assert.match(await metrics.text(), /^ailee_/m, name)
    }
  })

  test('down and up again: every node keeps its peer id (named volumes), workers reconnect, all healthy', SLOW, async () => {
    await timed('compose down', async () => await compose(['down', '--timeout', '20']))
    assert.equal((await compose(['ps', '-q'])).trim(), '')
    await timed('compose up again', async () => await compose(['up', '-d', '--no-build']))
    await waitHealthy()
    const second = await nodeInfo()
    for (const s of SERVICES) assert.equal(second[s].peerId, first[s].peerId, `${s} changed its peer id`)
    await timed('workers reconnected', async () => { await waitForWorkers(second.coordinator.peerId, [second['worker-1'].peerId, second['worker-2'].peerId]) })
  })

  test('phase times', (t: TestContext) => {
    for (const [phase, ms] of Object.entries(timings)) t.diagnostic(`${phase}: ${(ms / 1000).toFixed(1)} s`)
  })
})
