/**
 * Replaying a coordinator's ledger from its chain (docs/receipts-and-blocks.md,
 * "State root"). A block's `state_root` commits to the producer's ledger right
 * after that block: the genesis allocation, then every entry of blocks 0..h in
 * order, applied with the same rules the {@link SettlementLog} applied when the
 * settlements committed:
 *
 * - payment entry (a receipt, no `contradicted_by`): `price` units move
 *   `client_account` -> the receipt's worker (nothing when `price` is 0), then
 *   the worker's bond account (`bond/{worker}`) is topped up from the worker's
 *   balance to at most `workerBond`;
 * - evidence entry (`contradicted_by` set): the caught worker's whole bond
 *   moves to `client_account`; it must equal `bond_forfeited`;
 * - transfer entry: `amount` units move `from` -> `to`.
 *
 * Account creation follows `Ledger` exactly (a transfer creates its payee,
 * a zero payment creates nothing), so the replayed state root equals the one
 * the ledger gave. The replay is in memory: O(accounts) memory, O(entries) time.
 */
import { z } from 'zod'
import type { ailee } from '../proto/index.ts'
import { Prefix, jsonCodec } from '../storage/index.ts'
import type { StateDb, WriteBatch } from '../storage/index.ts'
import { MAX_AMOUNT, toAmount } from './amount.ts'
import { decodeReceipt } from './receipt.ts'
import { ledgerStateRoot } from './ledger.ts'

/** Key of the ledger rules record: `meta/ledger-rules` (JSON, see {@link LedgerRules}). */
export const LEDGER_RULES_KEY = `${Prefix.meta}ledger-rules`

/**
 * What a replay needs beside the chain: fixed when the genesis is applied
 * (stored under {@link LEDGER_RULES_KEY}), because the chain does not carry it.
 */
export interface LedgerRules {
  /** Accounts credited before block 0, in order (smallest units). */
  genesis: Array<{ account: string, amount: bigint }>
  /** Bond each worker locks from its earnings (config `verification.workerBond`), smallest units. */
  workerBond: bigint
}

const rulesSchema = z.object({
  genesis: z.array(z.object({ account: z.string().min(1), amount: z.string().regex(/^[0-9]+$/) })),
  workerBond: z.string().regex(/^[0-9]+$/)
})

/** JSON codec of {@link LedgerRules} (amounts as decimal strings). */
export const ledgerRulesCodec = {
  encode: (rules: LedgerRules): Uint8Array => jsonCodec(rulesSchema).encode({
    genesis: rules.genesis.map(g => ({ account: g.account, amount: g.amount.toString() })),
    workerBond: rules.workerBond.toString()
  }),
  decode: (bytes: Uint8Array): LedgerRules => {
    const raw = jsonCodec(rulesSchema).decode(bytes)
    return { genesis: raw.genesis.map(g => ({ account: g.account, amount: toAmount(g.amount) })), workerBond: toAmount(raw.workerBond) }
  }
}

/** The stored ledger rules, or undefined (a node that never applied a genesis: a worker, or a data dir older than the record). */
export async function readLedgerRules (db: StateDb): Promise<LedgerRules | undefined> {
  const bytes = await db.get(LEDGER_RULES_KEY)
  return bytes == null ? undefined : ledgerRulesCodec.decode(bytes)
}

/** Stages the ledger rules record in `batch`. */
export function stageLedgerRules (rules: LedgerRules, batch: WriteBatch): void {
  batch.put(LEDGER_RULES_KEY, ledgerRulesCodec.encode(rules))
}

/** An entry that cannot be applied to the replayed ledger: `field` names the first bad field. */
export class LedgerReplayError extends Error {
  static override readonly name = 'LedgerReplayError'
  override readonly name = 'LedgerReplayError'
  /** e.g. `entries[3].price`. */
  readonly field: string

  constructor (field: string, message: string) {
    super(`${field}: ${message}`)
    this.field = field
  }
}

/** The bond account of `worker`: `bond/{peer id}` (as the settlement log names it). */
function bondAccount (worker: string): string {
  return `bond/${worker}`
}

/** Balances replayed from genesis and blocks, in memory. */
export class ReplayedLedger {
  readonly #balances: Map<string, bigint>
  readonly #workerBond: bigint

  private constructor (balances: Map<string, bigint>, workerBond: bigint) {
    this.#balances = balances
    this.#workerBond = workerBond
  }

  /**
   * The ledger after the genesis of `rules` (credits in order, summed per account).
   *
   * @throws {LedgerReplayError} `genesis` when an account's sum passes 2^64 - 1
   */
  static fromGenesis (rules: LedgerRules): ReplayedLedger {
    const ledger = new ReplayedLedger(new Map(), rules.workerBond)
    for (const { account, amount } of rules.genesis) ledger.#set('genesis', account, ledger.balance(account) + amount)
    return ledger
  }

  /**
   * The ledger as a checkpoint recorded it (src/chain/checkpoint.ts): `balances` after some block,
   * replayed on with the bond of `rules`.
   */
  static fromBalances (balances: ReadonlyMap<string, bigint>, rules: Pick<LedgerRules, 'workerBond'>): ReplayedLedger {
    return new ReplayedLedger(new Map(balances), rules.workerBond)
  }

