import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { InvalidAmountError } from '../../src/chain/errors.ts'
import { decodeReceipt, signReceipt } from '../../src/chain/receipt.ts'
import { bondAccount, SettlementLog } from '../../src/chain/settlement-log.ts'
import type { Settlement } from '../../src/chain/settlement-log.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { StateDb, padNumber } from '../../src/storage/index.ts'
import { all, openTempDb, tempDir, text, utf8 } from '../storage/helpers.ts'
import { identity, receiptFor } from './fixtures.ts'
import type { Identity } from './fixtures.ts'

const INITIAL = 100

let parties: { worker: Identity, other: Identity, coordinator: Identity } | undefined
async function getParties (): Promise<{ worker: Identity, other: Identity, coordinator: Identity }> {
  parties ??= { worker: await identity(), other: await identity(), coordinator: await identity() }
  return parties
}

/** A settlement of `id` paying `price` from `clientAccount` to the worker (or `worker`). */
async function settlement (id: string, price: number, clientAccount = 'client', worker?: Identity): Promise<Settlement> {
  const p = await getParties()
  const w = worker ?? p.worker
  return { id, clientAccount, payments: [{ worker: w.peerId, price, receipt: await signReceipt(receiptFor(id, w, p.coordinator), w.key) }], evidence: [], verified: true }
}

const taskOf = (entry: ailee.v1.IBlockEntry): string => decodeReceipt(entry.receipt!).taskId

/** Sum of every stored balance. */
async function ledgerTotal (log: SettlementLog): Promise<number> {
  let total = 0n
  for await (const { balance } of log.ledger.accounts()) total += balance
  return Number(total)
}

/** A settlement log whose genesis gives each of `accounts` `amount` units (no initial balances exist otherwise). */
async function funded (db: StateDb, accounts: string[] = ['client'], amount = INITIAL, now?: () => number): Promise<SettlementLog> {
  const log = new SettlementLog(db, now == null ? {} : { now })
  await log.applyGenesis(accounts.map(account => ({ account, amount: BigInt(amount) })))
  return log
}

/** Balance as a number (the test amounts are small). */
async function bal (log: SettlementLog, account: string): Promise<number> {
  return Number(await log.balance(account))
}

