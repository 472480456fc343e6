/**
 * One node-wide budget of bytes buffered for incomplete inbound frames
 * (`limits.maxInFlightFrameBytes`), shared by every `FrameReader` of the node.
 *
 * Without it the bound was per peer only (`maxStreamsPerPeer` streams of up to
 * `maxMessageBytes` each): 144 partly sent 8 MiB frames from 3 peer ids raised
 * a coordinator's RSS by 420-630 MiB (security finding 15).
 *
 * A reader reserves a frame's *declared* length as soon as its length prefix
 * has arrived and its body has not (a frame that arrives whole in one read
 * is already in memory and never waits, so it reserves nothing). The
 * reservation is released when the frame completes, when the reader fails
 * (stream reset, abort, end inside the frame, timeout) or is disposed, so the
 * bytes a node buffers for incomplete frames never exceed the budget.
 *
 * When a reservation does not fit, the budget is shared max-min fairly between
 * peers (Bertsekas & Gallager, "Data Networks", 2nd ed., 1992, section 6.5.2,
 * max-min fairness): the largest reservation of the peer that holds the most
 * is evicted while that peer would still hold more than the requesting peer
 * after the grant; otherwise the new frame is refused. A few peers that open
 * many streams and stall inside large frames therefore cannot keep another
 * peer's small request (a bid, a heartbeat, a submission) from being read;
 * they get the refusal, and so does a frame that would take more than an
 * equal share while the budget is full.
 */
import { FrameBudgetExceededError } from './errors.ts'

/** A granted reservation; {@link FrameReservation.release} is idempotent. */
export interface FrameReservation {
  /** The peer it was granted to. */
  readonly peer: string
  /** Bytes reserved (the frame's declared length). */
  readonly bytes: number
  /** Gives the bytes back to the budget; later calls do nothing. */
  release: () => void
}

/** Called when a reservation is evicted for a peer holding less; the reader must drop the frame at once. */
export type EvictFrame = (err: FrameBudgetExceededError) => void

interface Entry extends FrameReservation {
  onEvict: EvictFrame
  released: boolean
}

/** Counters of a {@link FrameBudget} (for tests, logs and `bench/`). */
export interface FrameBudgetStats {
  /** The budget, bytes. */
  limitBytes: number
  /** Bytes reserved now. */
  usedBytes: number
  /** Most bytes ever reserved at once. */
  highWaterBytes: number
  /** Reservations granted. */
  granted: number
  /** Reservations refused (the frame was never buffered). */
  refused: number
  /** Reservations evicted for a peer holding less. */
  evicted: number
  /** Peers holding a reservation now. */
  peers: number
}

/** The node-wide budget of bytes buffered for incomplete inbound frames. */
export class FrameBudget {
  readonly #limitBytes: number
  readonly #byPeer = new Map<string, { bytes: number, entries: Set<Entry> }>()
  #usedBytes = 0
  #highWaterBytes = 0
  #granted = 0
  #refused = 0
  #evicted = 0

  /**
   * @param limitBytes the budget, bytes (a positive integer)
   * @throws {RangeError} when `limitBytes` is not a positive safe integer
   */
  constructor (limitBytes: number) {
    if (!Number.isSafeInteger(limitBytes) || limitBytes <= 0) throw new RangeError(`frame budget must be a positive integer of bytes, got ${limitBytes}`)
    this.#limitBytes = limitBytes
  }

  /** The budget, bytes. */
  get limitBytes (): number { return this.#limitBytes }

  /** Bytes reserved now. */
  get usedBytes (): number { return this.#usedBytes }

  /** Most bytes ever reserved at once (what the node buffered at most for incomplete frames). */
  get highWaterBytes (): number { return this.#highWaterBytes }

  /** Bytes `peer` holds now. */
  heldBy (peer: string): number { return this.#byPeer.get(peer)?.bytes ?? 0 }

  /** A snapshot of the counters. */
  stats (): FrameBudgetStats {
    return {
      limitBytes: this.#limitBytes,
      usedBytes: this.#usedBytes,
      highWaterBytes: this.#highWaterBytes,
      granted: this.#granted,
      refused: this.#refused,
      evicted: this.#evicted,
      peers: this.#byPeer.size
    }
  }

  /**
   * Reserves `bytes` for a frame of `peer`, evicting larger holders' frames
   * when that is fair (see the module comment); `onEvict` is called (once,
   * synchronously, the reservation already released) if this reservation is
   * later evicted for another peer.
   *
   * @param peer the sending peer (its id string)
   * @param bytes the frame's declared length, bytes (a non-negative integer)
   * @throws {FrameBudgetExceededError} the frame does not fit: it must not be buffered
   */
  reserve (peer: string, bytes: number, onEvict: EvictFrame): FrameReservation {
    const victims = this.#victimsFor(peer, bytes)
    if (victims == null) {
      this.#refused++
      throw new FrameBudgetExceededError(this.#limitBytes, bytes, `node busy: the in-flight frame budget of ${this.#limitBytes} bytes is used (${this.#usedBytes} bytes by ${this.#byPeer.size} peers), a frame of ${bytes} bytes does not fit; retry later`)
    }
    for (const victim of victims) {
      this.#evicted++
      victim.release()
      victim.onEvict(new FrameBudgetExceededError(this.#limitBytes, victim.bytes, `node busy: a frame of ${victim.bytes} bytes was dropped from the in-flight frame budget of ${this.#limitBytes} bytes for a peer holding less; retry later`))
    }
    const entry: Entry = {
      peer,
      bytes,
      onEvict,
      released: false,
      release: () => {
        if (entry.released) return
        entry.released = true
        this.#usedBytes -= bytes
        const slot = this.#byPeer.get(peer)
        if (slot != null) {
          slot.bytes -= bytes
          slot.entries.delete(entry)
          if (slot.entries.size === 0) this.#byPeer.delete(peer)
        }
      }
    }
    let slot = this.#byPeer.get(peer)
    if (slot == null) {
      slot = { bytes: 0, entries: new Set() }
      this.#byPeer.set(peer, slot)
    }
    slot.bytes += bytes
    slot.entries.add(entry)
    this.#usedBytes += bytes
    this.#granted++
    if (this.#usedBytes > this.#highWaterBytes) this.#highWaterBytes = this.#usedBytes
    return entry
  }

  /**
   * The reservations to evict so that `bytes` more fit for `peer` (empty when
   * they fit as it is), or undefined when they cannot fit fairly: each step
   * takes the largest reservation of the peer holding the most, while that
   * peer holds more than `peer` would after the grant.
   */
  #victimsFor (peer: string, bytes: number): Entry[] | undefined {
    if (bytes > this.#limitBytes) return undefined
    const after = this.heldBy(peer) + bytes
    let used = this.#usedBytes
    if (used + bytes <= this.#limitBytes) return []
    const holders = [...this.#byPeer].filter(([other]) => other !== peer).map(([, slot]) => ({
      bytes: slot.bytes,
      entries: [...slot.entries].sort((a, b) => b.bytes - a.bytes)
    }))
    const victims: Entry[] = []
    while (used + bytes > this.#limitBytes) {
      let top: typeof holders[number] | undefined
      for (const holder of holders) if (holder.entries.length > 0 && (top == null || holder.bytes > top.bytes)) top = holder
      if (top == null || top.bytes <= after) return undefined
      const entry = top.entries.shift()!
      top.bytes -= entry.bytes
      used -= entry.bytes
      victims.push(entry)
    }
    return victims
  }
}
