/**
 * The key layout of the state database, declared once (docs/storage.md lists every key).
 * Every key is UTF-8 text `{prefix}{id}`; ids never need escaping because each
 * bucket owns everything under its prefix. Numbers inside keys are zero-padded
 * to {@link NUMBER_KEY_WIDTH} digits so that byte order is numeric order.
 */

/** Key prefixes, one per bucket. Values: see the docstring of each. */
export const Prefix = {
  /** `nodes/{peerId}`: what this node knows of a peer. */
  nodes: 'nodes/',
  /** `tasks/{taskId}`: a task's status record. */
  tasks: 'tasks/',
  /** `proofs/{taskId}/{producerPeerId}`: where a producer sealed receipts of a task, a JSON list of `{ producer, height, index }` (a bare object from older versions; src/chain/chain-store.ts). */
  proofs: 'proofs/',
  /** `telemetry/{peerId}/{timestampMs, padded}`: telemetry samples; see {@link telemetryId}. */
  telemetry: 'telemetry/',
  /** `reputation/{peerId}`: reputation evidence of a worker. */
  reputation: 'reputation/',
  /** `ledger/{account}`: balance in smallest units, decimal text (src/chain/ledger.ts). */
  ledger: 'ledger/',
  /** `blocks/{producerPeerId}/{height, padded}`: encoded `pb.Block`s (src/chain/chain-store.ts); see {@link blockId}. */
  blocks: 'blocks/',
  /**
   * `nonces/id/{account}/{nonce hex}` → expiry (Unix ms, decimal) and
   * `nonces/exp/{expiry padded}/{account}/{nonce hex}` → empty: nonces of
   * account-signed requests seen, kept until they expire (src/chain/nonce-store.ts).
   */
  nonces: 'nonces/',
  /**
   * `pins/{CID, v1 base32}/{use}` → JSON `{ heldAtMs }`: one use of pinned content
   * (`task/{taskId}/module|input|output`); the content stays pinned while any
   * use of it is kept (src/coordinator/content-retention.ts).
   */
  pins: 'pins/',
  /** `meta/...`: everything else: chain heads `meta/head/`, applied-operation markers `meta/applied/`, open tasks `meta/open/`, pending block entries `meta/pending/`, fork evidence `meta/fork/` (src/chain/fork-evidence.ts). */
  meta: 'meta/'
} as const

/** One of the prefixes in {@link Prefix}. */
export type KeyPrefix = typeof Prefix[keyof typeof Prefix]

/** Digits of a number inside a key: 16 holds every safe integer (2^53 - 1 has 16 digits). */
export const NUMBER_KEY_WIDTH = 16

/**
 * Renders a non-negative safe integer as a fixed-width decimal string, so keys
 * sort numerically. Throws `RangeError` for negative, fractional or unsafe numbers.
 */
export function padNumber (n: number, width: number = NUMBER_KEY_WIDTH): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`key number must be a non-negative safe integer, got ${n}`)
  }
  return n.toString().padStart(width, '0')
}

/** Id inside the telemetry bucket: `{peerId}/{timestampMs padded}` (ms since the Unix epoch). */
export function telemetryId (peerId: string, timestampMs: number): string {
  return `${peerId}/${padNumber(timestampMs)}`
}

/** Id inside the blocks bucket: `{producerPeerId}/{height padded}`. */
export function blockId (producerPeerId: string, height: number): string {
  return `${producerPeerId}/${padNumber(height)}`
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** UTF-8 bytes of a key given as text; bytes pass through. */
export function keyBytes (key: string | Uint8Array): Uint8Array {
  return typeof key === 'string' ? encoder.encode(key) : key
}

/** A key as text (keys of this node are UTF-8). */
export function keyText (key: Uint8Array): string {
  return decoder.decode(key)
}

/**
 * The smallest key greater than every key that starts with `prefix`, or
 * `undefined` when there is none (a prefix of only 0xff bytes): the exclusive
 * upper bound of a prefix scan.
 */
export function prefixUpperBound (prefix: Uint8Array): Uint8Array | undefined {
  const end = prefix.slice()
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] !== 0xff) {
      end[i]++
      return end.subarray(0, i + 1)
    }
  }
  return undefined
}
