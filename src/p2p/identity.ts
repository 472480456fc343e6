/**
 * Identity key files: one Ed25519 key pair per file. A node keeps its key in
 * `<dataDir>/identity.key`, so the peer ID survives restarts; a client keeps
 * its key (its ledger account, docs/accounts.md) in `--identity FILE`, by
 * default {@link defaultClientIdentityPath}.
 *
 * File format: the libp2p `PrivateKey` protobuf (`privateKeyToProtobuf` of
 * `@libp2p/crypto`, the same bytes `ipfs`/`kubo` keystores hold), written with
 * mode 0600 through a temporary file and a rename, so a crash never leaves a
 * half-written key behind.
 */
import { randomBytes } from 'node:crypto'
import { chmod, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { CorruptIdentityError, IdentityExistsError, IdentityNotFoundError } from './errors.ts'
import type { PrivateKey } from '@libp2p/interface'

/** Name of the key file inside the data directory. */
export const IDENTITY_FILE = 'identity.key'

/**
 * The client's default identity file: `$XDG_CONFIG_HOME/ailee/identity.key`,
 * or `~/.config/ailee/identity.key` when `XDG_CONFIG_HOME` is unset or empty.
 *
 * @param env the environment @default process.env
 */
export function defaultClientIdentityPath (env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME != null && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config')
  return resolve(base, 'ailee', IDENTITY_FILE)
}

/**
 * Loads the node's private key from `<dataDir>/identity.key`, or creates a new
 * Ed25519 key there (creating `dataDir` if needed) when the file does not exist.
 *
 * @param dataDir the node's data directory
 * @returns the private key; `peerIdFromPrivateKey(key)` gives the peer ID
 * @throws {CorruptIdentityError} when the file exists but is not a valid
 *   protobuf-encoded private key (the file is left untouched: delete it to get a
 *   new identity)
 * @throws the `fs` error when the file or directory cannot be read or written
 */
export async function loadOrCreateIdentity (dataDir: string): Promise<PrivateKey> {
  return (await loadOrCreateKeyFile(join(dataDir, IDENTITY_FILE))).key
}

/**
 * Loads the key in `path`, or creates a new Ed25519 key there (creating the
 * directory, mode 0700 when new) when the file does not exist.
 *
 * @returns the key and whether it was created now
 * @throws {CorruptIdentityError} when the file exists but does not hold a key
 * @throws the `fs` error when the file or directory cannot be read or written
 */
export async function loadOrCreateKeyFile (path: string): Promise<{ key: PrivateKey, created: boolean }> {
  const file = resolve(path)
  const existing = await readKeyFile(file)
  if (existing != null) return { key: existing, created: false }
  try {
    return { key: await createKeyFile(file), created: true }
  } catch (err) {
    // another process created it between our read and our write: use theirs
    if (err instanceof IdentityExistsError) return { key: await loadKeyFile(file), created: false }
    throw err
  }
}

/**
 * Loads the key in `path`.
 *
 * @throws {IdentityNotFoundError} when the file does not exist
 * @throws {CorruptIdentityError} when it does not hold a key
 */
export async function loadKeyFile (path: string): Promise<PrivateKey> {
  const file = resolve(path)
  const key = await readKeyFile(file)
  if (key == null) throw new IdentityNotFoundError(file, `no identity file at ${file} (create one with \`bin/node identity create --identity ${file}\`)`)
  return key
}

/**
 * Creates a new Ed25519 key in `path` (mode 0600, temporary file + rename),
 * creating its directory (mode 0700) if needed.
 *
 * @param options.force replace an existing file (its key is lost)
 * @throws {IdentityExistsError} when the file exists and `force` is not set
 * @throws the `fs` error when the file or directory cannot be written
 */
export async function createKeyFile (path: string, options: { force?: boolean } = {}): Promise<PrivateKey> {
  const file = resolve(path)
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  const key = await generateKeyPair('Ed25519')
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(tmp, privateKeyToProtobuf(key), { mode: 0o600, flag: 'wx' })
    await chmod(tmp, 0o600) // a umask may have widened nothing, but be explicit
    if (options.force === true) {
      await rename(tmp, file)
    } else {
      // link() never replaces an existing file: atomic "create if absent"
      await link(tmp, file).catch((err: any) => {
        if (err?.code === 'EEXIST') throw new IdentityExistsError(file, `identity file ${file} already exists (use --force to replace it; its key is then lost)`)
        throw err
      })
    }
  } finally {
    await rm(tmp, { force: true })
  }
  return key
}

/** The key in `file`, or undefined when there is no such file. */
async function readKeyFile (file: string): Promise<PrivateKey | undefined> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (err: any) {
    if (err?.code === 'ENOENT') return undefined
    throw err
  }
  return decodeIdentity(file, bytes)
}

function decodeIdentity (path: string, bytes: Uint8Array): PrivateKey {
  if (bytes.byteLength === 0) {
    throw new CorruptIdentityError(path, `identity file ${path} is empty; delete it to create a new identity`)
  }
  try {
    return privateKeyFromProtobuf(bytes)
  } catch (err) {
    throw new CorruptIdentityError(
      path,
      `identity file ${path} is corrupt (not a protobuf-encoded libp2p private key: ${(err as Error).message}); delete it to create a new identity`,
      { cause: err }
    )
  }
}
