/**
 * Coalesces the offers a coordinator opens in one event-loop turn into one
 * gossip message (`TaskOfferBatch`, src/protocol/messages/offer-batch.ts), so
 * that one signature, one publish and one validation per node serve many
 * tasks (issue 9).
 *
 * When a batch goes out:
 * - at the end of the turn in which its first offer was added
 *   (`process.nextTick` from the promise continuation that added it: Node runs
 *   it once the microtask queue is drained, so every round one pump opens
 *   through promise continuations lands in the batch, and the batch goes out
 *   before the event loop moves on to any timer, immediate or I/O): no batching
 *   delay, a lone offer of an idle coordinator is published in the turn that
 *   opened it. (`setImmediate` would wait for the next loop iteration's I/O
 *   callbacks when the offer was opened in an immediate, as the pump is: on a
 *   loaded coordinator that is hundreds of ms.)
 * - at once when it holds `maxOffers` offers;
 * - before an offer that would take it past `maxBytes` is added (that offer
 *   starts the next batch). An offer larger than `maxBytes` by itself goes out
 *   alone (an offer is never split or dropped here).
 *
 * Each offer is encoded once; the batch is the concatenation (its size is
 * exact before it is built).
 */
import type { ailee } from '../proto/index.ts'
import { batchBytes, encodeOffer, encodeOfferBatch, offerFieldBytes } from '../protocol/messages/offer-batch.ts'

/** Parts and bounds of an {@link OfferBatcher}. */
export interface OfferBatcherInit {
  /** this coordinator's peer id, named by every batch (the gossip author must be it) */
  coordinatorPeerId: string
  /** most offers in one batch, >= 1 (config `coordinator.offerBatch.maxOffers`) */
  maxOffers: number
  /** most bytes of one encoded batch, > 0 (config `coordinator.offerBatch.maxBytes`) */
  maxBytes: number
  /** publishes one encoded batch of `offers` offers on the offers topic; a rejection fails every offer of the batch */
  publish: (payload: Uint8Array, offers: number) => Promise<void>
  /** runs `fn` once the current turn's promise continuations are done. @default process.nextTick */
  defer?: (fn: () => void) => void
}

interface Pending {
  encoded: Uint8Array[]
  bytes: number
  done: PromiseWithResolvers<void>
}

/** Offers in, batches out; see the module comment for when a batch is published. */
export class OfferBatcher {
  readonly #init: OfferBatcherInit
  readonly #defer: (fn: () => void) => void
  readonly #emptyBytes: number
  #pending: Pending | undefined
  #scheduled = false
  #messages = 0
  #offers = 0
  #largest = 0

  /** @throws {RangeError} when `maxOffers` < 1 or `maxBytes` < 1 */
  constructor (init: OfferBatcherInit) {
    if (!Number.isInteger(init.maxOffers) || init.maxOffers < 1) throw new RangeError(`maxOffers must be a positive integer, got ${init.maxOffers}`)
    if (!Number.isInteger(init.maxBytes) || init.maxBytes < 1) throw new RangeError(`maxBytes must be a positive integer, got ${init.maxBytes}`)
    this.#init = init
    this.#defer = init.defer ?? (fn => { process.nextTick(fn) })
    this.#emptyBytes = batchBytes(init.coordinatorPeerId)
  }

  /**
   * Adds `offer` to the batch of this turn.
   *
   * @returns settles when the batch holding the offer was published; rejects with what `publish` threw
   */
  async add (offer: ailee.v1.ITaskOffer): Promise<void> {
    const encoded = encodeOffer(offer)
    const size = offerFieldBytes(encoded.byteLength)
    if (this.#pending != null && this.#pending.bytes + size > this.#init.maxBytes) this.flush()
    const batch = this.#pending ??= { encoded: [], bytes: this.#emptyBytes, done: Promise.withResolvers<void>() }
    batch.encoded.push(encoded)
    batch.bytes += size
    const done = batch.done.promise
    if (batch.encoded.length >= this.#init.maxOffers) this.flush()
    else if (!this.#scheduled) {
      this.#scheduled = true
      this.#defer(() => {
        this.#scheduled = false
        this.flush()
      })
    }
    await done
  }

  /** Publishes the pending batch now (nothing when none). Never throws: a failed publish rejects the offers' promises. */
  flush (): void {
    const batch = this.#pending
    if (batch == null) return
    this.#pending = undefined
    this.#messages += 1
    this.#offers += batch.encoded.length
    this.#largest = Math.max(this.#largest, batch.encoded.length)
    let published: Promise<void>
    try {
      published = this.#init.publish(encodeOfferBatch(this.#init.coordinatorPeerId, batch.encoded), batch.encoded.length)
    } catch (err) {
      published = Promise.reject(err)
    }
    published.then(() => { batch.done.resolve() }, err => { batch.done.reject(err) })
  }

  /** Batches published (gossip messages), the offers they carried, and the most offers one carried, since start. */
  get published (): { messages: number, offers: number, largest: number } {
    return { messages: this.#messages, offers: this.#offers, largest: this.#largest }
  }
}
