import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { InsufficientFundsError, InvalidAccountError, InvalidAmountError } from '../../src/chain/errors.ts'
import { Ledger } from '../../src/chain/ledger.ts'
import { merkleRoot } from '../../src/chain/merkle.ts'
import { StateDb } from '../../src/storage/index.ts'
import { all, openTempDb, tempDir, utf8 } from '../storage/helpers.ts'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

describe('Ledger', () => {
  it('credits, debits and transfers whole credits', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    assert.equal(await ledger.balance('alice'), 0)
    assert.equal(await ledger.exists('alice'), false)
    await ledger.credit('alice', 100)
    await ledger.transfer('alice', 'bob', 30)
    await ledger.debit('bob', 5)
    assert.equal(await ledger.balance('alice'), 70)
    assert.equal(await ledger.balance('bob'), 25)
    await ledger.transfer('alice', 'alice', 70)
    assert.equal(await ledger.balance('alice'), 70)
    assert.deepEqual(await all(ledger.accounts()), [{ account: 'alice', balance: 70 }, { account: 'bob', balance: 25 }])
  })

  it('refuses to overdraw, leaving the batch untouched', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    await ledger.credit('client', 10)
    const batch = db.batch()
    await assert.rejects(ledger.transfer('client', 'worker', 11, batch), (err: Error) => {
      assert.ok(err instanceof InsufficientFundsError)
      assert.equal(err.name, 'InsufficientFundsError')
      assert.equal((err as InsufficientFundsError).balance, 10)
      assert.equal((err as InsufficientFundsError).amount, 11)
      return true
    })
    assert.equal(batch.size, 0)
    await assert.rejects(ledger.debit('nobody', 1), InsufficientFundsError)
    await ledger.transfer('client', 'worker', 10, batch)
    await batch.commit()
    assert.equal(await ledger.balance('client'), 0)
    assert.equal(await ledger.balance('worker'), 10)
  })

  it('refuses bad amounts and accounts', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    for (const amount of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) {
      await assert.rejects(ledger.credit('a', amount), InvalidAmountError, String(amount))
    }
    await ledger.credit('a', Number.MAX_SAFE_INTEGER)
    await assert.rejects(ledger.credit('a', 1), InvalidAmountError)
    await ledger.credit('b', 1)
    const batch = db.batch()
    await assert.rejects(ledger.transfer('b', 'a', 1, batch), InvalidAmountError)
    assert.equal(batch.size, 0)
    await assert.rejects(ledger.credit('', 1), InvalidAccountError)
    await assert.rejects(ledger.transfer('b', '', 1), InvalidAccountError)
  })

  it('composes several transfers in one batch and commits them atomically', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    await ledger.credit('client', 100)
    const batch = db.batch()
    await ledger.transfer('client', 'w1', 40, batch)
    await ledger.transfer('client', 'w2', 40, batch)
    await assert.rejects(ledger.transfer('client', 'w3', 40, batch), InsufficientFundsError)
    assert.equal(await ledger.balance('client', batch), 20)
    assert.equal(await ledger.balance('client'), 100) // not committed yet
    await batch.commit()
    assert.equal(await ledger.balance('client'), 20)
    assert.equal(await ledger.balance('w1'), 40)
    assert.equal(await ledger.balance('w2'), 40)
  })

  it('applies an operation once, even across batches and restarts', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    let db = await StateDb.open(path)
    t.after(async () => { await db.close() })
    let ledger = new Ledger(db)
    await ledger.credit('client', 50)
    const pay = async (): Promise<boolean> => {
      const batch = db.batch()
      const ran = await ledger.applyOnce('pay/task-1', batch, async b => { await ledger.transfer('client', 'worker', 10, b) })
      // a second attempt inside the same batch is caught as well
      assert.equal(await ledger.applyOnce('pay/task-1', batch, async () => { assert.fail('applied twice') }), false)
      await batch.commit()
      return ran
    }
    assert.equal(await pay(), true)
    assert.equal(await pay(), false)
    await db.close()
    db = await StateDb.open(path)
    ledger = new Ledger(db)
    assert.equal(await ledger.applied('pay/task-1'), true)
    assert.equal(await pay(), false)
    assert.equal(await ledger.balance('client'), 40)
    assert.equal(await ledger.balance('worker'), 10)
  })

  it('state root is the Merkle root of sorted account=balance leaves, staged writes included', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    assert.equal(hex(await ledger.stateRoot()), hex(merkleRoot([])))
    await ledger.credit('zed', 5)
    await ledger.credit('amy', 7)
    await ledger.credit('bob', 0)
    const committed = merkleRoot(['amy=7', 'bob=0', 'zed=5'].map(utf8))
    assert.equal(hex(await ledger.stateRoot()), hex(committed))

    const batch = db.batch()
    await ledger.transfer('amy', 'carl', 2, batch)
    const staged = merkleRoot(['amy=5', 'bob=0', 'carl=2', 'zed=5'].map(utf8))
    assert.equal(hex(await ledger.stateRoot(batch)), hex(staged))
    assert.equal(hex(await ledger.stateRoot()), hex(committed))
    await batch.commit()
    assert.equal(hex(await ledger.stateRoot()), hex(staged))
  })
})
