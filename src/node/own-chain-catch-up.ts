/**
 * The first start of a coordinator restored from a backup (docs/maintenance.md,
 * "Backups"): before its block producer seals anything, it asks its peers for
 * their chain heads and fetches the blocks of its own chain above its restored
 * head (blocks it sealed after the backup, which its peers stored), validating
 * each one through `ChainStore.append`; src/chain/own-chain-recovery.ts then
 * makes the ledger and pending settlements agree with them. Without this, the
 * restored producer would seal other blocks at heights its peers already hold
 * (a fork they refuse).
 *
 * Ordinary range sync (src/node/chain-catch-up.ts) never syncs the own chain:
 * only here, once, on the start after a restore.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { decodeBlockHeader } from '../chain/block.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import type { ChainCatchUpPorts } from './chain-catch-up.ts'
import type { Logger } from 'pino'

/** What {@link catchUpOwnChain} works through. */
export interface OwnChainCatchUpPorts extends Pick<ChainCatchUpPorts, 'heads' | 'range'> {
  /** This node's peer id (the producer of the own chain). */
  self: string
  chain: Pick<ChainStore, 'head' | 'append'>
  /** Peers connected now. */
  peers: () => string[]
  /** Most blocks asked for in one request. */
  maxBlocksPerRequest: number
  /** How long to wait for a peer that answers, ms. */
  waitMs: number
  log: Logger
}

/** What {@link catchUpOwnChain} found and stored. */
export interface OwnChainCatchUp {
  /** Peers whose heads were read. */
  peersAnswered: number
  /** The highest own height a peer claimed (-1: none). */
  claimedHeight: number
  /** The own blocks appended, in height order. */
  blocks: ailee.v1.Block[]
}

/**
 * Waits (up to `waitMs`) for connected peers that answer a heads request, then
 * fetches and appends the own blocks above the local head from the peer
 * claiming the highest, the next peer on a failure or an invalid block. Never
 * throws for a peer's fault (logged); storage errors are thrown.
 */
export async function catchUpOwnChain (ports: OwnChainCatchUpPorts): Promise<OwnChainCatchUp> {
  const { self, chain, log } = ports
  const deadline = Date.now() + ports.waitMs
  const claims = new Map<string, number>()
  let answered = 0
  while (answered === 0 && Date.now() < deadline) {
    const peers = ports.peers()
    const results = await Promise.allSettled(peers.map(async peer => ({ peer, heads: await ports.heads(peer) })))
    for (const r of results) {
      if (r.status !== 'fulfilled') continue
      answered++
      const own = r.value.heads.find(h => h.producer === self)
      if (own != null) claims.set(r.value.peer, own.height)
    }
    if (answered === 0) await sleep(250)
  }
  const claimedHeight = Math.max(-1, ...claims.values())
  const blocks: ailee.v1.Block[] = []
  for (const [peer, claimed] of [...claims].sort((a, b) => b[1] - a[1])) {
    try {
      while (true) {
        const local = (await chain.head(self))?.height ?? -1
        if (local >= claimed) break
        const from = local + 1
        const range = await ports.range(peer, self, from, Math.min(ports.maxBlocksPerRequest, claimed - local))
        if (range.length === 0) throw new Error(`no block from ${from} although it claimed height ${claimed}`)
        for (const [i, bytes] of range.entries()) {
          const block = pb.Block.decode(bytes)
          const header = decodeBlockHeader(block)
          if (header.producerPeerId !== self || header.height !== from + i) throw new Error(`served block ${header.height} of ${header.producerPeerId}, not ${from + i} of the own chain`)
          await chain.append(block)
          blocks.push(block)
        }
      }
    } catch (err) {
      if ((err as Error).name === 'DatabaseClosedError') throw err
      log.warn({ err, peer }, `fetching the own chain from ${peer} failed: ${(err as Error).message}; the next peer is asked`)
    }
  }
  return { peersAnswered: answered, claimedHeight, blocks }
}
