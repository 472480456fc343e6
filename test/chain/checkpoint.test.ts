/**
 * Checkpoints (src/chain/checkpoint.ts) on a real RocksDB with the real
 * SettlementLog, ChainStore and BlockProducer: the producer writes one every
 * `interval` blocks in the block's batch; a start (verifyStoredState with
 * `checkpoints`) validates and replays only the blocks after it and gets the
 * same ledger as a replay from genesis; a checkpoint that does not hold
 * together is ignored (full validation) and replaced; a bad block after the
 * checkpoint is still found; a node following another producer's chain
 * writes that chain's checkpoints as the blocks arrive, not only at start.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { pino } from 'pino'
import { ChainStore, SettlementLog, signReceipt } from '../../src/chain/index.ts'
import type { Settlement } from '../../src/chain/index.ts'
import { verifyStoredState } from '../../src/chain/chain-verify.ts'
import { CHECKPOINT_PREFIX, readCheckpoint } from '../../src/chain/checkpoint.ts'
import { blockHash } from '../../src/chain/block.ts'
import { BlockProducer } from '../../src/coordinator/block-producer.ts'
import { Prefix, blockId } from '../../src/storage/index.ts'
import { openTempDb } from '../storage/helpers.ts'
import { identity, receiptFor } from './fixtures.ts'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** A coordinator's database with `blocks` blocks of one payment each, a checkpoint every 5. */
async function chainOf (t: TestContext, blocks: number) {
  const { db } = await openTempDb(t)
  const chain = new ChainStore(db)
  const settlements = new SettlementLog(db, { workerBond: 3n })
  await settlements.applyGenesis([{ account: 'client', amount: 100_000n }])
  const coordinator = await identity()
  const worker = await identity()
  const producer = new BlockProducer({ settlements, chain, privateKey: coordinator.key, intervalMs: 60_000, maxEntries: 1, publish: async () => {}, log: pino({ level: 'silent' }), checkpointInterval: 5 })
  for (let i = 0; i < blocks; i++) {
    const settlement: Settlement = { id: `t${i}`, clientAccount: 'client', payments: [{ worker: worker.peerId, price: 7 + i, receipt: await signReceipt(receiptFor(`t${i}`, worker, coordinator), worker.key) }], evidence: [], verified: true }
    await settlements.commit(() => {}, settlement)
    await producer.seal()
  }
  return { db, chain, own: coordinator.peerId }
}

