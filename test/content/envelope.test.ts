import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  CONTENT_KEY_BYTES, ENVELOPE_NONCE_BYTES, ENVELOPE_OVERHEAD_BYTES, ENVELOPE_VERSION, EnvelopeError,
  isSealed, newContentKey, openContent, openOutput, outputSealing, sealContent, sealOutput, sealedSizeLimit
} from '../../src/content/envelope.ts'

const text = (s: string): Uint8Array => new TextEncoder().encode(s)
const nonce16 = (fill: number): Uint8Array => new Uint8Array(16).fill(fill)

/** Runs `fn` and returns the EnvelopeError it throws or rejects with (fails when it throws nothing or something else). */
async function envelopeError (fn: () => unknown): Promise<EnvelopeError> {
  try {
    await fn()
  } catch (err) {
    assert.ok(err instanceof EnvelopeError, `expected an EnvelopeError, got ${String(err)}`)
    return err
  }
  assert.fail('expected an EnvelopeError, nothing was thrown')
}

describe('content envelope', () => {
  it('round-trips any bytes, adding exactly the overhead, in the documented layout', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('module', 'input', 'output' as const), async (plain, purpose) => {
      const key = newContentKey()
      const sealed = await sealContent(key, plain, purpose)
      assert.equal(sealed.byteLength, plain.byteLength + ENVELOPE_OVERHEAD_BYTES)
      assert.equal(sealed[0], ENVELOPE_VERSION)
      assert.deepEqual(await openContent(key, sealed, purpose), plain)
    }), { seed: 42, numRuns: 200 })
    assert.equal(ENVELOPE_OVERHEAD_BYTES, 29)
    assert.equal(sealedSizeLimit(1000), 1029)
  })

  it('keeps the plaintext out of the sealed bytes, and two seals of the same bytes differ (random nonce)', async () => {
    const key = newContentKey()
    const secret = text('the launch code is swordfish-4711 '.repeat(8))
    const a = await sealContent(key, secret, 'input')
    const b = await sealContent(key, secret, 'input')
    assert.ok(!Buffer.from(a).includes(Buffer.from('swordfish')))
    assert.notDeepEqual(a.subarray(1, 1 + ENVELOPE_NONCE_BYTES), b.subarray(1, 1 + ENVELOPE_NONCE_BYTES))
    assert.notDeepEqual(a, b)
  })

  it('a given nonce is used as is (the layout is the documented one)', async () => {
    const key = new Uint8Array(CONTENT_KEY_BYTES).fill(7)
    const nonce = new Uint8Array(ENVELOPE_NONCE_BYTES).fill(9)
    const sealed = await sealContent(key, text('x'), 'module', nonce)
    assert.deepEqual(sealed.subarray(1, 1 + ENVELOPE_NONCE_BYTES), nonce)
    assert.deepEqual(await sealContent(key, text('x'), 'module', nonce), sealed)
  })

  it('a wrong key fails authentication by name', async () => {
    const sealed = await sealContent(newContentKey(), text('module bytes'), 'module')
    const err = await envelopeError(async () => await openContent(newContentKey(), sealed, 'module'))
    assert.equal(err.reason, 'authentication-failed')
    assert.match(err.message, /module envelope failed authentication: wrong content key, or the bytes were changed/)
  })

  it('any changed byte (header, nonce, ciphertext or tag) fails', async () => {
    const key = newContentKey()
    const sealed = await sealContent(key, text('stdin with a secret'), 'input')
    for (let i = 0; i < sealed.byteLength; i++) {
      const tampered = Uint8Array.from(sealed)
      tampered[i] ^= 0x01
      const err = await envelopeError(async () => await openContent(key, tampered, 'input'))
      assert.equal(err.reason, i === 0 ? 'unknown-version' : 'authentication-failed', `byte ${i}`)
    }
  })

  it('an envelope opens only as what it was sealed as', async () => {
    const key = newContentKey()
    const sealed = await sealContent(key, text('data'), 'input')
    assert.equal((await envelopeError(async () => await openContent(key, sealed, 'module'))).reason, 'authentication-failed')
  })

  it('truncated input: shorter than the overhead is refused as truncated, a cut tag fails authentication', async () => {
    const key = newContentKey()
    const sealed = await sealContent(key, text('0123456789'), 'module')
    for (const length of [0, 1, 13, ENVELOPE_OVERHEAD_BYTES - 1]) {
      const err = await envelopeError(async () => await openContent(key, sealed.subarray(0, length), 'module'))
      assert.equal(err.reason, 'truncated', `length ${length}`)
      assert.match(err.message, new RegExp(`module envelope of ${length} bytes is shorter than the 29 bytes`))
    }
    assert.equal((await envelopeError(async () => await openContent(key, sealed.subarray(0, sealed.byteLength - 1), 'module'))).reason, 'authentication-failed')
    // an empty plaintext seals to exactly the overhead and opens again
    assert.deepEqual(await openContent(key, await sealContent(key, new Uint8Array(0), 'module'), 'module'), new Uint8Array(0))
  })

  it('refuses keys and nonces of the wrong length, and unknown versions', async () => {
    assert.equal((await envelopeError(async () => await sealContent(new Uint8Array(16), text('x'), 'module'))).reason, 'bad-key')
    assert.equal((await envelopeError(async () => await openContent(new Uint8Array(31), new Uint8Array(64), 'module'))).reason, 'bad-key')
    assert.equal((await envelopeError(async () => await sealContent(newContentKey(), text('x'), 'module', new Uint8Array(24)))).reason, 'bad-nonce')
    const v2 = await sealContent(newContentKey(), text('x'), 'module')
    v2[0] = 2
    assert.match((await envelopeError(async () => await openContent(newContentKey(), v2, 'module'))).message, /version 2; this node reads version 1/)
  })

  it('isSealed: empty means plaintext, 32 bytes sealed, anything else refused', async () => {
    assert.equal(isSealed(undefined), false)
    assert.equal(isSealed(new Uint8Array(0)), false)
    assert.equal(isSealed(newContentKey()), true)
    assert.equal((await envelopeError(() => isSealed(new Uint8Array(5)))).reason, 'bad-key')
  })

  describe('output', () => {
    const key = newContentKey()
    const ctx = { taskId: 'a'.repeat(32), attempt: 1, assignmentNonce: nonce16(1) }
    const stdout = text('word 3\nswordfish 2\n')

    it('is deterministic for one assignment (the coordinator rebuilds the worker\'s bytes) and opens', async () => {
      const sealed = await sealOutput(key, ctx, stdout)
      assert.deepEqual(await sealOutput(key, { ...ctx, assignmentNonce: Uint8Array.from(ctx.assignmentNonce) }, stdout), sealed)
      assert.deepEqual(await openOutput(key, ctx, sealed), stdout)
      assert.ok(!Buffer.from(sealed).includes(Buffer.from('swordfish')))
    })

    it('differs per assignment nonce, attempt and task (replicas store different ciphertexts)', async () => {
      const base = await sealOutput(key, ctx, stdout)
      for (const other of [{ ...ctx, assignmentNonce: nonce16(2) }, { ...ctx, attempt: 2 }, { ...ctx, taskId: 'b'.repeat(32) }]) {
        const sealed = await sealOutput(key, other, stdout)
        assert.notDeepEqual(sealed, base)
        assert.equal((await envelopeError(async () => await openOutput(key, ctx, sealed))).reason, 'authentication-failed')
      }
    })

    it('derives a key other than the content key (RFC 5869 HKDF-SHA256, 44 bytes)', async () => {
      const { key: k, nonce } = outputSealing(key, ctx)
      assert.equal(k.byteLength, CONTENT_KEY_BYTES)
      assert.equal(nonce.byteLength, ENVELOPE_NONCE_BYTES)
      assert.notDeepEqual(k, key)
      // the content key does not open an output envelope
      assert.equal((await envelopeError(async () => await openContent(key, await sealOutput(key, ctx, stdout), 'output'))).reason, 'authentication-failed')
    })
  })
})
