/**
 * The coordinators of a network, as their own announcements tell: every
 * coordinator publishes a `CoordinatorAnnouncement` on the gossip topic
 * `/ailee/<network id>/coordinators/1.0.0` every `coordinator.announceIntervalMs`,
 * and a last one with `accepting: false` when it stops. Every node subscribes
 * (so the topic's mesh spans workers, which relay between coordinators that
 * are not connected to each other) and keeps a {@link CoordinatorDirectory}; a
 * coordinator answers `CoordinatorsQuery` from it (`bin/node coordinators`).
 *
 * Gossip was chosen over DHT records: the topic is already there on every
 * node (no DHT needed), signed messages give the author for free, and a
 * coordinator that stops says so at once instead of leaving a record to expire.
 */
import { multiaddr } from '@multiformats/multiaddr'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { AileeHost } from '../p2p/host.ts'
import type { Logger } from 'pino'

/** Most multiaddrs kept per announcement. */
export const MAX_ANNOUNCED_ADDRS = 16
/** Longest multiaddr kept, characters. */
const MAX_ADDR_CHARS = 512
/** Most coordinators kept; past it the one heard from longest ago is dropped. */
export const MAX_COORDINATORS = 256

/** A coordinator as last heard from. */
export interface CoordinatorEntry {
  peerId: string
  /** Dialable addresses, each ending in `/p2p/<peerId>`. */
  multiaddrs: string[]
  /** Takes new tasks (false once it announced that it stops). */
  accepting: boolean
  /** Tasks it held open when it announced. */
  openTasks: number
  /** Its clock at the announcement, Unix ms. */
  timestampMs: number
  /** Our clock when we received it, Unix ms. */
  lastSeenMs: number
}

/**
 * Coordinators heard from within `ttlMs`, by peer id.
 */
export class CoordinatorDirectory {
  readonly #ttlMs: number
  readonly #entries = new Map<string, CoordinatorEntry>()

  /**
   * @param ttlMs an entry not renewed within this many ms is dropped (three announce intervals)
   * @throws {RangeError} when `ttlMs` is not positive
   */
  constructor (ttlMs: number) {
    if (!(ttlMs > 0)) throw new RangeError(`coordinator directory ttl must be positive, got ${ttlMs}`)
    this.#ttlMs = ttlMs
  }

