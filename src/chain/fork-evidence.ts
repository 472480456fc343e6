/**
 * Evidence of equivocation: a producer signed two different block headers at
 * the same height of its chain. Nothing but the producer's key makes such a
 * pair, so the pair proves the producer's fault, never the fault of a peer
 * who relayed one of the blocks (the "duplicate vote evidence" idea of
 * Tendermint, https://docs.tendermint.com/v0.34/spec/consensus/evidence.html,
 * applied to block headers).
 *
 * Stored in the state database at `meta/fork/{producerPeerId}/{height, 16 digits}`
 * as JSON: both signed headers (encoded `pb.BlockHeader` and signature,
 * base64) and their hashes, the stored one first. One record per producer
 * and height (the first conflicting block seen), at most
 * {@link MAX_FORKS_PER_PRODUCER} per producer, so a producer that equivocates
 * without end cannot fill the disk.
 */
import { equals } from 'uint8arrays/equals'
import { z } from 'zod'
import type { ailee } from '../proto/index.ts'
import { Bucket, Prefix, jsonCodec, padNumber } from '../storage/index.ts'
import type { StateDb } from '../storage/index.ts'
import { blockHash, decodeBlockHeader, verifyHeaderSignature } from './block.ts'

/** Key prefix of fork evidence records. */
export const FORK_PREFIX = `${Prefix.meta}fork/`

/** Most evidence records kept per producer; later forks of that producer are logged, not stored. */
export const MAX_FORKS_PER_PRODUCER = 100

/** One signed header of a fork. */
export interface SignedHeader {
  /** `blockHash` of the header, hex (64 characters) */
  hash: string
  /** the encoded `pb.BlockHeader`, as signed */
  header: Uint8Array
  /** the producer's Ed25519 signature over `BLOCK_SIGNING_PREFIX || header` (64 bytes) */
  signature: Uint8Array
}

/** Two different headers signed by `producer` at `height`. */
export interface ForkEvidence {
  producer: string
  height: number
  /** when this node saw the second header, Unix epoch ms */
  detectedAtMs: number
  /** the header stored in this node's chain first, then the conflicting one */
  headers: [SignedHeader, SignedHeader]
}

const base64 = z.string().transform(s => Uint8Array.from(Buffer.from(s, 'base64')))
const signedHeaderSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), header: base64, signature: base64 })
const evidenceSchema = z.object({
  producer: z.string().min(1),
  height: z.number().int().nonnegative(),
  detectedAtMs: z.number().int().nonnegative(),
  headers: z.tuple([signedHeaderSchema, signedHeaderSchema])
})
type StoredEvidence = z.input<typeof evidenceSchema>

/**
 * A block was refused because its producer already signed a different block
 * at its height that this node stores: equivocation by the producer.
 * `recorded` tells whether the evidence was stored now (false: evidence at
 * this height was already stored, or the producer's cap was reached).
 */
export class ForkError extends Error {
  static override readonly name = 'ForkError'
  override readonly name = 'ForkError'
  readonly evidence: ForkEvidence
  readonly recorded: boolean

  constructor (evidence: ForkEvidence, recorded: boolean) {
    super(`producer ${evidence.producer} signed two different blocks at height ${evidence.height} ` +
      `(${evidence.headers[0].hash.slice(0, 16)}… stored, ${evidence.headers[1].hash.slice(0, 16)}… received): equivocation, ` +
      `${recorded ? 'evidence stored' : 'evidence already stored or over the cap'}`)
    this.evidence = evidence
    this.recorded = recorded
  }
}

/**
 * A block signed by its producer at the height after this node's head whose
 * `prev_hash` is not the hash of the stored head: the producer signed two
 * branches of its chain (it equivocated at some height at or below
 * `height - 1`), or this node stores the other branch. Like a
 * {@link ForkError} it is the producer's fault, not the relaying peer's; the
 * block is refused and the stored chain kept. The height where the branches
 * part is not known from this block alone (range sync looks for it,
 * src/node/fork-search.ts). A block that does not link and is not signed by
 * its producer is an `InvalidBlockError` (`bad-signature`) instead.
 */
