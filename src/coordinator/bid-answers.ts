/**
 * Bidders waiting for their answer. A recorded bid is answered lost as soon as
 * its round is ranked (unless it is the chosen candidate or the runner-up
 * kept as fallback), and the rest when the round is decided (won, lost, or
 * ended without assignment), so a losing worker frees the slot it held for
 * the task at once; see the `answerBids` effect.
 */

/** The answer a bidder gets (wire `BidAck`). */
export interface BidAnswer {
  accepted: boolean
  reason: string
}

/** The answer to a bidder whose round ended without assigning anyone. */
export const NO_ASSIGNMENT = 'round ended without assignment'

export class PendingBidAnswers {
  /** task id -> bidder -> its attempt and resolver */
  readonly #pending = new Map<string, Map<string, { attempt: number, resolve: (answer: BidAnswer) => void }>>()

  /**
   * Waits for the answer to `worker`'s bid on `attempt` of `taskId`.
   *
   * @returns the answer's promise and a function that withdraws the wait (when the bid was refused), or
   *   undefined when that worker already waits for an answer on this task
   */
  wait (taskId: string, worker: string, attempt: number): { answer: Promise<BidAnswer>, withdraw: () => void } | undefined {
    let answers = this.#pending.get(taskId)
    if (answers?.has(worker) === true) return undefined
    if (answers == null) this.#pending.set(taskId, answers = new Map())
    const { promise, resolve } = Promise.withResolvers<BidAnswer>()
    const entry = { attempt, resolve }
    answers.set(worker, entry)
    const withdraw = (): void => {
      const current = this.#pending.get(taskId)
      if (current?.get(worker) !== entry) return
      current.delete(worker)
      if (current.size === 0) this.#pending.delete(taskId)
    }
    return { answer: promise, withdraw }
  }

  /**
   * Answers the bidders of `attempt` of `taskId` (every bidder of the task when undefined): `winner` won,
   * the rest lost ("lost to {winner}", or {@link NO_ASSIGNMENT} without a winner). Bidders in `keep` are
   * left waiting (a winner in `keep` too: its Assign is not acknowledged yet).
   */
  answer (taskId: string, attempt: number | undefined, winner?: string, keep: readonly string[] = []): void {
    const answers = this.#pending.get(taskId)
    if (answers == null) return
    for (const [worker, pending] of answers) {
      if (attempt != null && pending.attempt !== attempt) continue
      if (keep.includes(worker)) continue
      pending.resolve(worker === winner ? { accepted: true, reason: 'won' } : { accepted: false, reason: winner == null ? NO_ASSIGNMENT : `lost to ${winner}` })
      answers.delete(worker)
    }
    if (answers.size === 0) this.#pending.delete(taskId)
  }

  /**
   * Answers `worker`'s waiting bid on `taskId`, if any, as lost with `reason`, so that a new bid of
   * it can wait: for a bid its round no longer holds (the round ended without answering it), which
   * would otherwise make every later bid of that worker on the task "already bid".
   *
   * @returns true when a waiting bid was answered
   */
  supersede (taskId: string, worker: string, reason: string): boolean {
    const answers = this.#pending.get(taskId)
    const pending = answers?.get(worker)
    if (answers == null || pending == null) return false
    pending.resolve({ accepted: false, reason })
    answers.delete(worker)
    if (answers.size === 0) this.#pending.delete(taskId)
    return true
  }

  /** Tasks with at least one bidder waiting for its answer. */
  get tasks (): number {
    return this.#pending.size
  }

  /** Answers every waiting bidder with `reason` (the coordinator is stopping). */
  answerAll (reason: string): void {
    for (const answers of this.#pending.values()) {
      for (const { resolve } of answers.values()) resolve({ accepted: false, reason })
    }
    this.#pending.clear()
  }
}
