/**
 * The task lifecycle as one pure function:
 *
 *     transition(task, event, { nowMs, policy, random }) -> { task', effects } | refusal
 *
 * No I/O, no clock, no shared state: the same inputs give the same outputs, so
 * every race is an ordering of events a test can replay. The orchestrator
 * applies the effects (persist, publish, send, settle, schedule) one task at a
 * time.
 *
 *     received --admitted--> queued --roundOpened--> offered --bids, roundClosed, sendAssign--> (assigning lease)
 *        |                    ^  ^                      |                                           |
 *        |                    |  +-- no candidate ------+          assignAcked --> assigned --heartbeat(running)--> running
 *        |                    |                                    (assignAcked with running: content inline, straight to running)
 *        |                    +--- lease lost, invalid result, handed back (backoff, attempt budget) ---+                |
 *        |                                                                                resultReceived --> verifying --+
 *        +--rejected--> rejected                                resultVerified --> completed | failed | timed_out | memory_exceeded | rejected
 *                                             tick past the queue or total timeout --> timed_out;  cancel --> cancelled
 *
 * Decisions that are not obvious from the diagram:
 *
 * - A lost lease becomes the task's `lapsed` lease until another lease is
 *   granted: a valid result for it that arrives before the task is reassigned
 *   is accepted (the work was done; throwing it away helps nobody). Its loss
 *   was already recorded against the worker's reputation.
 * - A lease lost while its Assign is in flight (`assigning`) does not use an
 *   attempt: the round ranks its candidates again without that worker. An
 *   acknowledgement arriving after that is refused, and the worker's first
 *   heartbeat is refused too, which stops its run.
 * - When a round is ranked, every bidder but the chosen candidate and one
 *   runner-up is answered "lost" at once (so its worker frees the slot its
 *   bid reserved) and is never chosen in that round again; the runner-up is
 *   the fallback should the Assign be refused.
 * - A lease in `verifying` has no timer: its result arrived in time.
 * - `attempts` counts assignments the worker accepted, less those handed back
 *   unrun; a new round opens only while `attempts < maxAttempts`.
 * - A result whose receipt checked out ends the task only when the results
 *   so far agree as its verification policy asks (../agreement.ts,
 *   docs/verification.md); otherwise the task goes back to the queue, without
 *   backoff, for an execution on another worker. Attempts that delivered a
 *   checked result do not count against `maxAttempts`.
 * - A task whose program was running on `quarantineAfter` workers that were
 *   lost (disconnected, silent) is quarantined: it ends `failed`.
 * - A terminal state is final: every later event is refused with `task_ended`.
 */
import { retryDelayMs } from '../backoff.ts'
import { describeStatus, terminalStateOf } from '../outcome.ts'
import { fromBase64, outcomeWithoutResult, toBase64, type TaskRecord, type TaskStateName } from '../task-record.ts'
import { agreementKey, judgeResults, type AgreementDecision } from '../agreement.ts'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { ailee } from '../../proto/index.ts'
import { isTerminalState } from '../../protocol/task-states.ts'
import { pb } from '../../proto/index.ts'
import type { Effect, LeaseLossReason, Lease, LifecycleEvent, LifecyclePolicy, RankedCandidate, Refusal, RefusalCode, Transition, Verdict } from './types.ts'
import { clonePlain } from './clone-record.ts'

/** What a step knows besides the task and the event. */
export interface StepContext {
  /** Unix ms at which the event is applied */
  nowMs: number
  policy: LifecyclePolicy
  /** uniform in [0, 1); used for retry jitter */
  random: () => number
}

/** Most assignment decisions kept per task (the oldest are dropped). */
const MAX_DECISIONS = 16

/**
 * Applies `event` to `task` at `ctx.nowMs`.
 *
 * @returns the next state and the effects to carry out in order, or the
 *   unchanged task with a refusal and no effects. Never throws for any
 *   (state, event) pair; `task` is not modified.
 */
