/**
 * Receipt inclusion proofs: evidence, checkable by anyone holding only the
 * proof, that a receipt was sealed in a producer's block. The proof carries the
 * signed header, the entry and the RFC 6962 audit path (merkle.ts) from the
 * entry's leaf to the header's `receipts_root`, O(log n) hashes.
 */
import type { ailee } from '../proto/index.ts'
import { decodeBlockHeader, entryHash, verifyHeaderSignature } from './block.ts'
import { InvalidProofError } from './errors.ts'
import { merkleProof, verifyMerkleProof } from './merkle.ts'
import { verifyReceipt } from './receipt.ts'

/** Proof that `entry` is entry `index` of block `height` of `producer`. */
export interface ReceiptProof {
  producer: string
  height: number
  /** Position of the entry in the block. */
  index: number
  /** Entries in the block (the tree size). */
  count: number
  entry: ailee.v1.IBlockEntry
  /** Audit path, leaf to root, 32 bytes each. */
  path: Uint8Array[]
  /** The block's encoded header, as signed. */
  header: Uint8Array
  /** The producer's signature over the header. */
  signature: Uint8Array
}

/**
 * Builds the proof for entry `index` of `block` (which is assumed valid).
 * Throws `RangeError` if there is no such entry.
 */
export function buildReceiptProof (block: ailee.v1.IBlock, index: number): ReceiptProof {
  const entries = block.entries ?? []
  if (!Number.isInteger(index) || index < 0 || index >= entries.length) {
    throw new RangeError(`entry ${index} out of range for ${entries.length} entries`)
  }
  const header = decodeBlockHeader(block)
  return {
    producer: header.producerPeerId,
    height: header.height,
    index,
    count: entries.length,
    entry: entries[index],
    path: merkleProof(entries.map(entryHash), index),
    header: block.header!,
    signature: block.signature ?? new Uint8Array(0)
  }
}

/**
 * Verifies `proof`: the header is signed by its producer and names the
 * proof's producer, height and entry count; the audit path leads from
 * `sha256(encoded entry)` to the header's receipts root; the entry's receipt is
 * validly signed by its worker. Returns the decoded receipt and header.
 *
 * @throws {InvalidProofError} whose `reason` names the failed check
 */
export async function verifyReceiptProof (proof: ReceiptProof): Promise<{ receipt: ailee.v1.ExecutionReceipt, header: ailee.v1.BlockHeader }> {
  let header: ailee.v1.BlockHeader
  try {
    header = decodeBlockHeader({ header: proof.header })
  } catch (err: any) {
    throw new InvalidProofError('malformed', err?.message ?? String(err), { cause: err })
  }
  try {
    await verifyHeaderSignature(header, proof.header, proof.signature)
  } catch (err: any) {
    throw new InvalidProofError('bad-signature', err?.message ?? String(err), { cause: err })
  }
  if (header.producerPeerId !== proof.producer || header.height !== proof.height || header.entryCount !== proof.count) {
    throw new InvalidProofError('header-mismatch', `header is block ${header.height} of ${header.producerPeerId} with ${header.entryCount} entries`)
  }
  if (!verifyMerkleProof(entryHash(proof.entry), proof.index, proof.count, proof.path, header.receiptsRoot)) {
    throw new InvalidProofError('not-included', `entry ${proof.index} is not in block ${header.height}`)
  }
  if (proof.entry.receipt == null) throw new InvalidProofError('malformed', 'entry has no receipt')
  try {
    return { receipt: await verifyReceipt(proof.entry.receipt), header }
  } catch (err: any) {
    throw new InvalidProofError('invalid-receipt', err?.message ?? String(err), { cause: err })
  }
}
