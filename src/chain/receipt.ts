/**
 * Execution receipts (docs/receipts-and-blocks.md): a worker's signed claim
 * "I ran this module on this input and got this output".
 *
 * Wire form (proto/ailee/v1/task.proto): `SignedReceipt { receipt, signature }`
 * where `receipt` is the encoded `ExecutionReceipt` and `signature` the 64-byte
 * Ed25519 signature, by the key of `worker_peer_id`, over
 * `"ailee/receipt/v1\n" || receipt`. Verifiers check the exact bytes carried,
 * never a re-encoding.
 */
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { concat } from 'uint8arrays/concat'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { HASH_BYTES, SIGNATURE_BYTES, ed25519PublicKey, signEd25519, verifyEd25519 } from './crypto.ts'
import { InvalidReceiptError } from './errors.ts'

/** Domain separator prefixed to the encoded receipt before signing: UTF-8 `"ailee/receipt/v1\n"`. */
export const RECEIPT_SIGNING_PREFIX: Uint8Array = new TextEncoder().encode('ailee/receipt/v1\n')

/** The bytes a worker signs for an encoded receipt: `"ailee/receipt/v1\n" || receiptBytes`. */
export function receiptSigningBytes (receiptBytes: Uint8Array): Uint8Array {
  return concat([RECEIPT_SIGNING_PREFIX, receiptBytes])
}

/**
 * Signs `receipt` with the worker's libp2p identity key (Ed25519). An empty
 * `workerPeerId` is filled with the key's peer id. The input is not changed.
 *
 * @throws {InvalidReceiptError} `worker-mismatch` if `workerPeerId` names another
 *   peer or the key is not Ed25519; `missing-field` without a task id;
 *   `bad-hash` if a hash has the wrong length (so nothing invalid gets signed)
 */
export async function signReceipt (receipt: ailee.v1.IExecutionReceipt, key: PrivateKey): Promise<ailee.v1.ISignedReceipt> {
  if (key.type !== 'Ed25519') throw new InvalidReceiptError('worker-mismatch', `receipts are signed with Ed25519 keys, not ${key.type}`)
  const signer = peerIdFromPrivateKey(key).toString()
  const claim = pb.ExecutionReceipt.create({ ...receipt, workerPeerId: receipt.workerPeerId ?? '' })
  if (claim.workerPeerId === '') claim.workerPeerId = signer
  if (claim.workerPeerId !== signer) {
    throw new InvalidReceiptError('worker-mismatch', `receipt names worker ${claim.workerPeerId}, key is ${signer}`)
  }
  checkFields(claim)
  // plain Uint8Arrays: protobufjs may hand out a Buffer slice of a shared pool
  const bytes = Uint8Array.from(pb.ExecutionReceipt.encode(claim).finish())
  const signature = Uint8Array.from(await signEd25519(key, receiptSigningBytes(bytes)))
  return { receipt: bytes, signature }
}

/**
 * Decodes the receipt of `signed` without checking its signature (for data
 * already verified, e.g. entries of a stored block).
 *
 * @throws {InvalidReceiptError} `malformed`
 */
export function decodeReceipt (signed: ailee.v1.ISignedReceipt): ailee.v1.ExecutionReceipt {
  if (signed.receipt == null || signed.receipt.length === 0) throw new InvalidReceiptError('malformed', 'no receipt bytes')
  try {
    return pb.ExecutionReceipt.decode(signed.receipt)
  } catch (err: any) {
    throw new InvalidReceiptError('malformed', err?.message ?? String(err), { cause: err })
  }
}

/**
 * Verifies `signed`: the receipt decodes, names a task and an Ed25519 worker,
 * its hashes have SHA-256 length (module hash 32 bytes; input, output and
 * stderr hashes 32 bytes or empty), and the signature is the worker's over
 * `"ailee/receipt/v1\n" || receipt`. Returns the decoded receipt.
 *
 * It proves who claims the result, not that the result is right; matching the
 * hashes against the task's bytes is the coordinator's job.
 *
 * @throws {InvalidReceiptError} with `reason` naming the first failed check
 */
export async function verifyReceipt (signed: ailee.v1.ISignedReceipt): Promise<ailee.v1.ExecutionReceipt> {
  const receipt = decodeReceipt(signed)
  checkFields(receipt)
  const publicKey = ed25519PublicKey(receipt.workerPeerId, (message, options) => new InvalidReceiptError('bad-worker-id', message, options))
  const signature = signed.signature
  if (signature == null || signature.length !== SIGNATURE_BYTES) {
    throw new InvalidReceiptError('bad-signature', `signature must be ${SIGNATURE_BYTES} bytes, got ${signature?.length ?? 0}`)
  }
  let ok = false
  try {
    ok = await verifyEd25519(publicKey, receiptSigningBytes(signed.receipt!), signature)
  } catch (err: any) {
    throw new InvalidReceiptError('bad-signature', err?.message ?? String(err), { cause: err })
  }
  if (!ok) throw new InvalidReceiptError('bad-signature', `not signed by ${receipt.workerPeerId}`)
  return receipt
}

function checkFields (receipt: ailee.v1.ExecutionReceipt): void {
  if (receipt.taskId === '') throw new InvalidReceiptError('missing-field', 'task id is empty')
  if (receipt.workerPeerId === '') throw new InvalidReceiptError('missing-field', 'worker peer id is empty')
  if (receipt.moduleHash.length !== HASH_BYTES) {
    throw new InvalidReceiptError('bad-hash', `module hash is ${receipt.moduleHash.length} bytes`)
  }
  for (const field of ['inputHash', 'outputHash', 'stderrHash'] as const) {
    const n = receipt[field].length
    if (n !== 0 && n !== HASH_BYTES) throw new InvalidReceiptError('bad-hash', `${field} is ${n} bytes`)
  }
}
