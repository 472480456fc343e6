/**
 * An independent audit of a stopped coordinator's state database: reads its
 * chain of blocks and its ledger directly from RocksDB and checks that every
 * task was credited at most once and that balances match what was sealed.
 *
 * Checks (each reported, none thrown):
 * - the chain validates from block 0 (`ChainStore.validateChain`);
 * - no (task, worker) payment is sealed more than once (agreeing replicas of
 *   one task pay several workers; evidence entries pay nobody);
 * - each worker's balance equals the sum of the prices sealed for it (workers
 *   start at 0 and are only ever paid through sealed settlements);
 * - each client account's balance equals its genesis allocation minus the sum
 *   of the prices sealed for it;
 * - nothing is left pending (a graceful stop seals what is pending);
 * - every sealed task has its `pay/{taskId}` applied-marker.
 */
import { join } from 'node:path'
import { ChainStore } from '../../src/chain/chain-store.ts'
import { Ledger } from '../../src/chain/ledger.ts'
import { decodeReceipt } from '../../src/chain/receipt.ts'
import { SettlementLog } from '../../src/chain/settlement-log.ts'
import { StateDb } from '../../src/storage/index.ts'

/** One sealed block entry. */
export interface SealedEntry {
  taskId: string
  /** the worker of the task's first payment entry: the accepted result's */
  worker: string
  client: string
  /** smallest units, all payment entries of the task together (several when replicas agreed) */
  price: number
  height: number
}

/** What {@link auditCoordinator} found. */
export interface LedgerAudit {
  /** blocks in the producer's chain */
  blocks: number
  /** '' when the chain validated, else the error message */
  chainError: string
  /** every sealed entry, by task id (the first one when sealed twice) */
  sealed: Map<string, SealedEntry>
  /** payments sealed more than once: `taskId` is "{task id}/{worker}" */
  duplicates: Array<{ taskId: string, times: number }>
  /** accounts whose balance does not match the sealed prices */
  mismatches: Array<{ account: string, role: 'worker' | 'client', balance: number, expected: number }>
  /** entries still waiting to be sealed */
  pending: number
  /** sealed task ids without their `pay/{taskId}` marker */
  missingMarkers: string[]
  /** balance of each worker that was paid */
  workerBalances: Map<string, number>
}

/**
 * Opens `<dataDir>/state` of a coordinator that is not running (the database
 * is locked otherwise) and audits the chain of `producer` (its peer id).
 *
 * @param genesis the coordinator's genesis allocation (`ledger.genesis`), account → smallest units
 * @throws DatabaseLockedError when the coordinator still runs
 */
export async function auditCoordinator (dataDir: string, producer: string, genesis: Record<string, string>): Promise<LedgerAudit> {
  const db = await StateDb.open(join(dataDir, 'state'))
  try {
    const chain = new ChainStore(db)
    const ledger = new Ledger(db)
    let chainError = ''
    await chain.validateChain(producer).catch((err: Error) => { chainError = err.message })
    const sealed = new Map<string, SealedEntry>()
    const times = new Map<string, number>()
    const paidTo = new Map<string, number>()
    const paidBy = new Map<string, number>()
    let blocks = 0
    for await (const block of chain.blocks(producer)) {
      blocks++
      const height = blocks - 1
      for (const entry of block.entries) {
        const receipt = decodeReceipt(entry.receipt!)
        const price = Number(entry.price ?? 0)
        const client = entry.clientAccount ?? ''
        // evidence against a caught worker moves nothing; replicas of one task pay several workers, each once
        if (entry.contradictedBy != null) continue
        const paid = `${receipt.taskId}/${receipt.workerPeerId}`
        times.set(paid, (times.get(paid) ?? 0) + 1)
        const first = sealed.get(receipt.taskId)
        if (first == null) sealed.set(receipt.taskId, { taskId: receipt.taskId, worker: receipt.workerPeerId, client, price, height })
        else first.price += price
        paidTo.set(receipt.workerPeerId, (paidTo.get(receipt.workerPeerId) ?? 0) + price)
        paidBy.set(client, (paidBy.get(client) ?? 0) + price)
      }
    }
    const mismatches: LedgerAudit['mismatches'] = []
    const workerBalances = new Map<string, number>()
    for (const [worker, expected] of paidTo) {
      const balance = Number(await ledger.balance(worker))
      workerBalances.set(worker, balance)
      if (balance !== expected) mismatches.push({ account: worker, role: 'worker', balance, expected })
    }
    for (const [client, spent] of paidBy) {
      const balance = Number(await ledger.balance(client))
      const initial = Number(genesis[client] ?? '0')
      if (balance !== initial - spent) mismatches.push({ account: client, role: 'client', balance, expected: initial - spent })
    }
    const pending = (await new SettlementLog(db).pending()).length
    const missingMarkers: string[] = []
    for (const id of sealed.keys()) if (!(await ledger.applied(`pay/${id}`))) missingMarkers.push(id)
    return {
      blocks,
      chainError,
      sealed,
      duplicates: [...times].filter(([, n]) => n > 1).map(([paid, n]) => ({ taskId: paid, times: n })),
      mismatches,
      pending,
      missingMarkers,
      workerBalances
    }
  } finally {
    await db.close()
  }
}