  /**
   * Records an announcement authored by `from` (the gossip message's signer).
   *
   * @returns 'accept', or 'reject' when it names another peer than its author or carries no
   *   dialable address of it (the gossip validator's verdict)
   */
  record (announcement: ailee.v1.ICoordinatorAnnouncement, from: string, nowMs: number): 'accept' | 'reject' {
    if (announcement.peerId !== from) return 'reject'
    const addrs = cleanAddrs(announcement.multiaddrs ?? [], from)
    if (addrs.length === 0 && announcement.accepting === true) return 'reject'
    const previous = this.#entries.get(from)
    const timestampMs = Number(announcement.timestampMs ?? 0)
    // gossip may deliver an older announcement late: keep the newest by the author's clock
    if (previous != null && previous.timestampMs > timestampMs) return 'accept'
    this.#entries.delete(from)
    this.#entries.set(from, {
      peerId: from,
      multiaddrs: addrs,
      accepting: announcement.accepting === true,
      openTasks: Number(announcement.openTasks ?? 0),
      timestampMs,
      lastSeenMs: nowMs
    })
    while (this.#entries.size > MAX_COORDINATORS) this.#entries.delete(this.#entries.keys().next().value!)
    return 'accept'
  }

  /** Coordinators heard from within the ttl at `nowMs`, most recently heard first (expired ones are dropped). */
  list (nowMs: number): CoordinatorEntry[] {
    for (const [id, entry] of this.#entries) if (nowMs - entry.lastSeenMs > this.#ttlMs) this.#entries.delete(id)
    return [...this.#entries.values()].sort((a, b) => b.lastSeenMs - a.lastSeenMs)
  }
}

/**
 * The addresses of `peerId` among `addrs`: parsable, not too long, at most
 * {@link MAX_ANNOUNCED_ADDRS}, each ending in `/p2p/<peerId>` (added when missing;
 * one naming another peer is dropped).
 */
export function cleanAddrs (addrs: string[], peerId: string): string[] {
  const out: string[] = []
  for (const text of addrs) {
    if (out.length >= MAX_ANNOUNCED_ADDRS) break
    if (typeof text !== 'string' || text.length > MAX_ADDR_CHARS) continue
    try {
      const ma = multiaddr(text)
      const named = ma.getComponents().findLast(c => c.name === 'p2p')?.value
      if (named != null && named !== peerId) continue
      out.push(named == null ? `${ma.toString()}/p2p/${peerId}` : ma.toString())
    } catch { /* not a multiaddr: skipped */ }
  }
  return out
}

/** An entry as it goes on the wire (`CoordinatorList`, `CoordinatorAnnouncement`). */
export function coordinatorToWire (entry: Omit<CoordinatorEntry, 'lastSeenMs'>): ailee.v1.ICoordinatorAnnouncement {
  return { peerId: entry.peerId, multiaddrs: entry.multiaddrs, accepting: entry.accepting, openTasks: entry.openTasks, timestampMs: entry.timestampMs }
}

/**
 * Subscribes `host` to the coordinators topic, recording every valid announcement in `directory`
 * (a message whose author is not the coordinator it names is rejected: the sender loses gossip score).
 */
export function subscribeCoordinators (host: AileeHost, topic: string, directory: CoordinatorDirectory, log: Logger): void {
  host.gossip.subscribe(topic, {
    decode: bytes => pb.CoordinatorAnnouncement.decode(bytes),
    validate: (a, from) => directory.record(a, from.toString(), Date.now()),
    onMessage: (a, from) => { log.debug({ coordinator: from.toString(), accepting: a.accepting }, 'coordinator announcement') }
  })
}

/** What {@link CoordinatorAnnouncer} announces about its coordinator. */
export interface AnnouncerSource {
  /** Dialable addresses of this coordinator. */
  multiaddrs: () => string[]
  accepting: () => boolean
  openTasks: () => number
}

/**
 * Publishes this coordinator's announcement at once and every `intervalMs`; `stop` publishes a
 * last one with `accepting: false`. Publish failures (no peers yet) are logged at debug.
 */
export class CoordinatorAnnouncer {
  readonly #host: AileeHost
  readonly #topic: string
  readonly #intervalMs: number
  readonly #source: AnnouncerSource
  readonly #log: Logger
  readonly #directory: CoordinatorDirectory
  #timer: ReturnType<typeof setInterval> | undefined

  /** @param directory also gets our own announcement (gossipsub does not deliver our messages to us) */
  constructor (host: AileeHost, topic: string, intervalMs: number, source: AnnouncerSource, directory: CoordinatorDirectory, log: Logger) {
    this.#host = host
    this.#topic = topic
    this.#intervalMs = intervalMs
    this.#source = source
    this.#directory = directory
    this.#log = log
  }

  /** This coordinator's announcement now. */
  current (accepting = this.#source.accepting()): ailee.v1.ICoordinatorAnnouncement {
    const self = this.#host.peerId.toString()
    return coordinatorToWire({ peerId: self, multiaddrs: cleanAddrs(this.#source.multiaddrs(), self), accepting, openTasks: this.#source.openTasks(), timestampMs: Date.now() })
  }

  /** Announces now and every interval. */
  start (): void {
    void this.#publish(this.current())
    this.#timer = setInterval(() => { void this.#publish(this.current()) }, this.#intervalMs)
    this.#timer.unref?.()
  }

  /** Stops the timer and announces that this coordinator takes no more tasks. Idempotent. */
  async stop (): Promise<void> {
    if (this.#timer == null) return
    clearInterval(this.#timer)
    this.#timer = undefined
    await this.#publish(this.current(false))
  }

  async #publish (announcement: ailee.v1.ICoordinatorAnnouncement): Promise<void> {
    this.#directory.record(announcement, this.#host.peerId.toString(), Date.now())
    try {
      await this.#host.gossip.publish(this.#topic, pb.CoordinatorAnnouncement.encode(announcement).finish())
    } catch (err) {
      this.#log.debug({ err }, 'coordinator announcement not published')
    }
  }
}
