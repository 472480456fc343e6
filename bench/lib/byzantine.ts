/**
 * Byzantine workers for the verification bench (bench/byzantine.ts): sandbox
 * runners to plug into a worker's `runSandbox` port
 * (`StartNodeOptions.worker.runSandbox`, src/node/worker-role.ts), and a
 * ledger that counts every execution per task.
 *
 * A colluding worker runs the task honestly (so its timing is an honest
 * worker's), then replaces stdout with {@link colludingOutput}: the same wrong
 * bytes on every colluder for the same task. The worker's own shipped code
 * then stores those bytes, signs a receipt over them (task id, attempt,
 * coordinator, output hash and output CID of the wrong bytes) and delivers
 * it: exactly what an attacker holding the worker's key can produce.
 *
 * Colluders lie on the same tasks: whether a task is lied on is drawn from
 * SHA-256 of its id ({@link liesOn}), so with a lie rate below 1 they all
 * lie, or all tell the truth, on any one task.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { runInSandbox, type SandboxResult, type SandboxTask } from '../../src/runtime/index.ts'

/** The `runSandbox` port of a worker (src/worker/task-executor.ts `ExecutorDeps.runSandbox`). */
export type SandboxRunner = (task: SandboxTask, signal: AbortSignal) => Promise<SandboxResult>

/** The honest runner: `runInSandbox`, as a shipped worker runs it. */
export const honestRunner: SandboxRunner = async (task, signal) => await runInSandbox(task, { signal })

/**
 * The colluders' wrong output of task `taskId`: `honest` followed by the line
 * `"colluded <first 16 hex digits of SHA-256(taskId)>\n"`. Deterministic, so
 * every colluder returns the same bytes for the same task; never equal to
 * `honest`.
 */
export function colludingOutput (taskId: string, honest: Uint8Array): Uint8Array {
  const tag = new TextEncoder().encode(`colluded ${bytesToHex(sha256(new TextEncoder().encode(taskId))).slice(0, 16)}\n`)
  const out = new Uint8Array(honest.byteLength + tag.byteLength)
  out.set(honest, 0)
  out.set(tag, honest.byteLength)
  return out
}

/**
 * True when the colluders lie on task `taskId` at lie rate `rate` (0..1):
 * the first 32 bits of SHA-256("lie\n" || taskId), as a fraction of 2^32, are
 * below `rate`. The same answer on every colluder; always true for rate 1.
 */
export function liesOn (taskId: string, rate: number): boolean {
  if (rate >= 1) return true
  const h = sha256(new TextEncoder().encode(`lie\n${taskId}`))
  return new DataView(h.buffer, h.byteOffset, 4).getUint32(0) / 2 ** 32 < rate
}

/** What the ledger knows of one task's executions. */
export interface TaskExecutions {
  /** runs by honest workers that finished (whatever the worker then delivered) */
  honest: number
  /** runs by Byzantine workers that finished */
  byzantine: number
  /** of the Byzantine runs, those whose output was replaced by the wrong one */
  lied: number
}

/** Counts the executions of each task (keyed by task id, the sandbox's `programName`). */
export class ExecutionLedger {
  readonly #tasks = new Map<string, TaskExecutions>()

  /** Records one finished run of `taskId`. */
  record (taskId: string, kind: 'honest' | 'byzantine', lied = false): void {
    const t = this.#tasks.get(taskId) ?? { honest: 0, byzantine: 0, lied: 0 }
    t[kind] += 1
    if (lied) t.lied += 1
    this.#tasks.set(taskId, t)
  }

  /** The runs of `taskId` so far (zeros when none). */
  of (taskId: string): TaskExecutions {
    return { ...(this.#tasks.get(taskId) ?? { honest: 0, byzantine: 0, lied: 0 }) }
  }

  /** Runs of all tasks so far. */
  total (): TaskExecutions {
    const sum = { honest: 0, byzantine: 0, lied: 0 }
    for (const t of this.#tasks.values()) { sum.honest += t.honest; sum.byzantine += t.byzantine; sum.lied += t.lied }
    return sum
  }
}

/**
 * An honest worker's runner that records each finished run in `ledger`
 * (runs that reject, e.g. aborted when the lease was lost, are not counted).
 */
export function countingRunner (ledger: ExecutionLedger, inner: SandboxRunner = honestRunner): SandboxRunner {
  return async (task, signal) => {
    const result = await inner(task, signal)
    ledger.record(task.programName ?? '', 'honest')
    return result
  }
}

/**
 * A colluding worker's runner: runs the task with `inner`, then, on the tasks
 * {@link liesOn}(`lieRate`) picks, replaces stdout with
 * {@link colludingOutput} (outcome, exit code and stderr stay the honest
 * ones, so only the output differs). Records each finished run in `ledger`.
 *
 * @param lieRate fraction of tasks lied on, 0..1 (1: every task)
 */
export function colludingRunner (ledger: ExecutionLedger, lieRate: number, inner: SandboxRunner = honestRunner): SandboxRunner {
  return async (task, signal) => {
    const result = await inner(task, signal)
    const taskId = task.programName ?? ''
    const lie = liesOn(taskId, lieRate)
    ledger.record(taskId, 'byzantine', lie)
    return lie ? { ...result, stdout: colludingOutput(taskId, result.stdout) } : result
  }
}
