/** `bin/node result TASK_ID`: wait for a task's end and report it like `submit`. */
import type { Command } from 'commander'
import { addClientOptions } from '../../util/client-options.ts'
import { parsePositiveInt } from '../../util/parse.ts'
import type { ResultCliOptions } from './handler.ts'

/** Adds the `result` command. */
export function resultCommand (program: Command): void {
  addClientOptions(program.command('result')
    .description('wait for a task to end, then print its output like submit')
    .argument('<taskId>', 'the task id printed by submit --detach')
    .option('--out <file>', 'write the program\'s stdout to this file instead of stdout')
    .option('--wait-ms <n>', 'give up waiting after this long, ms (default: 7200000)', parsePositiveInt))
    .action(async (taskId: string, opts: ResultCliOptions) => { process.exitCode = await (await import('./handler.ts')).runResult(taskId, opts) })
}
