/**
 * Hashing and byte helpers of the chain. SHA-256 (FIPS 180-4) from @noble/hashes.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js'

/** SHA-256 digest (32 bytes) of `bytes`. */
export function sha256 (bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes)
}

/** Byte length of a SHA-256 digest. */
export const HASH_BYTES = 32

/** True if `a` and `b` hold the same bytes (not constant-time: for public data only). */
export function bytesEqual (a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  if (a == null || b == null) return a === b
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
