/**
 * Domain types of chain sync (`/ailee/sync/1.0.0`, `proto/ailee/v1/sync.proto`,
 * docs/chain-sync.md) and their checks at the protocol boundary, both ways:
 *
 * - a server reads a peer's `BlockRangeQuery` with {@link blockRangeQueryFromWire};
 * - a client reads a peer's answers with {@link chainHeadsFromWire} and
 *   {@link blockRangeFromWire}.
 *
 * Every check throws {@link InvalidMessageError} naming the field and the
 * value it had. The blocks themselves are validated by the chain
 * (`ChainStore.append`); here only their count and bytes are bounded.
 */
import type { ailee } from '../../proto/index.ts'
import { HASH_BYTES } from '../../chain/crypto.ts'
import { InvalidMessageError } from '../errors.ts'
import { integer, invalid, nonEmpty } from './fields.ts'

/** Most heads in a `ChainHeads` answer (served and accepted). */
export const MAX_HEADS = 1024

/** Longest producer peer id accepted in a sync message, characters (an Ed25519 peer id has 52). */
export const MAX_PRODUCER_ID_CHARS = 128

/** A peer's claim about one stored chain (unverified until its blocks validate). */
export interface ChainHeadClaim {
  /** the producer's peer id (at most {@link MAX_PRODUCER_ID_CHARS} characters) */
  producer: string
  /** height of the newest stored block (>= 0) */
  height: number
  /** hash of that block's header, 32 bytes */
  hash: Uint8Array
}

/** A checked `BlockRangeQuery`: blocks `from .. from + count - 1` of `producer`. */
export interface BlockRangeQuery {
  producer: string
  /** first height asked for, >= 0 */
  from: number
  /** blocks asked for, 1 .. the bound it was read with (larger asks are clamped to it) */
  count: number
}

/** A producer id field: non-empty and at most {@link MAX_PRODUCER_ID_CHARS} characters. */
function producerId (value: string | null | undefined, field: string): string {
  const id = nonEmpty(value, field)
  if (id.length > MAX_PRODUCER_ID_CHARS) throw invalid(field, `must be at most ${MAX_PRODUCER_ID_CHARS} characters`, `${id.slice(0, 16)}... (${id.length} characters)`)
  return id
}

/**
 * Checks a `BlockRangeQuery`; a `count` above `maxBlocks` is clamped to it
 * (the answer then holds fewer blocks than asked, as it may anyway).
 *
 * @param maxBlocks the server's `chain.sync.maxBlocksPerRequest` (>= 1)
 * @throws {InvalidMessageError} for a missing or over-long producer id, a
 *   `from_height` that is not a safe integer, or a `count` of 0
 */
export function blockRangeQueryFromWire (query: ailee.v1.IBlockRangeQuery | null | undefined, maxBlocks: number): BlockRangeQuery {
  if (query == null) throw new InvalidMessageError('blockRange is missing')
  const producer = producerId(query.producerPeerId, 'blockRange.producerPeerId')
  const from = integer(query.fromHeight, 'blockRange.fromHeight', 0)
  const count = integer(query.count, 'blockRange.count', 1)
  return { producer, from, count: Math.min(count, maxBlocks) }
}

/**
 * The claims of a `Response` to a `ChainHeadsQuery`.
 *
 * @throws {InvalidMessageError} when the response is not `chain_heads`, holds
 *   more than {@link MAX_HEADS} heads, or a head has a bad producer id,
 *   height or hash (not 32 bytes), or names a producer twice
 */
export function chainHeadsFromWire (response: ailee.v1.IResponse): ChainHeadClaim[] {
  const heads = response.chainHeads?.heads
  if (response.chainHeads == null) throw new InvalidMessageError(`expected a chainHeads answer, got ${bodyName(response)}`)
  if (heads == null) return []
  if (heads.length > MAX_HEADS) throw invalid('chainHeads.heads', `must hold at most ${MAX_HEADS} heads`, heads.length)
  const seen = new Set<string>()
  return heads.map((head, i) => {
    const producer = producerId(head.producerPeerId, `chainHeads.heads[${i}].producerPeerId`)
    if (seen.has(producer)) throw invalid(`chainHeads.heads[${i}].producerPeerId`, 'must not repeat a producer', producer)
    seen.add(producer)
    const height = integer(head.height, `chainHeads.heads[${i}].height`, 0)
    const hash = head.headHash ?? new Uint8Array()
    if (hash.length !== HASH_BYTES) throw invalid(`chainHeads.heads[${i}].headHash`, `must be ${HASH_BYTES} bytes`, hash.length)
    return { producer, height, hash }
  })
}

/**
 * The encoded blocks of a `Response` to a `BlockRangeQuery` of `count` blocks.
 *
 * @param maxBytes most bytes of blocks accepted in one answer (`chain.sync.maxResponseBytes`)
 * @throws {InvalidMessageError} when the response is not `block_range`, holds
 *   more than `count` blocks, an empty one, or more than `maxBytes` bytes of blocks
 */
export function blockRangeFromWire (response: ailee.v1.IResponse, count: number, maxBytes: number): Uint8Array[] {
  if (response.blockRange == null) throw new InvalidMessageError(`expected a blockRange answer, got ${bodyName(response)}`)
  const blocks = response.blockRange.blocks ?? []
  if (blocks.length > count) throw invalid('blockRange.blocks', `must hold at most the ${count} blocks asked for`, blocks.length)
  let bytes = 0
  for (const [i, block] of blocks.entries()) {
    if (block.length === 0) throw invalid(`blockRange.blocks[${i}]`, 'must not be empty', 0)
    bytes += block.length
  }
  if (bytes > maxBytes) throw invalid('blockRange.blocks', `must hold at most ${maxBytes} bytes`, bytes)
  return blocks
}

function bodyName (response: ailee.v1.IResponse): string {
  const body = (response as { body?: string }).body
  return body == null ? 'a response without a body' : `"${body}"`
}
