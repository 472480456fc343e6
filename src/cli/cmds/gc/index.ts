/** `bin/node gc --data-dir D`: release expired pins and collect unpinned content of a stopped coordinator. */
import type { Command } from 'commander'

/** `gc` options as commander parses them. */
export interface GcCommandOptions {
  dataDir: string
  config?: string
  json?: boolean
}

/** Adds the `gc` command. */
export function gcCommand (program: Command): void {
  program.command('gc')
    .description('release the pins of ended tasks whose retention passed (content.retention) and delete every unpinned block, on a stopped node ' +
      '(a running coordinator does this itself every content.gc.intervalMs); exit 0 when done, 3 when a running node holds the data directory')
    .requiredOption('--data-dir <dir>', 'the node\'s data directory (the node must be stopped)')
    .option('--config <file>', 'config file whose content.retention applies (default: the environment\'s, see config/default.yaml)')
    .option('--json', 'print {"released", "kept", "unpinned", "bytesBefore", "bytesAfter"} on stdout')
    .action(async (opts: GcCommandOptions) => { process.exitCode = await (await import('./handler.ts')).runGc(opts) })
}
