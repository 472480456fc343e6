/**
 * Receipt inclusion proofs: evidence, checkable by anyone holding only the
 * proof, that a receipt was sealed in a producer's block. The proof carries the
 * signed header, the entry and the RFC 6962 audit path (merkle.ts) from the
 * entry's leaf to the header's `receipts_root`, O(log n) hashes. Its wire
 * form, and the one offline verifier, are in proof.ts.
 */
import type { ailee } from '../proto/index.ts'
import { decodeBlockHeader, entryHash } from './block.ts'
import { merkleProof } from './merkle.ts'

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
