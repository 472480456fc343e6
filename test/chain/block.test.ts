import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  BLOCK_SIGNING_PREFIX, VERIFY_YIELD_EVERY, ZERO_HASH, blockHash, buildBlock, entryHash, receiptsRoot, validateBlock
} from '../../src/chain/block.ts'
import { InvalidBlockError, InvalidReceiptError } from '../../src/chain/errors.ts'
import { sha256 } from '@noble/hashes/sha2.js'
import { merkleRoot } from '../../src/chain/merkle.ts'
import { signReceipt } from '../../src/chain/receipt.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { entryFor, identity, receiptFor } from './fixtures.ts'
import type { Identity } from './fixtures.ts'

const STATE_ROOT = sha256(new TextEncoder().encode('state'))
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

function reason (expected: string): (err: Error) => boolean {
  return err => {
    assert.ok(err instanceof InvalidBlockError, `expected InvalidBlockError, got ${err.name}: ${err.message}`)
    assert.equal((err as InvalidBlockError).reason, expected, err.message)
    return true
  }
}

async function twoBlocks (producer: Identity, worker: Identity): Promise<[ailee.v1.Block, ailee.v1.Block]> {
  const b0 = await buildBlock({
    height: 0, prevHash: ZERO_HASH, producerKey: producer.key, timestampMs: 1000, stateRoot: STATE_ROOT,
    entries: [await entryFor('t0', worker, producer), await entryFor('t1', worker, producer)]
  })
  const b1 = await buildBlock({
    height: 1, prevHash: blockHash(b0.header), producerKey: producer.key, timestampMs: 2000, stateRoot: STATE_ROOT,
    entries: [await entryFor('t2', worker, producer, 30)]
  })
  return [b0, b1]
}

/** Re-signs a changed header with `key`, as a dishonest producer could. */
async function resign (block: ailee.v1.Block, key: Identity['key'], change: (h: ailee.v1.BlockHeader) => void): Promise<ailee.v1.Block> {
  const header = pb.BlockHeader.decode(block.header)
  change(header)
  const bytes = Uint8Array.from(pb.BlockHeader.encode(header).finish())
  const signature = await key.sign(Uint8Array.from([...BLOCK_SIGNING_PREFIX, ...bytes]))
  return pb.Block.create({ header: bytes, signature, entries: block.entries })
}

