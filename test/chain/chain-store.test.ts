import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { ZERO_HASH, blockHash, buildBlock } from '../../src/chain/block.ts'
import { ChainStore } from '../../src/chain/chain-store.ts'
import { BranchError } from '../../src/chain/fork-evidence.ts'
import { BlockGapError, ChainCorruptError, InvalidBlockError, InvalidProofError, UnfollowedChainError } from '../../src/chain/errors.ts'
import type { ReceiptProof } from '../../src/chain/inclusion.ts'
import { encodeReceiptProof, verifyProofBytes } from '../../src/chain/proof.ts'
import { Ledger } from '../../src/chain/ledger.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { Prefix, StateDb, blockId } from '../../src/storage/index.ts'
import { tempDir } from '../storage/helpers.ts'
import { signReceipt } from '../../src/chain/receipt.ts'
import { entryFor, identity, receiptFor } from './fixtures.ts'
import type { Identity } from './fixtures.ts'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const STATE_ROOT = new Uint8Array(32).fill(7)

function reason (expected: string): (err: Error) => boolean {
  return err => {
    assert.ok(err instanceof InvalidBlockError, `expected InvalidBlockError, got ${err.name}: ${err.message}`)
    assert.equal((err as InvalidBlockError).reason, expected, err.message)
    return true
  }
}

/** A chain of `sizes.length` blocks by `producer`, block i holding sizes[i] receipts (task ids `t{i}-{j}`). */
async function makeChain (producer: Identity, worker: Identity, sizes: number[]): Promise<ailee.v1.Block[]> {
  const blocks: ailee.v1.Block[] = []
  for (const [height, size] of sizes.entries()) {
    const entries = await Promise.all(Array.from({ length: size }, async (_, j) => await entryFor(`t${height}-${j}`, worker, producer, j + 1)))
    blocks.push(await buildBlock({
      height,
      prevHash: height === 0 ? ZERO_HASH : blockHash(blocks[height - 1].header),
      entries,
      producerKey: producer.key,
      timestampMs: 1000 * (height + 1),
      stateRoot: STATE_ROOT
    }))
  }
  return blocks
}

async function openStore (t: TestContext): Promise<{ path: string, open: () => Promise<{ db: StateDb, chain: ChainStore }> }> {
  const path = join(await tempDir(t), 'state')
  const open = async (): Promise<{ db: StateDb, chain: ChainStore }> => {
    const db = await StateDb.open(path)
    t.after(async () => { await db.close() })
    return { db, chain: new ChainStore(db, { maxEntries: 64 }) }
  }
  return { path, open }
}

