/**
 * NAT traversal pieces of the host (src/p2p/reachability.ts): the relay
 * server's limits, and real hosts on 127.0.0.1 where one node is reached only
 * through another's circuit relay: it listens on `/p2p-circuit`, announces the
 * relayed address, and serves `/ailee/task/1.0.0`, gossip and bitswap content
 * over the relayed connection, limited or not. (Across real NATs:
 * test/netns/reachability.test.ts.)
 */
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { multiaddr } from '@multiformats/multiaddr'
import { TaskProtocolServer, request } from '../../src/protocol/index.ts'
import { isRelayed, noAnnounceFilter, reachabilityListen, reachabilityServices, relayServerInit, type RelayServerLimits } from '../../src/p2p/reachability.ts'
import { topicsFor } from '../../src/p2p/topics.ts'
import { Cleanup, startHost, waitUntil } from '../helpers/swarm-host.ts'
import type { AileeHost } from '../../src/p2p/host.ts'

const NET = 'test-net'
const RELAYED = '/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWLRPJAA5o6Z6yyHHWC4gYDqKk8ZLdeakGnYTmAjLyZPvR/p2p-circuit'
const LIMITS: RelayServerLimits = { maxReservations: 4, reservationTtlMs: 60_000, durationLimitMs: 120_000, dataLimitBytes: 16 * 1024 * 1024 }

describe('relay server limits', () => {
  it('sends the configured limits, both or neither, and refuses bad ones', () => {
    const both = relayServerInit(LIMITS).reservations!
    assert.deepEqual(both, { maxReservations: 4, reservationTtl: 60_000, applyDefaultLimit: true, defaultDurationLimit: 120_000, defaultDataLimit: 16n * 1024n * 1024n })
    assert.equal(relayServerInit({ ...LIMITS, durationLimitMs: 0, dataLimitBytes: 0 }).reservations!.applyDefaultLimit, false)
    // the relay always sends both limits with a reservation: a 0 one becomes its largest value
    const dataOnly = relayServerInit({ ...LIMITS, durationLimitMs: 0 }).reservations!
    assert.equal(dataOnly.applyDefaultLimit, true)
    assert.equal(dataOnly.defaultDurationLimit, 2 ** 31 - 1)
    assert.equal(relayServerInit({ ...LIMITS, dataLimitBytes: 0 }).reservations!.defaultDataLimit, 2n ** 64n - 1n)
    assert.throws(() => relayServerInit({ ...LIMITS, dataLimitBytes: -1 }), /dataLimitBytes must be a non-negative integer/)
    assert.throws(() => relayServerInit({ ...LIMITS, maxReservations: 0 }), /maxReservations must be at least 1/)
  })

  it('adds /p2p-circuit to the listen addresses only when reserving, and the services asked for', () => {
    assert.deepEqual(reachabilityListen(['/ip4/0.0.0.0/tcp/0']), ['/ip4/0.0.0.0/tcp/0'])
    assert.deepEqual(reachabilityListen(['/ip4/0.0.0.0/tcp/0'], { relayReserve: true }), ['/ip4/0.0.0.0/tcp/0', '/p2p-circuit'])
    assert.deepEqual(reachabilityListen(['/p2p-circuit'], { relayReserve: true }), ['/p2p-circuit'])
    // one /p2p-circuit per relay wanted: the transport reserves a slot for each
    assert.deepEqual(reachabilityListen(['/ip4/0.0.0.0/tcp/0', '/p2p-circuit'], { relayReserve: true, relaysWanted: 3 }), ['/ip4/0.0.0.0/tcp/0', '/p2p-circuit', '/p2p-circuit', '/p2p-circuit'])
    assert.deepEqual(reachabilityListen(['/ip4/0.0.0.0/tcp/0'], { relaysWanted: 3 }), ['/ip4/0.0.0.0/tcp/0'])
    assert.throws(() => reachabilityListen([], { relayReserve: true, relaysWanted: 0 }), /relaysWanted must be a positive integer/)
    assert.deepEqual(Object.keys(reachabilityServices()), ['dcutr'])
    assert.deepEqual(Object.keys(reachabilityServices({ autoNat: true, holePunching: false, upnp: true, relayServer: LIMITS })).sort(), ['autoNAT', 'relay', 'upnp'])
  })

  it('drops excluded addresses and those under an excluded prefix from the announced ones', () => {
    const filter = noAnnounceFilter(['/ip4/10.0.0.5', '/ip4/127.0.0.1/tcp/4001'])
    const addrs = ['/ip4/10.0.0.5/tcp/4001', '/ip4/10.0.0.50/tcp/4001', '/ip4/127.0.0.1/tcp/4001', '/ip4/127.0.0.1/tcp/4002', '/ip4/11.0.0.1/tcp/1', RELAYED].map(a => multiaddr(a))
    assert.deepEqual(filter(addrs).map(String), ['/ip4/10.0.0.50/tcp/4001', '/ip4/127.0.0.1/tcp/4002', '/ip4/11.0.0.1/tcp/1', RELAYED])
  })

  it('tells relayed addresses from direct ones', () => {
    assert.equal(isRelayed({ remoteAddr: multiaddr('/ip4/1.2.3.4/tcp/1/p2p/12D3KooWLRPJAA5o6Z6yyHHWC4gYDqKk8ZLdeakGnYTmAjLyZPvR/p2p-circuit/p2p/12D3KooWQcQ1gGbWz3ZL6XDFc1STnUJGTjhqKhP9iRwHVtsBHuwQ') }), true)
    assert.equal(isRelayed({ remoteAddr: multiaddr('/ip4/1.2.3.4/tcp/1') }), false)
  })
})

