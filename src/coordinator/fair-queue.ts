/**
 * Round-robin admission between clients: {@link FairQueue} runs at most
 * `concurrency` jobs at once; waiting jobs are kept in one FIFO per client,
 * and each freed slot goes to the next client in turn (clients in order of
 * arrival, a served client moving to the back). One client's many or large
 * submissions so hold at most one slot ahead of another client's, however
 * many it queued. Deficit-free round robin (each turn is one job, whatever its
 * size); sizes are bounded separately (`limits.maxModuleBytes`, `maxInputBytes`).
 */

/** Runs jobs with bounded concurrency, fair between clients (see the file comment). */
export class FairQueue {
  readonly #concurrency: number
  /** client -> resolvers of its waiting jobs; Map order is the round-robin order */
  readonly #waiting = new Map<string, Array<() => void>>()
  #running = 0

  /** @param concurrency most jobs running at once (>= 1) */
  constructor (concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`)
    this.#concurrency = concurrency
  }

  /**
   * Runs `job` for `client` when its turn comes; resolves or rejects as the job does.
   *
   * @param client the key fairness is between (a client account)
   */
  async run<T> (client: string, job: () => Promise<T>): Promise<T> {
    if (this.#running < this.#concurrency && this.#waiting.size === 0) {
      this.#running++
    } else {
      await new Promise<void>(resolve => {
        const queue = this.#waiting.get(client)
        if (queue === undefined) this.#waiting.set(client, [resolve])
        else queue.push(resolve)
      })
    }
    try {
      return await job()
    } finally {
      this.#running--
      this.#next()
    }
  }

  /** Jobs of `client` waiting for a slot (all clients' when omitted). */
  waiting (client?: string): number {
    if (client !== undefined) return this.#waiting.get(client)?.length ?? 0
    let n = 0
    for (const queue of this.#waiting.values()) n += queue.length
    return n
  }

  /** Jobs running now. */
  get running (): number {
    return this.#running
  }

  #next (): void {
    while (this.#running < this.#concurrency) {
      const first = this.#waiting.entries().next()
      if (first.done === true) return
      const [client, queue] = first.value
      const resolve = queue.shift()!
      this.#waiting.delete(client)
      if (queue.length > 0) this.#waiting.set(client, queue)
      this.#running++
      resolve()
    }
  }
}
