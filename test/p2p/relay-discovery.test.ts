/**
 * Relay discovery through the DHT (src/p2p/relay-discovery.ts) with stubbed ports and fake timers:
 * the relay CID, the relay ids of our own addresses, when the finder looks up and whom it dials,
 * its backoff, and the advertiser's retries and re-announcements. With real hosts:
 * relay-discovery-swarm.test.ts.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, it, mock } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { RelayAdvertiser, RelayFinder, relayIdsOf, relayRendezvousCid, type RelayDiscoveryLog, type RelayFinderPorts } from '../../src/p2p/relay-discovery.ts'
import type { PeerId } from '@libp2p/interface'

const quiet: RelayDiscoveryLog = Object.assign(() => {}, { error: () => {} })

async function newPeerId (): Promise<PeerId> {
  return peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
}

/** Runs due fake timers, then lets the promises they started settle. */
async function advance (ms: number): Promise<void> {
  mock.timers.tick(ms)
  for (let i = 0; i < 5; i++) await new Promise(resolve => setImmediate(resolve))
}

describe('the relay CID', () => {
  it('is the raw CIDv1 of sha256("/ailee/relay/<network id>"), one per network', async () => {
    const cid = await relayRendezvousCid('net-a')
    assert.equal(cid.version, 1)
    assert.equal(cid.code, raw.code)
    assert.deepEqual(Buffer.from(cid.multihash.digest), createHash('sha256').update('/ailee/relay/net-a').digest())
    assert.ok(cid.equals(await relayRendezvousCid('net-a')))
    assert.ok(!cid.equals(await relayRendezvousCid('net-b')))
    assert.ok(CID.parse(cid.toString()).equals(cid))
    await assert.rejects(relayRendezvousCid(''), /network id must not be empty/)
  })

  it('relay ids come from our relayed addresses only', () => {
    const r1 = '12D3KooWLRPJAA5o6Z6yyHHWC4gYDqKk8ZLdeakGnYTmAjLyZPvR'
    const r2 = '12D3KooWQcQ1gGbWz3ZL6XDFc1STnUJGTjhqKhP9iRwHVtsBHuwQ'
    const self = '12D3KooWRzgY4xM7kwmsvUcNk61FvtAVKqMax7sNxsabbFgKFfiF'
    const ids = relayIdsOf([
      `/ip4/127.0.0.1/tcp/1/p2p/${self}`,
      `/ip4/1.2.3.4/tcp/1/p2p/${r1}/p2p-circuit/p2p/${self}`,
      `/ip4/1.2.3.5/tcp/1/p2p/${r1}/p2p-circuit/p2p/${self}`,
      `/dns4/relay.example.org/tcp/1/p2p/${r2}/p2p-circuit`
    ].map(a => multiaddr(a)))
    assert.deepEqual([...ids].sort(), [r1, r2].sort())
  })
})