/** A relay, a node listening only through it, and a third node that dials the relayed address. */
async function relayedTrio (cleanup: Cleanup, limits: RelayServerLimits): Promise<{ relay: AileeHost, hidden: AileeHost, dialer: AileeHost, relayedAddr: string }> {
  const relay = await startHost(cleanup, { dht: false, reachability: { relayServer: limits } })
  // announces no direct address: others reach it through the relay only, as if it were behind a NAT
  const hidden = await startHost(cleanup, { dht: false, bootstrap: relay.multiaddrs(), noAnnounce: ['/ip4/127.0.0.1'], reachability: { relayReserve: true } })
  await waitUntil(() => hidden.multiaddrs().some(a => a.includes('/p2p-circuit')), 20_000, 'a relay reservation')
  assert.ok(hidden.multiaddrs().every(a => a.includes('/p2p-circuit')), hidden.multiaddrs().join(', '))
  const relayedAddr = hidden.multiaddrs().find(a => a.includes('/p2p-circuit'))!
  assert.ok(relayedAddr.startsWith(relay.multiaddrs()[0].replace(/\/p2p\/.*/, '')), relayedAddr)
  assert.ok(relayedAddr.endsWith(`/p2p/${relay.peerId}/p2p-circuit/p2p/${hidden.peerId}`), relayedAddr)
  const dialer = await startHost(cleanup, { dht: false })
  return { relay, hidden, dialer, relayedAddr }
}

/** The hidden node publishes on a topic both subscribe to; the dialer, meshed with it, receives it. */
async function gossipBetween (hidden: AileeHost, dialer: AileeHost): Promise<void> {
  const topic = topicsFor(NET).offers
  const got: string[] = []
  for (const h of [hidden, dialer]) {
    h.gossip.subscribe(topic, { decode: b => new TextDecoder().decode(b), validate: () => 'accept', onMessage: (m: string) => { if (h === dialer) got.push(m) } })
  }
  await waitUntil(() => dialer.gossip.meshPeers(topic).some(p => p === hidden.peerId.toString()), 20_000, 'the hidden node in the mesh')
  await hidden.gossip.publish(topic, new TextEncoder().encode('offer over the relay'))
  await waitUntil(() => got.length > 0, 10_000, 'the gossip message')
  assert.deepEqual(got, ['offer over the relay'])
}

async function serveStatus (cleanup: Cleanup, host: AileeHost): Promise<void> {
  const proto = new TaskProtocolServer(host.libp2p, { networkId: NET, maxMessageBytes: 64 * 1024, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000 }, async (req, ctx) => {
    await ctx.send({ status: { taskId: req.status!.taskId, reason: `served to ${ctx.peerId}` } })
  })
  await proto.start()
  cleanup.add(async () => { await proto.stop() })
}

describe('UPnP port mapping', { timeout: 60_000 }, () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  // regression: @libp2p/upnp-nat requires AutoNAT unless it trusts the gateway, so `--upnp` with
  // AutoNAT off (the default) stopped the node at start with UnmetServiceDependenciesError
  it('starts a host with UPnP on and AutoNAT off (the default), and with both on', async () => {
    for (const autoNat of [false, true]) {
      const host = await startHost(cleanup, { reachability: { upnp: true, autoNat } })
      assert.equal(host.libp2p.status, 'started')
      assert.ok('upnp' in host.libp2p.services, `autoNat ${String(autoNat)}: the upnp service runs`)
      await host.stop()
    }
  })
})

describe('a node reached through a circuit relay', { timeout: 120_000 }, () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('serves the task protocol and gossip over a limited relayed connection', async () => {
    const { hidden, dialer, relayedAddr } = await relayedTrio(cleanup, LIMITS)
    await serveStatus(cleanup, hidden)
    const res = await request(dialer.libp2p, relayedAddr, { status: { taskId: 't1' } }, { networkId: NET, timeoutMs: 10_000, maxMessageBytes: 64 * 1024 })
    assert.equal(res.status!.reason, `served to ${dialer.peerId}`)
    const conns = dialer.libp2p.getConnections(hidden.peerId)
    assert.ok(conns.length > 0 && conns.every(isRelayed), `relayed only: ${conns.map(c => c.remoteAddr.toString()).join(', ')}`)
    assert.ok(conns[0].limits != null, 'the relay applies its limits, so the connection is limited')
    await gossipBetween(hidden, dialer)
  })

  it('serves the task protocol, gossip and bitswap content over an unlimited relayed connection', async () => {
    const { hidden, dialer, relayedAddr } = await relayedTrio(cleanup, { ...LIMITS, durationLimitMs: 0, dataLimitBytes: 0 })
    await serveStatus(cleanup, hidden)
    await request(dialer.libp2p, relayedAddr, { status: { taskId: 't2' } }, { networkId: NET, timeoutMs: 10_000, maxMessageBytes: 64 * 1024 })
    // a request by peer id takes the relayed connection (libp2p dials anew past a limited one)
    const byId = await request(dialer.libp2p, hidden.peerId, { status: { taskId: 't3' } }, { networkId: NET, timeoutMs: 10_000, maxMessageBytes: 64 * 1024 })
    assert.equal(byId.status!.taskId, 't3')
    await gossipBetween(hidden, dialer)
    // content: bitswap fetches a block held only by the hidden node
    const bytes = new TextEncoder().encode('module bytes held behind the NAT')
    const cid = await hidden.content.add(bytes)
    assert.deepEqual(await dialer.content.get(cid, { timeoutMs: 10_000, maxBytes: 1024 }), bytes)
    const conns = dialer.libp2p.getConnections(hidden.peerId)
    assert.ok(conns.length > 0 && conns.every(isRelayed), `relayed only: ${conns.map(c => c.remoteAddr.toString()).join(', ')}`)
    assert.ok(conns.every(c => c.limits == null), 'no limits')
  })
})
