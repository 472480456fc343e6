/** `bin/node coordinators`: the network's coordinators, as a coordinator heard them announce themselves. */
import type { Command } from 'commander'
import { addClientOptions, type ClientCliOptions } from '../../util/client-options.ts'

/** Adds the `coordinators` command. */
export function coordinatorsCommand (program: Command): void {
  addClientOptions(program.command('coordinators')
    .description('list the network\'s coordinators as the coordinator knows them (itself first): peer id, accepting, open tasks, ' +
      'age of the last announcement, addresses; pass them as repeated --coordinator to submit with failover'))
    .action(async (opts: ClientCliOptions) => { process.exitCode = await (await import('./handler.ts')).runCoordinators(opts) })
}