describe('ChainStore', () => {
  it('appends blocks, persists them across reopen and validates the chain', async t => {
    const producer = await identity()
    const worker = await identity()
    const blocks = await makeChain(producer, worker, [3, 0, 5, 1])
    const { open } = await openStore(t)
    let { db, chain } = await open()
    assert.equal(await chain.head(producer.peerId), undefined)
    for (const block of blocks) assert.equal((await chain.append(block)).status, 'appended')
    const head = await chain.head(producer.peerId)
    assert.equal(head?.height, 3)
    assert.equal(hex(head!.hash), hex(blockHash(blocks[3].header)))
    assert.equal(head?.timestampMs, 4000)
    await db.close();

    ({ db, chain } = await open())
    assert.equal((await chain.validateChain(producer.peerId))?.height, 3)
    assert.deepEqual((await chain.validateAll()).map(h => h.producer), [producer.peerId])
    assert.deepEqual((await chain.heads()).map(h => h.height), [3])
    const stored = await chain.get(producer.peerId, 2)
    assert.equal(hex(stored!.header), hex(blocks[2].header))
    assert.equal(stored!.entries.length, 5)
    assert.equal(await chain.get(producer.peerId, 4), undefined)
    const heights = []
    for await (const b of chain.blocks(producer.peerId, { from: 1, to: 2 })) heights.push(pb.BlockHeader.decode(b.header).height)
    assert.deepEqual(heights, [1, 2])
    assert.deepEqual(await chain.locate('t2-4'), { producer: producer.peerId, height: 2, index: 4 })
    assert.equal(await chain.locate('nope'), undefined)
    assert.equal(await chain.validateChain('someone-else'), undefined)
  })

  it('ignores duplicates, rejects gaps, forks, other links and re-sealed receipts', async t => {
    const producer = await identity()
    const worker = await identity()
    const blocks = await makeChain(producer, worker, [2, 2, 2])
    const { open } = await openStore(t)
    const { chain } = await open()
    await chain.append(blocks[0])
    assert.equal((await chain.append(blocks[0])).status, 'duplicate')
    await assert.rejects(chain.append(blocks[2]), (err: Error) => {
      assert.ok(err instanceof BlockGapError)
      assert.equal((err as BlockGapError).expectedHeight, 1)
      assert.equal((err as BlockGapError).height, 2)
      return true
    })
    // a different block 0 of the same producer: a fork (fork-evidence.test.ts)
    const [other0] = await makeChain(producer, worker, [1])
    await assert.rejects(chain.append(other0), (err: Error) => err.name === 'ForkError')
    // block 1 of another chain of the same producer does not link to the stored block 0: signed by the
    // producer, it is its other branch (BranchError); with a signature not the producer's, invalid
    const otherChain = await makeChain(producer, worker, [1, 1])
    await assert.rejects(chain.append(otherChain[1]), (err: Error) => {
      assert.ok(err instanceof BranchError, `${err.name}: ${err.message}`)
      assert.deepEqual([err.height, err.storedHash, err.prevHash], [1, hex(blockHash(blocks[0].header)), hex(blockHash(otherChain[0].header))])
      return true
    })
    const unsigned = pb.Block.decode(pb.Block.encode(otherChain[1]).finish())
    unsigned.signature = new Uint8Array(64)
    await assert.rejects(chain.append(unsigned), reason('bad-signature'))
    // a new block that re-seals an already sealed task
    const resealed = await buildBlock({
      height: 1, prevHash: blockHash(blocks[0].header), producerKey: producer.key, timestampMs: 2000, stateRoot: STATE_ROOT,
      entries: [blocks[0].entries[0]]
    })
    await assert.rejects(chain.append(resealed), reason('duplicate-receipt'))
    // invalid blocks leave nothing behind
    assert.equal((await chain.head(producer.peerId))?.height, 0)
    await chain.append(blocks[1])
    await chain.append(blocks[2])
    assert.equal((await chain.validateChain(producer.peerId))?.height, 2)
  })

  it('keeps separate chains per producer; one producer\'s task ids never block another\'s', async t => {
    const a = await identity()
    const b = await identity()
    const worker = await identity()
    const { open } = await openStore(t)
    const { chain } = await open()
    for (const block of await makeChain(a, worker, [1, 1])) await chain.append(block)
    // b's chain reuses a's task ids (t0-0, t1-0)
    for (const block of await makeChain(b, worker, [1, 1])) await chain.append(block)
    assert.equal((await chain.head(a.peerId))?.height, 1)
    assert.equal((await chain.head(b.peerId))?.height, 1)
    assert.equal((await chain.validateAll()).length, 2)
    assert.deepEqual(await chain.locate('t1-0', b.peerId), { producer: b.peerId, height: 1, index: 0 })
    assert.deepEqual(await chain.locate('t1-0', a.peerId), { producer: a.peerId, height: 1, index: 0 })
    assert.ok([a.peerId, b.peerId].includes((await chain.locate('t1-0'))!.producer))
    assert.equal((await verifyProofBytes(encodeReceiptProof((await chain.proveReceipt('t0-0', b.peerId))!, b.key.publicKey))).producerPeerId, b.peerId)
    // a task id that extends another with '/' is not mistaken for it
    const c = await identity()
    await chain.append(await buildBlock({
      height: 0, prevHash: ZERO_HASH, producerKey: c.key, timestampMs: 1, stateRoot: STATE_ROOT,
      entries: [await entryFor('x/y', worker, c)]
    }))
    assert.equal(await chain.locate('x'), undefined)
    assert.equal((await chain.locate('x/y'))?.producer, c.peerId)
  })

  it('stages a block with ledger writes in one batch; nothing lands until commit', async t => {
    const producer = await identity()
    const worker = await identity()
    const { open } = await openStore(t)
    const { db, chain } = await open()
    const ledger = new Ledger(db)
    await ledger.credit('client', 100n)

    const batch = db.batch()
    const entries = [await entryFor('task-a', worker, producer, 10), await entryFor('task-b', worker, producer, 15)]
    for (const e of entries) await ledger.transfer(e.clientAccount!, worker.peerId, BigInt(e.price!), batch)
    const stateRoot = await ledger.stateRoot(batch)
    const b0 = await buildBlock({ height: 0, prevHash: ZERO_HASH, entries, producerKey: producer.key, timestampMs: 1, stateRoot })
    await chain.append(b0, batch)
    // the next block can be staged on top of the staged head
    const b1 = await buildBlock({ height: 1, prevHash: blockHash(b0.header), entries: [], producerKey: producer.key, timestampMs: 2, stateRoot })
    await chain.append(b1, batch)
    assert.equal(await chain.head(producer.peerId), undefined)
    assert.equal((await chain.head(producer.peerId, batch))?.height, 1)
    assert.equal(await chain.locate('task-a'), undefined)
    await batch.commit()

    assert.equal((await chain.head(producer.peerId))?.height, 1)
    assert.equal(await ledger.balance(worker.peerId), 25n)
    assert.equal(hex(pb.BlockHeader.decode((await chain.get(producer.peerId, 0))!.header).stateRoot), hex(await ledger.stateRoot()))
  })

  it('proves a sealed receipt by task id, and the proof fails when tampered', async t => {
    const producer = await identity()
    const worker = await identity()
    const { open } = await openStore(t)
    const { chain } = await open()
    for (const block of await makeChain(producer, worker, [7, 3])) await chain.append(block)
    for (const [taskId, height, index] of [['t0-0', 0, 0], ['t0-6', 0, 6], ['t1-1', 1, 1]] as const) {
      const proof = await chain.proveReceipt(taskId)
      assert.ok(proof != null)
      assert.equal(proof.height, height)
      assert.equal(proof.index, index)
      const facts = await verifyProofBytes(encodeReceiptProof(proof, producer.key.publicKey))
      assert.equal(facts.taskId, taskId)
      assert.equal(facts.producerPeerId, producer.peerId)
      assert.deepEqual([facts.blockHeight, facts.leafIndex], [height, index])
    }
    assert.equal(await chain.proveReceipt('unknown'), undefined)

    const proof = (await chain.proveReceipt('t0-3'))!
    const fails = async (p: ReceiptProof, why: string): Promise<void> => {
      await assert.rejects(verifyProofBytes(encodeReceiptProof(p, producer.key.publicKey)), (err: Error) => {
        assert.ok(err instanceof InvalidProofError, err.message)
        assert.equal((err as InvalidProofError).reason, why)
        return true
      })
    }
    await fails({ ...proof, index: 2 }, 'not-included')
    await fails({ ...proof, entry: { ...proof.entry, price: 1000 } }, 'not-included')
    await fails({ ...proof, path: proof.path.slice(1) }, 'not-included')
    await fails({ ...proof, count: 8 }, 'header-mismatch')
    await fails({ ...proof, index: 7 }, 'header-mismatch')
    const otherProof = (await chain.proveReceipt('t1-0'))!
    await fails({ ...proof, header: otherProof.header, signature: otherProof.signature, index: 1, count: 3 }, 'not-included')
    await fails({ ...proof, signature: otherProof.signature }, 'bad-signature')
    await fails({ ...proof, header: Uint8Array.of(1, 2, 3) }, 'malformed')
  })

  it('the receipt index is a list per task id, written with the block; a bare location of an older version reads as a list of one', async t => {
    const producer = await identity()
    const worker = await identity()
    const { open } = await openStore(t)
    const { db, chain } = await open()
    for (const block of await makeChain(producer, worker, [2, 3])) await chain.append(block)
    assert.deepEqual(await chain.locateAll('t1-2', producer.peerId), [{ producer: producer.peerId, height: 1, index: 2 }])
    assert.deepEqual(JSON.parse(new TextDecoder().decode((await db.get(`${Prefix.proofs}t1-2/${producer.peerId}`))!)), [{ producer: producer.peerId, height: 1, index: 2 }])
    assert.deepEqual(await chain.locateAll('nope', producer.peerId), [])
    // an index entry as versions before the list wrote it
    const batch = db.batch()
    batch.put(`${Prefix.proofs}t0-1/${producer.peerId}`, new TextEncoder().encode(JSON.stringify({ producer: producer.peerId, height: 0, index: 1 })))
    await batch.commit()
    assert.deepEqual(await chain.locateAll('t0-1', producer.peerId), [{ producer: producer.peerId, height: 0, index: 1 }])
    assert.deepEqual(await chain.locate('t0-1', producer.peerId), { producer: producer.peerId, height: 0, index: 1 })
    assert.equal((await chain.validateChain(producer.peerId))?.height, 1, 'the old form still validates')
  })

  it('proveReceipt with a receipt proves the entry holding exactly that receipt, and nothing for another', async t => {
    const producer = await identity()
    const worker = await identity()
    const { open } = await openStore(t)
    const { chain } = await open()
    const blocks = await makeChain(producer, worker, [4])
    for (const block of blocks) await chain.append(block)
    const sealed = blocks[0].entries[2].receipt!
    const proof = await chain.proveReceipt('t0-2', producer.peerId, sealed)
    assert.equal(proof?.index, 2)
    const other = await signReceipt(receiptFor('t0-2', worker, producer, { exitCode: 3 }), worker.key)
    assert.equal(await chain.proveReceipt('t0-2', producer.peerId, other), undefined, 'a receipt of the same task never sealed')
  })

  it('validateChain catches tampered, missing and misplaced stored data', async t => {
    const producer = await identity()
    const worker = await identity()
    const blocks = await makeChain(producer, worker, [2, 2, 2])
    const corruptions: Array<[string, (db: StateDb) => Promise<void>, number]> = [
      ['an entry changed', async db => {
        const b1 = pb.Block.decode((await db.get(Prefix.blocks + blockId(producer.peerId, 1)))!)
        b1.entries[0].price = 1_000_000
        await db.batch().put(Prefix.blocks + blockId(producer.peerId, 1), pb.Block.encode(b1).finish()).commit()
      }, 1],
      ['a block replaced by garbage', async db => {
        await db.batch().put(Prefix.blocks + blockId(producer.peerId, 2), Uint8Array.of(0xff, 0x01)).commit()
      }, 2],
      ['a block missing', async db => {
        await db.batch().del(Prefix.blocks + blockId(producer.peerId, 1)).commit()
      }, 1],
      ['a receipt index entry lost', async db => {
        await db.batch().del(`${Prefix.proofs}t2-1/${producer.peerId}`).commit()
      }, 2],
      ['the head moved back', async db => {
        const head = `${Prefix.meta}head/${producer.peerId}`
        const value = JSON.parse(new TextDecoder().decode(await db.get(head)))
        await db.batch().put(head, new TextEncoder().encode(JSON.stringify({ ...value, height: 1 }))).commit()
      }, 1]
    ]
    for (const [what, corrupt, height] of corruptions) {
      const { open } = await openStore(t)
      const { db, chain } = await open()
      for (const block of blocks) await chain.append(block)
      assert.equal((await chain.validateChain(producer.peerId))?.height, 2)
      await corrupt(db)
      await assert.rejects(chain.validateAll(), (err: Error) => {
        assert.ok(err instanceof ChainCorruptError, `${what}: ${err.name} ${err.message}`)
        assert.equal((err as ChainCorruptError).height, height, `${what}: ${err.message}`)
        return true
      }, what)
    }
  })

  it('refuses a block timestamped far in the future or before its parent (a 2^60 timestamp once kept every node from restarting)', async t => {
    const { open } = await openStore(t)
    const { chain } = await open()
    const attacker = await identity()
    const worker = await identity()
    const future = await buildBlock({ height: 0, prevHash: ZERO_HASH, entries: [await entryFor('x0', worker, attacker)], producerKey: attacker.key, timestampMs: 2 ** 52, stateRoot: STATE_ROOT })
    await assert.rejects(chain.append(future), reason('bad-timestamp'))
    assert.equal(await chain.head(attacker.peerId), undefined, 'nothing stored')
    const producer = await identity()
    const [first] = await makeChain(producer, worker, [1])
    await chain.append(first)
    const backwards = await buildBlock({ height: 1, prevHash: blockHash(first.header), entries: [], producerKey: producer.key, timestampMs: 10, stateRoot: STATE_ROOT })
    await assert.rejects(chain.append(backwards), reason('bad-timestamp'))
    assert.equal((await chain.validateAll()).length, 1)
  })

  it('validateAll drops another producer\'s chain that fails validation (a peer\'s data never stops a node from starting), but not its own', async t => {
    const { open } = await openStore(t)
    const { db, chain } = await open()
    const own = await identity()
    const foreign = await identity()
    const worker = await identity()
    for (const block of await makeChain(own, worker, [2, 1])) await chain.append(block)
    for (const block of await makeChain(foreign, worker, [1, 3])) await chain.append(block)
    const head = `${Prefix.meta}head/${foreign.peerId}`
    await db.batch().put(head, new TextEncoder().encode('{"height": "not a number"}')).commit()
    await assert.rejects(chain.validateAll(), ChainCorruptError, 'without `own`, every failure is fatal')
    const dropped: string[] = []
    const heads = await chain.validateAll({ own: own.peerId, onDropped: producer => { dropped.push(producer) } })
    assert.deepEqual(dropped, [foreign.peerId])
    assert.deepEqual(heads.map(h => h.producer), [own.peerId])
    assert.equal(await chain.get(foreign.peerId, 0), undefined, 'its blocks are gone')
    assert.equal(await chain.locate('t1-2', foreign.peerId), undefined, 'and its receipt index')
    assert.equal((await chain.locate('t1-0', own.peerId))?.height, 1, 'the own chain is untouched')
    assert.deepEqual((await chain.validateAll({ own: own.peerId })).map(h => h.producer), [own.peerId])
    await db.batch().del(`${Prefix.meta}head/${own.peerId}`).commit()
    await assert.rejects(chain.validateAll({ own: own.peerId }), ChainCorruptError, 'the own chain failing is fatal')
  })

  it('validateAll drops a stored foreign chain over the bounds of received blocks, or not followed, with the reason; never the own chain', async t => {
    const { open } = await openStore(t)
    const { chain } = await open()
    const own = await identity()
    const big = await identity()
    const small = await identity()
    const unfollowed = await identity()
    const worker = await identity()
    for (const block of await makeChain(own, worker, [5])) await chain.append(block)
    for (const block of await makeChain(big, worker, [1, 4])) await chain.append(block)
    for (const block of await makeChain(small, worker, [2])) await chain.append(block)
    for (const block of await makeChain(unfollowed, worker, [1])) await chain.append(block)
    const dropped = new Map<string, Error>()
    const heads = await chain.validateAll({
      own: own.peerId,
      foreign: { maxBlockEntries: 3, maxBlockBytes: 1 << 20, follows: producer => producer !== unfollowed.peerId },
      onDropped: (producer, err) => { dropped.set(producer, err) }
    })
    assert.deepEqual(heads.map(h => h.producer).sort(), [own.peerId, small.peerId].sort(), 'the own chain (5 entries) is never limited')
    assert.ok(dropped.get(big.peerId) instanceof ChainCorruptError)
    assert.match(dropped.get(big.peerId)!.message, /height 1: block has 4 entries, more than the 3 allowed/)
    assert.ok(dropped.get(unfollowed.peerId) instanceof UnfollowedChainError)
    assert.equal(await chain.head(big.peerId), undefined, 'its blocks are gone')
    assert.equal(await chain.head(unfollowed.peerId), undefined)

    const bytes = pb.Block.encode((await chain.get(small.peerId, 0))!).finish().length
    await chain.validateAll({ own: own.peerId, foreign: { maxBlockEntries: 3, maxBlockBytes: bytes - 1 }, onDropped: (producer, err) => { dropped.set(producer, err) } })
    assert.match(dropped.get(small.peerId)!.message, new RegExp(`block is ${bytes} bytes, more than the ${bytes - 1} allowed`))
    assert.deepEqual((await chain.validateAll({ own: own.peerId })).map(h => h.producer), [own.peerId])
  })

  it('append calls `admit` after the cheap checks and the header signature, before any entry is verified; its refusal writes nothing', async t => {
    const { open } = await openStore(t)
    const { chain } = await open()
    const producer = await identity()
    const worker = await identity()
    const [first, second] = await makeChain(producer, worker, [3, 2])
    let checks = 0
    const admitted: number[] = []
    await assert.rejects(chain.append(second, undefined, { admit: () => { admitted.push(1) } }), BlockGapError)
    assert.equal(admitted.length, 0, 'a gap is refused before admit')
    const forged = pb.Block.create({ ...first, signature: new Uint8Array(64) })
    await assert.rejects(chain.append(forged, undefined, { admit: () => { admitted.push(1) } }), (err: Error) => err instanceof InvalidBlockError && err.reason === 'bad-signature')
    assert.equal(admitted.length, 0, 'a header not signed by its producer is refused before admit')
    await assert.rejects(chain.append(first, undefined, {
      admit: () => { throw new Error('not afforded') },
      onSignatureChecked: () => { checks++ }
    }), /not afforded/)
    assert.equal(checks, 1, 'only the header signature was checked, no entry')
    assert.equal(await chain.head(producer.peerId), undefined, 'nothing stored')
    checks = 0
    await chain.append(first, undefined, { admit: header => { admitted.push(header.height) }, onSignatureChecked: () => { checks++ } })
    assert.deepEqual(admitted, [0])
    assert.equal(checks, 1 + 3, 'the header once and each receipt')
    const again = await chain.append(first, undefined, { admit: () => { admitted.push(99) } })
    assert.equal(again.status, 'duplicate')
    assert.deepEqual(admitted, [0], 'a duplicate is not admitted again')
  })

  it('an own block (the producer\'s, from receipts it verified) is stored without checking any signature again; links and sealed-twice checks still run', async t => {
    const { open } = await openStore(t)
    const { chain } = await open()
    const producer = await identity()
    const worker = await identity()
    const [first, second] = await makeChain(producer, worker, [3, 2])
    let checks = 0
    await chain.append(first, undefined, { own: true, onSignatureChecked: () => { checks++ } })
    assert.equal(checks, 0, 'verify once: no signature checked again')
    assert.equal((await chain.head(producer.peerId))?.height, 0)
    assert.ok(await chain.locate('t0-1', producer.peerId) != null, 'its receipts are indexed for proofs')
    const [, , third] = await makeChain(producer, worker, [3, 2, 1])
    await assert.rejects(chain.append(third, undefined, { own: true }), BlockGapError)
    await chain.append(second, undefined, { own: true, onSignatureChecked: () => { checks++ } })
    assert.equal(checks, 0)
  })
})
