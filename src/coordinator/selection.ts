/**
 * Worker selection: which workers may serve a task, why none can, and how the
 * bidders are ranked.
 *
 * Score of a candidate `w` for task `t` (weights from config `selection`, normalised to sum 1):
 *
 *     score = wH * health(w) + wR * reputation(w) + wP * priceScore + wL * loadScore
 *     priceScore = t.maxPrice > 0 ? 1 - bidPrice / t.maxPrice : 1       (a bid above maxPrice is excluded)
 *     loadScore  = freeSlots / capacitySlots                             (freeSlots counts this coordinator's leases)
 *
 * Telemetry is the complete domain value (src/protocol/messages/telemetry.ts;
 * capacitySlots >= 1, so loadScore is defined), read with no defaults.
 * health is from telemetry (worker-registry.ts), reputation the Beta score
 * (reputation.ts). Ties go to the lower peer ID, so ranking is deterministic.
 * Workers that already lost or failed an attempt of the task rank after all others.
 *
 * Verification (docs/verification.md) adds two hard exclusions: a worker that
 * already delivered a result for the task never runs it again (a replica must
 * be independent), and a worker caught with a wrong result gets no task until
 * its exclusion ends. Replicas go to a bidder drawn uniformly at random among
 * the eligible ones ({@link drawReplicaCandidate}), so a worker cannot arrange
 * to re-execute a task it knows the result of.
 */
import type { ReputationBook } from './reputation.ts'
import type { CandidateScoreRecord, TaskRecord } from './task-record.ts'
import type { WorkerRegistry, WorkerView } from './worker-registry.ts'

/** Selection weights (config `selection`). */
export interface SelectionWeights {
  healthWeight: number
  reputationWeight: number
  priceWeight: number
  loadWeight: number
}

/** What a selection round needs to know besides the task. */
export interface SelectionContext {
  registry: WorkerRegistry
  reputation: ReputationBook
  weights: SelectionWeights
  /** leases this coordinator holds on each worker (assigned, not yet finished) */
  leasesOf: (peerId: string) => number
  nowMs: number
}

/** A bid as the coordinator recorded it. */
export interface BidRecord {
  worker: string
  price: number
  queueDepth: number
  freeSlots: number
  receivedAtMs: number
}

/** Why verification keeps a worker from the task (caught and excluded, or it already ran it), or undefined. */
function verificationExclusion (peerId: string, task: TaskRecord, ctx: SelectionContext): string | undefined {
  const excludedUntil = ctx.reputation.excludedUntil(peerId)
  if (excludedUntil > ctx.nowMs) return `excluded until ${new Date(excludedUntil).toISOString()}: caught with a wrong result`
  if (task.verification.results.some(r => r.worker === peerId)) return 'already ran this task (a replica must come from another worker)'
  return undefined
}

/** Why a worker cannot take the task now, or undefined when it can. */
function ineligibility (view: WorkerView, task: TaskRecord, ctx: SelectionContext, price?: number): string | undefined {
  const t = view.telemetry
  if (!view.alive) return 'telemetry stale'
  const excluded = verificationExclusion(view.peerId, task, ctx)
  if (excluded != null) return excluded
  if (t.draining) return 'draining'
  if (!view.breaker.allows(ctx.nowMs)) return `circuit breaker ${view.breaker.state(ctx.nowMs)}`
  if (t.maxMemoryPages < task.limits.memoryPages) return `accepts at most ${t.maxMemoryPages} pages, task needs ${task.limits.memoryPages}`
  const askedPrice = price ?? t.price
  if (askedPrice > task.limits.maxPrice) return `asks ${askedPrice} credits, task pays at most ${task.limits.maxPrice}`
  if (freeSlots(view, ctx) <= 0) return `busy (${t.capacitySlots} slots in use)`
  return undefined
}

/** Free slots of a worker: its capacity minus the larger of what it reports and what we lease to it. */
export function freeSlots (view: WorkerView, ctx: SelectionContext): number {
  return view.telemetry.capacitySlots - Math.max(ctx.leasesOf(view.peerId), 0)
}

/** Workers that may be offered the task now (alive, fitting, not busy, breaker allowing). */
export function eligibleWorkers (task: TaskRecord, ctx: SelectionContext): WorkerView[] {
  return ctx.registry.list().filter(view => ineligibility(view, task, ctx) == null)
}

/**
 * The reason a task waits in the queue when no worker is eligible, in the
 * words a user sees in `bin/node status`: no workers, none with enough memory,
 * price too low, all busy, or held back by breakers.
 */
export function queueReason (task: TaskRecord, ctx: SelectionContext): string {
  const alive = ctx.registry.list().filter(v => v.alive && !v.telemetry.draining)
  if (alive.length === 0) return 'no workers: none has published telemetry recently'
  const memoryFit = alive.filter(v => v.telemetry.maxMemoryPages >= task.limits.memoryPages)
  if (memoryFit.length === 0) {
    const most = Math.max(...alive.map(v => v.telemetry.maxMemoryPages))
    return `no worker with enough memory: task needs ${task.limits.memoryPages} pages, the largest worker accepts ${most}`
  }
  const priceFit = memoryFit.filter(v => v.telemetry.price <= task.limits.maxPrice)
  if (priceFit.length === 0) {
    const cheapest = Math.min(...memoryFit.map(v => v.telemetry.price))
    return `price too low: task pays at most ${task.limits.maxPrice} credits, the cheapest worker asks ${cheapest}`
  }
  const independent = priceFit.filter(v => verificationExclusion(v.peerId, task, ctx) == null)
  if (independent.length === 0) {
    return `waiting for an independent worker: all ${priceFit.length} capable worker(s) already ran this task or are excluded, and verification needs another`
  }
  const breakerFit = independent.filter(v => v.breaker.allows(ctx.nowMs))
  if (breakerFit.length === 0) return `all ${priceFit.length} capable workers are held back by their circuit breakers`
  return `all ${breakerFit.length} capable workers are busy`
}

