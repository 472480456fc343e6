/**
 * Content routing over the DHT, with real libp2p hosts over TCP (Kademlia on):
 * content held by a peer the fetcher never dialled is found through a provider
 * record and fetched from that peer. Topology A - B - C: C holds a sealed
 * module and announces it (ContentAnnouncer -> Helia routing -> kad-dht
 * ADD_PROVIDER at B); A, connected to B only, fetches the CID.
 */
import { describe, it, afterEach } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { CID } from 'multiformats/cid'
import { Cleanup, startHost, waitConnected, waitUntil } from '../helpers/swarm-host.ts'
import { newContentKey, openContent, sealContent } from '../../src/content/envelope.ts'
import type { AileeHost } from '../../src/p2p/host.ts'

const HELLO = new URL('../fixtures/hello.wasm', import.meta.url)

/** Peers in the host's DHT routing table. */
function routingTableSize (host: AileeHost): number {
  return (host.libp2p.services.dht as unknown as { routingTable: { size: number } }).routingTable.size
}

/** Peer ids the DHT names as providers of `cid` (lookup from `host`, at most 10 s). */
async function providersOf (host: AileeHost, cid: CID): Promise<string[]> {
  const found = new Set<string>()
  try {
    for await (const provider of host.libp2p.contentRouting.findProviders(cid, { signal: AbortSignal.timeout(10_000) })) found.add(provider.id.toString())
  } catch (err) {
    if ((err as Error).name !== 'AbortError' && (err as Error).name !== 'TimeoutError') throw err
  }
  return [...found]
}

describe('content routing (DHT provider records)', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('a peer fetches sealed content from a provider it had never dialled (A - B - C, content on C)', async () => {
    // B is the only peer A and C know. A and C dial at most one discovered peer (maxConnections 2), so
    // discovery alone does not connect them to each other.
    const b = await startHost(cleanup)
    const c = await startHost(cleanup, { bootstrap: b.multiaddrs(), maxConnections: 2 })
    await waitConnected(c, b)
    await waitUntil(() => routingTableSize(c) > 0 && routingTableSize(b) > 0, 15_000, 'C and B in each other\'s routing table')

    const key = newContentKey()
    const wasm = new Uint8Array(await readFile(HELLO))
    const cid = await c.content.add(await sealContent(key, wasm, 'module'))
    assert.equal(c.announcer.announce(cid), true)
    await c.announcer.onIdle()
    assert.deepEqual(c.announcer.stats, { provided: 1, failed: 0, dropped: 0 }, 'C put its provider record')

    const a = await startHost(cleanup, { bootstrap: b.multiaddrs(), maxConnections: 2 })
    await waitConnected(a, b)
    await waitUntil(() => routingTableSize(a) > 0, 15_000, 'B in A\'s routing table')
    // the DHT's own queries (self-lookups) may have reached C through B: close any such connection, so
    // nothing but a provider lookup can lead A to C, and bitswap (which asks connected peers only) cannot
    await a.libp2p.hangUp(c.peerId)
    assert.equal(a.libp2p.getConnections(c.peerId).length, 0, 'A is not connected to C before the fetch')
    assert.equal(await b.content.has(cid), false, 'B does not hold the content')
    assert.equal(await a.content.has(cid), false, 'A does not hold the content')

    const fetched = await a.content.get(cid, { maxBytes: 1024 * 1024, timeoutMs: 30_000 })
    assert.ok(a.libp2p.getConnections(c.peerId).length > 0, 'A dialled C, the provider, to fetch')
    assert.deepEqual(await openContent(key, fetched, 'module'), wasm, 'the module, sealed, came from C')
    assert.equal(await b.content.has(cid), false, 'B never held it: it only pointed A at C')

    // the provider record is what names C: A's lookup finds it for the announced CID, and finds no
    // provider for content C holds without announcing it (as a plaintext CID is never announced)
    assert.deepEqual(await providersOf(a, cid), [c.peerId.toString()])
    const unannounced = await c.content.add(new TextEncoder().encode('stored on C, never announced'))
    assert.deepEqual(await providersOf(a, unannounced), [])
  })

  it('a host without the DHT announces nothing, and its store path is unaffected', async () => {
    const host = await startHost(cleanup, { dht: false })
    const cid = await host.content.add(new TextEncoder().encode('ciphertext stand-in'))
    assert.equal(host.announcer.enabled, false)
    assert.equal(host.announcer.announce(cid), false)
    assert.equal(host.announcer.pending, 0)
    assert.ok(CID.asCID(cid) != null)
  })
})
