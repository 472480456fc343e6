/**
 * `submit`: hands the task to the coordinator and, unless `--detach`, waits
 * for its end and reports it exactly as `result` does (output/task-output.ts).
 */
import { TaskRejectedError } from '../../../client/index.ts'
import { createProgressPrinter } from '../../output/progress.ts'
import { reportResult } from '../../output/task-output.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { withClient } from '../../util/client.ts'
import { EXIT, type ExitStatus } from '../../util/exit.ts'
import { toTaskInput, type SubmitCliOptions } from './options.ts'

/**
 * Runs the command.
 *
 * @returns 0 for a completed, verified task (`--detach`: accepted), 1 otherwise
 * @throws {CliError} status 2 (unreadable files, bad address) or 3 (coordinator unreachable or erroring)
 */
export async function runSubmit (opts: SubmitCliOptions): Promise<ExitStatus> {
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
