/**
 * Verification by re-execution in the lifecycle: a result whose receipt
 * checked out is held until enough independent executions agree; the
 * agreeing workers are paid, the ones that contradict them are caught, and
 * the evidence goes into the settlement.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { transition } from '../../../src/coordinator/lifecycle/transition.ts'
import type { Effect, LifecycleEvent, Transition } from '../../../src/coordinator/lifecycle/types.ts'
import type { TaskRecord } from '../../../src/coordinator/task-record.ts'
import type { VerificationPolicy } from '../../../src/protocol/verification-policy.ts'
import { pb } from '../../../src/proto/index.ts'
import { at, candidate, deepFreeze, NONCE, POLICY, queued, T0, W1, W2 } from './fixtures.ts'

const W3 = 'worker-3'

function step (task: TaskRecord, event: LifecycleEvent, nowMs: number): Transition {
  const t = transition(deepFreeze(task), event, at(nowMs))
  assert.equal(t.refusal, undefined, `${event.type} refused: ${t.refusal?.reason}`)
  return t
}

/** A verified result of `worker` for `attempt` printing `stdout`. */
function result (worker: string, attempt: number, stdout: string): Extract<LifecycleEvent, { type: 'resultVerified' }>['result'] {
  const bytes = new TextEncoder().encode(stdout)
  const decoded = pb.ExecutionReceipt.create({
    taskId: 'task-1', attempt, exitCode: 0, status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED, workerPeerId: worker,
    outputHash: new Uint8Array(32).fill(stdout.length), outputCid: `bafy-${stdout}`, resources: { wallMs: 5 }
  })
  return { receipt: { receipt: pb.ExecutionReceipt.encode(decoded).finish(), signature: new Uint8Array(64) }, decoded, stdout: bytes, stderr: new Uint8Array(0), error: '' }
}

/** Runs one attempt on `worker` from the queue to its verified result; returns the last step. */
function execute (task: TaskRecord, worker: string, stdout: string, nowMs: number, credibility: Record<string, number> = {}): Transition {
  const attempt = task.attempts + 1
  let t = step(task, { type: 'roundOpened', eligible: [worker] }, nowMs)
  t = step(t.task, { type: 'bid', worker, attempt, price: 10, queueDepth: 0, freeSlots: 1 }, nowMs + 1)
  t = step(t.task, { type: 'roundClosed', attempt, candidates: [candidate(worker)], nonce: NONCE }, nowMs + 2)
  t = step(t.task, { type: 'assignAcked', worker, attempt }, nowMs + 3)
  t = step(t.task, { type: 'resultReceived', worker, attempt, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } }, nowMs + 4)
  return step(t.task, { type: 'resultVerified', worker, attempt, result: result(worker, attempt, stdout), credibility }, nowMs + 5)
}

function withPolicy (policy: VerificationPolicy, spotCheck = false): TaskRecord {
  return { ...queued(), verification: { policy, spotCheck, results: [] } }
}

function settleOf (effects: Effect[]): Extract<Effect, { type: 'settle' }>['settlement'] {
  const settle = effects.find(e => e.type === 'settle')
  return settle?.type === 'settle' ? settle.settlement : undefined
}

