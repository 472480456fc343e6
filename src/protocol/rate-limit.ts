/**
 * Per-peer admission limits of the request/response server: a token bucket of
 * requests per second (burst = 2x the rate, as `limits.maxRequestsPerPeerPerSecond`
 * documents) and a count of concurrent streams.
 *
 * Token bucket: Turner, "New directions in communications (or which way to the
 * information age?)", IEEE Communications Magazine 24(10), 1986; the usual
 * continuous-refill form: tokens = min(burst, tokens + elapsed * rate).
 */

interface Bucket {
  tokens: number
  updatedMs: number
}

/** Token buckets keyed by peer ID. */
export class PeerRateLimiter {
  readonly #ratePerMs: number
  readonly #burst: number
  readonly #buckets = new Map<string, Bucket>()
  readonly #now: () => number

  /**
   * @param ratePerSecond sustained requests per second per peer
   * @param burst bucket size (requests allowed at once) @default 2 * ratePerSecond
   * @param now clock in ms (tests) @default Date.now
   */
  constructor (ratePerSecond: number, burst = 2 * ratePerSecond, now: () => number = Date.now) {
    this.#ratePerMs = ratePerSecond / 1000
    this.#burst = Math.max(1, burst)
    this.#now = now
  }

  /** Takes one token for `peer`; false (nothing taken) when its bucket is empty. */
  tryTake (peer: string): boolean {
    const now = this.#now()
    let bucket = this.#buckets.get(peer)
    if (bucket == null) {
      if (this.#buckets.size >= 10_000) this.#prune(now)
      bucket = { tokens: this.#burst, updatedMs: now }
      this.#buckets.set(peer, bucket)
    }
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.updatedMs) * this.#ratePerMs)
    bucket.updatedMs = now
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }

  /** Forgets every bucket (on stop). */
  clear (): void {
    this.#buckets.clear()
  }

  /** Drops buckets that have refilled completely: they are equal to fresh ones. */
  #prune (now: number): void {
    for (const [peer, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedMs) * this.#ratePerMs >= this.#burst) this.#buckets.delete(peer)
    }
  }
}

/** Counts open streams per peer. */
export class PeerStreamCounter {
  readonly #max: number
  readonly #open = new Map<string, number>()

  /** @param max concurrent streams allowed per peer */
  constructor (max: number) {
    this.#max = max
  }

  /** Counts one more stream for `peer`; false (nothing counted) when it is at the limit. */
  tryOpen (peer: string): boolean {
    const open = this.#open.get(peer) ?? 0
    if (open >= this.#max) return false
    this.#open.set(peer, open + 1)
    return true
  }

  /** Releases a stream counted by `tryOpen`. */
  close (peer: string): void {
    const open = (this.#open.get(peer) ?? 1) - 1
    if (open <= 0) this.#open.delete(peer)
    else this.#open.set(peer, open)
  }

  /** Streams open for `peer`. */
  count (peer: string): number {
    return this.#open.get(peer) ?? 0
  }
}