describe('SettlementLog', () => {
  it('bonds: a worker\'s earnings fill its bond first; caught, it forfeits the bond to the client it cheated', async t => {
    const { db } = await openTempDb(t)
    const log = new SettlementLog(db, { workerBond: 25n })
    await log.applyGenesis([{ account: 'client', amount: BigInt(INITIAL) }])
    const p = await getParties()
    await log.commit(() => {}, await settlement('t1', 10))
    assert.equal(await bal(log, bondAccount(p.worker.peerId)), 10, 'all of the first payment is locked')
    assert.equal(await bal(log, p.worker.peerId), 0)
    await log.commit(() => {}, await settlement('t2', 40))
    assert.equal(await bal(log, bondAccount(p.worker.peerId)), 25, 'the bond is full')
    assert.equal(await bal(log, p.worker.peerId), 25)
    // the worker is caught on t3: its bond goes to the client, recorded in the evidence entry
    const honest = (await settlement('t3', 5, 'client', p.other)).payments[0]
    const caught: Settlement = {
      id: 't3', clientAccount: 'client', verified: true, payments: [honest],
      evidence: [{ worker: p.worker.peerId, receipt: (await settlement('t3', 0)).payments[0].receipt, contradictedBy: honest.receipt }]
    }
    await log.commit(() => {}, caught)
    assert.equal(await bal(log, bondAccount(p.worker.peerId)), 0)
    assert.equal(await bal(log, p.worker.peerId), 25, 'its free balance stays')
    assert.equal(await bal(log, 'client'), INITIAL - 50 - 5 + 25)
    const evidence = (await log.pending()).find(e => e.entry.contradictedBy != null)
    assert.equal(Number(evidence?.entry.bondForfeited), 25)
    assert.equal(evidence?.entry.price, 0)
    assert.equal(await ledgerTotal(log), INITIAL, 'bonds move credits, never mint them')
  })

  it('a replicated settlement pays every agreeing worker, seals the evidence unpaid, and is never split across blocks', async t => {
    const { db } = await openTempDb(t)
    const log = await funded(db)
    const p = await getParties()
    const a = await settlement('task-a', 10)
    const other = (await settlement('task-r', 7, 'client', p.other)).payments[0]
    const replicated: Settlement = {
      ...await settlement('task-r', 7),
      payments: [(await settlement('task-r', 7)).payments[0], other],
      evidence: [{ worker: 'liar', receipt: (await settlement('task-r', 0, 'client', p.coordinator)).payments[0].receipt, contradictedBy: other.receipt }]
    }
    assert.deepEqual(await log.commit(() => {}, a), { applied: true, charged: 10 })
    assert.deepEqual(await log.commit(() => {}, replicated), { applied: true, charged: 14 })
    assert.equal(await bal(log, p.worker.peerId), 17)
    assert.equal(await bal(log, p.other.peerId), 7)
    assert.equal(await log.ledger.exists('liar'), false, 'the caught worker is not paid')
    const pending = await log.pending()
    assert.deepEqual(pending.map(e => [e.id, e.entry.price, e.entry.contradictedBy != null]), [['task-a', 10, false], ['task-r', 7, false], ['task-r', 7, false], ['task-r', 0, true]])
    // a block of at most 2 entries takes task-a alone: task-r's three entries wait for one block together
    const first = await log.sealNext(2, async entries => entries.map(taskOf))
    assert.deepEqual(first, ['task-a'])
    const second = await log.sealNext(3, async entries => entries.map(taskOf))
    assert.deepEqual(second, ['task-r', 'task-r', 'task-r'])
  })

  it('credits a settlement once even when committed twice (sequentially or concurrently)', async t => {
    const { db } = await openTempDb(t)
    const log = await funded(db)
    const s = await settlement('task-1', 30)
    assert.deepEqual(await log.commit(() => {}, s), { applied: true, charged: 30 })
    assert.deepEqual(await log.commit(() => {}, s), { applied: false, charged: 0 })
    const s2 = await settlement('task-2', 10)
    const results = await Promise.all([log.commit(() => {}, s2), log.commit(() => {}, s2), log.commit(() => {}, s2)])
    assert.equal(results.filter(r => r.applied).length, 1)
    assert.equal(await bal(log, 'client'), INITIAL - 40)
    assert.equal(await bal(log, s.payments[0].worker), 40)
    assert.equal(await log.ledger.applied('pay/task-1'), true)
    assert.deepEqual((await log.pending()).map(p => p.id), ['task-1', 'task-2'])
  })

  it('commits the caller\'s write, the credit and the pending entry atomically', async t => {
    const { db } = await openTempDb(t)
    const log = await funded(db)
    const s = await settlement('task-1', 30)
    await assert.rejects(log.commit(batch => {
      batch.put('tasks/task-1', utf8('done'))
      throw new Error('terminal record refused')
    }, s), /terminal record refused/)
    assert.equal(await db.get('tasks/task-1'), undefined)
    assert.equal(await log.ledger.balance('client'), BigInt(INITIAL))
    assert.equal(await log.ledger.balance(s.payments[0].worker), 0n)
    assert.equal(await log.ledger.applied('pay/task-1'), false)
    assert.deepEqual(await log.pending(), [])

    // an async write that fails after staging: same
    await assert.rejects(log.commit(async batch => {
      batch.put('tasks/task-1', utf8('done'))
      await Promise.resolve()
      throw new Error('late failure')
    }, s), /late failure/)
    assert.deepEqual(await log.pending(), [])

    // and once the write succeeds, everything lands together
    const result = await log.commit(batch => { batch.put('tasks/task-1', utf8('done')) }, s)
    assert.deepEqual(result, { applied: true, charged: 30 })
    assert.equal(text(await db.get('tasks/task-1')), 'done')
    assert.equal(await bal(log, s.payments[0].worker), 30)
    assert.equal((await log.pending()).length, 1)
  })

  it('commits the write alone without a settlement', async t => {
    const { db } = await openTempDb(t)
    const log = new SettlementLog(db)
    assert.deepEqual(await log.commit(batch => { batch.put('tasks/x', utf8('failed')) }), { applied: false, charged: 0 })
    assert.equal(text(await db.get('tasks/x')), 'failed')
    assert.deepEqual(await all(log.ledger.accounts()), [])
    assert.deepEqual(await log.pending(), [])
  })

  it('charges a client with less than the price its whole balance, then nothing', async t => {
    const { db } = await openTempDb(t)
    const log = await funded(db, ['poor'], 25)
    const s = await settlement('task-1', 40, 'poor')
    assert.deepEqual(await log.commit(() => {}, s), { applied: true, charged: 25 })
    assert.equal(await bal(log, 'poor'), 0)
    assert.equal(await bal(log, s.payments[0].worker), 25)
    assert.deepEqual(await log.commit(() => {}, await settlement('task-2', 40, 'poor')), { applied: true, charged: 0 })
    const pending = await log.pending()
    assert.deepEqual(pending.map(p => [p.id, p.entry.price, p.entry.clientAccount, p.entry.verified]), [
      ['task-1', 25, 'poor', true],
      ['task-2', 0, 'poor', true]
    ])
    assert.equal(taskOf(pending[0].entry), 'task-1')
  })

  it('gives a never-seen account nothing: naming an account creates no credits', async t => {
    const { db } = await openTempDb(t)
    const log = new SettlementLog(db)
    assert.equal(await bal(log, 'nobody'), 0)
    assert.equal(await log.ledger.exists('nobody'), false)
    assert.deepEqual(await log.commit(() => {}, await settlement('task-1', 10, 'free-rider')), { applied: true, charged: 0 })
    assert.equal(await bal(log, 'free-rider'), 0)
    assert.equal(await ledgerTotal(log), 0)
  })

  it('applies the genesis allocation once: a restart or a changed allocation credits nothing', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    let db = await StateDb.open(path)
    try {
      const log = new SettlementLog(db)
      assert.equal(await log.applyGenesis([{ account: 'a', amount: 5n }, { account: 'b', amount: (1n << 60n) }]), true)
      assert.equal(await log.applyGenesis([{ account: 'a', amount: 5n }]), false)
    } finally {
      await db.close()
    }
    db = await StateDb.open(path)
    try {
      const log = new SettlementLog(db)
      assert.equal(await log.applyGenesis([{ account: 'a', amount: 1000n }, { account: 'c', amount: 1n }]), false)
      assert.equal(await bal(log, 'a'), 5)
      assert.equal(await log.balance("b"), 1n << 60n)
      assert.equal(await bal(log, 'c'), 0)
    } finally {
      await db.close()
    }
  })

  it('keeps the ledger total conserved under many concurrent commits', async t => {
    const { db } = await openTempDb(t)
    const clients = ['c0', 'c1', 'c2']
    const log = await funded(db, clients)
    const { worker, other } = await getParties()
    const settlements = await Promise.all(Array.from({ length: 60 }, async (_, i) =>
      await settlement(`t${i}`, 1 + (i % 7), clients[i % clients.length], i % 2 === 0 ? worker : other)))
    // each task committed twice, all at once
    const results = await Promise.all([...settlements, ...settlements].map(async (s, i) =>
      await log.commit(batch => { batch.put(`tasks/${s.id}`, utf8(String(i))) }, s)))
    assert.equal(results.filter(r => r.applied).length, 60)
    const charged = results.reduce((sum, r) => sum + r.charged, 0)
    assert.equal(charged, settlements.reduce((sum, s) => sum + s.payments[0].price, 0))
    assert.equal(await ledgerTotal(log), clients.length * INITIAL)
    assert.equal(await bal(log, worker.peerId) + await bal(log, other.peerId), charged)
    for (const client of clients) {
      const spent = settlements.filter(s => s.clientAccount === client).reduce((sum, s) => sum + s.payments[0].price, 0)
      assert.equal(await bal(log, client), INITIAL - spent)
    }
    const pending = await log.pending()
    assert.equal(pending.length, 60)
    assert.deepEqual(new Set(pending.map(p => p.id)), new Set(settlements.map(s => s.id)))
    assert.equal(pending.reduce((sum, p) => sum + p.entry.price, 0), charged)
  })

  it('group commit: concurrent commits share one RocksDB write; one that throws fails alone and the others land', async t => {
    const { db } = await openTempDb(t)
    const log = await funded(db)
    const settlements = await Promise.all(Array.from({ length: 20 }, async (_, i) => await settlement(`g${i}`, 2)))
    const before = db.rocksWrites
    const results = await Promise.allSettled(settlements.map(async (s, i) => await log.commit(batch => {
      batch.put(`tasks/${s.id}`, utf8('done'))
      if (i === 7) throw new Error('refused record')
    }, s)))
    const writes = db.rocksWrites - before
    assert.equal(results.filter(r => r.status === 'rejected').length, 1)
    assert.match(String((results[7] as PromiseRejectedResult).reason), /refused record/)
    assert.ok(writes <= 20, `at most one write per commit after the shared one failed: ${writes}`)
    assert.equal(await db.get('tasks/g7'), undefined, 'the failing commit wrote nothing')
    assert.equal(await log.ledger.applied('pay/g7'), false)
    assert.equal(await bal(log, 'client'), INITIAL - 19 * 2, 'the other 19 were charged once each')
    assert.equal((await log.pending()).length, 19)

    // without a failure the group takes one write (the first commit goes alone, the rest wait for it)
    const more = await Promise.all(Array.from({ length: 10 }, async (_, i) => await settlement(`h${i}`, 1)))
    const start = db.rocksWrites
    await Promise.all(more.map(async s => await log.commit(batch => { batch.put(`tasks/${s.id}`, utf8('done')) }, s)))
    assert.ok(db.rocksWrites - start <= 2, `10 concurrent commits took ${db.rocksWrites - start} RocksDB writes`)
    assert.equal(await bal(log, 'client'), INITIAL - 19 * 2 - 10)
    assert.equal(await ledgerTotal(log), INITIAL)
  })

  it('rejects a bad settlement before writing anything', async t => {
    const { db } = await openTempDb(t)
    const log = await funded(db)
    await assert.rejects(log.commit(() => {}, await settlement('t', -1)), InvalidAmountError)
    await assert.rejects(log.commit(() => {}, await settlement('t', 1.5)), InvalidAmountError)
    await assert.rejects(log.commit(() => {}, { ...await settlement('t', 1), id: '' }), RangeError)
    assert.equal((await all(db.iterate())).filter(kv => !Buffer.from(kv.key).toString().startsWith("ledger/") && !Buffer.from(kv.key).toString().startsWith("meta/applied/genesis") && !Buffer.from(kv.key).toString().startsWith("meta/ledger-rules")).length, 0)
  })

  it('lists pending entries in commit order, even when the clock stands still or goes back', async t => {
    const { db } = await openTempDb(t)
    let clock = 5_000
    const log = await funded(db, ['client'], INITIAL, () => clock)
    for (const id of ['zeta', 'alpha', 'mid']) await log.commit(() => {}, await settlement(id, 1))
    clock = 1_000
    await log.commit(() => {}, await settlement('beta', 1))
    const pending = await log.pending()
    assert.deepEqual(pending.map(p => p.id), ['zeta', 'alpha', 'mid', 'beta'])
    assert.deepEqual(pending.map(p => p.timeMs), [5_000, 5_001, 5_002, 5_003])
    assert.deepEqual((await log.pending(2)).map(p => p.id), ['zeta', 'alpha'])
    assert.deepEqual(await log.pending(0), [])
  })

  describe('sealNext', () => {
    it('takes pending entries in order, at most maxEntries, and removes exactly those with the block', async t => {
      const { db } = await openTempDb(t)
      const log = await funded(db)
      const ids = ['t-e', 't-d', 't-c', 't-b', 't-a']
      for (const id of ids) await log.commit(() => {}, await settlement(id, 2))

      const seen: string[][] = []
      const first = await log.sealNext(2, async (entries, batch) => {
        seen.push(entries.map(taskOf))
        batch.put('blocks/me/0', utf8('block 0'))
        return 'block 0'
      })
      assert.equal(first, 'block 0')
      assert.deepEqual(seen, [['t-e', 't-d']])
      assert.equal(text(await db.get('blocks/me/0')), 'block 0')
      assert.deepEqual((await log.pending()).map(p => p.id), ['t-c', 't-b', 't-a'])

      await log.sealNext(10, async entries => { seen.push(entries.map(taskOf)) })
      assert.deepEqual(seen[1], ['t-c', 't-b', 't-a'])
      assert.deepEqual(await log.pending(), [])
      // entries keep the credits charged
      assert.equal(await bal(log, 'client'), INITIAL - 10)
    })

    it('returns undefined without calling build when nothing is pending', async t => {
      const { db } = await openTempDb(t)
      const log = await funded(db)
      let called = false
      assert.equal(await log.sealNext(5, async () => { called = true; return 1 }), undefined)
      assert.equal(called, false)
      await assert.rejects(log.sealNext(0, async () => 1), RangeError)
    })

    it('leaves the entries pending (and the block unwritten) when build fails', async t => {
      const { db } = await openTempDb(t)
      const log = await funded(db)
      for (const id of ['a', 'b', 'c']) await log.commit(() => {}, await settlement(id, 1))
      await assert.rejects(log.sealNext(2, async (_entries, batch) => {
        batch.put('blocks/me/0', utf8('half a block'))
        throw new Error('chain refused')
      }), /chain refused/)
      assert.equal(await db.get('blocks/me/0'), undefined)
      assert.deepEqual((await log.pending()).map(p => p.id), ['a', 'b', 'c'])
      const taken = await log.sealNext(2, async entries => entries.map(taskOf))
      assert.deepEqual(taken, ['a', 'b'])
      assert.deepEqual((await log.pending()).map(p => p.id), ['c'])
    })

    it('serialises seals with commits: a commit racing a seal is never lost', async t => {
      const { db } = await openTempDb(t)
      const log = await funded(db)
      await log.commit(() => {}, await settlement('first', 1))
      const late = await settlement('late', 1)
      const sealed: string[] = []
      const [, committed] = await Promise.all([
        log.sealNext(10, async entries => { sealed.push(...entries.map(taskOf)); await new Promise(resolve => setTimeout(resolve, 20)) }),
        log.commit(() => {}, late)
      ])
      assert.equal(committed.applied, true)
      assert.deepEqual(sealed, ['first'])
      assert.deepEqual((await log.pending()).map(p => p.id), ['late'])
    })
  })

  it('reads pending entries written by earlier versions and keeps them after a reopen', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    let db = await StateDb.open(path)
    try {
      // the key layout this node has always used: meta/pending/{Date.now() padded}/{taskId}
      const legacy = pb.BlockEntry.encode({ receipt: (await settlement('old-task', 3)).payments[0].receipt, clientAccount: 'client', price: 3, verified: true }).finish()
      await db.batch().put(`meta/pending/${padNumber(9_000_000_000_000)}/old-task`, Uint8Array.from(legacy)).commit()
      const log = await funded(db, ['client'], INITIAL, () => 1_000)
      await log.commit(() => {}, await settlement('new-task', 2))
      assert.deepEqual((await log.pending()).map(p => [p.id, p.timeMs]), [['old-task', 9_000_000_000_000], ['new-task', 9_000_000_000_001]])
    } finally {
      await db.close()
    }
    db = await StateDb.open(path)
    try {
      const log = await funded(db)
      const pending = await log.pending()
      assert.deepEqual(pending.map(p => p.id), ['old-task', 'new-task'])
      assert.equal(taskOf(pending[0].entry), 'old-task')
      assert.equal(await bal(log, 'client'), INITIAL - 2)
      // already applied before the reopen: not credited again
      assert.deepEqual(await log.commit(() => {}, await settlement('new-task', 2)), { applied: false, charged: 0 })
      assert.deepEqual(await log.sealNext(5, async entries => entries.map(taskOf)), ['old-task', 'new-task'])
      assert.deepEqual(await log.pending(), [])
    } finally {
      await db.close()
    }
  })
})
