/**
 * Self-contained receipt proofs: the `ReceiptProof` message of
 * proto/ailee/v1/task.proto, which anyone can check offline, with no node and
 * no network (README "Proofs" describes every byte, for verifiers in other
 * languages).
 *
 * A proof carries the block header bytes exactly as the producer signed them,
 * the header signature, the producer's public key (libp2p protobuf encoding),
 * the `BlockEntry` bytes exactly as their SHA-256 went into the receipts tree,
 * the entry's position, the tree size and the RFC 6962 audit path (merkle.ts).
 * {@link verifyProofBytes} checks, in order:
 *
 * 1. the bytes decode as a `ReceiptProof` in canonical encoding (protobufjs
 *    re-encodes them to the same bytes: fields in number order, defaults and
 *    unknown fields absent), so no byte can change without a check noticing;
 * 2. `version` is {@link PROOF_VERSION};
 * 3. the header decodes with 32-byte hash fields;
 * 4. the public key is a canonically encoded Ed25519 key whose peer id is the
 *    header's `producer_peer_id`;
 * 5. the signature is the key's Ed25519 signature over `"ailee/block/v1\n" || header`;
 * 6. `tree_size` equals the header's `entry_count` and `leaf_index < tree_size`;
 * 7. every audit-path hash is 32 bytes and the path leads from the leaf
 *    `SHA-256(0x00 || SHA-256(entry))` to the header's `receipts_root`
 *    (RFC 9162 §2.1.3.2);
 * 8. the entry decodes, its receipt is validly signed by the worker it names
 *    (`verifyReceipt`, `"ailee/receipt/v1\n"` domain) and names the producer as
 *    its coordinator.
 */
import { publicKeyFromProtobuf, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPublicKey } from '@libp2p/peer-id'
import type { PublicKey } from '@libp2p/interface'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { equals } from 'uint8arrays/equals'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { blockHash, blockSigningBytes, decodeBlockHeader } from './block.ts'
import { HASH_BYTES, SIGNATURE_BYTES, verifyEd25519 } from './crypto.ts'
import { InvalidProofError } from './errors.ts'
import type { ReceiptProof } from './inclusion.ts'
import { verifyMerkleProof } from './merkle.ts'
import { verifyReceipt } from './receipt.ts'

/** The `ReceiptProof.version` this code writes and the only one it verifies. */
export const PROOF_VERSION = 1

/** What a valid proof establishes, decoded (hashes and nonces as lowercase hex). */
export interface ProofFacts {
  /** format version of the proof (1) */
  version: number
  taskId: string
  attempt: number
  /** the worker that signed the receipt (peer id) */
  workerPeerId: string
  /** the coordinator the receipt names: always the block's producer */
  coordinatorPeerId: string
  /** SHA-256 of the module, hex (64 chars) */
  moduleHash: string
  /** SHA-256 of stdin, hex; '' when the receipt carries none */
  inputHash: string
  /** SHA-256 of stdout, hex; '' when the receipt carries none */
  outputHash: string
  /** CID of stdout in the worker's content store */
  outputCid: string
  exitCode: number
  /** `ExecutionStatus` name, e.g. `EXECUTION_STATUS_EXITED` */
  status: string
  /** the assignment nonce the receipt is bound to, hex; '' from workers that predate nonces */
  assignmentNonce: string
  /** when the worker signed, Unix ms */
  receiptTimestampMs: number
  /** the block's producer (coordinator) peer id */
  producerPeerId: string
  blockHeight: number
  /** SHA-256 of the encoded header, hex: the block's id */
  blockHash: string
  /** when the block was sealed, Unix ms */
  blockTimestampMs: number
  /** the header's receipts root, hex */
  receiptsRoot: string
  /** the entry's position in the block, from 0 */
  leafIndex: number
  /** entries in the block */
  treeSize: number
  /** credits moved from the client account to the worker */
  price: number
  /** the ledger account charged */
  clientAccount: string
  /** the entry's `verified` flag (the result passed the coordinator's checks) */
  verified: boolean
}

/**
 * The `ReceiptProof` message of `proof` (an inclusion proof from
 * `ChainStore.proveReceipt`), with `producerKey`, the producer's public key.
 *
 * @throws {InvalidProofError} `wrong-producer-key` when the key's peer id is not the proof's producer
 */
export function receiptProofToWire (proof: ReceiptProof, producerKey: PublicKey): ailee.v1.ReceiptProof {
  if (peerIdFromPublicKey(producerKey).toString() !== proof.producer) {
    throw new InvalidProofError('wrong-producer-key', `the key given is not the key of producer ${proof.producer}`)
  }
  return pb.ReceiptProof.create({
    version: PROOF_VERSION,
    header: Uint8Array.from(proof.header),
    headerSignature: Uint8Array.from(proof.signature),
    producerPublicKey: publicKeyToProtobuf(producerKey),
    // exactly the bytes block.ts hashes for the leaf (entryHash)
    entry: Uint8Array.from(pb.BlockEntry.encode(proof.entry).finish()),
    leafIndex: proof.index,
    treeSize: proof.count,
    auditPath: proof.path.map(h => Uint8Array.from(h))
  })
}

/** The encoded bytes of {@link receiptProofToWire} (what `bin/node proof` writes). */
export function encodeReceiptProof (proof: ReceiptProof, producerKey: PublicKey): Uint8Array {
  return Uint8Array.from(pb.ReceiptProof.encode(receiptProofToWire(proof, producerKey)).finish())
}

