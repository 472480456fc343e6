/**
 * Result verification (src/coordinator/verification.ts) with real Ed25519
 * receipts over real SHA-256 hashes, and the content store's own CID
 * computation (ContentStore#cidFor needs no running node: it imports into a
 * discarding blockstore).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Helia } from '@helia/interface'
import type { PrivateKey } from '@libp2p/interface'
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { signReceipt } from '../../src/chain/receipt.ts'
import { ContentStore } from '../../src/content/content-store.ts'
import type { DeliveredResult } from '../../src/coordinator/lifecycle/types.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import { ResultVerificationError, storedOutput, verifyResult } from '../../src/coordinator/verification.ts'
import { toBase64 } from '../../src/coordinator/task-record.ts'
import { newContentKey, sealOutput } from '../../src/content/envelope.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'

const enc = new TextEncoder()
const MODULE = enc.encode('\0asm pretend module bytes')
const INPUT = enc.encode('the task input\n')
const STDOUT = enc.encode('hello, world\n')
const STDERR = enc.encode('a warning\n')
const ATTEMPT = 2

const store = new ContentStore({} as unknown as Helia)
const cidCalls: Uint8Array[] = []
const cidFor = async (bytes: Uint8Array): Promise<string> => {
  cidCalls.push(bytes)
  return (await store.cidFor(bytes)).toString()
}

const workerKey = await generateKeyPair('Ed25519')
const otherKey = await generateKeyPair('Ed25519')
const coordinatorKey = await generateKeyPair('Ed25519')
const WORKER = peerIdFromPrivateKey(workerKey).toString()
const OTHER = peerIdFromPrivateKey(otherKey).toString()
const COORDINATOR = peerIdFromPrivateKey(coordinatorKey).toString()
const STDOUT_CID = (await store.cidFor(STDOUT)).toString()

function task (over: Partial<TaskRecord> = {}, limits: Partial<TaskRecord['limits']> = {}): TaskRecord {
  return {
    id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    clientPeerId: 'client',
    clientAccount: 'client',
    moduleCid: 'bafkmodule',
    inputCid: 'bafkinput',
    args: [],
    env: {},
    limits: { memoryPages: 1024, executionMs: 30_000, maxOutputBytes: 1024, bidWindowMs: 300, queueMs: 300_000, totalMs: 600_000, maxPrice: 100, ...limits },
    moduleSize: MODULE.byteLength,
    inputSize: INPUT.byteLength,
    moduleHash: bytesToHex(sha256(MODULE)),
    inputHash: bytesToHex(sha256(INPUT)),
    state: 'verifying',
    reason: '',
    attempts: ATTEMPT,
    createdAtMs: 1000,
    updatedAtMs: 1000,
    notBeforeMs: 0,
    leases: [],
    excludedWorkers: [],
    decisions: [],
    verification: { policy: { kind: 'none' }, spotCheck: false, results: [] },
    ...over
  }
}

/** A receipt as an honest worker signs it for `task()` attempt 2. */
function claim (over: ailee.v1.IExecutionReceipt = {}): ailee.v1.IExecutionReceipt {
  return {
    taskId: task().id,
    attempt: ATTEMPT,
    moduleHash: sha256(MODULE),
    inputHash: sha256(INPUT),
    outputHash: sha256(STDOUT),
    stderrHash: sha256(STDERR),
    exitCode: 0,
    status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED,
    coordinatorPeerId: COORDINATOR,
    timestampMs: 1_700_000_000_000,
    outputCid: STDOUT_CID,
    ...over
  }
}

async function result (over: ailee.v1.IExecutionReceipt = {}, delivered: Partial<DeliveredResult> = {}, key: PrivateKey = workerKey): Promise<DeliveredResult> {
  return { receipt: await signReceipt(claim(over), key), stdout: STDOUT, stderr: STDERR, error: '', ...delivered }
}

