import { KeyedSerialQueue } from './keyed-serial-queue.ts'
import { ReadWriteLock } from './read-write-lock.ts'

/**
 * A lock per key with an exclusive mode: jobs of one key run one at a time
 * and in order, jobs of different keys run side by side, and an exclusive job
 * runs alone, once every keyed job in progress is done, while keyed jobs that
 * come meanwhile wait for it. A waiting exclusive job goes before keyed jobs
 * added after it (the fairness of {@link ReadWriteLock}). A failing job
 * rejects its own caller only.
 *
 * Used where most operations touch one independent item but some may touch
 * any (the content store's pins: a `raw` CID is one block of its own, a
 * `dag-pb` DAG may share blocks with any other content).
 *
 * Not reentrant: a job must not wait for another job of this lock.
 */
export class KeyedLock {
  readonly #shared = new ReadWriteLock()
  readonly #perKey = new KeyedSerialQueue()

  /** Keys with a keyed job running or waiting (exclusive jobs are not counted). */
  get size (): number {
    return this.#perKey.size
  }

  /**
   * Runs `job` after every job added before it under `key`, beside jobs of
   * other keys, and never during an exclusive job.
   *
   * @returns what `job` returns; rejects with what it throws
   */
  async run<T> (key: string, job: () => Promise<T>): Promise<T> {
    return await this.#shared.read(async () => await this.#perKey.run(key, job))
  }

  /**
   * Runs `job` alone: after the keyed jobs in progress, before keyed jobs
   * added later.
   *
   * @returns what `job` returns; rejects with what it throws
   */
  async exclusive<T> (job: () => Promise<T>): Promise<T> {
    return await this.#shared.write(job)
  }
}
