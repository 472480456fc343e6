/** `bin/node restore --from BACKUP --data-dir D`: bring a backup back (docs/maintenance.md, "Backups"). */
import type { Command } from 'commander'

/** `restore` options as commander parses them. */
export interface RestoreCommandOptions {
  from: string
  dataDir: string
  force?: boolean
  json?: boolean
}

/** Adds the `restore` command. */
export function restoreCommand (program: Command): void {
  program.command('restore')
    .description('verify a backup against its manifest (every file\'s size and SHA-256), then restore it into --data-dir; ' +
      'exit 0 when restored, 1 when the backup does not verify (nothing written), 2 for no backup there or a non-empty --data-dir without --force, 3 when a running node holds --data-dir')
    .requiredOption('--from <dir>', 'a backup directory, or a directory of backups (its newest is taken)')
    .requiredOption('--data-dir <dir>', 'the data directory to restore into (empty or new; the node must be stopped)')
    .option('--force', 'replace a non-empty --data-dir (it is moved aside to <dir>.replaced-<time>, not deleted)')
    .option('--json', 'print {"backup", "dataDir", "movedAside", "manifest"} on stdout')
    .action(async (opts: RestoreCommandOptions) => { process.exitCode = await (await import('./handler.ts')).runRestore(opts) })
}
