/**
 * `account balance` and `account transfer`. Amounts are printed in credits
 * with the ledger's decimals (`1.5`); `--json` prints
 * `{"account", "balance" (smallest units, decimal string), "credits", "decimals"}`
 * (transfer adds `"to"` and `"amount"`, smallest units, decimal string).
 */
import { formatAmount, parseCredits, toAmount, TransferRejectedError, type AccountBalanceInfo } from '../../../client/index.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { withClient } from '../../util/client.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import type { AccountCliOptions } from './index.ts'

/**
 * Prints a balance.
 *
 * @returns 0 once printed
 * @throws client errors (status 3: unreachable or refused)
 */
export async function runBalance (account: string | undefined, opts: AccountCliOptions): Promise<ExitStatus> {
  const info = await withClient(opts, async client => await client.balance(account))
  if (opts.json === true) await printJson(balanceJson(info))
  else await writeAll(process.stdout, `${info.account}  ${formatAmount(info.balance, info.decimals)} credits\n`)
  return EXIT.ok
}

/**
 * Transfers credits, then prints the payer's balance.
 *
 * @returns 0 when applied, 1 when the coordinator refused it (reason on stderr)
 * @throws {CliError} status 2 for a malformed amount
 */
export async function runTransfer (to: string, amountText: string, opts: AccountCliOptions): Promise<ExitStatus> {
  return await withClient(opts, async client => {
    let amount: bigint
    try {
      // decimals come from the coordinator's ledger
      amount = opts.units === true ? toAmount(amountText) : parseCredits(amountText, (await client.balance()).decimals)
    } catch (err) {
      if ((err as Error).name !== 'InvalidAmountError') throw err
      throw new CliError(EXIT.usage, (err as Error).message, { cause: err })
    }
    let info: AccountBalanceInfo
    try {
      info = await client.transfer(to, amount)
    } catch (err) {
      if (!(err instanceof TransferRejectedError)) throw err
      if (opts.json === true) await printJson({ error: { name: err.name, message: err.message, exitStatus: EXIT.failure } })
      await writeAll(process.stderr, `error: ${err.message}\n`)
      return EXIT.failure
    }
    if (opts.json === true) await printJson({ ...balanceJson(info), to, amount: amount.toString() })
    else await writeAll(process.stdout, `sent ${formatAmount(amount, info.decimals)} credits to ${to}; ${info.account} now holds ${formatAmount(info.balance, info.decimals)} credits\n`)
    return EXIT.ok
  })
}

function balanceJson (info: AccountBalanceInfo): Record<string, unknown> {
  return { account: info.account, balance: info.balance.toString(), credits: formatAmount(info.balance, info.decimals), decimals: info.decimals }
}
