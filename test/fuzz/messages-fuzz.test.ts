/**
 * Fuzzing of the wire decoders and the protocol-boundary conversions
 * (fast-check, fixed seed): valid messages of every kind a peer sends,
 * mutated and decoded as the protocol server and gossip do. Decoding either
 * fails (answered INVALID_MESSAGE / rejected on gossip) or yields a message
 * whose conversion returns a complete value or throws InvalidMessageError;
 * nothing else escapes.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { InvalidMessageError } from '../../src/protocol/errors.ts'
import { assignFromWire, taskOfferFromWire } from '../../src/protocol/messages/assignment.ts'
import { decodeOfferBatch } from '../../src/protocol/messages/offer-batch.ts'
import { telemetryFromWire } from '../../src/protocol/messages/telemetry.ts'
import { bidFromWire, heartbeatFromWire, taskResultFromWire } from '../../src/protocol/messages/worker-reports.ts'
import { taskEventFromWire } from '../../src/protocol/task-events.ts'
import { fuzzParameters, mutate, mutationArb } from './mutations.ts'

const spec = { moduleCid: 'bafkreie6qvsmxmtwlubl4xeywkdlibxftgymbfsscgia5tf6wxx27z5pkm', inputCid: '', args: ['1'], env: { A: 'b' }, limits: { memoryPages: 16, executionMs: 1000, maxOutputBytes: 1024 }, timeouts: { queueMs: 1000, bidWindowMs: 100, totalMs: 5000 }, maxPrice: 10, clientAccount: 'c' }

/** Encoded requests of every body a worker or client sends, and the conversion each goes through. */
const REQUESTS: Array<[Uint8Array, (r: ailee.v1.Request) => unknown]> = [
  [pb.Request.encode({ networkId: 'n', bid: { taskId: 't', attempt: 1, price: 3, queueDepth: 1, freeSlots: 1 } }).finish(), r => bidFromWire(r.bid)],
  [pb.Request.encode({ networkId: 'n', heartbeat: { taskId: 't', attempt: 1, phase: 'running' } }).finish(), r => heartbeatFromWire(r.heartbeat)],
  [pb.Request.encode({ networkId: 'n', result: { taskId: 't', attempt: 1, stdout: new Uint8Array(8), receipt: { receipt: new Uint8Array(40), signature: new Uint8Array(64) } } }).finish(), r => taskResultFromWire(r.result)],
  [pb.Request.encode({ networkId: 'n', assign: { taskId: 't', attempt: 1, leaseMs: 100, spec, nonce: new Uint8Array(16).fill(3) } }).finish(), r => assignFromWire(r.assign)]
]

/** Encoded gossip payloads, their decoder and their conversion. */
const GOSSIP: Array<[Uint8Array, (b: Uint8Array) => unknown, (m: any) => unknown]> = [
  [pb.TaskOffer.encode({ taskId: 't', coordinatorPeerId: 'c', attempt: 1, memoryPages: 16, executionMs: 1000, maxPrice: 10, bidDeadlineMs: 5, moduleSizeBytes: 100, moduleCid: 'm' }).finish(), b => pb.TaskOffer.decode(b), m => taskOfferFromWire(m)],
  // the offers topic's payload: decodes as protobuf first, then each offer converts or is dropped alone
  [pb.TaskOfferBatch.encode({ coordinatorPeerId: 'c', offers: [{ taskId: 't', coordinatorPeerId: 'c', attempt: 1, memoryPages: 16, executionMs: 1000, maxPrice: 10, bidDeadlineMs: 5, moduleSizeBytes: 100, moduleCid: 'm', invitedWorkers: ['w'] }] }).finish(), b => { pb.TaskOfferBatch.decode(b); return b }, b => decodeOfferBatch(b)],
  [pb.Telemetry.encode({ peerId: 'w', timestampMs: 1, seq: 1, cpuLoad: 0.5, memoryUsedBytes: 1, memoryTotalBytes: 2, runningTasks: 0, capacitySlots: 2, maxMemoryPages: 16, price: 1, version: 'v', uptimeMs: 1 }).finish(), b => pb.Telemetry.decode(b), m => telemetryFromWire(m)]
]

/** A response a client decodes: a task event. */
const EVENT = pb.Response.encode({ event: { taskId: 't', state: pb.TaskState.TASK_STATE_QUEUED, kind: pb.TaskEventKind.TASK_EVENT_KIND_QUEUED, reason: 'r', timestampMs: 1 } }).finish()