describe('blocks', () => {
  it('builds a signed block whose header commits to its entries, and validates it', async () => {
    const producer = await identity()
    const worker = await identity()
    const [b0, b1] = await twoBlocks(producer, worker)
    const h0 = pb.BlockHeader.decode(b0.header)
    assert.equal(h0.height, 0)
    assert.equal(h0.producerPeerId, producer.peerId)
    assert.equal(h0.entryCount, 2)
    assert.equal(h0.timestampMs, 1000)
    assert.equal(hex(h0.prevHash), hex(ZERO_HASH))
    assert.equal(hex(h0.stateRoot), hex(STATE_ROOT))
    assert.equal(hex(h0.receiptsRoot), hex(merkleRoot(b0.entries.map(e => sha256(pb.BlockEntry.encode(e).finish())))))
    assert.equal(await producer.key.publicKey.verify(Uint8Array.from([...BLOCK_SIGNING_PREFIX, ...b0.header]), b0.signature), true)

    const v0 = await validateBlock(b0, { maxEntries: 10 })
    assert.equal(hex(v0.hash), hex(sha256(b0.header)))
    assert.deepEqual(v0.receipts.map(r => r.taskId), ['t0', 't1'])
    const v1 = await validateBlock(b1, { prev: { height: 0, hash: v0.hash }, maxEntries: 10 })
    assert.equal(v1.header.height, 1)
    // survives the wire
    const wire = pb.Block.decode(pb.Block.encode(b1).finish())
    await validateBlock(wire, { prev: { height: 0, hash: v0.hash }, maxEntries: 10 })
  })

  it('builds and validates an empty block', async () => {
    const producer = await identity()
    const block = await buildBlock({ height: 0, prevHash: ZERO_HASH, producerKey: producer.key, timestampMs: 5, stateRoot: STATE_ROOT, entries: [] })
    const v = await validateBlock(block, { maxEntries: 1 })
    assert.equal(hex(v.header.receiptsRoot), hex(sha256(new Uint8Array(0))))
    assert.equal(hex(receiptsRoot([])), hex(sha256(new Uint8Array(0))))
  })

  it('rejects a malformed header or bad hash lengths', async () => {
    const producer = await identity()
    const worker = await identity()
    const [b0] = await twoBlocks(producer, worker)
    await assert.rejects(validateBlock({ ...b0, header: new Uint8Array(0) }, { maxEntries: 10 }), reason('malformed'))
    await assert.rejects(validateBlock({ ...b0, header: Uint8Array.of(0xff, 0xff) }, { maxEntries: 10 }), reason('malformed'))
    await assert.rejects(validateBlock(await resign(b0, producer.key, h => { h.stateRoot = new Uint8Array(3) }), { maxEntries: 10 }), reason('malformed'))
    await assert.rejects(buildBlock({ height: 0, prevHash: new Uint8Array(31), producerKey: producer.key, timestampMs: 1, stateRoot: STATE_ROOT, entries: [] }), reason('malformed'))
  })

  it('rejects a bad producer id and a bad signature', async () => {
    const producer = await identity()
    const other = await identity()
    const worker = await identity()
    const [b0] = await twoBlocks(producer, worker)
    await assert.rejects(validateBlock(await resign(b0, producer.key, h => { h.producerPeerId = 'nobody' }), { maxEntries: 10 }), reason('bad-producer'))
    // signed by someone else
    await assert.rejects(validateBlock(await resign(b0, other.key, () => {}), { maxEntries: 10 }), reason('bad-signature'))
    // header changed after signing
    const header = Uint8Array.from(b0.header)
    header[header.length - 1] ^= 1
    await assert.rejects(validateBlock({ ...b0, header }, { maxEntries: 10 }), reason('bad-signature'))
    await assert.rejects(validateBlock({ ...b0, signature: new Uint8Array(64) }, { maxEntries: 10 }), reason('bad-signature'))
    await assert.rejects(validateBlock({ ...b0, signature: undefined }, { maxEntries: 10 }), reason('bad-signature'))
  })

  it('rejects too many entries and a wrong entry count', async () => {
    const producer = await identity()
    const worker = await identity()
    const [b0] = await twoBlocks(producer, worker)
    await assert.rejects(validateBlock(b0, { maxEntries: 1 }), reason('too-many-entries'))
    await assert.rejects(validateBlock(pb.Block.create({ ...b0, entries: b0.entries.slice(0, 1) }), { maxEntries: 10 }), reason('entry-count-mismatch'))
  })

  it('rejects entries that do not match the receipts root', async () => {
    const producer = await identity()
    const worker = await identity()
    const [b0] = await twoBlocks(producer, worker)
    const swapped = pb.Block.create({ ...b0, entries: [b0.entries[1], b0.entries[0]] })
    await assert.rejects(validateBlock(swapped, { maxEntries: 10 }), reason('receipts-root-mismatch'))
    const repriced = pb.Block.create({ ...b0, entries: [{ ...b0.entries[0], price: 1_000_000 }, b0.entries[1]] })
    await assert.rejects(validateBlock(repriced, { maxEntries: 10 }), reason('receipts-root-mismatch'))
    const replaced = pb.Block.create({ ...b0, entries: [await entryFor('t9', worker, producer), b0.entries[1]] })
    await assert.rejects(validateBlock(replaced, { maxEntries: 10 }), reason('receipts-root-mismatch'))
  })

  it('rejects a block that does not link to the previous one', async () => {
    const producer = await identity()
    const worker = await identity()
    const [b0, b1] = await twoBlocks(producer, worker)
    const link = { height: 0, hash: blockHash(b0.header) }
    await assert.rejects(validateBlock(b1, { prev: { height: 1, hash: link.hash }, maxEntries: 10 }), reason('height-mismatch'))
    await assert.rejects(validateBlock(b1, { prev: { height: 0, hash: sha256(b1.header) }, maxEntries: 10 }), reason('prev-hash-mismatch'))
    const badGenesis = await resign(b0, producer.key, h => { h.prevHash = sha256(new Uint8Array(1)) })
    await assert.rejects(validateBlock(badGenesis, { maxEntries: 10 }), reason('prev-hash-mismatch'))
  })

  it('rejects invalid, foreign and duplicate receipts, with the receipt error as cause', async () => {
    const producer = await identity()
    const worker = await identity()
    const other = await identity()
    const build = async (entries: ailee.v1.IBlockEntry[]): Promise<ailee.v1.Block> =>
      await buildBlock({ height: 0, prevHash: ZERO_HASH, producerKey: producer.key, timestampMs: 1, stateRoot: STATE_ROOT, entries })

    const good = await entryFor('t', worker, producer)
    const forgedSig = Uint8Array.from(good.receipt!.signature!)
    forgedSig[0] ^= 1
    await assert.rejects(validateBlock(await build([{ ...good, receipt: { ...good.receipt, signature: forgedSig } }]), { maxEntries: 10 }), (err: Error) => {
      assert.equal((err as InvalidBlockError).reason, 'invalid-receipt')
      assert.ok(err.cause instanceof InvalidReceiptError)
      return true
    })
    await assert.rejects(validateBlock(await build([{ clientAccount: 'c', price: 1 }]), { maxEntries: 10 }), reason('invalid-receipt'))

    const foreign = { receipt: await signReceipt(receiptFor('f', worker, other), worker.key), price: 1, clientAccount: 'c' }
    await assert.rejects(validateBlock(await build([foreign]), { maxEntries: 10 }), reason('foreign-receipt'))

    const again = await entryFor('t', worker, producer, 99)
    await assert.rejects(validateBlock(await build([good, again]), { maxEntries: 10 }), reason('duplicate-receipt'))

    // skipping receipt checks still checks the commitments
    const v = await validateBlock(await build([foreign]), { maxEntries: 10, verifyReceipts: false })
    assert.equal(v.receipts[0].taskId, 'f')
  })

  it('hashes entries as their protobuf encoding', async () => {
    const producer = await identity()
    const worker = await identity()
    const entry = await entryFor('t', worker, producer)
    assert.equal(hex(entryHash(entry)), hex(sha256(pb.BlockEntry.encode(entry).finish())))
    assert.equal(hex(entryHash(pb.BlockEntry.decode(pb.BlockEntry.encode(entry).finish()))), hex(entryHash(entry)))
  })
})

