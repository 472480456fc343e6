/**
 * The settlement log: the one writer of ledger-touching batches on a state
 * database, and the owner of the settlements waiting to be sealed into a block.
 *
 * Keys it owns (src/storage/keys.ts, docs/design-notes.md):
 *
 * - `ledger/{account}`, `meta/applied/pay/{settlementId}` and `meta/applied/genesis`
 *   through its {@link Ledger}
 * - `nonces/...` of applied transfers, through the {@link NonceStore} given to
 *   {@link SettlementLog.applyTransfer}
 * - `meta/pending/{time, 16 digits}/{settlementId}` → encoded `pb.BlockEntry`
 *   awaiting a block. `time` is Unix epoch ms made strictly increasing by this
 *   log, so key order is commit order. The prefix is private to this module:
 *   read pending entries with {@link SettlementLog.pending}, take them with
 *   {@link SettlementLog.sealNext}.
 *
 * Why one writer: RocksDB batches do not see each other's staged writes, so two
 * batches that read-modify-write the same balances concurrently would lose an
 * update. Every batch that touches the ledger or the pending entries is built
 * and committed inside this log's queue (concurrency 1). Create exactly one
 * SettlementLog per StateDb and hand it to every component that settles or
 * seals (the task store, the block producer).
 *
 * ```ts
 * const settlements = new SettlementLog(db)
 * await settlements.applyGenesis([{ account: clientPeerId, amount: 1_000_000_000n }])   // once per database
 * // a task ends: its record and its payment commit together, once
 * await settlements.commit(async batch => { await tasks.put(task.id, task, batch) }, settlement)
 * // the block producer: seal what is pending
 * const block = await settlements.sealNext(100, async (entries, batch) => {
 *   const block = await buildBlock({ ..., entries, stateRoot: await settlements.ledger.stateRoot(batch) })
 *   await chain.append(block, batch)
 *   return block
 * })
 * ```
 */
import PQueue from 'p-queue'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { Prefix, keyText, padNumber } from '../storage/index.ts'
import type { StateDb, WriteBatch } from '../storage/index.ts'
import { amountToWire } from './amount.ts'
import type { VerifiedTransfer } from './account-signing.ts'
import { InsufficientFundsError, InvalidAmountError, TransferRefusedError } from './errors.ts'
import { Ledger } from './ledger.ts'
import { LedgerRulesChangedError, readLedgerRules, stageLedgerRules } from './ledger-replay.ts'
import type { LedgerRules } from './ledger-replay.ts'
import type { NonceStore } from './nonce-store.ts'
import { bytesToHex } from '@noble/hashes/utils.js'

/** Key prefix of settlements awaiting a block (kept for existing data dirs; private to this module). */
const PENDING_PREFIX = `${Prefix.meta}pending/`

/** One paid execution: its worker is credited `price` (at most what the client holds). */
export interface SettlementPayment {
  /** Account (peer id) credited. */
  worker: string
  /** Smallest units asked; a non-negative safe integer. The client is charged `min(price, balance)`. */
  price: number
  /** The worker's signed execution receipt, sealed in the block entry. */
  receipt: ailee.v1.ISignedReceipt
}

/** A worker caught with a wrong result: sealed as an evidence entry, credits nothing. */
export interface SettlementEvidence {
  /** The caught worker (peer id). */
  worker: string
  /** Its signed, wrong receipt. */
  receipt: ailee.v1.ISignedReceipt
  /** An accepted receipt of the same task, by another worker, that it contradicts. */
  contradictedBy: ailee.v1.ISignedReceipt
}

/**
 * What a task's end moves and records, sealed into the next block: one
 * payment entry per paid execution (several when replicas agreed) and one
 * evidence entry per worker caught contradicting them.
 */
export interface Settlement {
  /** What makes the settlement unique: the task id. Applied at most once per id. */
  id: string
  /** Account charged (a peer id); each payment takes `min(price, balance)` of it. */
  clientAccount: string
  payments: SettlementPayment[]
  evidence: SettlementEvidence[]
  /** Whether the coordinator verified the results. */
  verified: boolean
}

/**
 * The ledger account holding the bond `worker` has locked: `bond/{peer id}`.
 * Its balance is part of the state root like any account's.
 */
