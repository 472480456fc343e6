/** `bin/node submit`: run a WebAssembly task through a coordinator. */
import type { Command } from 'commander'
import { addClientOptions } from '../../util/client-options.ts'
import { collect, collectEnv, parseNonNegativeInt, parsePositiveInt, parseVerifyOption } from '../../util/parse.ts'
import type { SubmitCliOptions } from './options.ts'
import { CONFIG_DEFAULTS as D } from '../../../config/schema.ts'

/** Adds the `submit` command. */
export function submitCommand (program: Command): void {
  addClientOptions(program.command('submit')
    .description('run a WebAssembly (WASI) module on the network and print its output')
    .option('--wasm <file>', 'the WebAssembly module (WASI preview1 command); required unless every --jobs line names one')
    .option('--stdin <file>', 'file given to the program as standard input')
    .option('--arg <value>', 'program argument, repeatable (argv[1], argv[2], ...)', collect)
    .option('--env <KEY=VALUE>', 'environment variable, repeatable', collectEnv)
    .option('--timeout-ms <n>', `wall-clock limit of one execution attempt, ms (default: the coordinator's; built in: ${D.timeouts.executionMs})`, parsePositiveInt)
    .option('--memory-mb <n>', `memory limit, MiB (default: the coordinator's; built in: ${D.limits.defaultMemoryPages / 16})`, parsePositiveInt)
    .option('--max-price <n>', `most credits to pay (default: the coordinator's; built in: ${D.coordinator.defaultMaxPrice})`, parseNonNegativeInt)
    .option('--queue-timeout-ms <n>', `longest wait for a capable worker, ms (default: the coordinator's; built in: ${D.timeouts.queueMs})`, parsePositiveInt)
    .option('--bid-window-ms <n>', `how long the offer collects bids, ms (default: the coordinator's; built in: ${D.timeouts.bidWindowMs})`, parsePositiveInt)
    .option('--total-timeout-ms <n>', `submit to end, all attempts included, ms (default: the coordinator's; built in: ${D.timeouts.totalMs})`, parsePositiveInt)
    .option('--verify <policy>', `how the result is checked before it is paid: none | spot:P | replicate:K | adaptive (default: the coordinator's; built in: ${D.verification.defaultPolicy})`, parseVerifyOption)
    .option('--out <file>', 'write the program\'s stdout to this file instead of stdout')
    .option('--detach', 'return once the task is durably accepted and print its id')
    .option('--jobs <file>', 'many tasks: a JSON-lines file, one task per line ({"wasm","args","env","stdin","timeoutMs","memoryMb","maxPrice","verify",...}; missing keys come from the options above); prints one JSON line per task as it ends')
    .option('--repeat <n>', 'submit the task (or every --jobs line) N times; over 1, prints one JSON line per task as it ends', parsePositiveInt)
    .option('--concurrency <n>', `tasks in flight at once over the one connection, with --jobs or --repeat (the coordinator answers more than its limits.maxStreamsPerPeer, built in ${D.limits.maxStreamsPerPeer}, with RATE_LIMITED, which is retried)`, parsePositiveInt, 32))
    .action(async (opts: SubmitCliOptions) => { process.exitCode = await (await import('./handler.ts')).runSubmit(opts) })
}
