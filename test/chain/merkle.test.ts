import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sha256 } from '@noble/hashes/sha2.js'
import { leafHash, merkleProof, merkleRoot, nodeHash, verifyMerkleProof } from '../../src/chain/merkle.ts'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const unhex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'))

// Test data of RFC 6962 implementations (Certificate Transparency's merkle tree tests).
const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex)
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // empty tree = SHA-256("")
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'
]
// [leaf index (0-based), tree size, audit path]
const CT_PROOFS: Array<[number, number, string[]]> = [
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']]
]

/** Straight transcription of RFC 6962 §2.1 MTH, as an independent reference. */
function referenceRoot (leaves: Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return sha256(new Uint8Array(0))
  if (leaves.length === 1) return sha256(Uint8Array.from([0, ...leaves[0]]))
  let k = 1
  while (k * 2 < leaves.length) k *= 2
  return sha256(Uint8Array.from([1, ...referenceRoot(leaves.slice(0, k)), ...referenceRoot(leaves.slice(k))]))
}

function dataLeaves (n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => sha256(Uint8Array.of(i & 0xff, i >> 8)))
}

describe('merkle (RFC 6962)', () => {
  it('matches the reference roots for 0..8 leaves', () => {
    for (let n = 0; n <= 8; n++) assert.equal(hex(merkleRoot(CT_LEAVES.slice(0, n))), CT_ROOTS[n], `size ${n}`)
  })

  it('matches the reference audit paths', () => {
    for (const [index, size, path] of CT_PROOFS) {
      const leaves = CT_LEAVES.slice(0, size)
      const proof = merkleProof(leaves, index)
      assert.deepEqual(proof.map(hex), path, `leaf ${index} of ${size}`)
      assert.equal(verifyMerkleProof(leaves[index], index, size, proof, unhex(CT_ROOTS[size])), true)
      assert.equal(verifyMerkleProof(leaves[index], index, size, proof, unhex(CT_ROOTS[0])), false)
    }
  })

  it('uses the 0x00 leaf and 0x01 node prefixes', () => {
    const a = unhex('aa')
    const b = unhex('bb')
    assert.equal(hex(leafHash(a)), hex(sha256(unhex('00aa'))))
    assert.equal(hex(merkleRoot([a, b])), hex(nodeHash(leafHash(a), leafHash(b))))
    // a one-leaf tree is not the bare data hash (second-preimage resistance)
    assert.notEqual(hex(merkleRoot([a])), hex(sha256(a)))
  })

  it('agrees with the reference and proves every leaf of every tree size up to 70', () => {
    for (let n = 1; n <= 70; n++) {
      const leaves = dataLeaves(n)
      const root = merkleRoot(leaves)
      assert.equal(hex(root), hex(referenceRoot(leaves)), `root of ${n}`)
      for (let i = 0; i < n; i++) {
        const proof = merkleProof(leaves, i)
        assert.ok(proof.length <= Math.ceil(Math.log2(n)), `path length of ${i}/${n}`)
        assert.equal(verifyMerkleProof(leaves[i], i, n, proof, root), true, `leaf ${i}/${n}`)
      }
    }
  })

  it('rejects wrong leaves, indexes, counts, roots and paths', () => {
    const n = 13
    const leaves = dataLeaves(n)
    const root = merkleRoot(leaves)
    for (let i = 0; i < n; i++) {
      const proof = merkleProof(leaves, i)
      const other = (i + 1) % n
      assert.equal(verifyMerkleProof(leaves[other], i, n, proof, root), false, 'other leaf')
      assert.equal(verifyMerkleProof(leaves[i], other, n, proof, root), false, 'other index')
      // the count shapes the path; (the root alone does not commit to it: blocks sign it in the header)
      assert.equal(verifyMerkleProof(leaves[i], i, n * 4, proof, root), false, 'much bigger count')
      if (i + 1 < n) assert.equal(verifyMerkleProof(leaves[i], i, i + 1, proof, root), false, 'smaller count')
      assert.equal(verifyMerkleProof(leaves[i], i, n, proof, merkleRoot(leaves.slice(1))), false, 'other root')
      assert.equal(verifyMerkleProof(leaves[i], i, n, proof.slice(1), root), false, 'short path')
      assert.equal(verifyMerkleProof(leaves[i], i, n, [...proof, root], root), false, 'long path')
      const flipped = proof.map(p => Uint8Array.from(p))
      flipped[0][0] ^= 1
      assert.equal(verifyMerkleProof(leaves[i], i, n, flipped, root), false, 'changed sibling')
    }
    assert.equal(verifyMerkleProof(leaves[0], n, n, [], root), false, 'index = count')
    assert.equal(verifyMerkleProof(leaves[0], -1, n, [], root), false, 'negative index')
    assert.throws(() => merkleProof(leaves, n), RangeError)
    assert.throws(() => merkleProof([], 0), RangeError)
  })

  it('proves the only leaf of a one-leaf tree with an empty path', () => {
    const [leaf] = dataLeaves(1)
    assert.deepEqual(merkleProof([leaf], 0), [])
    assert.equal(verifyMerkleProof(leaf, 0, 1, [], merkleRoot([leaf])), true)
  })
})
