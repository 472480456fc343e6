/** The client the coordinator commands (`submit`, `result`, `status`, `cancel`, `peers`) build from their options. */
import type { PrivateKey } from '@libp2p/interface'
import { AileeClient, InvalidCoordinatorAddressError } from '../../client/index.ts'
import { loadOrCreateIdentity } from '../../p2p/identity.ts'
import type { ClientCliOptions } from './client-options.ts'
import { CliError, EXIT } from './exit.ts'

/**
 * Connects a client to `--coordinator` (as the identity of `--identity-dir`
 * when given), runs `fn` with it and closes it afterwards, whatever happens.
 *
 * @throws {CliError} status 2 for a malformed address or an unusable `--identity-dir`, 3 when unreachable
 */
export async function withClient<T> (opts: ClientCliOptions, fn: (client: AileeClient) => Promise<T>): Promise<T> {
  const privateKey = opts.identityDir != null ? await loadIdentity(opts.identityDir) : undefined
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

/**
 * Loads (or creates) `<dir>/identity.key`.
 *
 * @throws {CliError} status 2 when the file is corrupt or cannot be read or written
 */
async function loadIdentity (dir: string): Promise<PrivateKey> {
  try {
    return await loadOrCreateIdentity(dir)
  } catch (err) {
    throw new CliError(EXIT.usage, `--identity-dir ${dir}: ${(err as Error).message}`, { cause: err })
  }
}
