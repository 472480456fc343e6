/**
 * Persistence of worker telemetry on the coordinator:
 *
 * - `nodes/{peerId}`: the last telemetry of each worker and when it arrived,
 *   reloaded at start so `bin/node peers` still lists workers (as not alive)
 *   after a restart;
 * - `telemetry/{peerId}/{timestampMs}`: the history, written at most once per
 *   `sampleEveryMs` per worker and pruned to the newest `keepPerPeer` samples.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { Bucket, jsonCodec, Prefix, protobufCodec, telemetryId, type StateDb } from '../storage/index.ts'

/** What `nodes/{peerId}` holds. */
export interface NodeRecord {
  peerId: string
  role: 'worker'
  /** local Unix ms of the last telemetry */
  lastSeenMs: number
  telemetry: ailee.v1.ITelemetry
}

export interface TelemetryStoreOptions {
  /** ms between two persisted samples of one worker @default 10000 */
  sampleEveryMs?: number
  /** samples kept per worker @default 360 */
  keepPerPeer?: number
}

export class TelemetryStore {
  readonly #nodes: Bucket<NodeRecord>
  readonly #samples: Bucket<ailee.v1.ITelemetry>
  readonly #lastWrite = new Map<string, number>()
  readonly #sampleEveryMs: number
  readonly #keepPerPeer: number

  constructor (db: StateDb, options: TelemetryStoreOptions = {}) {
    this.#nodes = new Bucket(db, Prefix.nodes, jsonCodec<NodeRecord>())
    this.#samples = new Bucket<ailee.v1.ITelemetry>(db, Prefix.telemetry, protobufCodec(pb.Telemetry))
    this.#sampleEveryMs = options.sampleEveryMs ?? 10_000
    this.#keepPerPeer = options.keepPerPeer ?? 360
  }

  /** Records telemetry from `peerId` received at `nowMs` (throttled; see module comment). */
  async record (peerId: string, telemetry: ailee.v1.ITelemetry, nowMs: number): Promise<void> {
    const last = this.#lastWrite.get(peerId) ?? 0
    if (nowMs - last < this.#sampleEveryMs) return
    this.#lastWrite.set(peerId, nowMs)
    await this.#nodes.put(peerId, { peerId, role: 'worker', lastSeenMs: nowMs, telemetry })
    await this.#samples.put(telemetryId(peerId, nowMs), telemetry)
    await this.#prune(peerId)
  }

  /** Every worker recorded, with its last telemetry. */
  async nodes (): Promise<NodeRecord[]> {
    const out = []
    for await (const record of this.#nodes.values()) out.push(record)
    return out
  }

  /** The newest `limit` samples of a worker, newest first. */
  async history (peerId: string, limit = 100): Promise<ailee.v1.ITelemetry[]> {
    const out = []
    for await (const sample of this.#samples.values({ prefix: `${peerId}/`, reverse: true, limit })) out.push(sample)
    return out
  }

  async #prune (peerId: string): Promise<void> {
    let seen = 0
    for await (const id of this.#samples.ids({ prefix: `${peerId}/`, reverse: true })) {
      if (++seen > this.#keepPerPeer) await this.#samples.del(id)
    }
  }
}
