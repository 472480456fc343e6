/**
 * Reachability across real NATs (docs/reachability.md): `bin/node` processes
 * in Linux network namespaces that the test makes (test/netns/lab.ts): public
 * hosts on a bridge, and hosts each behind its own router doing iptables
 * MASQUERADE. A `bin/node submit` client runs in a namespace too.
 *
 * 1. A public coordinator, two workers each behind its own NAT: they dial out,
 *    bid, fetch the module, run it and return a result verified by
 *    replication; each worker also reserves a relay slot on the coordinator
 *    and announces the relayed address.
 * 2. The coordinator behind a NAT: it reserves a slot on a public relay node
 *    and announces `/p2p-circuit`; a public worker, a worker behind another NAT
 *    and a public client reach it through that address only, and the task
 *    completes verified.
 *
 * 3. A worker behind a home router that is a UPnP gateway (miniupnpd), started
 *    with `--upnp`: it asks the gateway to forward its port and announces the
 *    router's public address. A public coordinator that knows only that
 *    address dials the worker directly, and the worker runs a verified task.
 * 4. The coordinator behind a NAT again, bootstrapped to a public DHT node only: it finds a
 *    public relay it was never given through the DHT (the relay's provider record of the
 *    network's relay CID), reserves a slot on it, and is reached through that address
 *    (every node runs the DHT here, off in the other tests).
 *
 * Each test prints, from the coordinator's `ailee:reachability` log, whether
 * each peer's connection was relayed or direct when the task ended.
 * Needs root, iproute2 and iptables (the third also miniupnpd): skipped with the reason otherwise, and
 * failing instead when CI is set. Namespaces and processes are removed in
 * `after`, even on failure.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { BIN_NODE } from '../../src/cli/cmds/demo/processes.ts'
import { DEV_CLIENT_KEY_FILE } from '../../src/config/dev-account.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { fixturePath } from '../helpers/fixtures.ts'
import { merge } from '../helpers/swarm.ts'
import { TEST_CONFIG } from '../multiprocess/cluster.ts'
import { NodeGroup, type NodeProcess } from '../multiprocess/node-process.ts'
import { NetnsLab, labUnavailable, upnpGatewayUnavailable, type LabHost } from './lab.ts'

const run = promisify(execFile)
const unavailable = await labUnavailable()
const upnpUnavailable = await upnpGatewayUnavailable()
const inCi = process.env.CI != null && process.env.CI !== '' && process.env.CI !== 'false'
const LOG_LEVEL = process.env.NETNS_LOG_LEVEL ?? 'warn,ailee:reachability=debug'
/** every node: a result is paid only once two workers agree on it */
const CONFIG: NodeConfigInput = merge(TEST_CONFIG, { verification: { defaultPolicy: 'replicate:2' }, timeouts: { fetchMs: 30_000, requestMs: 15_000 } })

/** One `ailee:reachability` connection line of a node's log. */
interface ConnectionLine { msg: string, connection: string, relayed: boolean, limited: boolean, direction: string, remotePeer: string, remoteAddr: string }

/** The lines of a node's JSON log written by the `ailee:reachability` component. */
function reachabilityLines (proc: NodeProcess): Array<Record<string, any>> {
  return readFileSync(proc.logFile, 'utf8').split('\n')
    .filter(line => line.includes('"ailee:reachability"'))
    .flatMap(line => { try { return [JSON.parse(line)] } catch { return [] } })
}

/** The connections of `proc` to `peer` still open at the end of its log. */
function openConnections (proc: NodeProcess, peer: string): ConnectionLine[] {
  const open = new Map<string, ConnectionLine>()
  for (const line of reachabilityLines(proc) as ConnectionLine[]) {
    if (line.remotePeer !== peer) continue
    if (line.msg === 'connection opened') open.set(line.connection, line)
    if (line.msg === 'connection closed') open.delete(line.connection)
  }
  return [...open.values()]
}

/** "direct via ..." or "relayed via ..." for the open connections of `proc` to `peer`, as printed. */
function describeConnections (proc: NodeProcess, peer: string): string {
  const conns = openConnections(proc, peer)
  if (conns.length === 0) return 'no open connection'
  return conns.map(c => `${c.relayed ? 'relayed' : 'direct'} (${c.direction}${c.limited ? ', limited' : ''}) via ${c.remoteAddr}`).join('; ')
}

