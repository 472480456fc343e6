/**
 * Entry point of `bin/node` (the `ailee` command). Runs the program and exits
 * with the status the command chose (see util/exit.ts): errors become one
 * line on stderr (and, with `--json`, one `{"error": ...}` object on stdout)
 * and status 2 (usage) or 3 (no answer) unless they carry their own.
 */
import { CommanderError } from 'commander'
import { createProgram } from './program.ts'
import { CliError, EXIT, exitStatusOf } from './util/exit.ts'

async function main (): Promise<number> {
  try {
    await createProgram().parseAsync(process.argv)
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok
  } catch (err) {
    let status: number
    if (err instanceof CommanderError) {
      // help and version "errors" exit 0; commander already printed the message
      if (err.exitCode === 0) return EXIT.ok
      status = EXIT.usage
    } else {
      process.stderr.write(`error: ${(err as Error)?.message ?? String(err)}\n`)
      if (process.env.AILEE_DEBUG != null) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`)
      status = exitStatusOf(err)
    }
    // with --json, a failed command still prints one JSON object: {"error": {name, message, exitStatus}}
    if (process.argv.includes('--json')) {
      const e = err as Error
      const name = status === EXIT.usage && (err instanceof CommanderError || err instanceof CliError)
        ? 'UsageError'
        : err instanceof CliError ? (e.cause as Error | undefined)?.name ?? e.name : e?.name ?? 'Error'
      process.stdout.write(JSON.stringify({ error: { name, message: e?.message ?? String(err), exitStatus: status } }) + '\n')
    }
    return status
  }
}

const status = await main()
// libp2p may leave timers behind after stop(); everything we wrote is flushed, so leave now
process.stdout.write('', () => { process.stderr.write('', () => { process.exit(status) }) })
