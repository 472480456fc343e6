/**
 * Bid, Heartbeat and TaskResult from the wire: complete values, or an
 * InvalidMessageError naming the field.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bidFromWire, heartbeatFromWire, taskResultFromWire } from '../../src/protocol/messages/worker-reports.ts'
import { InvalidMessageError } from '../../src/protocol/errors.ts'
import { pb } from '../../src/proto/index.ts'

/** Encodes and decodes `message`, as the protocol server does. */
function viaWire<T> (type: { encode: (m: T) => { finish: () => Uint8Array }, decode: (b: Uint8Array) => T }, message: T): T {
  return type.decode(type.encode(message).finish())
}

describe('worker reports from the wire', () => {
  it('a bid and a decline, with absent fields at their proto3 defaults', () => {
    assert.deepEqual(bidFromWire(viaWire(pb.Bid, pb.Bid.create({ taskId: 't', attempt: 2, price: 7, queueDepth: 1, freeSlots: 3 }))),
      { taskId: 't', attempt: 2, price: 7, queueDepth: 1, freeSlots: 3, decline: false, reason: '' })
    assert.deepEqual(bidFromWire(viaWire(pb.Bid, pb.Bid.create({ taskId: 't', attempt: 1, decline: true, reason: 'no free slot' }))),
      { taskId: 't', attempt: 1, price: 0, queueDepth: 0, freeSlots: 0, decline: true, reason: 'no free slot' })
  })

  it('refuses a bid without task id or attempt, or with a price that is not a non-negative integer', () => {
    assert.throws(() => bidFromWire(null), InvalidMessageError)
    assert.throws(() => bidFromWire({ attempt: 1 }), /bid.taskId must be a non-empty task id/)
    assert.throws(() => bidFromWire({ taskId: 't' }), /bid.attempt must be a positive integer, got 0/)
    assert.throws(() => bidFromWire({ taskId: 't', attempt: 1, price: -1 }), /bid.price must be a non-negative integer/)
    assert.throws(() => bidFromWire({ taskId: 't', attempt: 1, price: 1.5 }), /bid.price/)
  })

  it('a heartbeat names its phase', () => {
    assert.deepEqual(heartbeatFromWire({ taskId: 't', attempt: 1, phase: 'running' }), { taskId: 't', attempt: 1, phase: 'running' })
    assert.throws(() => heartbeatFromWire({ taskId: 't', attempt: 1, phase: 'sleeping' }), /heartbeat.phase must be "fetching" or "running", got "sleeping"/)
    assert.throws(() => heartbeatFromWire({ taskId: '', attempt: 1, phase: 'running' }), /heartbeat.taskId/)
  })

  it('a result keeps its bytes; a hand-back needs no receipt; a missing receipt is left to verification', () => {
    const stdout = new TextEncoder().encode('out')
    const r = taskResultFromWire(viaWire(pb.TaskResult, pb.TaskResult.create({ taskId: 't', attempt: 1, stdout, receipt: { receipt: new Uint8Array([1]), signature: new Uint8Array([2]) } })))
    assert.deepEqual([...r.stdout], [...stdout])
    assert.equal(r.stderr.byteLength, 0)
    assert.equal(r.handedBack, false)
    assert.ok(r.receipt != null)
    assert.equal(taskResultFromWire({ taskId: 't', attempt: 1, handedBack: true }).handedBack, true)
    assert.equal(taskResultFromWire({ taskId: 't', attempt: 1 }).receipt, undefined)
    assert.throws(() => taskResultFromWire({ taskId: 't', attempt: 0 }), /result.attempt must be a positive integer/)
  })
})
