/**
 * `proof`: asks the coordinator for the proof of a task's accepted receipt
 * (`ProofQuery`), checks it offline as `verify-proof` does, and writes the
 * encoded `ReceiptProof` to `--out FILE` (binary) or, without `--out`, as one
 * base64 line on stdout. With `--json`: one object `{ taskId, bytes, file,
 * proof (base64), facts }` on stdout.
 */
import { writeFile } from 'node:fs/promises'
import { InvalidProofError } from '../../../chain/errors.ts'
import { verifyProofBytes } from '../../../chain/proof.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { withClient } from '../../util/client.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import { formatFacts } from '../verify-proof/handler.ts'
import type { ProofCliOptions } from './index.ts'

/**
 * Runs the command.
 *
 * @returns 0 once a valid proof is written
 * @throws {CliError} status 1 when the coordinator's proof does not verify (nothing is written),
 *   2 when `--out` cannot be written
 * @throws client errors (status 3: unknown task, no proof yet (`ProofUnavailableError`: not ended,
 *   no accepted receipt, not sealed into a block yet), unreachable)
 */
export async function runProof (taskId: string, opts: ProofCliOptions): Promise<ExitStatus> {
  const bytes = await withClient(opts, async client => await client.proof(taskId))
  let facts
  try {
    facts = await verifyProofBytes(bytes)
  } catch (err) {
    if (err instanceof InvalidProofError) throw new CliError(EXIT.failure, `the coordinator's proof does not verify: ${err.message}`, { cause: err })
    throw err
  }
  if (facts.taskId !== taskId) throw new CliError(EXIT.failure, `the coordinator's proof is of task ${facts.taskId}, not ${taskId}`)
  const base64 = Buffer.from(bytes).toString('base64')
  if (opts.out != null) {
    try {
      await writeFile(opts.out, bytes)
    } catch (err) {
      throw new CliError(EXIT.usage, `--out ${opts.out}: ${(err as Error).message}`, { cause: err })
    }
  }
  if (opts.json === true) {
    await printJson({ taskId, bytes: bytes.byteLength, file: opts.out ?? null, proof: base64, facts })
  } else if (opts.out != null) {
    await writeAll(process.stdout, `wrote the proof of task ${taskId} (${bytes.byteLength} bytes) to ${opts.out}\n${formatFacts(facts)}`)
  } else {
    await writeAll(process.stdout, base64 + '\n')
  }
  return EXIT.ok
}
