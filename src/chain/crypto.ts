/**
 * Sizes and key helpers shared by receipts and blocks. Hashes are SHA-256
 * (FIPS 180-4, `@noble/hashes`), signatures Ed25519 by libp2p identity keys.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { PublicKey } from '@libp2p/interface'

/** Byte length of a SHA-256 digest. */
export const HASH_BYTES = 32

/** Length in bytes of an Ed25519 signature. */
export const SIGNATURE_BYTES = 64

/**
 * The Ed25519 public key embedded in a peer id string.
 *
 * @param fail makes the error thrown when `peerId` is not a peer id (with the
 *   parse error as `cause`) or not an Ed25519 one
 */
export function ed25519PublicKey (peerId: string, fail: (message: string, options?: ErrorOptions) => Error): PublicKey {
  let key: PublicKey | undefined
  try {
    key = peerIdFromString(peerId).publicKey
  } catch (err) {
    throw fail(`${JSON.stringify(peerId)} is not a peer id`, { cause: err })
  }
  if (key?.type !== 'Ed25519') throw fail(`${peerId} is not an Ed25519 peer id`)
  return key
}
