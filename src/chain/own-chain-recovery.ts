/**
 * A coordinator restored from a backup (docs/maintenance.md, "Backups") holds
 * its own chain as it was at the backup; the blocks it sealed after it are
 * on its peers, signed by its own key. Re-sealing those heights would fork
 * the chain, so before the block producer starts, the restored node fetches
 * them (src/node/own-chain-catch-up.ts), appends them through
 * `ChainStore.append` (full validation: signature, link, receipts root, every
 * receipt and transfer), and then makes its state agree with them here:
 *
 * - a settlement still pending in the backup that one of these blocks sealed
 *   is no longer pending (it is in the chain);
 * - a settlement that committed after the backup is marked applied
 *   (`meta/applied/pay/{taskId}`, so a result of that task delivered again is
 *   not paid twice) and a transfer's nonce is recorded (`nonces/`, so the
 *   signed transfer cannot be replayed);
 * - the ledger is rewritten from the replay of genesis, the whole own chain
 *   and what is still pending (`repairStoredState`: the chain is the signed
 *   record), and the state is verified.
 *
 * Run on a node whose writers have not started (no block producer, no
 * settlement log in use).
 */
import { bytesToHex } from '@noble/hashes/utils.js'
import type { ailee } from '../proto/index.ts'
import { Prefix, keyText } from '../storage/index.ts'
import type { StateDb } from '../storage/index.ts'
import type { ChainStore } from './chain-store.ts'
import { repairStoredState, type RepairResult } from './chain-verify.ts'
import { APPLIED_PREFIX } from './ledger.ts'
import { NonceStore } from './nonce-store.ts'
import { decodeReceipt } from './receipt.ts'

const PENDING_PREFIX = `${Prefix.meta}pending/`

/** Settlement id of a block entry, as the settlement log names it: the task id, or `transfer/{from}/{nonce hex}`. */
export function entrySettlementId (entry: ailee.v1.IBlockEntry): string | undefined {
  const t = entry.transfer?.transfer
  if (t != null) return `transfer/${t.from ?? ''}/${bytesToHex(t.nonce ?? new Uint8Array(0))}`
  if (entry.receipt == null) return undefined
  try {
    return decodeReceipt(entry.receipt).taskId
  } catch {
    return undefined
  }
}

/** What {@link reconcileRecoveredBlocks} did. */
export interface ReconcileResult {
  /** Pending settlements dropped because a recovered block sealed them. */
  pendingSealed: number
  /** Settlements of recovered blocks marked applied (committed after the backup). */
  markedApplied: number
  /** The ledger rewrite and verification after it. */
  repair: RepairResult
}

/**
 * Makes the stored state agree with own blocks just appended (see the module comment).
 *
 * @param blocks the recovered own blocks, in height order (already stored)
 * @param nonceTtlMs how long a recovered transfer's nonce is kept after its `signed_at_ms` (config `coordinator.submissionMaxSkewMs`)
 */
export async function reconcileRecoveredBlocks (db: StateDb, chain: ChainStore, own: string, blocks: ailee.v1.IBlock[], nonceTtlMs: number): Promise<ReconcileResult> {
  const sealed = new Map<string, ailee.v1.IBlockEntry>()
  for (const block of blocks) {
    for (const entry of block.entries ?? []) {
      const id = entrySettlementId(entry)
      if (id != null) sealed.set(id, entry)
    }
  }
  const batch = db.batch()
  let pendingSealed = 0
  const wasPending = new Set<string>()
  for await (const { key } of db.iterate({ prefix: PENDING_PREFIX, values: false })) {
    // meta/pending/{time:16}/{id}
    const id = keyText(key).slice(PENDING_PREFIX.length + 17)
    if (sealed.has(id)) {
      batch.del(key)
      pendingSealed++
      wasPending.add(id)
    }
  }
  let markedApplied = 0
  const nonces = new NonceStore(db)
  for (const [id, entry] of sealed) {
    if (wasPending.has(id)) continue
    const t = entry.transfer?.transfer
    if (t != null) {
      nonces.stage(t.from ?? '', t.nonce ?? new Uint8Array(0), Number(t.signedAtMs ?? 0) + nonceTtlMs, batch)
    } else {
      const marker = `${APPLIED_PREFIX}pay/${id}`
      if (await db.has(marker)) continue
      batch.put(marker, new TextEncoder().encode(new Date().toISOString()))
    }
    markedApplied++
  }
  await batch.commit()
  const repair = await repairStoredState(db, chain, { own })
  return { pendingSealed, markedApplied, repair }
}
