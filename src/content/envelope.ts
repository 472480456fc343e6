/**
 * Content envelopes: a task's module, input and output as they are stored in
 * Helia and served over bitswap, sealed with the task's content key so that a
 * peer that knows (or guesses) a CID fetches only ciphertext (docs/privacy.md).
 *
 * The client draws one random 32-byte content key K per task
 * ({@link newContentKey}) and seals module and input with it ({@link sealContent});
 * K travels only on authenticated, Noise-encrypted point-to-point streams
 * (SubmitTask to the coordinator, Assign to the leased worker). The worker seals
 * the stdout it stores under a key derived from K and the assignment
 * ({@link sealOutput}), so every execution (replica) stores a different
 * ciphertext, and the coordinator, which knows K and the assignment, recomputes
 * the same envelope to check the receipt's output CID.
 *
 * Envelope format, version 1 (all of it is what the CID addresses):
 *
 * | offset | bytes | content |
 * | --- | --- | --- |
 * | 0 | 1 | version, `0x01` |
 * | 1 | 24 | nonce (XChaCha20 extended nonce) |
 * | 25 | n + 16 | XChaCha20-Poly1305 ciphertext of the n plaintext bytes, its 16-byte Poly1305 tag last |
 *
 * The associated data is the version byte followed by the UTF-8 label
 * `ailee/content/v1/<purpose>` (`module`, `input` or `output`), so an envelope
 * opens only as what it was sealed as (an input cannot be passed off as the
 * module). Module and input nonces are random (24 bytes: random nonces do not
 * collide in practice, XChaCha20-Poly1305, draft-irtf-cfrg-xchacha). The output
 * nonce is derived with its key, because its key seals exactly one plaintext
 * and the coordinator must rebuild the same bytes.
 *
 * Output key and nonce: HKDF-SHA256 (RFC 5869) with IKM = K, salt = the 16-byte
 * assignment nonce, info = `ailee/output/v1\n<task id>\n<attempt>`, 56 bytes:
 * the first 32 are the key, the last 24 the nonce.
 *
 * Ciphers from @noble/ciphers (audited, pure JS), HKDF from @noble/hashes.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { randomBytes } from '@noble/ciphers/utils.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { EnvelopeError } from './errors.ts'

export { EnvelopeError }

/** Length of a task's content key, bytes. */
export const CONTENT_KEY_BYTES = 32

/** The envelope format version this code writes and reads. */
export const ENVELOPE_VERSION = 1

/** Length of the nonce in an envelope, bytes (XChaCha20). */
export const ENVELOPE_NONCE_BYTES = 24

/** Length of the Poly1305 tag, bytes. */
export const ENVELOPE_TAG_BYTES = 16

/** Bytes an envelope adds to its plaintext: version, nonce and tag (41). */
export const ENVELOPE_OVERHEAD_BYTES = 1 + ENVELOPE_NONCE_BYTES + ENVELOPE_TAG_BYTES

/** What an envelope holds; part of its associated data. */
export type EnvelopePurpose = 'module' | 'input' | 'output'

/** The assignment an output was produced for (fields of its receipt). */
export interface OutputContext {
  taskId: string
  attempt: number
  /** the Assign's nonce, 16 bytes (the receipt's `assignment_nonce`) */
  assignmentNonce: Uint8Array
}

/** A fresh content key: {@link CONTENT_KEY_BYTES} bytes from the platform CSPRNG. */
export function newContentKey (): Uint8Array {
  return randomBytes(CONTENT_KEY_BYTES)
}

/**
 * The largest stored (sealed) size of content whose plaintext may be `maxBytes`:
 * fetch caps of sealed content use it.
 *
 * @param maxBytes plaintext limit, bytes
 * @returns `maxBytes + ENVELOPE_OVERHEAD_BYTES`
 */
export function sealedSizeLimit (maxBytes: number): number {
  return maxBytes + ENVELOPE_OVERHEAD_BYTES
}

/**
 * Seals `plaintext` into a version-1 envelope.
 *
 * @param key the task's content key, {@link CONTENT_KEY_BYTES} bytes
 * @param nonce {@link ENVELOPE_NONCE_BYTES} bytes; random when not given (never reuse one under the same key)
 * @returns `plaintext.byteLength + ENVELOPE_OVERHEAD_BYTES` bytes
 * @throws {EnvelopeError} `bad-key` for a key of another length, `bad-nonce` for a nonce of another length
 */
