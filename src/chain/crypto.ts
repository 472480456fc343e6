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
  // every receipt, submission and block is checked against its signer's peer id: the same few keys, parsed once
  const known = PARSED_KEYS.get(peerId)
  if (known != null) return known
  let key: PublicKey | undefined
  try {
    key = peerIdFromString(peerId).publicKey
  } catch (err) {
    throw fail(`${JSON.stringify(peerId)} is not a peer id`, { cause: err })
  }
  if (key?.type !== 'Ed25519') throw fail(`${peerId} is not an Ed25519 peer id`)
  if (PARSED_KEYS.size >= PARSED_KEYS_MAX) PARSED_KEYS.delete(PARSED_KEYS.keys().next().value!)
  PARSED_KEYS.set(peerId, key)
  return key
}

/** Most Ed25519 keys of {@link ed25519PublicKey} kept parsed (the oldest parsed is dropped past it). */
const PARSED_KEYS_MAX = 4_096

/** Ed25519 public keys by peer id string, oldest first. */
const PARSED_KEYS = new Map<string, PublicKey>()
