/**
 * Byte mutations for fuzz tests: flip a bit, overwrite, insert or delete
 * bytes, truncate.
 */
import fc from 'fast-check'

/** One mutation of a byte string. */
export const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() })
)

type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never

/** `bytes` with mutation `m` applied (a copy; positions wrap around the length). */
export function mutate (bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % bytes.length
  switch (m.kind) {
    case 'flip': { const out = bytes.slice(); out[at] ^= 1 << m.bit; return out }
    case 'set': { const out = bytes.slice(); out[at] = m.value; return out }
    case 'insert': return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)])
    case 'delete': return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.count)])
    case 'truncate': return bytes.subarray(0, at)
  }
  return bytes
}


/**
 * fast-check parameters of a fuzz property: in the test suite a fixed seed and
 * `runs` runs; `npm run fuzz` sets FUZZ_RUNS (and no seed, so every long run
 * explores new inputs; a failure prints the seed that replays it, FUZZ_SEED=...).
 */
export function fuzzParameters (runs: number): { numRuns: number, seed?: number } {
  const long = process.env.FUZZ_RUNS
  if (long == null) return { numRuns: runs, seed: 20261127 }
  return { numRuns: Number(long), seed: process.env.FUZZ_SEED == null ? undefined : Number(process.env.FUZZ_SEED) }
}
