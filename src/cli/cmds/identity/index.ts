/** `bin/node identity show|create`: the client's key file and its account. */
import type { Command } from 'commander'
import { addIdentityOptions, type IdentityCliOptions } from '../../util/client-options.ts'

/** `identity` options as commander parses them. */
export interface IdentityCommandOptions extends IdentityCliOptions {
  force?: boolean
  json?: boolean
}

/** Adds the `identity` command with `show` and `create`. */
export function identityCommand (program: Command): void {
  const identity = program.command('identity')
    .description('the client\'s identity: an Ed25519 key file whose peer id is its ledger account')
  addIdentityOptions(identity.command('show')
    .description('print the account (peer id) and the key file (created if missing)'))
    .option('--json', 'print {"account", "path", "created"} on stdout')
    .action(async (opts: IdentityCommandOptions) => { process.exitCode = await (await import('./handler.ts')).runIdentityShow(opts) })
  addIdentityOptions(identity.command('create')
    .description('create a new key file (refused if one exists, unless --force)'))
    .option('--force', 'replace an existing key file (its account\'s credits become unreachable)')
    .option('--json', 'print {"account", "path", "created"} on stdout')
    .action(async (opts: IdentityCommandOptions) => { process.exitCode = await (await import('./handler.ts')).runIdentityCreate(opts) })
}
