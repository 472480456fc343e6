/**
 * What another producer's blocks may cost this node (docs/security.md,
 * "Chains"; config `chain.*`). A received block of a producer other than this
 * node is checked cheaply, from its header and size, before any of its
 * signatures is verified:
 *
 * 1. followed? When `chain.producers` (or, on a worker, `worker.coordinators`)
 *    lists producers, blocks of any other producer are ignored;
 * 2. at most `chain.maxForeignBlockEntries` entries and `chain.maxForeignBlockBytes`
 *    encoded bytes, else rejected (no honest producer with the default
 *    settings seals such a block);
 * 3. a budget of entries verified per producer per minute
 *    (`chain.maxForeignEntriesPerMinute`) and, for producers not listed, one
 *    shared by all of them (`chain.maxForeignEntriesPerMinuteTotal`, so that
 *    fresh self-signed identities cannot multiply the per-producer budget);
 *    a block over budget is ignored: not invalid, just not afforded now.
 *
 * The node's own chain is never limited.
 *
 * Token bucket: Turner, "New directions in communications (or which way to the
 * information age?)", IEEE Communications Magazine 24(10), 1986; the usual
 * continuous-refill form: tokens = min(capacity, tokens + elapsed * rate), here
 * with a weight (the block's entry count) taken at once.
 */
import type { NodeConfig } from '../config/schema.ts'

/** Why a received block of another producer was not verified or stored. */
export const FOREIGN_BLOCK_REFUSALS = ['not-followed', 'too-many-entries', 'too-large', 'over-producer-budget', 'over-total-budget'] as const

/** One of {@link FOREIGN_BLOCK_REFUSALS}. */
export type ForeignBlockRefusal = typeof FOREIGN_BLOCK_REFUSALS[number]

/**
 * A received block of another producer refused by the {@link ForeignBlockGuard}
 * before its entries were verified. `verdict` is the gossip validation result
 * it gets: 'ignore' (not followed, or over budget: the block is not invalid)
 * or 'reject' (over the size bounds every node applies).
 */
export class ForeignBlockRefusedError extends Error {
  static override readonly name = 'ForeignBlockRefusedError'
  override readonly name = 'ForeignBlockRefusedError'
  readonly reason: ForeignBlockRefusal
  readonly producer: string
  readonly verdict: 'ignore' | 'reject'

  constructor (reason: ForeignBlockRefusal, producer: string, message: string) {
    super(`block of ${producer} refused (${reason}): ${message}`)
    this.reason = reason
    this.producer = producer
    this.verdict = reason === 'too-many-entries' || reason === 'too-large' ? 'reject' : 'ignore'
  }
}

interface Bucket {
  tokens: number
  updatedMs: number
}

/**
 * Token buckets of entries, keyed by producer: each holds at most `perMinute`
 * tokens (one minute's worth: a burst) and refills continuously at
 * `perMinute / 60000` tokens per ms. A fresh key starts full. At most
 * `maxKeys` buckets are kept: full ones (equal to fresh ones) are pruned
 * first, then the oldest.
 */
export class EntryBudget {
  readonly #capacity: number
  readonly #ratePerMs: number
  readonly #now: () => number
  readonly #maxKeys: number
  readonly #buckets = new Map<string, Bucket>()

  /**
   * @param perMinute entries per minute, and the bucket size (> 0)
   * @param now clock, Unix ms (tests pass a fake one) @default Date.now
   * @param maxKeys buckets kept at most @default 10000
   * @throws {RangeError} if `perMinute` is not positive or `maxKeys` < 1
   */
  constructor (perMinute: number, now: () => number = Date.now, maxKeys = 10_000) {
    if (!(perMinute > 0)) throw new RangeError(`perMinute must be positive, got ${perMinute}`)
    if (!(maxKeys >= 1)) throw new RangeError(`maxKeys must be at least 1, got ${maxKeys}`)
    this.#capacity = perMinute
    this.#ratePerMs = perMinute / 60_000
    this.#now = now
    this.#maxKeys = maxKeys
  }

  /** Tokens (entries) `key` may spend now, fractional. */
  available (key: string): number {
    const bucket = this.#buckets.get(key)
    if (bucket == null) return this.#capacity
    return Math.min(this.#capacity, bucket.tokens + (this.#now() - bucket.updatedMs) * this.#ratePerMs)
  }

  /** Takes `n` tokens from `key`'s bucket; false (nothing taken) when fewer are available. */
  tryTake (key: string, n: number): boolean {
    const tokens = this.available(key)
    if (tokens < n) return false
    const now = this.#now()
    if (!this.#buckets.has(key) && this.#buckets.size >= this.#maxKeys) this.#prune(now)
    this.#buckets.delete(key) // re-inserted last: the map stays in order of use
    this.#buckets.set(key, { tokens: tokens - n, updatedMs: now })
    return true
  }

  /** Buckets held (for tests and stats). */
  get size (): number {
    return this.#buckets.size
  }

  #prune (now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedMs) * this.#ratePerMs >= this.#capacity) this.#buckets.delete(key)
    }
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size < this.#maxKeys) break
      this.#buckets.delete(key)
    }
  }
}

