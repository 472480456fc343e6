/**
 * `result`: follows a task to its end (reconnecting if the coordinator
 * restarts) and reports it with the same code as `submit`.
 */
import { createProgressPrinter } from '../../output/progress.ts'
import { reportResult } from '../../output/task-output.ts'
import type { ClientCliOptions } from '../../util/client-options.ts'
import { withClient } from '../../util/client.ts'
import type { ExitStatus } from '../../util/exit.ts'

/** `result` options as commander parses them. */
export interface ResultCliOptions extends ClientCliOptions {
  out?: string
  waitMs?: number
}

/**
 * Runs the command.
 *
 * @returns 0 for a completed, verified task, 1 otherwise
 * @throws {CliError} / client errors (status 3: unknown task, unreachable, deadline)
 */
export async function runResult (taskId: string, opts: ResultCliOptions): Promise<ExitStatus> {
  return await withClient(opts, async client => {
    const onProgress = createProgressPrinter(process.stderr, opts.json !== true && process.stderr.isTTY)
    const result = await client.waitForResult(taskId, { onProgress, deadlineMs: opts.waitMs })
    return await reportResult(result, opts)
  })
}