export function transition (task: TaskRecord, event: LifecycleEvent, ctx: StepContext): Transition {
  if (isTerminalState(task.state as TaskStateName)) return refuse(task, 'task_ended', `task already ${task.state}`)
  if (task.state === 'received') {
    if (event.type === 'admitted') return admitted(draft(task), ctx)
    if (event.type === 'rejected') {
      // a refused submission keeps no arguments, environment or content key: they can be large (or secret), and nothing runs them
      const { contentKey: _key, ...kept } = draft(task)
      const next = { ...kept, args: [], env: {} }
      return endWithoutResult(next, [], 'rejected', event.reason, ctx)
    }
    return refuse(task, 'not_admitted', 'task not admitted yet')
  }
  // a bid or decline for a round that stopped collecting is refused before the task is copied: in a
  // large swarm most bids arrive after their round closed (100 nodes: 2,523 refused against 135
  // recorded, docs/scaling.md), and a copy of a task with its decisions costs milliseconds
  if (event.type === 'bid' || event.type === 'decline') {
    const closed = collectingRound(task, event.attempt)
    if (closed != null) return refuse(task, closed.code, closed.reason)
  }
  const next = draft(task)
  switch (event.type) {
    case 'admitted':
    case 'rejected': return refuse(task, 'already_admitted', 'task already admitted')
    case 'waiting': return waiting(task, next, event.reason)
    case 'roundOpened': return roundOpened(task, next, event.eligible, ctx)
    case 'bid': return bid(task, next, event, ctx)
    case 'decline': return decline(task, next, event)
    case 'roundClosed': return roundClosed(task, next, event.attempt, event.candidates, [event.nonce, ...event.replicaNonces ?? []], ctx)
    case 'assignAcked': return assignAcked(task, next, event.worker, event.attempt, ctx, event.running === true)
    case 'assignRefused': return assignRefused(task, next, event, ctx)
    case 'heartbeat': return heartbeat(task, next, event, ctx)
    case 'leaseLost': return leaseLost(task, next, event.worker, event.reason, ctx)
    case 'resultReceived': return resultReceived(task, next, event, ctx)
    case 'resultVerified': return resultVerified(task, next, event, ctx)
    case 'resultInvalid': return resultInvalid(task, next, event, ctx)
    case 'handedBack': return handedBack(task, next, event, ctx)
    case 'cancel': return cancel(task, next, event, ctx)
    case 'restarted': return restarted(next, ctx)
    case 'tick': return tick(task, next, ctx)
  }
}

/**
 * The next Unix ms at which a `tick` changes `task`, or undefined when nothing
 * is pending (a terminal task). The orchestrator keeps one timer per task at
 * this time. A tick at or after it is never refused (a property test checks
 * this), so the timer never spins.
 */
export function nextDeadline (task: TaskRecord): number | undefined {
  if (isTerminalState(task.state as TaskStateName) || task.state === 'received') return undefined
  const times = [task.createdAtMs + task.limits.totalMs]
  if (task.state === 'queued') {
    if (task.firstAssignedAtMs == null) times.push(task.createdAtMs + task.limits.queueMs)
    if (task.notBeforeMs > 0) times.push(task.notBeforeMs)
  }
  if (task.round?.phase === 'collecting') times.push(task.round.closesAtMs)
  for (const lease of task.leases) {
    if (lease.phase !== 'verifying') times.push(Math.min(lease.expiresAtMs, lease.deadlineMs))
  }
  return Math.min(...times)
}

// ------------------------------------------------------------------ steps

function admitted (next: TaskRecord, ctx: StepContext): Transition {
  next.state = 'queued'
  next.reason = 'waiting for an offer round'
  next.updatedAtMs = ctx.nowMs
  return done(next, [{ type: 'persist' }, { type: 'announce', kind: 'accepted', reason: 'durably accepted' }])
}

function waiting (task: TaskRecord, next: TaskRecord, reason: string): Transition {
  if (task.state !== 'queued') return refuse(task, 'not_queued', `task is ${task.state}, not queued`)
  if (task.reason === reason) return refuse(task, 'unchanged', 'the task already waits for this reason')
  next.reason = reason
  return done(next, [{ type: 'announce', kind: 'queued', reason }])
}

function roundOpened (task: TaskRecord, next: TaskRecord, eligible: string[], ctx: StepContext): Transition {
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
    { type: 'publishOffer', attempt, bidDeadlineMs: closesAtMs, lateBidUntilMs: lateUntilMs }
  ]
  if (next.round.awaiting.length === 0) effects.push(closeRound(next))
  return done(next, effects)
}

function collectingRound (task: TaskRecord, attempt: number): Refusal | undefined {
  if (task.state !== 'offered' || task.round == null) return { code: 'offer_closed', reason: 'offer closed' }
  if (task.round.attempt !== attempt) return { code: 'offer_closed', reason: `offer closed: the open round is attempt ${task.round.attempt}` }
  if (task.round.phase !== 'collecting') return { code: 'offer_closed', reason: 'offer closed: the bid window has ended' }
  return undefined
}

