/**
 * The shared task event type and its wire mapping: every kind both ways
 * (through real protobuf bytes), the enum kept in step with the proto, and
 * the refusals of `taskEventFromWire`.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import {
  InvalidMessageError, TASK_EVENT_KINDS, taskEventFromWire, taskEventKindFromWire, taskEventKindToWire, taskEventToWire,
  type TaskEvent
} from '../../src/protocol/index.ts'

const OUTCOME = { taskId: 't1', state: pb.TaskState.TASK_STATE_COMPLETED, exitCode: 0, reason: 'exited with code 0', attempts: 1 }

function event (overrides: Partial<TaskEvent> = {}): TaskEvent {
  return { taskId: 't1', kind: 'assigned', state: 'assigned', reason: 'won', attempt: 2, timestampMs: 1_700_000_000_123, workerPeerId: 'w1', bids: 3, ...overrides }
}

/** Encodes and decodes through the real `pb.TaskEvent` bytes. */
function throughBytes (wire: ailee.v1.ITaskEvent): ailee.v1.TaskEvent {
  return pb.TaskEvent.decode(pb.TaskEvent.encode(wire).finish())
}

test('every pb.TaskEventKind but UNSPECIFIED maps to a kind and back', () => {
  const kinds: string[] = []
  for (const [key, value] of Object.entries(pb.TaskEventKind)) {
    if (typeof value !== 'number') continue
    const kind = taskEventKindFromWire(value)
    if (key === 'TASK_EVENT_KIND_UNSPECIFIED') { assert.equal(kind, undefined); continue }
    assert.equal(kind, key.replace('TASK_EVENT_KIND_', '').toLowerCase())
    assert.equal(taskEventKindToWire(kind!), value)
    kinds.push(kind!)
  }
  assert.deepEqual(kinds, ['accepted', 'queued', 'offered', 'bid', 'assigned', 'running', 'retry', 'done'])
  assert.deepEqual([...TASK_EVENT_KINDS], kinds)
  assert.equal(taskEventKindFromWire(99), undefined)
  assert.equal(taskEventKindFromWire(undefined), undefined)
})

test('every kind survives toWire, the protobuf bytes and fromWire unchanged', () => {
  for (const kind of TASK_EVENT_KINDS) {
    const e = kind === 'done'
      ? event({ kind, state: 'completed', outcome: OUTCOME, bids: 0 })
      : event({ kind })
    const wire = taskEventToWire(e)
    assert.equal(wire.kind, taskEventKindToWire(kind))
    const back = taskEventFromWire(throughBytes(wire))
    if (kind === 'done') {
      assert.equal(back.outcome?.taskId, 't1')
      assert.equal(back.outcome?.state, pb.TaskState.TASK_STATE_COMPLETED)
      assert.equal(back.outcome?.reason, 'exited with code 0')
      assert.deepEqual({ ...back, outcome: undefined }, { ...e, outcome: undefined })
    } else {
      assert.deepEqual(back, e)
      assert.equal('outcome' in back, false)
    }
  }
})

test('toWire sets the enum numbers and every field', () => {
  const wire = taskEventToWire(event({ kind: 'bid', state: 'offered', bids: 1 }))
  assert.deepEqual(wire, {
    taskId: 't1',
    kind: pb.TaskEventKind.TASK_EVENT_KIND_BID,
    state: pb.TaskState.TASK_STATE_OFFERED,
    reason: 'won',
    attempt: 2,
    timestampMs: 1_700_000_000_123,
    workerPeerId: 'w1',
    bids: 1
  })
  assert.equal(taskEventToWire(event({ kind: 'done', state: 'cancelled', outcome: { taskId: 't1', state: pb.TaskState.TASK_STATE_CANCELLED } })).state, pb.TaskState.TASK_STATE_CANCELLED)
})

test('fromWire gives unset fields their defaults and drops an outcome on a non-done event', () => {
  const e = taskEventFromWire({ kind: pb.TaskEventKind.TASK_EVENT_KIND_QUEUED, state: pb.TaskState.TASK_STATE_QUEUED })
  assert.deepEqual(e, { taskId: '', kind: 'queued', state: 'queued', reason: '', attempt: 0, timestampMs: 0, workerPeerId: '', bids: 0 })
  const stray = taskEventFromWire({ kind: pb.TaskEventKind.TASK_EVENT_KIND_RUNNING, state: pb.TaskState.TASK_STATE_RUNNING, outcome: OUTCOME })
  assert.equal(stray.outcome, undefined)
  const cancelled = taskEventFromWire({ kind: pb.TaskEventKind.TASK_EVENT_KIND_DONE, state: pb.TaskState.TASK_STATE_CANCELLED, outcome: { state: pb.TaskState.TASK_STATE_CANCELLED } })
  assert.equal(cancelled.state, 'cancelled')
})

test('fromWire refuses an unspecified or unknown kind or state, and a done event without outcome', () => {
  const valid = taskEventToWire(event())
  const refused = (wire: Parameters<typeof taskEventFromWire>[0], message: RegExp): void => {
    assert.throws(() => taskEventFromWire(wire), (err: unknown) => {
      assert.ok(err instanceof InvalidMessageError, String(err))
      assert.equal(err.name, 'InvalidMessageError')
      assert.match(err.message, message)
      return true
    })
  }
  refused({ ...valid, kind: undefined }, /no kind/)
  refused({ ...valid, kind: pb.TaskEventKind.TASK_EVENT_KIND_UNSPECIFIED }, /no kind/)
  refused({ ...valid, kind: 42 as ailee.v1.TaskEventKind }, /unknown kind 42/)
  refused({ ...valid, state: undefined }, /no state/)
  refused({ ...valid, state: pb.TaskState.TASK_STATE_UNSPECIFIED }, /no state/)
  refused({ ...valid, state: 77 as ailee.v1.TaskState }, /unknown state 77/)
  refused({ ...valid, kind: pb.TaskEventKind.TASK_EVENT_KIND_DONE, state: pb.TaskState.TASK_STATE_COMPLETED }, /without an outcome/)
  // an event from a sender still using the old string field 3 decodes with no kind
  const old = new Uint8Array([...pb.TaskEvent.encode({ taskId: 't', state: pb.TaskState.TASK_STATE_QUEUED }).finish(), 0x1a, 0x06, ...new TextEncoder().encode('queued')])
  refused(pb.TaskEvent.decode(old), /no kind/)
})
