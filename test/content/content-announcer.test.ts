/**
 * ContentAnnouncer with a stubbed `provide` (a port, not the DHT; the DHT is
 * exercised in test/integration/content-routing.test.ts): bounded queue,
 * de-duplication, concurrency, failures counted, stop.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { ContentAnnouncer } from '../../src/content/content-announcer.ts'
import type { AbortOptions } from '@libp2p/interface'

async function cidOf (text: string): Promise<CID> {
  return CID.createV1(0x55, await sha256.digest(new TextEncoder().encode(text)))
}

/** A provide port whose calls wait until released. */
function gatedProvide (): { provide: (cid: CID, o: AbortOptions) => Promise<void>, calls: string[], running: () => number, release: () => void } {
  const calls: string[] = []
  let running = 0
  let open!: () => void
  let gate = new Promise<void>(resolve => { open = resolve })
  return {
    calls,
    running: () => running,
    release: () => { open(); gate = new Promise<void>(resolve => { open = resolve }) },
    provide: async (cid, o) => {
      calls.push(cid.toString())
      running++
      try {
        await Promise.race([gate, new Promise((_resolve, reject) => o.signal?.addEventListener('abort', () => { reject(o.signal?.reason) }))])
      } finally { running-- }
    }
  }
}

describe('ContentAnnouncer', () => {
  it('runs at most `concurrency` provides, queues the rest, and counts what was provided', async () => {
    const port = gatedProvide()
    const announcer = new ContentAnnouncer(port.provide, { concurrency: 2, maxPending: 10 })
    const cids = await Promise.all(['a', 'b', 'c', 'd'].map(cidOf))
    for (const cid of cids) assert.equal(announcer.announce(cid), true)
    await new Promise(resolve => setImmediate(resolve))
    assert.equal(port.running(), 2)
    assert.equal(announcer.pending, 4)
    port.release()
    await new Promise(resolve => setImmediate(resolve))
    port.release()
    await announcer.onIdle()
    assert.deepEqual(port.calls, cids.map(String))
    assert.deepEqual(announcer.stats, { provided: 4, failed: 0, dropped: 0 })
    assert.equal(announcer.pending, 0)
  })

  it('does not queue a CID twice while it waits (string or CID, v0 or v1 alike)', async () => {
    const port = gatedProvide()
    const announcer = new ContentAnnouncer(port.provide, { concurrency: 1 })
    const cid = await cidOf('x')
    assert.equal(announcer.announce(cid), true)
    assert.equal(announcer.announce(cid.toString()), true)
    assert.equal(announcer.pending, 1)
    port.release()
    await announcer.onIdle()
    assert.equal(port.calls.length, 1)
  })

  it('drops announcements past maxPending instead of blocking the caller', async () => {
    const port = gatedProvide()
    const announcer = new ContentAnnouncer(port.provide, { concurrency: 1, maxPending: 2 })
    const cids = await Promise.all(['1', '2', '3', '4', '5'].map(cidOf))
    const accepted = cids.map(cid => announcer.announce(cid))
    // the first runs at once, two wait, the rest find the queue full
    assert.deepEqual(accepted, [true, true, true, false, false])
    assert.equal(announcer.stats.dropped, 2)
    port.release(); await new Promise(resolve => setImmediate(resolve))
    port.release(); await new Promise(resolve => setImmediate(resolve))
    port.release(); await new Promise(resolve => setImmediate(resolve))
    port.release()
    await announcer.onIdle()
    assert.equal(announcer.stats.provided, accepted.filter(a => a).length)
  })

  it('counts a failed or timed-out provide and goes on', async () => {
    let n = 0
    const announcer = new ContentAnnouncer(async (_cid, o) => {
      n++
      if (n === 1) throw new Error('no peers')
      if (n === 2) await new Promise((_resolve, reject) => o.signal?.addEventListener('abort', () => { reject(new Error('timed out')) }))
    }, { concurrency: 1, timeoutMs: 20 })
    for (const t of ['f', 'g', 'h']) announcer.announce(await cidOf(t))
    await announcer.onIdle()
    assert.deepEqual(announcer.stats, { provided: 1, failed: 2, dropped: 0 })
  })

  it('rejects a string that is not a CID, and announces nothing when disabled', async () => {
    const announcer = new ContentAnnouncer(async () => {})
    assert.equal(announcer.announce('not-a-cid'), false)
    const disabled = new ContentAnnouncer(undefined)
    assert.equal(disabled.enabled, false)
    assert.equal(disabled.announce(await cidOf('y')), false)
    assert.throws(() => new ContentAnnouncer(undefined, { concurrency: 0 }), RangeError)
  })

  it('stop aborts what runs, drops what waits and refuses more', async () => {
    const port = gatedProvide()
    const announcer = new ContentAnnouncer(port.provide, { concurrency: 1 })
    for (const t of ['p', 'q', 'r']) announcer.announce(await cidOf(t))
    await new Promise(resolve => setImmediate(resolve))
    await announcer.stop()
    assert.deepEqual(announcer.stats, { provided: 0, failed: 1, dropped: 2 })
    assert.equal(announcer.announce(await cidOf('s')), false)
    assert.equal(announcer.pending, 0)
  })
})