/** Waits until `proc` logs an announced address matching `test`, and returns it. */
async function waitForAnnounced (proc: NodeProcess, test: (addr: string) => boolean, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    for (const line of reachabilityLines(proc)) {
      const found = (line.addresses as string[] | undefined)?.find(test)
      if (found != null) return found
    }
    if (!proc.running) break
    await sleep(200)
  }
  throw new Error(`${proc.options.role} ${proc.peerId} announced no matching address within ${timeoutMs} ms\n${proc.logTail()}`)
}

/**
 * The node's address on `host`'s own IP, with /p2p/: its port from node.json.
 * (libp2p announces a public address of a wildcard listener only once AutoNAT
 * has confirmed it, so node.json, written at start, may lack it.)
 */
function addrOn (proc: NodeProcess, host: LabHost): string {
  const port = proc.info.multiaddrs.map(a => /\/tcp\/(\d+)\//.exec(a)?.[1]).find(p => p != null)
  assert.ok(port != null, `no TCP address in ${proc.info.multiaddrs.join(', ')}`)
  return `/ip4/${host.ip}/tcp/${port}/p2p/${proc.peerId}`
}

/** Runs `bin/node submit --json` of the trivial fixture in `host`'s namespace and returns its JSON. */
async function submit (host: LabHost, coordinator: string): Promise<Record<string, any>> {
  const { stdout } = await run('ip', ['netns', 'exec', host.netns, BIN_NODE, 'submit',
    '--coordinator', coordinator, '--wasm', fixturePath('trivial'), '--identity', DEV_CLIENT_KEY_FILE,
    '--request-timeout-ms', '30000', '--json'], { timeout: 240_000 })
  return JSON.parse(stdout)
}

function assertVerified (result: Record<string, any>): void {
  assert.equal(result.status, 'completed', result.reason)
  assert.equal(result.verified, true)
  assert.equal(result.receiptValid, true)
  assert.equal(result.stdout, 'ok\n')
}

describe('reachability across NATs in network namespaces', { timeout: 600_000, skip: unavailable != null && !inCi ? unavailable : false }, () => {
  const lab = new NetnsLab()
  const group = new NodeGroup()
  const dirs: string[] = []
  after(async () => {
    await group.stopAll()
    await lab.destroy()
    if (process.env.NETNS_KEEP_DIRS == null) await Promise.all(dirs.map(async d => { await rm(d, { recursive: true, force: true }) }))
  })

  const dataDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'ailee-netns-'))
    dirs.push(dir)
    return dir
  }
  const failWith = async (err: unknown): Promise<never> => {
    process.stderr.write(`processes of the failed test:\n${group.report()}\n`)
    throw err
  }

  it('workers behind their own NATs join a public coordinator, run a task and return a verified result', async () => {
    if (unavailable != null) throw new Error(`CI is set but network namespaces cannot be made: ${unavailable}`)
    const root = await dataDir()
    const pub = await lab.publicHost('coord')
    const clientHost = await lab.publicHost('client')
    const nat1 = await lab.natHost('w1')
    const nat2 = await lab.natHost('w2')
    try {
      const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'coordinator'), netns: pub.netns, listen: '/ip4/0.0.0.0/tcp/0', config: CONFIG, logLevel: LOG_LEVEL })
      const coordAddr = addrOn(coordinator, pub)
      const workers = await Promise.all([nat1, nat2].map(async (h, i) => await group.start({
        role: 'worker', dataDir: join(root, `worker-${i}`), netns: h.netns, listen: '/ip4/0.0.0.0/tcp/0',
        bootstrap: [coordAddr], args: ['--relay-reserve'], config: CONFIG, logLevel: LOG_LEVEL
      })))
      // the coordinator offers relay service (on for coordinators by default): each worker listens through it
      for (const w of workers) {
        const relayed = await waitForAnnounced(w, a => a.endsWith(`/p2p/${coordinator.peerId}/p2p-circuit`))
        process.stdout.write(`worker ${w.peerId} behind a NAT announces ${relayed}\n`)
      }

      const result = await submit(clientHost, coordAddr)
      assertVerified(result)
      // without --announce (or AutoNAT, off by default) libp2p does not announce the public address of a 0.0.0.0 listener
      const announced = reachabilityLines(coordinator).filter(l => Array.isArray(l.addresses)).at(-1)?.addresses as string[] | undefined
      process.stdout.write(`coordinator (public ${pub.ip}, no --announce) announces ${JSON.stringify(announced ?? [])}\n`)
      process.stdout.write(`task ${String(result.taskId)}: ${String(result.status)}, verified ${String(result.verified)}, paid worker ${String(result.worker)}\n`)
      for (const [i, w] of workers.entries()) {
        const nat = [nat1, nat2][i]
        process.stdout.write(`coordinator <-> worker ${i + 1} (LAN ${nat.ip} behind NAT ${nat.publicIp}): ${describeConnections(coordinator, w.peerId)}\n`)
        // a worker behind a NAT dials out; the coordinator sees the connection come from the router's public address
        const conns = openConnections(coordinator, w.peerId)
        assert.ok(conns.some(c => !c.relayed && c.direction === 'inbound' && c.remoteAddr.startsWith(`/ip4/${nat.publicIp}/tcp/`)), describeConnections(coordinator, w.peerId))
      }
    } catch (err) {
      await failWith(err)
    } finally {
      await group.stopAll()
    }
  })

  it('a coordinator behind a NAT is reached through its relayed address by a client and workers elsewhere', async () => {
    if (unavailable != null) throw new Error(`CI is set but network namespaces cannot be made: ${unavailable}`)
    const root = await dataDir()
    const relayHost = await lab.publicHost('relay')
    const workerHost = await lab.publicHost('pubw')
    const clientHost = await lab.publicHost('client2')
    const coordNat = await lab.natHost('coord2')
    const workerNat = await lab.natHost('natw')
    try {
      // a public node offering relay service: a worker that serves no coordinator here, announcing its public address
      const relay = await group.start({
        role: 'worker', dataDir: join(root, 'relay'), netns: relayHost.netns, listen: '/ip4/0.0.0.0/tcp/4001',
        args: ['--relay-server', '--announce', `/ip4/${relayHost.ip}/tcp/4001`, '--coordinator-allow', '12D3KooWLRPJAA5o6Z6yyHHWC4gYDqKk8ZLdeakGnYTmAjLyZPvR'],
        config: CONFIG, logLevel: LOG_LEVEL
      })
      const relayAddr = `/ip4/${relayHost.ip}/tcp/4001/p2p/${relay.peerId}`
      const coordinator = await group.start({
        role: 'coordinator', dataDir: join(root, 'coordinator'), netns: coordNat.netns, listen: '/ip4/0.0.0.0/tcp/0',
        bootstrap: [relayAddr], args: ['--relay-reserve'], config: CONFIG, logLevel: LOG_LEVEL
      })
      const announced = await waitForAnnounced(coordinator, a => a.includes('/p2p-circuit'))
      assert.equal(announced, `${relayAddr}/p2p-circuit`)
      const circuit = `${announced}/p2p/${coordinator.peerId}`
      process.stdout.write(`coordinator behind NAT ${coordNat.publicIp} announces ${circuit}\n`)

      // the public worker announces its public address (libp2p announces a public address of a 0.0.0.0
      // listener only once confirmed), so hole punching can dial it back
      const workers = await Promise.all([workerHost, workerNat].map(async (h, i) => await group.start({
        role: 'worker', dataDir: join(root, `worker-${i}`), netns: h.netns, listen: '/ip4/0.0.0.0/tcp/4001',
        args: h === workerHost ? ['--announce', `/ip4/${h.ip}/tcp/4001`] : [], bootstrap: [circuit], config: CONFIG, logLevel: LOG_LEVEL
      })))
      const result = await submit(clientHost, circuit)
      assertVerified(result)
      process.stdout.write(`task ${String(result.taskId)}: ${String(result.status)}, verified ${String(result.verified)}, paid worker ${String(result.worker)}\n`)
      const names = ['public worker', `worker behind NAT ${workerNat.publicIp}`]
      for (const [i, w] of workers.entries()) {
        process.stdout.write(`coordinator <-> ${names[i]}: ${describeConnections(coordinator, w.peerId)}\n`)
        assert.ok(openConnections(coordinator, w.peerId).length > 0, `the coordinator lost its connection to the ${names[i]}`)
      }
      // hole punching (DCUtR): the coordinator, the inbound side of the relayed connection, dials the public worker's
      // announced address back and drops the relayed connection
      assert.ok(openConnections(coordinator, workers[0].peerId).some(c => !c.relayed && c.direction === 'outbound'), describeConnections(coordinator, workers[0].peerId))
      const clientLines = reachabilityLines(coordinator).filter(l => l.msg === 'connection opened' && l.remotePeer !== relay.peerId && !workers.some(w => w.peerId === l.remotePeer))
      process.stdout.write(`coordinator <-> client: ${clientLines.map(l => `${String(l.relayed) === 'true' ? 'relayed' : 'direct'} via ${String(l.remoteAddr)}`).join('; ')}\n`)
      // nobody can dial a host behind a NAT: every connection to the coordinator came through the relay, or
      // was opened by the coordinator itself (hole punching: it dials a public peer back)
      for (const line of reachabilityLines(coordinator) as ConnectionLine[]) {
        if (line.msg !== 'connection opened' || line.remotePeer === relay.peerId) continue
        assert.ok(line.relayed || line.direction === 'outbound', `unexpected direct inbound connection ${JSON.stringify(line)}`)
      }
    } catch (err) {
      await failWith(err)
    } finally {
      await group.stopAll()
    }
  })
  it('a coordinator behind a NAT finds a relay it was never given through the DHT and is reached through it', async () => {
    if (unavailable != null) throw new Error(`CI is set but network namespaces cannot be made: ${unavailable}`)
    const root = await dataDir()
    const hubHost = await lab.publicHost('hub4')
    const relayHost = await lab.publicHost('relay4')
    const workerHost = await lab.publicHost('pubw4')
    const clientHost = await lab.publicHost('client4')
    const coordNat = await lab.natHost('coord4')
    const workerNat = await lab.natHost('natw4')
    // every node runs the DHT (off by default in these tests); public nodes serve no coordinator here
    const noCoordinator = ['--coordinator-allow', '12D3KooWLRPJAA5o6Z6yyHHWC4gYDqKk8ZLdeakGnYTmAjLyZPvR']
    try {
      // a public DHT node offering no relay service, and a public relay known only to it
      const hub = await group.start({
        role: 'worker', dataDir: join(root, 'hub'), netns: hubHost.netns, listen: '/ip4/0.0.0.0/tcp/4001',
        args: ['--announce', `/ip4/${hubHost.ip}/tcp/4001`, ...noCoordinator], dht: true, config: CONFIG, logLevel: LOG_LEVEL
      })
      const hubAddr = `/ip4/${hubHost.ip}/tcp/4001/p2p/${hub.peerId}`
      const relay = await group.start({
        role: 'worker', dataDir: join(root, 'relay'), netns: relayHost.netns, listen: '/ip4/0.0.0.0/tcp/4001',
        bootstrap: [hubAddr], args: ['--relay-server', '--announce', `/ip4/${relayHost.ip}/tcp/4001`, ...noCoordinator], dht: true, config: CONFIG, logLevel: LOG_LEVEL
      })
      const relayAddr = `/ip4/${relayHost.ip}/tcp/4001/p2p/${relay.peerId}`
      // the coordinator knows only the hub: the relay comes from the DHT (its provider record of the
      // network's relay CID), and the coordinator offers no relay service of its own
      const coordinator = await group.start({
        role: 'coordinator', dataDir: join(root, 'coordinator'), netns: coordNat.netns, listen: '/ip4/0.0.0.0/tcp/0',
        bootstrap: [hubAddr], args: ['--relay-reserve', '--no-relay-server'], dht: true, config: CONFIG, logLevel: LOG_LEVEL
      })
      const announced = await waitForAnnounced(coordinator, a => a.includes('/p2p-circuit'), 120_000)
      assert.equal(announced, `${relayAddr}/p2p-circuit`)
      const circuit = `${announced}/p2p/${coordinator.peerId}`
      process.stdout.write(`coordinator behind NAT ${coordNat.publicIp}, bootstrapped to the hub only, found the relay in the DHT and announces ${circuit}\n`)

      const workers = await Promise.all([workerHost, workerNat].map(async (h, i) => await group.start({
        role: 'worker', dataDir: join(root, `worker-${i}`), netns: h.netns, listen: '/ip4/0.0.0.0/tcp/4001',
        args: h === workerHost ? ['--announce', `/ip4/${h.ip}/tcp/4001`] : [], bootstrap: [circuit], dht: true, config: CONFIG, logLevel: LOG_LEVEL
      })))
      const result = await submit(clientHost, circuit)
      assertVerified(result)
      process.stdout.write(`task ${String(result.taskId)}: ${String(result.status)}, verified ${String(result.verified)}, paid worker ${String(result.worker)}\n`)
      const names = ['public worker', `worker behind NAT ${workerNat.publicIp}`]
      for (const [i, w] of workers.entries()) {
        process.stdout.write(`coordinator <-> ${names[i]}: ${describeConnections(coordinator, w.peerId)}\n`)
        assert.ok(openConnections(coordinator, w.peerId).length > 0, `the coordinator lost its connection to the ${names[i]}`)
      }
      process.stdout.write(`coordinator <-> relay: ${describeConnections(coordinator, relay.peerId)}\n`)
      // the coordinator dialled the relay itself (nobody can dial a host behind a NAT)
      assert.ok(openConnections(coordinator, relay.peerId).some(c => !c.relayed && c.direction === 'outbound'), describeConnections(coordinator, relay.peerId))
    } catch (err) {
      await failWith(err)
    } finally {
      await group.stopAll()
    }
  })

  it('a worker behind a UPnP gateway maps its port and is dialled directly at its public address', { skip: upnpUnavailable != null && !inCi ? upnpUnavailable : false }, async () => {
    if (upnpUnavailable != null) throw new Error(`CI is set but a UPnP gateway cannot be made: ${upnpUnavailable}`)
    const root = await dataDir()
    const pub = await lab.publicHost('coord3')
    const pubWorkerHost = await lab.publicHost('pubw3')
    const clientHost = await lab.publicHost('client3')
    const home = await lab.natHost('upnpw', { upnp: true })
    try {
      // the worker knows nobody: the only way in is the port its gateway forwards
      const worker = await group.start({
        role: 'worker', dataDir: join(root, 'upnp-worker'), netns: home.netns, listen: '/ip4/0.0.0.0/tcp/4001',
        args: ['--upnp'], config: CONFIG, logLevel: LOG_LEVEL
      })
      const mapped = await waitForAnnounced(worker, a => a.startsWith(`/ip4/${home.publicIp}/tcp/`))
      process.stdout.write(`worker behind UPnP gateway ${home.publicIp} (LAN ${home.ip}) announces ${mapped}\n`)
      const workerAddr = `${mapped}/p2p/${worker.peerId}`
      const coordinator = await group.start({
        role: 'coordinator', dataDir: join(root, 'coordinator'), netns: pub.netns, listen: '/ip4/0.0.0.0/tcp/0',
        bootstrap: [workerAddr], config: CONFIG, logLevel: LOG_LEVEL
      })
      const coordAddr = addrOn(coordinator, pub)
      // replicate:2 needs a second worker
      await group.start({ role: 'worker', dataDir: join(root, 'public-worker'), netns: pubWorkerHost.netns, listen: '/ip4/0.0.0.0/tcp/0', bootstrap: [coordAddr], config: CONFIG, logLevel: LOG_LEVEL })
      const result = await submit(clientHost, coordAddr)
      assertVerified(result)
      process.stdout.write(`task ${String(result.taskId)}: ${String(result.status)}, verified ${String(result.verified)}, paid worker ${String(result.worker)}\n`)
      process.stdout.write(`coordinator <-> worker behind UPnP gateway: ${describeConnections(coordinator, worker.peerId)}\n`)
      // the coordinator dialled the forwarded port: an outbound, direct connection to the router's public address
      assert.ok(openConnections(coordinator, worker.peerId).some(c => !c.relayed && c.direction === 'outbound' && c.remoteAddr.startsWith(`/ip4/${home.publicIp}/tcp/`)),
        describeConnections(coordinator, worker.peerId))
    } catch (err) {
      await failWith(err)
    } finally {
      await group.stopAll()
    }
  })
})
