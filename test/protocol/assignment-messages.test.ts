import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pb, type ailee } from '../../src/proto/index.ts'
import { InvalidMessageError } from '../../src/protocol/errors.ts'
import {
  assignFromWire, assignToWire, taskOfferFromWire, taskOfferToWire, taskSpecFromWire, taskSpecToWire,
  type Assign, type TaskOffer, type TaskSpec
} from '../../src/protocol/messages/assignment.ts'

const spec: TaskSpec = {
  moduleCid: 'bafkmodule',
  inputCid: 'bafkinput',
  args: ['--n', '3'],
  env: { A: '1' },
  limits: { memoryPages: 16, executionMs: 1_000, maxOutputBytes: 4_096 },
  timeouts: { queueMs: 5_000, bidWindowMs: 300, totalMs: 60_000 },
  maxPrice: 100,
  clientAccount: 'client-1'
}

const assign: Assign = { taskId: 't1', attempt: 2, spec, leaseMs: 3_000, nonce: new Uint8Array(16).fill(7) }

const offer: TaskOffer = {
  taskId: 't1',
  coordinatorPeerId: 'coord',
  attempt: 1,
  memoryPages: 16,
  executionMs: 1_000,
  maxPrice: 0,
  bidDeadlineMs: 1_700_000_000_000,
  moduleSizeBytes: 1234,
  moduleCid: 'bafkmodule',
  excludedWorkers: ['w9'],
  lateBidUntilMs: 1_700_000_005_000,
  invitedWorkers: ['w1', 'w2']
}

/** Encodes and decodes through protobuf, as the wire does. */
function roundTrip<T> (codec: { encode: (m: T) => { finish: () => Uint8Array }, decode: (b: Uint8Array) => unknown }, wire: T): unknown {
  return codec.decode(codec.encode(wire).finish())
}

function throwsNaming (fn: () => unknown, field: string): void {
  assert.throws(fn, (err: Error) => {
    assert.ok(err instanceof InvalidMessageError, `InvalidMessageError, got ${err.name}`)
    assert.ok(err.message.startsWith(`${field} `), `message names ${field}: ${err.message}`)
    return true
  })
}

