/**
 * The command-line program (commander): the node itself as the root action
 * (`--role ...`) and one subcommand per folder under `cmds/` (Lodestar style:
 * `index.ts` declares the options, `handler.ts` does the work, `options.ts`
 * turns options into library options).
 */
import { Command } from 'commander'
import { accountCommand } from './cmds/account/index.ts'
import { cancelCommand } from './cmds/cancel/index.ts'
import { chainCommand } from './cmds/chain/index.ts'
import { configCommand } from './cmds/config/index.ts'
import { coordinatorsCommand } from './cmds/coordinators/index.ts'
import { demoCommand } from './cmds/demo/index.ts'
import { gcCommand } from './cmds/gc/index.ts'
import { backupCommand } from './cmds/backup/index.ts'
import { restoreCommand } from './cmds/restore/index.ts'
import { identityCommand } from './cmds/identity/index.ts'
import { nodeCommand } from './cmds/node/index.ts'
import { peersCommand } from './cmds/peers/index.ts'
import { proofCommand } from './cmds/proof/index.ts'
import { resultCommand } from './cmds/result/index.ts'
import { statusCommand } from './cmds/status/index.ts'
import { submitCommand } from './cmds/submit/index.ts'
import { verifyProofCommand } from './cmds/verify-proof/index.ts'

/** Builds the program. Errors surface as thrown `CommanderError`s (exitOverride), not process exits. */
export function createProgram (): Command {
  const program = new Command('ailee')
    .description('AILEE node: a peer-to-peer market for WebAssembly (WASI) tasks with signed execution receipts.\n' +
      'Run a node with --role, or use a command.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    // the node's options (--network-id, ...) belong to the root only before a command name,
    // so a command's own options of the same name reach the command
    .enablePositionalOptions()
  nodeCommand(program)
  submitCommand(program)
  resultCommand(program)
  statusCommand(program)
  cancelCommand(program)
  peersCommand(program)
  coordinatorsCommand(program)
  identityCommand(program)
  accountCommand(program)
  proofCommand(program)
  verifyProofCommand(program)
  configCommand(program)
  chainCommand(program)
  gcCommand(program)
  backupCommand(program)
  restoreCommand(program)
  demoCommand(program)
  return program
}
