/**
 * Options shared by the commands that talk to a coordinator (`submit`,
 * `result`, `status`, `peers`), and the client they build.
 */
import type { Command } from 'commander'
import { AileeClient } from '../../client/index.ts'
import { CliError, EXIT } from './exit.ts'
import { parsePositiveInt } from './parse.ts'

/** The client options as commander parses them. */
export interface ClientCliOptions {
  coordinator: string
  networkId?: string
  requestTimeoutMs?: number
  json?: boolean
}

/** Adds `--coordinator` (required), `--network-id`, `--request-timeout-ms` and `--json`. */
export function addClientOptions (cmd: Command): Command {
  return cmd
    .requiredOption('--coordinator <multiaddr>', 'coordinator address, ending in /p2p/<peer id> (see its node.json)')
    .option('--network-id <id>', 'network id of the coordinator (default: ailee-dev)')
    .option('--request-timeout-ms <ms>', 'timeout of the dial and of each request (default: 10000)', parsePositiveInt)
    .option('--json', 'print one JSON object on stdout')
}

/**
 * Connects a client to `--coordinator`.
 *
 * @throws {CliError} status 2 for a malformed address, 3 when unreachable
 */
export async function connectClient (opts: ClientCliOptions): Promise<AileeClient> {
  try {
    return await AileeClient.connect(opts.coordinator, { networkId: opts.networkId, timeoutMs: opts.requestTimeoutMs })
  } catch (err) {
    const e = err as Error
    throw new CliError(e.name === 'InvalidCoordinatorAddressError' ? EXIT.usage : EXIT.unavailable, e.message, { cause: err })
  }
}

/** Runs `fn` with a connected client and closes it afterwards, whatever happens. */
export async function withClient<T> (opts: ClientCliOptions, fn: (client: AileeClient) => Promise<T>): Promise<T> {
  const client = await connectClient(opts)
  try {
    return await fn(client)
  } finally {
    await client.close()
  }
}
