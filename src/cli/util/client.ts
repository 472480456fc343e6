/** The client the coordinator commands (`submit`, `result`, `status`, `cancel`, `peers`, `account`) build from their options. */
import { AileeClient, InvalidCoordinatorAddressError } from '../../client/index.ts'
import type { ClientCliOptions } from './client-options.ts'
import { CliError, EXIT } from './exit.ts'
import { loadClientIdentity } from './identity.ts'

/**
 * Connects a client to `--coordinator` as the identity of `--identity` (or
 * `--identity-dir`, or the default file, created on first use), runs `fn`
 * with it and closes it afterwards, whatever happens.
 *
 * @throws {CliError} status 2 for a malformed address or an unusable identity file, 3 when unreachable
 */
export async function withClient<T> (opts: ClientCliOptions, fn: (client: AileeClient) => Promise<T>): Promise<T> {
  const { key: privateKey } = await loadClientIdentity(opts)
  let client: AileeClient
  try {
    client = await AileeClient.connect(opts.coordinator, { networkId: opts.networkId, timeoutMs: opts.requestTimeoutMs, privateKey })
  } catch (err) {
    throw new CliError(err instanceof InvalidCoordinatorAddressError ? EXIT.usage : EXIT.unavailable, (err as Error).message, { cause: err })
  }
  try {
    return await fn(client)
  } finally {
    await client.close()
  }
}
