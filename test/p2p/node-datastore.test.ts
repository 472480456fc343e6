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
})
