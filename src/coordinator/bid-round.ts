/**
 * One offer round of one task attempt: collects bids and declines until the
 * bid window ends or every eligible worker has answered, then answers each
 * bidder once the round is decided (won or lost), so losers free the slot they
 * held for it.
 */
import type { ailee } from '../proto/index.ts'
import type { BidRecord } from './selection.ts'

export class BidRound {
  /** the attempt number the offer was published for */
  readonly attempt: number
  readonly bids: BidRecord[] = []
  /** workers that declined the offer, and why */
  readonly declines = new Map<string, string>()
  readonly #expected: Set<string>
  readonly #maxBids: number
  readonly #answers = new Map<string, (ack: ailee.v1.IBidAck) => void>()
  readonly #closed = Promise.withResolvers<void>()
  readonly #timer: NodeJS.Timeout

  /**
   * @param expected peer IDs of the eligible workers the offer went to
   * @param windowMs bid window, ms
   * @param maxBids bids kept; later ones are refused
   */
  constructor (attempt: number, expected: Iterable<string>, windowMs: number, maxBids: number) {
    this.attempt = attempt
    this.#expected = new Set(expected)
    this.#maxBids = maxBids
    this.#timer = setTimeout(() => { this.#closed.resolve() }, windowMs)
  }

  /** Resolves when the window ends or every expected worker has answered. */
  get closed (): Promise<void> {
    return this.#closed.promise
  }

  /**
   * Records a bid or decline from `from`. A decline or a refused bid is
   * answered at once; a recorded bid is answered by {@link decide}.
   *
   * @param onRecorded called when a bid (not a decline) is recorded
   */
  async offer (from: string, bid: ailee.v1.IBid, onRecorded: () => void): Promise<ailee.v1.IBidAck> {
    if (bid.decline === true) {
      this.declines.set(from, bid.reason ?? '')
      this.#answered(from)
      return { accepted: false, reason: 'decline noted' }
    }
    if (this.bids.some(b => b.worker === from)) return { accepted: false, reason: 'already bid' }
    if (this.bids.length >= this.#maxBids) return { accepted: false, reason: `offer already has ${this.#maxBids} bids` }
    this.bids.push({ worker: from, price: bid.price ?? 0, queueDepth: bid.queueDepth ?? 0, freeSlots: bid.freeSlots ?? 0, receivedAtMs: Date.now() })
    const answer = new Promise<ailee.v1.IBidAck>(resolve => { this.#answers.set(from, resolve) })
    onRecorded()
    this.#answered(from)
    return await answer
  }

  /** Closes the round (if still open) and answers every bidder: `winner` won, the others lost. */
  decide (winner: string | undefined): void {
    clearTimeout(this.#timer)
    this.#closed.resolve()
    for (const [worker, answer] of this.#answers) {
      answer(worker === winner ? { accepted: true, reason: 'won' } : { accepted: false, reason: winner == null ? 'round ended without assignment' : `lost to ${winner}` })
    }
    this.#answers.clear()
  }

  /** A summary of why nobody bid, for the queue reason. */
  noBidReason (): string {
    const declined = [...this.declines.values()]
    if (this.bids.length > 0) return 'every bidder refused or became ineligible'
    if (declined.length > 0) return `no bids: ${declined.length} worker(s) declined (${[...new Set(declined)].join('; ')})`
    return 'no bids within the bid window'
  }

  #answered (from: string): void {
    this.#expected.delete(from)
    if (this.#expected.size === 0) this.#closed.resolve()
  }
}
