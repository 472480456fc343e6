/**
 * Retry delay: exponential backoff with "equal jitter" (Brooker, "Exponential
 * Backoff And Jitter", AWS Architecture Blog, 2015): the delay for retry `n`
 * (1-based) is `d/2 + random(0, d/2)` with `d = min(maxMs, initialMs * 2^(n-1))`.
 *
 * @returns delay in ms
 */
export function retryDelayMs (retry: number, initialMs: number, maxMs: number, random: () => number = Math.random): number {
  const d = Math.min(maxMs, initialMs * Math.pow(2, Math.max(0, retry - 1)))
  return Math.round(d / 2 + random() * d / 2)
}
