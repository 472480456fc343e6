/**
 * How `submit` and `result` report a finished task (one shared code path, so
 * both behave the same):
 *
 * - the program's stdout bytes go to `--out FILE` or, without `--out` and
 *   without `--json`, to our stdout; its stderr goes to our stderr (not with `--json`);
 * - with `--json`, exactly one JSON object ({@link resultJson}) goes to stdout;
 * - without `--json`, a summary line goes to stderr when stderr is a TTY or the task did not succeed;
 * - the exit status is 0 only for a completed, verified task whose receipt checks out, else 1
 *   (a `cancelled` task included).
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { TaskResult } from '../../client/index.ts'
import { EXIT, type ExitStatus } from '../util/exit.ts'
import { formatMs, shortPeer } from './format.ts'
import { printJson, writeAll } from './write.ts'

/** Options of {@link reportResult}. */
export interface ReportOptions {
  json?: boolean
  /** Write the program's stdout here instead of to our stdout. */
  out?: string
}

/** True for a completed task that the coordinator verified and whose receipt the client checked. */
export function isSuccess (result: TaskResult): boolean {
  return result.status === 'completed' && result.verified && result.receipt?.valid === true
}

/**
 * The JSON form of a result (`--json`). `stdout` is the program's output as
 * UTF-8 text (null when it is not valid UTF-8) and `stdoutBase64` its exact
 * bytes; both are left out when `--out` names a file, which `stdoutFile` then
 * gives. `receipt` is the decoded, client-checked receipt or null.
 */
export function resultJson (result: TaskResult, outFile?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    taskId: result.taskId,
    status: result.status,
    success: isSuccess(result),
    exitCode: result.exitCode,
    worker: result.worker,
    moduleCid: result.moduleCid,
    inputCid: result.inputCid,
    outputCid: result.outputCid,
    verified: result.verified,
    receiptValid: result.receipt?.valid ?? false,
    stdoutBytes: result.stdout.byteLength
  }
  if (outFile != null) {
    out.stdoutFile = resolve(outFile)
  } else {
    out.stdout = utf8OrNull(result.stdout)
    out.stdoutBase64 = Buffer.from(result.stdout).toString('base64')
  }
  Object.assign(out, {
    stderr: result.stderr,
    reason: result.reason,
    attempts: result.attempts,
    price: result.price,
    timings: result.timings,
    receipt: result.receipt
  })
  return out
}

/**
 * Prints a finished task as described in the module comment.
 *
 * @returns the exit status (0 or 1)
 */
export async function reportResult (result: TaskResult, opts: ReportOptions): Promise<ExitStatus> {
  const success = isSuccess(result)
  if (opts.out != null) await writeFile(opts.out, result.stdout)
  if (opts.json === true) {
    await printJson(resultJson(result, opts.out))
  } else {
    if (opts.out == null) await writeAll(process.stdout, result.stdout)
    await writeAll(process.stderr, result.stderr)
    if (process.stderr.isTTY || !success) await writeAll(process.stderr, summaryLine(result) + '\n')
  }
  return success ? EXIT.ok : EXIT.failure
}

/** One line saying how the task ended. */
export function summaryLine (result: TaskResult): string {
  const t = result.timings
  const head = `task ${result.taskId} ${result.status}`
  if (result.status === 'rejected') return `${head}: ${result.reason}`
  if (result.status === 'cancelled') {
    const why = result.reason !== '' ? `: ${result.reason}` : ''
    return `${head}${why} (${result.attempts} attempt${result.attempts === 1 ? '' : 's'}, total ${formatMs(t.totalMs)})`
  }
  const parts = [
    `exit ${result.exitCode}`,
    result.verified ? 'verified' : 'NOT verified',
    result.receipt == null ? 'no receipt' : result.receipt.valid ? 'receipt ok' : `receipt INVALID (${result.receipt.invalidReason})`,
    `worker ${shortPeer(result.worker)}`,
    `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`,
    `queued ${formatMs(t.queuedMs)}, ran ${formatMs(t.executionMs)}, total ${formatMs(t.totalMs)}`
  ]
  const why = result.reason !== '' && result.status !== 'completed' ? `: ${result.reason}` : ''
  return `${head}${why} (${parts.join(', ')})`
}

function utf8OrNull (bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
