import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { SettlementLog, decodeReceipt, signReceipt } from '../../src/chain/index.ts'
import type { Settlement } from '../../src/chain/index.ts'
import { RocksTaskStore } from '../../src/coordinator/rocks-task-store.ts'
import type { ReputationRecord } from '../../src/coordinator/reputation.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import type { TaskStateName } from '../../src/protocol/task-states.ts'
import { StateDb } from '../../src/storage/index.ts'
import { openTempDb, tempDir } from '../storage/helpers.ts'
import { identity, receiptFor } from '../chain/fixtures.ts'

const INITIAL = 100

/** A task record as the orchestrator stores it (only the fields every version of it has). */
function task (id: string, state: TaskStateName, createdAtMs: number): TaskRecord {
  return {
    id,
    clientPeerId: 'client-peer',
    clientAccount: 'client',
    moduleCid: 'bafy-module',
    inputCid: 'bafy-input',
    args: ['--n', '3'],
    env: { MODE: 'test' },
    limits: { memoryPages: 16, executionMs: 1000, maxOutputBytes: 1024, bidWindowMs: 100, queueMs: 1000, totalMs: 5000, maxPrice: 50 },
    moduleSize: 10,
    inputSize: 2,
    moduleHash: 'aa'.repeat(32),
    inputHash: 'bb'.repeat(32),
    state,
    reason: '',
    attempts: 0,
    createdAtMs,
    updatedAtMs: createdAtMs,
    notBeforeMs: 0,
    excludedWorkers: [],
    decisions: []
  } as unknown as TaskRecord
}

const rep = (successes: number, updatedAtMs = 1): ReputationRecord => ({ successes, failures: 0, timeouts: 0, updatedAtMs })

/** A store over a fresh SettlementLog on `db`. */
async function storeOn (db: StateDb): Promise<RocksTaskStore> {
  const settlements = new SettlementLog(db)
  await settlements.applyGenesis([{ account: 'client', amount: BigInt(INITIAL) }])
  return new RocksTaskStore(db, settlements)
}

async function settlementFor (id: string, price: number): Promise<Settlement> {
  const worker = await identity()
  const coordinator = await identity()
  return { id, clientAccount: 'client', payments: [{ worker: worker.peerId, price, receipt: await signReceipt(receiptFor(id, worker, coordinator), worker.key) }], evidence: [], verified: true }
}

