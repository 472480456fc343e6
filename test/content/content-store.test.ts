import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, it } from 'node:test'
import { CID } from 'multiformats/cid'
import { ContentTooLargeError, ContentUnavailableError, InvalidCidError } from '../../src/content/errors.ts'
import { Cleanup, startHost, waitConnected } from '../helpers/swarm-host.ts'
import type { AileeHost } from '../../src/p2p/host.ts'

const MiB = 1024 * 1024

async function pair (cleanup: Cleanup): Promise<[AileeHost, AileeHost]> {
  const a = await startHost(cleanup)
  const b = await startHost(cleanup, { bootstrap: a.multiaddrs() })
  await waitConnected(b, a)
  return [a, b]
}

describe('ContentStore', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('gives the same CIDv1 for the same bytes on every node, without storing for cidFor', async () => {
    const a = await startHost(cleanup)
    const b = await startHost(cleanup)
    const hello = new TextEncoder().encode('hello world')
    const cid = await a.content.add(hello)
    // sha2-256 of "hello world" as a raw block: the well-known IPFS CID
    assert.equal(cid.toString(), 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e')
    assert.equal(cid.version, 1)
    assert.equal((await b.content.cidFor(hello)).toString(), cid.toString())
    assert.equal(await b.content.has(cid), false) // cidFor stored nothing

    const big = randomBytes(3 * MiB + 17)
    const bigCid = await b.content.add(big)
    assert.equal(bigCid.version, 1)
    assert.equal(bigCid.code, 0x70) // dag-pb root over raw leaves
    assert.equal((await a.content.cidFor(big)).toString(), bigCid.toString())
    assert.equal((await b.content.add(big)).toString(), bigCid.toString())
  })

  it('fetches content added on A from B by CID over bitswap', async () => {
    const [a, b] = await pair(cleanup)
    const data = randomBytes(4 * MiB + 123)
    const cid = await a.content.add(data)
    assert.equal(await b.content.has(cid), false)
    const fetched = await b.content.get(cid.toString(), { maxBytes: 5 * MiB, timeoutMs: 15_000 })
    assert.ok(Buffer.from(fetched).equals(data))
    assert.equal(await b.content.has(cid), true) // kept locally
    const again = await b.content.get(cid, { maxBytes: 5 * MiB, offline: true })
    assert.equal(again.byteLength, data.byteLength)
  })

  it('enforces maxBytes locally and over the network', async () => {
    const [a, b] = await pair(cleanup)
    const small = randomBytes(1000)
    const smallCid = await a.content.add(small)
    await assert.rejects(a.content.get(smallCid, { maxBytes: 999 }), (err: Error) => {
      assert.ok(err instanceof ContentTooLargeError)
      assert.equal(err.name, 'ContentTooLargeError')
      assert.equal(err.maxBytes, 999)
      return true
    })
    assert.equal((await a.content.get(smallCid, { maxBytes: 1000 })).byteLength, 1000)

    const big = randomBytes(3 * MiB)
    const bigCid = await a.content.add(big)
    await assert.rejects(b.content.get(bigCid, { maxBytes: 2 * MiB, timeoutMs: 10_000 }), { name: 'ContentTooLargeError' })
    assert.equal(await b.content.has(bigCid), false) // the body was never fetched
  })

  it('throws ContentUnavailableError for content nobody has, and on abort', async () => {
    const [, b] = await pair(cleanup)
    const unknown = await b.content.cidFor(randomBytes(64))
    await assert.rejects(b.content.get(unknown, { maxBytes: 1000, timeoutMs: 500 }), (err: Error) => {
      assert.ok(err instanceof ContentUnavailableError)
      assert.match(err.message, /500 ms/)
      return true
    })
    const controller = new AbortController()
    setTimeout(() => { controller.abort() }, 100)
    await assert.rejects(b.content.get(unknown, { maxBytes: 1000, signal: controller.signal }), (err: Error) => {
      assert.equal(err.name, 'ContentUnavailableError')
      assert.match(err.message, /aborted/)
      return true
    })
    await assert.rejects(b.content.get(unknown, { maxBytes: 1000, offline: true }), { name: 'ContentUnavailableError' })
  })

  it('throws InvalidCidError for malformed or unsupported CIDs', async () => {
    const a = await startHost(cleanup)
    await assert.rejects(a.content.get('not-a-cid', { maxBytes: 10 }), InvalidCidError)
    await assert.rejects(a.content.get('', { maxBytes: 10 }), { name: 'InvalidCidError' })
    const raw = await a.content.cidFor(new Uint8Array([1, 2, 3]))
    const dagCbor = CID.createV1(0x71, raw.multihash)
    await assert.rejects(a.content.get(dagCbor, { maxBytes: 10 }), { name: 'InvalidCidError' })
    await assert.rejects(a.content.has('bafy-garbage'), { name: 'InvalidCidError' })
    await assert.rejects(a.content.pin('zzz'), { name: 'InvalidCidError' })
  })

  it('pins and unpins idempotently, and garbage collection keeps only pinned content', async () => {
    const a = await startHost(cleanup)
    const kept = await a.content.add(randomBytes(2 * MiB))
    const dropped = await a.content.add(randomBytes(1000))
    await a.content.pin(kept)
    await a.content.pin(kept)
    await Promise.all([a.content.pin(kept), a.content.pin(kept.toString())])
    assert.equal(await a.content.isPinned(kept), true)
    assert.equal(await a.content.isPinned(dropped), false)
    await a.content.unpin(dropped) // not pinned: nothing to do

    await a.content.gc()
    assert.equal(await a.content.has(kept), true)
    assert.equal(await a.content.has(dropped), false)

    await a.content.unpin(kept)
    await a.content.unpin(kept)
    assert.equal(await a.content.isPinned(kept), false)
    await a.content.gc()
    assert.equal(await a.content.has(kept), false)
  })

  it('pins and unpins of different raw content never wait for each other; a dag-pb one runs alone', async () => {
    const a = await startHost(cleanup)
    const old = await a.content.add(randomBytes(1000))
    await a.content.pin(old)
    const fresh = await a.content.add(randomBytes(1000))
    // a pin of raw content nobody has hangs until its timeout
    const missingRaw = await a.content.cidFor(randomBytes(1000))
    let settled = false
    const hanging = a.content.pin(missingRaw, { timeoutMs: 1500 }).finally(() => { settled = true })
    // meanwhile other raw content is unpinned and pinned (a retention sweep is not held up by admissions)
    await a.content.unpin(old)
    await a.content.pin(fresh)
    assert.equal(settled, false, 'did not wait for the hanging pin')
    assert.equal(await a.content.isPinned(old), false)
    assert.equal(await a.content.isPinned(fresh), true)
    await assert.rejects(hanging, ContentUnavailableError)

    // a dag-pb DAG may share leaves with other content: its pin runs alone, raw ones wait for it
    const missingDag = await a.content.cidFor(randomBytes(2 * MiB))
    assert.equal(missingDag.code, 0x70)
    const order: string[] = []
    const exclusive = a.content.pin(missingDag, { timeoutMs: 800 }).catch(() => { order.push('dag-pb pin failed') })
    await new Promise(resolve => setImmediate(resolve))
    await a.content.unpin(fresh).then(() => { order.push('raw unpin') })
    await exclusive
    assert.deepEqual(order, ['dag-pb pin failed', 'raw unpin'])
    assert.equal(await a.content.isPinned(fresh), false)
  })

  it('pins content held by a peer by fetching it', async () => {
    const [a, b] = await pair(cleanup)
    const data = randomBytes(1.5 * MiB)
    const cid = await a.content.add(data)
    await b.content.pin(cid, { timeoutMs: 10_000 })
    assert.equal(await b.content.has(cid), true)
    const unknown = await b.content.cidFor(randomBytes(10))
    await assert.rejects(b.content.pin(unknown, { timeoutMs: 300 }), { name: 'ContentUnavailableError' })
  })
})
