/**
 * Blocks: a producer's (coordinator's) signed, Merkle-committed batch of
 * accepted receipts and applied transfers (proto `Block`, `BlockHeader`,
 * `BlockEntry`; an entry carries either a receipt or a `SignedTransfer`).
 *
 * - `receipts_root` = RFC 6962 Merkle root (merkle.ts) whose leaf data are
 *   `sha256(encoded BlockEntry)`, in entry order;
 * - `prev_hash` = `sha256(encoded previous header)`, 32 zero bytes at height 0;
 * - `signature` = the producer's Ed25519 signature over
 *   `"ailee/block/v1\n" || header` (the exact header bytes carried).
 *
 * Entries are hashed as protobufjs encodes them (fields in field-number order,
 * defaults omitted), which is also how a received entry re-encodes after decoding.
 */
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { sha256 } from '@noble/hashes/sha2.js'
import { concat } from 'uint8arrays/concat'
import { equals } from 'uint8arrays/equals'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { HASH_BYTES, SIGNATURE_BYTES, ed25519PublicKey, signEd25519, verifyEd25519 } from './crypto.ts'
import { InvalidBlockError } from './errors.ts'
import { merkleRoot } from './merkle.ts'
import { decodeReceipt, verifyReceipt } from './receipt.ts'
import { verifyTransfer } from './account-signing.ts'
import { bytesToHex } from '@noble/hashes/utils.js'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'

/** Domain separator prefixed to the encoded header before signing: UTF-8 `"ailee/block/v1\n"`. */
export const BLOCK_SIGNING_PREFIX: Uint8Array = new TextEncoder().encode('ailee/block/v1\n')

/**
 * Signature checks {@link validateBlock} makes between two yields to the event
 * loop (each check is about 1 ms of CPU on a small machine, so a slice is a
 * few tens of ms): a block of thousands of entries never stalls timers, I/O
 * or gossip for longer than one slice.
 */
export const VERIFY_YIELD_EVERY = 32

/** `prev_hash` of a block at height 0: 32 zero bytes. */
export const ZERO_HASH: Uint8Array = new Uint8Array(HASH_BYTES)

/** What a block's successor needs to know of it. */
export interface ChainLink {
  height: number
  /** `blockHash` of its header, 32 bytes. */
  hash: Uint8Array
}

/** Inputs of {@link buildBlock}. */
export interface BuildBlockOptions {
  height: number
  /** Hash of the previous header; {@link ZERO_HASH} at height 0. */
  prevHash: Uint8Array
  /** Accepted results, in the order they are sealed. */
  entries: ailee.v1.IBlockEntry[]
  /** The producer's libp2p identity key (Ed25519). */
  producerKey: PrivateKey
  /** Unix epoch ms. */
  timestampMs: number
  /** Ledger state root after applying the block (`Ledger.stateRoot`), 32 bytes. */
  stateRoot: Uint8Array
}

/** A block that passed {@link validateBlock}. */
export interface ValidatedBlock {
  header: ailee.v1.BlockHeader
  /** `blockHash(block.header)`. */
  hash: Uint8Array
  /** Decoded receipts of the receipt entries, in entry order. */
  receipts: ailee.v1.ExecutionReceipt[]
  /** Entry index of each of `receipts` (transfer entries carry none). */
  receiptIndexes: number[]
  /** Entry indexes of the transfer entries. */
  transferIndexes: number[]
}

/** Checks of {@link validateBlock}. */
export interface ValidateBlockOptions {
  /** The block before this one; when given, height and prev_hash must link to it. */
  prev?: ChainLink
  /** Most entries accepted (config `coordinator.maxReceiptsPerBlock`). */
  maxEntries: number
  /**
   * Verify every receipt (signature, coordinator = producer, unique task ids)
   * and every transfer (payer's signature for the producer, unique
   * (payer, nonce)). When false, receipts are only decoded. @default true
   */
  verifyReceipts?: boolean
  /**
   * Yield to the event loop (`setImmediate`) after every this many signature
   * checks, so that validating a large block does not stall the node.
   * @default VERIFY_YIELD_EVERY (32)
   */
  yieldEvery?: number
  /**
   * Called once after each Ed25519 signature check (header, receipt,
   * contradicting receipt, transfer), whatever its outcome: lets a caller
   * count the verification work a block cost.
   */
  onSignatureChecked?: () => void
  /**
   * The caller already checked the producer's signature over these header
   * bytes with {@link verifyHeaderSignature}: it is not checked again.
   * @default false
   */
  headerVerified?: boolean
  /**
   * The receipts' signatures (entries and contradicting receipts) were
   * already checked by the caller (a producer sealing receipts it verified
   * when their results arrived): they are decoded, not verified again; every
   * other check of the entries still runs. @default false
   */
  receiptsVerified?: boolean
}