describe('RocksTaskStore', () => {
  it('saves tasks and loads the open ones, oldest first', async t => {
    const { db } = await openTempDb(t)
    const store = await storeOn(db)
    await store.saveTask(task('late', 'queued', 3_000))
    await store.saveTask(task('early', 'offered', 1_000))
    await store.saveTask(task('mid', 'running', 2_000))
    assert.deepEqual((await store.loadOpenTasks()).map(x => x.id), ['early', 'mid', 'late'])
    // a later save replaces the record
    await store.saveTask({ ...task('mid', 'assigned', 2_000), attempts: 1 })
    const mid = (await store.loadOpenTasks()).find(x => x.id === 'mid')
    assert.equal(mid?.state, 'assigned')
    assert.equal(mid?.attempts, 1)
    assert.deepEqual(await store.getTask('early'), task('early', 'offered', 1_000))
    assert.equal(await store.getTask('nope'), undefined)
  })

  it('does not reload terminal tasks, finished or (defensively) saved as terminal', async t => {
    const { db } = await openTempDb(t)
    const store = await storeOn(db)
    await store.saveTask(task('a', 'queued', 1))
    await store.saveTask(task('b', 'queued', 2))
    await store.saveTask(task('c', 'queued', 3))
    await store.finishTask(task('a', 'failed', 1))
    // a terminal record written by saveTask stays in the index but is not loaded
    await store.saveTask(task('c', 'cancelled', 3))
    assert.deepEqual((await store.loadOpenTasks()).map(x => x.id), ['b'])
    assert.equal((await store.getTask('a'))?.state, 'failed')
    assert.equal((await store.getTask('c'))?.state, 'cancelled')
  })

  it('finishes a task without a settlement: record written, no credit, nothing pending', async t => {
    const { db } = await openTempDb(t)
    const store = await storeOn(db)
    await store.saveTask(task('t', 'running', 1))
    await store.finishTask(task('t', 'timed_out', 1))
    assert.equal((await store.getTask('t'))?.state, 'timed_out')
    assert.deepEqual(await store.loadOpenTasks(), [])
    assert.equal(Number(await store.settlements.balance('client')), INITIAL)
    assert.equal(await store.settlements.balance('client'), BigInt(INITIAL), 'genesis only: no charge')
    assert.deepEqual(await store.settlements.pending(), [])
  })

  it('finishes a task with its settlement once, however often it is finished', async t => {
    const { db } = await openTempDb(t)
    const store = await storeOn(db)
    const s = await settlementFor('t', 30)
    await store.saveTask(task('t', 'running', 1))
    await store.finishTask(task('t', 'completed', 1), s)
    await store.finishTask(task('t', 'completed', 1), s)
    await Promise.all([store.finishTask(task('t', 'completed', 1), s), store.finishTask(task('t', 'completed', 1), s)])
    assert.equal((await store.getTask('t'))?.state, 'completed')
    assert.deepEqual(await store.loadOpenTasks(), [])
    assert.equal(Number(await store.settlements.balance('client')), INITIAL - 30)
    assert.equal(Number(await store.settlements.balance(s.payments[0].worker)), 30)
    assert.equal(await store.settlements.ledger.applied('pay/t'), true)
    const pending = await store.settlements.pending()
    assert.deepEqual(pending.map(p => [p.id, p.entry.price, p.entry.clientAccount]), [['t', 30, 'client']])
    assert.equal(decodeReceipt(pending[0].entry.receipt!).taskId, 't')
  })

  it('refuses a settlement of another task, writing nothing', async t => {
    const { db } = await openTempDb(t)
    const store = await storeOn(db)
    await store.finishTask(task('t', 'completed', 1), await settlementFor('t', 5))
    assert.equal(await store.settlements.ledger.applied('pay/t'), true)
    await assert.rejects(store.finishTask(task('u', 'completed', 1), await settlementFor('other', 5)), RangeError)
    assert.equal(await store.getTask('u'), undefined)
    assert.deepEqual((await store.settlements.pending()).map(p => p.id), ['t'])
  })

  it('writes reputation in the same batch as the transition', async t => {
    const { db } = await openTempDb(t)
    const store = await storeOn(db)
    await store.saveTask(task('t', 'running', 1), [['w1', rep(1)]])
    assert.deepEqual(await store.loadReputation(), [['w1', rep(1)]])
    await store.finishTask(task('t', 'completed', 1), await settlementFor('t', 1), [['w1', rep(2)], ['w2', rep(0, 5)]])
    assert.deepEqual(await store.loadReputation(), [['w1', rep(2)], ['w2', rep(0, 5)]])

    // a settlement failing inside the batch (no worker account, found after the task record, the
    // reputation and the client's debit were staged) leaves all of them unwritten
    await store.saveTask(task('x', 'running', 2))
    const good = await settlementFor('x', 3)
    const bad = { ...good, clientAccount: 'client', payments: [{ ...good.payments[0], worker: '' }] }
    await assert.rejects(store.finishTask(task('x', 'completed', 2), bad, [['w1', rep(9)]]), (err: Error) => err.name === 'InvalidAccountError')
    assert.equal(await store.settlements.balance('client'), BigInt(INITIAL - 1), 'only task t was charged')
    assert.equal((await store.getTask('x'))?.state, 'running')
    assert.deepEqual(await store.loadReputation(), [['w1', rep(2)], ['w2', rep(0, 5)]])
    assert.deepEqual((await store.loadOpenTasks()).map(x => x.id), ['x'])
    assert.equal(await store.settlements.ledger.applied('pay/x'), false)
  })

  it('reloads open tasks, reputation, balances and pending settlements after a reopen', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    const s = await settlementFor('done', 40)
    let db = await StateDb.open(path)
    try {
      const store = await storeOn(db)
      await store.saveTask(task('open-2', 'queued', 20))
      await store.saveTask(task('open-1', 'assigned', 10), [['w', rep(3)]])
      await store.saveTask(task('done', 'running', 5))
      await store.finishTask(task('done', 'completed', 5), s)
    } finally {
      await db.close()
    }
    db = await StateDb.open(path)
    try {
      const store = await storeOn(db)
      assert.deepEqual((await store.loadOpenTasks()).map(x => [x.id, x.state]), [['open-1', 'assigned'], ['open-2', 'queued']])
      assert.deepEqual(await store.loadReputation(), [['w', rep(3)]])
      assert.equal((await store.getTask('done'))?.state, 'completed')
      assert.equal(Number(await store.settlements.balance('client')), INITIAL - 40)
      assert.equal(Number(await store.settlements.balance(s.payments[0].worker)), 40)
      assert.deepEqual((await store.settlements.pending()).map(p => p.id), ['done'])
      // delivered again after the restart: not paid twice
      await store.finishTask(task('done', 'completed', 5), s)
      assert.equal(Number(await store.settlements.balance(s.payments[0].worker)), 40)
      assert.equal((await store.settlements.pending()).length, 1)
    } finally {
      await db.close()
    }
  })
})
