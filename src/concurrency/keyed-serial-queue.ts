/**
 * Runs jobs one at a time per key, different keys concurrently: the per-task
 * queue of the orchestrator, so a task's state never changes across an await,
 * and content retention's per-CID queue. A failing job does not stop later
 * jobs of its key.
 */
export class KeyedSerialQueue {
  readonly #tails = new Map<string, Promise<unknown>>()

  /** Keys with a job running or waiting. */
  get size (): number {
    return this.#tails.size
  }

  /**
   * Runs `job` after every job added before it under `key`.
   *
   * @returns what `job` returns; rejects with what it throws
   */
  async run<T> (key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve()
    const run = previous.then(job)
    const tail = run.catch(() => {})
    this.#tails.set(key, tail)
    try {
      return await run
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key)
    }
  }

  /** Resolves when every job added so far has settled. */
  async idle (): Promise<void> {
    await Promise.allSettled([...this.#tails.values()])
  }
}
