/** `bin/node status TASK_ID`: where a task stands and why its worker was chosen. */
import type { Command } from 'commander'
import { addClientOptions, type ClientCliOptions } from '../../util/client-options.ts'

/** Adds the `status` command. */
export function statusCommand (program: Command): void {
  addClientOptions(program.command('status')
    .description('show a task\'s state, reason, attempts, worker and the scores of each selection round')
    .argument('<taskId>', 'the task id'))
    .action(async (taskId: string, opts: ClientCliOptions) => { process.exitCode = await (await import('./handler.ts')).runStatus(taskId, opts) })
}