  /** An independent copy (to apply a block that may not commit). */
  clone (): ReplayedLedger {
    return new ReplayedLedger(new Map(this.#balances), this.#workerBond)
  }

  /** Balance of `account`, 0n when unknown. */
  balance (account: string): bigint {
    return this.#balances.get(account) ?? 0n
  }

  /** Every account with its balance (zero balances included). */
  get balances (): ReadonlyMap<string, bigint> {
    return this.#balances
  }

  /** The state root of these balances (`ledgerStateRoot`), 32 bytes. */
  stateRoot (): Uint8Array {
    return ledgerStateRoot(this.#balances)
  }

  /**
   * Applies entry `index` of a block (see the module comment for the rules).
   * Receipts are only decoded here (block validation checks their signatures).
   *
   * @throws {LedgerReplayError} naming the first bad field: funds short, an
   *   amount past 2^64 - 1, a forfeited bond that is not the bond held, an
   *   undecodable receipt or transfer
   */
  applyEntry (entry: ailee.v1.IBlockEntry, index: number): void {
    const at = `entries[${index}]`
    if (entry.transfer != null) {
      const t = entry.transfer.transfer ?? {}
      const amount = this.#amount(`${at}.transfer.amount`, t.amount)
      this.#transfer(`${at}.transfer`, t.from ?? '', t.to ?? '', amount)
      return
    }
    if (entry.receipt == null) throw new LedgerReplayError(`${at}.receipt`, 'an entry without receipt or transfer')
    let worker: string
    try {
      worker = decodeReceipt(entry.receipt).workerPeerId
    } catch (err: any) {
      throw new LedgerReplayError(`${at}.receipt`, `does not decode: ${err?.message ?? err}`)
    }
    const client = entry.clientAccount ?? ''
    if (client === '') throw new LedgerReplayError(`${at}.client_account`, 'empty')
    if (entry.contradictedBy != null) {
      const forfeited = this.#amount(`${at}.bond_forfeited`, entry.bondForfeited)
      const held = this.balance(bondAccount(worker))
      if (held !== forfeited) throw new LedgerReplayError(`${at}.bond_forfeited`, `says ${forfeited}, the replayed bond of ${worker} is ${held}`)
      if (held > 0n) this.#transfer(`${at}.bond_forfeited`, bondAccount(worker), client, held)
      return
    }
    const price = this.#amount(`${at}.price`, entry.price)
    if (price > 0n) this.#transfer(`${at}.price`, client, worker, price)
    if (this.#workerBond === 0n) return
    const locked = this.balance(bondAccount(worker))
    if (locked >= this.#workerBond) return
    const available = this.balance(worker)
    const amount = this.#workerBond - locked < available ? this.#workerBond - locked : available
    if (amount > 0n) this.#transfer(`${at}.price`, worker, bondAccount(worker), amount)
  }

  /** Applies every entry of `block` in order. @throws {LedgerReplayError} */
  applyBlock (block: ailee.v1.IBlock): void {
    for (const [i, entry] of (block.entries ?? []).entries()) this.applyEntry(entry, i)
  }

  #amount (field: string, value: number | bigint | Long | null | undefined): bigint {
    try {
      return toAmount(typeof value === 'object' && value != null ? BigInt(value.toString()) : (value ?? 0))
    } catch (err: any) {
      throw new LedgerReplayError(field, err?.message ?? String(err))
    }
  }

  /** `Ledger.transfer`'s semantics: funds checked; a self-transfer only creates the account. */
  #transfer (field: string, from: string, to: string, amount: bigint): void {
    if (from === '' || to === '') throw new LedgerReplayError(field, 'empty account')
    const fromBalance = this.balance(from)
    if (fromBalance < amount) throw new LedgerReplayError(field, `${from} holds ${fromBalance} units, the entry moves ${amount}`)
    if (from === to) {
      this.#set(field, from, fromBalance)
      return
    }
    this.#set(field, to, this.balance(to) + amount)
    this.#set(field, from, fromBalance - amount)
  }

  #set (field: string, account: string, balance: bigint): void {
    if (balance > MAX_AMOUNT) throw new LedgerReplayError(field, `balance of ${account} would pass 2^64 - 1`)
    this.#balances.set(account, balance)
  }
}

interface Long { toString: () => string }

/**
 * The configured worker bond differs from the one the ledger was created with:
 * replaying the chain would no longer give its state roots, so the node refuses
 * to start rather than seal blocks under other rules.
 */
export class LedgerRulesChangedError extends Error {
  static override readonly name = 'LedgerRulesChangedError'
  override readonly name = 'LedgerRulesChangedError'

  constructor (stored: bigint, configured: bigint) {
    super(`verification.workerBond is ${configured}, but this ledger was created with ${stored} (meta/ledger-rules); ` +
      `the chain's state roots are replayed with the bond fixed at genesis: set verification.workerBond back to ${stored}`)
  }
}
