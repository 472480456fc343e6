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
 *
 * The record also keeps, undecayed, the worker's verification history:
 * results confirmed by re-execution and results caught wrong (what
 * credibility.ts computes credibility from), and the exclusion that follows
 * being caught.
 */
import { workerCredibility } from './credibility.ts'

/** Decayed evidence about one worker; persisted as `reputation/{peerId}`. */
export interface ReputationRecord {
  successes: number
  failures: number
  timeouts: number
  /** Unix ms at which the counts were last decayed */
  updatedAtMs: number
  /** results re-executed by other workers and found in agreement (not decayed; absent in old records) */
  confirmed?: number
  /** results re-execution showed to be wrong (not decayed) */
  caught?: number
  /** Unix ms until which the worker is not assigned tasks (set when caught) */
  excludedUntilMs?: number
}

/**
 * Kind of evidence recorded about one attempt: `confirmed` is a success that
 * re-execution agreed with, `caught` a result re-execution showed wrong.
 */
export type ReputationEvent = 'success' | 'confirmed' | 'failure' | 'caught' | 'timeout'

/** A record with no evidence, as of `nowMs`. */
function emptyReputation (nowMs: number): ReputationRecord {
  return { successes: 0, failures: 0, timeouts: 0, updatedAtMs: nowMs, confirmed: 0, caught: 0, excludedUntilMs: 0 }
}

/** Returns `record` with its counts decayed to `nowMs` (pure). */
export function decayReputation (record: ReputationRecord, nowMs: number, halfLifeMs: number): ReputationRecord {
  const elapsed = Math.max(0, nowMs - record.updatedAtMs)
  const factor = Math.pow(2, -elapsed / halfLifeMs)
  return {
    successes: record.successes * factor,
    failures: record.failures * factor,
    timeouts: record.timeouts * factor,
    updatedAtMs: Math.max(nowMs, record.updatedAtMs),
    confirmed: record.confirmed ?? 0,
    caught: record.caught ?? 0,
    excludedUntilMs: record.excludedUntilMs ?? 0
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
  readonly #exclusionMs: number
  readonly #records = new Map<string, ReputationRecord>()

  /**
   * @param halfLifeMs half-life of evidence, ms
   * @param exclusionMs how long a worker caught with a wrong result is not assigned tasks, ms
   */
  constructor (halfLifeMs: number, exclusionMs = 0) {
    this.#halfLifeMs = halfLifeMs
    this.#exclusionMs = exclusionMs
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
    if (event === 'success' || event === 'confirmed') next.successes += 1
    else if (event === 'failure' || event === 'caught') next.failures += 1
    else next.timeouts += 1
    if (event === 'confirmed') next.confirmed = (next.confirmed ?? 0) + 1
    if (event === 'caught') {
      next.caught = (next.caught ?? 0) + 1
      next.excludedUntilMs = nowMs + this.#exclusionMs
    }
    this.#records.set(peerId, next)
    return next
  }

  /**
   * The credibility of `peerId` (credibility.ts), in [0, 1]: `1 − f` when
   * never checked, growing with confirmed results, 0 once caught.
   *
   * @param assumedFaultFraction `f`, in [0, 1)
   */
  credibility (peerId: string, assumedFaultFraction: number): number {
    const record = this.#records.get(peerId)
    return workerCredibility({ confirmed: record?.confirmed ?? 0, caught: record?.caught ?? 0 }, assumedFaultFraction)
  }

  /** Unix ms until which `peerId` is excluded for being caught; 0 when it never was. */
  excludedUntil (peerId: string): number {
    return this.#records.get(peerId)?.excludedUntilMs ?? 0
  }
}
