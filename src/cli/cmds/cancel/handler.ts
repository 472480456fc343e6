/**
 * `cancel`: asks the coordinator to cancel a task and prints the task's status
 * afterwards, like `status` does (with `--json`: the client's `TaskStatus`,
 * `result` in the `--json` form of `submit`, or null).
 */
import { CancelRefusedError, type TaskStatus } from '../../../client/index.ts'
import { resultJson } from '../../output/task-output.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { withClient } from '../../util/client.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import { formatStatus } from '../status/handler.ts'
import { cancelReason, type CancelCliOptions } from './options.ts'

/**
 * Runs the command.
 *
 * @returns 0 when the task is now `cancelled`, 1 when the coordinator answered with another state
 * @throws {CliError} status 1 when the coordinator refused (the task already ended, or another peer submitted it)
 * @throws client errors (status 3: unknown task, unreachable, other error answers)
 */
export async function runCancel (taskId: string, opts: CancelCliOptions): Promise<ExitStatus> {
  let status: TaskStatus
  try {
    status = await withClient(opts, async client => await client.cancel(taskId, cancelReason(opts)))
  } catch (err) {
    if (err instanceof CancelRefusedError) throw new CliError(EXIT.failure, err.message, { cause: err })
    throw err
  }
  if (opts.json === true) {
    await printJson({ ...status, result: status.result != null ? resultJson(status.result) : null })
  } else {
    await writeAll(process.stdout, formatStatus(status))
  }
  if (status.state === 'cancelled') return EXIT.ok
  await writeAll(process.stderr, `task ${taskId} is ${status.state}, not cancelled\n`)
  return EXIT.failure
}
