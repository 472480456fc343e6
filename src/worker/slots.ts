/**
 * A worker's task slots: tasks running plus slots reserved by outstanding bids
 * never exceed the configured capacity, so a worker never bids or accepts past
 * what it declared in telemetry.
 */
export class SlotBook {
  readonly capacity: number
  readonly #running = new Set<string>()
  readonly #reserved = new Map<string, number>()

  /** @param capacity concurrent task slots */
  constructor (capacity: number) {
    this.capacity = capacity
  }

  /** Tasks running now. */
  get running (): number {
    return this.#running.size
  }

  /** Running tasks plus unexpired bid reservations at `nowMs`. */
  used (nowMs: number): number {
    for (const [key, until] of this.#reserved) if (until < nowMs) this.#reserved.delete(key)
    return this.#running.size + this.#reserved.size
  }

  /** Free slots at `nowMs`. */
  free (nowMs: number): number {
    return Math.max(0, this.capacity - this.used(nowMs))
  }

  /** Reserves a slot for a bid on `key` until `untilMs`; false when none is free. */
  reserve (key: string, untilMs: number, nowMs: number): boolean {
    if (this.#reserved.has(key)) return true
    if (this.free(nowMs) <= 0) return false
    this.#reserved.set(key, untilMs)
    return true
  }

  /**
   * Takes a slot for running task `key`, using its reservation if it has one.
   *
   * @returns false when no slot is free (the assignment must be refused)
   */
  acquire (key: string, nowMs: number): boolean {
    if (this.#running.has(key)) return false
    const hadReservation = this.#reserved.delete(key)
    if (!hadReservation && this.free(nowMs) <= 0) return false
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
