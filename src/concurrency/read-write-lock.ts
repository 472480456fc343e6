/** A read-write lock for async work (content fetches and pins against garbage collection). */

/**
 * Many readers at once, or one writer alone; a waiting writer goes before
 * readers that come after it (so a steady flow of readers cannot starve it).
 * Not reentrant: a reader must not take the lock again while a writer waits.
 */
export class ReadWriteLock {
  #readers = 0
  #writer: Promise<void> | undefined
  readonly #idle: Array<() => void> = []

  /** Runs `work` once no writer holds or waits for the lock, beside other readers. */
  async read<T> (work: () => Promise<T>): Promise<T> {
    while (this.#writer != null) await this.#writer
    this.#readers++
    try {
      return await work()
    } finally {
      this.#readers--
      if (this.#readers === 0) for (const wake of this.#idle.splice(0)) wake()
    }
  }

  /** Runs `work` alone, once the readers in progress are done. */
  async write<T> (work: () => Promise<T>): Promise<T> {
    while (this.#writer != null) await this.#writer
    const done = Promise.withResolvers<void>()
    this.#writer = done.promise
    try {
      while (this.#readers > 0) await new Promise<void>(resolve => this.#idle.push(resolve))
      return await work()
    } finally {
      this.#writer = undefined
      done.resolve()
    }
  }
}
