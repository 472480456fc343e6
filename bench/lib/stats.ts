/**
 * Latency and throughput summaries for the benchmarks.
 *
 * Percentiles use the nearest-rank method (the smallest sample such that at
 * least p% of the samples are at or below it), as in NIST's "Engineering
 * Statistics Handbook" §7.2.5.2 without interpolation: every reported value is
 * a latency that was actually observed.
 */

/** A summary of one measured series. Latencies in ms, throughput in tasks per second. */
export interface Summary {
  /** samples (tasks that ended) */
  n: number
  /** wall time of the whole series, ms */
  wallMs: number
  /** tasks per second over `wallMs` */
  throughputPerS: number
  minMs: number
  meanMs: number
  p50Ms: number
  p90Ms: number
  p99Ms: number
  maxMs: number
}

/**
 * The nearest-rank `p`-th percentile (0 < p <= 100) of `sorted` (ascending).
 *
 * @throws RangeError for an empty series or p outside (0, 100]
 */
function percentile (sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of an empty series')
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/**
 * Summarises `latenciesMs` measured over `wallMs` of wall time.
 *
 * @throws RangeError when `latenciesMs` is empty
 */
export function summarize (latenciesMs: readonly number[], wallMs: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b)
  const sum = sorted.reduce((s, x) => s + x, 0)
  return {
    n: sorted.length,
    wallMs: round(wallMs),
    throughputPerS: round(sorted.length / (wallMs / 1000)),
    minMs: round(sorted[0]),
    meanMs: round(sum / sorted.length),
    p50Ms: round(percentile(sorted, 50)),
    p90Ms: round(percentile(sorted, 90)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1])
  }
}

/** `a / b` rounded to two decimals; NaN when `b` is 0. */
export function ratio (a: number, b: number): number {
  return b === 0 ? Number.NaN : Math.round((a / b) * 100) / 100
}

function round (x: number): number {
  return Math.round(x * 100) / 100
}
