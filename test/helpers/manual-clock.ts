/**
 * A Clock (src/coordinator/clock.ts) that moves only when a test says so:
 * `advance(ms)` moves time forward and fires the timers that came due, in
 * time order, letting promise callbacks run between them.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Clock } from '../../src/coordinator/clock.ts'

export class ManualClock implements Clock {
  #now: number
  #seq = 0
  readonly #timers = new Map<number, { atMs: number, fn: () => void }>()

  /** @param startMs the Unix ms the clock starts at */
  constructor (startMs = 1_700_000_000_000) {
    this.#now = startMs
  }

  now = (): number => this.#now

  setTimer = (atMs: number, fn: () => void): (() => void) => {
    const id = ++this.#seq
    this.#timers.set(id, { atMs, fn })
    return () => { this.#timers.delete(id) }
  }

  /** Timers not yet fired. */
  get pending (): number {
    return this.#timers.size
  }

  /** Lets queued promise callbacks and immediates run (a few event-loop turns). */
  async settle (turns = 5): Promise<void> {
    for (let i = 0; i < turns; i++) await nextTurn()
  }

  /** Moves time forward by `ms`, firing due timers in order and settling after each. */
  async advance (ms: number): Promise<void> {
    const until = this.#now + ms
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, t]) => t.atMs <= until).sort((a, b) => a[1].atMs - b[1].atMs || a[0] - b[0])[0]
      if (due == null) break
      this.#timers.delete(due[0])
      this.#now = Math.max(this.#now, due[1].atMs)
      due[1].fn()
      await this.settle()
    }
    this.#now = until
    await this.settle()
  }
}
