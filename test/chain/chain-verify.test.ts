/**
 * State roots replayed from the chain (ledger-replay.ts) and the verify /
 * repair of chain-verify.ts, on a real RocksDB with the real SettlementLog,
 * ChainStore and BlockProducer.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { pino } from 'pino'
import {
  ChainStore, SettlementLog, blockHash, buildBlock, decodeBlockHeader, signReceipt
} from '../../src/chain/index.ts'
import type { Settlement } from '../../src/chain/index.ts'
import { repairStoredState, verifyStoredState } from '../../src/chain/chain-verify.ts'
import { LedgerRulesChangedError, ReplayedLedger } from '../../src/chain/ledger-replay.ts'
import { ledgerStateRoot } from '../../src/chain/ledger.ts'
import { BlockProducer } from '../../src/coordinator/block-producer.ts'
import { Prefix, blockId } from '../../src/storage/index.ts'
import { openTempDb } from '../storage/helpers.ts'
import { identity, receiptFor } from './fixtures.ts'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

async function harness (t: TestContext, workerBond = 0n) {
  const { db } = await openTempDb(t)
  const chain = new ChainStore(db)
  const settlements = new SettlementLog(db, { workerBond })
  await settlements.applyGenesis([{ account: 'client', amount: 1000n }])
  const coordinator = await identity()
  const worker = await identity()
  const producer = new BlockProducer({ settlements, chain, privateKey: coordinator.key, intervalMs: 60_000, maxEntries: 2, publish: async () => {}, log: pino({ level: 'silent' }) })
  const settle = async (id: string, price: number): Promise<void> => {
    const settlement: Settlement = { id, clientAccount: 'client', payments: [{ worker: worker.peerId, price, receipt: await signReceipt(receiptFor(id, worker, coordinator), worker.key) }], evidence: [], verified: true }
    await settlements.commit(() => {}, settlement)
  }
  return { db, chain, settlements, coordinator, worker, producer, settle }
}

describe('state roots replayed from the chain', () => {
  it('a block\'s state root is the ledger right after it, even with settlements still pending behind it', async t => {
    const h = await harness(t, 15n)
    for (const [i, price] of [10, 20, 30].entries()) await h.settle(`t${i}`, price)
    const block0 = (await h.producer.seal())!
    assert.equal(block0.entries.length, 2, 'maxEntries 2: t2 stays pending')
    const replay = ReplayedLedger.fromGenesis({ genesis: [{ account: 'client', amount: 1000n }], workerBond: 15n })
    replay.applyBlock(block0)
    // client 1000 - 30; worker earned 30, 15 locked in its bond
    assert.deepEqual(Object.fromEntries(replay.balances), { client: 970n, [h.worker.peerId]: 15n, [`bond/${h.worker.peerId}`]: 15n })
    assert.equal(hex(decodeBlockHeader(block0).stateRoot), hex(replay.stateRoot()))
    assert.notEqual(hex(decodeBlockHeader(block0).stateRoot), hex(await h.settlements.ledger.stateRoot()), 'the live ledger also holds the pending t2')
    await h.producer.seal()
    assert.equal(hex(decodeBlockHeader((await h.chain.get(h.coordinator.peerId, 1))!).stateRoot), hex(await h.settlements.ledger.stateRoot()))
    const report = await verifyStoredState(h.db, h.chain, { own: h.coordinator.peerId })
    assert.equal(report.valid, true)
    assert.deepEqual(report.chains.map(c => [c.height, c.chainValid, c.stateValid]), [[1, true, true]])
    assert.equal(hex(report.ownState!.stateRoot()), hex(await h.settlements.ledger.stateRoot()))
  })

  it('the construction: RFC 6962 root over sorted "account=balance" leaves, zero balances included', () => {
    const a = ledgerStateRoot([['b', 0n], ['a', 5n]])
    assert.equal(hex(a), hex(ledgerStateRoot([['a', 5n], ['b', 0n]])))
    assert.notEqual(hex(a), hex(ledgerStateRoot([['a', 5n]])))
  })

  it('a block signed with a wrong state root: verify names the height and field; repair truncates, requeues its entries, and the ledger still replays', async t => {
    const h = await harness(t)
    await h.settle('t0', 10)
    await h.producer.seal()
    await h.settle('t1', 20)
    // the producer seals block 1 with a state root that is not the replay
    const pending = await h.settlements.pending()
    await h.settlements.sealNext(10, async (entries, batch) => {
      const head = (await h.chain.head(h.coordinator.peerId))!
      const block = await buildBlock({ height: 1, prevHash: head.hash, entries, producerKey: h.coordinator.key, timestampMs: head.timestampMs + 1, stateRoot: new Uint8Array(32) })
      await h.chain.append(block, batch)
      return block
    })
    assert.equal(pending.length, 1)
    const report = await verifyStoredState(h.db, h.chain, { own: h.coordinator.peerId })
    assert.equal(report.valid, false)
    assert.deepEqual([report.chains[0].error?.height, report.chains[0].error?.field, report.chains[0].lastValidHeight], [1, 'state_root', 0])
    assert.match(report.errors[0].message, new RegExp(`stored chain of ${h.coordinator.peerId} is corrupt at height 1: .*first bad field: state_root`))

    const result = await repairStoredState(h.db, h.chain, { own: h.coordinator.peerId })
    assert.deepEqual(result.truncated, [{ producer: h.coordinator.peerId, keptHeight: 0, deleted: 1, requeued: 1 }])
    assert.deepEqual(result.ledgerAccountsRewritten, [], 'the requeued entry keeps the ledger as it was')
    assert.equal(result.after.valid, true)
    assert.equal((await h.chain.head(h.coordinator.peerId))?.height, 0)
    assert.equal(await h.chain.locate('t1', h.coordinator.peerId), undefined, 'the receipt index of the dropped block is gone')
    // a new producer (restart) seals the requeued entry again as block 1, with a state root that replays
    const again = new BlockProducer({ settlements: h.settlements, chain: h.chain, privateKey: h.coordinator.key, intervalMs: 60_000, maxEntries: 2, publish: async () => {}, log: pino({ level: 'silent' }) })
    const block1 = (await again.seal())!
    assert.equal(decodeBlockHeader(block1).height, 1)
    assert.equal((await verifyStoredState(h.db, h.chain, { own: h.coordinator.peerId })).valid, true)
    assert.equal(await h.settlements.balance(h.worker.peerId), 30n)
  })

  it('a stored block whose bytes do not decode is reported at its height; the blocks after it go too', async t => {
    const h = await harness(t)
    for (let i = 0; i < 3; i++) {
      await h.settle(`t${i}`, 1)
      await h.producer.seal()
    }
    const own = h.coordinator.peerId
    await h.db.batch().put(Prefix.blocks + blockId(own, 1), Uint8Array.of(0xff, 0x01)).commit()
    const report = await verifyStoredState(h.db, h.chain, { own })
    assert.deepEqual([report.chains[0].error?.height, report.chains[0].error?.field], [1, 'block'])
    const result = await repairStoredState(h.db, h.chain, { own })
    // block 1 is lost (its entry cannot be read back); block 2's entry is requeued; the ledger is rewritten from what the chain still says
    assert.deepEqual(result.truncated, [{ producer: own, keptHeight: 0, deleted: 2, requeued: 1 }])
    assert.deepEqual(result.ledgerAccountsRewritten, [h.worker.peerId, 'client'].sort())
    assert.equal(result.after.valid, true)
    assert.equal(hex(blockHash((await h.chain.get(own, 0))!.header)), hex((await h.chain.head(own))!.hash))
  })

  it('bonds locked from earnings and forfeited by evidence replay to the same state roots', async t => {
    const h = await harness(t, 8n)
    const cheat = await identity()
    await h.settle('t0', 10)
    // cheat earns (locks 8 of 10 as bond), then is caught contradicting an accepted result
    const paid = await signReceipt(receiptFor('t1', cheat, h.coordinator), cheat.key)
    await h.settlements.commit(() => {}, { id: 't1', clientAccount: 'client', payments: [{ worker: cheat.peerId, price: 10, receipt: paid }], evidence: [], verified: true })
    const accepted = await signReceipt(receiptFor('t2', h.worker, h.coordinator), h.worker.key)
    const wrong = await signReceipt(receiptFor('t2', cheat, h.coordinator, { exitCode: 1 }), cheat.key)
    await h.settlements.commit(() => {}, { id: 't2', clientAccount: 'client', payments: [{ worker: h.worker.peerId, price: 5, receipt: accepted }], evidence: [{ worker: cheat.peerId, receipt: wrong, contradictedBy: accepted }], verified: true })
    while ((await h.producer.seal()) != null);
    assert.equal(await h.settlements.balance(`bond/${cheat.peerId}`), 0n, 'the bond was forfeited')
    const report = await verifyStoredState(h.db, h.chain, { own: h.coordinator.peerId })
    assert.deepEqual(report.chains.map(c => [c.chainValid, c.stateValid, c.error?.field]), [[true, true, undefined]])
  })

  it('the ledger rules are fixed at genesis: another worker bond refuses to start', async t => {
    const h = await harness(t, 5n)
    const other = new SettlementLog(h.db, { workerBond: 6n })
    await assert.rejects(other.applyGenesis([]), LedgerRulesChangedError)
    assert.deepEqual(await new SettlementLog(h.db, { workerBond: 5n }).rules(), { genesis: [{ account: 'client', amount: 1000n }], workerBond: 5n })
  })
})

describe('ChainStore.truncate', () => {
  it('keeps blocks up to the height, moves the head, drops the receipt index above; -1 drops the chain', async t => {
    const h = await harness(t)
    for (let i = 0; i < 3; i++) {
      await h.settle(`t${i}`, 1)
      await h.producer.seal()
    }
    const own = h.coordinator.peerId
    assert.equal(await h.chain.truncate(own, 0), 2)
    assert.equal((await h.chain.head(own))?.height, 0)
    assert.equal(hex((await h.chain.head(own))!.hash), hex(blockHash((await h.chain.get(own, 0))!.header)))
    assert.equal((await h.chain.locate('t0', own))?.height, 0)
    assert.equal(await h.chain.locate('t1', own), undefined)
    assert.equal((await h.chain.validateChain(own))?.height, 0)
    assert.equal(await h.chain.truncate(own, -1), 1)
    assert.equal(await h.chain.head(own), undefined)
    assert.equal(await h.chain.locate('t0', own), undefined)
    await assert.rejects(h.chain.truncate(own, 5), RangeError)
  })
})
