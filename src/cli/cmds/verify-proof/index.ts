/** `bin/node verify-proof FILE`: check a receipt proof offline. */
import type { Command } from 'commander'

/** Options of `verify-proof`. */
export interface VerifyProofCliOptions {
  /** FILE holds the proof as base64 text (as `proof` prints without `--out`) instead of binary */
  base64?: boolean
  json?: boolean
}

/** Adds the `verify-proof` command. */
export function verifyProofCommand (program: Command): void {
  program.command('verify-proof')
    .description('check a receipt proof written by `proof`, offline (no node, no network): exit 0 and print what it proves, ' +
      'or exit 1 and print why it is invalid')
    .argument('<file>', 'the proof file (binary ReceiptProof; "-" reads stdin)')
    .option('--base64', 'FILE holds the proof as base64 text, as `proof` prints it without --out')
    .option('--json', 'print one JSON object on stdout')
    .action(async (file: string, opts: VerifyProofCliOptions) => { process.exitCode = await (await import('./handler.ts')).runVerifyProof(file, opts) })
}
