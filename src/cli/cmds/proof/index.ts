/** `bin/node proof TASK_ID --coordinator MADDR [--out FILE]`: fetch the self-contained proof of a task's receipt. */
import type { Command } from 'commander'
import { addClientOptions, type ClientCliOptions } from '../../util/client-options.ts'

/** Options of `proof`. */
export interface ProofCliOptions extends ClientCliOptions {
  /** file to write the encoded proof to; unset: base64 on stdout */
  out?: string
}

/** Adds the `proof` command. */
export function proofCommand (program: Command): void {
  addClientOptions(program.command('proof')
    .description('fetch the proof that a task\'s accepted receipt is sealed in the coordinator\'s chain (README "Proofs"); ' +
      'it is checked before it is written; check it again anywhere, offline, with verify-proof')
    .argument('<taskId>', 'the task id')
    .option('--out <file>', 'write the encoded proof (binary) to FILE (default: print it as one base64 line on stdout)'))
    .action(async (taskId: string, opts: ProofCliOptions) => { process.exitCode = await (await import('./handler.ts')).runProof(taskId, opts) })
}
