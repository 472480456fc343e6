/**
 * The node's datastore (pins, peer store, DHT records) on disk: datastore-fs
 * that finishes its writes before it closes and drops writes that arrive
 * after. libp2p's peer store still records the last connection events while
 * the node stops; on plain datastore-fs such a write lands after `close()` and
 * recreates `<dataDir>/datastore/peers/` even once the directory was removed.
 */
import { FsDatastore } from 'datastore-fs'
import type { Key } from 'interface-datastore'
import type { AbortOptions } from '@libp2p/interface'

export class NodeDatastore extends FsDatastore {
  readonly #inFlight = new Set<Promise<unknown>>()
  #closed = false

  /** Writes `val` under `key`; after `close()` the write is dropped (the node has stopped). */
  override async put (key: Key, val: Uint8Array, options?: AbortOptions): Promise<Key> {
    if (this.#closed) return key
    return await this.#track(super.put(key, val, options))
  }

  /** Deletes `key`; after `close()` nothing is deleted. */
  override async delete (key: Key, options?: AbortOptions): Promise<void> {
    if (this.#closed) return
    await this.#track(super.delete(key, options))
  }

  /** Stops taking writes, waits for those in flight, then closes. */
  override async close (): Promise<void> {
    this.#closed = true
    await Promise.allSettled([...this.#inFlight])
    await super.close()
  }

  async #track<T> (work: Promise<T>): Promise<T> {
    this.#inFlight.add(work)
    try {
      return await work
    } finally {
      this.#inFlight.delete(work)
    }
  }
}