export class BranchError extends Error {
  static override readonly name = 'BranchError'
  override readonly name = 'BranchError'
  readonly producer: string
  /** height of the refused block (the stored head's + 1) */
  readonly height: number
  /** `blockHash` of the stored block at `height - 1`, hex */
  readonly storedHash: string
  /** the refused block's `prev_hash` (its branch's block at `height - 1`), hex */
  readonly prevHash: string
  /** `blockHash` of the refused block, hex */
  readonly hash: string

  constructor (producer: string, height: number, storedHash: Uint8Array, prevHash: Uint8Array, hash: Uint8Array) {
    const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
    super(`block ${height} of ${producer} (${hex(hash).slice(0, 16)}…) is signed by its producer but links to ${hex(prevHash).slice(0, 16)}…, ` +
      `not to the stored block ${height - 1} (${hex(storedHash).slice(0, 16)}…): the producer signed two branches (equivocation at or below height ${height - 1})`)
    this.producer = producer
    this.height = height
    this.storedHash = hex(storedHash)
    this.prevHash = hex(prevHash)
    this.hash = hex(hash)
  }
}

/** The evidence of `stored` and `conflicting` (two blocks of `producer` at `height`), seen at `nowMs`. */
export function forkEvidence (producer: string, height: number, stored: ailee.v1.IBlock, conflicting: ailee.v1.IBlock, nowMs: number): ForkEvidence {
  const signed = (block: ailee.v1.IBlock): SignedHeader => ({
    hash: Buffer.from(blockHash(block.header!)).toString('hex'),
    header: Uint8Array.from(block.header!),
    signature: Uint8Array.from(block.signature ?? [])
  })
  return { producer, height, detectedAtMs: nowMs, headers: [signed(stored), signed(conflicting)] }
}

/**
 * Whether `evidence` proves equivocation: both headers decode, name
 * `producer` and `height`, differ (their hashes match and differ), and both
 * signatures verify against the producer's key. Never throws.
 */
export async function verifyForkEvidence (evidence: ForkEvidence): Promise<boolean> {
  try {
    const [a, b] = evidence.headers
    if (equals(a.header, b.header)) return false
    for (const signed of evidence.headers) {
      const header = decodeBlockHeader({ header: signed.header })
      if (header.producerPeerId !== evidence.producer || header.height !== evidence.height) return false
      if (Buffer.from(blockHash(signed.header)).toString('hex') !== signed.hash) return false
      await verifyHeaderSignature(header, signed.header, signed.signature)
    }
    return true
  } catch {
    return false
  }
}

/** Fork evidence records in the state database (see the module comment). */
export class ForkEvidenceStore {
  readonly #forks: Bucket<ForkEvidence>

  constructor (db: StateDb) {
    const codec = jsonCodec(evidenceSchema)
    this.#forks = new Bucket<ForkEvidence>(db, FORK_PREFIX, {
      encode: (e: ForkEvidence) => codec.encode(toStored(e) as any),
      decode: (bytes: Uint8Array) => codec.decode(bytes) as ForkEvidence
    })
  }

  /**
   * Stores `evidence` (committed at once) unless a record of the same
   * producer and height exists or the producer has {@link MAX_FORKS_PER_PRODUCER}.
   *
   * @returns whether it was stored
   */
  async record (evidence: ForkEvidence): Promise<boolean> {
    const id = `${evidence.producer}/${padNumber(evidence.height)}`
    if (await this.#forks.has(id)) return false
    let count = 0
    for await (const _ of this.#forks.ids({ prefix: `${evidence.producer}/`, limit: MAX_FORKS_PER_PRODUCER })) count++
    if (count >= MAX_FORKS_PER_PRODUCER) return false
    await this.#forks.put(id, evidence)
    return true
  }

  /** Every stored record, by producer then height (`producer`: only that producer's). */
  async list (producer?: string): Promise<ForkEvidence[]> {
    const all: ForkEvidence[] = []
    for await (const value of this.#forks.values(producer == null ? {} : { prefix: `${producer}/` })) all.push(value)
    return all
  }
}

function toStored (e: ForkEvidence): StoredEvidence {
  const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
  return {
    producer: e.producer,
    height: e.height,
    detectedAtMs: e.detectedAtMs,
    headers: [
      { hash: e.headers[0].hash, header: b64(e.headers[0].header), signature: b64(e.headers[0].signature) },
      { hash: e.headers[1].hash, header: b64(e.headers[1].header), signature: b64(e.headers[1].signature) }
    ]
  }
}
