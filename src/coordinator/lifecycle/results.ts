/**
 * Lifecycle steps of results (./transition.ts): a result received, verified (judged against the
 * task's verification policy and settled) or invalid, and a task handed back unrun.
 */
import { bytesToHex } from '@noble/hashes/utils.js'
import type { ailee } from '../../proto/index.ts'
import { pb } from '../../proto/index.ts'
import { describeStatus, terminalStateOf } from '../outcome.ts'
import { fromBase64, toBase64, type TaskRecord } from '../task-record.ts'
import { agreementKey, judgeResults, type AgreementDecision } from '../agreement.ts'
import type { Effect, LifecycleEvent, StepContext, Transition } from './types.ts'
import { done, endWithoutResult, findLease, refuse, requeue, settleOnLeases } from './step-helpers.ts'
import { accept, retryRound } from './assignment.ts'
import { loseLease } from './timeouts.ts'

/**
 * `resultReceived` from a leaseholder (or from the lapsed lease before any reassignment): the lease
 * goes to `verifying` and the orchestrator verifies the result.
 */
export function resultReceived (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'resultReceived' }>, ctx: StepContext): Transition {
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

/**
 * `resultVerified`: records the checked result and judges the results so far (../agreement.ts):
 * ask for another execution, end `failed` when undecided, or accept and settle.
 */
export function resultVerified (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'resultVerified' }>, ctx: StepContext): Transition {
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

/** `resultInvalid`: the result failed verification; the lease is lost as a failure. */
export function resultInvalid (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'resultInvalid' }>, ctx: StepContext): Transition {
  const i = findLease(task, e.worker, e.attempt, ['verifying'])
  if (i < 0) return refuse(task, 'not_leaseholder', 'no result of this attempt is being verified')
  return done(next, loseLease(next, task.leases[i], `result rejected: ${e.reason}`, 'failure', ctx))
}

/**
 * `handedBack`: the worker gave the task back unrun (shutting down): the attempt is not counted,
 * unless its hand-backs pass `maxAttempts` (then it is lost as a failure).
 */
export function handedBack (task: TaskRecord, next: TaskRecord, e: Extract<LifecycleEvent, { type: 'handedBack' }>, ctx: StepContext): Transition {
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