describe('lifecycle: verification by re-execution', () => {
  it('replicate:2: the first result waits for a second worker; both are paid when they agree', () => {
    const first = execute(withPolicy({ kind: 'replicate', replicas: 2 }), W1, 'right', T0 + 100)
    assert.equal(first.task.state, 'queued')
    assert.match(first.task.reason, /verifying by re-execution: 1 of 2 agreeing results/)
    assert.equal(settleOf(first.effects), undefined, 'nothing is paid yet')
    assert.ok(first.task.excludedWorkers.includes(W1))
    assert.deepEqual(first.task.verification.results.map(r => [r.worker, r.verdict]), [[W1, 'pending']])

    const second = execute(first.task, W2, 'right', T0 + 200)
    assert.equal(second.task.state, 'completed')
    assert.match(second.task.reason, /2 of 2 executions agree/)
    const replicaRound = second.task.decisions.find(d => d.attempt === 2)!
    assert.equal(replicaRound.candidates.find(c => c.chosen)?.note, 'drawn at random among the eligible bidders (a re-execution)', 'status says why the replica went where it went')
    assert.equal(first.task.decisions.find(d => d.attempt === 1)?.candidates.find(c => c.chosen)?.note, '', 'a first execution goes to the best score')
    assert.deepEqual(settleOf(second.effects)?.payments.map(p => [p.worker, p.price]), [[W1, 10], [W2, 10]])
    assert.deepEqual(settleOf(second.effects)?.evidence, [])
    assert.deepEqual(second.effects.filter(e => e.type === 'judge').map(e => e.type === 'judge' ? [e.worker, e.verdict] : []), [[W1, 'confirmed'], [W2, 'confirmed']])
    assert.equal(second.task.outcome?.price, 20, 'the client pays every agreeing execution')
    assert.equal(second.task.outcome?.workerPeerId, W1)
    assert.equal(Buffer.from(second.task.outcome!.stdout, 'base64').toString(), 'right')
  })

  it('a lying worker is outvoted: not paid, caught, and its receipt sealed as evidence against the accepted one', () => {
    let t = execute(withPolicy({ kind: 'replicate', replicas: 2 }), W1, 'wrong!', T0 + 100)
    t = execute(t.task, W2, 'right', T0 + 200)
    assert.equal(t.task.state, 'queued')
    assert.match(t.task.reason, /2 different results/)
    t = execute(t.task, W3, 'right', T0 + 300)
    assert.equal(t.task.state, 'completed')
    assert.equal(Buffer.from(t.task.outcome!.stdout, 'base64').toString(), 'right')
    assert.equal(t.task.outcome?.workerPeerId, W2)
    const settlement = settleOf(t.effects)!
    assert.deepEqual(settlement.payments.map(p => p.worker), [W2, W3])
    assert.deepEqual(settlement.evidence.map(e => e.worker), [W1])
    assert.equal(pb.ExecutionReceipt.decode(settlement.evidence[0].contradictedBy.receipt!).workerPeerId, W2)
    assert.ok(t.effects.some(e => e.type === 'judge' && e.worker === W1 && e.verdict === 'caught'))
    assert.deepEqual(t.task.verification.results.map(r => r.verdict), ['disagreed', 'agreed', 'agreed'])
  })

  it('results that agree do not use the attempt budget (maxAttempts 3, five executions)', () => {
    let t = execute(withPolicy({ kind: 'replicate', replicas: 3 }), W1, 'a', T0 + 100)
    t = execute(t.task, W2, 'bb', T0 + 200)
    t = execute(t.task, W3, 'a', T0 + 300)
    t = execute(t.task, 'worker-4', 'bb', T0 + 400)
    assert.equal(t.task.state, 'queued', '2 against 2: no majority yet')
    t = execute(t.task, 'worker-5', 'a', T0 + 500)
    assert.equal(t.task.state, 'completed')
    assert.equal(t.task.attempts, 5)
  })

  it('no agreement within maxExecutions: the task fails, nobody is paid or caught', () => {
    let t = execute(withPolicy({ kind: 'replicate', replicas: 2 }), W1, 'a', T0 + 100)
    for (const [i, out] of ['bb', 'ccc', 'dddd', 'eeeee'].entries()) t = execute(t.task, `worker-${i + 2}`, out, T0 + 200 + i * 100)
    assert.equal(t.task.state, 'failed')
    assert.match(t.task.reason, /no agreement after 5 independent executions/)
    assert.equal(settleOf(t.effects), undefined)
    assert.ok(!t.effects.some(e => e.type === 'judge'))
  })

  it('adaptive: a credible worker\'s result is accepted alone; a new worker\'s is re-executed', () => {
    const credible = execute(withPolicy({ kind: 'adaptive' }), W1, 'right', T0 + 100, { [W1]: 0.9995 })
    assert.equal(credible.task.state, 'completed')
    assert.ok(credible.effects.some(e => e.type === 'judge' && e.verdict === 'success'), 'a lone result is a success, not a confirmation')
    const fresh = execute(withPolicy({ kind: 'adaptive' }), W1, 'right', T0 + 100, { [W1]: 0.99 })
    assert.equal(fresh.task.state, 'queued')
    const agreed = execute(fresh.task, W2, 'right', T0 + 200, { [W1]: 0.99, [W2]: 0.99 })
    assert.equal(agreed.task.state, 'completed')
  })

  it('spot: a task drawn for a spot check is re-executed even when the first result is credible', () => {
    const t = execute(withPolicy({ kind: 'spot', probability: 0.5 }, true), W1, 'right', T0 + 100, { [W1]: 1 })
    assert.equal(t.task.state, 'queued')
    const undrawn = execute(withPolicy({ kind: 'spot', probability: 0.5 }, false), W1, 'right', T0 + 100)
    assert.equal(undrawn.task.state, 'completed')
  })
})

