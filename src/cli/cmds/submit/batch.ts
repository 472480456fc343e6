/**
 * `submit` with many tasks (`--jobs FILE`, `--repeat N`): one client (one
 * libp2p host, one connection to the coordinator) keeps up to `--concurrency`
 * tasks in flight, each on its own stream of that connection, and prints one
 * JSON line per task as it ends:
 *
 * ```
 * {"job":0,"line":1,"taskId":"…","status":"completed","success":true,"exitCode":0,…}   (the `--json` object of a single task, plus `job` and `line`)
 * {"job":1,"line":2,"error":"coordinator error ERROR_CODE_…: …"}                       (a task that could not be handed over)
 * ```
 *
 * `job` is the job's index (0-based, in `--repeat` order), `line` its line in
 * the jobs file (0 for the command-line task). On a terminal, a progress line
 * on stderr is rewritten as tasks end; a summary line follows at the end.
 * A submission answered RATE_LIMITED (the coordinator's open-task or
 * per-peer stream limits) is tried again after a pause, for up to
 * {@link RATE_LIMIT_RETRY_MS}.
 */
import type { Writable } from 'node:stream'
import PQueue from 'p-queue'
import { CoordinatorError, type AileeClient, type TaskInput, type TaskResult } from '../../../client/index.ts'
import { isSuccess, resultJson } from '../../output/task-output.ts'
import { writeAll } from '../../output/write.ts'
import { EXIT, type ExitStatus } from '../../util/exit.ts'
import type { Job } from './jobs.ts'

/** How long a submission refused RATE_LIMITED is tried again, ms. */
export const RATE_LIMIT_RETRY_MS = 60_000

/** Shortest interval between two progress-line updates, ms. */
const PROGRESS_INTERVAL_MS = 100

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** tasks in flight at most */
  concurrency: number
  /** where the JSON lines go. @default process.stdout */
  out?: Writable
  /** where the progress and summary lines go. @default process.stderr */
  err?: Writable
  /** rewrite a progress line on `err`. @default `err` is a TTY */
  progress?: boolean
}

/** What a batch came to. */
export interface BatchSummary {
  total: number
  /** completed and verified, receipt checked */
  succeeded: number
  /** ended otherwise (failed, timed out, rejected, not verified, …) */
  failed: number
  /** could not be handed over or followed to the end */
  errors: number
  wallMs: number
}

/**
 * Runs `inputs` (with their `jobs`, same order) through `client`, at most
 * `opts.concurrency` at once, writing a JSON line per task as it ends.
 *
 * @returns 0 when every task succeeded, 3 when some task could not be handed
 *   over or followed (the coordinator unreachable or erroring), else 1
 */
export async function runBatch (client: AileeClient, jobs: Job[], inputs: TaskInput[], opts: BatchOptions): Promise<ExitStatus> {
  const out = opts.out ?? process.stdout
  const err = opts.err ?? process.stderr
  const showProgress = opts.progress ?? (err as Writable & { isTTY?: boolean }).isTTY === true
  const summary: BatchSummary = { total: inputs.length, succeeded: 0, failed: 0, errors: 0, wallMs: 0 }
  const started = performance.now()
  let inFlight = 0
  let lastDraw = 0
  // JSON lines are written one after another, in the order the tasks end
  let writes = Promise.resolve()
  const emit = (line: Record<string, unknown>): void => {
    const text = JSON.stringify(line) + '\n'
    writes = writes.then(async () => { await writeAll(out, text) })
  }
  const draw = (force = false): void => {
    if (!showProgress) return
    const now = performance.now()
    if (!force && now - lastDraw < PROGRESS_INTERVAL_MS) return
    lastDraw = now
    err.write(`\r\x1b[K${progressText(summary, inFlight, now - started)}`)
  }
  const queue = new PQueue({ concurrency: opts.concurrency })
  for (let i = 0; i < inputs.length; i++) {
    void queue.add(async () => {
      inFlight += 1
      draw()
      try {
        const result = await submitRetrying(client, inputs[i])
        if (isSuccess(result)) summary.succeeded += 1
        else summary.failed += 1
        emit({ job: i, line: jobs[i].line, ...resultJson(result) })
      } catch (e) {
        summary.errors += 1
        emit({ job: i, line: jobs[i].line, error: (e as Error).message })
      } finally {
        inFlight -= 1
        draw()
      }
    })
  }
  await queue.onIdle()
  await writes
  summary.wallMs = performance.now() - started
  if (showProgress) err.write('\r\x1b[K')
  await writeAll(err, summaryText(summary) + '\n')
  if (summary.errors > 0) return EXIT.unavailable
  return summary.failed > 0 ? EXIT.failure : EXIT.ok
}

/** Submits `input`, trying again while the coordinator answers RATE_LIMITED (pauses of 100 ms doubling to 2 s), for {@link RATE_LIMIT_RETRY_MS}. */
async function submitRetrying (client: AileeClient, input: TaskInput): Promise<TaskResult> {
  const deadline = Date.now() + RATE_LIMIT_RETRY_MS
  let pauseMs = 100
  while (true) {
    try {
      return await client.submit(input)
    } catch (err) {
      if (!(err instanceof CoordinatorError && err.code === 'ERROR_CODE_RATE_LIMITED') || Date.now() + pauseMs > deadline) throw err
      await new Promise(resolve => setTimeout(resolve, pauseMs))
      pauseMs = Math.min(2 * pauseMs, 2_000)
    }
  }
}

/** `[  1.2s] 37/100 done (35 ok, 2 failed, 0 errors), 12 in flight, 30.8 tasks/s` */
export function progressText (s: BatchSummary, inFlight: number, elapsedMs: number): string {
  const done = s.succeeded + s.failed + s.errors
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0
  return `[${(elapsedMs / 1000).toFixed(1).padStart(6)}s] ${done}/${s.total} done (${s.succeeded} ok, ${s.failed} failed, ${s.errors} errors), ${inFlight} in flight, ${rate.toFixed(1)} tasks/s`
}

/** `100 tasks: 98 succeeded, 2 failed, 0 not handed over, in 3.20 s (31.2 tasks/s)` */
export function summaryText (s: BatchSummary): string {
  const rate = s.wallMs > 0 ? s.total / (s.wallMs / 1000) : 0
  return `${s.total} task${s.total === 1 ? '' : 's'}: ${s.succeeded} succeeded, ${s.failed} failed, ${s.errors} not handed over or followed, in ${(s.wallMs / 1000).toFixed(2)} s (${rate.toFixed(1)} tasks/s)`
}
