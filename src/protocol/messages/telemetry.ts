/**
 * Domain type of a worker's `Telemetry` (gossiped on the telemetry topic) and
 * its conversions at the protocol boundary.
 *
 * {@link telemetryFromWire} turns a decoded protobuf message (`ailee.v1.ITelemetry`,
 * where proto3 makes every field optional: a missing field counts as its proto3
 * default, 0, '' or false) into a complete {@link Telemetry}, checking every
 * field: a value that is empty or out of range throws
 * {@link InvalidMessageError} whose message names the field (e.g.
 * `telemetry.capacitySlots must be a positive integer, got 0`). The
 * coordinator converts at gossip validation (src/node/coordinator-role.ts), so
 * malformed telemetry is rejected there, and code past the boundary
 * (src/coordinator) reads the values as they are, with no fallbacks.
 * {@link telemetryToWire} builds the wire message (the worker side).
 *
 * Units as in `proto/ailee/v1/task.proto`: `*Ms` milliseconds (durations) or
 * Unix epoch milliseconds (`timestampMs`), `*Bytes` bytes, `*Pages` 64 KiB
 * WebAssembly pages, prices in credits.
 */
import type { ailee } from '../../proto/index.ts'
import { InvalidMessageError } from '../errors.ts'
import { flag, fraction, integer, invalid, nonEmpty, optionalString } from './fields.ts'

/** Most 64 KiB pages a 32-bit WebAssembly memory can have (4 GiB). */
export const MAX_WASM_MEMORY_PAGES = 65_536

/** What a worker publishes about itself, periodically, on the telemetry topic. */
export interface Telemetry {
  /** the worker's peer id (the gossip author must equal it); non-empty */
  peerId: string
  /** when the worker sampled it, Unix ms; >= 0 */
  timestampMs: number
  /** counter of the worker's telemetry since it started, from 1; >= 0 */
  seq: number
  /** share of all cores busy over the last interval; finite, in [0, 1] */
  cpuLoad: number
  /** host memory in use, bytes; >= 0 and <= `memoryTotalBytes` */
  memoryUsedBytes: number
  /** host memory, bytes; >= 0 */
  memoryTotalBytes: number
  /** tasks running on the worker; >= 0 */
  runningTasks: number
  /** concurrent task slots; >= 1 */
  capacitySlots: number
  /** largest task memory the worker accepts, 64 KiB pages; in [1, 65536] */
  maxMemoryPages: number
  /** credits asked per task; >= 0 */
  price: number
  /** software version of the worker ('' when it sent none) */
  version: string
  /** shutting down: takes no new tasks */
  draining: boolean
  /** ms since the worker started; >= 0 (a lower value than before means it restarted) */
  uptimeMs: number
}

// ---------------------------------------------------------------- conversions

/**
 * A complete {@link Telemetry} from a decoded `Telemetry` message (or a
 * wire-shaped record stored by an older version, whose missing fields count
 * as their proto3 defaults).
 *
 * @throws {InvalidMessageError} naming the field (`telemetry.*`) when the
 *   message is missing, the peer id is empty, the capacity is not a positive
 *   integer, the memory limit is not an integer in [1, 65536], the CPU load is
 *   not a finite number in [0, 1], a memory figure, counter, timestamp, uptime
 *   or the price is not a non-negative integer, the memory in use exceeds the
 *   total, the version is not a string or `draining` not a boolean
 */
export function telemetryFromWire (wire: ailee.v1.ITelemetry | null | undefined): Telemetry {
  if (wire == null) throw new InvalidMessageError('telemetry is missing')
  const memoryUsedBytes = integer(wire.memoryUsedBytes, 'telemetry.memoryUsedBytes', 0)
  const memoryTotalBytes = integer(wire.memoryTotalBytes, 'telemetry.memoryTotalBytes', 0)
  if (memoryUsedBytes > memoryTotalBytes) {
    throw invalid('telemetry.memoryUsedBytes', `must be at most telemetry.memoryTotalBytes (${memoryTotalBytes})`, memoryUsedBytes)
  }
  return {
    peerId: nonEmpty(wire.peerId, 'telemetry.peerId'),
    timestampMs: integer(wire.timestampMs, 'telemetry.timestampMs', 0),
    seq: integer(wire.seq, 'telemetry.seq', 0),
    cpuLoad: fraction(wire.cpuLoad, 'telemetry.cpuLoad'),
    memoryUsedBytes,
    memoryTotalBytes,
    runningTasks: integer(wire.runningTasks, 'telemetry.runningTasks', 0),
    capacitySlots: integer(wire.capacitySlots, 'telemetry.capacitySlots', 1),
    maxMemoryPages: integer(wire.maxMemoryPages, 'telemetry.maxMemoryPages', 1, MAX_WASM_MEMORY_PAGES),
    price: integer(wire.price, 'telemetry.price', 0),
    version: optionalString(wire.version, 'telemetry.version'),
    draining: flag(wire.draining, 'telemetry.draining'),
    uptimeMs: integer(wire.uptimeMs, 'telemetry.uptimeMs', 0)
  }
}

/** The wire `Telemetry` of a {@link Telemetry} (every field set). Never throws. */
export function telemetryToWire (t: Telemetry): ailee.v1.ITelemetry {
  return {
    peerId: t.peerId,
    timestampMs: t.timestampMs,
    seq: t.seq,
    cpuLoad: t.cpuLoad,
    memoryUsedBytes: t.memoryUsedBytes,
    memoryTotalBytes: t.memoryTotalBytes,
    runningTasks: t.runningTasks,
    capacitySlots: t.capacitySlots,
    maxMemoryPages: t.maxMemoryPages,
    price: t.price,
    version: t.version,
    draining: t.draining,
    uptimeMs: t.uptimeMs
  }
}