/** Asserts `verifyResult` rejects with a ResultVerificationError whose message matches `message`. */
async function fails (promise: Promise<unknown>, message: string | RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof ResultVerificationError, `expected a ResultVerificationError, got ${String(err)}`)
    assert.equal(err.name, 'ResultVerificationError')
    assert.equal(ResultVerificationError.NAME, 'ResultVerificationError')
    if (typeof message === 'string') assert.equal(err.message, message)
    else assert.match(err.message, message)
    return true
  })
}

describe('verifyResult', () => {
  it('refuses a receipt over MAX_RECEIPT_BYTES before checking its signature (receipts are sealed into gossiped blocks)', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ outputCid: 'x'.repeat(2_000) }), cidFor), /receipt of \d+ bytes is over the maximum of 1024/)
  })

  it('accepts a good result and returns the decoded receipt', async () => {
    const delivered = await result()
    const verified = await verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, delivered, cidFor)
    assert.equal(verified.receipt, delivered.receipt)
    assert.equal(verified.stdout, STDOUT)
    assert.equal(verified.stderr, STDERR)
    assert.equal(verified.error, '')
    const d = verified.decoded
    assert.equal(d.taskId, task().id)
    assert.equal(d.attempt, ATTEMPT)
    assert.equal(d.workerPeerId, WORKER)
    assert.equal(d.coordinatorPeerId, COORDINATOR)
    assert.equal(d.outputCid, STDOUT_CID)
    assert.equal(d.exitCode, 0)
    assert.equal(d.status, pb.ExecutionStatus.EXECUTION_STATUS_EXITED)
    assert.equal(bytesToHex(d.moduleHash), task().moduleHash)
    assert.equal(bytesToHex(d.inputHash), task().inputHash)
    assert.equal(bytesToHex(d.outputHash), bytesToHex(sha256(STDOUT)))
    assert.equal(bytesToHex(d.stderrHash), bytesToHex(sha256(STDERR)))
  })

  it('accepts a task without input, empty stdout and stderr', async () => {
    const empty = new Uint8Array(0)
    const t = task({ inputCid: '', inputSize: 0, inputHash: bytesToHex(sha256(empty)) })
    const emptyCid = (await store.cidFor(empty)).toString()
    const delivered = await result({ inputHash: sha256(empty), outputHash: sha256(empty), stderrHash: sha256(empty), outputCid: emptyCid }, { stdout: empty, stderr: empty })
    const verified = await verifyResult(t, WORKER, ATTEMPT, COORDINATOR, delivered, cidFor)
    assert.equal(verified.decoded.outputCid, emptyCid)
  })

  it('accepts stdout and stderr exactly at maxOutputBytes', async () => {
    const t = task({}, { maxOutputBytes: STDOUT.byteLength })
    const delivered = await result({ stderrHash: sha256(STDOUT) }, { stderr: STDOUT })
    const verified = await verifyResult(t, WORKER, ATTEMPT, COORDINATOR, delivered, cidFor)
    assert.equal(verified.decoded.taskId, t.id)
  })

  it('refuses a result without a receipt', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({}, { receipt: null }), cidFor), 'result carries no receipt')
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({}, { receipt: undefined }), cidFor), 'result carries no receipt')
  })

  it('refuses a bad signature (one byte flipped)', async () => {
    const delivered = await result()
    const signature = Uint8Array.from(delivered.receipt!.signature!)
    signature[10] ^= 0x01
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, { ...delivered, receipt: { ...delivered.receipt, signature } }, cidFor),
      `receipt signature invalid: invalid receipt (bad-signature): not signed by ${WORKER}`)
  })

  it('refuses receipt bytes changed after signing', async () => {
    const delivered = await result()
    const bytes = Uint8Array.from(delivered.receipt!.receipt!)
    // the last byte sits in the output CID string: the receipt still decodes, the signature no longer matches
    bytes[bytes.length - 1] ^= 0x01
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, { ...delivered, receipt: { ...delivered.receipt, receipt: bytes } }, cidFor),
      /^receipt signature invalid: invalid receipt \(bad-signature\): not signed by /)
  })

  it('refuses a truncated or missing signature', async () => {
    const delivered = await result()
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, { ...delivered, receipt: { ...delivered.receipt, signature: delivered.receipt!.signature!.subarray(0, 63) } }, cidFor),
      'receipt signature invalid: invalid receipt (bad-signature): signature must be 64 bytes, got 63')
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, { ...delivered, receipt: { receipt: delivered.receipt!.receipt } }, cidFor),
      'receipt signature invalid: invalid receipt (bad-signature): signature must be 64 bytes, got 0')
  })

  it('refuses empty receipt bytes', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({}, { receipt: { receipt: new Uint8Array(0), signature: new Uint8Array(64) } }), cidFor),
      'receipt signature invalid: invalid receipt (malformed): no receipt bytes')
  })

  it('refuses a receipt signed by another worker than the sender', async () => {
    const delivered = await result({}, {}, otherKey)
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, delivered, cidFor), `receipt names worker ${OTHER}, sent by ${WORKER}`)
  })

  it('refuses a receipt for another task', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ taskId: 'ffffffffffffffffffffffffffffffff' }), cidFor),
      `receipt is for task ffffffffffffffffffffffffffffffff, not ${task().id}`)
  })

  it('checks the assignment nonce when the lease has one: the same nonce passes, another or none is refused', async () => {
    const nonce = new Uint8Array(16).fill(0xab)
    const hex = 'ab'.repeat(16)
    await verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ assignmentNonce: nonce }), cidFor, hex)
    await verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ assignmentNonce: nonce }), cidFor, hex.toUpperCase())
    const other = new Uint8Array(16).fill(0xcd)
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ assignmentNonce: other }), cidFor, hex), 'receipt is bound to another assignment (nonce mismatch)')
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result(), cidFor, hex), 'receipt is bound to another assignment (nonce mismatch)')
  })

  it('a lease stored before nonces existed (nonce \'\') checks none', async () => {
    await verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ assignmentNonce: new Uint8Array(16).fill(1) }), cidFor, '')
    await verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result(), cidFor)
  })

  it('refuses a receipt for another attempt', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ attempt: 1 }), cidFor), 'receipt is for attempt 1, result for 2')
    await fails(verifyResult(task(), WORKER, 3, COORDINATOR, await result(), cidFor), 'receipt is for attempt 2, result for 3')
  })

  it('refuses a receipt naming another coordinator', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ coordinatorPeerId: OTHER }), cidFor), `receipt names coordinator ${OTHER}`)
    await fails(verifyResult(task(), WORKER, ATTEMPT, OTHER, await result(), cidFor), `receipt names coordinator ${COORDINATOR}`)
  })

  it('refuses a module hash that is not the admitted module', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ moduleHash: sha256(enc.encode('another module')) }), cidFor),
      'module hash does not match the admitted module')
  })

  it('refuses an input hash that is not the admitted input', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ inputHash: sha256(enc.encode('another input')) }), cidFor),
      'input hash does not match the admitted input')
    // an empty input hash is a well-formed receipt but not the hash of the admitted input
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ inputHash: new Uint8Array(0) }), cidFor),
      'input hash does not match the admitted input')
  })

  it('refuses stdout that does not match the receipt\'s output hash', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({}, { stdout: enc.encode('hello, World\n') }), cidFor),
      'output hash does not match the delivered stdout')
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ outputHash: sha256(enc.encode('x')) }), cidFor),
      'output hash does not match the delivered stdout')
  })

  it('refuses stderr that does not match the receipt\'s stderr hash', async () => {
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({}, { stderr: new Uint8Array(0) }), cidFor),
      'stderr hash does not match the delivered stderr')
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ stderrHash: sha256(enc.encode('y')) }), cidFor),
      'stderr hash does not match the delivered stderr')
  })

  it('refuses output larger than maxOutputBytes (stdout or stderr)', async () => {
    const empty = new Uint8Array(0)
    // stdout one byte over, no stderr
    await fails(verifyResult(task({}, { maxOutputBytes: STDOUT.byteLength - 1 }), WORKER, ATTEMPT, COORDINATOR, await result({ stderrHash: sha256(empty) }, { stderr: empty }), cidFor),
      'output larger than the task allows')
    // stdout fits, stderr does not
    const bigErr = new Uint8Array(2000).fill(0x41)
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ stderrHash: sha256(bigErr) }, { stderr: bigErr }), cidFor),
      'output larger than the task allows')
  })

  it('refuses an output CID that is not the CID of the stdout bytes', async () => {
    const wrong = (await store.cidFor(enc.encode('something else'))).toString()
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ outputCid: wrong }), cidFor),
      `output CID ${wrong} is not the CID of the stdout bytes (${STDOUT_CID})`)
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ outputCid: '' }), cidFor),
      `output CID  is not the CID of the stdout bytes (${STDOUT_CID})`)
  })

  it('computes the output CID only after every other check passed', async () => {
    cidCalls.length = 0
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ attempt: 7 }), cidFor), /attempt 7/)
    assert.equal(cidCalls.length, 0)
    await verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result(), cidFor)
    assert.deepEqual(cidCalls, [STDOUT])
  })

  it('reports the first failing check when several fail', async () => {
    // wrong worker, task and attempt: the worker is checked first
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ taskId: 'other', attempt: 9 }, {}, otherKey), cidFor), /^receipt names worker /)
    // wrong task and attempt: the task comes first
    await fails(verifyResult(task(), WORKER, ATTEMPT, COORDINATOR, await result({ taskId: 'other', attempt: 9 }), cidFor), `receipt is for task other, not ${task().id}`)
  })
})

