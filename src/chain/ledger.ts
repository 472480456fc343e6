/**
 * Balances of ledger accounts under `ledger/{account}`: `bigint` amounts in the
 * smallest unit (src/chain/amount.ts), stored as decimal text, at most
 * 2^64 - 1. Accounts are Ed25519 peer ids (docs/accounts.md); the ledger itself
 * only requires a non-empty string.
 *
 * Writes are staged in a caller's WriteBatch so that a payment commits together
 * with the task record and the block that seal it:
 *
 * ```ts
 * const batch = db.batch()
 * await ledger.applyOnce(`pay/${taskId}`, batch, async b => {
 *   await ledger.transfer(client, worker, 250n, b)
 * })
 * const stateRoot = await ledger.stateRoot(batch)   // balances after the block
 * const block = await buildBlock({ ..., stateRoot })
 * await chain.append(block, batch)
 * await batch.commit()
 * ```
 *
 * Reads through a batch see its staged writes, so several transfers in one
 * batch compose. Two batches updating the same accounts concurrently do not:
 * callers serialise ledger updates (one open batch at a time), as the
 * coordinator's single writer does.
 */
import { Bucket, Prefix, keyText, stringCodec, uint64TextCodec } from '../storage/index.ts'
import type { StateDb, WriteBatch } from '../storage/index.ts'
import { MAX_AMOUNT } from './amount.ts'
import { InsufficientFundsError, InvalidAccountError, InvalidAmountError } from './errors.ts'
import { merkleRoot } from './merkle.ts'

/** Key prefix (inside `meta/`) of the markers written by {@link Ledger.applyOnce}. */
export const APPLIED_PREFIX = `${Prefix.meta}applied/`

/** One account and its balance. */
export interface AccountBalance {
  account: string
  /** Smallest units. */
  balance: bigint
}

const encoder = new TextEncoder()

/** The credit ledger over a StateDb. */
export class Ledger {
  readonly #balances: Bucket<bigint>
  readonly #applied: Bucket<string>
  readonly #db: StateDb

  constructor (db: StateDb) {
    this.#db = db
    this.#balances = new Bucket(db, Prefix.ledger, uint64TextCodec)
    this.#applied = new Bucket(db, APPLIED_PREFIX, stringCodec)
  }

