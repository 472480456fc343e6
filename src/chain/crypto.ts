/**
 * Sizes and key helpers shared by receipts and blocks. Hashes are SHA-256
 * (FIPS 180-4, `@noble/hashes`), signatures Ed25519 by libp2p identity keys.
 */
import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey, PublicKey } from '@libp2p/interface'

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

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4): the 32-byte key follows. */
const ED25519_SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])

/** Node key objects of libp2p keys, made once per key object (the keys of {@link ed25519PublicKey} are kept). */
const PUBLIC_KEY_OBJECTS = new WeakMap<PublicKey, KeyObject>()
const PRIVATE_KEY_OBJECTS = new WeakMap<PrivateKey, KeyObject>()

/**
 * `key.verify(data, signature)` for an Ed25519 key, with the same result
 * (Node's `crypto.verify`, as `@libp2p/crypto` does on Node), but the key is
 * imported into a Node `KeyObject` once per key rather than on every call:
 * `@libp2p/crypto` builds a JWK and imports it each time, which was about
 * half the cost of a verification in `bench/profile.ts` (workers verify every
 * receipt of every block they follow). Other key types, and a key or
 * signature of the wrong length, go to `key.verify` (which throws for them).
 *
 * @returns whether `signature` (64 bytes) is `key`'s over `data`
 * @throws TypeError from `key.verify` for a malformed key or signature
 */
export async function verifyEd25519 (key: PublicKey, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  if (key.type !== 'Ed25519' || key.raw.byteLength !== 32 || signature.byteLength !== SIGNATURE_BYTES) return await key.verify(data, signature)
  let object = PUBLIC_KEY_OBJECTS.get(key)
  if (object == null) {
    const der = new Uint8Array(ED25519_SPKI_PREFIX.byteLength + 32)
    der.set(ED25519_SPKI_PREFIX)
    der.set(key.raw, ED25519_SPKI_PREFIX.byteLength)
    object = createPublicKey({ key: Buffer.from(der.buffer, der.byteOffset, der.byteLength), format: 'der', type: 'spki' })
    PUBLIC_KEY_OBJECTS.set(key, object)
  }
  return nodeVerify(null, data, object, signature)
}

/**
 * `key.sign(data)` for an Ed25519 key (the node's own identity key), the same
 * 64 bytes (Ed25519 signatures are deterministic, RFC 8032), with the key
 * imported into a Node `KeyObject` once per key instead of on every call (see
 * {@link verifyEd25519}). Other key types go to `key.sign`.
 *
 * @returns the signature
 */
export async function signEd25519 (key: PrivateKey, data: Uint8Array): Promise<Uint8Array> {
  if (key.type !== 'Ed25519' || key.raw.byteLength !== 64) return await key.sign(data)
  let object = PRIVATE_KEY_OBJECTS.get(key)
  if (object == null) {
    // libp2p keeps the 32-byte seed followed by the 32-byte public key
    const b64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url')
    object = createPrivateKey({ format: 'jwk', key: { crv: 'Ed25519', kty: 'OKP', d: b64(key.raw.subarray(0, 32)), x: b64(key.raw.subarray(32)) } })
    PRIVATE_KEY_OBJECTS.set(key, object)
  }
  return new Uint8Array(nodeSign(null, data, object))
}
