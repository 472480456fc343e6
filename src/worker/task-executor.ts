/**
 * Runs one assignment on a worker: take module and input inline from the
 * Assign (plaintext, when the coordinator sends them) or fetch them by CID
 * (bitswap; a module this worker ran before, named by the spec's SHA-256, is
 * taken from its module cache instead) and open them with the task's content key when the Assign carries
 * one (content envelopes, src/content/envelope.ts; content that does not open
 * fails the attempt with the reason, nothing runs), check them against the
 * spec's SHA-256s (content that differs, inline or fetched, fails the attempt
 * the same way: the receipt names only what was asked for), run in the WASI sandbox, store stdout
 * as content (sealed under the key derived for this assignment when the task
 * has a content key), sign the execution receipt (hashes of the plaintext),
 * deliver the result to the coordinator (retrying while it is unreachable, e.g.
 * restarting), and heartbeat the lease all along. A heartbeat answered "no
 * lease" aborts the run: the task was given to someone else.
 *
 * The executor takes a complete {@link Assign} (converted and checked at the
 * protocol boundary) and uses its limits as given. Its timers are the global
 * `setInterval`/`setTimeout` and its clock is `ExecutorDeps.now`, so tests run
 * it under `mock.timers`.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { executionStatusToWire } from '../protocol/task-states.ts'
import type { Assign } from '../protocol/messages/assignment.ts'
import type { ailee } from '../proto/index.ts'
import type { SandboxResult, SandboxTask } from '../runtime/wasi-sandbox.ts'
import type { Logger } from 'pino'
import { EnvelopeError, isSealed, openContent, sealedSizeLimit, sealOutput } from '../content/envelope.ts'
import { bytesToHex } from '@noble/hashes/utils.js'

/** Shortest heartbeat period, ms: a very short lease does not make the worker flood its coordinator. */
export const HEARTBEAT_FLOOR_MS = 100

/** Heartbeats per lease period: three, so two may be lost before the lease lapses. */
export const HEARTBEATS_PER_LEASE = 3

/** First pause before retrying an undelivered result, ms; it doubles on each retry. */
export const RESULT_RETRY_INITIAL_MS = 200

/** Longest pause between result delivery retries, ms. */
export const RESULT_RETRY_MAX_MS = 3_000

/** How long a shutting-down worker keeps trying to hand a task back, ms (shorter than any result budget: the node is stopping). */
export const HAND_BACK_BUDGET_MS = 5_000

/**
 * Heartbeat period of an assignment, ms: a third of the lease, at least
 * {@link HEARTBEAT_FLOOR_MS}.
 *
 * @param leaseMs the assignment's lease, ms
 */
export function heartbeatIntervalMs (leaseMs: number): number {
  return Math.max(HEARTBEAT_FLOOR_MS, Math.floor(leaseMs / HEARTBEATS_PER_LEASE))
}

/** A coordinator's answer to a heartbeat or a result: `ok` false = refused (`reason` says why; for a heartbeat: the lease is gone). */
export interface Ack {
  ok: boolean
  reason: string
}

