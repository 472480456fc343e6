/**
 * Closed-loop load generation: `concurrency` loops each take the next task
 * number and run it, until `total` tasks have been started (or, with
 * `stopAfterMs`, until that long has passed). Every call is timed with
 * `performance.now()`.
 */

/** What {@link closedLoop} measured. */
export interface LoopResult<T> {
  /** latency of each successful call, ms, in completion order */
  latenciesMs: number[]
  /** values returned by successful calls, in completion order */
  values: T[]
  /** calls that threw, with their task number */
  errors: Array<{ index: number, error: unknown }>
  /** from the first start to the last end, ms */
  wallMs: number
  /** calls started (`total`, or fewer when `stopAfterMs` passed first) */
  started: number
}

/**
 * Runs `fn(i)` for i = 0..total-1 with at most `concurrency` calls in flight.
 * A call that throws is recorded in `errors`; the others go on. With
 * `options.stopAfterMs`, no call starts once that many ms have passed since
 * the first (the calls in flight still end).
 */
export async function closedLoop<T> (total: number, concurrency: number, fn: (index: number) => Promise<T>, options: { stopAfterMs?: number } = {}): Promise<LoopResult<T>> {
  const result: LoopResult<T> = { latenciesMs: [], values: [], errors: [], wallMs: 0, started: 0 }
  let next = 0
  const started = performance.now()
  const stopAt = started + (options.stopAfterMs ?? Infinity)
  const loop = async (): Promise<void> => {
    while (next < total && performance.now() < stopAt) {
      const index = next++
      const t0 = performance.now()
      try {
        const value = await fn(index)
        result.latenciesMs.push(performance.now() - t0)
        result.values.push(value)
      } catch (error) {
        result.errors.push({ index, error })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, total)) }, loop))
  result.wallMs = performance.now() - started
  result.started = next
  return result
}