describe('blocks: replicas and evidence', () => {
  async function block (producer: Identity, entries: ailee.v1.IBlockEntry[]): Promise<ailee.v1.Block> {
    return await buildBlock({ height: 0, prevHash: ZERO_HASH, producerKey: producer.key, timestampMs: 1000, stateRoot: STATE_ROOT, entries })
  }

  /** An evidence entry: `liar`'s receipt with another output, contradicted by `honest`'s entry. */
  async function evidence (taskId: string, liar: Identity, honest: Identity, producer: Identity, over: { price?: number, output?: number } = {}): Promise<ailee.v1.IBlockEntry> {
    const wrong = await signReceipt(receiptFor(taskId, liar, producer, { outputHash: new Uint8Array(32).fill(over.output ?? 9) }), liar.key)
    const accepted = (await entryFor(taskId, honest, producer)).receipt!
    return { receipt: wrong, clientAccount: 'client', price: over.price ?? 0, verified: true, contradictedBy: accepted }
  }

  it('accepts agreeing replicas of one task and the evidence against a worker that contradicted them', async () => {
    const [producer, w1, w2, liar] = [await identity(), await identity(), await identity(), await identity()]
    const b = await block(producer, [await entryFor('t', w1, producer), await entryFor('t', w2, producer), await evidence('t', liar, w1, producer)])
    const validated = await validateBlock(b, { maxEntries: 10 })
    assert.deepEqual(validated.receipts.map(r => r.workerPeerId), [w1.peerId, w2.peerId, liar.peerId])
  })

  it('refuses evidence that proves nothing: receipts that agree, one worker, another task, credits moved', async () => {
    const [producer, w1, liar] = [await identity(), await identity(), await identity()]
    const agreeing = await evidence('t', liar, w1, producer, { output: 0 })
    const honestOutput = pb.ExecutionReceipt.decode((await entryFor('t', w1, producer)).receipt!.receipt!).outputHash
    agreeing.receipt = await signReceipt(receiptFor('t', liar, producer, { outputHash: honestOutput }), liar.key)
    await assert.rejects(validateBlock(await block(producer, [agreeing]), { maxEntries: 10 }), reason('invalid-evidence'))
    const self = await evidence('t', w1, w1, producer)
    await assert.rejects(validateBlock(await block(producer, [self]), { maxEntries: 10 }), reason('invalid-evidence'))
    const otherTask = { ...await evidence('t', liar, w1, producer), contradictedBy: (await entryFor('u', w1, producer)).receipt }
    await assert.rejects(validateBlock(await block(producer, [otherTask]), { maxEntries: 10 }), reason('invalid-evidence'))
    const paid = await evidence('t', liar, w1, producer, { price: 5 })
    await assert.rejects(validateBlock(await block(producer, [paid]), { maxEntries: 10 }), reason('invalid-evidence'))
    const forged = { ...await evidence('t', liar, w1, producer), contradictedBy: { ...(await entryFor('t', w1, producer)).receipt!, signature: new Uint8Array(64) } }
    await assert.rejects(validateBlock(await block(producer, [forged]), { maxEntries: 10 }), reason('invalid-evidence'))
  })

  it('refuses one worker paid twice for one task', async () => {
    const [producer, w1] = [await identity(), await identity()]
    const b = await block(producer, [await entryFor('t', w1, producer), await entryFor('t', w1, producer, 20)])
    await assert.rejects(validateBlock(b, { maxEntries: 10 }), reason('duplicate-receipt'))
  })
})