/** Hash of an encoded header (32 bytes): the block's id and its successor's `prev_hash`. */
export function blockHash (header: Uint8Array): Uint8Array {
  return sha256(header)
}

/** Leaf data of an entry in the receipts tree: `sha256(encoded BlockEntry)`, 32 bytes. */
export function entryHash (entry: ailee.v1.IBlockEntry): Uint8Array {
  return sha256(pb.BlockEntry.encode(entry).finish())
}

/** Receipts Merkle root of `entries` (RFC 6962 over {@link entryHash} leaves). */
export function receiptsRoot (entries: ailee.v1.IBlockEntry[]): Uint8Array {
  return merkleRoot(entries.map(entryHash))
}

/** The bytes a producer signs for an encoded header: `"ailee/block/v1\n" || header`. */
export function blockSigningBytes (header: Uint8Array): Uint8Array {
  return concat([BLOCK_SIGNING_PREFIX, header])
}

/**
 * Builds and signs a block. The producer peer id and entry count are taken
 * from the key and the entries. Returns the block as a receiver decodes it.
 *
 * @throws {InvalidBlockError} `bad-producer` if the key is not Ed25519;
 *   `malformed` if `prevHash` or `stateRoot` is not 32 bytes or height/time is
 *   not a non-negative safe integer
 */
export async function buildBlock (options: BuildBlockOptions): Promise<ailee.v1.Block> {
  const { height, prevHash, entries, producerKey, timestampMs, stateRoot } = options
  if (producerKey.type !== 'Ed25519') throw new InvalidBlockError('bad-producer', `blocks are signed with Ed25519 keys, not ${producerKey.type}`)
  if (!isCount(height) || !isCount(timestampMs)) throw new InvalidBlockError('malformed', 'height and timestamp must be non-negative safe integers')
  if (prevHash.length !== HASH_BYTES || stateRoot.length !== HASH_BYTES) {
    throw new InvalidBlockError('malformed', 'prevHash and stateRoot must be 32 bytes')
  }
  const header = Uint8Array.from(pb.BlockHeader.encode({
    height,
    prevHash,
    receiptsRoot: receiptsRoot(entries),
    stateRoot,
    timestampMs,
    producerPeerId: peerIdFromPrivateKey(producerKey).toString(),
    entryCount: entries.length
  }).finish())
  const signature = await signEd25519(producerKey, blockSigningBytes(header))
  const bytes = pb.Block.encode({ header, signature, entries }).finish()
  return pb.Block.decode(Uint8Array.from(bytes))
}

/**
 * Decodes the header of `block` and checks its hash fields are 32 bytes.
 *
 * @throws {InvalidBlockError} `malformed`
 */
export function decodeBlockHeader (block: ailee.v1.IBlock): ailee.v1.BlockHeader {
  if (block.header == null || block.header.length === 0) throw new InvalidBlockError('malformed', 'no header')
  let header: ailee.v1.BlockHeader
  try {
    header = pb.BlockHeader.decode(block.header)
  } catch (err: any) {
    throw new InvalidBlockError('malformed', `header does not decode: ${err?.message ?? err}`, { cause: err })
  }
  for (const field of ['prevHash', 'receiptsRoot', 'stateRoot'] as const) {
    if (header[field].length !== HASH_BYTES) throw new InvalidBlockError('malformed', `${field} is ${header[field].length} bytes`)
  }
  return header
}

