/**
 * Every (state, event) pair of the task lifecycle: a defined transition
 * ('ok') or a named refusal. A new state or event fails this test until its
 * row or column is written down.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { transition } from '../../../src/coordinator/lifecycle/transition.ts'
import type { LifecycleEvent } from '../../../src/coordinator/lifecycle/types.ts'
import { at, deepFreeze, EVENTS, STATES, T0 } from './fixtures.ts'

type Row = Partial<Record<LifecycleEvent['type'], string>>

const ENDED: Row = Object.fromEntries(Object.keys(EVENTS).map(e => [e, 'task_ended']))
const NO_LEASE = {
  assignAcked: 'not_leaseholder', assignRefused: 'not_leaseholder', heartbeat: 'not_leaseholder', leaseLost: 'not_leaseholder',
  resultReceived: 'not_leaseholder', resultVerified: 'not_leaseholder', resultInvalid: 'not_leaseholder', handedBack: 'not_leaseholder'
}
const ADMITTED = { admitted: 'already_admitted', rejected: 'already_admitted', cancel: 'ok', restarted: 'ok', tick: 'nothing_due' }
const NOT_QUEUED = { waiting: 'not_queued', roundOpened: 'not_queued' }
const OFFER_CLOSED = { bid: 'offer_closed', decline: 'offer_closed', roundClosed: 'not_ranking' }
const HOLDING = {
  ...NO_LEASE, heartbeat: 'ok', leaseLost: 'ok', resultReceived: 'ok', handedBack: 'ok'
}

/** Expected outcome of each event in each state. */
const TABLE: Record<string, Row> = {
  received: { ...Object.fromEntries(Object.keys(EVENTS).map(e => [e, 'not_admitted'])), admitted: 'ok', rejected: 'ok' },
  queued: { ...ADMITTED, ...NO_LEASE, ...OFFER_CLOSED, waiting: 'ok', roundOpened: 'ok' },
  'offered/collecting': { ...ADMITTED, ...NO_LEASE, ...NOT_QUEUED, bid: 'ok', decline: 'ok', roundClosed: 'not_ranking' },
  'offered/ranking': { ...ADMITTED, ...NO_LEASE, ...NOT_QUEUED, ...OFFER_CLOSED, roundClosed: 'ok' },
  'offered/assigning': { ...ADMITTED, ...HOLDING, ...NOT_QUEUED, ...OFFER_CLOSED, assignAcked: 'ok', assignRefused: 'ok' },
  assigned: { ...ADMITTED, ...HOLDING, ...NOT_QUEUED, ...OFFER_CLOSED },
  running: { ...ADMITTED, ...HOLDING, ...NOT_QUEUED, ...OFFER_CLOSED },
  verifying: { ...ADMITTED, ...NO_LEASE, ...NOT_QUEUED, ...OFFER_CLOSED, heartbeat: 'ok', resultVerified: 'ok', resultInvalid: 'ok' },
  completed: ENDED,
  failed: ENDED,
  timed_out: ENDED,
  memory_exceeded: ENDED,
  rejected: ENDED,
  cancelled: ENDED
}

describe('lifecycle transition table', () => {
  it('names every state and every event', () => {
    assert.deepEqual(Object.keys(TABLE).sort(), Object.keys(STATES).sort())
    for (const [state, row] of Object.entries(TABLE)) assert.deepEqual(Object.keys(row).sort(), Object.keys(EVENTS).sort(), `row ${state}`)
  })

  for (const [stateName, make] of Object.entries(STATES)) {
    describe(stateName, () => {
      for (const [eventType, event] of Object.entries(EVENTS)) {
        const expected = TABLE[stateName][eventType as LifecycleEvent['type']]!
        it(`${eventType} -> ${expected}`, () => {
          const task = deepFreeze(make())
          const t = transition(task, event, at(T0 + 150))
          if (expected === 'ok') {
            assert.equal(t.refusal, undefined, `refused: ${t.refusal?.code} (${t.refusal?.reason})`)
            assert.notEqual(t.task, task, 'a transition returns a new task')
            assert.ok(t.effects.length > 0 || eventType === 'decline' || eventType === 'restarted' || eventType === 'heartbeat', 'an applied event has effects')
          } else {
            assert.equal(t.refusal?.code, expected, `expected refusal ${expected}, got ${t.refusal == null ? 'a transition' : t.refusal.code}`)
            assert.equal(t.task, task, 'a refusal leaves the task as it was')
            assert.deepEqual(t.effects, [], 'a refusal has no effects')
            assert.ok(t.refusal.reason.length > 0, 'a refusal says why')
          }
        })
      }
    })
  }
})
