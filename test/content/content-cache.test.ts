/**
 * A worker's content cache (src/content/content-cache.ts) over a real Helia
 * blockstore on disk (blockstore-fs, datastore-fs, no network): bounded in
 * bytes, least recently used out, blocks of evicted content deleted, content
 * being fetched never evicted, content left pinned by an earlier run collected.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { FsBlockstore } from 'blockstore-fs'
import { createHeliaLight } from 'helia'
import { ContentStore } from '../../src/content/content-store.ts'
import { ContentCache } from '../../src/content/content-cache.ts'
import { directoryBytes } from '../../src/content/disk-usage.ts'
import { NodeDatastore } from '../../src/p2p/node-datastore.ts'
import { tempDir } from '../storage/helpers.ts'

const KIB = 1024

async function store (t: TestContext, dir?: string): Promise<{ content: ContentStore, dir: string }> {
  dir ??= await tempDir(t, 'ailee-cache-')
  const blockstore = new FsBlockstore(join(dir, 'blocks'))
  const datastore = new NodeDatastore(join(dir, 'datastore'))
  await blockstore.open()
  await datastore.open()
  const helia = createHeliaLight({ blockstore, datastore })
  await helia.start()
  t.after(async () => {
    await helia.stop()
    await blockstore.close()
    await datastore.close()
  })
  return { content: new ContentStore(helia), dir }
}

/** `n` contents of `bytes` each, stored (as if fetched), by CID. */
async function contents (content: ContentStore, n: number, bytes: number): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push((await content.add(randomBytes(bytes))).toString())
  return out
}

describe('worker content cache', () => {
  it('keeps at most maxBytes, evicting the least recently used; evicted blocks leave the disk', async t => {
    const { content, dir } = await store(t)
    const cache = new ContentCache({ store: content, maxBytes: 100 * KIB })
    await cache.start()
    const [a, b, c, d] = await contents(content, 4, 40 * KIB)
    await cache.get(a, { maxBytes: 64 * KIB })
    await cache.get(b, { maxBytes: 64 * KIB })
    await cache.get(a, { maxBytes: 64 * KIB }) // a is now the most recently used
    await cache.get(c, { maxBytes: 64 * KIB }) // 120 KiB: b goes
    await cache.evict()
    assert.deepEqual(cache.keys(), [a, c])
    assert.equal(cache.stats().bytes, 80 * KIB)
    assert.equal(await content.has(b), false)
    assert.equal(await content.has(d), false, 'stored but never used: unpinned, collected')
    assert.equal(await content.has(a), true)
    assert.equal(await content.has(c), true)
    const onDisk = await directoryBytes(join(dir, 'blocks'))
    assert.ok(onDisk >= 80 * KIB && onDisk < 100 * KIB, `${onDisk} bytes of blocks on disk`)
    assert.equal(cache.stats().evicted, 1)
  })

  it('never evicts content while it is fetched', async t => {
    const { content } = await store(t)
    const [a, b] = await contents(content, 2, 60 * KIB)
    const gate = Promise.withResolvers<void>()
    let fetching = false
    // the real store, with b's fetch held open until the test lets it finish
    const slow = {
      get: async (cid: string, options: Parameters<ContentStore['get']>[1]) => {
        if (cid === b) {
          fetching = true
          await gate.promise
        }
        return await content.get(cid, options)
      },
      pin: content.pin.bind(content),
      unpin: content.unpin.bind(content),
      pinned: content.pinned.bind(content),
      gc: content.gc.bind(content)
    }
    const cache = new ContentCache({ store: slow, maxBytes: 100 * KIB })
    await cache.get(a, { maxBytes: 64 * KIB })
    const fetchB = cache.get(b, { maxBytes: 64 * KIB })
    while (!fetching) await new Promise(resolve => setTimeout(resolve, 5))
    // an eviction asked for while b is fetched waits for the fetch: b's blocks stay
    let evictionDone = false
    const evicted = cache.evict().then(() => { evictionDone = true })
    await new Promise(resolve => setTimeout(resolve, 100))
    assert.equal(evictionDone, false, 'the eviction waits for the fetch in progress')
    assert.equal(await content.has(b), true)
    gate.resolve()
    assert.equal((await fetchB).length, 60 * KIB)
    await evicted
    // 120 KiB: a, the least recently used, went; b, fetched meanwhile, stayed with its blocks
    assert.deepEqual(cache.keys(), [b])
    assert.equal(await content.has(a), false)
    assert.equal(await content.has(b), true)
  })

  it('start collects what an earlier run left pinned', async t => {
    const { content } = await store(t)
    const [a] = await contents(content, 1, 10 * KIB)
    await content.pin(a)
    const cache = new ContentCache({ store: content, maxBytes: 100 * KIB })
    await cache.start()
    assert.equal(await content.has(a), false)
    assert.deepEqual(cache.keys(), [])
  })
})
