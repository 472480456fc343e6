/**
 * Amounts of credits (docs/accounts.md): non-negative integers in the smallest
 * unit, at most 2^64 - 1 (a protobuf `uint64`), held as `bigint`. One credit is
 * `10^decimals` units (config `ledger.decimals`, 9 by default).
 *
 * The protocol boundary converts with {@link toAmount} (wire `uint64` fields
 * decode as a `number` when safe and a `bigint` above, src/proto/index.ts) and
 * {@link amountToWire}; the CLI parses and prints whole credits with
 * {@link parseCredits} and {@link formatAmount}.
 */
import { InvalidAmountError } from './errors.ts'

/** The largest amount or balance: 2^64 - 1 units. */
export const MAX_AMOUNT: bigint = (1n << 64n) - 1n

/** Decimals of the smallest unit when the config names none. */
export const DEFAULT_DECIMALS = 9

/**
 * An amount as a `bigint`, from a wire or config value: a `number` that is a
 * non-negative safe integer, a `bigint`, or a string of decimal digits, in
 * `[0, 2^64 - 1]`.
 *
 * @throws {InvalidAmountError} for a negative, fractional, unsafe (number past
 *   2^53 - 1, whose value is already rounded), non-numeric or too large value
 */
export function toAmount (value: number | bigint | string): bigint {
  let amount: bigint
  if (typeof value === 'bigint') {
    amount = value
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new InvalidAmountError(`amount must be an integer of at most 2^53 - 1 when given as a number, got ${value}`)
    amount = BigInt(value)
  } else if (typeof value === 'string' && /^[0-9]+$/.test(value)) {
    amount = BigInt(value)
  } else {
    throw new InvalidAmountError(`amount must be a non-negative integer, got ${JSON.stringify(String(value))}`)
  }
  if (amount < 0n) throw new InvalidAmountError(`amount must not be negative, got ${amount}`)
  if (amount > MAX_AMOUNT) throw new InvalidAmountError(`amount ${amount} is past the maximum of 2^64 - 1 units`)
  return amount
}

/** An amount for a `uint64` wire field: a `number` when it is safe (canonical encoding), else the `bigint`. */
export function amountToWire (amount: bigint): number | bigint {
  return amount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(amount) : amount
}

/**
 * Whole credits with `decimals` fractional digits: `formatAmount(1500000000n, 9)`
 * is `"1.5"`, `formatAmount(3n, 9)` is `"0.000000003"`; trailing fractional
 * zeros are dropped.
 */
export function formatAmount (units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString()
  const scale = 10n ** BigInt(decimals)
  const whole = units / scale
  const fraction = (units % scale).toString().padStart(decimals, '0').replace(/0+$/, '')
  return fraction === '' ? whole.toString() : `${whole}.${fraction}`
}

/**
 * Parses whole credits (`"12"`, `"1.5"`, `"0.000000001"`) into units: digits,
 * optionally a point and at most `decimals` fractional digits.
 *
 * @throws {InvalidAmountError} for anything else, more fractional digits than
 *   `decimals`, or a result past 2^64 - 1
 */
export function parseCredits (text: string, decimals: number): bigint {
  const m = /^([0-9]+)(?:\.([0-9]*))?$/.exec(text.trim())
  if (m == null) throw new InvalidAmountError(`not an amount of credits: ${JSON.stringify(text)} (digits, optionally "." and up to ${decimals} decimals)`)
  const fraction = m[2] ?? ''
  if (fraction.length > decimals) throw new InvalidAmountError(`${text} has more than ${decimals} decimals`)
  return toAmount(BigInt(m[1]) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0'))
}