export function bondAccount (worker: string): string {
  return `bond/${worker}`
}

/** Options of a {@link SettlementLog}. */
export interface SettlementLogOptions {
  /**
   * Bond each worker locks, smallest units: a worker's earnings go into its
   * bond account ({@link bondAccount}) until it holds this much, and a worker
   * caught with a wrong result forfeits its whole bond to the client it
   * cheated. @default 0n (no bond)
   */
  workerBond?: bigint
  /** Clock for pending-entry keys, Unix epoch ms. @default Date.now */
  now?: () => number
}

/** Outcome of {@link SettlementLog.commit}. */
export interface CommitResult {
  /** True if the settlement was applied now (false without one, or when its id was already applied). */
  applied: boolean
  /** Smallest units moved client -> workers by this commit, all payments together (0 unless `applied`). */
  charged: number
}

/** One settlement awaiting a block, as {@link SettlementLog.pending} lists it. */
export interface PendingSettlement {
  /** The settlement id (task id). */
  id: string
  /** The (strictly increasing) Unix epoch ms in its key. */
  timeMs: number
  /** The entry that will be sealed: receipt, client account, units charged, verified; or a transfer. */
  entry: ailee.v1.BlockEntry
}

/**
 * Builds the block for `entries` (in pending order) and stages it in `batch`
 * (typically `ledger.stateRoot(batch)`, `buildBlock`, `chain.append(block, batch)`).
 * Must not commit `batch`.
 */
export type SealBuilder<T> = (entries: ailee.v1.BlockEntry[], batch: WriteBatch) => Promise<T>

/** The single writer of ledger-touching batches and the pending block entries. See the module comment. */
export class SettlementLog {
  /** The ledger; read it freely, but stage writes to it only inside {@link commit} callbacks. */
  readonly ledger: Ledger
  readonly #db: StateDb
  readonly #writer = new PQueue({ concurrency: 1 })
  /** commits waiting for their group (see {@link commit}) */
  readonly #commits: Array<{ write: (batch: WriteBatch) => Promise<void> | void, settlement?: Settlement, resolve: (r: CommitResult) => void, reject: (err: unknown) => void }> = []
  /** true while a group-commit job is queued behind the writer and not yet started */
  #commitScheduled = false
  readonly #now: () => number
  readonly #workerBond: bigint
  /** Time of the newest pending key written (or found); undefined until first needed. */
  #lastTimeMs: number | undefined

