/**
 * TaskStore on the state database. Keys (src/storage/keys.ts):
 *
 * - `tasks/{taskId}`: the TaskRecord (JSON)
 * - `meta/open/{taskId}`: index of tasks that have not ended, read at start
 * - `reputation/{peerId}`: ReputationRecord (JSON)
 * - `ledger/{account}`: balances (src/chain/ledger.ts); a client account is
 *   opened with `initialClientBalance` credits on first use
 * - `meta/pending/{time}/{taskId}`: encoded `pb.BlockEntry` awaiting a block
 *
 * Writes that touch the ledger are serialised through `writeLock` (shared with
 * the block producer): RocksDB batches do not see each other's staged writes.
 */
import PQueue from 'p-queue'
import { pb } from '../proto/index.ts'
import { Ledger } from '../chain/ledger.ts'
import { Bucket, jsonCodec, padNumber, Prefix, type StateDb, type WriteBatch } from '../storage/index.ts'
import type { ReputationRecord } from './reputation.ts'
import { isTerminalState } from '../protocol/task-states.ts'
import type { TaskRecord } from './task-record.ts'
import type { ReputationUpdate, Settlement, TaskStore } from './task-store.ts'

/** Key prefix of settlements waiting to be sealed into a block. */
export const PENDING_PREFIX = `${Prefix.meta}pending/`
const OPEN_PREFIX = `${Prefix.meta}open/`

export class RocksTaskStore implements TaskStore {
  /** One writer at a time for ledger-touching batches (also used by BlockProducer). */
  readonly writeLock = new PQueue({ concurrency: 1 })
  readonly ledger: Ledger
  readonly #db: StateDb
  readonly #tasks: Bucket<TaskRecord>
  readonly #open: Bucket<string>
  readonly #reputation: Bucket<ReputationRecord>
  readonly #initialBalance: number

  /** @param initialClientBalance credits a client account starts with */
  constructor (db: StateDb, initialClientBalance: number) {
    this.#db = db
    this.ledger = new Ledger(db)
    this.#tasks = new Bucket(db, Prefix.tasks, jsonCodec<TaskRecord>())
    this.#open = new Bucket(db, OPEN_PREFIX, jsonCodec<string>())
    this.#reputation = new Bucket(db, Prefix.reputation, jsonCodec<ReputationRecord>())
    this.#initialBalance = initialClientBalance
  }

  async loadOpenTasks (): Promise<TaskRecord[]> {
    const tasks: TaskRecord[] = []
    for await (const id of this.#open.ids()) {
      const task = await this.#tasks.get(id)
      if (task != null && !isTerminalState(task.state)) tasks.push(task)
    }
    return tasks.sort((a, b) => a.createdAtMs - b.createdAtMs)
  }

  async getTask (taskId: string): Promise<TaskRecord | undefined> {
    return await this.#tasks.get(taskId)
  }

  async saveTask (task: TaskRecord, reputation: ReputationUpdate = []): Promise<void> {
    const batch = this.#db.batch()
    await this.#tasks.put(task.id, task, batch)
    await this.#open.put(task.id, '', batch)
    await this.#putReputation(reputation, batch)
    await batch.commit()
  }

  async finishTask (task: TaskRecord, settlement?: Settlement, reputation: ReputationUpdate = []): Promise<void> {
    await this.writeLock.add(async () => {
      const batch = this.#db.batch()
      await this.#tasks.put(task.id, task, batch)
      await this.#open.del(task.id, batch)
      await this.#putReputation(reputation, batch)
      if (settlement != null) {
        await this.ledger.applyOnce(`pay/${task.id}`, batch, async b => {
          await this.#openAccount(settlement.clientAccount, b)
          const amount = Math.min(settlement.price, await this.ledger.balance(settlement.clientAccount, b))
          if (amount > 0) await this.ledger.transfer(settlement.clientAccount, settlement.worker, amount, b)
          const entry = pb.BlockEntry.encode({
            receipt: settlement.receipt,
            clientAccount: settlement.clientAccount,
            price: amount,
            verified: settlement.verified
          }).finish()
          b.put(`${PENDING_PREFIX}${padNumber(Date.now())}/${task.id}`, Uint8Array.from(entry))
        })
      }
      await batch.commit()
    })
  }

  async loadReputation (): Promise<Array<[string, ReputationRecord]>> {
    const out: Array<[string, ReputationRecord]> = []
    for await (const { id, value } of this.#reputation.entries()) out.push([id, value])
    return out
  }

  async balance (account: string): Promise<number> {
    return (await this.ledger.exists(account)) ? await this.ledger.balance(account) : this.#initialBalance
  }

  async #openAccount (account: string, batch: WriteBatch): Promise<void> {
    if (!(await this.ledger.exists(account, batch))) await this.ledger.credit(account, this.#initialBalance, batch)
  }

  async #putReputation (updates: ReputationUpdate, batch: WriteBatch): Promise<void> {
    for (const [peer, record] of updates) await this.#reputation.put(peer, record, batch)
  }
}
