/**
 * Checks of single wire fields, shared by the `*FromWire` conversions of this
 * folder. proto3 makes every field optional and gives absent ones their
 * default (0, '', false, empty list or map), so `null`/`undefined` count as
 * that default. Each check returns the value typed, or throws
 * {@link InvalidMessageError} whose message starts with the field's path
 * (e.g. `assign.spec.limits.memoryPages must be a positive integer, got 0`).
 */
import { InvalidMessageError } from '../errors.ts'

/** The error for `field` failing `what` (e.g. 'must be a positive integer'), showing the value it had. */
export function invalid (field: string, what: string, got: unknown): InvalidMessageError {
  const shown = typeof got === 'number' || typeof got === 'bigint' ? String(got) : JSON.stringify(got) ?? String(got)
  return new InvalidMessageError(`${field} ${what}, got ${shown}`)
}

/** A non-empty string. @throws {InvalidMessageError} for '' or a non-string */
export function nonEmpty (value: string | null | undefined, field: string): string {
  if (typeof value !== 'string' || value === '') throw invalid(field, 'must be a non-empty string', value ?? '')
  return value
}

/** A string that may be empty. @throws {InvalidMessageError} for a non-string */
export function optionalString (value: string | null | undefined, field: string): string {
  if (value == null) return ''
  if (typeof value !== 'string') throw invalid(field, 'must be a string', value)
  return value
}

/** An integer in [min, max]. @throws {InvalidMessageError} for a non-integer or one out of range */
export function integer (value: number | null | undefined, field: string, min: 0 | 1, max = Number.MAX_SAFE_INTEGER): number {
  const n = value ?? 0
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) {
    throw invalid(field, min === 1 ? 'must be a positive integer' : 'must be a non-negative integer', n)
  }
  if (n > max) throw invalid(field, `must be at most ${max}`, n)
  return n
}

/** A finite number in [0, 1]. @throws {InvalidMessageError} otherwise */
export function fraction (value: number | null | undefined, field: string): number {
  const n = value ?? 0
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 1) throw invalid(field, 'must be a number in [0, 1]', n)
  return n
}

/** A boolean. @throws {InvalidMessageError} for a non-boolean */
export function flag (value: boolean | null | undefined, field: string): boolean {
  const b = value ?? false
  if (typeof b !== 'boolean') throw invalid(field, 'must be a boolean', b)
  return b
}

/** A list of strings. @throws {InvalidMessageError} naming the first element that is not a string */
export function stringList (value: string[] | null | undefined, field: string): string[] {
  if (value == null) return []
  if (!Array.isArray(value)) throw invalid(field, 'must be a list of strings', value)
  return value.map((s, i) => {
    if (typeof s !== 'string') throw invalid(`${field}[${i}]`, 'must be a string', s)
    return s
  })
}

/** A map of strings to strings. @throws {InvalidMessageError} naming the first value that is not a string */
export function stringMap (value: Record<string, string> | null | undefined, field: string): Record<string, string> {
  if (value == null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(field, 'must be a map of strings', value)
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw invalid(`${field}.${k}`, 'must be a string', v)
    out[k] = v
  }
  return out
}

/** A sub-message that must be there. @throws {InvalidMessageError} when it is missing */
export function present<T> (value: T | null | undefined, field: string): T {
  if (value == null) throw new InvalidMessageError(`${field} is missing`)
  return value
}
