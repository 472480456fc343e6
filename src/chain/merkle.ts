/**
 * Binary SHA-256 Merkle tree of RFC 6962 §2.1 (Certificate Transparency),
 * with inclusion proofs (§2.1.1) verified by the algorithm of RFC 9162 §2.1.3.2.
 *
 * - empty tree: `MTH({}) = SHA-256("")`
 * - leaf:       `SHA-256(0x00 || data)`
 * - node:       `SHA-256(0x01 || left || right)`, the left subtree holding the
 *               largest power of two of leaves smaller than the count.
 *
 * Leaves are the data items themselves (any bytes); for blocks the data of a
 * leaf is the 32-byte `sha256(encoded BlockEntry)` (block.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { concat } from 'uint8arrays/concat'
import { equals } from 'uint8arrays/equals'

const LEAF_PREFIX = new Uint8Array([0x00])
const NODE_PREFIX = new Uint8Array([0x01])

/** RFC 6962 leaf hash: `SHA-256(0x00 || data)`. */
export function leafHash (data: Uint8Array): Uint8Array {
  return sha256(concat([LEAF_PREFIX, data]))
}

/** RFC 6962 interior node hash: `SHA-256(0x01 || left || right)`. */
export function nodeHash (left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concat([NODE_PREFIX, left, right]))
}

/** Largest power of two strictly smaller than `n` (n >= 2). */
function splitPoint (n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/** Root over leaf hashes `hashes[from, to)` (to > from). */
function rootOf (hashes: Uint8Array[], from: number, to: number): Uint8Array {
  const n = to - from
  if (n === 1) return hashes[from]
  const k = splitPoint(n)
  return nodeHash(rootOf(hashes, from, from + k), rootOf(hashes, from + k, to))
}

/** Merkle Tree Hash (RFC 6962 §2.1) of `leaves`, 32 bytes. The empty list gives `SHA-256("")`. */
export function merkleRoot (leaves: Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return sha256(new Uint8Array(0))
  return rootOf(leaves.map(leafHash), 0, leaves.length)
}

/**
 * Audit path (RFC 6962 §2.1.1 `PATH(m, D[n])`) of leaf `index` in `leaves`:
 * the sibling hashes from the leaf up to the root, 32 bytes each
 * (about log2(n) of them). Throws `RangeError` if `index` is out of range.
 */
export function merkleProof (leaves: Uint8Array[], index: number): Uint8Array[] {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) {
    throw new RangeError(`leaf index ${index} out of range for ${leaves.length} leaves`)
  }
  const hashes = leaves.map(leafHash)
  const path: Uint8Array[] = []
  let from = 0
  let to = leaves.length
  let m = index
  // walk down from the root, collecting the sibling subtree root at each level
  const siblings: Uint8Array[] = []
  while (to - from > 1) {
    const k = splitPoint(to - from)
    if (m < k) {
      siblings.push(rootOf(hashes, from + k, to))
      to = from + k
    } else {
      siblings.push(rootOf(hashes, from, from + k))
      from += k
      m -= k
    }
  }
  // the path lists them leaf first
  for (let i = siblings.length - 1; i >= 0; i--) path.push(siblings[i])
  return path
}

/**
 * Checks that `leaf` (the data item, not its hash) is item `index` of a tree of
 * `count` leaves with root `root`, given its audit path `proof`. Returns false
 * on any mismatch, including an index out of range or a proof of the wrong
 * length. Algorithm: RFC 9162 §2.1.3.2.
 */
export function verifyMerkleProof (leaf: Uint8Array, index: number, count: number, proof: Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || index < 0 || index >= count) return false
  let fn = index
  let sn = count - 1
  let r = leafHash(leaf)
  for (const p of proof) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2)
          sn = Math.floor(sn / 2)
        }
      }
    } else {
      r = nodeHash(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && equals(r, root)
}
