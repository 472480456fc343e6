/**
 * `identity show` / `identity create`. Output: `account <peer id>` and
 * `file <path>` lines, or with `--json` `{"account", "path", "created"}`.
 */
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { createKeyFile } from '../../../p2p/identity.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import { identityPath, loadClientIdentity } from '../../util/identity.ts'
import type { IdentityCommandOptions } from './index.ts'

/**
 * Prints the account of the identity file, creating the file when missing.
 *
 * @throws {CliError} status 2 for an unreadable or corrupt file
 */
export async function runIdentityShow (opts: IdentityCommandOptions): Promise<ExitStatus> {
  const { key, path, created } = await loadClientIdentity(opts)
  await print(peerIdFromPrivateKey(key).toString(), path, created, opts.json === true)
  return EXIT.ok
}

/**
 * Creates a new key file.
 *
 * @throws {CliError} status 1 when the file exists (without `--force`), 2 when it cannot be written
 */
export async function runIdentityCreate (opts: IdentityCommandOptions): Promise<ExitStatus> {
  const path = identityPath(opts)
  let account: string
  try {
    account = peerIdFromPrivateKey(await createKeyFile(path, { force: opts.force === true })).toString()
  } catch (err) {
    const e = err as Error
    throw new CliError(e.name === 'IdentityExistsError' ? EXIT.failure : EXIT.usage, e.message, { cause: err })
  }
  await print(account, path, true, opts.json === true)
  return EXIT.ok
}

async function print (account: string, path: string, created: boolean, json: boolean): Promise<void> {
  if (json) await printJson({ account, path, created })
  else await writeAll(process.stdout, `account ${account}\nfile    ${path}${created ? ' (created)' : ''}\n`)
}
