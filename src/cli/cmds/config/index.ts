/**
 * `bin/node config print [--env E] [--config F] [--json] [node options]`:
 * the configuration a node started with the same environment, variables and
 * options would run with, each value with its source.
 */
import type { Command } from 'commander'
import { addNodeConfigOptions } from '../node/index.ts'
import type { NodeCliOptions } from '../node/options.ts'

/** `config print` options as commander parses them. */
export interface ConfigPrintOptions extends NodeCliOptions {
  json?: boolean
}

/** Adds the `config` command with `print`. */
export function configCommand (program: Command): void {
  const config = program.command('config')
    .description('the node configuration: built-in defaults < config/<env>.yaml < --config FILE < AILEE_* variables < flags')
  addNodeConfigOptions(config.command('print')
    .description('print the effective configuration and where each value came from (default, env file, config file, env var, flag)'))
    .option('--json', 'print {"environment", "config", "sources"} on stdout')
    .action(async (opts: ConfigPrintOptions) => { process.exitCode = await (await import('./handler.ts')).runConfigPrint(opts) })
}
