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
 * | 1 | 12 | nonce (GCM IV) |
 * | 13 | n + 16 | AES-256-GCM ciphertext of the n plaintext bytes, its 16-byte tag last |
 *
 * The associated data is the version byte followed by the UTF-8 label
 * `ailee/content/v1/<purpose>` (`module`, `input` or `output`), so an envelope
 * opens only as what it was sealed as (an input cannot be passed off as the
 * module). Module and input nonces are random: a content key seals two
 * envelopes (module, input), far below the 2^32 random 96-bit IVs NIST SP
 * 800-38D allows per key. The output nonce is derived with its key, because that
 * key seals exactly one plaintext and the coordinator must rebuild the same bytes.
 *
 * Output key and nonce: HKDF-SHA256 (RFC 5869) with IKM = K, salt = the 16-byte
 * assignment nonce, info = `ailee/output/v1\n<task id>\n<attempt>`, 44 bytes:
 * the first 32 are the key, the last 12 the nonce.
 *
 * AES-256-GCM is `gcm` of `@noble/ciphers/webcrypto.js`, which runs the
 * platform's WebCrypto: native speed (a 32 MiB module in a fraction of a
 * second) and off the event loop (Node runs SubtleCrypto jobs on its thread
 * pool), so sealing and opening large modules do not stall a node; hence every
 * seal and open here is async. HKDF is from @noble/hashes.
 */
import { gcm } from '@noble/ciphers/webcrypto.js'
import { randomBytes } from '@noble/ciphers/utils.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { EnvelopeError } from './errors.ts'

export { EnvelopeError }

/** Length of a task's content key, bytes. */
export const CONTENT_KEY_BYTES = 32

/** The envelope format version this code writes and reads. */
export const ENVELOPE_VERSION = 1

/** Length of the nonce in an envelope, bytes (the GCM IV). */
export const ENVELOPE_NONCE_BYTES = 12

/** Length of the GCM tag, bytes. */
export const ENVELOPE_TAG_BYTES = 16

/** Bytes an envelope adds to its plaintext: version, nonce and tag (29). */
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
 * @throws {EnvelopeError} (rejects) `bad-key` for a key of another length, `bad-nonce` for a nonce of another length
 */
export async function sealContent (key: Uint8Array, plaintext: Uint8Array, purpose: EnvelopePurpose, nonce: Uint8Array = randomBytes(ENVELOPE_NONCE_BYTES)): Promise<Uint8Array> {
  checkKey(key)
  if (nonce.byteLength !== ENVELOPE_NONCE_BYTES) throw new EnvelopeError('bad-nonce', `envelope nonce must be ${ENVELOPE_NONCE_BYTES} bytes, got ${nonce.byteLength}`)
  const sealed = await gcm(key, nonce, associatedData(purpose)).encrypt(plaintext)
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
 * @throws {EnvelopeError} (rejects) `bad-key` (key not {@link CONTENT_KEY_BYTES} bytes), `truncated` (shorter than
 *   {@link ENVELOPE_OVERHEAD_BYTES}), `unknown-version` (first byte not {@link ENVELOPE_VERSION}),
 *   `authentication-failed` (wrong key, another purpose, or bytes changed)
 */
export async function openContent (key: Uint8Array, envelope: Uint8Array, purpose: EnvelopePurpose): Promise<Uint8Array> {
  checkKey(key)
  if (envelope.byteLength < ENVELOPE_OVERHEAD_BYTES) {
    throw new EnvelopeError('truncated', `${purpose} envelope of ${envelope.byteLength} bytes is shorter than the ${ENVELOPE_OVERHEAD_BYTES} bytes of version, nonce and tag`)
  }
  if (envelope[0] !== ENVELOPE_VERSION) {
    throw new EnvelopeError('unknown-version', `${purpose} envelope has version ${envelope[0]}; this node reads version ${ENVELOPE_VERSION}`)
  }
  const nonce = envelope.subarray(1, 1 + ENVELOPE_NONCE_BYTES)
  try {
    return await gcm(key, nonce, associatedData(purpose)).decrypt(envelope.subarray(1 + ENVELOPE_NONCE_BYTES))
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
 * @throws {EnvelopeError} (rejects) `bad-key` for a content key of another length
 */
export async function sealOutput (contentKey: Uint8Array, ctx: OutputContext, stdout: Uint8Array): Promise<Uint8Array> {
  const { key, nonce } = outputSealing(contentKey, ctx)
  return await sealContent(key, stdout, 'output', nonce)
}

/**
 * Opens an output envelope fetched by the receipt's output CID (the task's
 * client does this with its content key and the receipt's fields).
 *
 * @throws {EnvelopeError} (rejects) as {@link openContent}
 */
export async function openOutput (contentKey: Uint8Array, ctx: OutputContext, envelope: Uint8Array): Promise<Uint8Array> {
  const { key } = outputSealing(contentKey, ctx)
  return await openContent(key, envelope, 'output')
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
