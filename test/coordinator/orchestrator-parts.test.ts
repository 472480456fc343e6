/**
 * The orchestrator's small parts: the pending bid answers.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { NO_ASSIGNMENT, PendingBidAnswers } from '../../src/coordinator/bid-answers.ts'

describe('PendingBidAnswers', () => {
  it('answers the winner and the losers of one attempt, and leaves other attempts waiting', async () => {
    const answers = new PendingBidAnswers()
    const w1 = answers.wait('t', 'w1', 1)!
    const w2 = answers.wait('t', 'w2', 1)!
    const later = answers.wait('t', 'w3', 2)!
    answers.answer('t', 1, 'w1')
    assert.deepEqual(await w1.answer, { accepted: true, reason: 'won' })
    assert.deepEqual(await w2.answer, { accepted: false, reason: 'lost to w1' })
    answers.answer('t', undefined)
    assert.deepEqual(await later.answer, { accepted: false, reason: NO_ASSIGNMENT })
  })

  it('answers losers at once and leaves the kept bidders (winner and runner-up) waiting for the decision', async () => {
    const answers = new PendingBidAnswers()
    const [w1, w2, w3] = ['w1', 'w2', 'w3'].map(w => answers.wait('t', w, 1)!)
    const settled = new Set<string>()
    void w1.answer.then(() => settled.add('w1'))
    void w2.answer.then(() => settled.add('w2'))
    answers.answer('t', 1, 'w1', ['w1', 'w2'])
    assert.deepEqual(await w3.answer, { accepted: false, reason: 'lost to w1' })
    await nextTurn()
    assert.deepEqual([...settled], [], 'the winner and the runner-up still wait')
    answers.answer('t', 1, 'w1')
    assert.deepEqual(await w1.answer, { accepted: true, reason: 'won' })
    assert.deepEqual(await w2.answer, { accepted: false, reason: 'lost to w1' })
  })

  it('one wait per worker and task; a withdrawn wait is never answered', async () => {
    const answers = new PendingBidAnswers()
    const first = answers.wait('t', 'w1', 1)!
    assert.equal(answers.wait('t', 'w1', 1), undefined)
    first.withdraw()
    const again = answers.wait('t', 'w1', 1)!
    answers.answerAll('coordinator shutting down')
    assert.deepEqual(await again.answer, { accepted: false, reason: 'coordinator shutting down' })
    let settled = false
    void first.answer.then(() => { settled = true })
    await nextTurn()
    assert.equal(settled, false)
  })
  // race found by the bench (200 tasks from 8 clients, 2 workers): a bid its round ended without
  // answering kept waiting, and every later bid of that worker on the task was "already bid"
  it('supersede answers a stale wait as lost so that a new bid of the worker can wait', async () => {
    const answers = new PendingBidAnswers()
    const stale = answers.wait('t', 'w1', 2)!
    assert.equal(answers.supersede('t', 'w1', 'superseded'), true)
    assert.deepEqual(await stale.answer, { accepted: false, reason: 'superseded' })
    const fresh = answers.wait('t', 'w1', 2)!
    assert.ok(fresh != null)
    answers.answer('t', 2, 'w1')
    assert.deepEqual(await fresh.answer, { accepted: true, reason: 'won' })
    assert.equal(answers.supersede('t', 'w1', 'nothing waits'), false)
    assert.equal(answers.tasks, 0)
  })
})
