/**
 * Stubs of the worker's ports (executor deps, network) that record every call,
 * domain values to feed the worker, and helpers to drive node:test mock timers.
 */
import { mock } from 'node:test'
import { pino } from 'pino'
import type { Assign, TaskOffer, TaskSpec } from '../../src/protocol/messages/assignment.ts'
import type { ailee } from '../../src/proto/index.ts'
import type { SandboxResult, SandboxTask } from '../../src/runtime/index.ts'
import type { Ack, ExecutorDeps } from '../../src/worker/task-executor.ts'
import type { AssignAck } from '../../src/worker/worker-service.ts'

/** Mock clock start, Unix ms. */
export const T0 = 1_700_000_000_000

/** A logger that writes nothing. */
export const silentLog = pino({ level: 'silent' })

/** A promise with its resolve/reject exposed. */
export interface Deferred<T> {
  promise: Promise<T>
  resolve: (value: T) => void
  reject: (err: unknown) => void
}

/** A fresh {@link Deferred}. */
export function deferred<T> (): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (err: unknown) => void
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}

/** Lets pending promise continuations run (setImmediate is not mocked). */
export async function flush (rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise(resolve => setImmediate(resolve))
}

/** Enables mock timers (setInterval, setTimeout, Date) at {@link T0}. Call `mock.timers.reset()` after. */
export function enableMockTimers (): void {
  mock.timers.enable({ apis: ['setInterval', 'setTimeout', 'Date'], now: T0 })
}

/** Advances the mock clock by `ms` in `stepMs` steps, letting promises settle after each. */
export async function advance (ms: number, stepMs = 50): Promise<void> {
  await flush()
  for (let done = 0; done < ms;) {
    const step = Math.min(stepMs, ms - done)
    mock.timers.tick(step)
    done += step
    await flush()
  }
}

/** A resolved task spec. */
export function makeSpec (overrides: Partial<TaskSpec> = {}): TaskSpec {
  return {
    moduleCid: 'bafk-module',
    inputCid: 'bafk-input',
    args: ['a', 'b'],
    env: { GREETING: 'hi' },
    limits: { memoryPages: 32, executionMs: 2_000, maxOutputBytes: 4_096 },
    timeouts: { queueMs: 10_000, bidWindowMs: 300, totalMs: 60_000 },
    maxPrice: 50,
    clientAccount: 'client',
    ...overrides
  }
}

/** An Assign of task `taskId` attempt 1 with a 3 s lease. */
export function makeAssign (taskId = 't1', overrides: Partial<Assign> = {}): Assign {
  return { taskId, attempt: 1, spec: makeSpec(), leaseMs: 3_000, nonce: new Uint8Array(16).fill(9), ...overrides }
}

/** An offer from `coord` that a default test worker can serve, bid deadline 300 ms after `now`. */
export function makeOffer (taskId: string, now: number, overrides: Partial<TaskOffer> = {}): TaskOffer {
  return {
    taskId,
    coordinatorPeerId: 'coord',
    attempt: 1,
    memoryPages: 32,
    executionMs: 2_000,
    maxPrice: 50,
    bidDeadlineMs: now + 300,
    moduleSizeBytes: 100,
    moduleCid: 'bafk-module',
    excludedWorkers: [],
    lateBidUntilMs: 0,
    invitedWorkers: [],
    ...overrides
  }
}

/**
 * Does what a coordinator does before it assigns: publishes an offer for
 * `assign`'s task attempt (from `coordinator`, bid deadline 300 ms after the
 * mock clock's now), lets the worker's bid be sent (its ack is left to the
 * caller's network stub), then sends the Assign from `coordinator`.
 *
 * @returns the worker's AssignAck
 */
export async function bidAndAssign (
  service: { onOffer: (offer: TaskOffer) => Promise<void>, onAssign: (coordinator: string, assign: Assign) => AssignAck },
  assign: Assign,
  coordinator = 'coord'
): Promise<AssignAck> {
  void service.onOffer(makeOffer(assign.taskId, Date.now(), { attempt: assign.attempt, coordinatorPeerId: coordinator }))
  await flush()
  return service.onAssign(coordinator, assign)
}

