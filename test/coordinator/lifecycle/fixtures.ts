/**
 * Tasks in every lifecycle state, and events with plausible payloads, for the
 * transition tests. Worker W1 holds attempt 1 wherever a lease exists.
 */
import { pb } from '../../../src/proto/index.ts'
import type { LifecycleEvent, LifecyclePolicy, RankedCandidate } from '../../../src/coordinator/lifecycle/types.ts'
import type { StepContext } from '../../../src/coordinator/lifecycle/transition.ts'
import type { TaskRecord } from '../../../src/coordinator/task-record.ts'

export const T0 = 1_700_000_000_000
export const CLIENT = 'client-peer'
export const W1 = 'worker-1'
export const W2 = 'worker-2'
/** the nonce every fixture lease carries (hex) */
export const NONCE = '00112233445566778899aabbccddeeff'

export const POLICY: LifecyclePolicy = {
  leaseMs: 1_000,
  fetchMs: 2_000,
  maxAttempts: 3,
  quarantineAfter: 2,
  initialBackoffMs: 100,
  maxBackoffMs: 1_000,
  maxBidsPerTask: 4,
  lateBidMs: 0,
  maxLeases: 1,
  agreement: { targetErrorRate: 0.001, maxExecutions: 5 }
}

/** A step context at `nowMs` with a fixed "random" source. */
export function at (nowMs: number, policy: LifecyclePolicy = POLICY): StepContext {
  return { nowMs, policy, random: () => 0.5 }
}

/** A task just built by admission. */
export function received (): TaskRecord {
  return {
    id: 'task-1',
    clientPeerId: CLIENT,
    clientAccount: CLIENT,
    moduleCid: 'bafy-module',
    inputCid: '',
    args: [],
    env: {},
    limits: { memoryPages: 16, executionMs: 5_000, maxOutputBytes: 1024, bidWindowMs: 200, queueMs: 20_000, totalMs: 60_000, maxPrice: 100 },
    moduleSize: 100,
    inputSize: 0,
    moduleHash: 'aa',
    inputHash: 'bb',
    state: 'received',
    reason: 'being admitted',
    attempts: 0,
    createdAtMs: T0,
    updatedAtMs: T0,
    notBeforeMs: 0,
    leases: [],
    excludedWorkers: [],
    decisions: [],
    verification: { policy: { kind: 'none' }, spotCheck: false, results: [] }
  }
}

export function queued (): TaskRecord {
  return { ...received(), state: 'queued', reason: 'waiting for an offer round' }
}

export function candidate (worker: string, eligible = true, score = 0.5, price = 10): RankedCandidate {
  return { workerPeerId: worker, score, health: 1, reputation: 0.5, priceScore: 0.9, loadScore: 1, price, chosen: false, note: eligible ? '' : 'did not bid', eligible }
}

function offered (phase: 'collecting' | 'ranking' | 'assigning'): TaskRecord {
  const task: TaskRecord = {
    ...queued(),
    state: 'offered',
    reason: 'offered to 2 capable worker(s)',
    round: {
      attempt: 1,
      openedAtMs: T0,
      closesAtMs: T0 + 200,
      phase,
      awaiting: phase === 'collecting' ? [W1, W2] : [],
      bids: phase === 'collecting' ? [] : [{ worker: W1, price: 10, queueDepth: 0, freeSlots: 1, receivedAtMs: T0 + 10 }],
      declines: {},
      refused: [],
      candidates: phase === 'assigning' ? [candidate(W1)].map(({ eligible, ...c }) => c) : []
    }
  }
  if (phase === 'assigning') task.leases = [{ worker: W1, attempt: 1, phase: 'assigning', assignedAtMs: T0 + 200, expiresAtMs: T0 + 1_200, deadlineMs: T0 + 8_200, reportedRunning: false, price: 10, nonce: NONCE }]
  return task
}

