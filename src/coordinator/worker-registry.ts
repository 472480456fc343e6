/**
 * The coordinator's view of the workers it hears from: their last telemetry,
 * whether they are alive, their health score and their circuit breaker.
 *
 * Health (in [0, 1]) is derived from telemetry alone:
 *
 *     health = 0.4 * (1 - cpuLoad) + 0.3 * memoryScore + 0.3 * freshness
 *     memoryScore = memoryTotal > 0 ? 1 - memoryUsed / memoryTotal : 0.5
 *     freshness = 1 - telemetryAge / staleMs        (clamped to [0, 1])
 *
 * and is 0 for a worker whose telemetry is older than `staleMs` (it is dead and
 * out of selection until it publishes again). Telemetry is the complete
 * domain value (src/protocol/messages/telemetry.ts: cpuLoad in [0, 1], memory
 * in use <= total), so the terms need no clamping or defaults.
 */
import { CircuitBreaker, type BreakerState } from './circuit-breaker.ts'
import { reputationScore, type ReputationBook } from './reputation.ts'
import type { ailee } from '../proto/index.ts'
import type { Telemetry } from '../protocol/messages/telemetry.ts'

/** What the registry keeps per worker. */
export interface WorkerView {
  peerId: string
  /** the last telemetry (complete: checked at the gossip boundary, or converted when restored) */
  telemetry: Telemetry
  /** local Unix ms at which the last telemetry arrived */
  lastSeenMs: number
  alive: boolean
  breaker: CircuitBreaker
}

export interface WorkerRegistryOptions {
  /** telemetry older than this marks a worker dead, ms */
  staleMs: number
  /** consecutive failures that open a worker's breaker */
  breakerThreshold: number
  /** ms before an open breaker lets a trial through */
  breakerHalfOpenAfterMs: number
}

export class WorkerRegistry {
  readonly #options: WorkerRegistryOptions
  readonly #workers = new Map<string, WorkerView>()

  constructor (options: WorkerRegistryOptions) {
    this.#options = options
  }

  /**
   * Records telemetry from `peerId` (the gossip sender, which must equal
   * `telemetry.peerId`; the caller rejects mismatches). Out-of-order telemetry
   * (lower `seq` from the same run) is ignored.
   *
   * @returns true when the worker was unknown or dead and is now alive
   */
  observe (peerId: string, telemetry: Telemetry, nowMs: number): boolean {
    const view = this.#workers.get(peerId)
    if (view == null) {
      this.#workers.set(peerId, {
        peerId,
        telemetry,
        lastSeenMs: nowMs,
        alive: true,
        breaker: new CircuitBreaker(this.#options.breakerThreshold, this.#options.breakerHalfOpenAfterMs)
      })
      return true
    }
    const sameRun = telemetry.uptimeMs >= view.telemetry.uptimeMs
    if (sameRun && telemetry.seq < view.telemetry.seq) return false
    const cameBack = !view.alive
    view.telemetry = telemetry
    view.lastSeenMs = nowMs
    view.alive = true
    return cameBack
  }

  /**
   * Marks workers whose telemetry is older than `staleMs` as dead.
   *
   * @returns peer IDs that died in this sweep
   */
  sweep (nowMs: number): string[] {
    const died: string[] = []
    for (const view of this.#workers.values()) {
      if (view.alive && nowMs - view.lastSeenMs > this.#options.staleMs) {
        view.alive = false
        died.push(view.peerId)
      }
    }
    return died
  }

  /** Adds a worker known from storage (after a restart) as not alive until it publishes again. */
  restore (peerId: string, telemetry: Telemetry, lastSeenMs: number): void {
    if (this.#workers.has(peerId)) return
    this.#workers.set(peerId, {
      peerId,
      telemetry,
      lastSeenMs,
      alive: false,
      breaker: new CircuitBreaker(this.#options.breakerThreshold, this.#options.breakerHalfOpenAfterMs)
    })
  }

  /** Marks a worker dead at once (e.g. it disconnected). */
  markDead (peerId: string): void {
    const view = this.#workers.get(peerId)
    if (view != null) view.alive = false
  }

  get (peerId: string): WorkerView | undefined {
    return this.#workers.get(peerId)
  }

  /** Every worker ever heard from, alive or not. */
  list (): WorkerView[] {
    return [...this.#workers.values()]
  }

  /** Health in [0, 1] at `nowMs` (formula in the module comment). */
  health (view: WorkerView, nowMs: number): number {
    if (!view.alive) return 0
    const t = view.telemetry
    const cpu = 1 - t.cpuLoad
    const mem = t.memoryTotalBytes > 0 ? 1 - t.memoryUsedBytes / t.memoryTotalBytes : 0.5
    const freshness = 1 - clamp01((nowMs - view.lastSeenMs) / this.#options.staleMs)
    return 0.4 * cpu + 0.3 * mem + 0.3 * freshness
  }

  /** Breaker state of `peerId`, `closed` for unknown workers. */
  breakerState (peerId: string, nowMs: number): BreakerState {
    return this.#workers.get(peerId)?.breaker.state(nowMs) ?? 'closed'
  }
}

function clamp01 (x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0
}

/**
 * Rows for `bin/node peers`: every worker heard from, with health, capacity,
 * reputation, breaker and verification history (credibility with the assumed
 * fault fraction `assumedFaultFraction`, confirmed and caught results, exclusion).
 */
export function workerRows (registry: WorkerRegistry, reputation: ReputationBook, nowMs: number, assumedFaultFraction = 0.2): ailee.v1.IPeerInfo[] {
  return registry.list().map(v => {
    const rep = reputation.get(v.peerId, nowMs)
    return {
      peerId: v.peerId,
      health: registry.health(v, nowMs),
      reputation: reputationScore(rep),
      capacitySlots: v.telemetry.capacitySlots,
      runningTasks: v.telemetry.runningTasks,
      maxMemoryPages: v.telemetry.maxMemoryPages,
      telemetryAgeMs: nowMs - v.lastSeenMs,
      alive: v.alive,
      breaker: v.breaker.state(nowMs),
      price: v.telemetry.price,
      cpuLoad: v.telemetry.cpuLoad,
      memoryUsedBytes: v.telemetry.memoryUsedBytes,
      memoryTotalBytes: v.telemetry.memoryTotalBytes,
      draining: v.telemetry.draining,
      successes: Math.round(rep.successes),
      failures: Math.round(rep.failures),
      timeouts: Math.round(rep.timeouts),
      credibility: reputation.credibility(v.peerId, assumedFaultFraction),
      confirmed: rep.confirmed ?? 0,
      caught: rep.caught ?? 0,
      excludedUntilMs: (rep.excludedUntilMs ?? 0) > nowMs ? rep.excludedUntilMs : 0
    }
  })
}