/**
 * Checks the signature of an encoded header against its `producer_peer_id`.
 *
 * @throws {InvalidBlockError} `bad-producer` or `bad-signature`
 */
export async function verifyHeaderSignature (header: ailee.v1.BlockHeader, headerBytes: Uint8Array, signature: Uint8Array | null | undefined): Promise<void> {
  const key = ed25519PublicKey(header.producerPeerId, (message, options) => new InvalidBlockError('bad-producer', message, options))
  let ok = false
  if (signature != null && signature.length === SIGNATURE_BYTES) {
    try {
      ok = await verifyEd25519(key, blockSigningBytes(headerBytes), signature)
    } catch {
      ok = false
    }
  }
  if (!ok) throw new InvalidBlockError('bad-signature', `header ${header.height} is not signed by ${header.producerPeerId}`)
}

/**
 * Validates `block`: header decodes, at most `maxEntries` entries and as many
 * as the header says, producer signature, link to `prev` (height + 1 and
 * prev_hash; at height 0 prev_hash must be zero), receipts Merkle root, and
 * (unless `verifyReceipts` is false) every receipt: signature valid, addressed
 * to the producer as coordinator, task ids unique within the block; and every
 * transfer entry: no receipt beside it, signed by its payer for the producer
 * (`verifyTransfer`), (payer, nonce) unique within the block.
 *
 * Each signature check is about 0.2-1 ms of CPU: after every `yieldEvery`
 * checks ({@link VERIFY_YIELD_EVERY}) it yields to the event loop, so a large
 * block never stalls the node for long; `onSignatureChecked` counts them.
 *
 * @throws {InvalidBlockError} whose `reason` names the first failed check
 *   (`cause` holds the InvalidReceiptError for `invalid-receipt`)
 */
