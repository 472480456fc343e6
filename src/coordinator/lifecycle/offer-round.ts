/**
 * Lifecycle steps of an offer round (./transition.ts): opening it, bids and declines, closing it,
 * and the ranking that grants leases and sends the Assigns.
 */
import type { TaskRecord } from '../task-record.ts'
import type { Effect, LifecycleEvent, RankedCandidate, Refusal, StepContext, Transition } from './types.ts'
import { done, failedAttempts, pushDecision, refuse, requeue } from './step-helpers.ts'

/**
 * `roundOpened` by the orchestrator for a queued task: opens the bid round of the next attempt
 * (bid window `limits.bidWindowMs`, late bids `policy.lateBidMs` after it) to the `eligible` peer IDs
 * and publishes the offer; `sampled`: `eligible` is a bidder sample, which the offer names (only they bid).
 * Refused while backing off or when the task holds every lease it may.
 */
export function roundOpened (task: TaskRecord, next: TaskRecord, eligible: string[], ctx: StepContext, sampled = false): Transition {
  if (task.state !== 'queued') return refuse(task, 'not_queued', `task is ${task.state}, not queued`)
  if (task.notBeforeMs > ctx.nowMs) return refuse(task, 'backing_off', `task backs off until ${task.notBeforeMs}`)
  if (task.leases.length >= ctx.policy.maxLeases || failedAttempts(task) >= ctx.policy.maxAttempts) return refuse(task, 'not_queued', 'task holds every lease it may')
  const attempt = task.attempts + 1
  const closesAtMs = ctx.nowMs + task.limits.bidWindowMs
  const lateUntilMs = ctx.policy.lateBidMs > 0 ? closesAtMs + ctx.policy.lateBidMs : 0
  next.state = 'offered'
  next.reason = `offered to ${eligible.length} capable worker(s)`
  next.updatedAtMs = ctx.nowMs
  next.notBeforeMs = 0
  next.round = { attempt, openedAtMs: ctx.nowMs, closesAtMs, lateUntilMs, phase: 'collecting', awaiting: [...new Set(eligible)], bids: [], declines: {}, refused: [], candidates: [] }
  // not persisted: a restart sends an offered task back to the queue (`restarted`), as stored
  const effects: Effect[] = [
    { type: 'announce', kind: 'offered', reason: next.reason, attempt },
    { type: 'publishOffer', attempt, bidDeadlineMs: closesAtMs, lateBidUntilMs: lateUntilMs, ...(sampled ? { invited: [...next.round.awaiting] } : {}) }
  ]
  if (next.round.awaiting.length === 0) effects.push(closeRound(next))
  return done(next, effects)
}

/** Why a bid or decline of `attempt` cannot be recorded now (`offer_closed`), or undefined while its round collects. */
export function collectingRound (task: TaskRecord, attempt: number): Refusal | undefined {
  if (task.state !== 'offered' || task.round == null) return { code: 'offer_closed', reason: 'offer closed' }
  if (task.round.attempt !== attempt) return { code: 'offer_closed', reason: `offer closed: the open round is attempt ${task.round.attempt}` }
  if (task.round.phase !== 'collecting') return { code: 'offer_closed', reason: 'offer closed: the bid window has ended' }
  return undefined
}

/**
 * `bid`: records the bid in the collecting round (refused as duplicate or past `maxBidsPerTask`),
 * and closes the round once every capable worker answered, the bid limit is reached, or it is a late bid.
 */
export function bid (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'bid' }>, ctx: StepContext): Transition {
  const closed = collectingRound(task, e.attempt)
  if (closed != null) return refuse(task, closed.code, closed.reason)
  const round = next.round!
  if (round.bids.some(b => b.worker === e.worker)) return refuse(task, 'duplicate_bid', 'already bid')
  if (round.bids.length >= ctx.policy.maxBidsPerTask) return refuse(task, 'bid_limit', `offer already has ${ctx.policy.maxBidsPerTask} bids`)
  round.bids.push({ worker: e.worker, price: e.price, queueDepth: e.queueDepth, freeSlots: e.freeSlots, receivedAtMs: ctx.nowMs })
  round.awaiting = round.awaiting.filter(w => w !== e.worker)
  const late = round.late === true ? ' (late: after the bid deadline)' : ''
  const effects: Effect[] = [{ type: 'announce', kind: 'bid', reason: `bid from ${e.worker} at ${e.price} credits${late}`, workerPeerId: e.worker, attempt: e.attempt, bids: round.bids.length }]
  // every capable worker answered; or no further bid could be recorded; or the round waited past
  // its deadline for this first (late) bid: waiting longer only delays the task
  if (round.awaiting.length === 0 || round.bids.length >= ctx.policy.maxBidsPerTask || round.late === true) effects.push(closeRound(next))
  return done(next, effects)
}

/** `decline`: notes the worker's reason; closes the round once every capable worker answered. */
export function decline (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'decline' }>): Transition {
  const closed = collectingRound(task, e.attempt)
  if (closed != null) return refuse(task, closed.code, closed.reason)
  const round = next.round!
  round.declines[e.worker] = e.reason
  round.awaiting = round.awaiting.filter(w => w !== e.worker)
  return done(next, round.awaiting.length === 0 ? [closeRound(next)] : [])
}

