/**
 * The node's libp2p identity: one Ed25519 key pair kept in
 * `<dataDir>/identity.key`, so the peer ID survives restarts.
 *
 * File format: the libp2p `PrivateKey` protobuf (`privateKeyToProtobuf` of
 * `@libp2p/crypto`, the same bytes `ipfs`/`kubo` keystores hold), written with
 * mode 0600 through a temporary file and a rename, so a crash never leaves a
 * half-written key behind.
 */
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { CorruptIdentityError } from './errors.ts'
import type { PrivateKey } from '@libp2p/interface'

/** Name of the key file inside the data directory. */
export const IDENTITY_FILE = 'identity.key'

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
  const path = resolve(join(dataDir, IDENTITY_FILE))
  let bytes: Uint8Array | undefined
  try {
    bytes = await readFile(path)
  } catch (err: any) {
    if (err?.code !== 'ENOENT') throw err
  }

  if (bytes != null) {
    return decodeIdentity(path, bytes)
  }

  await mkdir(resolve(dataDir), { recursive: true })
  const key = await generateKeyPair('Ed25519')
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(tmp, privateKeyToProtobuf(key), { mode: 0o600, flag: 'wx' })
    await chmod(tmp, 0o600) // a umask may have widened nothing, but be explicit
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
  return key
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
