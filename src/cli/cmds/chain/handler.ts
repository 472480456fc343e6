/**
 * `chain verify` / `chain repair` on a stopped node's data directory
 * (src/chain/chain-verify.ts does the work). Text output: one line per
 * stored chain; `--json`: the report.
 */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ChainStore } from '../../../chain/chain-store.ts'
import { repairStoredState, verifyStoredState } from '../../../chain/chain-verify.ts'
import type { ChainReport } from '../../../chain/chain-verify.ts'
import { IDENTITY_FILE, loadKeyFile } from '../../../p2p/identity.ts'
import { StateDb } from '../../../storage/index.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import type { ChainCommandOptions } from './index.ts'

/**
 * Verifies the stored state of `--data-dir`.
 *
 * @returns 0 when every chain (and the own ledger) is valid, 1 when not
 * @throws {CliError} 2 when the directory holds no state database; 3 when a running node holds it
 */
export async function runChainVerify (opts: ChainCommandOptions): Promise<ExitStatus> {
  return await withState(opts.dataDir, async (db, chain, own) => {
    const report = await verifyStoredState(db, chain, { own })
    if (opts.json === true) await printJson({ valid: report.valid, chains: report.chains })
    else await writeAll(process.stdout, report.chains.map(line).join('') + (report.valid ? 'valid\n' : `invalid: repair with \`bin/node chain repair --data-dir ${opts.dataDir}\`\n`))
    return report.valid ? EXIT.ok : EXIT.failure
  })
}

/**
 * Repairs the stored state of `--data-dir` (truncation, ledger rewrite), then verifies it.
 *
 * @returns 0 when valid afterwards, 1 when not
 * @throws {CliError} as {@link runChainVerify}
 */
export async function runChainRepair (opts: ChainCommandOptions): Promise<ExitStatus> {
  return await withState(opts.dataDir, async (db, chain, own) => {
    const result = await repairStoredState(db, chain, { own })
    if (opts.json === true) {
      await printJson({ truncated: result.truncated, ledgerAccountsRewritten: result.ledgerAccountsRewritten, after: { valid: result.after.valid, chains: result.after.chains } })
    } else {
      const lines = [
        ...result.truncated.map(t => `truncated ${t.producer} to height ${t.keptHeight}: ${t.deleted} blocks deleted${t.requeued > 0 ? `, ${t.requeued} entries back to pending` : ''}\n`),
        ...result.ledgerAccountsRewritten.map(a => `ledger balance of ${a} rewritten from the chain\n`),
        ...(result.truncated.length === 0 && result.ledgerAccountsRewritten.length === 0 ? ['nothing to repair\n'] : []),
        ...result.after.chains.map(line),
        result.after.valid ? 'valid\n' : 'still invalid\n'
      ]
      await writeAll(process.stdout, lines.join(''))
    }
    return result.after.valid ? EXIT.ok : EXIT.failure
  })
}

function line (c: ChainReport): string {
  const state = c.stateValid == null ? '' : c.stateValid ? ', state valid' : ', state INVALID'
  const head = c.height < 0 ? 'no blocks' : `height ${c.height} head ${c.headHash}`
  const error = c.error == null ? '' : `\n  first bad: height ${c.error.height}, field ${c.error.field}: ${c.error.message}`
  return `${c.own ? 'own ' : ''}${c.producer}: ${head}, chain ${c.chainValid ? 'valid' : 'INVALID'}${state}${error}\n`
}

/** Opens `dataDir/state` (and reads the node's identity, if any) for `fn`, and closes it. */
async function withState (dataDir: string, fn: (db: StateDb, chain: ChainStore, own: string | undefined) => Promise<ExitStatus>): Promise<ExitStatus> {
  const path = join(dataDir, 'state')
  try {
    await access(path)
  } catch {
    throw new CliError(EXIT.usage, `no state database at ${path} (is --data-dir a node's data directory?)`)
  }
  let own: string | undefined
  try {
    own = peerIdFromPrivateKey(await loadKeyFile(join(dataDir, IDENTITY_FILE))).toString()
  } catch (err) {
    if ((err as Error).name !== 'IdentityNotFoundError') throw new CliError(EXIT.usage, (err as Error).message, { cause: err })
  }
  let db: StateDb
  try {
    db = await StateDb.open(path)
  } catch (err) {
    if ((err as Error).name === 'DatabaseLockedError') throw new CliError(EXIT.unavailable, `${(err as Error).message}; stop the node first`, { cause: err })
    throw err
  }
  try {
    return await fn(db, new ChainStore(db), own)
  } finally {
    await db.close()
  }
}