function bid (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'bid' }>, ctx: StepContext): Transition {
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

function decline (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'decline' }>): Transition {
  const closed = collectingRound(task, e.attempt)
  if (closed != null) return refuse(task, closed.code, closed.reason)
  const round = next.round!
  round.declines[e.worker] = e.reason
  round.awaiting = round.awaiting.filter(w => w !== e.worker)
  return done(next, round.awaiting.length === 0 ? [closeRound(next)] : [])
}

/** Ends bid collection: the orchestrator ranks the candidates and answers `roundClosed`. */
function closeRound (next: TaskRecord): Effect {
  next.round!.phase = 'ranking'
  return { type: 'rank', attempt: next.round!.attempt }
}

/**
 * The ranking of a round: grants leases to the first open candidates (one, or one per nonce when
 * the orchestrator asks for replicas in the same round, at most `maxLeases` with those of this round
 * already held), answers every other bidder but one runner-up, and sends the Assigns.
 */
function roundClosed (task: TaskRecord, next: TaskRecord, attempt: number, candidates: RankedCandidate[], nonces: string[], ctx: StepContext): Transition {
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

function findLease (task: TaskRecord, worker: string, attempt: number, phases: ReadonlyArray<Lease['phase']>): number {
  return task.leases.findIndex(l => l.worker === worker && l.attempt === attempt && phases.includes(l.phase))
}

function assignAcked (task: TaskRecord, next: TaskRecord, worker: string, attempt: number, ctx: StepContext, running: boolean): Transition {
  const i = findLease(task, worker, attempt, ['assigning'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no Assign of this attempt is waiting for this worker: the lease was lost or the task moved on')
  // an ack that says "running" stands for the worker's first running heartbeat (content inline, issue 9)
  if (running) next.leases = next.leases.map((l, j) => j === i ? { ...l, reportedRunning: true } : l)
  return done(next, accept(next, i, ctx))
}

/** The worker of lease `i` accepted its Assign: the attempt starts. */
function accept (next: TaskRecord, i: number, ctx: StepContext): Effect[] {
  const lease = { ...next.leases[i] }
  const running = lease.reportedRunning
  lease.phase = running ? 'running' : 'assigned'
  lease.expiresAtMs = ctx.nowMs + ctx.policy.leaseMs
  next.leases = next.leases.map((l, j) => j === i ? lease : l)
  next.attempts += 1
  next.firstAssignedAtMs ??= ctx.nowMs
  next.lapsed = undefined
  const round = next.round
  const bids = round?.bids.length ?? 0
  // every lease this round granted: one, or several when replicas were assigned in the same round
  const ofRound = next.leases.filter(l => l.attempt === lease.attempt).map(l => l.worker)
  let score = 0
  if (round != null) {
    const candidates = round.candidates.map(c => ({ ...c }))
    // a replica goes to a bidder drawn at random (../selection.ts), not to the best score: every lease
    // of a round after a first result, and all but the first lease of a round that granted several
    const drawn = (worker: string): boolean => next.verification.results.length > 0 || ofRound.indexOf(worker) > 0
    const chosen = candidates.filter(c => ofRound.includes(c.workerPeerId))
    const best = chosen.find(c => !drawn(c.workerPeerId)) ?? chosen[0]
    for (const c of chosen) {
      c.chosen = true
      c.note = drawn(c.workerPeerId) ? 'drawn at random among the eligible bidders (a re-execution)' : ''
    }
    if (best != null) {
      score = candidates.find(c => c.workerPeerId === lease.worker)?.score ?? best.score
      const replicaOnly = chosen.every(c => drawn(c.workerPeerId))
      for (const other of candidates) {
        if (!other.chosen && other.note === '') {
          other.note = replicaOnly ? 'not drawn (a re-execution goes to a bidder drawn at random)' : `lower score than the winner (${other.score.toFixed(3)} < ${best.score.toFixed(3)})`
        }
      }
    }
    pushDecision(next, round.attempt, candidates, `assigned to ${ofRound.join(', ')}`, ctx.nowMs)
    next.round = undefined
  }
  // another lease of the task may already be running (replicas assigned in the same round)
  next.state = running || next.leases.some(l => l.phase === 'running') ? 'running' : 'assigned'
  next.reason = `assigned to ${lease.worker} (score ${score.toFixed(3)})`
  next.updatedAtMs = ctx.nowMs
  // bidders of this round whose Assign is still in flight keep waiting for their answer
  const inFlight = next.leases.filter(l => l.attempt === lease.attempt && l.phase === 'assigning').map(l => l.worker)
  const effects: Effect[] = [
    { type: 'answerBids', attempt: lease.attempt, winner: lease.worker, ...inFlight.length > 0 ? { keep: inFlight } : {} },
    { type: 'persist' },
    { type: 'announce', kind: 'assigned', reason: next.reason, workerPeerId: lease.worker, attempt: lease.attempt, bids }
  ]
  if (running) {
    next.reason = `running on ${lease.worker}`
    effects.push({ type: 'announce', kind: 'running', reason: next.reason, workerPeerId: lease.worker, attempt: lease.attempt })
  }
  return effects
}

function assignRefused (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'assignRefused' }>, ctx: StepContext): Transition {
  const i = findLease(task, e.worker, e.attempt, ['assigning'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no Assign of this attempt is waiting for this worker')
  next.leases = next.leases.filter((_, j) => j !== i)
  const effects: Effect[] = e.unreachable ? [{ type: 'breakerFailure', worker: e.worker }] : []
  const why = e.unreachable ? `unreachable: ${e.reason}` : `refused: ${e.reason}`
  if (next.round == null) return done(next, [...effects, ...assignLostAfterRound(next, `${e.worker} ${why}`, ctx)])
  return done(next, [...effects, ...retryRound(next, e.worker, why)])
}

/**
 * An Assign of a round that granted several leases failed (refused, or its lease lost before the
 * acknowledgement) after the round ended with another lease's acknowledgement: no attempt was
 * used. The task goes on with its other leases, or back to the queue (with backoff) for the
 * execution it still needs.
 */
function assignLostAfterRound (next: TaskRecord, why: string, ctx: StepContext): Effect[] {
  if (next.leases.length > 0) {
    settleOnLeases(next, `${why}; another execution is under way`, ctx)
    return []
  }
  requeue(next, `retrying: ${why}`, Math.max(1, next.attempts), ctx)
  return [{ type: 'persist' }, { type: 'announce', kind: 'retry', reason: next.reason }]
}

/** The round's candidate `worker` cannot take the task: note why and rank the others again. */
function retryRound (next: TaskRecord, worker: string, note: string): Effect[] {
  const round = next.round
  if (round == null) return []
  round.refused = [...round.refused, worker]
  round.candidates = round.candidates.map(c => c.workerPeerId === worker ? { ...c, note } : c)
  return [closeRound(next)]
}

function heartbeat (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'heartbeat' }>, ctx: StepContext): Transition {
  // a heartbeat sent while the worker's result is being verified: it still holds the lease
  if (findLease(task, e.worker, e.attempt, ['verifying']) >= 0) return done(next, [])
  const i = findLease(task, e.worker, e.attempt, ['assigning', 'assigned', 'running'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no lease: the task was reassigned or has ended')
  const lease = { ...next.leases[i], expiresAtMs: ctx.nowMs + ctx.policy.leaseMs }
  next.leases = next.leases.map((l, j) => j === i ? lease : l)
  const effects: Effect[] = []
  if (e.phase === 'running') {
    if (lease.phase === 'assigning') lease.reportedRunning = true
    else if (lease.phase === 'assigned') {
      lease.phase = 'running'
      next.state = 'running'
      next.reason = `running on ${e.worker}`
      next.updatedAtMs = ctx.nowMs
      effects.push({ type: 'persist' }, { type: 'announce', kind: 'running', reason: next.reason, workerPeerId: e.worker, attempt: e.attempt })
    }
  }
  return done(next, effects)
}

function leaseLost (task: TaskRecord, next: TaskRecord, worker: string, reason: LeaseLossReason, ctx: StepContext): Transition {
  const held = task.leases.filter(l => l.worker === worker && l.phase !== 'verifying')
  if (held.length === 0) return refuse(task, 'not_leaseholder', `${worker} holds no lease of this task`)
  const why = reason === 'disconnected' ? `${worker} disconnected` : `${worker}'s telemetry went stale`
  let effects: Effect[] = []
  for (const lease of held) {
    if (isTerminalState(next.state as TaskStateName)) break
    effects = [...effects, ...loseLease(next, lease, why, 'timeout', ctx, true)]
  }
  return done(next, effects)
}

/**
 * Takes `lease` away (the caller checked it is held): penalise the worker,
 * then rank again (Assign in flight), retry with backoff, or give up after
 * `maxAttempts`. `hostLost`: the worker vanished (disconnected, telemetry or
 * heartbeats stopped); if its program was running, that counts towards the
 * task's quarantine (`quarantineAfter` hosts lost: the task may crash its
 * host and is not offered again).
 */
function loseLease (next: TaskRecord, lease: Lease, why: string, verdict: Verdict, ctx: StepContext, hostLost = false): Effect[] {
  next.leases = next.leases.filter(l => !(l.worker === lease.worker && l.attempt === lease.attempt))
  if (lease.phase === 'assigning') {
    if (next.round == null) return [{ type: 'breakerFailure', worker: lease.worker }, ...assignLostAfterRound(next, `lease of ${lease.worker} lost while assigning: ${why}`, ctx)]
    return [{ type: 'breakerFailure', worker: lease.worker }, ...retryRound(next, lease.worker, `lease lost while assigning: ${why}`)]
  }
  const effects: Effect[] = [{ type: 'judge', worker: lease.worker, verdict }]
  if (!next.excludedWorkers.includes(lease.worker)) next.excludedWorkers = [...next.excludedWorkers, lease.worker]
  next.decisions = next.decisions.map(d => d.attempt === lease.attempt ? { ...d, outcome: `lost: ${why}` } : d)
  next.lapsed = verdict === 'timeout' ? { worker: lease.worker, attempt: lease.attempt, price: lease.price, nonce: lease.nonce } : undefined
  if (hostLost && lease.phase === 'running') {
    next.hostsLost = (next.hostsLost ?? 0) + 1
    if (next.hostsLost >= ctx.policy.quarantineAfter) {
      return endWithoutResult(next, effects, 'failed', `quarantined: ${next.hostsLost} workers were lost while running this task (last: ${why}); it may crash its host, so it is not offered again`, ctx).effects
    }
  }
  if (next.leases.length > 0) {
    if (!isTerminalState(next.state as TaskStateName)) settleOnLeases(next, `${why}; another execution is under way`, ctx)
    return effects
  }
  if (failedAttempts(next) >= ctx.policy.maxAttempts) {
    return endWithoutResult(next, effects, 'failed', `gave up after ${failedAttempts(next)} failed attempts; last: ${why}`, ctx).effects
  }
  requeue(next, `retrying after attempt ${next.attempts}: ${why}`, next.attempts, ctx)
  return [...effects, { type: 'persist' }, { type: 'announce', kind: 'retry', reason: next.reason, workerPeerId: lease.worker, attempt: lease.attempt }]
}

function resultReceived (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'resultReceived' }>, ctx: StepContext): Transition {
  let i = findLease(task, e.worker, e.attempt, ['assigning', 'assigned', 'running'])
  const effects: Effect[] = []
  if (i >= 0 && task.leases[i].phase === 'assigning') effects.push(...accept(next, i, ctx))
  if (i < 0) {
    const lapsed = task.lapsed
    if (lapsed?.worker !== e.worker || lapsed.attempt !== e.attempt || task.leases.length > 0) {
      if (findLease(task, e.worker, e.attempt, ['verifying']) >= 0) return refuse(task, 'not_leaseholder', 'result already being verified')
      return refuse(task, 'not_leaseholder', 'stale attempt: the task was reassigned')
    }
    // the lapsed lease's result, before any reassignment: take it
    if (next.round != null) effects.push({ type: 'answerBids', attempt: next.round.attempt })
    next.round = undefined
    next.lapsed = undefined
    next.leases = [{ worker: e.worker, attempt: e.attempt, phase: 'running', assignedAtMs: ctx.nowMs, expiresAtMs: ctx.nowMs, deadlineMs: ctx.nowMs, reportedRunning: true, price: lapsed.price, nonce: lapsed.nonce }]
    i = 0
  }
  next.leases = next.leases.map((l, j) => j === i ? { ...l, phase: 'verifying' } : l)
  next.state = 'verifying'
  next.updatedAtMs = ctx.nowMs
  effects.push({ type: 'verify', worker: e.worker, attempt: e.attempt, result: e.result })
  return done(next, effects)
}

function resultVerified (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'resultVerified' }>, ctx: StepContext): Transition {
  const i = findLease(task, e.worker, e.attempt, ['verifying'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no result of this attempt is being verified')
  const receipt = e.result.decoded
  const key = agreementKey(receipt.status, receipt.exitCode, receipt.outputHash, receipt.stderrHash)
  const verification = next.verification
  const firstOfKey = !verification.results.some(r => r.key === key)
  verification.results = [...verification.results, {
    worker: e.worker,
    attempt: e.attempt,
    // the client pays the winning bid of this lease (not the first decision of the attempt, which may have had no winner)
    price: Math.min(task.leases[i].price, task.limits.maxPrice),
    key,
    status: receipt.status,
    exitCode: receipt.exitCode,
    outputHash: bytesToHex(receipt.outputHash),
    outputCid: receipt.outputCid,
    receipt: toBase64(pb.SignedReceipt.encode(e.result.receipt).finish()),
    stdout: firstOfKey ? toBase64(e.result.stdout) : '',
    stderr: firstOfKey ? toBase64(e.result.stderr) : '',
    error: e.result.error,
    wallMs: Number(receipt.resources?.wallMs ?? 0),
    verdict: 'pending'
  }]
  next.leases = next.leases.filter((_, j) => j !== i)
  next.lapsed = undefined
  // a replica must come from another worker
  if (!next.excludedWorkers.includes(e.worker)) next.excludedWorkers = [...next.excludedWorkers, e.worker]
  const decision = judgeResults(verification, e.credibility, ctx.policy.agreement)
  const executed = `${describeResult(receipt.status, receipt.exitCode)} on ${e.worker}`
  if (decision.kind === 'more') {
    markDecision(next, e.attempt, `${executed}; ${decision.reason}`)
    if (next.leases.length > 0) {
      // another execution of this task is under way (assigned in the same round): wait for it
      settleOnLeases(next, `${decision.reason}; waiting for the execution already assigned`, ctx)
      return done(next, [{ type: 'persist' }])
    }
    requeue(next, decision.reason, 0, ctx)
    return done(next, [{ type: 'persist' }, { type: 'announce', kind: 'queued', reason: decision.reason }])
  }
  if (decision.kind === 'undecided') {
    markDecision(next, e.attempt, `${executed}; ${decision.reason}`)
    return endWithoutResult(next, [], 'failed', decision.reason, ctx)
  }
  return acceptResult(task, next, decision, e.attempt, ctx)
}

/** Ends the task with the agreeing group of `decision`: pay it, catch those who contradict it. */
function acceptResult (task: TaskRecord, next: TaskRecord, decision: Extract<AgreementDecision, { kind: 'accept' }>, attempt: number, ctx: StepContext): Transition {
  const verification = next.verification
  // an execution is its (worker, attempt): replicas assigned in one round share the attempt
  const agreeing = new Set(decision.agreeing.map(r => `${r.worker} ${r.attempt}`))
  verification.results = verification.results.map(r => ({ ...r, verdict: agreeing.has(`${r.worker} ${r.attempt}`) ? 'agreed' : 'disagreed' }))
  const winner = verification.results.find(r => r.key === decision.key && r.stdout !== '') ?? decision.agreeing[0]
  const compared = verification.results.length > 1
  const state = terminalStateOf({ status: winner.status, exitCode: winner.exitCode })
  const price = decision.agreeing.reduce((sum, r) => sum + r.price, 0)
  const agreed = compared ? `; ${decision.agreeing.length} of ${verification.results.length} executions agree` : ''
  markDecision(next, attempt, `${state} (exit ${winner.exitCode})${compared ? ` on ${decision.agreeing.length} workers` : ''}`)
  next.state = state
  next.reason = (winner.status === pb.ExecutionStatus.EXECUTION_STATUS_EXITED
    ? `exited with code ${winner.exitCode}`
    : winner.error !== '' ? winner.error : describeStatus(winner.status)) + agreed
  next.updatedAtMs = ctx.nowMs
  next.leases = []
  next.round = undefined
  next.lapsed = undefined
  next.outcome = {
    state,
    exitCode: winner.exitCode,
    workerPeerId: winner.worker,
    outputCid: winner.outputCid,
    stdout: winner.stdout,
    stderr: winner.stderr,
    verified: true,
    receipt: winner.receipt,
    reason: next.reason,
    queuedMs: (task.firstAssignedAtMs ?? ctx.nowMs) - task.createdAtMs,
    executionMs: winner.wallMs,
    totalMs: ctx.nowMs - task.createdAtMs,
    price
  }
  const receiptOf = (r: { receipt: string }): ailee.v1.ISignedReceipt => pb.SignedReceipt.decode(fromBase64(r.receipt))
  const effects: Effect[] = []
  for (const r of decision.agreeing) effects.push({ type: 'judge', worker: r.worker, verdict: compared ? 'confirmed' : 'success' })
  for (const r of decision.disagreeing) effects.push({ type: 'judge', worker: r.worker, verdict: 'caught' })
  effects.push(
    { type: 'storeOutput', bytes: fromBase64(winner.stdout) },
    {
      type: 'settle',
      settlement: {
        payments: decision.agreeing.map(r => ({ worker: r.worker, price: r.price, receipt: receiptOf(r) })),
        evidence: decision.disagreeing.map(r => ({ worker: r.worker, receipt: receiptOf(r), contradictedBy: receiptOf(winner) }))
      }
    }
  )
  return { task: next, effects }
}

/** Notes `outcome` on the decision that assigned `attempt`. */
function markDecision (next: TaskRecord, attempt: number, outcome: string): void {
  const decision = next.decisions.findLast(d => d.attempt === attempt && d.candidates.some(c => c.chosen))
  next.decisions = next.decisions.map(d => d === decision ? { ...d, outcome } : d)
}

function describeResult (status: number, exitCode: number): string {
  return status === pb.ExecutionStatus.EXECUTION_STATUS_EXITED ? `exit ${exitCode}` : describeStatus(status)
}

/** Attempts that did not deliver a result whose receipt checked out: what `maxAttempts` bounds. */
function failedAttempts (task: TaskRecord): number {
  return task.attempts - task.verification.results.length
}

function resultInvalid (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'resultInvalid' }>, ctx: StepContext): Transition {
  const i = findLease(task, e.worker, e.attempt, ['verifying'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no result of this attempt is being verified')
  return done(next, loseLease(next, task.leases[i], `result rejected: ${e.reason}`, 'failure', ctx))
}

function handedBack (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'handedBack' }>, ctx: StepContext): Transition {
  const i = findLease(task, e.worker, e.attempt, ['assigning', 'assigned', 'running'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'stale attempt: the task was reassigned')
  const lease = task.leases[i]
  next.leases = next.leases.filter((_, j) => j !== i)
  if (lease.phase === 'assigning') return done(next, retryRound(next, e.worker, 'handed back before it was assigned'))
  // the worker that gave the task back is asked last next time; a shutting-down worker hands back
  // a task once, so hand-backs past maxAttempts are abuse: they use attempts and cost reputation
  next.handBacks = (task.handBacks ?? 0) + 1
  if (!next.excludedWorkers.includes(e.worker)) next.excludedWorkers = [...next.excludedWorkers, e.worker]
  if (next.handBacks > ctx.policy.maxAttempts) {
    return done(next, loseLease(next, lease, `handed back by ${e.worker}, the task's hand-back number ${next.handBacks}`, 'failure', ctx))
  }
  next.attempts -= 1
  next.decisions = next.decisions.map(d => d.attempt === lease.attempt ? { ...d, outcome: `handed back by ${e.worker}` } : d)
  if (next.leases.length > 0) return done(next, [])
  requeue(next, `handed back by ${e.worker} (shutting down)`, 0, ctx)
  return done(next, [{ type: 'persist' }, { type: 'announce', kind: 'retry', reason: next.reason, workerPeerId: e.worker, attempt: lease.attempt }])
}

function cancel (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'cancel' }>, ctx: StepContext): Transition {
  if (e.by !== task.clientPeerId) return refuse(task, 'not_permitted', 'only the peer that submitted a task may cancel it')
  const why = e.reason === '' ? 'cancelled by its client' : `cancelled by its client: ${e.reason}`
  return endWithoutResult(next, [], 'cancelled', why, ctx)
}

function restarted (next: TaskRecord, ctx: StepContext): Transition {
  if (next.state === 'offered' || next.round != null) {
    next.state = 'queued'
    next.round = undefined
  }
  next.leases = next.leases
    .filter(l => l.phase !== 'assigning')
    .map(l => ({ ...l, phase: l.phase === 'verifying' ? 'running' : l.phase, expiresAtMs: ctx.nowMs + ctx.policy.leaseMs }))
  if (next.state === 'verifying') next.state = 'running'
  if ((next.state === 'assigned' || next.state === 'running') && next.leases.length === 0) {
    requeue(next, 'coordinator restarted before the assignment was confirmed', 0, ctx)
  }
  return done(next, [])
}

function tick (task: TaskRecord, next: TaskRecord, ctx: StepContext): Transition {
  const now = ctx.nowMs
  if (now - task.createdAtMs >= task.limits.totalMs) {
    return endWithoutResult(next, [], 'timed_out', `total timeout of ${task.limits.totalMs} ms passed (${task.reason})`, ctx)
  }
  if (task.state === 'queued' && task.firstAssignedAtMs == null && now - task.createdAtMs >= task.limits.queueMs) {
    return endWithoutResult(next, [], 'timed_out', `queue timeout of ${task.limits.queueMs} ms passed: ${task.reason}`, ctx)
  }
  let effects: Effect[] = []
  for (const lease of task.leases) {
    if (lease.phase === 'verifying' || isTerminalState(next.state as TaskStateName)) continue
    if (now >= lease.deadlineMs) {
      effects = [...effects, ...loseLease(next, lease, `${lease.worker} passed the execution deadline (fetch ${ctx.policy.fetchMs} ms + execution ${task.limits.executionMs} ms + lease ${ctx.policy.leaseMs} ms)`, 'timeout', ctx)]
    } else if (now >= lease.expiresAtMs) {
      effects = [...effects, ...loseLease(next, lease, `no heartbeat from ${lease.worker} within ${ctx.policy.leaseMs} ms`, 'timeout', ctx, true)]
    }
  }
  const round = next.round
  if (round?.phase === 'collecting' && now >= round.closesAtMs) {
    if (round.bids.length === 0 && round.late !== true && (round.lateUntilMs ?? 0) > now) {
      // no bid in the window: stay open for a first, late bid (workers that got the offer after its
      // deadline bid until then); only the timer is re-armed, the offer is not published again
      round.late = true
      round.closesAtMs = round.lateUntilMs!
      next.reason = `no bid within the bid window; open for a late bid until ${new Date(round.closesAtMs).toISOString()}`
      next.updatedAtMs = now
      return done(next, effects)
    }
    effects.push(closeRound(next))
  }
  if (next.state === 'queued' && next.notBeforeMs > 0 && now >= next.notBeforeMs) {
    // the retry backoff is over: the task may be offered again (the orchestrator opens the round)
    next.notBeforeMs = 0
    return done(next, effects)
  }
  if (effects.length === 0) return refuse(task, 'nothing_due', 'nothing is due')
  return done(next, effects)
}

// ------------------------------------------------------------------ helpers

/** A deep copy to change (task records are plain JSON data). */
function draft (task: TaskRecord): TaskRecord {
  return clonePlain(task)
}

function refuse (task: TaskRecord, code: RefusalCode, reason: string): Transition {
  return { task, effects: [], refusal: { code, reason } }
}

/** Finishes a step: appends the (re)arming of the task's timer, unless the task ends (settle). */
function done (next: TaskRecord, effects: Effect[]): Transition {
  if (effects.some(e => e.type === 'settle')) return { task: next, effects }
  return { task: next, effects: [...effects, { type: 'schedule' }] }
}

/**
 * The state of a task that still holds leases after one of its executions ended (several were
 * assigned in one round): `running` while any runs or is being verified, else `assigned`
 * (`offered` while its round is still assigning).
 */
function settleOnLeases (next: TaskRecord, reason: string, ctx: StepContext): void {
  next.state = next.leases.some(l => l.phase === 'running' || l.phase === 'verifying') ? 'running' : next.round != null ? 'offered' : 'assigned'
  next.reason = reason
  next.updatedAtMs = ctx.nowMs
}

function requeue (next: TaskRecord, reason: string, retry: number, ctx: StepContext): void {
  next.state = 'queued'
  next.reason = reason
  next.round = undefined
  next.updatedAtMs = ctx.nowMs
  next.notBeforeMs = retry <= 0 ? 0 : ctx.nowMs + retryDelayMs(retry, ctx.policy.initialBackoffMs, ctx.policy.maxBackoffMs, ctx.random)
}

function pushDecision (next: TaskRecord, attempt: number, candidates: TaskRecord['decisions'][number]['candidates'], outcome: string, nowMs: number): void {
  next.decisions = [...next.decisions, { attempt, decidedAtMs: nowMs, candidates, outcome }].slice(-MAX_DECISIONS)
}

/** Ends the task in `state` without an accepted result; `before` are effects of this step that come first. */
function endWithoutResult (next: TaskRecord, before: Effect[], state: TaskStateName, reason: string, ctx: StepContext): Transition {
  const effects = [...before]
  if (next.round != null) effects.push({ type: 'answerBids', attempt: next.round.attempt })
  next.state = state
  next.reason = reason
  next.leases = []
  next.round = undefined
  next.lapsed = undefined
  next.updatedAtMs = ctx.nowMs
  next.outcome = outcomeWithoutResult(next, state, reason, ctx.nowMs)
  effects.push({ type: 'settle' })
  return { task: next, effects }
}