/** Bounds of a {@link ForeignBlockGuard} (config `chain.*`). */
export interface ForeignBlockRules {
  /** This node's peer id: its own blocks are never limited. */
  self: string
  /** Producers followed; empty = every producer (within the budgets). */
  follow: readonly string[]
  /** Most entries in a block of another producer. */
  maxBlockEntries: number
  /** Largest encoded block of another producer, bytes. */
  maxBlockBytes: number
  /** Entries verified per producer per minute (bucket size: the same). */
  entriesPerMinute: number
  /** Entries verified per minute for all producers not in `follow` together. */
  totalEntriesPerMinute: number
  /** Clock, Unix ms. @default Date.now */
  now?: () => number
}

/** Decides, from a block's header and size, whether this node verifies a received block of another producer. */
export class ForeignBlockGuard {
  readonly #rules: ForeignBlockRules
  readonly #follow: ReadonlySet<string>
  readonly #perProducer: EntryBudget
  readonly #total: EntryBudget

  /** @throws {RangeError} if a budget is not positive */
  constructor (rules: ForeignBlockRules) {
    this.#rules = rules
    this.#follow = new Set(rules.follow)
    this.#perProducer = new EntryBudget(rules.entriesPerMinute, rules.now)
    this.#total = new EntryBudget(rules.totalEntriesPerMinute, rules.now, 1)
  }

  /** Whether this node follows `producer`'s chain (always its own). */
  follows (producer: string): boolean {
    return producer === this.#rules.self || this.#follow.size === 0 || this.#follow.has(producer)
  }

  /**
   * The cheap checks, before any signature: followed, entry count, size.
   * `producer` is the header's (unverified) producer id; `entries` the
   * block's entry count; `bytes` its encoded size. Undefined when the block
   * may go on (always for the own producer).
   */
  screen (producer: string, entries: number, bytes: number): ForeignBlockRefusedError | undefined {
    const r = this.#rules
    if (producer === r.self) return undefined
    if (!this.follows(producer)) {
      return new ForeignBlockRefusedError('not-followed', producer, 'this node follows only the producers in chain.producers (or, on a worker, worker.coordinators)')
    }
    if (entries > r.maxBlockEntries) {
      return new ForeignBlockRefusedError('too-many-entries', producer, `${entries} entries, at most chain.maxForeignBlockEntries = ${r.maxBlockEntries}`)
    }
    if (bytes > r.maxBlockBytes) {
      return new ForeignBlockRefusedError('too-large', producer, `${bytes} bytes, at most chain.maxForeignBlockBytes = ${r.maxBlockBytes}`)
    }
    return undefined
  }

  /**
   * Charges the verification of a block of `entries` entries (at least 1)
   * to `producer`'s budget and, for a producer not listed in `follow`, to the
   * shared one; both or neither. Call it only once the header's signature
   * has been verified (so nobody can spend another producer's budget).
   * Undefined when charged (always for the own producer).
   */
  charge (producer: string, entries: number): ForeignBlockRefusedError | undefined {
    const r = this.#rules
    if (producer === r.self) return undefined
    const cost = Math.max(1, entries)
    const own = this.#perProducer.available(producer)
    if (own < cost) {
      return new ForeignBlockRefusedError('over-producer-budget', producer, `${cost} entries to verify, ${Math.floor(own)} left of chain.maxForeignEntriesPerMinute = ${r.entriesPerMinute}; not invalid, just not afforded now`)
    }
    const shared = !this.#follow.has(producer)
    if (shared) {
      const total = this.#total.available('*')
      if (total < cost) {
        return new ForeignBlockRefusedError('over-total-budget', producer, `${cost} entries to verify, ${Math.floor(total)} left of chain.maxForeignEntriesPerMinuteTotal = ${r.totalEntriesPerMinute} (shared by producers not listed in chain.producers); not invalid, just not afforded now`)
      }
      this.#total.tryTake('*', cost)
    }
    this.#perProducer.tryTake(producer, cost)
    return undefined
  }
}

/**
 * The producers a node with `config` follows: `chain.producers` when
 * non-empty; else, on a worker, `worker.coordinators` when non-empty; else
 * none listed (every producer, within the budgets).
 */
export function followedProducers (config: NodeConfig): string[] {
  if (config.chain.producers.length > 0) return [...config.chain.producers]
  if (config.role === 'worker' && config.worker.coordinators.length > 0) return [...config.worker.coordinators]
  return []
}

/** The {@link ForeignBlockGuard} rules of a node `self` with `config`. */
export function foreignBlockRules (config: NodeConfig, self: string, now?: () => number): ForeignBlockRules {
  return {
    self,
    follow: followedProducers(config),
    maxBlockEntries: config.chain.maxForeignBlockEntries,
    maxBlockBytes: config.chain.maxForeignBlockBytes,
    entriesPerMinute: config.chain.maxForeignEntriesPerMinute,
    totalEntriesPerMinute: config.chain.maxForeignEntriesPerMinuteTotal,
    now
  }
}
