/**
 * Bidder samples (issue 12): when a coordinator knows more capable workers
 * than `coordinator.offerSampleSize`, an offer names a sample of them and only
 * those bid. In a 100-node swarm where every worker bid on every offer, 2,523
 * bids arrived after their round had closed against 135 recorded: the bids cost
 * requests on both sides and bought nothing.
 *
 * Who may be drawn: the workers `eligibleWorkers` (selection.ts) lets the task
 * go to — alive, not draining, not caught or excluded by verification, breaker
 * allowing, with the memory and price, and with a slot free of this
 * coordinator's leases. Among them, in this order of tiers:
 *
 *   1. not yet asked for this task, with a free slot by their own telemetry
 *      (`capacitySlots > runningTasks`: tasks of other coordinators count);
 *   2. not yet asked, telemetry full;
 *   3. asked in an earlier round of this task, free; 4. asked, full;
 *   5. workers that already failed an attempt of the task (`task.excludedWorkers`: the
 *      offer lists them and they do not answer it), only when too few others are left.
 *
 * Within a tier the draw is weighted random sampling without replacement by
 * reputation (Efraimidis & Spirakis, "Weighted random sampling with a
 * reservoir", IPL 97(5), 2006, algorithm A-Res: each candidate gets the key
 * `u^(1/w)` with `u` uniform in (0, 1), the largest keys win; computed as
 * `ln(u) / w`), with weight `w = 0.05 + reputation` (reputation.ts, in [0, 1];
 * a worker never seen scores 0.5, so a new worker weighs about as much as an
 * average one, and even a worker with a poor record keeps a small chance).
 *
 * Workers the coordinator has no telemetry from are not in its registry: they
 * cannot be named, and they could not win a round anyway (`rankBids` marks a
 * bid without telemetry ineligible). They are not starved: their first
 * telemetry (every `worker.telemetryIntervalMs`) puts them in the registry,
 * where they are "not yet asked" for every open task (tier 1 or 2) and weigh
 * as much as an average worker. While the capable workers are no more than the
 * sample size there is no sample at all (the offer names nobody: anyone bids,
 * known or not).
 */
import { freeSlots, type SelectionContext } from './selection.ts'
import type { WorkerView } from './worker-registry.ts'

/** The smallest weight of a candidate (reputation 0), so that no capable worker's chance is 0. */
export const MIN_SAMPLE_WEIGHT = 0.05

/** One capable worker as the draw sees it. */
export interface SampleCandidate {
  peerId: string
  /** > 0: the larger, the likelier to be drawn within its tier */
  weight: number
  /** asked in an earlier round of the same task */
  asked: boolean
  /** its own telemetry shows a free slot */
  free: boolean
  /** already failed an attempt of the task (listed in the offer's `excluded_workers`). @default false */
  excluded?: boolean
}

/**
 * Draws `size` candidates (all when there are no more), by tier (not asked before asked, free
 * before full) then A-Res key (module comment). Pure given `random`.
 *
 * @param random uniform in [0, 1) (0 is treated as the smallest positive double)
 * @returns peer IDs, tier by tier, largest key first
 */
export function drawBidderSample (candidates: SampleCandidate[], size: number, random: () => number): string[] {
  const keyed = candidates.map(c => ({
    peerId: c.peerId,
    tier: c.excluded === true ? 4 : (c.asked ? 2 : 0) + (c.free ? 0 : 1),
    key: Math.log(Math.max(random(), Number.MIN_VALUE)) / Math.max(c.weight, Number.MIN_VALUE)
  }))
  keyed.sort((a, b) => a.tier - b.tier || b.key - a.key)
  return keyed.slice(0, Math.max(0, size)).map(k => k.peerId)
}

/** What one round invites. */
export interface BidderDraw {
  /** peer IDs that may bid (the round waits for their answers) */
  invited: string[]
  /** true when `invited` is a sample of more capable workers (the offer then names them) */
  sampled: boolean
}

/** Options of a {@link BidderSampler}. */
export interface BidderSamplerOptions {
  /** `coordinator.offerSampleSize`; 0 = no samples */
  size: number
  /** `limits.maxBidsPerTask`: a sample is never larger (more invitees than bids kept would be refused) */
  maxBids: number
  /** uniform in [0, 1). @default Math.random */
  random?: () => number
}

/** Draws each round's bidder sample and remembers, per open task, which workers were asked. */
export class BidderSampler {
  readonly #size: number
  readonly #random: () => number
  /** task id -> workers invited in its earlier rounds */
  readonly #asked = new Map<string, Set<string>>()

  constructor (options: BidderSamplerOptions) {
    this.#size = Math.min(options.size, options.maxBids)
    this.#random = options.random ?? Math.random
  }

  /**
   * The workers to invite to the next round of `taskId`, among `eligible` (the capable workers,
   * see the module comment); everyone when they are no more than the sample size (or samples are
   * off). `excluded`: the task's `excludedWorkers` (drawn last). Remembers them as asked for this task.
   */
  draw (taskId: string, eligible: WorkerView[], ctx: SelectionContext, excluded: readonly string[] = []): BidderDraw {
    let asked = this.#asked.get(taskId)
    if (asked == null) this.#asked.set(taskId, asked = new Set())
    const everyone = this.#size <= 0 || eligible.length <= this.#size
    const invited = everyone
      ? eligible.map(v => v.peerId)
      : drawBidderSample(eligible.map(v => ({ ...candidateOf(v, asked, ctx), excluded: excluded.includes(v.peerId) })), this.#size, this.#random)
    for (const peerId of invited) asked.add(peerId)
    return { invited, sampled: !everyone }
  }

  /** Forgets `taskId` (it ended). */
  forget (taskId: string): void {
    this.#asked.delete(taskId)
  }

  /** Tasks with a memory of asked workers (open tasks that had a round). */
  get size (): number {
    return this.#asked.size
  }
}

/** A capable worker as a {@link SampleCandidate}. */
function candidateOf (view: WorkerView, asked: ReadonlySet<string>, ctx: SelectionContext): SampleCandidate {
  const t = view.telemetry
  return {
    peerId: view.peerId,
    weight: MIN_SAMPLE_WEIGHT + ctx.reputation.score(view.peerId, ctx.nowMs),
    asked: asked.has(view.peerId),
    free: t.capacitySlots > t.runningTasks && freeSlots(view, ctx) > 0
  }
}
