/**
 * The client's decoding of wire messages: the one state mapping, progress
 * events, results, and the client's own receipt check (a real Ed25519-signed
 * receipt, then tampered variants).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { sha256 } from '@noble/hashes/sha2.js'
import { signReceipt } from '../../src/chain/receipt.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { decisionFromWire, progressFromEvent, resultFromWire, specToWire, statusFromWire, workerFromWire } from '../../src/client/convert.ts'
import { UnexpectedResponseError } from '../../src/client/index.ts'
import { decodeEvent } from '../../src/client/follow.ts'
import { taskEventFromWire } from '../../src/protocol/task-events.ts'
import { isTerminalState, taskStateFromWire, taskStateToWire } from '../../src/protocol/task-states.ts'
import type { TaskStateName } from '../../src/client/index.ts'

const encoder = new TextEncoder()

test('every pb.TaskState but UNSPECIFIED maps to a name and back', () => {
  const names = new Set<TaskStateName>()
  for (const [key, value] of Object.entries(pb.TaskState)) {
    if (typeof value !== 'number') continue
    const name = taskStateFromWire(value)
    if (key === 'TASK_STATE_UNSPECIFIED') { assert.equal(name, undefined); continue }
    assert.equal(name, key.replace('TASK_STATE_', '').toLowerCase())
    assert.equal(taskStateToWire(name!), value)
    names.add(name!)
  }
  assert.equal(names.size, 10)
  assert.equal(taskStateFromWire(999), undefined)
  assert.deepEqual([...names].filter(isTerminalState).sort(), ['cancelled', 'completed', 'failed', 'memory_exceeded', 'rejected', 'timed_out'])
})

test('wire task events (enum kinds) become typed progress events', () => {
  const base = { taskId: 't1', timestampMs: 5, attempt: 2, reason: 'r' }
  const K = pb.TaskEventKind
  const progress = (wire: ailee.v1.ITaskEvent): ReturnType<typeof progressFromEvent> =>
    progressFromEvent(taskEventFromWire({ ...base, state: pb.TaskState.TASK_STATE_OFFERED, ...wire }))
  assert.deepEqual(progress({ kind: K.TASK_EVENT_KIND_ACCEPTED, state: pb.TaskState.TASK_STATE_QUEUED }), { ...base, type: 'accepted' })
  assert.deepEqual(progress({ kind: K.TASK_EVENT_KIND_QUEUED, state: pb.TaskState.TASK_STATE_QUEUED }), { ...base, type: 'queued' })
  assert.deepEqual(progress({ kind: K.TASK_EVENT_KIND_OFFERED }), { ...base, type: 'offered' })
  assert.deepEqual(progress({ kind: K.TASK_EVENT_KIND_ASSIGNED, workerPeerId: 'w', bids: 3 }), { ...base, type: 'assigned', worker: 'w', bids: 3 })
  assert.deepEqual(progress({ kind: K.TASK_EVENT_KIND_BID, workerPeerId: 'w', bids: 1 }), { ...base, type: 'bid', worker: 'w', bids: 1 })
  assert.deepEqual(progress({ kind: K.TASK_EVENT_KIND_RUNNING, workerPeerId: 'w' }), { ...base, type: 'running', worker: 'w' })
  assert.deepEqual(progress({ kind: K.TASK_EVENT_KIND_RETRY, workerPeerId: 'w' }), { ...base, type: 'retry', worker: 'w' })
  assert.equal(progress({ kind: K.TASK_EVENT_KIND_DONE, state: pb.TaskState.TASK_STATE_COMPLETED, outcome: {} }), undefined)
})

test('a malformed task event from the coordinator is an UnexpectedResponseError', () => {
  const ok = { taskId: 't', kind: pb.TaskEventKind.TASK_EVENT_KIND_QUEUED, state: pb.TaskState.TASK_STATE_QUEUED }
  assert.equal(decodeEvent(ok).kind, 'queued')
  for (const bad of [{ ...ok, kind: 0 }, { ...ok, kind: 99 }, { ...ok, state: 0 }, { ...ok, kind: pb.TaskEventKind.TASK_EVENT_KIND_DONE }]) {
    assert.throws(() => decodeEvent(bad as ailee.v1.ITaskEvent), (err: unknown) => {
      assert.ok(err instanceof UnexpectedResponseError, String(err))
      assert.equal((err.cause as Error).name, 'InvalidMessageError')
      return true
    })
  }
})

test('specToWire converts MiB to pages and leaves unset limits at 0 (coordinator default)', () => {
  const spec = specToWire({ args: ['a'], env: { K: 'v' }, memoryMb: 3, timeoutMs: 500, maxPrice: 7 }, 'cidM', '')
  assert.equal(spec.limits?.memoryPages, 48)
  assert.equal(spec.limits?.executionMs, 500)
  assert.equal(spec.maxPrice, 7)
  assert.deepEqual(spec.args, ['a'])
  assert.deepEqual(specToWire({}, 'm', 'i').limits, { memoryPages: 0, executionMs: 0, maxOutputBytes: 0 })
})

async function signedOutcome (stdout: Uint8Array, overrides: Partial<ailee.v1.IExecutionReceipt> = {}): Promise<ailee.v1.ITaskOutcome> {
  const key = await generateKeyPair('Ed25519')
  const receipt = await signReceipt({
    taskId: 'task-1',
    attempt: 1,
    moduleHash: sha256(encoder.encode('module')),
    inputHash: sha256(new Uint8Array(0)),
    outputHash: sha256(stdout),
    stderrHash: sha256(new Uint8Array(0)),
    exitCode: 0,
    status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED,
    resources: { wallMs: 12, peakMemoryPages: 2, stdoutBytes: stdout.length, stderrBytes: 0 },
    workerPeerId: peerIdFromPrivateKey(key).toString(),
    timestampMs: 1000,
    ...overrides
  }, key)
  return {
    taskId: 'task-1',
    state: pb.TaskState.TASK_STATE_COMPLETED,
    exitCode: 0,
    workerPeerId: peerIdFromPrivateKey(key).toString(),
    moduleCid: 'bafkmodule',
    stdout,
    stderr: encoder.encode('warn\n'),
    verified: true,
    receipt,
    timings: { submittedAtMs: 1, queuedMs: 2, executionMs: 3, totalMs: 4 },
    reason: 'exited with code 0',
    attempts: 1,
    price: 10
  }
}

test('a result with an intact receipt decodes with valid: true', async () => {
  const stdout = encoder.encode('hello\n')
  const result = await resultFromWire(await signedOutcome(stdout), 42)
  assert.equal(result.status, 'completed')
  assert.deepEqual(result.stdout, stdout)
  assert.equal(result.stderr, 'warn\n')
  assert.deepEqual(result.timings, { submittedAtMs: 1, queuedMs: 2, executionMs: 3, totalMs: 4, clientMs: 42 })
  assert.equal(result.receipt?.valid, true, result.receipt?.invalidReason)
  assert.equal(result.receipt?.status, 'exited')
  assert.equal(result.receipt?.workerPeerId, result.worker)
  assert.equal(result.receipt?.signature.length, 128)
})

test('the client notices stdout that does not match the receipt, another task id, or a bad signature', async () => {
  const outcome = await signedOutcome(encoder.encode('hello\n'))
  const tampered = await resultFromWire({ ...outcome, stdout: encoder.encode('HELLO\n') }, 0)
  assert.equal(tampered.receipt?.valid, false)
  assert.match(tampered.receipt!.invalidReason, /output hash/)

  const other = await resultFromWire(await signedOutcome(encoder.encode('x'), { taskId: 'task-2' }), 0)
  assert.equal(other.receipt?.valid, false)
  assert.match(other.receipt!.invalidReason, /task-2/)

  const signature = Uint8Array.from(outcome.receipt!.signature!)
  signature[0] ^= 1
  const forged = await resultFromWire({ ...outcome, receipt: { ...outcome.receipt, signature } }, 0)
  assert.equal(forged.receipt?.valid, false)
  assert.match(forged.receipt!.invalidReason, /signature/)
})

test('a result without a receipt has receipt: null; a non-terminal outcome is refused', async () => {
  const result = await resultFromWire({ taskId: 't', state: pb.TaskState.TASK_STATE_REJECTED, reason: 'bad module', exitCode: -1 }, 0)
  assert.equal(result.status, 'rejected')
  assert.equal(result.receipt, null)
  assert.equal(result.reason, 'bad module')
  await assert.rejects(resultFromWire({ taskId: 't', state: pb.TaskState.TASK_STATE_RUNNING }, 0), UnexpectedResponseError)
})

test('a cancelled outcome and status decode with state cancelled', async () => {
  const result = await resultFromWire({ taskId: 't', state: pb.TaskState.TASK_STATE_CANCELLED, reason: 'no longer needed', exitCode: -1, attempts: 1 }, 0)
  assert.equal(result.status, 'cancelled')
  assert.equal(result.reason, 'no longer needed')
  const status = await statusFromWire({ taskId: 't', state: pb.TaskState.TASK_STATE_CANCELLED, outcome: { taskId: 't', state: pb.TaskState.TASK_STATE_CANCELLED } })
  assert.equal(status.state, 'cancelled')
  assert.equal(status.result?.status, 'cancelled')
})

test('status reports, decisions and peer infos decode', async () => {
  const status = await statusFromWire({
    taskId: 't',
    state: pb.TaskState.TASK_STATE_RUNNING,
    attempts: 1,
    workerPeerId: 'w1',
    spec: { moduleCid: 'm', args: ['a'], limits: { memoryPages: 16 }, maxPrice: 5 },
    decisions: [{ attempt: 1, decidedAtMs: 9, outcome: 'running', candidates: [{ workerPeerId: 'w1', score: 0.9, chosen: true }, { workerPeerId: 'w2', score: 0.5, note: 'busy' }] }]
  })
  assert.equal(status.state, 'running')
  assert.equal(status.result, null)
  assert.equal(status.limits.memoryPages, 16)
  assert.deepEqual(status.decisions[0].candidates.map(c => [c.worker, c.chosen, c.note]), [['w1', true, ''], ['w2', false, 'busy']])
  assert.equal(decisionFromWire({}).candidates.length, 0)
  const w = workerFromWire({ peerId: 'p', alive: true, capacitySlots: 2, breaker: 'open', telemetryAgeMs: 30 })
  assert.equal(w.peerId, 'p')
  assert.equal(w.breaker, 'open')
  assert.equal(w.telemetryAgeMs, 30)
  assert.equal(w.draining, false)
})
