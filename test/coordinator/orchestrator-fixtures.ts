/**
 * Fixtures of the orchestrator's tests: a task as admission hands it over
 * (state `received`; module {@link MODULE}, whose hash receipts must name; no
 * input; limits overridable) and a TaskStore in memory.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { ReputationRecord } from '../../src/coordinator/reputation.ts'
import type { ResolvedLimits, TaskRecord } from '../../src/coordinator/task-record.ts'
import type { ReputationUpdate, Settlement, TaskStore } from '../../src/coordinator/task-store.ts'

/** Module bytes of the tasks these tests build (receipts hash them). */
export const MODULE = new TextEncoder().encode('module bytes')

/**
 * @param nowMs Unix ms of the submission
 * @param limits overrides of the default limits (16 pages, 5 s execution, 1 KiB output, 100 ms bid window, 60 s queue, 120 s total, 100 credits)
 */
export function receivedTask (id: string, nowMs: number, limits: Partial<ResolvedLimits> = {}): TaskRecord {
  return {
    id,
    clientPeerId: 'client',
    clientAccount: 'client',
    moduleCid: 'bafy-module',
    inputCid: '',
    args: [],
    env: {},
    limits: { memoryPages: 16, executionMs: 5_000, maxOutputBytes: 1024, bidWindowMs: 100, queueMs: 60_000, totalMs: 120_000, maxPrice: 100, ...limits },
    moduleSize: MODULE.byteLength,
    inputSize: 0,
    moduleHash: bytesToHex(sha256(MODULE)),
    inputHash: bytesToHex(sha256(new Uint8Array(0))),
    state: 'received',
    reason: 'being admitted',
    attempts: 0,
    createdAtMs: nowMs,
    updatedAtMs: nowMs,
    notBeforeMs: 0,
    leases: [],
    excludedWorkers: [],
    decisions: [],
    verification: { policy: { kind: 'none' }, spotCheck: false, results: [] }
  }
}

/** A TaskStore in memory that records what was written. */
export class MemoryTaskStore implements TaskStore {
  readonly tasks = new Map<string, TaskRecord>()
  readonly finished: Array<{ task: TaskRecord, settlement?: Settlement }> = []
  readonly reputation = new Map<string, ReputationRecord>()
  /** when set, finishTask waits for it */
  finishGate: Promise<void> | undefined

  async loadOpenTasks (): Promise<TaskRecord[]> {
    return [...this.tasks.values()].filter(t => !this.finished.some(f => f.task.id === t.id))
  }

  async getTask (id: string): Promise<TaskRecord | undefined> { return this.tasks.get(id) }

  async saveTask (task: TaskRecord, reputation: ReputationUpdate = []): Promise<void> {
    this.tasks.set(task.id, structuredClone(task))
    for (const [peer, record] of reputation) this.reputation.set(peer, record)
  }

  async finishTask (task: TaskRecord, settlement?: Settlement, reputation: ReputationUpdate = []): Promise<void> {
    await this.finishGate
    this.tasks.set(task.id, structuredClone(task))
    this.finished.push({ task: structuredClone(task), settlement })
    for (const [peer, record] of reputation) this.reputation.set(peer, record)
  }

  async loadReputation (): Promise<Array<[string, ReputationRecord]>> { return [...this.reputation] }
}
