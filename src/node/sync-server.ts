/**
 * What a node serves on `/ailee/sync/1.0.0` (docs/chain-sync.md): the heads
 * of the chains it stores, and ranges of one producer's stored blocks, as
 * stored (no re-encoding), bounded in count (`chain.sync.maxBlocksPerRequest`)
 * and bytes (`chain.sync.maxResponseBytes`). Every node serves it, whatever its
 * role; the {@link TaskProtocolServer} it runs in adds the per-peer stream and
 * request rate limits and the node's frame budget.
 *
 * Answers: `Request.chain_heads` → `Response.chain_heads` (at most
 * {@link MAX_HEADS}); `Request.block_range` → `Response.block_range`, or
 * INVALID_MESSAGE (bad query), NOT_FOUND (no chain of that producer stored),
 * REJECTED (the first block asked for alone is over the byte bound); any other
 * request → UNSUPPORTED.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import { InvalidMessageError, ProtocolError, TaskProtocolServer } from '../protocol/index.ts'
import type { FrameBudget, RequestHandler } from '../protocol/index.ts'
import { MAX_HEADS, blockRangeQueryFromWire } from '../protocol/messages/sync.ts'
import { SYNC_PROTOCOL } from '../p2p/topics.ts'
import type { NodeConfig } from '../config/schema.ts'
import type { Libp2p } from '@libp2p/interface'

/** Bounds of what one sync answer holds. */
export interface SyncServeLimits {
  /** most blocks in one `BlockRange` */
  maxBlocksPerRequest: number
  /** most bytes of blocks in one `BlockRange` */
  maxResponseBytes: number
}

/**
 * The request handler of `/ailee/sync/1.0.0` over `chain` (committed data).
 * Each request gets exactly one answer.
 *
 * @throws {ProtocolError} as listed in the module comment (the server turns it into `Response.error`)
 */
export function createSyncHandler (chain: Pick<ChainStore, 'heads' | 'head' | 'encodedBlocks'>, limits: SyncServeLimits): RequestHandler {
  return async (request, ctx) => {
    switch (request.body) {
      case 'chainHeads': {
        const heads = (await chain.heads()).slice(0, MAX_HEADS)
        await ctx.send({ chainHeads: { heads: heads.map(h => ({ producerPeerId: h.producer, height: h.height, headHash: h.hash })) } })
        return
      }
      case 'blockRange': {
        let query
        try {
          query = blockRangeQueryFromWire(request.blockRange, limits.maxBlocksPerRequest)
        } catch (err) {
          if (err instanceof InvalidMessageError) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, err.message)
          throw err
        }
        if ((await chain.head(query.producer)) == null) {
          throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, `no chain of ${query.producer} is stored here`)
        }
        const blocks: Uint8Array[] = []
        let bytes = 0
        for await (const { height, bytes: block } of chain.encodedBlocks(query.producer, query.from, query.count)) {
          if (bytes + block.length > limits.maxResponseBytes) {
            if (blocks.length > 0) break
            throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `block ${height} of ${query.producer} is ${block.length} bytes, over chain.sync.maxResponseBytes = ${limits.maxResponseBytes}`)
          }
          if (ctx.signal.aborted) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, 'the exchange was abandoned')
          blocks.push(block)
          bytes += block.length
        }
        await ctx.send({ blockRange: { blocks } } satisfies ailee.v1.IResponse)
        return
      }
      default:
        throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, `${SYNC_PROTOCOL} serves only chainHeads and blockRange requests, not "${request.body ?? 'empty'}"`)
    }
  }
}

/**
 * The `/ailee/sync/1.0.0` server of a node with `config`: its own per-peer
 * limits (`chain.sync.maxStreamsPerPeer`, `chain.sync.maxRequestsPerPeerPerSecond`),
 * the node's message size limit, request timeout and frame budget. Not started.
 */
export function createSyncServer (libp2p: Libp2p, config: NodeConfig, chain: ChainStore, frameBudget: FrameBudget): TaskProtocolServer {
  return new TaskProtocolServer(libp2p, {
    protocol: SYNC_PROTOCOL,
    networkId: config.network.networkId,
    maxMessageBytes: config.limits.maxMessageBytes,
    maxStreamsPerPeer: config.chain.sync.maxStreamsPerPeer,
    maxRequestsPerPeerPerSecond: config.chain.sync.maxRequestsPerPeerPerSecond,
    requestTimeoutMs: config.timeouts.requestMs,
    frameBudget,
    logger: libp2p.logger
  }, createSyncHandler(chain, config.chain.sync))
}