/** What an execution uses of the node. */
export interface ExecutorDeps {
  /** this worker's peer id (put into receipts) */
  selfPeerId: string
  /** content by CID, at most `maxBytes` bytes; rejects when it cannot be fetched or `signal` aborts */
  fetchContent: (cid: string, maxBytes: number, signal: AbortSignal) => Promise<Uint8Array>
  /**
   * Plaintext modules this worker ran, by lowercase hex SHA-256 (bounded, e.g. an LRU): a task whose
   * spec states a module hash found here fetches only its input. Only modules that matched their
   * stated hash are put here. @default none (always fetch)
   */
  modules?: { get: (sha256Hex: string) => Uint8Array | undefined, set: (sha256Hex: string, module: Uint8Array) => void }
  /**
   * stores bytes as content; resolves to their CID. `sealed`: the bytes are an envelope (the task has a
   * content key), which the node may announce as a DHT provider record (docs/privacy.md)
   */
  addContent: (bytes: Uint8Array, options?: { sealed?: boolean }) => Promise<string>
  /** runs a module in the WASI sandbox; rejects when `signal` aborts */
  runSandbox: (task: SandboxTask, signal: AbortSignal) => Promise<SandboxResult>
  /** signs an execution receipt with the worker's key */
  signReceipt: (receipt: ailee.v1.IExecutionReceipt) => Promise<ailee.v1.ISignedReceipt>
  /** sends a heartbeat; rejects when the coordinator is unreachable */
  sendHeartbeat: (coordinator: string, hb: ailee.v1.IHeartbeat) => Promise<Ack>
  /** sends a result; rejects when the coordinator is unreachable (delivery is retried) */
  sendResult: (coordinator: string, result: ailee.v1.ITaskResult) => Promise<Ack>
  /** `maxModuleBytes`/`maxInputBytes`: fetch caps, bytes; `fetchMs`: time allowed to fetch module and input, ms */
  limits: { maxModuleBytes: number, maxInputBytes: number, fetchMs: number }
  /** how long to keep retrying result delivery, ms */
  resultDeliveryMs: number
  log: Logger
  /** the clock, Unix ms (receipt timestamps, delivery deadlines). @default Date.now */
  now?: () => number
}

/** A running assignment, as the worker service tracks it. */
export interface Execution {
  taskId: string
  attempt: number
  /** peer id of the coordinator that assigned it */
  coordinator: string
  /** aborts the run (lease lost or shutdown) */
  controller: AbortController
  /** set when the worker hands the task back instead of finishing it */
  handBack: boolean
  /** settles (never rejects) when the result was delivered, handed back, or given up */
  done: Promise<void>
}

/** The sandbox seed of a task: SHA-256("ailee/seed/v1\n" || task id), the same on every worker and attempt. */
export function seedFor (taskId: string): Uint8Array {
  return sha256(new TextEncoder().encode(`ailee/seed/v1\n${taskId}`))
}

/**
 * Starts executing `assign` from `coordinator`, heartbeating every
 * {@link heartbeatIntervalMs}(`assign.leaseMs`). Returns at once; `done`
 * settles when the result was delivered, handed back, or given up. Never throws.
 */
export function startExecution (coordinator: string, assign: Assign, deps: ExecutorDeps): Execution {
  const execution: Execution = {
    taskId: assign.taskId,
    attempt: assign.attempt,
    coordinator,
    controller: new AbortController(),
    handBack: false,
    done: Promise.resolve()
  }
  execution.done = execute(execution, assign, deps).catch(err => {
    deps.log.error({ err, task: execution.taskId }, 'execution failed')
  })
  return execution
}