describe('verifyResult of a sealed task (content key, src/content/envelope.ts)', () => {
  const contentKey = newContentKey()
  const nonce = new Uint8Array(16).fill(0x5a)
  const ctx = { taskId: task().id, attempt: ATTEMPT, assignmentNonce: nonce }
  const sealed = task({ contentKey: bytesToHex(contentKey) })

  it('accepts an output CID of the stdout sealed for this assignment; hashes stay those of the plaintext', async () => {
    const envelopeCid = (await store.cidFor(await sealOutput(contentKey, ctx, STDOUT))).toString()
    const verified = await verifyResult(sealed, WORKER, ATTEMPT, COORDINATOR, await result({ assignmentNonce: nonce, outputCid: envelopeCid }), cidFor, bytesToHex(nonce))
    assert.equal(verified.decoded.outputCid, envelopeCid)
    assert.deepEqual(verified.stdout, STDOUT)
    // what the coordinator stores is that same envelope
    assert.deepEqual(await storedOutput(sealed, verified.decoded, STDOUT), await sealOutput(contentKey, ctx, STDOUT))
    assert.deepEqual(await storedOutput(sealed, toBase64(pb.SignedReceipt.encode(verified.receipt).finish()), STDOUT), await sealOutput(contentKey, ctx, STDOUT))
    assert.equal(await storedOutput(task(), verified.decoded, STDOUT), STDOUT, 'a plaintext task stores stdout as is')
  })

  it('refuses the plaintext CID, and an envelope of another assignment', async () => {
    await fails(verifyResult(sealed, WORKER, ATTEMPT, COORDINATOR, await result({ assignmentNonce: nonce }), cidFor, bytesToHex(nonce)),
      /^output CID .* is not the CID of the sealed stdout of this assignment/)
    const otherCid = (await store.cidFor(await sealOutput(contentKey, { ...ctx, assignmentNonce: new Uint8Array(16) }, STDOUT))).toString()
    await fails(verifyResult(sealed, WORKER, ATTEMPT, COORDINATOR, await result({ assignmentNonce: nonce, outputCid: otherCid }), cidFor, bytesToHex(nonce)),
      /^output CID .* is not the CID of the sealed stdout of this assignment/)
  })

  it('a result without a receipt names what the worker reported', async () => {
    await fails(verifyResult(sealed, WORKER, ATTEMPT, COORDINATOR, await result({}, { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: 'task content does not open with the assigned content key (authentication-failed): x' }), cidFor),
      'result carries no receipt; the worker reports: task content does not open with the assigned content key (authentication-failed): x')
  })
})