describe('RelayFinder', () => {
  beforeEach(() => { mock.timers.enable({ apis: ['setTimeout'] }) })
  afterEach(() => { mock.timers.reset() })

  interface Stub { ports: RelayFinderPorts, dialled: string[], held: Set<string>, connected: Set<string>, providers: PeerId[] }

  async function stub (): Promise<Stub> {
    const self = await newPeerId()
    const s: Stub = {
      dialled: [],
      held: new Set(),
      connected: new Set(),
      providers: [],
      ports: undefined as unknown as RelayFinderPorts
    }
    s.ports = {
      self,
      findProviders: async function * () {
        for (const id of s.providers) yield { id, multiaddrs: [] }
      },
      dial: async (peer) => { s.dialled.push(peer.toString()); s.connected.add(peer.toString()) },
      relaysHeld: () => new Set(s.held),
      isConnected: peer => s.connected.has(peer.toString())
    }
    s.providers.push(self)
    return s
  }

  it('dials as many providers as relays are missing, never us, held or connected ones', async () => {
    const s = await stub()
    const [held, connected, a, b, c] = await Promise.all([newPeerId(), newPeerId(), newPeerId(), newPeerId(), newPeerId()])
    s.providers.push(held, connected, a, b, c)
    s.held.add(held.toString())
    s.connected.add(connected.toString())
    const finder = new RelayFinder(s.ports, await relayRendezvousCid('n'), { wanted: 3, backoffMinMs: 1000, log: quiet })
    finder.start()
    await advance(0)
    assert.equal(finder.lookups, 1)
    assert.deepEqual(s.dialled, [a.toString(), b.toString()], 'two missing: a and b, not c')
    finder.stop()
  })

  it('stops looking up once enough relays are held, and looks again when one goes away', async () => {
    const s = await stub()
    const r = await newPeerId()
    s.providers.push(r)
    const finder = new RelayFinder(s.ports, await relayRendezvousCid('n'), { wanted: 1, backoffMinMs: 1000, checkIntervalMs: 60_000, log: quiet })
    finder.start()
    await advance(0)
    assert.deepEqual(s.dialled, [r.toString()])
    // the transport made the reservation
    s.held.add(r.toString())
    await advance(1000)
    await advance(60_000)
    await advance(60_000)
    assert.equal(finder.lookups, 1, 'no lookup while the relay is held')
    // the relay went away: the host calls check() on the address change
    s.held.clear()
    s.connected.clear()
    finder.check()
    await advance(0)
    assert.equal(finder.lookups, 2)
    assert.deepEqual(s.dialled, [r.toString(), r.toString()])
    finder.stop()
  })

  it('backs off, doubling up to the maximum, while no relay is found', async () => {
    const s = await stub()
    const finder = new RelayFinder(s.ports, await relayRendezvousCid('n'), { wanted: 1, backoffMinMs: 1000, backoffMaxMs: 4000, log: quiet })
    finder.start()
    await advance(0)
    assert.equal(finder.lookups, 1)
    const at: number[] = []
    for (let t = 1; t <= 16; t++) {
      const before = finder.lookups
      await advance(1000)
      if (finder.lookups > before) at.push(t)
    }
    // lookups at 0, then +1 s, +2 s, +4 s, +4 s, ... (seconds since start)
    assert.deepEqual(at, [1, 3, 7, 11, 15])
    // a check() while backing off does not cut the backoff short
    finder.check()
    await advance(0)
    assert.equal(finder.lookups, 6)
    // providers appear: the next lookup dials one
    const r = await newPeerId()
    s.providers.push(r)
    await advance(4000)
    assert.deepEqual(s.dialled, [r.toString()])
    finder.stop()
    await advance(60_000)
    assert.equal(finder.lookups, 7, 'no lookup after stop()')
  })

  it('refuses a wanted count below 1', async () => {
    const s = await stub()
    assert.throws(() => new RelayFinder(s.ports, CID.parse('bafkqaaa'), { wanted: 0, log: quiet }), /relays wanted must be a positive integer/)
  })
})

describe('RelayAdvertiser', () => {
  beforeEach(() => { mock.timers.enable({ apis: ['setTimeout'] }) })
  afterEach(() => { mock.timers.reset() })

  it('retries with backoff until a peer took the record, then re-announces every interval', async () => {
    const answers: Array<number | Error> = [0, new Error('query failed'), 0, 3, 2]
    const calls: number[] = []
    let now = 0
    const errors: string[] = []
    const log: RelayDiscoveryLog = Object.assign(() => {}, { error: (f: string) => { errors.push(f) } })
    const advertiser = new RelayAdvertiser(async () => {
      calls.push(now)
      const answer = answers.shift() ?? 1
      if (answer instanceof Error) throw answer
      return answer
    }, await relayRendezvousCid('n'), { intervalMs: 60_000, retryMinMs: 1000, log })
    advertiser.start()
    await advance(0)
    for (let t = 0; t < 130; t++) { now += 1000; await advance(1000) }
    // 0 (no peer), +1 s (error), +2 s (no peer), +4 s (3 peers), then every 60 s
    assert.deepEqual(calls, [0, 1000, 3000, 7000, 67_000, 127_000])
    assert.equal(advertiser.announced, 3)
    assert.equal(errors.length, 1)
    advertiser.stop()
    await advance(120_000)
    assert.equal(calls.length, 6, 'no announcement after stop()')
  })
})