/** How conversions ended over a run (checked, so the fuzzing is known to reach the converters). */
const seen = { converted: 0, refused: 0 }

/** Runs `fn`; a thrown InvalidMessageError is fine, anything else fails the property. */
function onlyInvalidMessage (fn: () => unknown): void {
  try {
    fn()
    seen.converted++
  } catch (err) {
    if (err instanceof InvalidMessageError) {
      seen.refused++
      return
    }
    throw err
  }
}

/** Decodes with protobufjs; undefined when the bytes do not decode (the caller answers INVALID_MESSAGE). */
function decodeOrUndefined<T> (decode: () => T): T | undefined {
  try {
    return decode()
  } catch (err) {
    assert.ok(err instanceof Error, 'protobufjs throws Errors')
    return undefined
  }
}

describe('wire fuzzing', () => {
  it('mutated requests decode to a complete value, an InvalidMessageError, or a decode failure', () => {
    fc.assert(fc.property(fc.nat(REQUESTS.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 2 }), (which, mutations) => {
      let bytes = REQUESTS[which][0]
      for (const m of mutations) bytes = mutate(bytes, m)
      const request = decodeOrUndefined(() => pb.Request.decode(bytes))
      if (request == null) return
      for (const [, convert] of REQUESTS) onlyInvalidMessage(() => convert(request))
    }), fuzzParameters(3000))
    assert.ok(seen.refused > 20, `conversions reached: ${JSON.stringify(seen)}`)
  })

  it('requests with random field values convert to a complete value or are refused with InvalidMessageError', () => {
    const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }))
    const count = fc.oneof(fc.constant(0), fc.nat(10), fc.integer({ min: -5, max: 2 ** 40 }))
    const requestArb = fc.oneof(
      fc.record({ bid: fc.record({ taskId: text, attempt: count, price: count, queueDepth: count, freeSlots: count, decline: fc.boolean(), reason: text }) }),
      fc.record({ heartbeat: fc.record({ taskId: text, attempt: count, phase: fc.constantFrom('', 'running', 'fetching', 'sleeping') }) }),
      fc.record({ result: fc.record({ taskId: text, attempt: count, stdout: fc.uint8Array({ maxLength: 16 }), error: text, handedBack: fc.boolean() }) }),
      fc.record({ assign: fc.record({ taskId: text, attempt: count, leaseMs: count, nonce: fc.oneof(fc.constant(new Uint8Array(16)), fc.uint8Array({ maxLength: 20 })), spec: fc.record({ moduleCid: text, inputCid: text, args: fc.array(text, { maxLength: 3 }), limits: fc.record({ memoryPages: count, executionMs: count, maxOutputBytes: count }), timeouts: fc.record({ queueMs: count, bidWindowMs: count, totalMs: count }), maxPrice: count, clientAccount: text }) }) })
    )
    const before = { ...seen }
    fc.assert(fc.property(requestArb, fields => {
      const request = decodeOrUndefined(() => pb.Request.decode(pb.Request.encode(pb.Request.fromObject({ networkId: 'n', ...fields })).finish()))
      assert.ok(request != null, 'what protobufjs encodes, it decodes')
      for (const [, convert] of REQUESTS) onlyInvalidMessage(() => convert(request))
    }), fuzzParameters(2000))
    assert.ok(seen.converted - before.converted > 100 && seen.refused - before.refused > 100, `conversions reached: ${JSON.stringify(seen)}`)
  })

  it('mutated gossip payloads convert or are refused with InvalidMessageError', () => {
    fc.assert(fc.property(fc.nat(GOSSIP.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (which, mutations) => {
      let bytes = GOSSIP[which][0]
      for (const m of mutations) bytes = mutate(bytes, m)
      const [, decode, convert] = GOSSIP[which]
      // a decode failure of any kind is a rejected gossip message (src/p2p/gossip.ts)
      const message = decodeOrUndefined(() => decode(bytes))
      if (message != null) onlyInvalidMessage(() => convert(message))
    }), fuzzParameters(1500))
  })

  it('mutated task events reach the client as a TaskEvent or an InvalidMessageError', () => {
    fc.assert(fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), mutations => {
      let bytes = EVENT
      for (const m of mutations) bytes = mutate(bytes, m)
      const response = decodeOrUndefined(() => pb.Response.decode(bytes))
      if (response?.event == null) return
      onlyInvalidMessage(() => taskEventFromWire(response.event!))
    }), fuzzParameters(1500))
  })
})
