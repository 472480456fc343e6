/**
 * The known races of the task market, each replayed as an ordering of
 * lifecycle events, and the lifecycle's other decisions (attempt budget,
 * hand-back, deadlines, restart, cancel).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { transition } from '../../../src/coordinator/lifecycle/transition.ts'
import type { Effect, LifecycleEvent, Transition } from '../../../src/coordinator/lifecycle/types.ts'
import type { TaskRecord } from '../../../src/coordinator/task-record.ts'
import { at, candidate, CLIENT, deepFreeze, NONCE, EVENTS, POLICY, STATES, T0, verifiedResult, W1, W2 } from './fixtures.ts'

/** Applies `event` at `nowMs` and asserts it was not refused. */
function step (task: TaskRecord, event: LifecycleEvent, nowMs: number): Transition {
  const t = transition(deepFreeze(task), event, at(nowMs))
  assert.equal(t.refusal, undefined, `${event.type} refused: ${t.refusal?.reason}`)
  return t
}

function types (effects: Effect[]): string[] {
  return effects.map(e => e.type)
}

const running = STATES.running
const received = { type: 'resultReceived', worker: W1, attempt: 1, result: EVENTS.resultReceived.type === 'resultReceived' ? EVENTS.resultReceived.result : undefined! } as const

describe('lifecycle races', () => {
  it('a valid result arriving while its lease expires is accepted (before the task is reassigned)', () => {
    const lost = step(running(), { type: 'tick' }, T0 + 1_300)
    assert.equal(lost.task.state, 'queued')
    assert.deepEqual(lost.task.lapsed, { worker: W1, attempt: 1, price: 10, nonce: NONCE })
    assert.ok(lost.effects.some(e => e.type === 'judge' && e.verdict === 'timeout'))
    const verifying = step(lost.task, received, T0 + 1_310)
    assert.equal(verifying.task.state, 'verifying')
    assert.ok(types(verifying.effects).includes('verify'))
    const completed = step(verifying.task, { type: 'resultVerified', worker: W1, attempt: 1, result: verifiedResult(), credibility: {} }, T0 + 1_320)
    assert.equal(completed.task.state, 'completed')
    const settle = completed.effects.find(e => e.type === 'settle')
    assert.equal(settle?.type === 'settle' ? settle.settlement?.payments[0].worker : undefined, W1)
    assert.equal(completed.task.outcome?.price, 10, 'the price of the winning bid')
  })

  it('the lapsed lease\'s result also ends a round already opened for the next attempt, answering its bidders', () => {
    const lost = step(running(), { type: 'tick' }, T0 + 1_300)
    const offered = step({ ...lost.task, notBeforeMs: 0 }, { type: 'roundOpened', eligible: [W2] }, T0 + 2_000)
    assert.equal(offered.task.round?.attempt, 2)
    const verifying = step(offered.task, received, T0 + 2_010)
    assert.equal(verifying.task.round, undefined)
    assert.deepEqual(verifying.effects.find(e => e.type === 'answerBids'), { type: 'answerBids', attempt: 2 })
  })

  it('a result after reassignment is refused as stale', () => {
    const lost = step(running(), { type: 'tick' }, T0 + 1_300)
    let t = step({ ...lost.task, notBeforeMs: 0 }, { type: 'roundOpened', eligible: [W2] }, T0 + 2_000)
    t = step(t.task, { type: 'bid', worker: W2, attempt: 2, price: 5, queueDepth: 0, freeSlots: 1 }, T0 + 2_010)
    assert.ok(types(t.effects).includes('rank'), 'the only eligible worker answered: the round closes early')
    t = step(t.task, { type: 'roundClosed', attempt: 2, candidates: [candidate(W2)], nonce: NONCE }, T0 + 2_020)
    t = step(t.task, { type: 'assignAcked', worker: W2, attempt: 2 }, T0 + 2_030)
    assert.equal(t.task.lapsed, undefined)
    const late = transition(t.task, received, at(T0 + 2_040))
    assert.equal(late.refusal?.code, 'not_leaseholder')
    assert.match(late.refusal.reason, /stale attempt/)
  })

  it('a lease lost while its Assign is in flight ranks the round again without that worker, and a late acknowledgement is refused', () => {
    const lost = step(STATES['offered/assigning'](), { type: 'leaseLost', worker: W1, reason: 'disconnected' }, T0 + 300)
    assert.equal(lost.task.state, 'offered')
    assert.equal(lost.task.round?.phase, 'ranking')
    assert.deepEqual(lost.task.round?.refused, [W1])
    assert.equal(lost.task.attempts, 0, 'no attempt was used')
    assert.deepEqual(types(lost.effects), ['breakerFailure', 'rank', 'schedule'])
    const late = transition(lost.task, { type: 'assignAcked', worker: W1, attempt: 1 }, at(T0 + 310))
    assert.equal(late.refusal?.code, 'not_leaseholder')
    const next = step(lost.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, true, 0.9), candidate(W2, true, 0.4)], nonce: NONCE }, T0 + 320)
    assert.equal(next.task.leases[0].worker, W2, 'the refused worker is skipped even if ranked first')
  })

  it('an acknowledgement that says running (content inline) stands for the first running heartbeat: the task runs, and a lost host counts toward quarantine (issue 9)', () => {
    const acked = step(STATES['offered/assigning'](), { type: 'assignAcked', worker: W1, attempt: 1, running: true }, T0 + 300)
    assert.equal(acked.task.state, 'running')
    assert.equal(acked.task.leases[0].phase, 'running')
    assert.deepEqual(acked.effects.filter(e => e.type === 'announce').map(e => e.type === 'announce' ? e.kind : ''), ['assigned', 'running'])
    const plain = step(STATES['offered/assigning'](), { type: 'assignAcked', worker: W1, attempt: 1 }, T0 + 300)
    assert.equal(plain.task.state, 'assigned', 'without it the worker is still fetching')
    const lost = step(acked.task, { type: 'leaseLost', worker: W1, reason: 'disconnected' }, T0 + 400)
    assert.equal(lost.task.hostsLost, 1)
  })

  it('duplicate results: the second is refused while the first is verified, and after the end', () => {
    const verifying = step(running(), received, T0 + 500)
    assert.equal(transition(verifying.task, received, at(T0 + 501)).refusal?.code, 'not_leaseholder')
    const done = step(verifying.task, { type: 'resultVerified', worker: W1, attempt: 1, result: verifiedResult(), credibility: {} }, T0 + 502)
    assert.equal(done.effects.filter(e => e.type === 'settle').length, 1)
    assert.equal(transition(done.task, received, at(T0 + 503)).refusal?.code, 'task_ended')
  })

  it('an invalid result loses the attempt with a failure verdict, and is not kept as lapsed', () => {
    const verifying = step(running(), received, T0 + 500)
    const t = step(verifying.task, { type: 'resultInvalid', worker: W1, attempt: 1, reason: 'bad hash' }, T0 + 501)
    assert.equal(t.task.state, 'queued')
    assert.equal(t.task.lapsed, undefined)
    assert.ok(t.effects.some(e => e.type === 'judge' && e.verdict === 'failure'))
    assert.deepEqual(t.task.excludedWorkers, [W1])
    assert.ok(t.task.notBeforeMs > T0 + 501, 'retry backs off')
  })
})