function leased (phase: 'assigned' | 'running' | 'verifying'): TaskRecord {
  return {
    ...queued(),
    state: phase,
    reason: `assigned to ${W1}`,
    attempts: 1,
    firstAssignedAtMs: T0 + 200,
    leases: [{ worker: W1, attempt: 1, phase, assignedAtMs: T0 + 200, expiresAtMs: T0 + 1_200, deadlineMs: T0 + 8_200, reportedRunning: phase !== 'assigned', price: 10, nonce: NONCE }],
    decisions: [{ attempt: 1, decidedAtMs: T0 + 200, candidates: [{ ...candidate(W1), chosen: true }].map(({ eligible, ...c }) => c), outcome: `assigned to ${W1}` }]
  }
}

function ended (state: 'completed' | 'failed' | 'timed_out' | 'memory_exceeded' | 'rejected' | 'cancelled'): TaskRecord {
  return { ...queued(), state, reason: 'ended' }
}

/** One task per lifecycle state (offered in each round phase), by name. */
export const STATES: Record<string, () => TaskRecord> = {
  received,
  queued,
  'offered/collecting': () => offered('collecting'),
  'offered/ranking': () => offered('ranking'),
  'offered/assigning': () => offered('assigning'),
  assigned: () => leased('assigned'),
  running: () => leased('running'),
  verifying: () => leased('verifying'),
  completed: () => ended('completed'),
  failed: () => ended('failed'),
  timed_out: () => ended('timed_out'),
  memory_exceeded: () => ended('memory_exceeded'),
  rejected: () => ended('rejected'),
  cancelled: () => ended('cancelled')
}

/** A verified result of W1's attempt 1 that exited with `exitCode`. */
export function verifiedResult (exitCode = 0): Extract<LifecycleEvent, { type: 'resultVerified' }>['result'] {
  const decoded = pb.ExecutionReceipt.create({
    taskId: 'task-1', attempt: 1, exitCode, status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED, workerPeerId: W1, outputCid: 'bafy-out', resources: { wallMs: 12 }
  })
  return { receipt: { receipt: pb.ExecutionReceipt.encode(decoded).finish(), signature: new Uint8Array(64) }, decoded, stdout: new TextEncoder().encode('ok\n'), stderr: new Uint8Array(0), error: '' }
}

/** One event of every type, about W1's attempt 1 where it names a worker. */
export const EVENTS: Record<LifecycleEvent['type'], LifecycleEvent> = {
  admitted: { type: 'admitted' },
  rejected: { type: 'rejected', reason: 'invalid module' },
  waiting: { type: 'waiting', reason: 'no workers' },
  roundOpened: { type: 'roundOpened', eligible: [W1, W2] },
  bid: { type: 'bid', worker: W1, attempt: 1, price: 10, queueDepth: 0, freeSlots: 1 },
  decline: { type: 'decline', worker: W2, attempt: 1, reason: 'no free slot' },
  roundClosed: { type: 'roundClosed', attempt: 1, candidates: [candidate(W1)], nonce: NONCE },
  assignAcked: { type: 'assignAcked', worker: W1, attempt: 1 },
  assignRefused: { type: 'assignRefused', worker: W1, attempt: 1, reason: 'all slots busy', unreachable: false },
  heartbeat: { type: 'heartbeat', worker: W1, attempt: 1, phase: 'running' },
  leaseLost: { type: 'leaseLost', worker: W1, reason: 'disconnected' },
  resultReceived: { type: 'resultReceived', worker: W1, attempt: 1, result: { receipt: null, stdout: new Uint8Array(0), stderr: new Uint8Array(0), error: '' } },
  resultVerified: { type: 'resultVerified', worker: W1, attempt: 1, result: verifiedResult(), credibility: { [W1]: 0.9 } },
  resultInvalid: { type: 'resultInvalid', worker: W1, attempt: 1, reason: 'output hash does not match the delivered stdout' },
  handedBack: { type: 'handedBack', worker: W1, attempt: 1 },
  cancel: { type: 'cancel', by: CLIENT, reason: 'changed my mind' },
  restarted: { type: 'restarted' },
  tick: { type: 'tick' }
}

/** Freezes a value deeply, so a transition that mutated its input would throw. */
export function deepFreeze<T> (value: T): T {
  if (value != null && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
