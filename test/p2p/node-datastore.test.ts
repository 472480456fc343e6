import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { Key } from 'interface-datastore'
import { NodeDatastore } from '../../src/p2p/node-datastore.ts'

describe('node datastore', () => {
  it('finishes writes in flight before closing and drops writes after close', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ailee-ds-'))
    try {
      const path = join(root, 'datastore')
      const store = new NodeDatastore(path)
      await store.open()
      const pending = store.put(new Key('/peers/a'), new Uint8Array([1, 2, 3]))
      await store.close()
      await pending
      assert.deepEqual([...await readFile(join(path, 'peers', 'a.data'))], [1, 2, 3], 'the write in flight landed before close returned')
      await rm(path, { recursive: true, force: true })
      await store.put(new Key('/peers/b'), new Uint8Array([4]))
      await store.delete(new Key('/peers/a'))
      assert.equal(existsSync(path), false, 'a write after close recreates nothing')
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  it('keeps peer records in memory and writes them back on query and close, not on every put', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ailee-ds-'))
    try {
      const path = join(root, 'datastore')
      const store = new NodeDatastore(path)
      await store.open()
      const key = new Key('/peers/p1')
      await store.put(key, new Uint8Array([1]))
      await store.put(key, new Uint8Array([2]))
      assert.deepEqual([...await store.get(key)], [2], 'a read sees the last write')
      assert.equal(await store.has(key), true)
      assert.equal(existsSync(join(path, 'peers', 'p1.data')), false, 'no file write per put')
      const pin = new Uint8Array([9])
      await store.put(new Key('/pins/x'), pin)
      assert.equal(existsSync(join(path, 'pins', 'x.data')), true, 'other keys are written at once')
      pin[0] = 0
      assert.deepEqual([...await store.get(new Key('/pins/x'))], [9], 'the cache holds a copy, not the caller\'s buffer')
      await store.delete(new Key('/pins/x'))
      assert.equal(await store.has(new Key('/pins/x')), false, 'a delete leaves nothing cached')
      const listed = []
      for await (const pair of store.query({ prefix: '/peers' })) listed.push(pair)
      assert.deepEqual(listed.map(p => [p.key.toString(), [...p.value]]), [['/peers/p1', [2]]], 'a query sees cached records')
      await store.put(key, new Uint8Array([3]))
      await store.close()
      assert.deepEqual([...await readFile(join(path, 'peers', 'p1.data'))], [3], 'close writes the last value back')
      const reopened = new NodeDatastore(path)
      await reopened.open()
      assert.deepEqual([...await reopened.get(key)], [3])
      await reopened.delete(key)
      await assert.rejects(reopened.get(key), { name: 'NotFoundError' })
      await reopened.close()
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
