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
    assert.equal(await ledger.balance('alice'), 0n)
    assert.equal(await ledger.exists('alice'), false)
    await ledger.credit('alice', 100n)
    await ledger.transfer('alice', 'bob', 30n)
    await ledger.debit('bob', 5n)
    assert.equal(await ledger.balance('alice'), 70n)
    assert.equal(await ledger.balance('bob'), 25n)
    await ledger.transfer('alice', 'alice', 70n)
    assert.equal(await ledger.balance('alice'), 70n)
    assert.deepEqual(await all(ledger.accounts()), [{ account: 'alice', balance: 70n }, { account: 'bob', balance: 25n }])
  })

  it('refuses to overdraw, leaving the batch untouched', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    await ledger.credit('client', 10n)
    const batch = db.batch()
    await assert.rejects(ledger.transfer('client', 'worker', 11n, batch), (err: Error) => {
      assert.ok(err instanceof InsufficientFundsError)
      assert.equal(err.name, 'InsufficientFundsError')
      assert.equal((err as InsufficientFundsError).balance, 10n)
      assert.equal((err as InsufficientFundsError).amount, 11n)
      return true
    })
    assert.equal(batch.size, 0)
    await assert.rejects(ledger.debit('nobody', 1n), InsufficientFundsError)
    await ledger.transfer('client', 'worker', 10n, batch)
    await batch.commit()
    assert.equal(await ledger.balance('client'), 0n)
    assert.equal(await ledger.balance('worker'), 10n)
  })

  it('refuses bad amounts and accounts', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    for (const amount of [-1n, 1n << 64n, 1.5 as unknown as bigint, 7 as unknown as bigint]) {
      await assert.rejects(ledger.credit('a', amount), InvalidAmountError, String(amount))
    }
    const max = (1n << 64n) - 1n
    await ledger.credit('a', max)
    assert.equal(await ledger.balance('a'), max)
    await assert.rejects(ledger.credit('a', 1n), InvalidAmountError)
    await ledger.credit('b', 1n)
    const batch = db.batch()
    await assert.rejects(ledger.transfer('b', 'a', 1n, batch), InvalidAmountError)
    assert.equal(batch.size, 0)
    await assert.rejects(ledger.credit('', 1n), InvalidAccountError)
    await assert.rejects(ledger.transfer('b', '', 1n), InvalidAccountError)
  })

  it('keeps balances past 2^53 exact (the seed ledger: 10^9 units, a 2.1 * 10^16 cap)', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    const cap = 21_000_000n * 10n ** 9n // 2.1e16 > Number.MAX_SAFE_INTEGER
    await ledger.credit('treasury', cap)
    await ledger.transfer('treasury', 'alice', 1n)
    assert.equal(await ledger.balance('treasury'), cap - 1n)
    assert.equal((await ledger.balance('treasury')).toString(), '20999999999999999')
    await ledger.credit('alice', (1n << 53n))
    assert.equal(await ledger.balance('alice'), (1n << 53n) + 1n)
    const root = merkleRoot(['alice=9007199254740993', 'treasury=20999999999999999'].map(utf8))
    assert.equal(hex(await ledger.stateRoot()), hex(root))
  })

  it('composes several transfers in one batch and commits them atomically', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    await ledger.credit('client', 100n)
    const batch = db.batch()
    await ledger.transfer('client', 'w1', 40n, batch)
    await ledger.transfer('client', 'w2', 40n, batch)
    await assert.rejects(ledger.transfer('client', 'w3', 40n, batch), InsufficientFundsError)
    assert.equal(await ledger.balance('client', batch), 20n)
    assert.equal(await ledger.balance('client'), 100n) // not committed yet
    await batch.commit()
    assert.equal(await ledger.balance('client'), 20n)
    assert.equal(await ledger.balance('w1'), 40n)
    assert.equal(await ledger.balance('w2'), 40n)
  })

  it('applies an operation once, even across batches and restarts', async t => {
    const dir = await tempDir(t)
    const path = join(dir, 'state')
    let db = await StateDb.open(path)
    t.after(async () => { await db.close() })
    let ledger = new Ledger(db)
    await ledger.credit('client', 50n)
    const pay = async (): Promise<boolean> => {
      const batch = db.batch()
      const ran = await ledger.applyOnce('pay/task-1', batch, async b => { await ledger.transfer('client', 'worker', 10n, b) })
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
    assert.equal(await ledger.balance('client'), 40n)
    assert.equal(await ledger.balance('worker'), 10n)
  })

  it('state root is the Merkle root of sorted account=balance leaves, staged writes included', async t => {
    const { db } = await openTempDb(t)
    const ledger = new Ledger(db)
    assert.equal(hex(await ledger.stateRoot()), hex(merkleRoot([])))
    await ledger.credit('zed', 5n)
    await ledger.credit('amy', 7n)
    await ledger.credit('bob', 0n)
    const committed = merkleRoot(['amy=7', 'bob=0', 'zed=5'].map(utf8))
    assert.equal(hex(await ledger.stateRoot()), hex(committed))

    const batch = db.batch()
    await ledger.transfer('amy', 'carl', 2n, batch)
    const staged = merkleRoot(['amy=5', 'bob=0', 'carl=2', 'zed=5'].map(utf8))
    assert.equal(hex(await ledger.stateRoot(batch)), hex(staged))
    assert.equal(hex(await ledger.stateRoot()), hex(committed))
    await batch.commit()
    assert.equal(hex(await ledger.stateRoot()), hex(staged))
  })
})
