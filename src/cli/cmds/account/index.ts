/** `bin/node account balance|transfer`: balances and signed transfers on a coordinator's ledger. */
import type { Command } from 'commander'
import { addClientOptions, type ClientCliOptions } from '../../util/client-options.ts'

/** `account` options as commander parses them. */
export interface AccountCliOptions extends ClientCliOptions {
  /** `transfer`: AMOUNT is in smallest units. */
  units?: boolean
}

/** Adds the `account` command with `balance` and `transfer`. */
export function accountCommand (program: Command): void {
  const account = program.command('account')
    .description('credits on a coordinator\'s ledger: balances and transfers signed with your identity')
  addClientOptions(account.command('balance')
    .description('print the balance of ACCOUNT (default: your identity\'s account)')
    .argument('[account]', 'an account (peer id)'))
    .action(async (target: string | undefined, opts: AccountCliOptions) => {
      process.exitCode = await (await import('./handler.ts')).runBalance(target, opts)
    })
  addClientOptions(account.command('transfer')
    .description('move AMOUNT credits from your identity\'s account to TO, signed with your key')
    .argument('<to>', 'the payee account (peer id)')
    .argument('<amount>', 'credits, with up to `decimals` fractional digits ("1.5"); with --units, smallest units'))
    .option('--units', 'AMOUNT is an integer of smallest units')
    .action(async (to: string, amount: string, opts: AccountCliOptions) => {
      process.exitCode = await (await import('./handler.ts')).runTransfer(to, amount, opts)
    })
}