describe('lifecycle: quarantine of a task that loses its hosts', () => {
  /** Assigns attempt `attempt` to `worker` and, with `running`, lets it report that it runs. */
  function lease (task: TaskRecord, worker: string, nowMs: number, running: boolean): Transition {
    const attempt = task.attempts + 1
    let t = step(task, { type: 'roundOpened', eligible: [worker] }, nowMs)
    t = step(t.task, { type: 'bid', worker, attempt, price: 10, queueDepth: 0, freeSlots: 1 }, nowMs + 1)
    t = step(t.task, { type: 'roundClosed', attempt, candidates: [candidate(worker)], nonce: NONCE }, nowMs + 2)
    t = step(t.task, { type: 'assignAcked', worker, attempt }, nowMs + 3)
    if (running) t = step(t.task, { type: 'heartbeat', worker, attempt, phase: 'running' }, nowMs + 4)
    return t
  }

  it('after quarantineAfter (2 here) workers vanish while running it, the task ends failed and is not offered again', () => {
    let t = lease(queued(), W1, T0 + 100, true)
    t = step(t.task, { type: 'leaseLost', worker: W1, reason: 'disconnected' }, T0 + 200)
    assert.equal(t.task.state, 'queued', 'one lost host: retried')
    assert.equal(t.task.hostsLost, 1)
    t = lease({ ...t.task, notBeforeMs: 0 }, W2, T0 + 2_000, true)
    t = step(t.task, { type: 'leaseLost', worker: W2, reason: 'telemetry_stale' }, T0 + 2_100)
    assert.equal(t.task.state, 'failed')
    assert.match(t.task.reason, /quarantined: 2 workers were lost while running this task/)
    assert.ok(t.effects.some(e => e.type === 'settle'), 'ended: nothing more is offered')
  })

  it('a worker lost while it fetches (not yet running), or a result rejected, does not count', () => {
    let t = lease(queued(), W1, T0 + 100, false)
    t = step(t.task, { type: 'leaseLost', worker: W1, reason: 'disconnected' }, T0 + 200)
    assert.equal(t.task.hostsLost ?? 0, 0)
    t = lease({ ...t.task, notBeforeMs: 0 }, W2, T0 + 2_000, true)
    t = step(t.task, { type: 'leaseLost', worker: W2, reason: 'disconnected' }, T0 + 2_100)
    assert.equal(t.task.hostsLost, 1)
    assert.equal(t.task.state, 'queued')
  })
})

