import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { sha256 } from '@noble/hashes/sha2.js'
import { InvalidReceiptError } from '../../src/chain/errors.ts'
import {
  RECEIPT_SIGNING_PREFIX, decodeReceipt, receiptSigningBytes, signReceipt, verifyReceipt
} from '../../src/chain/receipt.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { identity, receiptFor } from './fixtures.ts'

function rejectsWith (reason: string): (err: Error) => boolean {
  return err => {
    assert.ok(err instanceof InvalidReceiptError, `expected InvalidReceiptError, got ${err.name}: ${err.message}`)
    assert.equal(err.name, 'InvalidReceiptError')
    assert.equal((err as InvalidReceiptError).reason, reason)
    return true
  }
}

function hex (bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex')
}

describe('receipts', () => {
  it('sign then verify returns the same claim', async () => {
    const worker = await identity()
    const coordinator = await identity()
    const claim = receiptFor('task-1', worker, coordinator)
    const signed = await signReceipt(claim, worker.key)
    assert.equal(signed.signature?.length, 64)
    const receipt = await verifyReceipt(signed)
    assert.equal(receipt.taskId, 'task-1')
    assert.equal(receipt.workerPeerId, worker.peerId)
    assert.equal(receipt.coordinatorPeerId, coordinator.peerId)
    assert.equal(receipt.timestampMs, 1_700_000_000_000)
    assert.equal(receipt.resources?.peakMemoryPages, 17)
    assert.equal(hex(receipt.outputHash), hex(claim.outputHash as Uint8Array))
    assert.deepEqual(decodeReceipt(signed).toJSON(), receipt.toJSON())
  })

  it('signs "ailee/receipt/v1\\n" || encoded receipt, checkable with the bare public key', async () => {
    const worker = await identity()
    const signed = await signReceipt(receiptFor('t', worker, worker), worker.key)
    assert.equal(new TextDecoder().decode(RECEIPT_SIGNING_PREFIX), 'ailee/receipt/v1\n')
    assert.equal(await worker.key.publicKey.verify(receiptSigningBytes(signed.receipt!), signed.signature!), true)
    assert.equal(await worker.key.publicKey.verify(signed.receipt!, signed.signature!), false)
  })

  it('fills an empty worker id with the key\'s peer id and refuses another worker\'s id', async () => {
    const worker = await identity()
    const other = await identity()
    const signed = await signReceipt(receiptFor('t', worker, other, { workerPeerId: '' }), worker.key)
    assert.equal((await verifyReceipt(signed)).workerPeerId, worker.peerId)
    await assert.rejects(signReceipt(receiptFor('t', other, worker), worker.key), rejectsWith('worker-mismatch'))
    const secp = await generateKeyPair('secp256k1')
    await assert.rejects(signReceipt(receiptFor('t', worker, worker, { workerPeerId: '' }), secp), rejectsWith('worker-mismatch'))
  })

  it('refuses to sign receipts with missing fields or bad hashes', async () => {
    const worker = await identity()
    await assert.rejects(signReceipt(receiptFor('', worker, worker), worker.key), rejectsWith('missing-field'))
    await assert.rejects(signReceipt(receiptFor('t', worker, worker, { moduleHash: new Uint8Array(0) }), worker.key), rejectsWith('bad-hash'))
    await assert.rejects(signReceipt(receiptFor('t', worker, worker, { outputHash: new Uint8Array(31) }), worker.key), rejectsWith('bad-hash'))
    // an empty input hash is allowed (the proto field is optional in spirit)
    await signReceipt(receiptFor('t', worker, worker, { inputHash: new Uint8Array(0) }), worker.key)
  })

  it('detects tampering with any byte of the receipt or of the signature', async () => {
    const worker = await identity()
    const signed = await signReceipt(receiptFor('t', worker, worker), worker.key)
    const receiptBytes = signed.receipt!
    const signature = signed.signature!
    for (let i = 0; i < receiptBytes.length; i += 7) {
      const bad = Uint8Array.from(receiptBytes)
      bad[i] ^= 0x01
      await assert.rejects(verifyReceipt({ receipt: bad, signature }), InvalidReceiptError, `byte ${i}`)
    }
    for (const i of [0, 31, 32, 63]) {
      const bad = Uint8Array.from(signature)
      bad[i] ^= 0x80
      await assert.rejects(verifyReceipt({ receipt: receiptBytes, signature: bad }), rejectsWith('bad-signature'))
    }
  })

  it('detects a changed field re-signed by someone else, and malformed input', async () => {
    const worker = await identity()
    const thief = await identity()
    const signed = await signReceipt(receiptFor('t', worker, worker), worker.key)
    const decoded = pb.ExecutionReceipt.decode(signed.receipt!)
    // change the output hash, keep the original signature
    decoded.outputHash = sha256(new TextEncoder().encode('forged'))
    const forged: ailee.v1.ISignedReceipt = { receipt: pb.ExecutionReceipt.encode(decoded).finish(), signature: signed.signature }
    await assert.rejects(verifyReceipt(forged), rejectsWith('bad-signature'))
    // claim to be the worker but sign with another key
    const fakeSig = await thief.key.sign(receiptSigningBytes(forged.receipt!))
    await assert.rejects(verifyReceipt({ receipt: forged.receipt, signature: fakeSig }), rejectsWith('bad-signature'))

    await assert.rejects(verifyReceipt({ signature: signed.signature }), rejectsWith('malformed'))
    await assert.rejects(verifyReceipt({ receipt: new Uint8Array([0xff, 0xff, 0xff]), signature: signed.signature }), rejectsWith('malformed'))
    await assert.rejects(verifyReceipt({ receipt: signed.receipt }), rejectsWith('bad-signature'))
    const noWorker = pb.ExecutionReceipt.encode({ ...decoded, workerPeerId: 'not-a-peer-id' }).finish()
    await assert.rejects(verifyReceipt({ receipt: noWorker, signature: signed.signature }), rejectsWith('bad-worker-id'))
  })
})
