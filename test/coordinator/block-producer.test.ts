import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { pino } from 'pino'
import {
  ChainStore, SettlementLog, ZERO_HASH, blockHash, decodeBlockHeader, decodeReceipt, receiptsRoot, signReceipt,
  validateBlock
} from '../../src/chain/index.ts'
import { encodeReceiptProof, verifyProofBytes } from '../../src/chain/proof.ts'
import type { Settlement } from '../../src/chain/index.ts'
import { BlockProducer } from '../../src/coordinator/block-producer.ts'
import type { ailee } from '../../src/proto/index.ts'
import { openTempDb } from '../storage/helpers.ts'
import { identity, receiptFor } from '../chain/fixtures.ts'
import type { Identity } from '../chain/fixtures.ts'

const INITIAL = 1000
const INTERVAL_MS = 5_000

interface Harness {
  producer: BlockProducer
  settlements: SettlementLog
  chain: ChainStore
  coordinator: Identity
  worker: Identity
  published: ailee.v1.IBlock[]
  logs: Array<{ level: number, msg: string }>
  clock: { now: number }
  settle: (id: string, price?: number, coordinator?: Identity) => Promise<void>
}

/** A BlockProducer over a real RocksDB, ChainStore and SettlementLog, with a recording publish. */
async function harness (t: TestContext, options: { maxEntries?: number, publish?: (block: ailee.v1.IBlock) => Promise<void> } = {}): Promise<Harness> {
  const { db } = await openTempDb(t)
  const chain = new ChainStore(db)
  const settlements = new SettlementLog(db)
  await settlements.applyGenesis([{ account: 'client', amount: BigInt(INITIAL) }])
  const coordinator = await identity()
  const worker = await identity()
  const published: ailee.v1.IBlock[] = []
  const logs: Array<{ level: number, msg: string }> = []
  const clock = { now: 1_700_000_000_000 }
  const producer = new BlockProducer({
    settlements,
    chain,
    privateKey: coordinator.key,
    intervalMs: INTERVAL_MS,
    maxEntries: options.maxEntries ?? 100,
    publish: options.publish ?? (async block => { published.push(block) }),
    log: pino({ level: 'debug' }, { write: (line: string) => { logs.push(JSON.parse(line)) } }),
    now: () => clock.now
  })
  const settle = async (id: string, price = 10, signedFor = coordinator): Promise<void> => {
    const settlement: Settlement = {
      id,
      clientAccount: 'client',
      payments: [{ worker: worker.peerId, price, receipt: await signReceipt(receiptFor(id, worker, signedFor), worker.key) }],
      evidence: [],
      verified: true
    }
    await settlements.commit(() => {}, settlement)
  }
  return { producer, settlements, chain, coordinator, worker, published, logs, clock, settle }
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const taskIds = (block: ailee.v1.IBlock): string[] => (block.entries ?? []).map(e => decodeReceipt(e.receipt!).taskId)

/** Resolves once `cond()` holds (polled on real timers), or fails after `ms`. */
async function until (cond: () => boolean, ms = 5_000): Promise<void> {
  const deadline = performance.now() + ms
  while (!cond()) {
    if (performance.now() > deadline) throw new Error('condition not reached')
    await new Promise(resolve => setImmediate(resolve))
  }
}

describe('BlockProducer', () => {
  it('seals height 0 then 1, linked, with the entries\' Merkle root and the ledger\'s state root', async t => {
    const h = await harness(t)
    await h.settle('a', 10)
    await h.settle('b', 20)
    const entries0 = (await h.settlements.pending()).map(p => p.entry)
    const block0 = await h.producer.seal()
    assert.ok(block0 != null)
    const header0 = decodeBlockHeader(block0)
    assert.equal(header0.height, 0)
    assert.equal(hex(header0.prevHash), hex(ZERO_HASH))
    assert.equal(header0.producerPeerId, h.coordinator.peerId)
    assert.equal(header0.timestampMs, h.clock.now)
    assert.equal(header0.entryCount, 2)
    assert.deepEqual(taskIds(block0), ['a', 'b'])
    assert.equal(hex(header0.receiptsRoot), hex(receiptsRoot(entries0)))
    assert.equal(hex(header0.stateRoot), hex(await h.settlements.ledger.stateRoot()))

    h.clock.now += 1_000
    await h.settle('c', 5)
    const block1 = await h.producer.seal()
    assert.ok(block1 != null)
    const header1 = decodeBlockHeader(block1)
    assert.equal(header1.height, 1)
    assert.equal(hex(header1.prevHash), hex(blockHash(block0.header)))
    assert.equal(header1.timestampMs, h.clock.now)
    assert.deepEqual(taskIds(block1), ['c'])
    assert.equal(hex(header1.stateRoot), hex(await h.settlements.ledger.stateRoot()))
    assert.notEqual(hex(header1.stateRoot), hex(header0.stateRoot))

    assert.deepEqual(h.published, [block0, block1])
    assert.deepEqual(await h.settlements.pending(), [])
    // the blocks validate with the chain module's rules, alone and as a stored chain
    const v0 = await validateBlock(block0, { maxEntries: 100 })
    await validateBlock(block1, { prev: { height: 0, hash: v0.hash }, maxEntries: 100 })
    const head = await h.chain.validateChain(h.coordinator.peerId)
    assert.equal(head?.height, 1)
    const proof = await h.chain.proveReceipt('b', h.coordinator.peerId)
    assert.ok(proof != null)
    assert.equal((await verifyProofBytes(encodeReceiptProof(proof, h.coordinator.key.publicKey))).taskId, 'b')
    assert.equal(await h.settlements.balance(h.worker.peerId), 35n)
  })

  it('puts at most maxEntries entries in a block, oldest first', async t => {
    const h = await harness(t, { maxEntries: 2 })
    for (const id of ['t1', 't2', 't3', 't4', 't5']) await h.settle(id)
    const blocks = [await h.producer.seal(), await h.producer.seal(), await h.producer.seal(), await h.producer.seal()]
    assert.deepEqual(blocks.map(b => b == null ? undefined : taskIds(b)), [['t1', 't2'], ['t3', 't4'], ['t5'], undefined])
    assert.equal((await h.chain.validateChain(h.coordinator.peerId))?.height, 2)
  })

  it('makes no block and publishes nothing when nothing is pending', async t => {
    const h = await harness(t)
    assert.equal(await h.producer.seal(), undefined)
    assert.deepEqual(h.published, [])
    assert.equal(await h.chain.head(h.coordinator.peerId), undefined)
  })

  it('keeps a block whose publication failed', async t => {
    const h = await harness(t, { publish: async () => { throw new Error('no peers subscribed') } })
    await h.settle('a')
    const block = await h.producer.seal()
    assert.ok(block != null)
    const stored = await h.chain.get(h.coordinator.peerId, 0)
    assert.ok(stored != null)
    assert.equal(hex(blockHash(stored.header)), hex(blockHash(block.header)))
    assert.deepEqual(await h.settlements.pending(), [])
    assert.ok(h.logs.some(l => l.msg === 'block publish failed'))
    // and the next block links to it
    await h.settle('b')
    const next = await h.producer.seal()
    assert.equal(hex(decodeBlockHeader(next!).prevHash), hex(blockHash(block.header)))
  })

  it('leaves the entries pending when the chain refuses the block', async t => {
    const h = await harness(t)
    const stranger = await identity()
    await h.settle('foreign', 10, stranger)
    await assert.rejects(h.producer.seal(), (err: Error) => err.name === 'InvalidBlockError')
    assert.deepEqual((await h.settlements.pending()).map(p => p.id), ['foreign'])
    assert.equal(await h.chain.head(h.coordinator.peerId), undefined)
    assert.deepEqual(h.published, [])
  })

  it('never makes a block older than its predecessor when the clock goes back', async t => {
    const h = await harness(t)
    await h.settle('a')
    await h.producer.seal()
    const t0 = h.clock.now
    h.clock.now -= 60_000
    await h.settle('b')
    const block = await h.producer.seal()
    assert.equal(decodeBlockHeader(block!).timestampMs, t0)
  })

  it('seals on its interval (mock timers) and seals everything pending once more on stop()', async t => {
    t.mock.timers.enable({ apis: ['setInterval'] })
    const h = await harness(t, { maxEntries: 2 })
    await h.producer.start()
    await h.settle('a')
    t.mock.timers.tick(INTERVAL_MS - 1)
    await new Promise(resolve => setImmediate(resolve))
    assert.equal(h.published.length, 0)
    t.mock.timers.tick(1)
    await until(() => h.published.length === 1)
    assert.deepEqual(taskIds(h.published[0]), ['a'])

    // an empty tick seals nothing
    t.mock.timers.tick(INTERVAL_MS)
    await new Promise(resolve => setTimeout(resolve, 50))
    assert.equal(h.published.length, 1)

    // stop() seals what is pending without waiting for the timer, maxEntries at a time
    for (const id of ['b', 'c', 'd']) await h.settle(id)
    await h.producer.stop()
    assert.deepEqual(h.published.map(taskIds), [['a'], ['b', 'c'], ['d']])
    assert.deepEqual(await h.settlements.pending(), [])

    // stopped: the timer no longer seals
    await h.settle('e')
    t.mock.timers.tick(10 * INTERVAL_MS)
    await new Promise(resolve => setTimeout(resolve, 50))
    assert.equal(h.published.length, 3)
    assert.equal((await h.chain.validateChain(h.coordinator.peerId))?.height, 2)
  })

  it('stop() waits for a seal the timer started', async t => {
    t.mock.timers.enable({ apis: ['setInterval'] })
    let release!: () => void
    const gate = new Promise<void>(resolve => { release = resolve })
    const published: ailee.v1.IBlock[] = []
    const h = await harness(t, { publish: async block => { await gate; published.push(block) } })
    await h.producer.start()
    await h.settle('a')
    t.mock.timers.tick(INTERVAL_MS)
    await until(() => h.logs.some(l => l.msg === 'block sealed'))
    let stopped = false
    const stopping = h.producer.stop().then(() => { stopped = true })
    await new Promise(resolve => setTimeout(resolve, 20))
    assert.equal(stopped, false)
    release()
    await stopping
    assert.equal(published.length, 1)
  })

  it('logs a failed timed seal, and a failed final seal on stop()', async t => {
    t.mock.timers.enable({ apis: ['setInterval'] })
    const h = await harness(t)
    await h.settle('foreign', 10, await identity())
    await h.producer.start()
    t.mock.timers.tick(INTERVAL_MS)
    await until(() => h.logs.some(l => l.msg === 'sealing failed'))
    await h.producer.stop()
    assert.ok(h.logs.some(l => l.msg === 'final sealing failed'))
    assert.deepEqual(h.published, [])
  })
})