/** A sandbox result with the given stdout. */
export function sandboxResult (stdout = 'out', stderr = 'err'): SandboxResult {
  return {
    outcome: 'exited',
    exitCode: 0,
    stdout: new TextEncoder().encode(stdout),
    stderr: new TextEncoder().encode(stderr),
    wallMs: 12.4,
    peakMemoryPages: 3
  }
}

/** Recorded calls and knobs of {@link stubExecutor}. */
export interface ExecutorStub {
  deps: ExecutorDeps
  fetches: Array<{ cid: string, maxBytes: number }>
  runs: Array<{ task: SandboxTask, signal: AbortSignal }>
  receipts: ailee.v1.IExecutionReceipt[]
  heartbeats: Array<{ coordinator: string, hb: ailee.v1.IHeartbeat, atMs: number }>
  results: Array<{ coordinator: string, result: ailee.v1.ITaskResult, atMs: number }>
  /** result delivery attempts, failed ones included (with their time) */
  resultAttempts: number[]
  /** content by CID; a CID missing here fails to fetch */
  content: Map<string, Uint8Array>
}

/** Knobs of {@link stubExecutor}. */
export interface ExecutorStubOptions {
  /** default: resolves with {@link sandboxResult}() at once */
  runSandbox?: (task: SandboxTask, signal: AbortSignal) => Promise<SandboxResult>
  /** default: a fetch from {@link ExecutorStub.content} */
  fetchContent?: ExecutorDeps['fetchContent']
  /** default: ok */
  heartbeatAck?: () => Ack
  /** default: ok; throwing = coordinator unreachable */
  sendResult?: (attempt: number) => Ack
  resultDeliveryMs?: number
}

/**
 * Executor deps that record every call. Content holds `bafk-module` and
 * `bafk-input`; addContent answers `bafk-out-<length>`; signReceipt wraps the
 * receipt's encoding-free JSON as bytes with a fixed 64-byte signature.
 */
export function stubExecutor (options: ExecutorStubOptions = {}): ExecutorStub {
  const stub: ExecutorStub = {
    fetches: [],
    runs: [],
    receipts: [],
    heartbeats: [],
    results: [],
    resultAttempts: [],
    content: new Map([
      ['bafk-module', new TextEncoder().encode('module bytes')],
      ['bafk-input', new TextEncoder().encode('input bytes')]
    ]),
    deps: undefined as never
  }
  stub.deps = {
    selfPeerId: 'worker-1',
    fetchContent: options.fetchContent ?? (async (cid, maxBytes) => {
      stub.fetches.push({ cid, maxBytes })
      const bytes = stub.content.get(cid)
      if (bytes == null) throw new Error(`no content ${cid}`)
      return bytes
    }),
    addContent: async bytes => `bafk-out-${bytes.byteLength}`,
    runSandbox: async (task, signal) => {
      stub.runs.push({ task, signal })
      return await (options.runSandbox ?? (async () => sandboxResult()))(task, signal)
    },
    signReceipt: async receipt => {
      stub.receipts.push(receipt)
      return { receipt: new TextEncoder().encode(String(receipt.taskId)), signature: new Uint8Array(64) }
    },
    sendHeartbeat: async (coordinator, hb) => {
      stub.heartbeats.push({ coordinator, hb, atMs: Date.now() })
      return options.heartbeatAck?.() ?? { ok: true, reason: '' }
    },
    sendResult: async (coordinator, result) => {
      stub.resultAttempts.push(Date.now())
      const ack = options.sendResult?.(stub.resultAttempts.length) ?? { ok: true, reason: '' }
      stub.results.push({ coordinator, result, atMs: Date.now() })
      return ack
    },
    limits: { maxModuleBytes: 1_000, maxInputBytes: 500, fetchMs: 2_000 },
    resultDeliveryMs: options.resultDeliveryMs ?? 5_000,
    log: silentLog
  }
  return stub
}

/** A sandbox run that never ends by itself: it rejects with the signal's reason when aborted. */
export async function runUntilAborted (_task: SandboxTask, signal: AbortSignal): Promise<SandboxResult> {
  return await new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason)
    signal.addEventListener('abort', () => { reject(signal.reason) }, { once: true })
  })
}
