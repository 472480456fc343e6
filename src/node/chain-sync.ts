/**
 * Every role follows the coordinators' chains: blocks arriving on the blocks
 * topic are validated (signature, height and previous-hash link, receipts
 * Merkle root, every receipt's signature, every transfer entry's payer
 * signature: docs/accounts.md) and appended to the local chain
 * store. Invalid blocks are rejected (the sender loses gossip score); a block
 * from the future (a gap) or a duplicate is ignored.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import type { AileeHost } from '../p2p/host.ts'
import { topicsFor } from '../p2p/topics.ts'
import type { Logger } from 'pino'

export interface ChainSync {
  stop: () => void
}

/** Subscribes to the blocks topic and stores every valid block of every producer. */
export function startChainSync (config: NodeConfig, host: AileeHost, chain: ChainStore, log: Logger): ChainSync {
  const topic = topicsFor(config.network.networkId).blocks
  host.gossip.subscribe<ailee.v1.Block>(topic, {
    decode: bytes => pb.Block.decode(bytes),
    validate: async (block, from) => {
      try {
        const result = await chain.append(block)
        if (result.status === 'duplicate') return 'ignore'
        log.debug({ producer: from.toString(), height: result.header.height }, 'block stored')
        return 'accept'
      } catch (err) {
        const name = (err as Error).name
        if (name === 'BlockGapError') return 'ignore'
        log.warn({ err, from: from.toString() }, 'invalid block rejected')
        return 'reject'
      }
    },
    onMessage: () => {}
  })
  return { stop: () => { host.gossip.unsubscribe(topic) } }
}
