/**
 * `submit`: hands the task to the coordinator and, unless `--detach`, waits
 * for its end and reports it exactly as `result` does (output/task-output.ts).
 */
import { TaskRejectedError } from '../../../client/index.ts'
import { createProgressPrinter } from '../../output/progress.ts'
import { reportResult } from '../../output/task-output.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { withClient } from '../../util/client.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import { isBatch, toTaskInput, type SubmitCliOptions } from './options.ts'
import { runBatch } from './batch.ts'
import { inputsOf, jobsOf } from './jobs.ts'

/**
 * Runs the command: one task, or with `--jobs`/`--repeat` many over one client (./batch.ts).
 *
 * @returns 0 for a completed, verified task (`--detach`: accepted; many tasks: every one), 1 otherwise
 *   (many tasks: 3 when one could not be handed over)
 * @throws {CliError} status 2 (unreadable files, bad address) or 3 (coordinator unreachable or erroring)
 */
export async function runSubmit (opts: SubmitCliOptions): Promise<ExitStatus> {
  if (isBatch(opts)) {
    if (opts.detach === true || opts.out != null) throw new CliError(EXIT.usage, '--detach and --out take one task; with --jobs or --repeat each task\'s result is a JSON line on stdout')
    const jobs = await jobsOf(opts)
    const inputs = await inputsOf(jobs, opts)
    return await withClient(opts, async client => await runBatch(client, jobs, inputs, { concurrency: opts.concurrency ?? 32 }))
  }
  const input = await toTaskInput(opts)
  return await withClient(opts, async client => {
    if (opts.detach === true) {
      let taskId: string
      try {
        taskId = await client.submitDetached(input)
      } catch (err) {
        if (err instanceof TaskRejectedError) return await reportResult(err.result, opts)
        throw err
      }
      if (opts.json === true) await printJson({ taskId })
      else await writeAll(process.stdout, `${taskId}\n`)
      return EXIT.ok
    }
    const onProgress = createProgressPrinter(process.stderr, opts.json !== true && process.stderr.isTTY)
    const result = await client.submit({ ...input, onProgress })
    return await reportResult(result, opts)
  })
}