describe('assignment messages', () => {
  it('an Assign survives toWire -> encode -> decode -> fromWire unchanged', () => {
    const back = assignFromWire(roundTrip(pb.Assign, assignToWire(assign)) as ailee.v1.Assign)
    assert.deepEqual(back, assign)
  })

  it('a TaskOffer survives toWire -> encode -> decode -> fromWire unchanged', () => {
    const back = taskOfferFromWire(roundTrip(pb.TaskOffer, taskOfferToWire(offer)) as ailee.v1.TaskOffer)
    assert.deepEqual(back, offer)
  })

  it('a TaskSpec survives toWire -> fromWire unchanged; toWire copies lists and maps', () => {
    const wire = taskSpecToWire(spec)
    assert.notEqual(wire.args, spec.args)
    assert.notEqual(wire.env, spec.env)
    assert.deepEqual(taskSpecFromWire(wire), spec)
  })

  it('an empty input CID means no input; missing args and env are empty', () => {
    const wire = { ...taskSpecToWire(spec), inputCid: '', args: null, env: null }
    const got = taskSpecFromWire(wire)
    assert.equal(got.inputCid, '')
    assert.deepEqual(got.args, [])
    assert.deepEqual(got.env, {})
    assert.equal(taskSpecFromWire({ ...wire, inputCid: undefined }).inputCid, '')
  })

  it('an Assign carries the content key (field 40 of TaskSpec) through the wire; a plaintext spec has none', () => {
    const key = new Uint8Array(32).fill(3)
    const sealed: Assign = { ...assign, spec: { ...spec, contentKey: key } }
    const wire = assignToWire(sealed)
    assert.notEqual(wire.spec?.contentKey, key, 'toWire copies the key')
    const back = assignFromWire(roundTrip(pb.Assign, wire) as ailee.v1.Assign)
    assert.deepEqual(back, sealed)
    // the field number is the one documented in task.proto (40, wire type 2): tag byte 0xc2 0x02
    const encoded = pb.TaskSpec.encode(taskSpecToWire(sealed.spec)).finish()
    assert.ok(Buffer.from(encoded).includes(Buffer.from([0xc2, 0x02, 32])))
    assert.equal('contentKey' in taskSpecToWire(spec), false)
    assert.equal('contentKey' in taskSpecFromWire({ ...taskSpecToWire(spec), contentKey: new Uint8Array(0) }), false)
  })

  it('refuses a content key that is neither empty nor 32 bytes, naming the field', () => {
    throwsNaming(() => assignFromWire({ ...assignToWire(assign), spec: { ...taskSpecToWire(spec), contentKey: new Uint8Array(16) } }), 'assign.spec.contentKey')
    throwsNaming(() => taskSpecFromWire({ ...taskSpecToWire(spec), contentKey: new Uint8Array(33) }), 'spec.contentKey')
  })

  it('accepts a zero price and a zero module size', () => {
    assert.equal(taskSpecFromWire({ ...taskSpecToWire(spec), maxPrice: 0 }).maxPrice, 0)
    assert.equal(taskOfferFromWire({ ...taskOfferToWire(offer), moduleSizeBytes: 0 }).moduleSizeBytes, 0)
  })

  describe('Assign validation names the field', () => {
    const wire = (): ailee.v1.Assign => pb.Assign.fromObject(assignToWire(assign))
    const cases: Array<[string, (w: ailee.v1.Assign) => void]> = [
      ['assign.taskId', w => { w.taskId = '' }],
      ['assign.attempt', w => { w.attempt = 0 }],
      ['assign.leaseMs', w => { w.leaseMs = 0 }],
      ['assign.spec', w => { w.spec = null as never }],
      ['assign.spec.moduleCid', w => { w.spec!.moduleCid = '' }],
      ['assign.spec.clientAccount', w => { w.spec!.clientAccount = '' }],
      ['assign.spec.limits', w => { w.spec!.limits = null as never }],
      ['assign.spec.limits.memoryPages', w => { w.spec!.limits!.memoryPages = 0 }],
      ['assign.spec.limits.executionMs', w => { w.spec!.limits!.executionMs = 0 }],
      ['assign.spec.limits.maxOutputBytes', w => { w.spec!.limits!.maxOutputBytes = 0 }],
      ['assign.spec.timeouts', w => { w.spec!.timeouts = null as never }],
      ['assign.spec.timeouts.queueMs', w => { w.spec!.timeouts!.queueMs = 0 }],
      ['assign.spec.timeouts.bidWindowMs', w => { w.spec!.timeouts!.bidWindowMs = 0 }],
      ['assign.spec.timeouts.totalMs', w => { w.spec!.timeouts!.totalMs = 0 }],
      ['assign.spec.maxPrice', w => { w.spec!.maxPrice = -1 }],
      ['assign.spec.limits.executionMs', w => { w.spec!.limits!.executionMs = 1.5 }],
      ['assign.nonce', w => { w.nonce = new Uint8Array(15) }],
      ['assign.nonce', w => { w.nonce = new Uint8Array(17) }]
    ]
    for (const [i, [field, spoil]] of cases.entries()) {
      it(`${field} (case ${i})`, () => {
        const w = wire()
        spoil(w)
        throwsNaming(() => assignFromWire(w), field)
      })
    }
    it('a missing Assign', () => { throwsNaming(() => assignFromWire(undefined), 'assign') })
    it('an Assign without a nonce (an older coordinator) is accepted with an empty one', () => {
      const w = wire()
      w.nonce = new Uint8Array(0)
      assert.deepEqual(assignFromWire(roundTrip(pb.Assign, w) as ailee.v1.Assign).nonce, new Uint8Array(0))
    })
    it('an empty decoded Assign names the task id first', () => {
      throwsNaming(() => assignFromWire(pb.Assign.decode(new Uint8Array(0))), 'assign.taskId')
    })
  })

  describe('TaskOffer validation names the field', () => {
    const cases: Array<[string, Partial<ailee.v1.TaskOffer>]> = [
      ['offer.taskId', { taskId: '' }],
      ['offer.coordinatorPeerId', { coordinatorPeerId: '' }],
      ['offer.attempt', { attempt: 0 }],
      ['offer.memoryPages', { memoryPages: 0 }],
      ['offer.executionMs', { executionMs: 0 }],
      ['offer.bidDeadlineMs', { bidDeadlineMs: 0 }],
      ['offer.moduleCid', { moduleCid: '' }],
      ['offer.maxPrice', { maxPrice: Number.NaN }]
    ]
    for (const [field, patch] of cases) {
      it(field, () => { throwsNaming(() => taskOfferFromWire({ ...taskOfferToWire(offer), ...patch }), field) })
    }
    it('a missing offer', () => { throwsNaming(() => taskOfferFromWire(null), 'offer') })
  })
})
