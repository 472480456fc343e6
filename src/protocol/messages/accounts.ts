/**
 * Protocol-boundary conversions of the account messages (docs/accounts.md):
 * `BalanceQuery` and `AccountBalance`. Amounts are `bigint` smallest units on
 * this side, `uint64` on the wire (a `number` when safe, a `bigint` above:
 * src/proto/index.ts). Transfers are converted and verified by
 * `verifyTransfer` (src/chain/account-signing.ts), which also checks their signature.
 */
import type { ailee } from '../../proto/index.ts'
import { amountToWire, toAmount } from '../../chain/amount.ts'
import { invalid, optionalString } from './fields.ts'

/** A balance as the client library reports it. */
export interface AccountBalanceInfo {
  /** The account (peer id). */
  account: string
  /** Smallest units. */
  balance: bigint
  /** 1 credit = 10^decimals units. */
  decimals: number
}

/** The account a `BalanceQuery` asks about, or `requester` when it names none. */
export function balanceQueryFromWire (query: ailee.v1.IBalanceQuery | null | undefined, requester: string): string {
  const account = optionalString(query?.account, 'balance.account')
  return account === '' ? requester : account
}

/** The wire `AccountBalance` of a balance. */
export function accountBalanceToWire (info: AccountBalanceInfo): ailee.v1.IAccountBalance {
  return { account: info.account, balance: amountToWire(info.balance) as number, decimals: info.decimals }
}

/**
 * A received `AccountBalance` as domain values.
 *
 * @throws {InvalidMessageError} naming the field: an empty account, a balance that is not a uint64, decimals over 18
 */
export function accountBalanceFromWire (wire: ailee.v1.IAccountBalance | null | undefined): AccountBalanceInfo {
  const account = optionalString(wire?.account, 'balance.account')
  if (account === '') throw invalid('balance.account', 'must be a non-empty string', account)
  let balance: bigint
  try {
    balance = toAmount((wire?.balance ?? 0) as number | bigint)
  } catch {
    throw invalid('balance.balance', 'must be an unsigned 64-bit integer', wire?.balance)
  }
  const decimals = wire?.decimals ?? 0
  if (!Number.isSafeInteger(decimals) || decimals > 18) throw invalid('balance.decimals', 'must be an integer in [0, 18]', decimals)
  return { account, balance, decimals }
}
