/**
 * Runs one assignment on a worker: fetch module and input by CID (bitswap),
 * run in the WASI sandbox, store stdout as content, sign the execution receipt,
 * deliver the result to the coordinator (retrying while it is unreachable, e.g.
 * restarting), and heartbeat the lease all along. A heartbeat answered "no
 * lease" aborts the run: the task was given to someone else.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { sha256 } from '@noble/hashes/sha2.js'
import { executionStatusToWire } from '../protocol/task-states.ts'
import type { ailee } from '../proto/index.ts'
import type { SandboxResult, SandboxTask } from '../runtime/wasi-sandbox.ts'
import type { Logger } from 'pino'

/** What an execution uses of the node. */
export interface ExecutorDeps {
  selfPeerId: string
  fetchContent: (cid: string, maxBytes: number, signal: AbortSignal) => Promise<Uint8Array>
  addContent: (bytes: Uint8Array) => Promise<string>
  runSandbox: (task: SandboxTask, signal: AbortSignal) => Promise<SandboxResult>
  signReceipt: (receipt: ailee.v1.IExecutionReceipt) => Promise<ailee.v1.ISignedReceipt>
  sendHeartbeat: (coordinator: string, hb: ailee.v1.IHeartbeat) => Promise<ailee.v1.IAck>
  sendResult: (coordinator: string, result: ailee.v1.ITaskResult) => Promise<ailee.v1.IAck>
  limits: { maxModuleBytes: number, maxInputBytes: number, fetchMs: number }
  /** how long to keep retrying result delivery, ms */
  resultDeliveryMs: number
  log: Logger
}

/** A running assignment, as the worker service tracks it. */
export interface Execution {
  taskId: string
  attempt: number
  coordinator: string
  /** aborts the run (lease lost or shutdown) */
  controller: AbortController
  /** set when the worker hands the task back instead of finishing it */
  handBack: boolean
  done: Promise<void>
}

/** The sandbox seed of a task: SHA-256("ailee/seed/v1\n" || task id), the same on every worker and attempt. */
export function seedFor (taskId: string): Uint8Array {
  return sha256(new TextEncoder().encode(`ailee/seed/v1\n${taskId}`))
}

/**
 * Starts executing `assign` from `coordinator`. Returns at once; `done`
 * settles when the result was delivered, handed back, or given up.
 */
export function startExecution (coordinator: string, assign: ailee.v1.IAssign, deps: ExecutorDeps, leaseMs: number): Execution {
  const execution: Execution = {
    taskId: assign.taskId ?? '',
    attempt: assign.attempt ?? 0,
    coordinator,
    controller: new AbortController(),
    handBack: false,
    done: Promise.resolve()
  }
  execution.done = execute(execution, assign, deps, leaseMs).catch(err => {
    deps.log.error({ err, task: execution.taskId }, 'execution failed')
  })
  return execution
}

async function execute (ex: Execution, assign: ailee.v1.IAssign, deps: ExecutorDeps, leaseMs: number): Promise<void> {
  const log = deps.log.child({ task: ex.taskId, attempt: ex.attempt })
  const signal = ex.controller.signal
  let phase = 'fetching'
  const beat = async (): Promise<void> => {
    try {
      const ack = await deps.sendHeartbeat(ex.coordinator, { taskId: ex.taskId, attempt: ex.attempt, phase })
      if (ack.ok !== true && !signal.aborted) {
        log.warn({ reason: ack.reason }, 'lease lost: aborting the run')
        ex.controller.abort(new Error(`lease lost: ${ack.reason ?? ''}`))
      }
    } catch (err) {
      log.debug({ err }, 'heartbeat not delivered (coordinator unreachable?)')
    }
  }
  const heartbeat = setInterval(() => { void beat() }, Math.max(100, Math.floor(leaseMs / 3)))
  try {
    const spec = assign.spec ?? {}
    const fetchSignal = AbortSignal.any([signal, AbortSignal.timeout(deps.limits.fetchMs)])
    let module: Uint8Array
    let input: Uint8Array
    try {
      module = await deps.fetchContent(spec.moduleCid ?? '', deps.limits.maxModuleBytes, fetchSignal)
      input = spec.inputCid != null && spec.inputCid !== '' ? await deps.fetchContent(spec.inputCid, deps.limits.maxInputBytes, fetchSignal) : new Uint8Array(0)
    } catch (err) {
      if (signal.aborted) return await handBackIfAsked(ex, deps, log)
      log.warn({ err }, 'content fetch failed; letting the lease lapse so the task moves on')
      return
    }
    phase = 'running'
    void beat()
    const result = await deps.runSandbox({
      module,
      args: [...(spec.args ?? [])],
      env: { ...(spec.env ?? {}) },
      stdin: input,
      memoryPages: spec.limits?.memoryPages ?? 1024,
      timeoutMs: spec.limits?.executionMs ?? 30_000,
      maxOutputBytes: spec.limits?.maxOutputBytes ?? 1024 * 1024,
      seed: seedFor(ex.taskId),
      programName: ex.taskId
    }, signal).catch(err => {
      if (signal.aborted) return undefined
      throw err
    })
    if (result == null) return await handBackIfAsked(ex, deps, log)
    const outputCid = await deps.addContent(result.stdout)
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
      timestampMs: Date.now(),
      outputCid
    })
    log.info({ outcome: result.outcome, exitCode: result.exitCode, wallMs: Math.round(result.wallMs) }, 'task executed')
    await deliver(ex, deps, { taskId: ex.taskId, attempt: ex.attempt, receipt, stdout: result.stdout, stderr: result.stderr, error: result.error ?? '' }, log)
  } finally {
    clearInterval(heartbeat)
  }
}

async function handBackIfAsked (ex: Execution, deps: ExecutorDeps, log: Logger): Promise<void> {
  if (!ex.handBack) return
  await deliver(ex, deps, { taskId: ex.taskId, attempt: ex.attempt, handedBack: true }, log, 5_000)
}

/**
 * Sends the result, retrying with backoff while the coordinator is unreachable.
 * A result (not a hand-back) stops being retried once the run is aborted: the
 * worker is shutting down (the retries would keep a stopped node's process
 * alive for up to `resultDeliveryMs`) or its lease was lost (the result would
 * be refused as stale).
 */
async function deliver (ex: Execution, deps: ExecutorDeps, result: ailee.v1.ITaskResult, log: Logger, budgetMs = deps.resultDeliveryMs): Promise<void> {
  const deadline = Date.now() + budgetMs
  const stop = result.handedBack === true ? undefined : ex.controller.signal
  let delay = 200
  for (;;) {
    try {
      const ack = await deps.sendResult(ex.coordinator, result)
      if (ack.ok !== true) log.warn({ reason: ack.reason }, 'coordinator did not accept the result')
      return
    } catch (err) {
      if (Date.now() + delay > deadline || stop?.aborted === true) {
        log.error({ err, aborted: stop?.aborted === true }, 'giving up delivering the result')
        return
      }
      log.debug({ err, delay }, 'result not delivered; retrying')
      await sleep(delay, undefined, { signal: stop }).catch(() => {})
      delay = Math.min(delay * 2, 3_000)
    }
  }
}
