import assert from 'node:assert/strict'
import { stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, it } from 'node:test'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { CorruptIdentityError } from '../../src/p2p/errors.ts'
import { IDENTITY_FILE, loadOrCreateIdentity } from '../../src/p2p/identity.ts'
import { Cleanup, startHost, tempDir } from '../helpers/swarm-host.ts'

describe('loadOrCreateIdentity', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('creates an Ed25519 key in a 0600 file and loads the same key again', async () => {
    const dir = join(await tempDir(cleanup), 'nested', 'data')
    const first = await loadOrCreateIdentity(dir)
    assert.equal(first.type, 'Ed25519')
    const mode = (await stat(join(dir, IDENTITY_FILE))).mode & 0o777
    assert.equal(mode, 0o600)
    const second = await loadOrCreateIdentity(dir)
    assert.ok(first.equals(second))
    assert.equal(peerIdFromPrivateKey(second).toString(), peerIdFromPrivateKey(first).toString())
  })

  it('rejects a corrupt or empty key file with CorruptIdentityError and leaves it in place', async () => {
    const dir = await tempDir(cleanup)
    const path = join(dir, IDENTITY_FILE)
    await writeFile(path, 'definitely not a protobuf key')
    await assert.rejects(loadOrCreateIdentity(dir), (err: Error) => {
      assert.equal(err.name, 'CorruptIdentityError')
      assert.ok(err instanceof CorruptIdentityError)
      assert.equal(err.path, path)
      assert.match(err.message, /corrupt/)
      return true
    })
    assert.equal((await stat(path)).size, 'definitely not a protobuf key'.length)

    await writeFile(path, new Uint8Array(0))
    await assert.rejects(loadOrCreateIdentity(dir), { name: 'CorruptIdentityError' })
  })

  it('gives a host the same peer ID and content after a restart on the same data dir', async () => {
    const dataDir = await tempDir(cleanup)
    const first = await startHost(cleanup, { privateKey: await loadOrCreateIdentity(dataDir), dataDir })
    const peerId = first.peerId.toString()
    const cid = await first.content.add(new TextEncoder().encode('kept on disk'))
    await first.stop()

    const second = await startHost(cleanup, { privateKey: await loadOrCreateIdentity(dataDir), dataDir })
    assert.equal(second.peerId.toString(), peerId)
    assert.ok(second.multiaddrs().every(a => a.endsWith(`/p2p/${peerId}`)))
    assert.equal(await second.content.has(cid), true)
    const bytes = await second.content.get(cid, { maxBytes: 100, offline: true })
    assert.equal(new TextDecoder().decode(bytes), 'kept on disk')
  })
})
