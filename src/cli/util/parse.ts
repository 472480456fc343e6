/**
 * Parsers of option values (commander `argParser`s). Each throws commander's
 * `InvalidArgumentError`, which commander reports as a usage error.
 */
import { InvalidArgumentError } from 'commander'
import { parseVerificationPolicy, type VerificationPolicy } from '../../protocol/verification-policy.ts'

/** Collects a repeatable option's values in order. */
export function collect (value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** A non-negative safe integer. */
export function parseNonNegativeInt (value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a non-negative integer, got ${JSON.stringify(value)}`)
  return n
}

/** A verification policy: `none`, `spot:P`, `replicate:K` or `adaptive`. */
export function parseVerifyOption (value: string): VerificationPolicy {
  try {
    return parseVerificationPolicy(value)
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message)
  }
}

/** A positive safe integer. */
export function parsePositiveInt (value: string): number {
  const n = parseNonNegativeInt(value)
  if (n === 0) throw new InvalidArgumentError('expected a positive integer, got 0')
  return n
}

/** Collects repeatable `KEY=VALUE` options into a record (later keys win). */
export function collectEnv (value: string, previous: Record<string, string> | undefined): Record<string, string> {
  const eq = value.indexOf('=')
  if (eq <= 0) throw new InvalidArgumentError(`expected KEY=VALUE, got ${JSON.stringify(value)}`)
  return { ...(previous ?? {}), [value.slice(0, eq)]: value.slice(eq + 1) }
}
