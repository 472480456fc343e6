/**
 * Self-contained receipt proofs (src/chain/proof.ts): a proof built from a
 * stored chain verifies offline; every single-bit change anywhere in its bytes,
 * a truncation, and a wrong producer key make verification fail.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { ZERO_HASH, blockHash, buildBlock, blockSigningBytes } from '../../src/chain/block.ts'
import { buildReceiptProof } from '../../src/chain/inclusion.ts'
import { InvalidProofError } from '../../src/chain/errors.ts'
import { PROOF_VERSION, encodeReceiptProof, receiptProofToWire, verifyProofBytes } from '../../src/chain/proof.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { fuzzParameters, mutate, mutationArb } from '../fuzz/mutations.ts'
import { entryFor, identity } from './fixtures.ts'
import type { Identity } from './fixtures.ts'

const STATE_ROOT = new Uint8Array(32).fill(7)

async function block (producer: Identity, worker: Identity, size: number, height = 0, prev = ZERO_HASH): Promise<ailee.v1.Block> {
  const entries = await Promise.all(Array.from({ length: size }, async (_, j) => await entryFor(`t${height}-${j}`, worker, producer, j + 1)))
  return await buildBlock({ height, prevHash: prev, entries, producerKey: producer.key, timestampMs: 1_700_000_000_000 + height, stateRoot: STATE_ROOT })
}

async function refused (bytes: Uint8Array, reason?: string): Promise<InvalidProofError> {
  let caught: unknown
  try {
    await verifyProofBytes(bytes)
  } catch (err) {
    caught = err
  }
  assert.ok(caught instanceof InvalidProofError, `expected an InvalidProofError, got ${String(caught)}`)
  if (reason != null) assert.equal(caught.reason, reason, caught.message)
  return caught
}

/** `proof` re-encoded after `change` (to build proofs wrong in one field). */
function altered (proof: Uint8Array, change: (p: ailee.v1.ReceiptProof) => void): Uint8Array {
  const p = pb.ReceiptProof.decode(proof)
  change(p)
  return Uint8Array.from(pb.ReceiptProof.encode(p).finish())
}

