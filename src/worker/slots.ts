/**
 * A worker's task slots and the bids it has outstanding.
 *
 * Running tasks never exceed the configured capacity. Bids reserve a claim on
 * a free slot until they are answered or expire; with an overcommit factor
 * `k` (config `worker.bidOvercommit`) a worker keeps at most
 * `k * (capacity - running)` bids outstanding, so in a burst of offers it can
 * bid on more offers than it has free slots. A bid that wins when every slot
 * already runs is refused at Assign time as "busy" (the coordinator then
 * assigns the round's next bidder). With `k = 1` a bid reserves a whole slot
 * and an Assign for a bid is never refused for lack of room.
 */
export class SlotBook {
  readonly capacity: number
  /** outstanding bids allowed per free slot (>= 1) */
  readonly overcommit: number
  readonly #running = new Set<string>()
  readonly #reserved = new Map<string, number>()

  /**
   * @param capacity concurrent task slots
   * @param overcommit outstanding bids per free slot, >= 1. @default 1
   * @throws RangeError when `overcommit` is below 1
   */
  constructor (capacity: number, overcommit = 1) {
    if (!(overcommit >= 1)) throw new RangeError(`bid overcommit must be at least 1, got ${overcommit}`)
    this.capacity = capacity
    this.overcommit = overcommit
  }

  /** Tasks running now. */
  get running (): number {
    return this.#running.size
  }

  /** Unexpired bid reservations at `nowMs` (expired ones are dropped). */
  reserved (nowMs: number): number {
    for (const [key, until] of this.#reserved) if (until < nowMs) this.#reserved.delete(key)
    return this.#reserved.size
  }

  /** Running tasks plus unexpired bid reservations at `nowMs`. */
  used (nowMs: number): number {
    return this.#running.size + this.reserved(nowMs)
  }

  /** Slots neither running nor claimed by an outstanding bid at `nowMs` (what a bid reports as free). */
  free (nowMs: number): number {
    return Math.max(0, this.capacity - this.used(nowMs))
  }

  /** More bids this worker may send at `nowMs`: `overcommit * (capacity - running)` less the bids outstanding. */
  bidRoom (nowMs: number): number {
    return Math.max(0, Math.floor(this.overcommit * (this.capacity - this.#running.size)) - this.reserved(nowMs))
  }

  /** Reserves a claim for a bid on `key` until `untilMs`; false when {@link bidRoom} is 0. */
  reserve (key: string, untilMs: number, nowMs: number): boolean {
    if (this.#reserved.has(key)) return true
    if (this.bidRoom(nowMs) <= 0) return false
    this.#reserved.set(key, untilMs)
    return true
  }

  /**
   * Takes a slot for running task `key`, using its reservation if it has one.
   * With a reservation it needs a slot that is not running; without one, a
   * slot that no outstanding bid claims either.
   *
   * @returns false when no slot is free (the assignment must be refused as busy)
   */
  acquire (key: string, nowMs: number): boolean {
    if (this.#running.has(key)) return false
    const hadReservation = this.#reserved.has(key)
    const room = hadReservation ? this.capacity - this.#running.size : this.free(nowMs)
    if (room <= 0) return false
    this.#reserved.delete(key)
    this.#running.add(key)
    return true
  }

  /** Drops the bid reservation of `key`, if any; a running task keeps its slot. */
  unreserve (key: string): void {
    this.#reserved.delete(key)
  }

  /** Frees the slot of `key` (running or reserved). */
  release (key: string): void {
    this.#running.delete(key)
    this.#reserved.delete(key)
  }

  /** Keys of running tasks. */
  runningKeys (): string[] {
    return [...this.#running]
  }
}