export function sealContent (key: Uint8Array, plaintext: Uint8Array, purpose: EnvelopePurpose, nonce: Uint8Array = randomBytes(ENVELOPE_NONCE_BYTES)): Uint8Array {
  checkKey(key)
  if (nonce.byteLength !== ENVELOPE_NONCE_BYTES) throw new EnvelopeError('bad-nonce', `envelope nonce must be ${ENVELOPE_NONCE_BYTES} bytes, got ${nonce.byteLength}`)
  const sealed = xchacha20poly1305(key, nonce, associatedData(purpose)).encrypt(plaintext)
  const out = new Uint8Array(1 + ENVELOPE_NONCE_BYTES + sealed.byteLength)
  out[0] = ENVELOPE_VERSION
  out.set(nonce, 1)
  out.set(sealed, 1 + ENVELOPE_NONCE_BYTES)
  return out
}

/**
 * Opens an envelope sealed by {@link sealContent} with the same key and purpose.
 *
 * @returns the plaintext, `envelope.byteLength - ENVELOPE_OVERHEAD_BYTES` bytes
 * @throws {EnvelopeError} `bad-key` (key not {@link CONTENT_KEY_BYTES} bytes), `truncated` (shorter than
 *   {@link ENVELOPE_OVERHEAD_BYTES}), `unknown-version` (first byte not {@link ENVELOPE_VERSION}),
 *   `authentication-failed` (wrong key, another purpose, or bytes changed)
 */
export function openContent (key: Uint8Array, envelope: Uint8Array, purpose: EnvelopePurpose): Uint8Array {
  checkKey(key)
  if (envelope.byteLength < ENVELOPE_OVERHEAD_BYTES) {
    throw new EnvelopeError('truncated', `${purpose} envelope of ${envelope.byteLength} bytes is shorter than the ${ENVELOPE_OVERHEAD_BYTES} bytes of version, nonce and tag`)
  }
  if (envelope[0] !== ENVELOPE_VERSION) {
    throw new EnvelopeError('unknown-version', `${purpose} envelope has version ${envelope[0]}; this node reads version ${ENVELOPE_VERSION}`)
  }
  const nonce = envelope.subarray(1, 1 + ENVELOPE_NONCE_BYTES)
  try {
    return xchacha20poly1305(key, nonce, associatedData(purpose)).decrypt(envelope.subarray(1 + ENVELOPE_NONCE_BYTES))
  } catch (err) {
    throw new EnvelopeError('authentication-failed', `${purpose} envelope failed authentication: wrong content key, or the bytes were changed`, { cause: err })
  }
}

/**
 * Key and nonce that seal the output of one assignment (HKDF-SHA256, see the module comment).
 *
 * @throws {EnvelopeError} `bad-key` for a content key of another length
 */
export function outputSealing (contentKey: Uint8Array, ctx: OutputContext): { key: Uint8Array, nonce: Uint8Array } {
  checkKey(contentKey)
  const info = new TextEncoder().encode(`ailee/output/v1\n${ctx.taskId}\n${ctx.attempt}`)
  const okm = hkdf(sha256, contentKey, ctx.assignmentNonce, info, CONTENT_KEY_BYTES + ENVELOPE_NONCE_BYTES)
  return { key: okm.subarray(0, CONTENT_KEY_BYTES), nonce: okm.subarray(CONTENT_KEY_BYTES) }
}

/**
 * Seals an assignment's stdout: deterministic for (content key, assignment), so
 * the coordinator rebuilds the bytes the worker stored and checks their CID.
 *
 * @throws {EnvelopeError} `bad-key` for a content key of another length
 */
export function sealOutput (contentKey: Uint8Array, ctx: OutputContext, stdout: Uint8Array): Uint8Array {
  const { key, nonce } = outputSealing(contentKey, ctx)
  return sealContent(key, stdout, 'output', nonce)
}

/**
 * Opens an output envelope fetched by the receipt's output CID (the task's
 * client does this with its content key and the receipt's fields).
 *
 * @throws {EnvelopeError} as {@link openContent}
 */
export function openOutput (contentKey: Uint8Array, ctx: OutputContext, envelope: Uint8Array): Uint8Array {
  const { key } = outputSealing(contentKey, ctx)
  return openContent(key, envelope, 'output')
}

/**
 * Whether `key` names a sealed task: an empty key means plaintext content.
 *
 * @throws {EnvelopeError} `bad-key` for a key that is neither empty nor {@link CONTENT_KEY_BYTES} bytes
 */
export function isSealed (key: Uint8Array | undefined): key is Uint8Array {
  if (key == null || key.byteLength === 0) return false
  checkKey(key)
  return true
}

function checkKey (key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.byteLength !== CONTENT_KEY_BYTES) {
    throw new EnvelopeError('bad-key', `content key must be ${CONTENT_KEY_BYTES} bytes, got ${key instanceof Uint8Array ? key.byteLength : typeof key}`)
  }
}

function associatedData (purpose: EnvelopePurpose): Uint8Array {
  const label = new TextEncoder().encode(`ailee/content/v1/${purpose}`)
  const ad = new Uint8Array(1 + label.byteLength)
  ad[0] = ENVELOPE_VERSION
  ad.set(label, 1)
  return ad
}