/** Ends bid collection: the orchestrator ranks the candidates and answers `roundClosed`. */
export function closeRound (next: TaskRecord): Effect {
  next.round!.phase = 'ranking'
  return { type: 'rank', attempt: next.round!.attempt }
}

/**
 * The ranking of a round: grants leases to the first open candidates (one, or one per nonce when
 * the orchestrator asks for replicas in the same round, at most `maxLeases` with those of this round
 * already held), answers every other bidder but one runner-up, and sends the Assigns.
 */
export function roundClosed (task: TaskRecord, next: TaskRecord, attempt: number, candidates: RankedCandidate[], nonces: string[], ctx: StepContext): Transition {
  if (task.state !== 'offered' || task.round?.phase !== 'ranking' || task.round.attempt !== attempt) return refuse(task, 'not_ranking', 'no round waits for this ranking')
  const round = next.round!
  const refused = new Set(round.refused)
  const previousNotes = new Map(round.candidates.map(c => [c.workerPeerId, c.note]))
  round.candidates = candidates.map(({ eligible, ...row }) => ({ ...row, note: refused.has(row.workerPeerId) ? previousNotes.get(row.workerPeerId) ?? row.note : row.note }))
  const released = new Set(round.released ?? [])
  // leases this round granted already (a re-ranking after one of several Assigns was refused)
  const held = new Set(next.leases.filter(l => l.attempt === attempt).map(l => l.worker))
  const open = candidates.filter(c => c.eligible && !refused.has(c.workerPeerId) && !released.has(c.workerPeerId) && !held.has(c.workerPeerId))
  const wanted = Math.max(0, Math.min(nonces.length, ctx.policy.maxLeases - (next.leases.length - held.size)) - held.size)
  const chosen = open.slice(0, wanted)
  if (chosen.length === 0 && held.size > 0) {
    // the round's other Assigns are still in flight: it goes on with them
    round.phase = 'assigning'
    return done(next, [])
  }
  const winner = chosen[0]
  if (winner == null && round.bids.length > 0 && round.awaiting.length > 0 && (round.lateUntilMs ?? 0) > ctx.nowMs) {
    // the bids so far cannot be assigned (e.g. from the worker that ran a replica's first execution, or
    // marked dead meanwhile) and capable workers have not answered: wait for a late bid of another until
    // the late end instead of ending the round; these bidders are answered now and not chosen in this round
    round.phase = 'collecting'
    round.late = true
    round.closesAtMs = round.lateUntilMs!
    round.released = [...released, ...round.bids.map(b => b.worker).filter(w => !released.has(w))]
    next.reason = `no bidder could take it yet; open for a late bid until ${new Date(round.closesAtMs).toISOString()}`
    next.updatedAtMs = ctx.nowMs
    return done(next, [{ type: 'answerBids', attempt }])
  }
  if (winner == null) {
    const reason = noCandidateReason(round.bids.length, round.declines)
    pushDecision(next, attempt, round.candidates, round.bids.length === 0 ? 'no bids' : 'no bidder could take it', ctx.nowMs)
    next.round = undefined
    requeue(next, reason, next.attempts + 1, ctx)
    return done(next, [
      { type: 'answerBids', attempt },
      { type: 'persist' },
      { type: 'announce', kind: 'queued', reason }
    ])
  }
  round.phase = 'assigning'
  next.leases = [...next.leases, ...chosen.map((c, i) => ({
    worker: c.workerPeerId,
    attempt,
    phase: 'assigning' as const,
    assignedAtMs: ctx.nowMs,
    expiresAtMs: ctx.nowMs + ctx.policy.leaseMs,
    deadlineMs: ctx.nowMs + ctx.policy.fetchMs + task.limits.executionMs + ctx.policy.leaseMs,
    reportedRunning: false,
    price: c.price,
    nonce: nonces[i]
  }))]
  // every other bidder but one runner-up (the fallback should an Assign be refused) is answered now,
  // not once the Assign is acknowledged: its bid holds a slot on its worker until answered (issue 12)
  const keep = [...held, ...chosen.map(c => c.workerPeerId), ...open.slice(wanted, wanted + 1).map(c => c.workerPeerId)]
  const losers = round.bids.map(b => b.worker).filter(w => !keep.includes(w) && !released.has(w))
  const effects: Effect[] = []
  if (losers.length > 0) {
    round.released = [...released, ...losers]
    effects.push({ type: 'answerBids', attempt, winner: winner.workerPeerId, keep })
  }
  for (const c of chosen) effects.push({ type: 'breakerTrial', worker: c.workerPeerId })
  for (const c of chosen) effects.push({ type: 'sendAssign', worker: c.workerPeerId, attempt })
  return done(next, effects)
}

function noCandidateReason (bids: number, declines: Record<string, string>): string {
  const declined = Object.values(declines)
  if (bids > 0) return 'every bidder refused or became ineligible'
  if (declined.length > 0) return `no bids: ${declined.length} worker(s) declined (${[...new Set(declined)].join('; ')})`
  return 'no bids within the bid window or the late-bid time after it'
}
