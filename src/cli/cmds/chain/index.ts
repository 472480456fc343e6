/** `bin/node chain verify|repair --data-dir D`: check a stopped node's stored chains and ledger, and repair them. */
import type { Command } from 'commander'

/** `chain` options as commander parses them. */
export interface ChainCommandOptions {
  dataDir: string
  json?: boolean
}

/** Adds the `chain` command with `verify` and `repair`. */
export function chainCommand (program: Command): void {
  const chain = program.command('chain')
    .description('the stored chains and ledger of a stopped node (docs/maintenance.md)')
  chain.command('verify')
    .description('validate every stored chain from block 0, replay the own ledger against each state root and the stored balances; exit 0 when all valid, 1 when not')
    .requiredOption('--data-dir <dir>', 'the node\'s data directory (the node must be stopped)')
    .option('--json', 'print {"valid", "chains": [{producer, own, height, headHash, chainValid, stateValid, lastValidHeight, error?}]} on stdout')
    .action(async (opts: ChainCommandOptions) => { process.exitCode = await (await import('./handler.ts')).runChainVerify(opts) })
  chain.command('repair')
    .description('truncate each bad chain to its last valid block (peers re-send the rest on the next start) and rewrite the ledger from the chain; exit 0 when valid afterwards, 1 when not')
    .requiredOption('--data-dir <dir>', 'the node\'s data directory (the node must be stopped)')
    .option('--json', 'print {"truncated", "ledgerAccountsRewritten", "after"} on stdout')
    .action(async (opts: ChainCommandOptions) => { process.exitCode = await (await import('./handler.ts')).runChainRepair(opts) })
}
