/**
 * Finding where two branches of an equivocating producer part. A peer served
 * (or forwarded) block `h` of a producer, signed by it, whose `prev_hash` is
 * not the hash of this node's stored block `h - 1` (a `BranchError`): the
 * producer signed two branches. The peer's blocks below `h` are fetched going
 * down (ranges ending at `h - 1`, then below), each checked to be the one the
 * block above it names (its `blockHash` is the `prev_hash` above: the chain
 * of hashes up to the signed block `h`), until the first height from the top
 * where the peer's block is the stored one: the branches part one height
 * above it. The peer's block at that height goes through `ChainStore.append`,
 * which verifies its producer's signature and stores the standard fork
 * evidence (`meta/fork/{producer}/{height}`, src/chain/fork-evidence.ts).
 *
 * Bounded: at most {@link MAX_FORK_SEARCH_BLOCKS} heights below `h` and
 * {@link MAX_FORK_SEARCH_REQUESTS} requests (each of at most
 * `maxBlocksPerRequest` blocks and `chain.sync.maxResponseBytes` bytes);
 * beyond them the fork is only counted. The same idea as finding the common
 * ancestor in a reorg (Bitcoin's block locator walks back from the tip), here
 * walking one peer's chain down without ever adopting it.
 */
import { equals } from 'uint8arrays/equals'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { blockHash, decodeBlockHeader } from '../chain/block.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import { ForkError } from '../chain/fork-evidence.ts'
import type { ChainCatchUpPorts } from './chain-catch-up.ts'

/** Most heights below the unlinked block that are searched for the fork point. */
export const MAX_FORK_SEARCH_BLOCKS = 256

/** Most range requests of one search. */
export const MAX_FORK_SEARCH_REQUESTS = 16

/** What a search works through (a subset of the catch-up's ports). */
export interface ForkSearchPorts {
  chain: Pick<ChainStore, 'get' | 'append'>
  range: ChainCatchUpPorts['range']
  /** most blocks asked for in one request (> 0) */
  maxBlocksPerRequest: number
  /** counts the signature check of the block at the fork point */
  onSignatureChecked?: () => void
}

/**
 * Outcome of {@link findForkPoint}:
 *
 * - `found`: the fork point; `fork` is the `ForkError` of the peer's block there (its evidence stored,
 *   or already stored / over the producer's cap: `fork.recorded`);
 * - `gave-up`: no fork point within the bounds, or a block below is not stored here: no one's fault;
 * - `failed`: a request failed or the peer's answer is not its chain (a block not named by the one above,
 *   not the height asked for, undecodable): counts as a failed request of the peer;
 * - `invalid`: the peer's block at the fork point is not signed by its producer (the peer altered it).
 */
export type ForkSearchResult =
  | { status: 'found', fork: ForkError, requests: number }
  | { status: 'gave-up' | 'failed' | 'invalid', why: string, requests: number }

/**
 * Searches `peer`'s chain of `producer` below `branch` (its block at the stored head + 1,
 * signed by the producer, whose `prev_hash` does not link) for the height where it parts from
 * the stored chain, and records the fork evidence there (see the module comment). Never throws
 * for a peer's answer; a storage error propagates.
 */
export async function findForkPoint (ports: ForkSearchPorts, producer: string, branch: ailee.v1.BlockHeader, peer: string): Promise<ForkSearchResult> {
  const { chain, range } = ports
  /** hash of the peer's block at `top`, as named by the block above it */
  let expected: Uint8Array = branch.prevHash
  let top = branch.height - 1
  const floor = Math.max(0, branch.height - MAX_FORK_SEARCH_BLOCKS)
  /** the peer's lowest block seen so far that differs from the stored one (at `top + 1`) */
  let above: ailee.v1.Block | undefined
  let count = Math.max(1, ports.maxBlocksPerRequest)
  let requests = 0
  while (top >= floor) {
    if (requests >= MAX_FORK_SEARCH_REQUESTS) return { status: 'gave-up', why: `no fork point within ${requests} requests`, requests }
    count = Math.min(count, top - floor + 1)
    const from = top - count + 1
    requests++
    let blocks: Uint8Array[]
    try {
      blocks = await range(peer, producer, from, count)
    } catch (err) {
      return { status: 'failed', why: `blocks ${from}..${top}: ${(err as Error)?.message ?? String(err)}`, requests }
    }
    if (blocks.length === 0) return { status: 'failed', why: `served no block from ${from} although it served block ${branch.height}`, requests }
    if (blocks.length < count) {
      // the answer's byte bound: ask a smaller window that still ends at `top`
      count = blocks.length
      continue
    }
    for (let i = blocks.length - 1; i >= 0; i--) {
      const height = from + i
      let block: ailee.v1.Block
      let header: ailee.v1.BlockHeader
      try {
        block = pb.Block.decode(blocks[i])
        header = decodeBlockHeader(block)
      } catch (err) {
        return { status: 'failed', why: `block ${height} does not decode: ${(err as Error).message}`, requests }
      }
      if (!equals(blockHash(block.header), expected)) {
        return { status: 'failed', why: `block ${height} is not the one block ${height + 1} links to`, requests }
      }
      if (header.producerPeerId !== producer || header.height !== height) {
        return { status: 'failed', why: `block ${height} is block ${header.height} of ${header.producerPeerId}`, requests }
      }
      const stored = await chain.get(producer, height)
      if (stored == null) return { status: 'gave-up', why: `block ${height} is not stored here`, requests }
      if (equals(blockHash(stored.header), expected)) {
        // the branches share block `height`: they part at height + 1
        if (above == null) return { status: 'gave-up', why: `block ${height + 1} links to the stored chain after all`, requests }
        return await record(ports, above, requests)
      }
      above = block
      expected = header.prevHash
      top = height - 1
    }
  }
  // both blocks 0 differ: the branches part at the start
  if (floor === 0 && above != null) return await record(ports, above, requests)
  return { status: 'gave-up', why: `no common block within ${MAX_FORK_SEARCH_BLOCKS} heights below ${branch.height}`, requests }
}

/** Appends the peer's block at the fork point, which stores the evidence and throws the ForkError. */
async function record (ports: ForkSearchPorts, block: ailee.v1.Block, requests: number): Promise<ForkSearchResult> {
  try {
    await ports.chain.append(block, undefined, { onSignatureChecked: ports.onSignatureChecked })
  } catch (err) {
    if (err instanceof ForkError) return { status: 'found', fork: err, requests }
    if ((err as Error).name === 'InvalidBlockError') return { status: 'invalid', why: (err as Error).message, requests }
    throw err
  }
  return { status: 'gave-up', why: 'the block at the fork point is stored after all', requests }
}
