/**
 * The coordinator's account checks (docs/accounts.md): authorising signed
 * submissions, applying signed transfers, answering balances.
 *
 * A submission or transfer is accepted only if it is signed by the paying
 * account for this coordinator (src/chain/account-signing.ts), its
 * `signed_at_ms` is within ±`coordinator.submissionMaxSkewMs` of the clock,
 * and its (account, nonce) was never seen (src/chain/nonce-store.ts, kept
 * until `signed_at_ms + maxSkewMs`). A refusal throws before anything is
 * written: no task, no account, no credit.
 */
import type { ailee } from '../proto/index.ts'
import { verifySubmission, verifyTransfer, type VerifiedSubmission } from '../chain/account-signing.ts'
import { AuthorizationError, TransferRefusedError } from '../chain/errors.ts'
import type { NonceStore } from '../chain/nonce-store.ts'
import type { SettlementLog } from '../chain/settlement-log.ts'
import type { Clock } from './clock.ts'

/** What the account checks use. */
export interface AccountsDeps {
  /** This coordinator's peer id (what requests must be signed for). */
  coordinatorPeerId: string
  settlements: SettlementLog
  nonces: NonceStore
  clock: Clock
  /** `coordinator.submissionMaxSkewMs`. */
  maxSkewMs: number
  /** `ledger.decimals`. */
  decimals: number
}

/** Signed submissions and transfers, and balances, of one coordinator. */
export class Accounts {
  readonly #deps: AccountsDeps

  constructor (deps: AccountsDeps) {
    this.#deps = deps
  }

  /** `ledger.decimals`. */
  get decimals (): number {
    return this.#deps.decimals
  }

  /**
   * Authorises a submission from `requester`: signature, binding, freshness,
   * then claims its nonce (so the same signed submission is accepted once).
   * Returns the paying account.
   *
   * @throws {AuthorizationError} naming the failed check (nothing is recorded)
   */
  async authorizeSubmission (submit: ailee.v1.ISubmitTask, requester: string): Promise<VerifiedSubmission> {
    const verified = await verifySubmission(submit, this.#deps.coordinatorPeerId, requester)
    this.#checkFresh(verified.signedAtMs, 'submission')
    if (!(await this.#deps.nonces.claim(verified.account, verified.nonce, this.#expiry(verified.signedAtMs), this.#deps.clock.now()))) {
      throw new AuthorizationError('replay', `this signed submission of ${verified.account} was already received (nonce seen before)`)
    }
    return verified
  }

  /**
   * Applies a signed transfer: verified (signature, amount, payee), fresh,
   * never seen, funded; then the units move and the transfer is queued for
   * the next block, atomically with its nonce. Returns the payer and its balance after.
   *
   * @throws {AuthorizationError} bad signature / binding / freshness / replay
   * @throws {TransferRefusedError} zero amount, self-transfer, bad payee, insufficient funds, overflow
   */
  async transfer (wire: ailee.v1.ITransfer): Promise<{ account: string, balance: bigint }> {
    const verified = await verifyTransfer(wire, this.#deps.coordinatorPeerId)
    this.#checkFresh(verified.signedAtMs, 'transfer')
    const result = await this.#deps.settlements.applyTransfer(verified, this.#deps.coordinatorPeerId, this.#deps.nonces, this.#expiry(verified.signedAtMs))
    if (result === 'replay') throw new AuthorizationError('replay', `this signed transfer of ${verified.from} was already applied (nonce seen before)`)
    return { account: verified.from, balance: result }
  }

  /** Balance of `account` in smallest units (0n for an account never credited). */
  async balance (account: string): Promise<bigint> {
    return await this.#deps.settlements.balance(account)
  }

  #checkFresh (signedAtMs: number, what: string): void {
    const now = this.#deps.clock.now()
    if (Math.abs(now - signedAtMs) > this.#deps.maxSkewMs) {
      throw new AuthorizationError('stale', `the ${what} was signed at ${signedAtMs}, ${now - signedAtMs} ms from this coordinator's clock (${now}); at most ±${this.#deps.maxSkewMs} ms allowed`)
    }
  }

  #expiry (signedAtMs: number): number {
    return signedAtMs + this.#deps.maxSkewMs
  }
}

export { AuthorizationError, TransferRefusedError }