  /** @param db the state database; use one SettlementLog per database */
  constructor (db: StateDb, options: SettlementLogOptions = {}) {
    this.#db = db
    this.ledger = new Ledger(db)
    this.#now = options.now ?? Date.now
    this.#workerBond = options.workerBond ?? 0n
    if (this.#workerBond < 0n) throw new InvalidAmountError(`worker bond must not be negative, got ${this.#workerBond}`)
  }

  /**
   * Commits, in ONE atomic batch built behind the single writer: whatever
   * `write` stages (the caller's own records) and, when `settlement` is given
   * and its id was never applied, the settlement: for each payment in order
   * `min(price, balance)` units move client -> worker and a payment
   * `pb.BlockEntry` (receipt, client account, credits charged, verified) is
   * appended to the pending entries, and the worker's bond is topped up from
   * its balance up to `workerBond`; for each evidence the caught worker's
   * whole bond moves to the client and an evidence entry (the wrong receipt,
   * `contradicted_by`, price 0, `bond_forfeited`) follows; the marker
   * `meta/applied/pay/{id}` is written. A settlement already applied
   * (committed before) only commits `write`.
   *
   * If `write` or any step throws, nothing is committed and the error propagates.
   * `write` must not commit the batch; it may register `batch.onCommit` hooks.
   * Commits called while the writer is busy are committed together in one batch
   * (group commit); `write` may then run twice (the second time on a batch of its
   * own, when another commit of the group failed), so it must only stage writes.
   *
   * @throws {RangeError} if `settlement.id` is empty
   * @throws {InvalidAmountError} if `settlement.price` is not a non-negative safe integer
   * @throws {InvalidAccountError} if an account is empty
   */
  async commit (write: (batch: WriteBatch) => Promise<void> | void, settlement?: Settlement): Promise<CommitResult> {
    if (settlement != null) checkSettlement(settlement)
    const { promise, resolve, reject } = Promise.withResolvers<CommitResult>()
    this.#commits.push({ write, settlement, resolve, reject })
    if (!this.#commitScheduled) {
      this.#commitScheduled = true
      void this.#writer.add(async () => { await this.#commitWaiting() })
    }
    return await promise
  }

  /**
   * Group commit of the commits waiting behind the writer: they are staged, in
   * call order, into ONE batch (reads see the earlier ones' staged writes, so
   * balances add up) and committed with one write. A lone commit is written at
   * once. When any of them throws, or the shared write fails, the shared batch
   * is dropped and each is committed again on its own batch, so a commit fails
   * only for its own error and stays all-or-nothing.
   */
  async #commitWaiting (): Promise<void> {
    this.#commitScheduled = false
    const group = this.#commits.splice(0)
    if (group.length > 1) {
      try {
        const batch = this.#db.batch()
        const results: CommitResult[] = []
        for (const c of group) results.push(await this.#stage(batch, c.write, c.settlement))
        await batch.commit()
        group.forEach((c, i) => { c.resolve(results[i]) })
        return
      } catch {
        // each on its own below
      }
    }
    for (const c of group) {
      try {
        const batch = this.#db.batch()
        const result = await this.#stage(batch, c.write, c.settlement)
        await batch.commit()
        c.resolve(result)
      } catch (err) {
        c.reject(err)
      }
    }
  }

  /** Stages `write` and `settlement` (see {@link commit}) into `batch`, without committing it. */
  async #stage (batch: WriteBatch, write: (batch: WriteBatch) => Promise<void> | void, settlement?: Settlement): Promise<CommitResult> {
    await write(batch)
    let charged = 0
    let applied = false
    if (settlement != null) {
      applied = await this.ledger.applyOnce(`pay/${settlement.id}`, batch, async b => {
        const entries: ailee.v1.IBlockEntry[] = []
        for (const payment of settlement.payments) {
          const paid = await this.#pay(settlement.clientAccount, payment, b)
          charged += paid
          await this.#lockBond(payment.worker, b)
          entries.push({ receipt: payment.receipt, clientAccount: settlement.clientAccount, price: paid, verified: settlement.verified })
        }
        for (const evidence of settlement.evidence) {
          const forfeited = await this.#forfeitBond(evidence.worker, settlement.clientAccount, b)
          entries.push({ receipt: evidence.receipt, clientAccount: settlement.clientAccount, price: 0, verified: settlement.verified, contradictedBy: evidence.contradictedBy, bondForfeited: amountToWire(forfeited) as number })
        }
        for (const entry of entries) await this.#stagePending(settlement.id, entry, b)
      })
    }
    return { applied, charged }
  }

  /**
   * Up to `limit` settlements awaiting a block, oldest (first committed) first.
   * Reads committed data behind the writer, so it never sees half of a commit.
   *
   * @param limit most entries returned @default Infinity
   */
  async pending (limit: number = Infinity): Promise<PendingSettlement[]> {
    return await this.#writer.add(async () => (await this.#readPending(limit)).map(({ key, ...p }) => p))
  }

