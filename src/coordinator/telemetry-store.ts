/**
 * Persistence of worker telemetry on the coordinator:
 *
 * - `nodes/{peerId}`: the last telemetry of each worker and when it arrived
 *   (JSON), reloaded at start so `bin/node peers` still lists workers (as not
 *   alive) after a restart;
 * - `telemetry/{peerId}/{timestampMs}`: the history (protobuf `Telemetry`),
 *   written at most once per `sampleEveryMs` per worker and pruned to the
 *   newest `keepPerPeer` samples.
 *
 * Values are written from the domain {@link Telemetry} and read back through
 * {@link telemetryFromWire}, so records written by older versions (wire-shaped
 * JSON, possibly missing fields, which count as their proto3 defaults) still
 * load; a record that does not convert (or does not decode at all) is skipped
 * and reported to `onInvalid`, never thrown.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { telemetryFromWire, telemetryToWire, type Telemetry } from '../protocol/messages/telemetry.ts'
import { Bucket, jsonCodec, Prefix, protobufCodec, telemetryId, type Codec, type StateDb } from '../storage/index.ts'

/** What `nodes/{peerId}` holds. */
export interface NodeRecord {
  peerId: string
  role: 'worker'
  /** local Unix ms of the last telemetry */
  lastSeenMs: number
  telemetry: Telemetry
}

export interface TelemetryStoreOptions {
  /** ms between two persisted samples of one worker @default 10000 */
  sampleEveryMs?: number
  /** samples kept per worker @default 360 */
  keepPerPeer?: number
  /**
   * Told about each stored record that is skipped on reading because it does
   * not decode or convert (`key` is its bucket id, `err` why). @default ignore
   */
  onInvalid?: (key: string, err: unknown) => void
}

/** A stored value, or why its bytes do not decode. */
type Stored<T> = { ok: true, value: T } | { ok: false, err: unknown }

/** `codec` for writing; reading yields a {@link Stored} instead of throwing on bad bytes. */
function tolerant<T> (codec: Codec<T>): Codec<Stored<T>> {
  return {
    encode: stored => {
      if (!stored.ok) throw new TypeError('cannot store a value that failed to decode')
      return codec.encode(stored.value)
    },
    decode: bytes => {
      try {
        return { ok: true, value: codec.decode(bytes) }
      } catch (err) {
        return { ok: false, err }
      }
    }
  }
}

/**
 * A {@link NodeRecord} from what `nodes/{peerId}` holds, as this or an older
 * version wrote it.
 *
 * @throws {Error} naming what is wrong: not an object, peer id missing or not
 *   that of the telemetry, bad `lastSeenMs`, or telemetry that
 *   {@link telemetryFromWire} refuses
 */
function nodeRecordFromStored (value: unknown): NodeRecord {
  if (typeof value !== 'object' || value === null) throw new TypeError('node record is not an object')
  const raw = value as { peerId?: unknown, lastSeenMs?: unknown, telemetry?: unknown }
  if (typeof raw.peerId !== 'string' || raw.peerId === '') throw new TypeError('node record has no peer id')
  if (typeof raw.lastSeenMs !== 'number' || !Number.isSafeInteger(raw.lastSeenMs) || raw.lastSeenMs < 0) {
    throw new TypeError(`node record lastSeenMs must be a non-negative integer, got ${String(raw.lastSeenMs)}`)
  }
  const telemetry = telemetryFromWire(raw.telemetry as ailee.v1.ITelemetry | null | undefined)
  if (telemetry.peerId !== raw.peerId) throw new TypeError(`node record of ${raw.peerId} holds telemetry of ${telemetry.peerId}`)
  return { peerId: raw.peerId, role: 'worker', lastSeenMs: raw.lastSeenMs, telemetry }
}

export class TelemetryStore {
  readonly #nodes: Bucket<Stored<unknown>>
  readonly #samples: Bucket<Stored<ailee.v1.ITelemetry>>
  readonly #lastWrite = new Map<string, number>()
  readonly #sampleEveryMs: number
  readonly #keepPerPeer: number
  readonly #onInvalid: (key: string, err: unknown) => void

  constructor (db: StateDb, options: TelemetryStoreOptions = {}) {
    this.#nodes = new Bucket(db, Prefix.nodes, tolerant(jsonCodec<unknown>()))
    this.#samples = new Bucket(db, Prefix.telemetry, tolerant(protobufCodec<ailee.v1.ITelemetry>(pb.Telemetry)))
    this.#sampleEveryMs = options.sampleEveryMs ?? 10_000
    this.#keepPerPeer = options.keepPerPeer ?? 360
    this.#onInvalid = options.onInvalid ?? (() => {})
  }

  /** Records telemetry from `peerId` received at `nowMs` (throttled; see module comment). */
  async record (peerId: string, telemetry: Telemetry, nowMs: number): Promise<void> {
    const last = this.#lastWrite.get(peerId) ?? 0
    if (nowMs - last < this.#sampleEveryMs) return
    this.#lastWrite.set(peerId, nowMs)
    const node: NodeRecord = { peerId, role: 'worker', lastSeenMs: nowMs, telemetry }
    await this.#nodes.put(peerId, { ok: true, value: node })
    await this.#samples.put(telemetryId(peerId, nowMs), { ok: true, value: telemetryToWire(telemetry) })
    await this.#prune(peerId)
  }

  /** Every worker recorded, with its last telemetry; records that do not load are skipped (see `onInvalid`). */
  async nodes (): Promise<NodeRecord[]> {
    const out: NodeRecord[] = []
    for await (const { id, value } of this.#nodes.entries()) {
      if (!value.ok) {
        this.#onInvalid(`${Prefix.nodes}${id}`, value.err)
        continue
      }
      try {
        out.push(nodeRecordFromStored(value.value))
      } catch (err) {
        this.#onInvalid(`${Prefix.nodes}${id}`, err)
      }
    }
    return out
  }

  /**
   * The newest `limit` stored samples of a worker, newest first; samples that
   * do not load are skipped (see `onInvalid`), so fewer may be returned.
   */
  async history (peerId: string, limit = 100): Promise<Telemetry[]> {
    const out: Telemetry[] = []
    for await (const { id, value } of this.#samples.entries({ prefix: `${peerId}/`, reverse: true, limit })) {
      if (!value.ok) {
        this.#onInvalid(`${Prefix.telemetry}${id}`, value.err)
        continue
      }
      try {
        out.push(telemetryFromWire(value.value))
      } catch (err) {
        this.#onInvalid(`${Prefix.telemetry}${id}`, err)
      }
    }
    return out
  }

  async #prune (peerId: string): Promise<void> {
    let seen = 0
    for await (const id of this.#samples.ids({ prefix: `${peerId}/`, reverse: true })) {
      if (++seen > this.#keepPerPeer) await this.#samples.del(id)
    }
  }
}
