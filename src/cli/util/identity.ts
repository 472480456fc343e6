/** Which key file a client command uses (`--identity`, `--identity-dir`, the default path), and loading it. */
import { join, resolve } from 'node:path'
import type { PrivateKey } from '@libp2p/interface'
import { IDENTITY_FILE, defaultClientIdentityPath, loadOrCreateKeyFile } from '../../p2p/identity.ts'
import type { IdentityCliOptions } from './client-options.ts'
import { CliError, EXIT } from './exit.ts'

/**
 * The absolute path of the client's key file: `--identity`, else
 * `--identity-dir`/identity.key, else {@link defaultClientIdentityPath}.
 *
 * @throws {CliError} status 2 when both options are given
 */
export function identityPath (opts: IdentityCliOptions): string {
  if (opts.identity != null && opts.identityDir != null) throw new CliError(EXIT.usage, 'give --identity or --identity-dir, not both')
  if (opts.identity != null) return resolve(opts.identity)
  if (opts.identityDir != null) return resolve(join(opts.identityDir, IDENTITY_FILE))
  return defaultClientIdentityPath()
}

/**
 * Loads the client's key (creating the file on first use).
 *
 * @throws {CliError} status 2 when the file is corrupt or cannot be read or written
 */
export async function loadClientIdentity (opts: IdentityCliOptions): Promise<{ key: PrivateKey, path: string, created: boolean }> {
  const path = identityPath(opts)
  try {
    return { ...await loadOrCreateKeyFile(path), path }
  } catch (err) {
    const option = opts.identity != null ? `--identity ${opts.identity}` : opts.identityDir != null ? `--identity-dir ${opts.identityDir}` : `identity ${path}`
    throw new CliError(EXIT.usage, `${option}: ${(err as Error).message}`, { cause: err })
  }
}