export async function validateBlock (block: ailee.v1.IBlock, options: ValidateBlockOptions): Promise<ValidatedBlock> {
  const entries = block.entries ?? []
  if (entries.length > options.maxEntries) {
    throw new InvalidBlockError('too-many-entries', `${entries.length} entries, at most ${options.maxEntries} allowed`)
  }
  const header = decodeBlockHeader(block)
  const hash = blockHash(block.header!)
  const yieldEvery = Math.max(1, options.yieldEvery ?? VERIFY_YIELD_EVERY)
  let checks = 0
  /** Runs one signature check, counts it, and yields to the event loop every `yieldEvery` checks. */
  const checked = async <T>(check: Promise<T>): Promise<T> => {
    try {
      return await check
    } finally {
      options.onSignatureChecked?.()
      if (++checks % yieldEvery === 0) await yieldToEventLoop()
    }
  }
  if (options.headerVerified !== true) await checked(verifyHeaderSignature(header, block.header!, block.signature))
  if (header.entryCount !== entries.length) {
    throw new InvalidBlockError('entry-count-mismatch', `header says ${header.entryCount} entries, block carries ${entries.length}`)
  }
  if (header.height === 0 && !equals(header.prevHash, ZERO_HASH)) {
    throw new InvalidBlockError('prev-hash-mismatch', 'block 0 must have a zero prev_hash')
  }
  if (options.prev != null) {
    if (header.height !== options.prev.height + 1) {
      throw new InvalidBlockError('height-mismatch', `height ${header.height} does not follow ${options.prev.height}`)
    }
    if (!equals(header.prevHash, options.prev.hash)) {
      throw new InvalidBlockError('prev-hash-mismatch', `block ${header.height} does not link to the hash of block ${options.prev.height}`)
    }
  }
  if (!equals(receiptsRoot(entries), header.receiptsRoot)) {
    throw new InvalidBlockError('receipts-root-mismatch', `entries of block ${header.height} do not match its receipts root`)
  }
  const receipts: ailee.v1.ExecutionReceipt[] = []
  const receiptIndexes: number[] = []
  const transferIndexes: number[] = []
  const check = options.verifyReceipts !== false
  const seen = new Set<string>()
  const seenTransfers = new Set<string>()
  for (const [i, entry] of entries.entries()) {
    if (entry.transfer != null) {
      if (entry.receipt != null) throw new InvalidBlockError('invalid-transfer', `entry ${i} carries both a transfer and a receipt`)
      transferIndexes.push(i)
      if (!check) continue
      const signed = entry.transfer
      if ((signed.coordinatorPeerId ?? '') !== header.producerPeerId) {
        throw new InvalidBlockError('foreign-transfer', `entry ${i}: transfer signed for coordinator ${signed.coordinatorPeerId ?? ''}`)
      }
      let verified
      try {
        verified = await checked(verifyTransfer(signed.transfer ?? {}, header.producerPeerId))
      } catch (err: any) {
        throw new InvalidBlockError('invalid-transfer', `entry ${i}: ${err?.message ?? err}`, { cause: err })
      }
      const id = `${verified.from}/${bytesToHex(verified.nonce)}`
      if (seenTransfers.has(id)) throw new InvalidBlockError('duplicate-transfer', `transfer ${id} appears twice`)
      seenTransfers.add(id)
      continue
    }
    if (entry.receipt == null) throw new InvalidBlockError('invalid-receipt', `entry ${i} has no receipt`)
    let receipt: ailee.v1.ExecutionReceipt
    try {
      receipt = check && options.receiptsVerified !== true ? await checked(verifyReceipt(entry.receipt)) : decodeReceipt(entry.receipt)
    } catch (err: any) {
      throw new InvalidBlockError('invalid-receipt', `entry ${i}: ${err?.message ?? err}`, { cause: err })
    }
    if (!check) {
      receipts.push(receipt)
      receiptIndexes.push(i)
      continue
    }
    if (receipt.coordinatorPeerId !== header.producerPeerId) {
      throw new InvalidBlockError('foreign-receipt', `entry ${i} (task ${receipt.taskId}) names coordinator ${receipt.coordinatorPeerId}`)
    }
    const contradicted = entry.contradictedBy
    const kind = contradicted == null ? 'paid' : 'evidence'
    // several workers may be paid for one task (agreeing replicas), each once
    const key = `${kind}/${receipt.taskId}/${receipt.workerPeerId}`
    if (seen.has(key)) throw new InvalidBlockError('duplicate-receipt', `task ${receipt.taskId} appears twice for worker ${receipt.workerPeerId}`)
    seen.add(key)
    if (contradicted != null) {
      let accepted: ailee.v1.ExecutionReceipt
      try {
        accepted = options.receiptsVerified === true ? decodeReceipt(contradicted) : await checked(verifyReceipt(contradicted))
      } catch (err: any) {
        throw new InvalidBlockError('invalid-evidence', `entry ${i}: contradicting receipt: ${err?.message ?? err}`, { cause: err })
      }
      checkEvidence(i, entry, receipt, accepted)
    }
    receipts.push(receipt)
    receiptIndexes.push(i)
  }
  return { header, hash, receipts, receiptIndexes, transferIndexes }
}

/**
 * An evidence entry must hold two conflicting receipts any node can check
 * (`accepted`: the contradicting receipt, already verified by the caller):
 * both signed, for the same task and coordinator, by different workers, with
 * different results (status, exit code, output or stderr hash), and it moves
 * no credits.
 */
function checkEvidence (i: number, entry: ailee.v1.IBlockEntry, wrong: ailee.v1.ExecutionReceipt, accepted: ailee.v1.ExecutionReceipt): void {
  const checks: Array<[boolean, string]> = [
    [accepted.taskId === wrong.taskId, `the receipts are for tasks ${wrong.taskId} and ${accepted.taskId}`],
    [accepted.coordinatorPeerId === wrong.coordinatorPeerId, 'the receipts name different coordinators'],
    [accepted.workerPeerId !== wrong.workerPeerId, 'both receipts are by the same worker'],
    [accepted.status !== wrong.status || accepted.exitCode !== wrong.exitCode || !equals(accepted.outputHash, wrong.outputHash) || !equals(accepted.stderrHash, wrong.stderrHash), 'the receipts agree'],
    [Number(entry.price ?? 0) === 0, 'an evidence entry moves no credits']
  ]
  for (const [ok, why] of checks) {
    if (!ok) throw new InvalidBlockError('invalid-evidence', `entry ${i}: ${why}`)
  }
}

function isCount (n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0
}
