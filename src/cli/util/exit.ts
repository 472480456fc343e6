/**
 * Exit statuses of the CLI (README "Exit status") and the error that carries one.
 *
 * | status | meaning |
 * | --- | --- |
 * | 0 | success: the task completed and was verified (`submit`, `result`), it was accepted (`submit --detach`), it was cancelled (`cancel`), the query was answered (`status`, `peers`, `account balance`), the transfer was applied (`account transfer`), the identity was shown or created, a valid proof was written (`proof`) or checked (`verify-proof`), the stored state is valid (`chain verify`, `chain repair`), content was collected (`gc`), a backup was taken (`backup`) or restored (`restore`), the node stopped gracefully, the demo ran |
 * | 1 | the task ended without success (failed, timed_out, memory_exceeded, rejected, cancelled, not verified, receipt check failed); the coordinator refused to cancel it (`cancel`: already ended, or submitted by another peer); the coordinator refused a transfer (`account transfer`); `identity create` found a key file already there; an invalid proof (`verify-proof`, `proof`); invalid stored state (`chain verify`, `chain repair`); a backup that does not match its manifest (`restore`); a node that failed while running or was forced to stop; a demo that failed |
 * | 2 | usage: bad or missing options, unreadable input files (a proof file too), an unwritable `--out`, invalid config |
 * | 3 | no answer: the coordinator is unreachable, answered with an error, does not know the task, has no proof of it yet (`proof`), or the wait passed its deadline; a running node holds the data directory (`chain`, `gc`, `backup`, `restore`) |
 */

/** The exit statuses, by meaning. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  unavailable: 3
} as const

/** One of the {@link EXIT} values. */
export type ExitStatus = typeof EXIT[keyof typeof EXIT]

/** An error the CLI reports as one line on stderr and exits with `exitStatus`. */
export class CliError extends Error {
  static readonly NAME = 'CliError'
  override name = CliError.NAME
  readonly exitStatus: ExitStatus

  constructor (exitStatus: ExitStatus, message: string, options?: ErrorOptions) {
    super(message, options)
    this.exitStatus = exitStatus
  }
}

/** Names of the node's config errors, which mean "your input is wrong" (exit 2). */
const USAGE_ERRORS = new Set(['ConfigError', 'InvalidHostOptionsError', 'CorruptIdentityError', 'InvalidAmountError'])

/**
 * The exit status for an error thrown by a command: a CliError's own, 2 for
 * usage errors, 3 for everything else (the coordinator could not answer).
 */
export function exitStatusOf (err: unknown): ExitStatus {
  if (err instanceof CliError) return err.exitStatus
  const name = (err as Error)?.name
  if (name != null && USAGE_ERRORS.has(name)) return EXIT.usage
  return EXIT.unavailable
}
