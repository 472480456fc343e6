import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterEach, describe, it } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { DuplicateSubscriptionError, InvalidHostOptionsError } from '../../src/p2p/errors.ts'
import { createHost } from '../../src/p2p/host.ts'
import { topicsFor } from '../../src/p2p/topics.ts'
import { Cleanup, startHost, waitConnected, waitUntil } from '../helpers/swarm-host.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import type { PeerId } from '@libp2p/interface'

const topics = topicsFor('test-net')
const text = new TextEncoder()

/** A JSON `{ n: number }` decoder that throws on anything else. */
function decodeCounter (bytes: Uint8Array): { n: number } {
  const value = JSON.parse(new TextDecoder().decode(bytes))
  if (typeof value?.n !== 'number') throw new Error('not a counter')
  return value
}

function collect (host: AileeHost, topic: string): Array<{ msg: { n: number }, from: string }> {
  const got: Array<{ msg: { n: number }, from: string }> = []
  host.gossip.subscribe(topic, {
    decode: decodeCounter,
    validate: (msg) => msg.n < 0 ? 'ignore' : 'accept',
    onMessage: (msg, from: PeerId) => { got.push({ msg, from: from.toString() }) }
  })
  return got
}

async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>(resolve => server.close(() => { resolve() }))
  return port
}

