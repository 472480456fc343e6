/** `bin/node cancel TASK_ID`: stop a task this client submitted. */
import type { Command } from 'commander'
import { addClientOptions } from '../../util/client-options.ts'
import type { CancelCliOptions } from './options.ts'

/** Adds the `cancel` command. */
export function cancelCommand (program: Command): void {
  addClientOptions(program.command('cancel')
    .description('cancel a task that has not ended; only the peer that submitted it may (use the same --identity-dir as submit)')
    .argument('<taskId>', 'the task id printed by submit --detach')
    .option('--reason <text>', 'why, kept as the task\'s reason'))
    .action(async (taskId: string, opts: CancelCliOptions) => { process.exitCode = await (await import('./handler.ts')).runCancel(taskId, opts) })
}