  /** Balance of `account` in smallest units (0n for an unknown account), seen through `batch` if given. */
  async balance (account: string, batch?: WriteBatch): Promise<bigint> {
    checkAccount(account)
    return (await this.#balances.get(account, batch)) ?? 0n
  }

  /** True if `account` has a stored balance (even 0), seen through `batch` if given. */
  async exists (account: string, batch?: WriteBatch): Promise<boolean> {
    checkAccount(account)
    return await this.#balances.has(account, batch)
  }

  /**
   * Adds `amount` units to `account` (creating it), staged in `batch` or, without
   * one, committed on its own. `amount` 0n creates the account.
   *
   * @throws {InvalidAmountError} if `amount` is not a bigint in [0, 2^64 - 1] or the balance would pass 2^64 - 1 (nothing is staged)
   * @throws {InvalidAccountError} if `account` is empty (likewise for debit and transfer)
   */
  async credit (account: string, amount: bigint, batch?: WriteBatch): Promise<void> {
    checkAccount(account)
    checkAmount(amount)
    await this.#update(batch, async b => {
      await this.#set(account, await this.balance(account, b) + amount, b)
    })
  }

  /**
   * Removes `amount` units from `account`.
   *
   * @throws {InsufficientFundsError} if the balance is smaller than `amount` (nothing is staged)
   * @throws {InvalidAmountError}
   */
  async debit (account: string, amount: bigint, batch?: WriteBatch): Promise<void> {
    checkAccount(account)
    checkAmount(amount)
    await this.#update(batch, async b => {
      const balance = await this.balance(account, b)
      if (balance < amount) throw new InsufficientFundsError(account, balance, amount)
      await this.#set(account, balance - amount, b)
    })
  }

  /**
   * Moves `amount` units from `from` to `to` (creating `to`).
   *
   * A transfer to the same account only checks the funds.
   *
   * @throws {InsufficientFundsError} if `from` holds less than `amount` (nothing is staged)
   * @throws {InvalidAmountError} for a bad amount, or when `to`'s balance would pass 2^64 - 1 (nothing is staged)
   */
  async transfer (from: string, to: string, amount: bigint, batch?: WriteBatch): Promise<void> {
    checkAccount(from)
    checkAccount(to)
    checkAmount(amount)
    await this.#update(batch, async b => {
      const fromBalance = await this.balance(from, b)
      if (fromBalance < amount) throw new InsufficientFundsError(from, fromBalance, amount)
      if (from === to) {
        await this.#set(from, fromBalance, b)
        return
      }
      const toBalance = await this.balance(to, b)
      if (toBalance + amount > MAX_AMOUNT) throw new InvalidAmountError(`balance of ${to} would pass the maximum of 2^64 - 1 units`)
      await this.#set(from, fromBalance - amount, b)
      await this.#set(to, toBalance + amount, b)
    })
  }

  /**
   * Runs `apply(batch)` unless an operation named `opId` was already applied
   * (committed, or staged in `batch`), and stages the marker
   * `meta/applied/{opId}` in the same batch, so the effect and the marker
   * commit together. Returns true if `apply` ran. Markers are kept forever;
   * name operations after what makes them unique (e.g. `pay/{taskId}`).
   */
  async applyOnce (opId: string, batch: WriteBatch, apply: (batch: WriteBatch) => Promise<void>): Promise<boolean> {
    if (opId === '') throw new RangeError('operation id must not be empty')
    if (await this.#applied.has(opId, batch)) return false
    await apply(batch)
    await this.#applied.put(opId, new Date().toISOString(), batch)
    return true
  }

  /** True if the operation `opId` was applied (seen through `batch` if given). */
  async applied (opId: string, batch?: WriteBatch): Promise<boolean> {
    return await this.#applied.has(opId, batch)
  }

  /** Every stored account with its balance, in account (UTF-8 byte) order; committed data only. */
  async * accounts (): AsyncGenerator<AccountBalance> {
    for await (const { id, value } of this.#balances.entries()) yield { account: id, balance: value }
  }

  /**
   * State root: RFC 6962 Merkle root (merkle.ts) over the leaves
   * `UTF-8("{account}={balance}")` of every stored account (zero balances
   * included) sorted by account bytes, with the writes staged in `batch`
   * applied. 32 bytes; the empty ledger gives `SHA-256("")`. Reads every account: O(accounts).
   */
  async stateRoot (batch?: WriteBatch): Promise<Uint8Array> {
    const balances = new Map<string, bigint>()
    for await (const { account, balance } of this.accounts()) balances.set(account, balance)
    if (batch != null) {
      for (const op of batch.stagedOps(Prefix.ledger)) {
        const account = keyText(op.key).slice(Prefix.ledger.length)
        if (op.value === null) balances.delete(account)
        else balances.set(account, uint64TextCodec.decode(op.value))
      }
    }
    return ledgerStateRoot(balances)
  }

  /**
   * Makes the stored balances exactly `balances` (deleting every other
   * account), staged in `batch`: what `bin/node chain repair` writes when the
   * ledger disagrees with its chain. Call behind the settlement log's writer
   * (or on a stopped node).
   */
  async restore (balances: ReadonlyMap<string, bigint>, batch: WriteBatch): Promise<void> {
    for await (const { account } of this.accounts()) {
      if (!balances.has(account)) await this.#balances.del(account, batch)
    }
    for (const [account, balance] of balances) await this.#set(account, balance, batch)
  }

  async #set (account: string, balance: bigint, batch: WriteBatch): Promise<void> {
    if (balance > MAX_AMOUNT) throw new InvalidAmountError(`balance of ${account} would pass the maximum of 2^64 - 1 units`)
    if (balance < 0n) throw new InvalidAmountError(`balance of ${account} would be negative`)
    await this.#balances.put(account, balance, batch)
  }

  /** Runs `fn` in `batch`, or in a fresh batch that it then commits. */
  async #update (batch: WriteBatch | undefined, fn: (batch: WriteBatch) => Promise<void>): Promise<void> {
    if (batch != null) {
      await fn(batch)
      return
    }
    const own = this.#db.batch()
    await fn(own)
    await own.commit()
  }
}

/**
 * The ledger state root of `balances` (the construction of
 * docs/receipts-and-blocks.md, "State root"): RFC 6962 Merkle root
 * (merkle.ts) over the leaves `UTF-8("{account}={balance in decimal}")`, one
 * per account (zero balances included), sorted by the account's UTF-8 bytes.
 * 32 bytes; no account gives `SHA-256("")`.
 */
export function ledgerStateRoot (balances: Iterable<[string, bigint]>): Uint8Array {
  const leaves = [...balances]
    .map(([account, balance]) => ({ key: encoder.encode(account), leaf: encoder.encode(`${account}=${balance}`) }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(x => x.leaf)
  return merkleRoot(leaves)
}

function checkAccount (account: string): void {
  if (typeof account !== 'string' || account === '') throw new InvalidAccountError('account must be a non-empty string')
}

function checkAmount (amount: bigint): void {
  if (typeof amount !== 'bigint') throw new InvalidAmountError(`amount must be a bigint, got ${typeof amount}`)
  if (amount < 0n || amount > MAX_AMOUNT) throw new InvalidAmountError(`amount must be in [0, 2^64 - 1], got ${amount}`)
}
