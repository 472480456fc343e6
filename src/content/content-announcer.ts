/**
 * Content routing, the announcing side: puts provider records for CIDs this
 * node stores into the DHT (Kademlia `ADD_PROVIDER`, through Helia's routing
 * and libp2p's content routing), so a peer that wants the CID finds this node
 * with `findProviders` and dials it, even when it was never connected to it
 * (bitswap's `want` looks providers up on its own: `@helia/bitswap`
 * `Network.findAndConnect`).
 *
 * Announcing is fire-and-forget and bounded: a DHT `provide` walks the network
 * towards the CID's closest peers (seconds, longer on a large or slow
 * network), so the task path never waits for it. Announcements wait in a queue
 * of at most `maxPending` CIDs, `concurrency` run at once, each given up after
 * `timeoutMs`; a CID announced while already waiting is not queued twice, and
 * one that finds the queue full is dropped (logged at debug): a node that
 * stores faster than the DHT takes records falls back to what bitswap finds
 * among connected peers, as before.
 *
 * Privacy (docs/privacy.md): callers announce only sealed content (envelopes
 * of a task with a content key). A provider record says that this node holds
 * the bytes under the CID, and anyone can then fetch them: for a sealed
 * envelope those bytes are ciphertext.
 */
import { defaultLogger } from '@libp2p/logger'
import { CID } from 'multiformats/cid'
import PQueue from 'p-queue'
import type { AbortOptions, ComponentLogger, Logger } from '@libp2p/interface'

/** Puts a provider record for `cid` (e.g. `helia.routing.provide`); rejects when it could not. */
export type ProvideFn = (cid: CID, options: AbortOptions) => Promise<void>

/** Options of {@link ContentAnnouncer}. */
export interface ContentAnnouncerInit {
  /** Announcements running at once. @default 2 */
  concurrency?: number
  /** CIDs waiting (not yet running) at most; further ones are dropped. @default 1024 */
  maxPending?: number
  /** One announcement is given up after this many ms. @default 60000 */
  timeoutMs?: number
  /** Where it logs (component `ailee:content:announce`). @default defaultLogger() of `@libp2p/logger` */
  logger?: ComponentLogger
}

/** Counts of a {@link ContentAnnouncer} since it was made. */
export interface AnnouncerStats {
  /** Provider records put. */
  provided: number
  /** Announcements that failed or timed out. */
  failed: number
  /** CIDs dropped because the queue was full (or the announcer stopped). */
  dropped: number
}

/** The bounded, fire-and-forget queue of DHT provider records; see the module comment. */
export class ContentAnnouncer {
  readonly #provide: ProvideFn | undefined
  readonly #queue: PQueue
  readonly #maxPending: number
  readonly #timeoutMs: number
  readonly #log: Logger
  /** CIDs (v1 text) waiting or running. */
  readonly #queued = new Set<string>()
  readonly #stopped = new AbortController()
  readonly #stats: AnnouncerStats = { provided: 0, failed: 0, dropped: 0 }

  /**
   * @param provide puts one provider record; `undefined` makes an announcer
   *   that announces nothing (a node without the DHT)
   * @throws {RangeError} for a concurrency, maxPending or timeoutMs below 1
   */
  constructor (provide: ProvideFn | undefined, init: ContentAnnouncerInit = {}) {
    const concurrency = init.concurrency ?? 2
    this.#maxPending = init.maxPending ?? 1024
    this.#timeoutMs = init.timeoutMs ?? 60_000
    for (const [name, value] of [['concurrency', concurrency], ['maxPending', this.#maxPending], ['timeoutMs', this.#timeoutMs]] as const) {
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`ContentAnnouncer ${name} must be a positive integer, got ${value}`)
    }
    this.#provide = provide
    this.#queue = new PQueue({ concurrency })
    this.#log = (init.logger ?? defaultLogger()).forComponent('ailee:content:announce')
  }

  /** False when the announcer announces nothing (no DHT). */
  get enabled (): boolean {
    return this.#provide != null
  }

  /** CIDs waiting or being announced. */
  get pending (): number {
    return this.#queued.size
  }

  /** Provided, failed and dropped counts. */
  get stats (): Readonly<AnnouncerStats> {
    return { ...this.#stats }
  }

  /**
   * Queues a provider record for `cid` and returns at once.
   *
   * @returns true when queued (or already waiting); false when disabled, stopped, the CID does not
   *   parse, or the queue is full (the CID is dropped)
   */
  announce (cid: CID | string): boolean {
    if (this.#provide == null) return false
    let parsed: CID
    try {
      parsed = typeof cid === 'string' ? CID.parse(cid) : cid
    } catch (err) {
      this.#log('not announcing %s: not a CID - %e', cid, err)
      return false
    }
    const key = parsed.toV1().toString()
    if (this.#queued.has(key)) return true
    if (this.#stopped.signal.aborted || this.#queue.size >= this.#maxPending) {
      this.#stats.dropped++
      this.#log('announcement of %c dropped (%s)', parsed, this.#stopped.signal.aborted ? 'stopped' : `${this.#queue.size} waiting`)
      return false
    }
    this.#queued.add(key)
    const provide = this.#provide
    void this.#queue.add(async () => {
      const signal = AbortSignal.any([this.#stopped.signal, AbortSignal.timeout(this.#timeoutMs)])
      try {
        await provide(parsed, { signal })
        this.#stats.provided++
        this.#log.trace('provided %c', parsed)
      } catch (err) {
        this.#stats.failed++
        this.#log('providing %c failed - %e', parsed, err)
      } finally {
        this.#queued.delete(key)
      }
    })
    return true
  }

  /** Resolves once nothing waits or runs (tests, a graceful stop). */
  async onIdle (): Promise<void> {
    await this.#queue.onIdle()
  }

  /** Drops what waits, aborts what runs, and refuses further announcements. Idempotent. */
  async stop (): Promise<void> {
    this.#stopped.abort()
    this.#stats.dropped += this.#queue.size
    this.#queue.clear()
    await this.#queue.onIdle()
    this.#queued.clear()
  }
}