describe('host', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('connects three hosts through a bootstrap host and delivers gossip to all', async () => {
    const a = await startHost(cleanup)
    const b = await startHost(cleanup, { bootstrap: a.multiaddrs() })
    const c = await startHost(cleanup, { bootstrap: a.multiaddrs() })
    await waitConnected(b, a)
    await waitConnected(c, a)
    assert.ok(a.multiaddrs().every(addr => addr.startsWith('/ip4/127.0.0.1/tcp/') && addr.endsWith(`/p2p/${a.peerId}`)))

    const gotA = collect(a, topics.offers)
    const gotB = collect(b, topics.offers)
    const gotC = collect(c, topics.offers)
    await waitUntil(() => a.gossip.meshPeers(topics.offers).length >= 2, 10_000, 'a mesh with b and c')
    await waitUntil(() => c.gossip.meshPeers(topics.offers).length >= 1, 10_000, 'c in a mesh')

    await b.gossip.publish(topics.offers, text.encode(JSON.stringify({ n: 1 })))
    await waitUntil(() => gotA.length === 1 && gotC.length === 1, 10_000, 'message at a and c')
    assert.deepEqual(gotA[0], { msg: { n: 1 }, from: b.peerId.toString() })
    assert.deepEqual(gotC[0], { msg: { n: 1 }, from: b.peerId.toString() }) // the author, even when forwarded
    assert.equal(gotB.length, 0) // no echo to the publisher
  })

  it('rejects malformed gossip, lowers the sender score, and does not forward it', async () => {
    const a = await startHost(cleanup)
    const b = await startHost(cleanup, { bootstrap: a.multiaddrs() })
    const c = await startHost(cleanup, { bootstrap: a.multiaddrs() })
    await waitConnected(b, a)
    await waitConnected(c, a)
    const gotA = collect(a, topics.telemetry)
    const gotC = collect(c, topics.telemetry)
    collect(b, topics.telemetry)
    await waitUntil(() => a.gossip.meshPeers(topics.telemetry).length >= 2, 10_000, 'mesh')

    assert.ok(a.gossip.score(b.peerId) >= 0)
    await b.gossip.publish(topics.telemetry, text.encode('{not json'))
    await b.gossip.publish(topics.telemetry, text.encode(JSON.stringify({ n: -1 }))) // ignored: no penalty
    await waitUntil(() => a.gossip.score(b.peerId) < 0, 10_000, 'b penalised at a')

    // a later valid message still flows, and only it is delivered
    await c.gossip.publish(topics.telemetry, text.encode(JSON.stringify({ n: 7 })))
    await waitUntil(() => gotA.length === 1, 10_000, 'valid message at a')
    assert.deepEqual(gotA.map(g => g.msg), [{ n: 7 }])
    assert.deepEqual(gotC, [])
    assert.ok(a.gossip.score(c.peerId) >= 0)
  })

  it('publishes without peers, refuses a second subscription, and stops idempotently', async () => {
    const a = await startHost(cleanup)
    assert.equal(await a.gossip.publish(topics.blocks, text.encode('{}')), 0)
    collect(a, topics.blocks)
    assert.throws(() => collect(a, topics.blocks), DuplicateSubscriptionError)
    assert.deepEqual(a.gossip.topics(), [topics.blocks])
    await a.stop()
    await a.stop()
    assert.deepEqual(a.gossip.topics(), [])
  })

  it('keeps redialling a bootstrap peer that starts later', async () => {
    const key = await generateKeyPair('Ed25519')
    const port = await freePort()
    const addr = `/ip4/127.0.0.1/tcp/${port}/p2p/${peerIdFromPrivateKey(key)}`
    const early = await startHost(cleanup, { bootstrap: [addr], bootstrapRedialIntervalMs: 100 })
    await new Promise(resolve => setTimeout(resolve, 300))
    const late = await startHost(cleanup, { privateKey: key, listen: [`/ip4/127.0.0.1/tcp/${port}`] })
    await waitConnected(early, late)
  })

  const hasLan = Object.values(networkInterfaces()).flat().some(i => i != null && !i.internal && i.family === 'IPv4')
  it('finds and connects to a LAN peer by mDNS, without bootstrap', { skip: hasLan ? false : 'no LAN interface for multicast' }, async () => {
    const a = await startHost(cleanup, { mdns: true, listen: ['/ip4/0.0.0.0/tcp/0'] })
    const b = await startHost(cleanup, { mdns: true, listen: ['/ip4/0.0.0.0/tcp/0'] })
    await waitConnected(b, a, 20_000)
  })

  it('works without a DHT', async () => {
    const a = await startHost(cleanup, { dht: false })
    const b = await startHost(cleanup, { dht: false, bootstrap: a.multiaddrs() })
    await waitConnected(b, a)
    assert.equal(a.libp2p.services.dht, undefined)
    const cid = await a.content.add(text.encode('no dht needed'))
    assert.equal(new TextDecoder().decode(await b.content.get(cid, { maxBytes: 1000, timeoutMs: 5000 })), 'no dht needed')
  })

  it('runs a DHT on the network protocol and resolves peers through it', async () => {
    const a = await startHost(cleanup)
    const b = await startHost(cleanup, { bootstrap: a.multiaddrs() })
    const c = await startHost(cleanup, { bootstrap: a.multiaddrs() })
    await waitConnected(b, a)
    await waitConnected(c, a)
    assert.ok(a.libp2p.getProtocols().includes('/ailee/test-net/kad/1.0.0'))
    const dht = a.libp2p.services.dht as unknown as { routingTable: { size: number } }
    await waitUntil(() => dht.routingTable.size >= 2, 10_000, 'a routing table with b and c')
    const found = await b.libp2p.peerRouting.findPeer(c.peerId, { signal: AbortSignal.timeout(10_000) })
    assert.equal(found.id.toString(), c.peerId.toString())
    assert.ok(found.multiaddrs.some(ma => ma.toString().startsWith('/ip4/127.0.0.1/')))
  })

  it('rejects invalid options', async () => {
    const privateKey = await generateKeyPair('Ed25519')
    const base = { privateKey, networkId: 'test-net', listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap: [], mdns: false, dht: false }
    await assert.rejects(createHost({ ...base, bootstrap: ['/ip4/127.0.0.1/tcp/1'] }), InvalidHostOptionsError)
    await assert.rejects(createHost({ ...base, bootstrap: ['nonsense'] }), { name: 'InvalidHostOptionsError' })
    await assert.rejects(createHost({ ...base, listen: [] }), { name: 'InvalidHostOptionsError' })
    await assert.rejects(createHost({ ...base, networkId: '' }), { name: 'InvalidHostOptionsError' })
  })
})
