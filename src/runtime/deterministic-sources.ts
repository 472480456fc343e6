/**
 * The randomness and clocks a task sees. Both derive from the task, never from the host, so two
 * honest workers running the same task produce the same bytes (docs/receipts-and-blocks.md,
 * "What a signature proves, and what it does not").
 */
import { shake256 } from '@noble/hashes/sha3.js'

/** Domain separation for the random stream, so the seed's other uses never collide with it. */
const RANDOM_DOMAIN = new TextEncoder().encode('ailee/wasi/random_get/v1')

/**
 * A deterministic byte stream for WASI `random_get`: the SHAKE256 extendable output
 * (FIPS 202, section 6.2) of `"ailee/wasi/random_get/v1" || seed`, read in order across calls.
 */
export class DeterministicRandom {
  readonly #xof: ReturnType<typeof shake256.create>

  /** @param seed the task seed, 32 bytes */
  constructor (seed: Uint8Array) {
    this.#xof = shake256.create({}).update(RANDOM_DOMAIN).update(seed)
  }

  /** Fills `out` with the next `out.length` bytes of the stream. */
  fill (out: Uint8Array): void {
    if (out.length > 0) this.#xof.xofInto(out)
  }
}

/** 2024-01-01T00:00:00Z in nanoseconds since the Unix epoch: where the task's realtime clock starts. */
export const VIRTUAL_EPOCH_NS = 1_704_067_200_000_000_000n

/** How far the virtual clocks move on every reading: 1 ms in nanoseconds. */
export const VIRTUAL_CLOCK_STEP_NS = 1_000_000n

/**
 * Virtual clocks. Every reading of any clock advances time by {@link VIRTUAL_CLOCK_STEP_NS}, and a
 * sleep (`poll_oneoff` on a clock) advances it by the time asked for, so time is monotonic, moves
 * forward, and depends only on what the program does:
 * - realtime = {@link VIRTUAL_EPOCH_NS} + elapsed
 * - monotonic, process and thread CPU time = elapsed
 */
export class VirtualClock {
  #elapsedNs = 0n

  /** Reads a clock (WASI clockid 0..3) and advances time by one step. */
  read (clockId: number): bigint {
    this.#elapsedNs += VIRTUAL_CLOCK_STEP_NS
    return this.peek(clockId)
  }

  /** The value clock `clockId` would read now, without advancing. */
  peek (clockId: number): bigint {
    return clockId === 0 ? VIRTUAL_EPOCH_NS + this.#elapsedNs : this.#elapsedNs
  }

  /** Advances time by `ns` nanoseconds (a sleep). */
  advance (ns: bigint): void {
    if (ns > 0n) this.#elapsedNs += ns
  }
}