  /**
   * Seals the next pending entries, behind the single writer: reads up to
   * `maxEntries` of them in order (fewer when the last settlement would be
   * split: all entries of one settlement go into one block), calls `build(entries, batch)` (which stages
   * the block in `batch`), deletes exactly those entries in the same batch and
   * commits. Returns what `build` returned, or undefined (without calling it)
   * when nothing is pending. If `build` or the commit throws, nothing is
   * written and the entries stay pending.
   *
   * @throws {RangeError} if `maxEntries` is not a positive safe integer
   */
  async sealNext<T> (maxEntries: number, build: SealBuilder<T>): Promise<T | undefined> {
    if (!Number.isSafeInteger(maxEntries) || maxEntries <= 0) throw new RangeError(`maxEntries must be a positive safe integer, got ${maxEntries}`)
    return await this.#writer.add(async () => {
      // a settlement's entries are consecutive and go into one block: one more is read to see
      // whether the last settlement continues past maxEntries, and if so it waits for the next block
      let pending = await this.#readPending(maxEntries + 1)
      if (pending.length > maxEntries) {
        const cut = pending[maxEntries - 1].id === pending[maxEntries].id ? pending.findIndex(p => p.id === pending[maxEntries].id) : maxEntries
        pending = pending.slice(0, cut > 0 ? cut : maxEntries)
      }
      if (pending.length === 0) return undefined
      const batch = this.#db.batch()
      const result = await build(pending.map(p => p.entry), batch)
      for (const p of pending) batch.del(p.key)
      await batch.commit()
      return result
    })
  }

  /**
   * Balance of `account` in smallest units (committed data): 0n for an
   * account the ledger has never seen (naming an account creates no credits).
   *
   * @throws {InvalidAccountError} if `account` is empty
   */
  async balance (account: string): Promise<bigint> {
    return await this.ledger.balance(account)
  }

  /**
   * Credits the genesis allocation once per database, behind the writer: the
   * first call stages every `amount` (smallest units), the marker
   * `meta/applied/genesis` and the ledger rules (`meta/ledger-rules`: the
   * allocation and the worker bond, which a replay of the chain needs) in one
   * batch; every later call (a restart, or a changed allocation) does nothing
   * and returns false.
   *
   * @throws {InvalidAmountError} for an amount outside [0, 2^64 - 1] or a sum past it per account (nothing is applied)
   * @throws {InvalidAccountError} for an empty account
   * @throws {LedgerRulesChangedError} when the stored rules name another worker bond than this log's
   */
  async applyGenesis (allocations: Array<{ account: string, amount: bigint }>): Promise<boolean> {
    return await this.#writer.add(async () => {
      const stored = await readLedgerRules(this.#db)
      if (stored != null && stored.workerBond !== this.#workerBond) throw new LedgerRulesChangedError(stored.workerBond, this.#workerBond)
      const batch = this.#db.batch()
      const applied = await this.ledger.applyOnce('genesis', batch, async b => {
        for (const { account, amount } of allocations) await this.ledger.credit(account, amount, b)
      })
      // the rules a replay of the chain needs (ledger-replay.ts); a data dir older than the record gets today's
      if (stored == null) stageLedgerRules({ genesis: allocations, workerBond: this.#workerBond }, batch)
      await batch.commit()
      return applied
    })
  }

  /**
   * The rules this ledger's chain replays with (`meta/ledger-rules`, written
   * by {@link applyGenesis}); without a record, an empty genesis and this
   * log's worker bond.
   */
  async rules (): Promise<LedgerRules> {
    return await readLedgerRules(this.#db) ?? { genesis: [], workerBond: this.#workerBond }
  }

  /**
   * Applies a verified transfer behind the writer, in one batch: a nonce of
   * `from` already recorded is a replay (returns `'replay'`); otherwise it moves
   * the units, records the nonce until `nonceExpiresAtMs` and appends the
   * entry `{ transfer: { transfer, coordinatorPeerId } }` to the pending block
   * entries. Returns the payer's balance after it, or `'replay'` (nothing applied).
   *
   * @throws {TransferRefusedError} `insufficient-funds` or `overflow` (nothing is applied)
   */
  async applyTransfer (transfer: VerifiedTransfer, coordinatorPeerId: string, nonces: NonceStore, nonceExpiresAtMs: number): Promise<bigint | 'replay'> {
    return await this.#writer.add(async () => {
      const batch = this.#db.batch()
      if (await nonces.seen(transfer.from, transfer.nonce, batch)) return 'replay' as const
      try {
        await this.ledger.transfer(transfer.from, transfer.to, transfer.amount, batch)
      } catch (err) {
        if (err instanceof InsufficientFundsError) throw new TransferRefusedError('insufficient-funds', `${transfer.from} holds ${err.balance} units, the transfer moves ${err.amount}`, { cause: err })
        if (err instanceof InvalidAmountError) throw new TransferRefusedError('overflow', err.message, { cause: err })
        throw err
      }
      nonces.stage(transfer.from, transfer.nonce, nonceExpiresAtMs, batch)
      const wire: ailee.v1.ITransfer = { ...transfer.wire, amount: amountToWire(transfer.amount) as number }
      await this.#stagePending(`transfer/${transfer.from}/${bytesToHex(transfer.nonce)}`, { transfer: { transfer: wire, coordinatorPeerId } }, batch)
      const balance = await this.ledger.balance(transfer.from, batch)
      await batch.commit()
      return balance
    })
  }

  /** Resolves once every commit and seal queued so far has finished. */
  async onIdle (): Promise<void> {
    await this.#writer.onIdle()
  }

  /** Moves `min(price, balance)` units client -> worker (bigint inside); returns the units moved. */
  async #pay (clientAccount: string, payment: SettlementPayment, batch: WriteBatch): Promise<number> {
    const { worker, price } = payment
    const balance = await this.ledger.balance(clientAccount, batch)
    const amount = BigInt(price) < balance ? BigInt(price) : balance
    if (amount > 0n) await this.ledger.transfer(clientAccount, worker, amount, batch)
    return Number(amount)
  }

  /** Moves up to what `worker`'s bond lacks of `workerBond` from its balance into its bond account. */
  async #lockBond (worker: string, batch: WriteBatch): Promise<void> {
    if (this.#workerBond === 0n) return
    const locked = await this.ledger.balance(bondAccount(worker), batch)
    if (locked >= this.#workerBond) return
    const available = await this.ledger.balance(worker, batch)
    const amount = this.#workerBond - locked < available ? this.#workerBond - locked : available
    if (amount > 0n) await this.ledger.transfer(worker, bondAccount(worker), amount, batch)
  }

  /** Moves `worker`'s whole bond to `to` (the cheated client); returns the units moved. */
  async #forfeitBond (worker: string, to: string, batch: WriteBatch): Promise<bigint> {
    const locked = await this.ledger.balance(bondAccount(worker), batch)
    if (locked > 0n) await this.ledger.transfer(bondAccount(worker), to, locked, batch)
    return locked
  }

  /** Stages `entry` as the next pending block entry of `id` (`meta/pending/{time}/{id}`). Call behind the writer only. */
  async #stagePending (id: string, entry: ailee.v1.IBlockEntry, batch: WriteBatch): Promise<void> {
    batch.put(`${PENDING_PREFIX}${padNumber(await this.#nextTime())}/${id}`, Uint8Array.from(pb.BlockEntry.encode(entry).finish()))
  }

  /** A key time after every pending key written or stored: max(now, last + 1). Call behind the writer only. */
  async #nextTime (): Promise<number> {
    if (this.#lastTimeMs === undefined) {
      this.#lastTimeMs = -1
      for await (const { key } of this.#db.iterate({ prefix: PENDING_PREFIX, reverse: true, limit: 1, values: false })) {
        this.#lastTimeMs = parsePendingKey(keyText(key)).timeMs
      }
    }
    const time = Math.max(Math.floor(this.#now()), this.#lastTimeMs + 1)
    this.#lastTimeMs = time
    return time
  }

  /** Up to `limit` pending entries in key order, with their raw keys. */
  async #readPending (limit: number): Promise<Array<PendingSettlement & { key: Uint8Array }>> {
    const out: Array<PendingSettlement & { key: Uint8Array }> = []
    if (!(limit > 0)) return out
    for await (const { key, value } of this.#db.iterate({ prefix: PENDING_PREFIX, limit })) {
      out.push({ key, ...parsePendingKey(keyText(key)), entry: pb.BlockEntry.decode(value) })
    }
    return out
  }
}

/** `meta/pending/{time}/{id}` → its parts (the id may itself hold '/'). */
function parsePendingKey (key: string): { timeMs: number, id: string } {
  const rest = key.slice(PENDING_PREFIX.length)
  const slash = rest.indexOf('/')
  return { timeMs: Number(rest.slice(0, slash)), id: rest.slice(slash + 1) }
}

function checkSettlement (settlement: Settlement): void {
  if (typeof settlement.id !== 'string' || settlement.id === '') throw new RangeError('settlement id must be a non-empty string')
  for (const { price } of settlement.payments) {
    if (!Number.isSafeInteger(price) || price < 0) throw new InvalidAmountError(`settlement price must be a non-negative safe integer, got ${price}`)
  }
}
