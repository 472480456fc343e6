/**
 * When an offer round stops collecting bids (issue 12: a 100-node swarm whose gossip is slower
 * than the bid window): at its deadline when it has a bid; past it, for a first late bid, until
 * `lateBidMs` later when it has none (the first late bid closes it at once); as soon as every
 * capable worker answered or it holds `maxBidsPerTask` bids. Time is each step's `nowMs`, and
 * the orchestrator's timer is `nextDeadline` (tested here too), so no real time passes.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { nextDeadline, transition } from '../../../src/coordinator/lifecycle/transition.ts'
import type { Effect, LifecycleEvent, LifecyclePolicy, Transition } from '../../../src/coordinator/lifecycle/types.ts'
import type { TaskRecord } from '../../../src/coordinator/task-record.ts'
import { at, candidate, deepFreeze, NONCE, POLICY, STATES, T0, W1, W2 } from './fixtures.ts'

const LATE: LifecyclePolicy = { ...POLICY, lateBidMs: 2_000 }
/** the fixtures' bid window */
const WINDOW = 200
const W3 = 'worker-3'

function step (task: TaskRecord, event: LifecycleEvent, nowMs: number, policy = LATE): Transition {
  const t = transition(deepFreeze(task), event, at(nowMs, policy))
  assert.equal(t.refusal, undefined, `${event.type} refused: ${t.refusal?.reason}`)
  return t
}

const bid = (worker: string): LifecycleEvent => ({ type: 'bid', worker, attempt: 1, price: 10, queueDepth: 0, freeSlots: 1 })
const ranks = (effects: Effect[]): boolean => effects.some(e => e.type === 'rank')

/** A round of attempt 1 opened at T0 to `eligible`. */
function open (eligible = [W1, W2], policy = LATE): Transition {
  return step(STATES.queued(), { type: 'roundOpened', eligible }, T0, policy)
}

