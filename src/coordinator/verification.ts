/**
 * Checking a worker's result before the coordinator reports it as verified:
 * the receipt's Ed25519 signature is the sender's, it names this task, attempt
 * and coordinator, it carries the nonce of the lease it answers (so a receipt
 * signed for one assignment answers no other), and its hashes match the module and input the coordinator
 * admitted and the stdout/stderr bytes the worker delivered; the output CID is
 * the CID of those stdout bytes, or, for a task with a content key, of their
 * output envelope for this assignment (`sealOutput`, src/content/envelope.ts),
 * which the coordinator rebuilds: hashes are of the plaintext, so agreement
 * between replicas compares plaintext.
 *
 * This proves who claims the result and that the bytes are the ones claimed,
 * not that the program computed them honestly; that needs re-execution or
 * redundancy (docs/receipts-and-blocks.md).
 */
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { verifyReceipt } from '../chain/receipt.ts'
import { pb, type ailee } from '../proto/index.ts'
import { contentKeyOf, fromBase64, type TaskRecord } from './task-record.ts'
import { sealOutput } from '../content/envelope.ts'
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
  if (result.receipt == null) {
    // a worker that could not run the task (e.g. its content did not open with the key it was given) says why
    throw new ResultVerificationError(result.error !== '' ? `result carries no receipt; the worker reports: ${result.error}` : 'result carries no receipt')
  }
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
  const cid = await cidFor(await storedOutput(task, receipt, stdout))
  if (receipt.outputCid !== cid) throw new ResultVerificationError(`output CID ${receipt.outputCid} is not the CID of the ${contentKeyOf(task) == null ? 'stdout bytes' : 'sealed stdout of this assignment'} (${cid})`)
  return { ...result, receipt: result.receipt, decoded: receipt }
}

/**
 * The bytes a worker stores for `stdout` (the receipt's output CID addresses
 * them): `stdout` itself for a plaintext task, else its output envelope for the
 * receipt's assignment (task id, attempt, assignment nonce).
 *
 * @param receipt the decoded receipt of the execution, or the encoded `pb.SignedReceipt` as base64 (as task records keep it)
 */
export async function storedOutput (task: TaskRecord, receipt: Pick<ailee.v1.IExecutionReceipt, 'taskId' | 'attempt' | 'assignmentNonce'> | string, stdout: Uint8Array): Promise<Uint8Array> {
  const key = contentKeyOf(task)
  if (key == null) return stdout
  const r = typeof receipt === 'string' ? pb.ExecutionReceipt.decode(pb.SignedReceipt.decode(fromBase64(receipt)).receipt) : receipt
  return await sealOutput(key, { taskId: r.taskId ?? '', attempt: r.attempt ?? 0, assignmentNonce: r.assignmentNonce ?? new Uint8Array(0) }, stdout)
}
