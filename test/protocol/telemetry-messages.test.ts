import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pb, type ailee } from '../../src/proto/index.ts'
import { InvalidMessageError } from '../../src/protocol/errors.ts'
import { MAX_WASM_MEMORY_PAGES, telemetryFromWire, telemetryToWire, type Telemetry } from '../../src/protocol/messages/telemetry.ts'

const telemetry: Telemetry = {
  peerId: '12D3KooWworker',
  timestampMs: 1_700_000_000_000,
  seq: 42,
  cpuLoad: 0.25,
  memoryUsedBytes: 1_000_000,
  memoryTotalBytes: 8_000_000_000,
  runningTasks: 1,
  capacitySlots: 4,
  maxMemoryPages: 4096,
  price: 10,
  version: '0.3.0',
  draining: false,
  uptimeMs: 60_000
}

/** Encodes and decodes through protobuf, as the wire does. */
function roundTrip (wire: ailee.v1.ITelemetry): ailee.v1.ITelemetry {
  return pb.Telemetry.decode(pb.Telemetry.encode(wire).finish())
}

function rejects (over: Record<string, unknown>, field: RegExp): void {
  assert.throws(() => telemetryFromWire({ ...telemetryToWire(telemetry), ...over } as ailee.v1.ITelemetry), (err: unknown) => {
    assert.ok(err instanceof InvalidMessageError, `InvalidMessageError, got ${String(err)}`)
    assert.match(err.message, field)
    return true
  }, JSON.stringify(over))
}

describe('telemetry messages', () => {
  it('round-trips through the wire', () => {
    assert.deepEqual(telemetryFromWire(roundTrip(telemetryToWire(telemetry))), telemetry)
    assert.deepEqual(telemetryFromWire(roundTrip(telemetryToWire({ ...telemetry, draining: true, cpuLoad: 1, price: 0, seq: 0 }))), { ...telemetry, draining: true, cpuLoad: 1, price: 0, seq: 0 })
  })

  it('the wire message sets every field and copies nothing it should not', () => {
    const wire = telemetryToWire(telemetry)
    assert.deepEqual(Object.keys(wire).sort(), Object.keys(telemetry).sort())
    assert.deepEqual(wire, { ...telemetry })
  })

  it('missing fields count as proto3 defaults (an empty decoded message needs peer id, slots and pages)', () => {
    const minimal = roundTrip({ peerId: 'w', capacitySlots: 1, maxMemoryPages: 1 })
    assert.deepEqual(telemetryFromWire(minimal), {
      peerId: 'w', timestampMs: 0, seq: 0, cpuLoad: 0, memoryUsedBytes: 0, memoryTotalBytes: 0, runningTasks: 0,
      capacitySlots: 1, maxMemoryPages: 1, price: 0, version: '', draining: false, uptimeMs: 0
    })
    assert.deepEqual(telemetryFromWire({ peerId: 'w', capacitySlots: 1, maxMemoryPages: 1, version: null, draining: null }).version, '')
    assert.throws(() => telemetryFromWire(roundTrip({})), /telemetry\.(peerId|capacitySlots|maxMemoryPages)/)
    assert.throws(() => telemetryFromWire(undefined), /telemetry is missing/)
    assert.throws(() => telemetryFromWire(null), InvalidMessageError)
  })

  it('names the field that is wrong', () => {
    rejects({ peerId: '' }, /^telemetry\.peerId must be a non-empty string/)
    rejects({ peerId: undefined }, /telemetry\.peerId/)
    rejects({ capacitySlots: 0 }, /^telemetry\.capacitySlots must be a positive integer, got 0$/)
    rejects({ capacitySlots: undefined }, /telemetry\.capacitySlots/)
    rejects({ capacitySlots: 1.5 }, /telemetry\.capacitySlots/)
    rejects({ maxMemoryPages: 0 }, /telemetry\.maxMemoryPages must be a positive integer/)
    rejects({ maxMemoryPages: MAX_WASM_MEMORY_PAGES + 1 }, /^telemetry\.maxMemoryPages must be at most 65536, got 65537$/)
    rejects({ cpuLoad: -0.1 }, /^telemetry\.cpuLoad must be a number in \[0, 1\], got -0.1$/)
    rejects({ cpuLoad: 1.01 }, /telemetry\.cpuLoad/)
    rejects({ cpuLoad: Number.NaN }, /telemetry\.cpuLoad/)
    rejects({ cpuLoad: Number.POSITIVE_INFINITY }, /telemetry\.cpuLoad/)
    rejects({ cpuLoad: '0.5' }, /telemetry\.cpuLoad/)
    rejects({ memoryUsedBytes: -1 }, /telemetry\.memoryUsedBytes must be a non-negative integer/)
    rejects({ memoryTotalBytes: 0.5 }, /telemetry\.memoryTotalBytes/)
    rejects({ memoryUsedBytes: 11, memoryTotalBytes: 10 }, /^telemetry\.memoryUsedBytes must be at most telemetry\.memoryTotalBytes \(10\), got 11$/)
    rejects({ seq: -1 }, /telemetry\.seq/)
    rejects({ timestampMs: 1.5 }, /telemetry\.timestampMs/)
    rejects({ uptimeMs: -5 }, /telemetry\.uptimeMs/)
    rejects({ runningTasks: -1 }, /telemetry\.runningTasks/)
    rejects({ price: -1 }, /telemetry\.price must be a non-negative integer/)
    rejects({ price: 0.5 }, /telemetry\.price/)
    rejects({ price: 2 ** 53 }, /telemetry\.price/)
    rejects({ version: 3 }, /^telemetry\.version must be a string, got 3$/)
    rejects({ draining: 'yes' }, /^telemetry\.draining must be a boolean, got "yes"$/)
  })

  it('accepts the bounds', () => {
    const edge = { ...telemetry, cpuLoad: 0, maxMemoryPages: MAX_WASM_MEMORY_PAGES, capacitySlots: 1, memoryUsedBytes: 5, memoryTotalBytes: 5, price: 0 }
    assert.deepEqual(telemetryFromWire(roundTrip(telemetryToWire(edge))), edge)
  })
})
