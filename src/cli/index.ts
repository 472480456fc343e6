/**
 * Entry point of `bin/node` (the `ailee` command). Runs the program and exits
 * with the status the command chose (see util/exit.ts): errors become one
 * line on stderr and status 2 (usage) or 3 (no answer) unless they carry
 * their own.
 */
import { CommanderError } from 'commander'
import { createProgram } from './program.ts'
import { EXIT, exitStatusOf } from './util/exit.ts'

async function main (): Promise<number> {
  try {
    await createProgram().parseAsync(process.argv)
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" exit 0; commander already printed the message
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    process.stderr.write(`error: ${(err as Error)?.message ?? String(err)}\n`)
    if (process.env.AILEE_DEBUG != null) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`)
    return exitStatusOf(err)
  }
}

const status = await main()
// libp2p may leave timers behind after stop(); everything we wrote is flushed, so leave now
process.stdout.write('', () => { process.stderr.write('', () => { process.exit(status) }) })
