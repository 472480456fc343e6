/**
 * Checking a worker's result before the coordinator reports it as verified:
 * the receipt's Ed25519 signature is the sender's, it names this task, attempt
 * and coordinator, it carries the nonce of the lease it answers (so a receipt
 * signed for one assignment answers no other), and its hashes match the module and input the coordinator
 * admitted and the stdout/stderr bytes the worker delivered; the output CID is
 * the CID of those stdout bytes.
 *
 * This proves who claims the result and that the bytes are the ones claimed,
 * not that the program computed them honestly; that needs re-execution or
 * redundancy (docs/receipts-and-blocks.md).
 */
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { verifyReceipt } from '../chain/receipt.ts'
import type { ailee } from '../proto/index.ts'
import type { TaskRecord } from './task-record.ts'
import type { DeliveredResult, VerifiedResult } from './lifecycle/types.ts'

/**
 * Largest encoded receipt accepted, bytes. An honest one is about 300 (four
 * 32-byte hashes, task id, two peer IDs, a CID, numbers); receipts are sealed
 * into blocks, which must stay under gossip's message limit.
 */
export const MAX_RECEIPT_BYTES = 1024

/** Thrown when a result fails a check; `message` says which. */
export class ResultVerificationError extends Error {
  static readonly NAME = 'ResultVerificationError'
  override name = ResultVerificationError.NAME
}

/**
 * Verifies `result`, delivered by `sender` for attempt `attempt` of `task`.
 *
 * @param cidFor computes the CID of bytes exactly as the worker's content store does
 * @param expectedNonce the nonce (hex, 16 bytes) of the lease of (`sender`, `attempt`), sent in its
 *   Assign; the receipt's `assignment_nonce` must equal it. '' (a lease stored before nonces
 *   existed) skips this check
 * @returns the result with its decoded, signature-checked receipt
 * @throws {ResultVerificationError} naming the first check that failed
 */
export async function verifyResult (
  task: TaskRecord,
  sender: string,
  attempt: number,
  coordinatorPeerId: string,
  result: DeliveredResult,
  cidFor: (bytes: Uint8Array) => Promise<string>,
  expectedNonce = ''
): Promise<VerifiedResult> {
  if (result.receipt == null) throw new ResultVerificationError('result carries no receipt')
  const receiptBytes = result.receipt.receipt?.byteLength ?? 0
  if (receiptBytes > MAX_RECEIPT_BYTES) throw new ResultVerificationError(`receipt of ${receiptBytes} bytes is over the maximum of ${MAX_RECEIPT_BYTES}`)
  let receipt: ailee.v1.ExecutionReceipt
  try {
    receipt = await verifyReceipt(result.receipt)
  } catch (err) {
    throw new ResultVerificationError(`receipt signature invalid: ${(err as Error).message}`)
  }
  const { stdout, stderr } = result
  const checks: Array<[boolean, string]> = [
    [receipt.workerPeerId === sender, `receipt names worker ${receipt.workerPeerId}, sent by ${sender}`],
    [receipt.taskId === task.id, `receipt is for task ${receipt.taskId}, not ${task.id}`],
    [receipt.attempt === attempt, `receipt is for attempt ${receipt.attempt}, result for ${attempt}`],
    [receipt.coordinatorPeerId === coordinatorPeerId, `receipt names coordinator ${receipt.coordinatorPeerId}`],
    [expectedNonce === '' || bytesToHex(receipt.assignmentNonce) === expectedNonce.toLowerCase(), 'receipt is bound to another assignment (nonce mismatch)'],
    [bytesToHex(receipt.moduleHash) === task.moduleHash, 'module hash does not match the admitted module'],
    [bytesToHex(receipt.inputHash) === task.inputHash, 'input hash does not match the admitted input'],
    [bytesToHex(receipt.outputHash) === bytesToHex(sha256(stdout)), 'output hash does not match the delivered stdout'],
    [bytesToHex(receipt.stderrHash) === bytesToHex(sha256(stderr)), 'stderr hash does not match the delivered stderr'],
    [stdout.byteLength <= task.limits.maxOutputBytes && stderr.byteLength <= task.limits.maxOutputBytes, 'output larger than the task allows']
  ]
  for (const [ok, why] of checks) {
    if (!ok) throw new ResultVerificationError(why)
  }
  const cid = await cidFor(stdout)
  if (receipt.outputCid !== cid) throw new ResultVerificationError(`output CID ${receipt.outputCid} is not the CID of the stdout bytes (${cid})`)
  return { ...result, receipt: result.receipt, decoded: receipt }
}
