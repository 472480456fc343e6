/**
 * Every role follows the coordinators' chains: blocks arriving on the blocks
 * topic are validated (signature, height and previous-hash link, receipts
 * Merkle root, every receipt's signature, every transfer entry's payer
 * signature: docs/accounts.md) and appended to the local chain store.
 *
 * A block of another producer is first checked cheaply by the
 * {@link ForeignBlockGuard} (config `chain.*`, docs/security.md "Chains"):
 * from its header's producer id and its size, before any signature, it is
 * ignored when this node does not follow the producer and rejected when over
 * the entry or byte bound; once its header signature is verified and it is
 * neither a duplicate nor a gap, its entries are charged to the producer's
 * verification budget (and, for producers not listed, a shared one) and a
 * block over budget is ignored. Verification yields to the event loop every
 * few signature checks (`validateBlock`). The node's own chain is never limited.
 *
 * Gossip verdicts: invalid blocks and blocks over the bounds are rejected (the
 * sender loses gossip score); not followed, over budget, a gap (a block from
 * the future), a duplicate, or a fork (signed by its producer but conflicting
 * with the stored chain: another block at a stored height, or a block at
 * head + 1 of another branch, whose fork point range sync then looks for) are
 * ignored. Each refusal is counted
 * ({@link ChainSync.stats}) and logged with its reason.
 *
 * A gap starts range sync (src/node/range-sync.ts, docs/chain-sync.md): the
 * missing blocks up to the gossiped one are fetched over `/ailee/sync/1.0.0`
 * from the peer that forwarded it (or others), validated the same way and
 * charged to the same budgets; a node that starts behind catches up from its
 * peers' chain heads, asked on connect.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import { decodeBlockHeader } from '../chain/block.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import { BranchError, ForkError } from '../chain/fork-evidence.ts'
import { logBranch, logFork } from './fork-log.ts'
import type { AileeHost } from '../p2p/host.ts'
import { topicsFor } from '../p2p/topics.ts'
import { FOREIGN_BLOCK_REFUSALS, ForeignBlockGuard, ForeignBlockRefusedError, foreignBlockRules } from './chain-guard.ts'
import type { ForeignBlockRefusal } from './chain-guard.ts'
import { startRangeSync } from './range-sync.ts'
import type { RangeSync } from './range-sync.ts'
import type { FrameBudget } from '../protocol/index.ts'
import type { Logger } from 'pino'

/** Counts of what received blocks of other producers cost and how they ended. */
export interface ChainSyncStats {
  /** Blocks stored. */
  blocksStored: number
  /** Entries of the blocks stored. */
  entriesStored: number
  /** Ed25519 signature checks made (headers, receipts, contradicting receipts, transfers), whatever the outcome. */
  signaturesChecked: number
  /** Blocks refused before their entries were verified, by reason. */
  refused: Record<ForeignBlockRefusal, number>
  /** Blocks rejected as invalid (`InvalidBlockError` and malformed headers). */
  invalid: number
  /** Blocks ignored as beyond the producer's head + 1. */
  gaps: number
  /** Blocks ignored as already stored. */
  duplicates: number
  /**
   * Blocks ignored as a fork: their producer signed another block at that height, or signed this block at
   * head + 1 on another branch (its `prev_hash` is not the head's) (equivocation).
   */
  forks: number
  /** Of `blocksStored`, the blocks fetched by range sync (not gossiped). */
  blocksSynced: number
}

/** The running chain sync of a node. */
export interface ChainSync {
  /** Leaves the blocks topic. */
  stop: () => void
  /** Totals over every other producer since start (a copy). */
  stats: () => ChainSyncStats
  /**
   * The same counts for one producer id as named in block headers (unverified
   * for refused blocks), or undefined if none was seen; kept for the
   * {@link MAX_TRACKED_PRODUCERS} most recently seen producers.
   */
  producerStats: (producer: string) => ChainSyncStats | undefined
  /** Range sync: catch-up of chains this node is behind on, and the scores of the peers it asks. */
  range: RangeSync
}

/** Producers whose counts {@link ChainSync.producerStats} keeps (the most recently seen). */
export const MAX_TRACKED_PRODUCERS = 1024

/** A refusal of a (producer, reason) is logged at warn the first time and every this many times, else at debug. */
const WARN_EVERY = 100

/** A received block with the size of its gossip payload, bytes. */
interface Received {
  block: ailee.v1.Block
  bytes: number
}

/** Zeroed counts. */
function emptyStats (): ChainSyncStats {
  return {
    blocksStored: 0,
    entriesStored: 0,
    signaturesChecked: 0,
    refused: Object.fromEntries(FOREIGN_BLOCK_REFUSALS.map(r => [r, 0])) as Record<ForeignBlockRefusal, number>,
    invalid: 0,
    gaps: 0,
    duplicates: 0,
    forks: 0,
    blocksSynced: 0
  }
}

function copyStats (s: ChainSyncStats): ChainSyncStats {
  return { ...s, refused: { ...s.refused } }
}

