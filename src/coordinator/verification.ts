/**
 * Checking a worker's result before the coordinator reports it as verified:
 * the receipt's Ed25519 signature is the sender's, it names this task, attempt
 * and coordinator, and its hashes match the module and input the coordinator
 * admitted and the stdout/stderr bytes the worker delivered; the output CID is
 * the CID of those stdout bytes.
 *
 * This proves who claims the result and that the bytes are the ones claimed,
 * not that the program computed them honestly; that needs re-execution or
 * redundancy (DESIGN.md, "Execution receipt").
 */
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { verifyReceipt } from '../chain/receipt.ts'
import type { ailee } from '../proto/index.ts'
import type { TaskRecord } from './task-record.ts'

/** A result that passed every check. */
export interface VerifiedResult {
  receipt: ailee.v1.ExecutionReceipt
}

/** Thrown when a result fails a check; `message` says which. */
export class ResultVerificationError extends Error {
  override name = 'ResultVerificationError'
}

/**
 * Verifies `result` from `sender` for the lease `task.lease`.
 *
 * @param cidFor computes the CID of bytes exactly as the worker's content store does
 * @throws {ResultVerificationError} naming the first check that failed
 */
export async function verifyResult (
  task: TaskRecord,
  sender: string,
  coordinatorPeerId: string,
  result: ailee.v1.ITaskResult,
  cidFor: (bytes: Uint8Array) => Promise<string>
): Promise<VerifiedResult> {
  if (result.receipt == null) throw new ResultVerificationError('result carries no receipt')
  let receipt: ailee.v1.ExecutionReceipt
  try {
    receipt = await verifyReceipt(result.receipt)
  } catch (err) {
    throw new ResultVerificationError(`receipt signature invalid: ${(err as Error).message}`)
  }
  const stdout = result.stdout ?? new Uint8Array(0)
  const stderr = result.stderr ?? new Uint8Array(0)
  const checks: Array<[boolean, string]> = [
    [receipt.workerPeerId === sender, `receipt names worker ${receipt.workerPeerId}, sent by ${sender}`],
    [receipt.taskId === task.id, `receipt is for task ${receipt.taskId}`],
    [receipt.attempt === result.attempt, `receipt is for attempt ${receipt.attempt}, result for ${result.attempt ?? 0}`],
    [receipt.coordinatorPeerId === coordinatorPeerId, `receipt names coordinator ${receipt.coordinatorPeerId}`],
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
  return { receipt }
}
