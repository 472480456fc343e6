/**
 * `verify-proof`: reads a `ReceiptProof` file and checks it offline with
 * `verifyProofBytes` (src/chain/proof.ts). Valid: prints the facts it proves
 * (with `--json`: `{ valid: true, facts }`) and exits 0. Invalid: prints the
 * reason on stderr (with `--json`, `{"error": {name: "InvalidProofError",
 * message, exitStatus: 1}}` on stdout) and exits 1.
 */
import { readFile } from 'node:fs/promises'
import { InvalidProofError } from '../../../chain/errors.ts'
import { verifyProofBytes, type ProofFacts } from '../../../chain/proof.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import type { VerifyProofCliOptions } from './index.ts'

/**
 * Runs the command.
 *
 * @returns 0 when the proof is valid
 * @throws {CliError} status 1 with the reason when it is not, 2 when the file cannot be read
 *   (or, with `--base64`, is not base64)
 */
export async function runVerifyProof (file: string, opts: VerifyProofCliOptions): Promise<ExitStatus> {
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? await readStdin() : new Uint8Array(await readFile(file))
  } catch (err) {
    throw new CliError(EXIT.usage, `${file}: ${(err as Error).message}`, { cause: err })
  }
  if (opts.base64 === true) {
    const text = new TextDecoder().decode(bytes).trim()
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new CliError(EXIT.usage, `${file}: not base64 text`)
    bytes = new Uint8Array(Buffer.from(text, 'base64'))
  }
  let facts: ProofFacts
  try {
    facts = await verifyProofBytes(bytes)
  } catch (err) {
    if (err instanceof InvalidProofError) throw new CliError(EXIT.failure, err.message, { cause: err })
    throw err
  }
  if (opts.json === true) await printJson({ valid: true, facts })
  else await writeAll(process.stdout, `valid proof\n${formatFacts(facts)}`)
  return EXIT.ok
}

/** The human-readable facts of a valid proof, one per line. */
export function formatFacts (f: ProofFacts): string {
  return [
    `task         ${f.taskId} (attempt ${f.attempt})`,
    `worker       ${f.workerPeerId}`,
    `coordinator  ${f.coordinatorPeerId}`,
    `exit         ${f.exitCode} (${f.status})`,
    `module       sha256 ${f.moduleHash}`,
    `output       sha256 ${f.outputHash === '' ? '-' : f.outputHash}, cid ${f.outputCid === '' ? '-' : f.outputCid}`,
    `price        ${f.price} credits from ${f.clientAccount}`,
    `nonce        ${f.assignmentNonce === '' ? '-' : f.assignmentNonce}`,
    `block        ${f.blockHeight} of ${f.producerPeerId}, sealed ${new Date(f.blockTimestampMs).toISOString()}`,
    `block hash   ${f.blockHash}`,
    `entry        ${f.leafIndex} of ${f.treeSize} (receipts root ${f.receiptsRoot})`
  ].join('\n') + '\n'
}

async function readStdin (): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}
