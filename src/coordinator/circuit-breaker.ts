/**
 * Per-worker circuit breaker (Nygard, "Release It!", 2007; Fowler, "CircuitBreaker", 2014).
 *
 * - closed: the worker is selectable; `threshold` consecutive failed attempts open it.
 * - open: the worker is skipped until `halfOpenAfterMs` has passed since it opened.
 * - half-open: one trial attempt may go to the worker; success closes the breaker,
 *   failure opens it again for another `halfOpenAfterMs`.
 *
 * Attempt-shaped rather than call-shaped (an attempt's outcome arrives on another
 * stream, possibly minutes later), which is why this is not cockatiel's policy.
 */

/** State of one breaker as reported by `bin/node peers`. */
export type BreakerState = 'closed' | 'open' | 'half-open'

export class CircuitBreaker {
  readonly #threshold: number
  readonly #halfOpenAfterMs: number
  #consecutiveFailures = 0
  #openedAtMs: number | undefined
  #trialInFlight = false

  /**
   * @param threshold consecutive failures that open the breaker
   * @param halfOpenAfterMs ms an open breaker waits before allowing a trial
   */
  constructor (threshold: number, halfOpenAfterMs: number) {
    this.#threshold = threshold
    this.#halfOpenAfterMs = halfOpenAfterMs
  }

  /** The state at `nowMs`. */
  state (nowMs: number): BreakerState {
    if (this.#openedAtMs == null) return 'closed'
    return nowMs - this.#openedAtMs >= this.#halfOpenAfterMs ? 'half-open' : 'open'
  }

  /** True when an attempt may be assigned now: closed, or half-open with no trial running. */
  allows (nowMs: number): boolean {
    const state = this.state(nowMs)
    return state === 'closed' || (state === 'half-open' && !this.#trialInFlight)
  }

  /** Call when an attempt is assigned; in half-open it becomes the trial. */
  onAssigned (nowMs: number): void {
    if (this.state(nowMs) === 'half-open') this.#trialInFlight = true
  }

  /** The attempt succeeded: the breaker closes. */
  onSuccess (): void {
    this.#consecutiveFailures = 0
    this.#openedAtMs = undefined
    this.#trialInFlight = false
  }

  /** The attempt failed (lost lease, bad receipt, refused assignment). */
  onFailure (nowMs: number): void {
    this.#consecutiveFailures += 1
    const wasTrial = this.#trialInFlight
    this.#trialInFlight = false
    if (wasTrial || this.#consecutiveFailures >= this.#threshold) {
      this.#openedAtMs = nowMs
    }
  }
}
