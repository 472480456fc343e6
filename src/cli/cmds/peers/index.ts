/** `bin/node peers`: the workers a coordinator sees. */
import type { Command } from 'commander'
import { addClientOptions, type ClientCliOptions } from '../../util/client-options.ts'

/** Adds the `peers` command. */
export function peersCommand (program: Command): void {
  addClientOptions(program.command('peers')
    .description('list the coordinator\'s workers: health, capacity, running tasks, reputation, breaker, telemetry age'))
    .action(async (opts: ClientCliOptions) => { process.exitCode = await (await import('./handler.ts')).runPeers(opts) })
}
