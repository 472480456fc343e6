/**
 * Time as the coordinator's orchestrator sees it: the current Unix ms and
 * one-shot timers. Injected so tests drive time by hand (`ManualClock` in
 * test/helpers) instead of waiting.
 */

/** A source of time and timers. */
export interface Clock {
  /** Unix ms */
  now: () => number
  /**
   * Calls `fn` once at or after Unix ms `atMs` (at once, asynchronously, if it has passed).
   *
   * @returns a function that cancels the timer (no effect once it has fired)
   */
  setTimer: (atMs: number, fn: () => void) => () => void
}

/** Longest delay Node's setTimeout takes (2^31 - 1 ms); later timers are re-armed. */
const MAX_TIMER_MS = 2_147_483_647

/** The process clock: `Date.now()` and unref'd `setTimeout`s (they never keep the process alive). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (atMs, fn) => {
    let handle: NodeJS.Timeout
    // setTimeout runs on a monotonic clock and may fire a millisecond before Date.now()
    // reaches atMs; such a timer is armed again, so `fn` never sees a time before atMs
    const arm = (): void => {
      const delay = atMs - Date.now()
      if (delay <= 0) {
        fn()
        return
      }
      handle = setTimeout(arm, Math.min(delay, MAX_TIMER_MS))
      handle.unref()
    }
    handle = setTimeout(arm, 0)
    handle.unref()
    return () => { clearTimeout(handle) }
  }
}
