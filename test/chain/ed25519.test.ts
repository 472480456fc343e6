import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { signEd25519, verifyEd25519 } from '../../src/chain/crypto.ts'

describe('signEd25519 / verifyEd25519 (key objects made once)', () => {
  it('sign gives the bytes libp2p gives, every time, for each key', async () => {
    for (let k = 0; k < 3; k++) {
      const key = await generateKeyPair('Ed25519')
      for (const data of [new Uint8Array(0), new Uint8Array(300).fill(k), Uint8Array.of(1, 2, 3)]) {
        assert.deepEqual(await signEd25519(key, data), new Uint8Array(await key.sign(data)))
        assert.deepEqual(await signEd25519(key, data), new Uint8Array(await key.sign(data)), 'again, with the cached key object')
      }
    }
  })

  it('verify agrees with libp2p: a good signature, changed data, a changed signature, another key', async () => {
    const a = await generateKeyPair('Ed25519')
    const b = await generateKeyPair('Ed25519')
    const data = new Uint8Array(100).fill(9)
    const sig = await signEd25519(a, data)
    const flipped = Uint8Array.from(sig); flipped[10] ^= 1
    const other = Uint8Array.from(data); other[0] ^= 1
    for (let round = 0; round < 2; round++) {
      assert.equal(await verifyEd25519(a.publicKey, data, sig), true)
      assert.equal(await a.publicKey.verify(data, sig), true)
      assert.equal(await verifyEd25519(a.publicKey, other, sig), false)
      assert.equal(await verifyEd25519(a.publicKey, data, flipped), false)
      assert.equal(await verifyEd25519(b.publicKey, data, sig), false)
      assert.equal(await b.publicKey.verify(data, sig), false)
    }
  })

  it('a signature of the wrong length fails as libp2p fails it', async () => {
    const a = await generateKeyPair('Ed25519')
    const data = Uint8Array.of(1)
    const short = (await signEd25519(a, data)).subarray(0, 63)
    await assert.rejects(async () => await a.publicKey.verify(data, short), TypeError)
    await assert.rejects(async () => await verifyEd25519(a.publicKey, data, short), TypeError)
  })
})
