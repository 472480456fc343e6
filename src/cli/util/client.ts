/** The client the coordinator commands (`submit`, `result`, `status`, `peers`) build from their options. */
import { AileeClient } from '../../client/index.ts'
import type { ClientCliOptions } from './client-options.ts'
import { CliError, EXIT } from './exit.ts'

export type { ClientCliOptions } from './client-options.ts'
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