describe('blocks: validation cost', () => {
  it('validating a 1000-entry block keeps the event loop turning: other callbacks run between every slice of at most VERIFY_YIELD_EVERY checks', async () => {
    const producer = await identity()
    const worker = await identity()
    const entries: ailee.v1.IBlockEntry[] = []
    for (let i = 0; i < 1000; i++) entries.push(await entryFor(`task-${i}`, worker, producer))
    const block = await buildBlock({ height: 0, prevHash: ZERO_HASH, producerKey: producer.key, timestampMs: 1000, stateRoot: STATE_ROOT, entries })

    // A chain of setImmediate callbacks stands for the rest of the node (gossip, streams):
    // `turns` counts how often it got the event loop while the block was validated.
    let turns = 0
    let running = true
    const spin = (): void => { if (running) { turns++; setImmediate(spin) } }
    setImmediate(spin)
    const turnAtCheck: number[] = []
    try {
      const validated = await validateBlock(block, { maxEntries: 1000, onSignatureChecked: () => { turnAtCheck.push(turns) } })
      assert.equal(validated.receipts.length, 1000)
    } finally {
      running = false
    }
    assert.equal(turnAtCheck.length, 1001, 'the header and every receipt were checked')
    // checks made without the other callbacks getting a turn in between form one slice
    const slices: number[] = []
    for (let i = 0; i < turnAtCheck.length; i++) {
      if (i === 0 || turnAtCheck[i] !== turnAtCheck[i - 1]) slices.push(0)
      slices[slices.length - 1]++
    }
    assert.ok(Math.max(...slices) <= VERIFY_YIELD_EVERY, `largest slice ${Math.max(...slices)} checks without yielding (limit ${VERIFY_YIELD_EVERY})`)
    assert.ok(slices.length >= Math.ceil(1001 / VERIFY_YIELD_EVERY), `${slices.length} slices for 1001 checks`)
  })
})