/** Resolves after `ms` (global `setTimeout`, so mock timers drive it), or at once when `signal` aborts. */
async function pause (ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted === true) return
  await new Promise<void>(resolve => {
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}

async function execute (ex: Execution, assign: Assign, deps: ExecutorDeps): Promise<void> {
  const now = deps.now ?? (() => Date.now())
  const log = deps.log.child({ task: ex.taskId, attempt: ex.attempt })
  const signal = ex.controller.signal
  const spec = assign.spec
  let phase: 'fetching' | 'running' = 'fetching'
  const beat = async (): Promise<void> => {
    try {
      const ack = await deps.sendHeartbeat(ex.coordinator, { taskId: ex.taskId, attempt: ex.attempt, phase })
      if (!ack.ok && !signal.aborted) {
        log.warn({ reason: ack.reason }, 'lease lost: aborting the run')
        ex.controller.abort(new Error(`lease lost: ${ack.reason}`))
      }
    } catch (err) {
      log.debug({ err }, 'heartbeat not delivered (coordinator unreachable?)')
    }
  }
  const heartbeat = setInterval(() => { void beat() }, heartbeatIntervalMs(assign.leaseMs))
  try {
    let module: Uint8Array
    let input: Uint8Array
    const key = isSealed(spec.contentKey) ? spec.contentKey : undefined
    if (assign.content != null) {
      // plaintext inline: nothing to fetch or open (still checked against the spec's hashes below)
      module = assign.content.module
      input = assign.content.input
    } else {
      // a module this worker ran before, named by the spec's hash: no fetch (still checked below)
      const cachedModule = spec.moduleSha256 != null ? deps.modules?.get(bytesToHex(spec.moduleSha256)) : undefined
      const fetchController = new AbortController()
      const fetchTimer = setTimeout(() => { fetchController.abort(new Error(`content not fetched within ${deps.limits.fetchMs} ms`)) }, deps.limits.fetchMs)
      const fetchSignal = AbortSignal.any([signal, fetchController.signal])
      // sealed content is the plaintext plus the envelope's overhead
      const cap = (max: number): number => key == null ? max : sealedSizeLimit(max)
      try {
        module = cachedModule ?? await deps.fetchContent(spec.moduleCid, cap(deps.limits.maxModuleBytes), fetchSignal)
        input = spec.inputCid !== '' ? await deps.fetchContent(spec.inputCid, cap(deps.limits.maxInputBytes), fetchSignal) : new Uint8Array(0)
      } catch (err) {
        if (signal.aborted) return await handBackIfAsked(ex, deps, log)
        log.warn({ err }, 'content fetch failed; letting the lease lapse so the task moves on')
        return
      } finally {
        clearTimeout(fetchTimer)
      }
      if (signal.aborted) return await handBackIfAsked(ex, deps, log)
      if (key != null) {
        try {
          if (cachedModule == null) module = await openContent(key, module, 'module')
          if (spec.inputCid !== '') input = await openContent(key, input, 'input')
        } catch (err) {
          if (!(err instanceof EnvelopeError)) throw err
          // the coordinator opened this content at admission: a key that does not open it is the
          // assignment's fault, not the program's; say so instead of running anything
          log.warn({ reason: err.reason, err: err.message }, 'task content does not open with the assigned content key; nothing run')
          return await deliver(ex, deps, { taskId: ex.taskId, attempt: ex.attempt, error: `task content does not open with the assigned content key (${err.reason}): ${err.message}` }, log, deps.resultDeliveryMs)
        }
      }
    }
    const mismatch = contentMismatch(spec, module, input)
    if (mismatch != null) {
      // a coordinator (or a content source) handing over other bytes than the admitted ones: run nothing, sign nothing
      log.warn({ mismatch }, 'task content does not match the assigned hashes; nothing run')
      return await deliver(ex, deps, { taskId: ex.taskId, attempt: ex.attempt, error: mismatch }, log, deps.resultDeliveryMs)
    }
    if (spec.moduleSha256 != null) deps.modules?.set(bytesToHex(spec.moduleSha256), module)
    phase = 'running'
    // with the content inline the AssignAck already said "running" (worker-service.ts): no beat now
    if (assign.content == null) void beat()
    const result = await deps.runSandbox({
      module,
      args: [...spec.args],
      env: { ...spec.env },
      stdin: input,
      memoryPages: spec.limits.memoryPages,
      timeoutMs: spec.limits.executionMs,
      maxOutputBytes: spec.limits.maxOutputBytes,
      seed: seedFor(ex.taskId),
      programName: ex.taskId
    }, signal).catch(err => {
      if (signal.aborted) return undefined
      throw err
    })
    if (result == null) return await handBackIfAsked(ex, deps, log)
    if (signal.aborted && !ex.handBack) {
      log.info('run finished after its lease was lost; not delivering')
      return
    }
    // sealed per assignment (key derived from the content key and this Assign's nonce): replicas store different bytes
    const outputCid = await deps.addContent(key == null ? result.stdout : await sealOutput(key, { taskId: ex.taskId, attempt: ex.attempt, assignmentNonce: assign.nonce }, result.stdout), { sealed: key != null })
    const receipt = await deps.signReceipt({
      taskId: ex.taskId,
      attempt: ex.attempt,
      moduleHash: sha256(module),
      inputHash: sha256(input),
      outputHash: sha256(result.stdout),
      stderrHash: sha256(result.stderr),
      exitCode: result.exitCode,
      status: executionStatusToWire(result.outcome),
      resources: { wallMs: Math.round(result.wallMs), peakMemoryPages: result.peakMemoryPages, stdoutBytes: result.stdout.byteLength, stderrBytes: result.stderr.byteLength },
      workerPeerId: deps.selfPeerId,
      coordinatorPeerId: ex.coordinator,
      timestampMs: now(),
      outputCid,
      // binds the receipt to this lease: it cannot answer another assignment
      assignmentNonce: assign.nonce
    })
    log.info({ outcome: result.outcome, exitCode: result.exitCode, wallMs: Math.round(result.wallMs) }, 'task executed')
    await deliver(ex, deps, { taskId: ex.taskId, attempt: ex.attempt, receipt, stdout: result.stdout, stderr: result.stderr, error: result.error ?? '' }, log, deps.resultDeliveryMs)
  } finally {
    clearInterval(heartbeat)
  }
}

/**
 * Why `module` / `input` are not the content the spec names by SHA-256
 * (`moduleSha256`, `inputSha256`), or undefined when they match (or the spec
 * states no hash: an older coordinator).
 */
export function contentMismatch (spec: Assign['spec'], module: Uint8Array, input: Uint8Array): string | undefined {
  for (const [what, stated, bytes] of [['module', spec.moduleSha256, module], ['input', spec.inputSha256, input]] as const) {
    if (stated == null) continue
    const actual = bytesToHex(sha256(bytes))
    if (actual !== bytesToHex(stated)) return `assigned ${what} (${bytes.byteLength} bytes, SHA-256 ${actual}) is not the task's ${what} (SHA-256 ${bytesToHex(stated)})`
  }
  return undefined
}

async function handBackIfAsked (ex: Execution, deps: ExecutorDeps, log: Logger): Promise<void> {
  if (!ex.handBack) return
  await deliver(ex, deps, { taskId: ex.taskId, attempt: ex.attempt, handedBack: true }, log, HAND_BACK_BUDGET_MS)
}

/**
 * Sends the result, retrying with backoff ({@link RESULT_RETRY_INITIAL_MS}
 * doubling up to {@link RESULT_RETRY_MAX_MS}) while the coordinator is
 * unreachable, for at most `budgetMs`. A result (not a hand-back) stops being
 * retried once the run is aborted: the worker is shutting down (the retries
 * would keep a stopped node's process alive for up to `resultDeliveryMs`) or
 * its lease was lost (the result would be refused as stale).
 */
async function deliver (ex: Execution, deps: ExecutorDeps, result: ailee.v1.ITaskResult, log: Logger, budgetMs: number): Promise<void> {
  const now = deps.now ?? (() => Date.now())
  const deadline = now() + budgetMs
  const stop = result.handedBack === true ? undefined : ex.controller.signal
  let delay = RESULT_RETRY_INITIAL_MS
  for (let tries = 1; ; tries++) {
    try {
      const ack = await deps.sendResult(ex.coordinator, result)
      if (!ack.ok) log.warn({ reason: ack.reason }, 'coordinator did not accept the result')
      return
    } catch (err) {
      if (now() + delay > deadline || stop?.aborted === true) {
        log.error({ err, tries, aborted: stop?.aborted === true }, 'giving up delivering the result')
        return
      }
      log.debug({ err, delay }, 'result not delivered; retrying')
      await pause(delay, stop)
      delay = Math.min(delay * 2, RESULT_RETRY_MAX_MS)
    }
  }
}
