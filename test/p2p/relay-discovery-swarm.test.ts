/**
 * Relays found through the DHT (src/p2p/relay-discovery.ts) with real hosts over TCP on
 * 127.0.0.1 and the real Kademlia DHT: a relay server puts its provider record on a hub node; a
 * node that announces no direct address, bootstraps to the hub only and was never given the
 * relay, finds the relay through the DHT, gets a reservation and a `/p2p-circuit` address, and a
 * third node reaches it through that address. (Unit tests of the finder and advertiser:
 * relay-discovery.test.ts.)
 */
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { defaultLogger } from '@libp2p/logger'
import { request, TaskProtocolServer } from '../../src/protocol/index.ts'
import { isRelayed, type RelayServerLimits } from '../../src/p2p/reachability.ts'
import { relayRendezvousCid } from '../../src/p2p/relay-discovery.ts'
import { Cleanup, startHost, waitUntil } from '../helpers/swarm-host.ts'
import type { ComponentLogger, Logger } from '@libp2p/interface'

const NET = 'test-net'
const UNLIMITED: RelayServerLimits = { maxReservations: 8, reservationTtlMs: 60_000, durationLimitMs: 0, dataLimitBytes: 0 }
const TIMING = { retryMinMs: 200, backoffMinMs: 300, backoffMaxMs: 2000, checkIntervalMs: 1000, lookupTimeoutMs: 5000 }

/** libp2p's default logger, with the lines (format strings) of `component` also kept in `lines`. */
function recordingLogger (component: string, lines: string[]): ComponentLogger {
  const base = defaultLogger()
  return {
    forComponent (name: string): Logger {
      const log = base.forComponent(name)
      if (name !== component) return log
      const recorded = ((formatter: string, ...args: unknown[]) => { lines.push(formatter); log(formatter, ...args) }) as Logger
      return Object.assign(recorded, log, {
        error: (formatter: string, ...args: unknown[]) => { lines.push(`error: ${formatter}`); log.error(formatter, ...args) }
      })
    }
  }
}

describe('a relay found through the DHT', { timeout: 120_000 }, () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('is found by a node that was never given it, which gets a reservation and is reached through it', async () => {
    const hub = await startHost(cleanup, { reachability: { discoverRelays: true } })
    const relayLines: string[] = []
    const relay = await startHost(cleanup, {
      bootstrap: hub.multiaddrs(),
      reachability: { relayServer: UNLIMITED },
      relayDiscoveryTiming: TIMING,
      logger: recordingLogger('ailee:relay-discovery', relayLines)
    })
    // the relay's provider record reached the hub
    await waitUntil(() => relayLines.some(l => l.startsWith('relay provider record for %s put on')), 20_000, 'the relay provider record in the DHT')

    const hidden = await startHost(cleanup, {
      bootstrap: hub.multiaddrs(),
      // announces no direct address: reachable through a relay only, as if it were behind a NAT
      noAnnounce: ['/ip4/127.0.0.1'],
      reachability: { relayReserve: true },
      relayDiscoveryTiming: TIMING
    })
    assert.equal(hidden.libp2p.getConnections(relay.peerId).length, 0, 'not connected to the relay at start')
    await waitUntil(() => hidden.multiaddrs().some(a => a.includes('/p2p-circuit')), 60_000, 'a reservation on the relay')
    const relayedAddr = hidden.multiaddrs().find(a => a.includes('/p2p-circuit'))!
    assert.ok(relayedAddr.includes(`/p2p/${relay.peerId}/p2p-circuit/p2p/${hidden.peerId}`), relayedAddr)
    assert.ok(hidden.multiaddrs().every(a => a.includes('/p2p-circuit')), hidden.multiaddrs().join(', '))
    // the relay is a provider of the network's relay CID, as the hidden node's DHT sees it (the
    // finder dials what this lookup yields; in a swarm this small libp2p's own random walk may
    // reach the relay as soon: relay-discovery.test.ts tests the finder alone)
    const providers: string[] = []
    for await (const p of hidden.libp2p.contentRouting.findProviders(await relayRendezvousCid(NET), { signal: AbortSignal.timeout(10_000) })) providers.push(p.id.toString())
    assert.ok(providers.includes(relay.peerId.toString()), providers.join(', '))

    // a third node, which knows only the relayed address, reaches the hidden node through it
    const proto = new TaskProtocolServer(hidden.libp2p, { networkId: NET, maxMessageBytes: 64 * 1024, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000 }, async (req, ctx) => {
      await ctx.send({ status: { taskId: req.status!.taskId, reason: `served to ${ctx.peerId}` } })
    })
    await proto.start()
    cleanup.add(async () => { await proto.stop() })
    const dialer = await startHost(cleanup, { dht: false })
    const res = await request(dialer.libp2p, relayedAddr, { status: { taskId: 't1' } }, { networkId: NET, timeoutMs: 10_000, maxMessageBytes: 64 * 1024 })
    assert.equal(res.status!.reason, `served to ${dialer.peerId}`)
    const conns = dialer.libp2p.getConnections(hidden.peerId)
    assert.ok(conns.length > 0 && conns.every(isRelayed), `relayed only: ${conns.map(c => c.remoteAddr.toString()).join(', ')}`)
  })
})