/**
 * Verifies an encoded `ReceiptProof` offline (the checks are listed in this
 * module's docstring) and returns what it proves.
 *
 * @throws {InvalidProofError} whose `reason` names the first failed check:
 *   `malformed` (does not decode, not canonical, a field missing or of the wrong size),
 *   `unsupported-version`, `bad-key`, `wrong-producer-key`, `bad-signature`,
 *   `header-mismatch` (tree size or leaf index), `not-included`, `invalid-receipt`
 */
export async function verifyProofBytes (bytes: Uint8Array): Promise<ProofFacts> {
  let proof: ailee.v1.ReceiptProof
  try {
    proof = pb.ReceiptProof.decode(bytes)
  } catch (err: any) {
    throw new InvalidProofError('malformed', `not a ReceiptProof: ${err?.message ?? err}`, { cause: err })
  }
  if (!equals(pb.ReceiptProof.encode(proof).finish(), bytes)) {
    throw new InvalidProofError('malformed', 'not canonically encoded (unknown, repeated or default-valued fields, or trailing bytes)')
  }
  if (proof.version !== PROOF_VERSION) throw new InvalidProofError('unsupported-version', `version ${proof.version}; this verifier knows version ${PROOF_VERSION}`)

  let header: ailee.v1.BlockHeader
  try {
    header = decodeBlockHeader({ header: proof.header })
  } catch (err: any) {
    throw new InvalidProofError('malformed', `block header: ${err?.message ?? err}`, { cause: err })
  }

  let key: PublicKey
  try {
    key = publicKeyFromProtobuf(proof.producerPublicKey)
  } catch (err: any) {
    throw new InvalidProofError('bad-key', `producer public key does not decode: ${err?.message ?? err}`, { cause: err })
  }
  if (key.type !== 'Ed25519') throw new InvalidProofError('bad-key', `producer public key is ${key.type}, not Ed25519`)
  if (!equals(publicKeyToProtobuf(key), proof.producerPublicKey)) throw new InvalidProofError('bad-key', 'producer public key is not canonically encoded')
  const keyPeer = peerIdFromPublicKey(key).toString()
  if (keyPeer !== header.producerPeerId) {
    throw new InvalidProofError('wrong-producer-key', `the public key is ${keyPeer}'s, the header names producer ${header.producerPeerId}`)
  }

  let signed = false
  if (proof.headerSignature.length === SIGNATURE_BYTES) {
    try {
      signed = await verifyEd25519(key, blockSigningBytes(proof.header), proof.headerSignature)
    } catch {
      signed = false
    }
  }
  if (!signed) throw new InvalidProofError('bad-signature', `block ${header.height} header is not signed by ${header.producerPeerId}`)

  if (proof.treeSize !== header.entryCount) {
    throw new InvalidProofError('header-mismatch', `tree size ${proof.treeSize}, the header says ${header.entryCount} entries`)
  }
  if (proof.leafIndex >= proof.treeSize) throw new InvalidProofError('header-mismatch', `leaf index ${proof.leafIndex} is outside a tree of ${proof.treeSize}`)
  for (const [i, h] of proof.auditPath.entries()) {
    if (h.length !== HASH_BYTES) throw new InvalidProofError('malformed', `audit path hash ${i} is ${h.length} bytes, not ${HASH_BYTES}`)
  }
  if (!verifyMerkleProof(sha256(proof.entry), proof.leafIndex, proof.treeSize, proof.auditPath, header.receiptsRoot)) {
    throw new InvalidProofError('not-included', `the audit path does not lead from entry ${proof.leafIndex} to the receipts root of block ${header.height}`)
  }

  let entry: ailee.v1.BlockEntry
  try {
    entry = pb.BlockEntry.decode(proof.entry)
  } catch (err: any) {
    throw new InvalidProofError('malformed', `block entry does not decode: ${err?.message ?? err}`, { cause: err })
  }
  if (entry.receipt == null) throw new InvalidProofError('malformed', 'block entry has no receipt')
  let receipt: ailee.v1.ExecutionReceipt
  try {
    receipt = await verifyReceipt(entry.receipt)
  } catch (err: any) {
    throw new InvalidProofError('invalid-receipt', err?.message ?? String(err), { cause: err })
  }
  if (receipt.coordinatorPeerId !== header.producerPeerId) {
    throw new InvalidProofError('invalid-receipt', `the receipt names coordinator ${receipt.coordinatorPeerId}, not the producer ${header.producerPeerId}`)
  }

  return {
    version: proof.version,
    taskId: receipt.taskId,
    attempt: receipt.attempt,
    workerPeerId: receipt.workerPeerId,
    coordinatorPeerId: receipt.coordinatorPeerId,
    moduleHash: bytesToHex(receipt.moduleHash),
    inputHash: bytesToHex(receipt.inputHash),
    outputHash: bytesToHex(receipt.outputHash),
    outputCid: receipt.outputCid,
    exitCode: receipt.exitCode,
    status: pb.ExecutionStatus[receipt.status] ?? String(receipt.status),
    assignmentNonce: bytesToHex(receipt.assignmentNonce),
    receiptTimestampMs: receipt.timestampMs,
    producerPeerId: header.producerPeerId,
    blockHeight: header.height,
    blockHash: bytesToHex(blockHash(proof.header)),
    blockTimestampMs: header.timestampMs,
    receiptsRoot: bytesToHex(header.receiptsRoot),
    leafIndex: proof.leafIndex,
    treeSize: proof.treeSize,
    price: entry.price,
    clientAccount: entry.clientAccount,
    verified: entry.verified
  }
}