describe('chain checkpoints', () => {
  it('the producer writes one every interval blocks; a start replays only what follows it and gets the ledger a full replay gives', async t => {
    const { db, chain, own } = await chainOf(t, 13)
    const cp = await readCheckpoint(db, own, true)
    assert.equal(cp?.height, 9, 'blocks 4 and 9 end a run of 5; the newest is kept')
    const full = await verifyStoredState(db, chain, { own })
    const fast = await verifyStoredState(db, chain, { own, checkpoints: { interval: 5 } })
    assert.equal(fast.valid, true)
    assert.equal(fast.chains[0].fromCheckpoint, 9)
    assert.equal(full.chains[0].fromCheckpoint, undefined)
    assert.equal(hex(fast.ownState!.stateRoot()), hex(full.ownState!.stateRoot()))
    assert.deepEqual(new Map(fast.ownState!.balances), new Map(full.ownState!.balances))
    // what the fast start validated: only blocks 10..12 (a corrupt block 3 below the checkpoint goes unseen)
    const key = `${Prefix.blocks}${blockId(own, 3)}`
    const bytes = (await db.get(key))!
    await db.batch().put(key, bytes.subarray(0, bytes.length - 1)).commit()
    assert.equal((await verifyStoredState(db, chain, { own, checkpoints: { interval: 5 } })).valid, true)
    const thorough = await verifyStoredState(db, chain, { own })
    assert.equal(thorough.valid, false, 'chain verify (no checkpoints) still validates from block 0')
    assert.equal(thorough.chains[0].error?.height, 3)
  })

  it('a block after the checkpoint that does not validate is found, as without checkpoints', async t => {
    const { db, chain, own } = await chainOf(t, 8)
    assert.equal((await readCheckpoint(db, own, true))?.height, 4)
    const key = `${Prefix.blocks}${blockId(own, 6)}`
    const bytes = (await db.get(key))!
    const flipped = Uint8Array.from(bytes)
    flipped[flipped.length - 3] ^= 1
    await db.batch().put(key, flipped).commit()
    const report = await verifyStoredState(db, chain, { own, checkpoints: { interval: 5 } })
    assert.equal(report.valid, false)
    assert.equal(report.chains[0].error?.height, 6)
    assert.equal(report.chains[0].lastValidHeight, 5)
  })

  it('a checkpoint changed on disk, or naming a block no longer stored, is ignored: the start validates from block 0 and writes a new one', async t => {
    const { db, chain, own } = await chainOf(t, 12)
    const key = `${CHECKPOINT_PREFIX}${own}`
    const record = JSON.parse(Buffer.from((await db.get(key))!).toString())
    record.balances[0][1] = String(BigInt(record.balances[0][1]) + 1n)
    await db.batch().put(key, Buffer.from(JSON.stringify(record))).commit()
    const ignored: string[] = []
    const report = await verifyStoredState(db, chain, { own, checkpoints: { interval: 5, onIgnored: (_p, why) => ignored.push(why) } })
    assert.equal(report.valid, true)
    assert.equal(report.chains[0].fromCheckpoint, undefined)
    assert.match(ignored[0], /hash does not match/)
    assert.equal((await readCheckpoint(db, own, true))?.height, 9, 'rewritten from the full replay')

    // the chain truncated below the checkpoint (the ledger, not requeued here, no longer matches it)
    await chain.truncate(own, 7)
    const after = await verifyStoredState(db, chain, { own, checkpoints: { interval: 5, onIgnored: (_p, why) => ignored.push(why) } })
    assert.match(ignored[1], /block 9 is not stored/)
    assert.equal(after.chains[0].fromCheckpoint, undefined)
    assert.equal(after.chains[0].chainValid, true, 'blocks 0..7 validated from block 0')
  })

  it('another producer\'s chain gets a checkpoint without balances at start', async t => {
    const { db, chain, own } = await chainOf(t, 6)
    // seen from a worker: the same chain is someone else's, no ledger rules apply to it
    await db.batch().del(`${CHECKPOINT_PREFIX}${own}`).commit()
    const report = await verifyStoredState(db, chain, { own: 'someone-else', checkpoints: { interval: 5 } })
    assert.equal(report.chains.find(c => c.producer === own)?.chainValid, true)
    const cp = await readCheckpoint(db, own, false)
    assert.equal(cp?.height, 4)
    assert.equal(cp?.balances, undefined)
    const again = await verifyStoredState(db, chain, { own: 'someone-else', checkpoints: { interval: 5 } })
    assert.equal(again.chains.find(c => c.producer === own)?.fromCheckpoint, 4)
  })

  it('a follower checkpoints another producer\'s chain while blocks arrive, and its next start uses the checkpoint', async t => {
    const source = await chainOf(t, 12)
    const { db } = await openTempDb(t)
    const follower = new ChainStore(db, { checkpoints: { interval: 5, own: 'the-follower' } })
    const heights: Array<number | undefined> = []
    for await (const block of source.chain.blocks(source.own)) {
      await follower.append(block)
      heights.push((await readCheckpoint(db, source.own, false))?.height)
    }
    // blocks 4 and 9 end a run of 5: each replaces the checkpoint in the block's own batch
    assert.deepEqual(heights, [undefined, undefined, undefined, undefined, 4, 4, 4, 4, 4, 9, 9, 9])
    const cp = await readCheckpoint(db, source.own, false)
    assert.equal(hex(cp!.blockHash), hex(blockHash((await source.chain.get(source.own, 9))!.header)))
    assert.equal(cp?.balances, undefined)
    const start = await verifyStoredState(db, follower, { own: 'the-follower', checkpoints: { interval: 5 } })
    assert.equal(start.valid, true)
    assert.equal(start.chains.find(c => c.producer === source.own)?.fromCheckpoint, 9)
  })

  it('the own chain\'s blocks never get a checkpoint without balances from the chain store', async t => {
    const { db } = await openTempDb(t)
    const settlements = new SettlementLog(db, { workerBond: 3n })
    await settlements.applyGenesis([{ account: 'client', amount: 100_000n }])
    const [coordinator, worker] = await Promise.all([identity(), identity()])
    // the chain store knows the own id: the block producer writes the own checkpoints, with the ledger
    const chain = new ChainStore(db, { checkpoints: { interval: 5, own: coordinator.peerId } })
    const producer = new BlockProducer({ settlements, chain, privateKey: coordinator.key, intervalMs: 60_000, maxEntries: 1, publish: async () => {}, log: pino({ level: 'silent' }), checkpointInterval: 5 })
    for (let i = 0; i < 5; i++) {
      await settlements.commit(() => {}, { id: `t${i}`, clientAccount: 'client', payments: [{ worker: worker.peerId, price: 7, receipt: await signReceipt(receiptFor(`t${i}`, worker, coordinator), worker.key) }], evidence: [], verified: true })
      await producer.seal()
    }
    const cp = await readCheckpoint(db, coordinator.peerId, true)
    assert.equal(cp?.height, 4)
    assert.ok(cp?.balances != null && cp.balances.size > 0, 'the producer\'s checkpoint with balances is kept')
  })
})
