/** `bin/node backup --data-dir D --to DIR`: a backup of a stopped node's data directory (docs/maintenance.md, "Backups"). */
import type { Command } from 'commander'
import { parsePositiveInt } from '../../util/parse.ts'

/** `backup` options as commander parses them. */
export interface BackupCommandOptions {
  dataDir: string
  to: string
  config?: string
  keep?: number
  json?: boolean
}

/** Adds the `backup` command. */
export function backupCommand (program: Command): void {
  program.command('backup')
    .description('back up a stopped node\'s state database, content store, identity and config into a new directory under --to, with a manifest ' +
      '(a running node backs itself up into backup.dir every backup.intervalMs and on SIGUSR2); exit 0 when taken, 2 for no data directory or bad options, 3 when a running node holds it')
    .requiredOption('--data-dir <dir>', 'the node\'s data directory (the node must be stopped)')
    .requiredOption('--to <dir>', 'directory of backups; the new one is a backup-<time> directory in it')
    .option('--config <file>', 'the node\'s config file, stored in the backup as config.yaml (as the environment\'s layers resolve it)')
    .option('--keep <n>', 'backups kept in --to, the oldest beyond removed (default: backup.keep, 10)', parsePositiveInt)
    .option('--json', 'print {"dir", "bytes", "elapsedMs", "pruned", "manifest"} on stdout')
    .action(async (opts: BackupCommandOptions) => { process.exitCode = await (await import('./handler.ts')).runBackup(opts) })
}