describe('bid window: late bids', () => {
  it('the offer names the late-bid end: the bid deadline + lateBidMs (0 when lateBidMs is 0)', () => {
    const publish = open().effects.find(e => e.type === 'publishOffer')
    assert.deepEqual(publish, { type: 'publishOffer', attempt: 1, bidDeadlineMs: T0 + WINDOW, lateBidUntilMs: T0 + WINDOW + 2_000 })
    const off = open([W1, W2], POLICY).effects.find(e => e.type === 'publishOffer')
    assert.deepEqual(off, { type: 'publishOffer', attempt: 1, bidDeadlineMs: T0 + WINDOW, lateBidUntilMs: 0 })
  })

  it('a round with no bid at its deadline stays open for a late bid, re-arming its timer at the late end; the first late bid closes it at once', () => {
    const opened = open()
    assert.equal(nextDeadline(opened.task), T0 + WINDOW)
    const extended = step(opened.task, { type: 'tick' }, T0 + WINDOW)
    assert.equal(ranks(extended.effects), false, 'not closed at the deadline: nobody bid yet')
    assert.deepEqual(extended.effects.map(e => e.type), ['schedule'], 'only the timer is re-armed: nothing published again')
    assert.equal(extended.task.state, 'offered')
    assert.equal(extended.task.round?.late, true)
    assert.equal(extended.task.round?.phase, 'collecting')
    assert.equal(nextDeadline(extended.task), T0 + WINDOW + 2_000)
    assert.match(extended.task.reason, /^no bid within the bid window; open for a late bid until /)

    const late = step(extended.task, bid(W2), T0 + WINDOW + 700)
    assert.ok(ranks(late.effects), 'the first late bid closes the round (W1 has not answered)')
    assert.deepEqual(late.task.round?.bids.map(b => b.worker), [W2])
    assert.equal(late.task.round?.phase, 'ranking')
    const announced = late.effects.find(e => e.type === 'announce')
    assert.match(announced?.type === 'announce' ? announced.reason : '', /\(late: after the bid deadline\)$/)
  })

  it('without a late bid the round ends at the late end and the task goes back to the queue with backoff', () => {
    const extended = step(open().task, { type: 'tick' }, T0 + WINDOW)
    const early = transition(deepFreeze(extended.task), { type: 'tick' }, at(T0 + WINDOW + 1_999, LATE))
    assert.equal(early.refusal?.code, 'nothing_due', 'still open a ms before the late end')
    const closed = step(extended.task, { type: 'tick' }, T0 + WINDOW + 2_000)
    assert.ok(ranks(closed.effects))
    const requeued = step(closed.task, { type: 'roundClosed', attempt: 1, candidates: [], nonce: '' }, T0 + WINDOW + 2_001)
    assert.equal(requeued.task.state, 'queued')
    assert.equal(requeued.task.reason, 'no bids within the bid window or the late-bid time after it')
    assert.ok(requeued.task.notBeforeMs > T0 + WINDOW + 2_001, 'offered again only after a backoff')
    assert.equal(requeued.task.decisions.at(-1)?.outcome, 'no bids')
  })

  it('a round that has a bid at its deadline closes then, as before (no late wait)', () => {
    const withBid = step(open().task, bid(W1), T0 + 50)
    assert.equal(ranks(withBid.effects), false, 'W2 has not answered yet')
    const closed = step(withBid.task, { type: 'tick' }, T0 + WINDOW)
    assert.ok(ranks(closed.effects))
    assert.equal(closed.task.round?.late, undefined)
  })

  it('with lateBidMs 0 a round without bids closes at its deadline', () => {
    const closed = step(open([W1, W2], POLICY).task, { type: 'tick' }, T0 + WINDOW, POLICY)
    assert.ok(ranks(closed.effects))
  })

  it('a round also closes at once when every capable worker has answered, before or after its deadline', () => {
    const a = step(open().task, { type: 'decline', worker: W1, attempt: 1, reason: 'no free slot' }, T0 + 10)
    assert.ok(ranks(step(a.task, bid(W2), T0 + 20).effects), 'in the window')
    const extended = step(step(open().task, { type: 'decline', worker: W1, attempt: 1, reason: 'no free slot' }, T0 + 10).task, { type: 'tick' }, T0 + WINDOW)
    assert.ok(ranks(step(extended.task, { type: 'decline', worker: W2, attempt: 1, reason: 'no free slot' }, T0 + WINDOW + 5).effects), 'everyone declined during the late wait')
  })

  it('a round closes as soon as it holds maxBidsPerTask bids: a further bid could not be recorded', () => {
    const policy = { ...LATE, maxBidsPerTask: 2 }
    let t = open([W1, W2, W3], policy)
    t = step(t.task, bid(W1), T0 + 10, policy)
    assert.equal(ranks(t.effects), false)
    t = step(t.task, bid(W2), T0 + 20, policy)
    assert.ok(ranks(t.effects), 'two bids, the most kept: closed although W3 has not answered and the window is open')
  })

  it('a round whose bids cannot be assigned waits for a late bid of another worker (it answers its bidders), while capable workers have not answered', () => {
    const withBid = step(open([W1, W2, W3]).task, bid(W1), T0 + 50)
    const ranking = step(withBid.task, { type: 'tick' }, T0 + WINDOW)
    // W1 ran the replica's first execution: not eligible
    const reopened = step(ranking.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, false)], nonce: NONCE }, T0 + WINDOW + 1)
    assert.equal(reopened.task.state, 'offered')
    assert.equal(reopened.task.round?.phase, 'collecting')
    assert.equal(reopened.task.round?.late, true)
    assert.deepEqual(reopened.task.round?.released, [W1])
    assert.equal(nextDeadline(reopened.task), T0 + WINDOW + 2_000)
    assert.deepEqual(reopened.effects.map(e => e.type), ['answerBids', 'schedule'], 'W1 is answered (its slot freed); nothing published again')
    assert.equal(reopened.task.decisions.length, 0)
    const late = step(reopened.task, bid(W2), T0 + WINDOW + 900)
    assert.ok(ranks(late.effects), 'the next late bid closes the round')
    const assigned = step(late.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W2), candidate(W1)], nonce: NONCE }, T0 + WINDOW + 901)
    assert.deepEqual(assigned.task.leases.map(l => l.worker), [W2])
  })

  it('a round whose bids cannot be assigned ends as before when every capable worker answered or the late end passed', () => {
    const everyone = step(step(open().task, bid(W1), T0 + 10).task, bid(W2), T0 + 20)
    const ended = step(everyone.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, false), candidate(W2, false)], nonce: NONCE }, T0 + 21)
    assert.equal(ended.task.state, 'queued')
    assert.equal(ended.task.decisions.at(-1)?.outcome, 'no bidder could take it')
    const extended = step(open([W1, W2, W3]).task, { type: 'tick' }, T0 + WINDOW)
    const lateBid = step(extended.task, bid(W1), T0 + WINDOW + 2_000)
    const past = step(lateBid.task, { type: 'roundClosed', attempt: 1, candidates: [candidate(W1, false)], nonce: NONCE }, T0 + WINDOW + 2_000)
    assert.equal(past.task.state, 'queued', 'the late end has come: no further wait')
  })

  it('a bid after the round closed is refused, in the window or the late wait alike', () => {
    const closed = step(open().task, bid(W1), T0 + 10)
    const both = step(closed.task, bid(W2), T0 + 20)
    const after = transition(deepFreeze(both.task), bid(W3), at(T0 + 30, LATE))
    assert.equal(after.refusal?.code, 'offer_closed')
    const extended = step(open().task, { type: 'tick' }, T0 + WINDOW)
    const first = step(extended.task, bid(W1), T0 + WINDOW + 100)
    const second = transition(deepFreeze(first.task), bid(W2), at(T0 + WINDOW + 101, LATE))
    assert.equal(second.refusal?.code, 'offer_closed', 'the first late bid already closed the round')
  })
})