/**
 * Subscribes to the blocks topic and stores every valid block of every
 * producer this node follows, within the bounds of `config.chain`.
 *
 * @param now clock of the verification budgets, Unix ms @default Date.now
 * @param frameBudget the node's budget of bytes buffered for inbound frames (range sync answers) @default none
 */
export function startChainSync (config: NodeConfig, host: AileeHost, chain: ChainStore, log: Logger, now?: () => number, frameBudget?: FrameBudget): ChainSync {
  const topic = topicsFor(config.network.networkId).blocks
  const self = host.peerId.toString()
  const guard = new ForeignBlockGuard(foreignBlockRules(config, self, now))
  const totals = emptyStats()
  const byProducer = new Map<string, ChainSyncStats>()

  /** Applies `update` to the totals and to `producer`'s counts (not for the own chain). */
  const count = (producer: string, update: (s: ChainSyncStats) => void): void => {
    if (producer === self) return
    update(totals)
    let mine = byProducer.get(producer)
    if (mine == null) {
      if (byProducer.size >= MAX_TRACKED_PRODUCERS) byProducer.delete(byProducer.keys().next().value!)
      byProducer.set(producer, mine = emptyStats())
    }
    update(mine)
  }

  const range = startRangeSync(config, host, chain, guard, log, frameBudget, {
    onStored: (producer, entries) => { count(producer, s => { s.blocksStored++; s.blocksSynced++; s.entriesStored += entries }) },
    onSignatureChecked: producer => { count(producer, s => { s.signaturesChecked++ }) }
  })

  const refuse = (err: ForeignBlockRefusedError, from: string, height: number, received: Received): 'ignore' | 'reject' => {
    count(err.producer, s => { s.refused[err.reason]++ })
    const n = byProducer.get(err.producer)?.refused[err.reason] ?? 1
    const fields = { producer: err.producer, from, height, entries: received.block.entries.length, bytes: received.bytes, reason: err.reason, refusals: n, verdict: err.verdict }
    const message = err.verdict === 'reject'
      ? `block of another producer rejected unverified (${err.reason}): ${err.message}`
      : `block of another producer ignored unverified (${err.reason}): ${err.message}`
    if (n === 1 || n % WARN_EVERY === 0) log.warn(fields, message)
    else log.debug(fields, message)
    return err.verdict
  }

  host.gossip.subscribe<Received>(topic, {
    decode: bytes => ({ block: pb.Block.decode(bytes), bytes: bytes.length }),
    validate: async (received, peer) => {
      const { block } = received
      const from = peer.toString()
      let header: ailee.v1.BlockHeader
      try {
        header = decodeBlockHeader(block)
      } catch (err) {
        totals.invalid++
        log.warn({ err, from }, 'invalid block rejected')
        return 'reject'
      }
      const producer = header.producerPeerId
      const screened = guard.screen(producer, block.entries.length, received.bytes)
      if (screened != null) return refuse(screened, from, header.height, received)
      const onSignatureChecked = (): void => { count(producer, s => { s.signaturesChecked++ }) }
      try {
        const result = await chain.append(block, undefined, producer === self
          ? {}
          : {
              onSignatureChecked,
              // called once the header's signature verified: only the real producer's budget is charged
              admit: () => {
                const refusal = guard.charge(producer, block.entries.length)
                if (refusal != null) throw refusal
              }
            })
        if (result.status === 'duplicate') {
          count(producer, s => { s.duplicates++ })
          return 'ignore'
        }
        count(producer, s => { s.blocksStored++; s.entriesStored += block.entries.length })
        log.debug({ producer, from, height: result.header.height, entries: block.entries.length }, 'block stored')
        return 'accept'
      } catch (err) {
        if (err instanceof ForeignBlockRefusedError) return refuse(err, from, header.height, received)
        if (err instanceof ForkError) {
          count(producer, s => { s.forks++ })
          if (producer === self) totals.forks++
          logFork(log, err, from)
          // not 'reject': the forwarding peer relayed a block its producer signed
          return 'ignore'
        }
        if (err instanceof BranchError) {
          count(producer, s => { s.forks++ })
          if (producer === self) totals.forks++
          logBranch(log, err, from)
          // the forwarding peer stores the other branch: range sync fetches the block again from it and
          // searches its chain down for the fork point (once per branch; a peer without the protocol only fails)
          range.catchUp.noteHead(producer, header.height, from)
          // not 'reject', as for a fork
          return 'ignore'
        }
        if ((err as Error).name === 'BlockGapError') {
          count(producer, s => { s.gaps++ })
          // the forwarding peer stored it: fetch what is missing up to it
          range.catchUp.noteHead(producer, header.height, from)
          return 'ignore'
        }
        count(producer, s => { s.invalid++ })
        if (producer === self) totals.invalid++
        log.warn({ err, producer, from, height: header.height }, 'invalid block rejected')
        return 'reject'
      }
    },
    onMessage: () => {}
  })
  return {
    stop: () => {
      range.stop()
      host.gossip.unsubscribe(topic)
    },
    range,
    stats: () => copyStats(totals),
    producerStats: producer => {
      const s = byProducer.get(producer)
      return s == null ? undefined : copyStats(s)
    }
  }
}