/**
 * Scores every bid and every live worker that did not bid (noting its decline
 * reason, or why it is ineligible), best first. The caller assigns to the
 * first `eligible` entries in order.
 */
export function rankBids (task: TaskRecord, bids: BidRecord[], ctx: SelectionContext, declines: ReadonlyMap<string, string> = new Map()): Array<CandidateScoreRecord & { eligible: boolean }> {
  const w = normalise(ctx.weights)
  const bidders = new Set(bids.map(b => b.worker))
  const excluded = new Set(task.excludedWorkers)
  const rows: Array<CandidateScoreRecord & { eligible: boolean, retried: boolean }> = []
  for (const bid of bids) {
    const view = ctx.registry.get(bid.worker)
    const reputation = ctx.reputation.score(bid.worker, ctx.nowMs)
    const priceScore = task.limits.maxPrice > 0 ? 1 - Math.min(1, bid.price / task.limits.maxPrice) : 1
    if (view == null) {
      rows.push({ workerPeerId: bid.worker, score: 0, health: 0, reputation, priceScore, loadScore: 0, price: bid.price, chosen: false, note: 'no telemetry from this worker', eligible: false, retried: false })
      continue
    }
    const health = ctx.registry.health(view, ctx.nowMs)
    const loadScore = Math.max(0, freeSlots(view, ctx)) / view.telemetry.capacitySlots
    const score = w.healthWeight * health + w.reputationWeight * reputation + w.priceWeight * priceScore + w.loadWeight * loadScore
    const why = ineligibility(view, task, ctx, bid.price)
    rows.push({ workerPeerId: bid.worker, score, health, reputation, priceScore, loadScore, price: bid.price, chosen: false, note: why ?? '', eligible: why == null, retried: excluded.has(bid.worker) })
  }
  for (const view of ctx.registry.list()) {
    if (bidders.has(view.peerId) || !view.alive) continue
    const why = ineligibility(view, task, ctx)
    rows.push({ workerPeerId: view.peerId, score: 0, health: ctx.registry.health(view, ctx.nowMs), reputation: ctx.reputation.score(view.peerId, ctx.nowMs), priceScore: 0, loadScore: 0, price: view.telemetry.price, chosen: false, note: declines.has(view.peerId) ? `declined: ${declines.get(view.peerId) ?? ''}` : why ?? 'did not bid', eligible: false, retried: false })
  }
  rows.sort((a, b) =>
    Number(b.eligible) - Number(a.eligible) ||
    Number(a.retried) - Number(b.retried) ||
    b.score - a.score ||
    (a.workerPeerId < b.workerPeerId ? -1 : 1))
  for (const row of rows) {
    if (row.retried && row.eligible && row.note === '') row.note = 'already failed an attempt of this task'
  }
  return rows.map(({ retried, ...row }) => row)
}

/**
 * For a replica round: moves one eligible candidate, drawn uniformly with
 * `randomInt(n)` (an integer in [0, n), e.g. `crypto.randomInt`), to the
 * front; the rest keep their order. Returns a new array.
 */
export function drawReplicaCandidate<T extends { eligible: boolean }> (rows: T[], randomInt: (n: number) => number): T[] {
  const eligible = rows.filter(r => r.eligible)
  if (eligible.length < 2) return [...rows]
  const chosen = eligible[randomInt(eligible.length)]
  return [chosen, ...rows.filter(r => r !== chosen)]
}

/**
 * For a round that assigns `count` replicas beside its first execution: keeps the first eligible
 * row first (the best-ranked bidder runs the first execution, as in any round) unless `keepFirst`
 * is false, then draws `count` more eligible rows uniformly without replacement with
 * `randomInt(n)` (an integer in [0, n)) and puts them next, in the order drawn; the rest keep their
 * order. Fewer are drawn when fewer are eligible. Returns a new array.
 */
export function drawReplicaCandidates<T extends { eligible: boolean }> (rows: T[], count: number, randomInt: (n: number) => number, keepFirst = true): T[] {
  const eligible = rows.filter(r => r.eligible)
  const head: T[] = keepFirst && eligible.length > 0 ? [eligible.shift()!] : []
  for (let i = 0; i < count && eligible.length > 0; i++) head.push(eligible.splice(randomInt(eligible.length), 1)[0])
  return [...head, ...rows.filter(r => !head.includes(r))]
}

function normalise (w: SelectionWeights): SelectionWeights {
  const sum = w.healthWeight + w.reputationWeight + w.priceWeight + w.loadWeight
  if (sum <= 0) return { healthWeight: 0.25, reputationWeight: 0.25, priceWeight: 0.25, loadWeight: 0.25 }
  return { healthWeight: w.healthWeight / sum, reputationWeight: w.reputationWeight / sum, priceWeight: w.priceWeight / sum, loadWeight: w.loadWeight / sum }
}