describe('receipt proofs (ReceiptProof)', () => {
  it('a proof of every entry of blocks of several sizes verifies offline and states the facts', async () => {
    const producer = await identity()
    const worker = await identity()
    for (const size of [1, 2, 3, 5, 8]) {
      const b = await block(producer, worker, size, 4)
      for (let i = 0; i < size; i++) {
        const bytes = encodeReceiptProof(buildReceiptProof(b, i), producer.key.publicKey)
        const facts = await verifyProofBytes(bytes)
        assert.equal(facts.taskId, `t4-${i}`)
        assert.equal(facts.leafIndex, i)
        assert.equal(facts.treeSize, size)
        assert.equal(facts.blockHeight, 4)
        assert.equal(facts.producerPeerId, producer.peerId)
        assert.equal(facts.coordinatorPeerId, producer.peerId)
        assert.equal(facts.workerPeerId, worker.peerId)
        assert.equal(facts.price, i + 1)
        assert.equal(facts.clientAccount, 'client')
        assert.equal(facts.status, 'EXECUTION_STATUS_EXITED')
        assert.equal(facts.exitCode, 0)
        assert.equal(facts.blockHash, bytesToHex(blockHash(b.header)))
        assert.equal(facts.outputHash, bytesToHex(sha256(new TextEncoder().encode(`output of t4-${i}`))))
        assert.equal(facts.version, PROOF_VERSION)
      }
    }
  })

  it('the proof holds the signed header and the hashed entry byte for byte', async () => {
    const producer = await identity()
    const worker = await identity()
    const b = await block(producer, worker, 3)
    const wire = receiptProofToWire(buildReceiptProof(b, 1), producer.key.publicKey)
    assert.deepEqual(wire.header, b.header)
    assert.deepEqual(wire.headerSignature, b.signature)
    assert.deepEqual(wire.entry, Uint8Array.from(pb.BlockEntry.encode(b.entries[1]).finish()))
    assert.deepEqual(wire.producerPublicKey, publicKeyToProtobuf(producer.key.publicKey))
    assert.ok(await producer.key.publicKey.verify(blockSigningBytes(wire.header), wire.headerSignature))
    assert.equal(wire.auditPath.length, 2)
  })

  it('flipping any single bit of any byte of the proof makes verification fail', async () => {
    const producer = await identity()
    const worker = await identity()
    const b = await block(producer, worker, 5)
    const bytes = encodeReceiptProof(buildReceiptProof(b, 3), producer.key.publicKey)
    await verifyProofBytes(bytes)
    const reasons = new Map<string, number>()
    for (let i = 0; i < bytes.length; i++) {
      const changed = Uint8Array.from(bytes)
      changed[i] ^= 1 << (i % 8)
      const err = await refused(changed)
      reasons.set(err.reason, (reasons.get(err.reason) ?? 0) + 1)
    }
    // every part of the proof is covered by some check
    for (const reason of ['malformed', 'bad-signature', 'not-included']) assert.ok(reasons.has(reason), `some flip is caught as ${reason}: ${JSON.stringify([...reasons])}`)
  })

  it('fuzz: a proof changed by any mutations (flip, set, insert, delete, truncate) is refused with an InvalidProofError, never another error', async () => {
    const producer = await identity()
    const worker = await identity()
    const bytes = encodeReceiptProof(buildReceiptProof(await block(producer, worker, 6), 5), producer.key.publicKey)
    await fc.assert(fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async mutations => {
      let changed = bytes
      for (const m of mutations) changed = mutate(changed, m)
      if (Buffer.from(changed).equals(Buffer.from(bytes))) return
      await refused(changed)
    }), fuzzParameters(500))
  })

  it('a truncated proof, an empty one, and one with bytes appended fail', async () => {
    const producer = await identity()
    const worker = await identity()
    const bytes = encodeReceiptProof(buildReceiptProof(await block(producer, worker, 4), 0), producer.key.publicKey)
    for (const n of [0, 1, 10, bytes.length >> 1, bytes.length - 1]) await refused(bytes.subarray(0, n))
    await refused(Uint8Array.of(...bytes, 0))
    await refused(Uint8Array.of(...bytes, 0x08, 0x01))
  })

  it('a wrong producer key, wrong version, or a proof from another block is refused by name', async () => {
    const producer = await identity()
    const worker = await identity()
    const stranger = await identity()
    const b = await block(producer, worker, 4)
    const bytes = encodeReceiptProof(buildReceiptProof(b, 2), producer.key.publicKey)
    assert.throws(() => encodeReceiptProof(buildReceiptProof(b, 2), stranger.key.publicKey), { name: 'InvalidProofError' })
    await refused(altered(bytes, p => { p.producerPublicKey = publicKeyToProtobuf(stranger.key.publicKey) }), 'wrong-producer-key')
    await refused(altered(bytes, p => { p.producerPublicKey = Uint8Array.of(1, 2, 3) }), 'bad-key')
    await refused(altered(bytes, p => { p.version = 2 }), 'unsupported-version')
    await refused(altered(bytes, p => { p.version = 0 }), 'unsupported-version')
    await refused(altered(bytes, p => { p.treeSize = 5 }), 'header-mismatch')
    await refused(altered(bytes, p => { p.leafIndex = 4; p.treeSize = 4 }), 'header-mismatch')
    await refused(altered(bytes, p => { p.leafIndex = 1 }), 'not-included')
    await refused(altered(bytes, p => { p.auditPath = p.auditPath.slice(1) }), 'not-included')
    await refused(altered(bytes, p => { p.auditPath[0] = new Uint8Array(31) }), 'malformed')
    // a block re-signed by a stranger (its header names the producer): the signature does not match the key
    const forged = await buildBlock({ height: 0, prevHash: ZERO_HASH, entries: b.entries, producerKey: stranger.key, timestampMs: 1, stateRoot: STATE_ROOT })
    await refused(altered(bytes, p => { p.headerSignature = forged.signature }), 'bad-signature')
    // another block's header with this entry
    const other = await block(producer, worker, 4, 1, blockHash(b.header))
    await refused(altered(bytes, p => { p.header = other.header; p.headerSignature = other.signature }), 'not-included')
  })

  it('an entry whose receipt names another coordinator, or is not signed by its worker, is refused', async () => {
    const producer = await identity()
    const worker = await identity()
    const other = await identity()
    const foreign = await entryFor('f', worker, other)
    const b = await buildBlock({ height: 0, prevHash: ZERO_HASH, entries: [foreign], producerKey: producer.key, timestampMs: 1, stateRoot: STATE_ROOT })
    await refused(encodeReceiptProof(buildReceiptProof(b, 0), producer.key.publicKey), 'invalid-receipt')
    const entry = await entryFor('g', worker, producer)
    const unsigned = { ...entry, receipt: { ...entry.receipt, signature: new Uint8Array(64) } }
    const b2 = await buildBlock({ height: 0, prevHash: ZERO_HASH, entries: [unsigned], producerKey: producer.key, timestampMs: 1, stateRoot: STATE_ROOT })
    await refused(encodeReceiptProof(buildReceiptProof(b2, 0), producer.key.publicKey), 'invalid-receipt')
  })
})