describe('lifecycle: replicas assigned in the first round (roundClosed.replicaNonces)', () => {
  const MULTI = { ...POLICY, maxLeases: 5 }
  const NONCE2 = 'ffeeddccbbaa99887766554433221100'
  const NONCE3 = '0123456789abcdef0123456789abcdef'

  function stepWith (task: TaskRecord, event: LifecycleEvent, nowMs: number, policy = MULTI): Transition {
    const t = transition(deepFreeze(task), event, at(nowMs, policy))
    assert.equal(t.refusal, undefined, `${event.type} refused: ${t.refusal?.reason}`)
    return t
  }

  /** A replicate:2 task offered to W1, W2, W3, all of which bid; then ranked W1, W2, W3 with one replica asked for. */
  function ranked (policy = MULTI): Transition {
    let t = stepWith(withPolicy({ kind: 'replicate', replicas: 2 }), { type: 'roundOpened', eligible: [W1, W2, W3] }, T0, policy)
    for (const w of [W1, W2, W3]) t = stepWith(t.task, { type: 'bid', worker: w, attempt: 1, price: 10, queueDepth: 0, freeSlots: 1 }, T0 + 1, policy)
    return stepWith(t.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, true, 0.9), candidate(W2, true, 0.5), candidate(W3, true, 0.4)], nonce: NONCE, replicaNonces: [NONCE2] }, T0 + 2, policy)
  }

  it('grants one lease per nonce to the first open candidates, each with its own nonce, and sends both Assigns; the runner-up is kept', () => {
    const t = ranked()
    assert.deepEqual(t.task.leases.map(l => [l.worker, l.attempt, l.phase, l.nonce]), [[W1, 1, 'assigning', NONCE], [W2, 1, 'assigning', NONCE2]])
    assert.deepEqual(t.effects.filter(e => e.type === 'sendAssign').map(e => e.type === 'sendAssign' ? e.worker : ''), [W1, W2])
    // nobody is answered yet: the two leaseholders and the runner-up W3 are all kept
    assert.ok(!t.effects.some(e => e.type === 'answerBids'))
  })

  it('maxLeases 1 grants one lease whatever the event asks (replicas one round after another)', () => {
    const t = ranked(POLICY)
    assert.deepEqual(t.task.leases.map(l => l.worker), [W1])
  })

  it('the first acknowledgement keeps the other leaseholder\'s bid waiting; the decision names both, the replica as drawn at random', () => {
    let t = ranked()
    t = stepWith(t.task, { type: 'assignAcked', worker: W1, attempt: 1, running: true }, T0 + 3)
    const answer = t.effects.find(e => e.type === 'answerBids')
    assert.deepEqual(answer?.type === 'answerBids' ? [answer.winner, answer.keep] : [], [W1, [W2]])
    assert.equal(t.task.state, 'running')
    const chosen = t.task.decisions.at(-1)!.candidates.filter(c => c.chosen)
    assert.deepEqual(chosen.map(c => [c.workerPeerId, c.note]), [[W1, ''], [W2, 'drawn at random among the eligible bidders (a re-execution)']])
    t = stepWith(t.task, { type: 'assignAcked', worker: W2, attempt: 1 }, T0 + 4)
    assert.equal(t.task.state, 'running', 'a later ack does not take the task back to assigned')
    assert.equal(t.task.attempts, 2)
  })

  it('the first result waits for the replica already assigned (no new round); agreeing results settle both, each execution judged once', () => {
    let t = ranked()
    t = stepWith(t.task, { type: 'assignAcked', worker: W1, attempt: 1 }, T0 + 3)
    t = stepWith(t.task, { type: 'assignAcked', worker: W2, attempt: 1 }, T0 + 4)
    t = stepWith(t.task, { type: 'resultReceived', worker: W1, attempt: 1, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } }, T0 + 10)
    t = stepWith(t.task, { type: 'resultVerified', worker: W1, attempt: 1, result: result(W1, 1, 'right'), credibility: {} }, T0 + 11)
    assert.equal(t.task.state, 'assigned')
    assert.match(t.task.reason, /1 of 2 agreeing results; waiting for the execution already assigned/)
    assert.deepEqual(t.task.leases.map(l => l.worker), [W2])
    assert.ok(!t.effects.some(e => e.type === 'announce' && e.kind === 'queued'))
    t = stepWith(t.task, { type: 'resultReceived', worker: W2, attempt: 1, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } }, T0 + 20)
    t = stepWith(t.task, { type: 'resultVerified', worker: W2, attempt: 1, result: result(W2, 1, 'right'), credibility: {} }, T0 + 21)
    assert.equal(t.task.state, 'completed')
    assert.deepEqual(t.task.verification.results.map(r => [r.worker, r.attempt, r.verdict]), [[W1, 1, 'agreed'], [W2, 1, 'agreed']])
    assert.deepEqual(settleOf(t.effects)?.payments.map(p => p.worker), [W1, W2])
  })

  it('a liar among the round\'s leases is outvoted by a later execution and caught; results of one attempt are told apart by worker', () => {
    let t = ranked()
    for (const w of [W1, W2]) t = stepWith(t.task, { type: 'assignAcked', worker: w, attempt: 1 }, T0 + 3)
    for (const [w, out] of [[W1, 'wrong!'], [W2, 'right']] as const) {
      t = stepWith(t.task, { type: 'resultReceived', worker: w, attempt: 1, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } }, T0 + 10)
      t = stepWith(t.task, { type: 'resultVerified', worker: w, attempt: 1, result: result(w, 1, out), credibility: {} }, T0 + 11)
    }
    assert.equal(t.task.state, 'queued', 'one against one: another execution')
    t = execute(t.task, W3, 'right', T0 + 100)
    assert.equal(t.task.state, 'completed')
    assert.deepEqual(t.task.verification.results.map(r => [r.worker, r.attempt, r.verdict]), [[W1, 1, 'disagreed'], [W2, 1, 'agreed'], [W3, 3, 'agreed']])
    assert.deepEqual(settleOf(t.effects)?.evidence.map(e => e.worker), [W1])
  })

  it('a refused replica Assign ranks again and grants the missing lease to the next candidate, keeping the one held', () => {
    let t = ranked()
    t = stepWith(t.task, { type: 'assignRefused', worker: W2, attempt: 1, reason: 'busy', unreachable: false }, T0 + 3)
    assert.ok(t.effects.some(e => e.type === 'rank'))
    t = stepWith(t.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, false, 0.9), candidate(W3, true, 0.4), candidate(W2, true, 0.5)], nonce: NONCE3, replicaNonces: [NONCE2] }, T0 + 4)
    assert.deepEqual(t.task.leases.map(l => [l.worker, l.nonce]), [[W1, NONCE], [W3, NONCE3]])
    assert.deepEqual(t.effects.filter(e => e.type === 'sendAssign').map(e => e.type === 'sendAssign' ? e.worker : ''), [W3])
    // with nobody left to take it, the round goes on with the lease it holds
    t = stepWith(t.task, { type: 'assignRefused', worker: W3, attempt: 1, reason: 'busy', unreachable: false }, T0 + 5)
    t = stepWith(t.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, false, 0.9)], nonce: NONCE3, replicaNonces: [NONCE2] }, T0 + 6)
    assert.deepEqual(t.task.leases.map(l => l.worker), [W1])
    assert.equal(t.task.state, 'offered')
    t = stepWith(t.task, { type: 'assignAcked', worker: W1, attempt: 1 }, T0 + 7)
    assert.equal(t.task.state, 'assigned')
  })

  it('a replica lease lost while the first result waits for it sends the task back to the queue for another execution', () => {
    let t = ranked()
    for (const w of [W1, W2]) t = stepWith(t.task, { type: 'assignAcked', worker: w, attempt: 1 }, T0 + 3)
    t = stepWith(t.task, { type: 'resultReceived', worker: W1, attempt: 1, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } }, T0 + 10)
    t = stepWith(t.task, { type: 'resultVerified', worker: W1, attempt: 1, result: result(W1, 1, 'right'), credibility: {} }, T0 + 11)
    t = stepWith(t.task, { type: 'leaseLost', worker: W2, reason: 'disconnected' }, T0 + 20)
    assert.equal(t.task.state, 'queued')
    assert.deepEqual(t.task.excludedWorkers.sort(), [W1, W2])
    assert.ok(t.effects.some(e => e.type === 'judge' && e.worker === W2 && e.verdict === 'timeout'))
  })

  it('a replica Assign refused after the round ended (the first lease was acknowledged) uses no attempt; once the first result waits alone, the task is queued for the execution it still needs', () => {
    let t = ranked()
    t = stepWith(t.task, { type: 'assignAcked', worker: W1, attempt: 1, running: true }, T0 + 3)
    t = stepWith(t.task, { type: 'assignRefused', worker: W2, attempt: 1, reason: 'all 2 slots busy', unreachable: false }, T0 + 4)
    assert.equal(t.task.state, 'running', 'the first execution goes on')
    assert.deepEqual(t.task.leases.map(l => l.worker), [W1])
    assert.equal(t.task.attempts, 1)
    t = stepWith(t.task, { type: 'resultReceived', worker: W1, attempt: 1, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } }, T0 + 10)
    t = stepWith(t.task, { type: 'resultVerified', worker: W1, attempt: 1, result: result(W1, 1, 'right'), credibility: {} }, T0 + 11)
    assert.equal(t.task.state, 'queued')
    assert.match(t.task.reason, /1 of 2 agreeing results/)
  })

  it('a replica Assign refused while the first result waits for it sends the task back to the queue', () => {
    let t = ranked()
    t = stepWith(t.task, { type: 'assignAcked', worker: W1, attempt: 1, running: true }, T0 + 3)
    t = stepWith(t.task, { type: 'resultReceived', worker: W1, attempt: 1, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } }, T0 + 10)
    t = stepWith(t.task, { type: 'resultVerified', worker: W1, attempt: 1, result: result(W1, 1, 'right'), credibility: {} }, T0 + 11)
    assert.equal(t.task.state, 'assigned')
    t = stepWith(t.task, { type: 'assignRefused', worker: W2, attempt: 1, reason: 'unreachable', unreachable: true }, T0 + 12)
    assert.equal(t.task.state, 'queued')
    assert.deepEqual(t.task.leases, [])
    assert.ok(t.effects.some(e => e.type === 'breakerFailure' && e.worker === W2))
  })

  it('a lease lost while the other still runs keeps the task running on it', () => {
    let t = ranked()
    for (const w of [W1, W2]) t = stepWith(t.task, { type: 'assignAcked', worker: w, attempt: 1, running: true }, T0 + 3)
    t = stepWith(t.task, { type: 'leaseLost', worker: W1, reason: 'disconnected' }, T0 + 20)
    assert.equal(t.task.state, 'running')
    assert.deepEqual(t.task.leases.map(l => l.worker), [W2])
  })
})
