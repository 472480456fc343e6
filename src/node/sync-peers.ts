/**
 * Which peers chain sync may ask (docs/chain-sync.md, "Scoring"). A peer
 * that serves an invalid block (bad signature, Merkle root, link, height or
 * producer; undecodable; not the block asked for; over the bounds) is banned
 * at once for `banMs`; one whose requests fail (unreachable, timeout, error
 * answer, malformed answer, a claimed head it then does not serve)
 * `maxFailures` times in a row is banned for `banMs` too. A success resets the
 * failures. A ban ends by itself when its time is up (the counts stay).
 */

/** What is known of one peer. */
export interface SyncPeerRecord {
  /** invalid blocks it served, in all */
  invalidBlocks: number
  /** failed requests in a row */
  failures: number
  /** Unix ms until which it is not asked; 0 = not banned */
  bannedUntilMs: number
  /** why it was banned last ('' = never) */
  reason: string
}

/** Options of {@link SyncPeerScores}. */
export interface SyncPeerScoresOptions {
  /** how long a ban lasts, ms (> 0) */
  banMs: number
  /** failures in a row that ban a peer @default 3 */
  maxFailures?: number
  /** peers remembered at most (the least recently scored go first) @default 10000 */
  maxPeers?: number
  /** clock, Unix ms @default Date.now */
  now?: () => number
}

/** Per-peer scores of chain sync. */
export class SyncPeerScores {
  readonly #banMs: number
  readonly #maxFailures: number
  readonly #maxPeers: number
  readonly #now: () => number
  readonly #peers = new Map<string, SyncPeerRecord>()
  #bans = 0

  /** @throws {RangeError} if `banMs` is not positive or `maxFailures` / `maxPeers` < 1 */
  constructor (options: SyncPeerScoresOptions) {
    if (!(options.banMs > 0)) throw new RangeError(`banMs must be positive, got ${options.banMs}`)
    this.#banMs = options.banMs
    this.#maxFailures = options.maxFailures ?? 3
    this.#maxPeers = options.maxPeers ?? 10_000
    if (!(this.#maxFailures >= 1) || !(this.#maxPeers >= 1)) throw new RangeError('maxFailures and maxPeers must be at least 1')
    this.#now = options.now ?? Date.now
  }

  /** Whether `peer` may be asked now (not banned, or its ban is over). */
  usable (peer: string): boolean {
    return (this.#peers.get(peer)?.bannedUntilMs ?? 0) <= this.#now()
  }

  /** `peer` served an invalid block: banned for `banMs` from now. */
  invalid (peer: string, reason: string): void {
    const record = this.#touch(peer)
    record.invalidBlocks++
    this.#ban(record, reason)
  }

  /** A request to `peer` failed; the `maxFailures`-th failure in a row bans it. */
  failed (peer: string, reason: string): void {
    const record = this.#touch(peer)
    record.failures++
    if (record.failures >= this.#maxFailures) {
      record.failures = 0
      this.#ban(record, `${this.#maxFailures} failed requests in a row, the last: ${reason}`)
    }
  }

  /** A request to `peer` succeeded: its failures in a row are reset. */
  succeeded (peer: string): void {
    const record = this.#peers.get(peer)
    if (record != null) record.failures = 0
  }

  /** What is known of `peer` (a copy), or undefined. */
  get (peer: string): SyncPeerRecord | undefined {
    const record = this.#peers.get(peer)
    return record == null ? undefined : { ...record }
  }

  /** Bans given since start. */
  get bans (): number {
    return this.#bans
  }

  #ban (record: SyncPeerRecord, reason: string): void {
    record.bannedUntilMs = this.#now() + this.#banMs
    record.reason = reason
    this.#bans++
  }

  #touch (peer: string): SyncPeerRecord {
    let record = this.#peers.get(peer)
    if (record != null) this.#peers.delete(peer) // re-inserted last: the map stays in order of use
    else {
      if (this.#peers.size >= this.#maxPeers) this.#peers.delete(this.#peers.keys().next().value!)
      record = { invalidBlocks: 0, failures: 0, bannedUntilMs: 0, reason: '' }
    }
    this.#peers.set(peer, record)
    return record
  }
}