describe('lifecycle decisions', () => {
  it('the client pays the winning bid, even when an earlier round of the same attempt had no winner', () => {
    let t = step(STATES.queued(), { type: 'roundOpened', eligible: [W1] }, T0 + 10)
    t = step(t.task, { type: 'decline', worker: W1, attempt: 1, reason: 'no free slot' }, T0 + 20)
    t = step(t.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, false)], nonce: NONCE }, T0 + 30)
    assert.equal(t.task.state, 'queued')
    assert.equal(t.task.decisions.length, 1, 'a decision without a winner')
    t = step(t.task, { type: 'tick' }, t.task.notBeforeMs)
    t = step(t.task, { type: 'roundOpened', eligible: [W2] }, t.task.notBeforeMs + 500)
    t = step(t.task, { type: 'bid', worker: W2, attempt: 1, price: 3, queueDepth: 0, freeSlots: 1 }, T0 + 600)
    t = step(t.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W2, true, 0.5, 3)], nonce: NONCE }, T0 + 610)
    t = step(t.task, { type: 'assignAcked', worker: W2, attempt: 1 }, T0 + 620)
    t = step(t.task, { type: 'resultReceived', worker: W2, attempt: 1, result: received.result }, T0 + 700)
    t = step(t.task, { type: 'resultVerified', worker: W2, attempt: 1, result: verifiedResult(), credibility: {} }, T0 + 710)
    const settle = t.effects.find(e => e.type === 'settle')
    assert.equal(settle?.type === 'settle' ? settle.settlement?.payments[0].price : undefined, 3, 'the winning bid, not the task\'s maximum (100)')
    assert.equal(t.task.outcome?.price, 3)
    assert.match(t.task.decisions.at(-1)!.outcome, /^completed/)
  })

  it('gives up after maxAttempts lost leases', () => {
    const task = { ...running(), attempts: POLICY.maxAttempts, leases: running().leases.map(l => ({ ...l, attempt: POLICY.maxAttempts })) }
    const t = step(task, { type: 'leaseLost', worker: W1, reason: 'telemetry_stale' }, T0 + 500)
    assert.equal(t.task.state, 'failed')
    assert.match(t.task.reason, /gave up after 3 failed attempts/)
    assert.deepEqual(types(t.effects), ['judge', 'settle'])
  })

  it('a round does not open once the attempt budget is used', () => {
    const t = transition({ ...STATES.queued(), attempts: POLICY.maxAttempts }, EVENTS.roundOpened, at(T0 + 10))
    assert.equal(t.refusal?.code, 'not_queued')
  })

  it('a hand-back returns the attempt and requeues without backoff', () => {
    const t = step(STATES.assigned(), { type: 'handedBack', worker: W1, attempt: 1 }, T0 + 500)
    assert.equal(t.task.state, 'queued')
    assert.equal(t.task.attempts, 0)
    assert.equal(t.task.notBeforeMs, 0)
    assert.equal(t.effects.filter(e => e.type === 'judge').length, 0, 'no penalty')
  })

  it('hand-backs past maxAttempts are abuse: they use the attempt and cost reputation; the worker is asked last', () => {
    let task = STATES.assigned()
    for (let n = 1; n <= POLICY.maxAttempts; n++) {
      const t = step(task, { type: 'handedBack', worker: W1, attempt: 1 }, T0 + n)
      assert.equal(t.task.attempts, 0, `hand-back ${n} returns the attempt`)
      assert.deepEqual(t.task.excludedWorkers, [W1])
      task = { ...STATES.assigned(), handBacks: t.task.handBacks, excludedWorkers: t.task.excludedWorkers }
    }
    const abused = step(task, { type: 'handedBack', worker: W1, attempt: 1 }, T0 + 10)
    assert.equal(abused.task.handBacks, POLICY.maxAttempts + 1)
    assert.equal(abused.task.attempts, 1, 'this hand-back used the attempt')
    assert.ok(abused.effects.some(e => e.type === 'judge' && e.verdict === 'failure'))
    assert.ok(abused.task.notBeforeMs > T0 + 10, 'and the retry backs off')
  })

  it('heartbeats do not extend a lease past its execution deadline', () => {
    let task = STATES.running()
    for (let now = T0 + 500; now < T0 + 8_200; now += 500) task = step(task, { type: 'heartbeat', worker: W1, attempt: 1, phase: 'running' }, now).task
    const t = step(task, { type: 'tick' }, T0 + 8_200)
    assert.equal(t.task.state, 'queued')
    assert.match(t.task.reason, /execution deadline/)
  })

  it('the total timeout ends a running task', () => {
    const t = step(STATES.running(), { type: 'tick' }, T0 + 60_000)
    assert.equal(t.task.state, 'timed_out')
    assert.deepEqual(t.task.leases, [])
    assert.ok(types(t.effects).includes('settle'))
  })

  it('the queue timeout ends a task never assigned', () => {
    const t = step(STATES.queued(), { type: 'tick' }, T0 + 20_000)
    assert.equal(t.task.state, 'timed_out')
    assert.match(t.task.reason, /queue timeout/)
  })

  it('a restart sends offered tasks back to the queue, drops Assigns in flight and gives leases one more period', () => {
    const offered = step(STATES['offered/assigning'](), { type: 'restarted' }, T0 + 5_000)
    assert.equal(offered.task.state, 'queued')
    assert.deepEqual(offered.task.leases, [])
    const leased = step(STATES.verifying(), { type: 'restarted' }, T0 + 5_000)
    assert.equal(leased.task.state, 'running')
    assert.equal(leased.task.leases[0].phase, 'running')
    assert.equal(leased.task.leases[0].expiresAtMs, T0 + 5_000 + POLICY.leaseMs)
  })

  it('a rejected submission is stored without its arguments, environment and content key', () => {
    const t = step({ ...STATES.received(), args: ['x'.repeat(1_000)], env: { KEY: 'secret' }, contentKey: 'ab'.repeat(32) }, { type: 'rejected', reason: 'args and env take 1010 bytes' }, T0)
    assert.equal(t.task.state, 'rejected')
    assert.deepEqual(t.task.args, [])
    assert.deepEqual(t.task.env, {})
    assert.equal('contentKey' in t.task, false)
    assert.deepEqual(types(t.effects), ['settle'])
  })

  it('only the submitting client may cancel', () => {
    assert.equal(transition(STATES.running(), { type: 'cancel', by: 'someone-else', reason: '' }, at(T0)).refusal?.code, 'not_permitted')
    const t = step(STATES.running(), { type: 'cancel', by: CLIENT, reason: 'no longer needed' }, T0 + 10)
    assert.equal(t.task.state, 'cancelled')
    assert.equal(t.task.reason, 'cancelled by its client: no longer needed')
  })

  it('a refused Assign ranks the others again; the round requeues when nobody is left', () => {
    let t = step(STATES['offered/assigning'](), { type: 'assignRefused', worker: W1, attempt: 1, reason: 'all 2 slots busy', unreachable: false }, T0 + 300)
    assert.deepEqual(types(t.effects), ['rank', 'schedule'])
    t = step(t.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1)], nonce: NONCE }, T0 + 310)
    assert.equal(t.task.state, 'queued')
    assert.equal(t.task.reason, 'every bidder refused or became ineligible')
    assert.match(t.task.decisions.at(-1)!.candidates[0].note, /refused: all 2 slots busy/)
    assert.deepEqual(t.effects.find(e => e.type === 'answerBids'), { type: 'answerBids', attempt: 1 })
  })

  it('losing bidders are answered at ranking, all but one runner-up, which takes over when the winner refuses (issue 12)', () => {
    const W3 = 'worker-3'
    const W4 = 'worker-4'
    let t = step(STATES.queued(), { type: 'roundOpened', eligible: [W1, W2, W3, W4] }, T0 + 100)
    for (const [i, w] of [W1, W2, W3, W4].entries()) t = step(t.task, { type: 'bid', worker: w, attempt: 1, price: 5, queueDepth: 0, freeSlots: 1 }, T0 + 110 + i)
    assert.ok(types(t.effects).includes('rank'))
    const ranking = [candidate(W1, true, 0.9), candidate(W2, true, 0.8), candidate(W3, true, 0.7), candidate(W4, false, 0.1)]
    t = step(t.task, { type: 'roundClosed', attempt: 1, candidates: ranking, nonce: NONCE }, T0 + 120)
    assert.deepEqual(t.effects.find(e => e.type === 'answerBids'), { type: 'answerBids', attempt: 1, winner: W1, keep: [W1, W2] },
      'W3 and W4 are answered lost before the Assign is acknowledged; W2 stays as the fallback')
    assert.deepEqual(t.task.round?.released, [W3, W4])
    assert.ok(types(t.effects).indexOf('answerBids') < types(t.effects).indexOf('sendAssign'), 'losers are answered before the Assign goes out')
    // the winner refuses: the runner-up is chosen; the released W3 is never chosen again in this round, even ranked first
    t = step(t.task, { type: 'assignRefused', worker: W1, attempt: 1, reason: 'all 1 slots busy', unreachable: false }, T0 + 130)
    t = step(t.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W3, true, 0.99), candidate(W1), candidate(W2, true, 0.8)], nonce: NONCE }, T0 + 140)
    assert.deepEqual(t.effects.find(e => e.type === 'sendAssign'), { type: 'sendAssign', worker: W2, attempt: 1 })
    assert.deepEqual(t.effects.find(e => e.type === 'answerBids'), { type: 'answerBids', attempt: 1, winner: W2, keep: [W2] }, 'the refusing W1 is answered now; no runner-up is left')
    t = step(t.task, { type: 'assignAcked', worker: W2, attempt: 1 }, T0 + 150)
    assert.deepEqual(t.effects.find(e => e.type === 'answerBids'), { type: 'answerBids', attempt: 1, winner: W2 })
    // the runner-up refuses as well: the round ends (everyone else was released) and the task is queued again
    let u = step(STATES.queued(), { type: 'roundOpened', eligible: [W1, W2, W3] }, T0 + 100)
    for (const w of [W1, W2, W3]) u = step(u.task, { type: 'bid', worker: w, attempt: 1, price: 5, queueDepth: 0, freeSlots: 1 }, T0 + 110)
    u = step(u.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1), candidate(W2), candidate(W3)], nonce: NONCE }, T0 + 120)
    u = step(u.task, { type: 'assignRefused', worker: W1, attempt: 1, reason: 'busy', unreachable: false }, T0 + 130)
    u = step(u.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1), candidate(W2), candidate(W3)], nonce: NONCE }, T0 + 140)
    u = step(u.task, { type: 'assignRefused', worker: W2, attempt: 1, reason: 'busy', unreachable: false }, T0 + 150)
    u = step(u.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1), candidate(W2), candidate(W3)], nonce: NONCE }, T0 + 160)
    assert.equal(u.task.state, 'queued')
  })
})
