/**
 * Worker reputation: decayed counts of successes, failures and timeouts, turned
 * into a score in [0, 1].
 *
 * Each count decays exponentially with a configurable half-life, so old evidence
 * fades: `count(t) = count(t0) * 2^(-(t - t0) / halfLifeMs)`. The score is the
 * mean of a Beta(1, 1) prior updated with the evidence (Laplace's rule of
 * succession, as in Jøsang & Ismail, "The Beta Reputation System", 2002), with a
 * timeout (a lost lease: the worker held a slot and gave nothing back) weighing
 * twice a failure:
 *
 *     score = (successes + 1) / (successes + failures + 2 * timeouts + 2)
 *
 * A worker never seen scores 0.5.
 */

/** Decayed evidence about one worker; persisted as `reputation/{peerId}`. */
export interface ReputationRecord {
  successes: number
  failures: number
  timeouts: number
  /** Unix ms at which the counts were last decayed */
  updatedAtMs: number
}

/** Kind of evidence recorded about one attempt. */
export type ReputationEvent = 'success' | 'failure' | 'timeout'

/** A record with no evidence, as of `nowMs`. */
function emptyReputation (nowMs: number): ReputationRecord {
  return { successes: 0, failures: 0, timeouts: 0, updatedAtMs: nowMs }
}

/** Returns `record` with its counts decayed to `nowMs` (pure). */
export function decayReputation (record: ReputationRecord, nowMs: number, halfLifeMs: number): ReputationRecord {
  const elapsed = Math.max(0, nowMs - record.updatedAtMs)
  const factor = Math.pow(2, -elapsed / halfLifeMs)
  return {
    successes: record.successes * factor,
    failures: record.failures * factor,
    timeouts: record.timeouts * factor,
    updatedAtMs: Math.max(nowMs, record.updatedAtMs)
  }
}

/** The Beta-mean score of a record, in [0, 1] (see the module comment). */
export function reputationScore (record: ReputationRecord): number {
  return (record.successes + 1) / (record.successes + record.failures + 2 * record.timeouts + 2)
}

/**
 * In-memory reputation of every worker seen, loaded from and written back to
 * the `reputation/` bucket by the orchestrator.
 */
export class ReputationBook {
  readonly #halfLifeMs: number
  readonly #records = new Map<string, ReputationRecord>()

  /** @param halfLifeMs half-life of evidence, ms */
  constructor (halfLifeMs: number) {
    this.#halfLifeMs = halfLifeMs
  }

  /** Replaces the record of `peerId` (used when loading from storage). */
  load (peerId: string, record: ReputationRecord): void {
    this.#records.set(peerId, record)
  }

  /** The decayed record of `peerId` at `nowMs` (an empty one if never seen). */
  get (peerId: string, nowMs: number): ReputationRecord {
    const record = this.#records.get(peerId)
    return record == null ? emptyReputation(nowMs) : decayReputation(record, nowMs, this.#halfLifeMs)
  }

  /** The score of `peerId` at `nowMs`, in [0, 1]. */
  score (peerId: string, nowMs: number): number {
    return reputationScore(this.get(peerId, nowMs))
  }

  /** Adds one event to `peerId`'s evidence and returns the new record (to be persisted by the caller). */
  record (peerId: string, event: ReputationEvent, nowMs: number): ReputationRecord {
    const next = this.get(peerId, nowMs)
    if (event === 'success') next.successes += 1
    else if (event === 'failure') next.failures += 1
    else next.timeouts += 1
    this.#records.set(peerId, next)
    return next
  }
}
