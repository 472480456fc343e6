/** `bin/node demo`: a whole network on this machine, one task through it, then a clean shutdown. */
import type { Command } from 'commander'
import type { DemoCliOptions } from './handler.ts'
import { parsePositiveInt } from '../../util/parse.ts'

/** Adds the `demo` command. */
export function demoCommand (program: Command): void {
  program.command('demo')
    .description('start a coordinator and two workers on 127.0.0.1, run the example task (primes.wasm), stop them')
    .option('--workers <n>', 'number of workers (default: 2)', parsePositiveInt)
    .option('--arg <value>', 'argument of primes.wasm: count primes below this (default: 1000000)')
    .option('--keep', 'keep the temporary data directories and logs')
    .option('--json', 'print the task result as one JSON object on stdout (narration goes to stderr)')
    .action(async (opts: DemoCliOptions) => { process.exitCode = await (await import('./handler.ts')).runDemo(opts) })
}
