/**
 * `chain verify` / `chain repair` on a stopped node's data directory
 * (src/chain/chain-verify.ts does the work). Text output: one line per
 * stored chain, then one per fork seen (two blocks signed by one producer at
 * one height; src/chain/fork-evidence.ts); `--json`: the report with `forks`.
 * Forks do not change the exit status: they are the producers' faults, and
 * the stored chains stay valid (the first block seen at a height is kept).
 */
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ChainStore } from '../../../chain/chain-store.ts'
import { repairStoredState, verifyStoredState } from '../../../chain/chain-verify.ts'
import { verifyForkEvidence } from '../../../chain/fork-evidence.ts'
import type { ChainReport } from '../../../chain/chain-verify.ts'
import { IDENTITY_FILE, loadKeyFile } from '../../../p2p/identity.ts'
import { StateDb } from '../../../storage/index.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import { openStoppedStateDb } from '../../util/stopped-node.ts'
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
    const forks = await forkReport(chain)
    if (opts.json === true) await printJson({ valid: report.valid, chains: report.chains, forks })
    else {
      await writeAll(process.stdout, report.chains.map(line).join('') + forks.map(forkLine).join('') +
        (report.valid ? 'valid\n' : `invalid: repair with \`bin/node chain repair --data-dir ${opts.dataDir}\`\n`))
    }
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

/** One fork of `chain verify`: both signed headers (base64) and whether their signatures still verify. */
export interface ForkReport {
  producer: string
  height: number
  /** when this node saw it, Unix epoch ms */
  detectedAtMs: number
  /** the block hash kept in the chain, then the conflicting one (hex) */
  hashes: [string, string]
  /** encoded headers, base64, in the order of `hashes` */
  headers: [string, string]
  /** their signatures, base64 */
  signatures: [string, string]
  /** both headers name the producer and height, differ, and carry its valid signature */
  evidenceValid: boolean
}

async function forkReport (chain: ChainStore): Promise<ForkReport[]> {
  const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
  return await Promise.all((await chain.forks()).map(async e => ({
    producer: e.producer,
    height: e.height,
    detectedAtMs: e.detectedAtMs,
    hashes: [e.headers[0].hash, e.headers[1].hash] as [string, string],
    headers: [b64(e.headers[0].header), b64(e.headers[1].header)] as [string, string],
    signatures: [b64(e.headers[0].signature), b64(e.headers[1].signature)] as [string, string],
    evidenceValid: await verifyForkEvidence(e)
  })))
}

function forkLine (f: ForkReport): string {
  return `FORK ${f.producer} at height ${f.height}: signed ${f.hashes[0]} (kept) and ${f.hashes[1]}, seen ${new Date(f.detectedAtMs).toISOString()}, evidence ${f.evidenceValid ? 'valid' : 'INVALID'}\n`
}

function line (c: ChainReport): string {
  const state = c.stateValid == null ? '' : c.stateValid ? ', state valid' : ', state INVALID'
  const head = c.height < 0 ? 'no blocks' : `height ${c.height} head ${c.headHash}`
  const error = c.error == null ? '' : `\n  first bad: height ${c.error.height}, field ${c.error.field}: ${c.error.message}`
  return `${c.own ? 'own ' : ''}${c.producer}: ${head}, chain ${c.chainValid ? 'valid' : 'INVALID'}${state}${error}\n`
}

/** Opens `dataDir/state` (and reads the node's identity, if any) for `fn`, and closes it. */
async function withState (dataDir: string, fn: (db: StateDb, chain: ChainStore, own: string | undefined) => Promise<ExitStatus>): Promise<ExitStatus> {
  let own: string | undefined
  try {
    own = peerIdFromPrivateKey(await loadKeyFile(join(dataDir, IDENTITY_FILE))).toString()
  } catch (err) {
    if ((err as Error).name !== 'IdentityNotFoundError') throw new CliError(EXIT.usage, (err as Error).message, { cause: err })
  }
  const db = await openStoppedStateDb(dataDir, 'stop the node first')
  try {
    return await fn(db, new ChainStore(db), own)
  } finally {
    await db.close()
  }
}
