/**
 * Checkpoints of the stored chains (docs/maintenance.md, "Checkpoints"): every
 * `chain.checkpointInterval` blocks, a record of how far a chain was validated,
 * so that a start validates and replays only the blocks after it.
 *
 * `meta/checkpoint/{producer}` holds JSON `{ height, blockHash, balances?, hash }`:
 *
 * - `height`, `blockHash` (hex): the last block validated, and its hash;
 * - `balances` (own chain of a coordinator only): `[[account, decimal units], ...]`
 *   in account order, the ledger replayed from genesis through block `height`
 *   (nothing pending); `ledgerStateRoot` of it is that block's `state_root`;
 * - `hash` (hex): SHA-256 of the JSON of the other three fields, so a record
 *   changed on disk is noticed.
 *
 * A checkpoint is used only when it holds together: its hash matches, the
 * stored block at `height` has `blockHash`, and (own chain) its balances give
 * the block's state root; otherwise the start validates the chain from block 0
 * as if there were none (and writes a new one). `bin/node chain verify|repair`
 * always validate from block 0.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { equals } from 'uint8arrays/equals'
import { pb } from '../proto/index.ts'
import { Prefix, blockId } from '../storage/index.ts'
import type { StateDb, WriteBatch } from '../storage/index.ts'
import { blockHash, decodeBlockHeader } from './block.ts'
import { ledgerStateRoot } from './ledger.ts'
import { toAmount } from './amount.ts'

/** Key prefix of the checkpoints: `meta/checkpoint/{producer}`. */
export const CHECKPOINT_PREFIX = `${Prefix.meta}checkpoint/`

const recordSchema = z.object({
  height: z.number().int().nonnegative(),
  blockHash: z.string().regex(/^[0-9a-f]{64}$/),
  balances: z.array(z.tuple([z.string().min(1), z.string().regex(/^[0-9]+$/)])).optional(),
  hash: z.string().regex(/^[0-9a-f]{64}$/)
})

/** A checkpoint that holds together (see the module comment). */
export interface Checkpoint {
  producer: string
  height: number
  /** Hash of block `height`, 32 bytes. */
  blockHash: Uint8Array
  /** The own ledger after block `height`; undefined for another producer's chain. */
  balances?: Map<string, bigint>
}

function body (height: number, hash: Uint8Array, balances: Map<string, bigint> | undefined): { height: number, blockHash: string, balances?: Array<[string, string]> } {
  const out: { height: number, blockHash: string, balances?: Array<[string, string]> } = { height, blockHash: bytesToHex(hash) }
  if (balances != null) {
    out.balances = [...balances].sort((a, b) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0]))).map(([a, v]) => [a, v.toString()])
  }
  return out
}

/** Stages the checkpoint `cp` of `cp.producer` in `batch` (replacing the one stored). */
export function stageCheckpoint (cp: Checkpoint, batch: WriteBatch): void {
  const b = body(cp.height, cp.blockHash, cp.balances)
  const hash = bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(b))))
  batch.put(`${CHECKPOINT_PREFIX}${cp.producer}`, new TextEncoder().encode(JSON.stringify({ ...b, hash })))
}

/** True when a checkpoint falls at `height` (block `height` is the last of a run of `interval`). */
export function isCheckpointHeight (height: number, interval: number): boolean {
  return interval > 0 && (height + 1) % interval === 0
}

/**
 * The stored checkpoint of `producer` if it holds together (hash, stored block
 * hash, and with `withBalances` the balances against the block's state root);
 * undefined when there is none or it does not (a reason is passed to `onIgnored`).
 */
export async function readCheckpoint (db: StateDb, producer: string, withBalances: boolean, onIgnored?: (reason: string) => void): Promise<Checkpoint | undefined> {
  const bytes = await db.get(`${CHECKPOINT_PREFIX}${producer}`)
  if (bytes == null) return undefined
  const ignore = (reason: string): undefined => { onIgnored?.(reason); return undefined }
  let record: z.infer<typeof recordSchema>
  try {
    record = recordSchema.parse(JSON.parse(new TextDecoder().decode(bytes)))
  } catch (err) {
    return ignore(`unreadable: ${(err as Error).message}`)
  }
  const { hash, ...rest } = record
  if (bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(rest)))) !== hash) return ignore('its hash does not match its content')
  const stored = await db.get(`${Prefix.blocks}${blockId(producer, record.height)}`)
  if (stored == null) return ignore(`block ${record.height} is not stored`)
  let block
  try {
    block = pb.Block.decode(stored)
  } catch {
    return ignore(`block ${record.height} does not decode`)
  }
  const actual = blockHash(block.header)
  if (bytesToHex(actual) !== record.blockHash) return ignore(`block ${record.height} is not the block it names`)
  if (!withBalances) return { producer, height: record.height, blockHash: actual }
  if (record.balances == null) return ignore('it holds no balances')
  const balances = new Map<string, bigint>()
  try {
    for (const [account, value] of record.balances) balances.set(account, toAmount(value))
  } catch (err) {
    return ignore(`a balance is invalid: ${(err as Error).message}`)
  }
  let stateRoot: Uint8Array
  try {
    stateRoot = decodeBlockHeader(block).stateRoot
  } catch {
    return ignore(`block ${record.height}'s header does not decode`)
  }
  if (!equals(ledgerStateRoot(balances), stateRoot)) return ignore(`its balances do not give block ${record.height}'s state root`)
  return { producer, height: record.height, blockHash: actual, balances }
}
