/**
 * Range sync: a node that is behind on a chain it follows fetches the missing
 * blocks from peers over `/ailee/sync/1.0.0` and validates each one before it
 * stores it (docs/chain-sync.md). It learns that it is behind
 *
 * - from gossip: a block beyond its head + 1 (`BlockGapError`) names its
 *   producer and height, and the peer that forwarded it (which stored it);
 * - from peers' chain heads, asked on each connect and every `headsIntervalMs`.
 *
 * Per producer, one catch-up runs at a time: it asks a usable peer that claims
 * a higher head for the next range (from head + 1, at most
 * `maxBlocksPerRequest` blocks), and appends the blocks in order through
 * `ChainStore.append` — the same validation as gossiped blocks (signature,
 * receipts Merkle root, parent link, height, every receipt and transfer),
 * after the same cheap checks and budget charge of the {@link ForeignBlockGuard}
 * (not followed: never asked; over the size bounds: invalid; over budget: the
 * catch-up pauses and resumes later). A block that is not the one asked for
 * (producer, height) or fails validation bans the peer that served it
 * ({@link SyncPeerScores}); the next peer is asked. The node's own chain is
 * never synced (only its block producer writes it).
 *
 * A block its producer signed that conflicts with the stored chain is the
 * producer's fault, not the peer's, and never bans it: another block at a
 * stored height (`ForkError`, its evidence stored), or a block at head + 1 that
 * does not link (`BranchError`: the peer stores the producer's other branch).
 * For the latter the peer's chain is searched down for the height where the
 * branches part (src/node/fork-search.ts, bounded) and that fork's evidence
 * stored; the peer is then not asked for that producer's blocks again (until
 * restart), since everything it holds above is the other branch.
 *
 * Modelled on the range sync of Ethereum consensus clients (Lighthouse
 * `sync/range_sync`, the `BlocksByRange` request of the consensus p2p spec),
 * without their batching in parallel: one range in flight per producer.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { decodeBlockHeader } from '../chain/block.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import { BranchError, ForkError } from '../chain/fork-evidence.ts'
import { logBranch, logFork } from './fork-log.ts'
import { findForkPoint } from './fork-search.ts'
import { ForeignBlockRefusedError } from './chain-guard.ts'
import type { ForeignBlockGuard } from './chain-guard.ts'
import type { ChainHeadClaim } from '../protocol/messages/sync.ts'
import type { SyncPeerScores } from './sync-peers.ts'
import type { Logger } from 'pino'

/** Producers whose catch-up state is kept at most (claims of others are dropped). */
export const MAX_SYNCED_PRODUCERS = 1024

/** Peers remembered per producer as holding a higher head, at most (and as holding another branch). */
export const MAX_CANDIDATES_PER_PRODUCER = 64

/** Branches (by the hash their unlinked block links to) searched for their fork point per producer, remembered at most. */
export const MAX_SEARCHED_BRANCHES = 64

/** How long a catch-up paused by the verification budget waits before it goes on, ms. */
export const BUDGET_PAUSE_MS = 1000

/**
 * The ports {@link ChainCatchUp} works through: the node wires them to `/ailee/sync/1.0.0` requests over
 * libp2p and to its chain store; unit tests wire them to in-memory peers.
 */
export interface ChainCatchUpPorts {
  /** this node's peer id: its own chain is never synced */
  self: string
  chain: Pick<ChainStore, 'head' | 'append' | 'get'>
  /** which producers are followed, the cheap checks and the verification budgets */
  guard: Pick<ForeignBlockGuard, 'follows' | 'screen' | 'charge'>
  scores: SyncPeerScores
  /**
   * Asks `peer` for its chain heads.
   * @throws anything on failure (unreachable, timeout, error answer, malformed answer)
   */
  heads: (peer: string) => Promise<ChainHeadClaim[]>
  /**
   * Asks `peer` for up to `count` encoded blocks of `producer` from height `from`.
   * @throws anything on failure (as `heads`)
   */
  range: (peer: string, producer: string, from: number, count: number) => Promise<Uint8Array[]>
  /** most blocks asked for in one request */
  maxBlocksPerRequest: number
  /** counts each block stored (its entries, and the signature checks it cost) */
  onStored?: (producer: string, entries: number) => void
  /** counts each signature check of a fetched block */
  onSignatureChecked?: (producer: string) => void
  log: Logger
}

/** Counts of range sync since start. */
export interface CatchUpStats {
  /** range requests answered */
  ranges: number
  /** blocks stored from ranges */
  blocksStored: number
  /** blocks already stored when they arrived (e.g. by gossip meanwhile) */
  duplicates: number
  /** blocks refused as invalid (each bans the peer that served it) */
  invalidBlocks: number
  /**
   * blocks refused as a fork of their producer (equivocation; the peer is not banned): another signed block at a
   * stored height, or a signed block at head + 1 that does not link (the other branch)
   */
  forks: number
  /** fork points found below such unlinked blocks (fork-search.ts; their evidence stored unless already there or over the cap) */
  forkPoints: number
  /** requests (heads and ranges) that failed */
  failedRequests: number
  /** times a catch-up paused because the producer's verification budget was spent */
  budgetPauses: number
}

/** One producer's catch-up: peers known to hold a higher head, and whether a run is going. */
interface ProducerSync {
  /** peer id → the height it claims (or was seen to forward) */
  candidates: Map<string, number>
  running?: Promise<void>
  /** set when new claims came in during a run: run again after it */
  again: boolean
  /** peers found to store the producer's other branch: not asked for its blocks again */
  otherBranch: Set<string>
  /** `prev_hash` (hex) of unlinked blocks whose fork point was searched already */
  searched: Set<string>
}

/** Range sync of every followed chain (see the module comment). */
export class ChainCatchUp {
  readonly #ports: ChainCatchUpPorts
  readonly #producers = new Map<string, ProducerSync>()
  readonly #stats: CatchUpStats = { ranges: 0, blocksStored: 0, duplicates: 0, invalidBlocks: 0, forks: 0, forkPoints: 0, failedRequests: 0, budgetPauses: 0 }
  readonly #stopping = new AbortController()

  constructor (ports: ChainCatchUpPorts) {
    this.#ports = ports
  }

  /** Counts since start (a copy). */
  stats (): CatchUpStats {
    return { ...this.#stats }
  }

  /**
   * `peer` holds block `height` of `producer` (it forwarded it, or claims it as
   * its head): if that is beyond this node's head, a catch-up of `producer`
   * starts (or runs again after the one going). Producers not followed, the
   * own chain, banned peers and peers found to store the producer's other
   * branch are ignored.
   */
  noteHead (producer: string, height: number, peer: string): void {
    const { self, guard, scores } = this.#ports
    if (this.#stopping.signal.aborted || producer === self || !guard.follows(producer) || !scores.usable(peer)) return
    let sync = this.#producers.get(producer)
    if (sync == null) {
      if (this.#producers.size >= MAX_SYNCED_PRODUCERS) {
        const idle = [...this.#producers].find(([, s]) => s.running == null)
        if (idle == null) return
        this.#producers.delete(idle[0])
      }
      this.#producers.set(producer, sync = { candidates: new Map(), again: false, otherBranch: new Set(), searched: new Set() })
    }
    if (sync.otherBranch.has(peer)) return
    if ((sync.candidates.get(peer) ?? -1) < height) {
      if (!sync.candidates.has(peer) && sync.candidates.size >= MAX_CANDIDATES_PER_PRODUCER) {
        sync.candidates.delete(sync.candidates.keys().next().value!)
      }
      sync.candidates.set(peer, height)
    }
    this.#start(producer, sync)
  }

  /**
   * Asks `peer` for its chain heads and notes each head (see {@link noteHead}).
   * A failure is counted against the peer and logged; never throws.
   */
  async askHeads (peer: string): Promise<void> {
    const { scores, log } = this.#ports
    if (this.#stopping.signal.aborted || !scores.usable(peer)) return
    let heads: ChainHeadClaim[]
    try {
      heads = await this.#ports.heads(peer)
    } catch (err) {
      this.#failed(peer, err, 'chain heads')
      return
    }
    scores.succeeded(peer)
    for (const head of heads) {
      const local = await this.#ports.chain.head(head.producer).catch(() => undefined)
      if (head.height > (local?.height ?? -1)) this.noteHead(head.producer, head.height, peer)
    }
    log.debug({ peer, heads: heads.length }, 'chain heads received')
  }

  /** Resolves when no catch-up is running (for tests and shutdown). */
  async idle (): Promise<void> {
    while (true) {
      const running = [...this.#producers.values()].map(s => s.running).filter(r => r != null)
      if (running.length === 0) return
      await Promise.allSettled(running)
    }
  }

  /** Stops starting requests; runs going end after their current request. */
  stop (): void {
    this.#stopping.abort()
  }

  #start (producer: string, sync: ProducerSync): void {
    if (sync.running != null) {
      sync.again = true
      return
    }
    sync.again = false
    sync.running = this.#run(producer, sync)
      .catch(err => { this.#ports.log.error({ err, producer }, 'chain catch-up failed') })
      .finally(() => {
        sync.running = undefined
        if (sync.again && !this.#stopping.signal.aborted) this.#start(producer, sync)
      })
  }

  /** Fetches and appends ranges until no usable peer claims a higher head. */
  async #run (producer: string, sync: ProducerSync): Promise<void> {
    const { chain, scores, log, maxBlocksPerRequest } = this.#ports
    while (!this.#stopping.signal.aborted) {
      const local = (await chain.head(producer))?.height ?? -1
      for (const [peer, height] of sync.candidates) {
        if (height <= local || !scores.usable(peer)) sync.candidates.delete(peer)
      }
      if (sync.candidates.size === 0) return
      // the peer claiming the highest head first
      const [peer, claimed] = [...sync.candidates].reduce((best, c) => c[1] > best[1] ? c : best)
      const from = local + 1
      const count = Math.min(maxBlocksPerRequest, claimed - local)
      let blocks: Uint8Array[]
      try {
        blocks = await this.#ports.range(peer, producer, from, count)
      } catch (err) {
        this.#failed(peer, err, `blocks ${from}.. of ${producer}`)
        sync.candidates.delete(peer)
        continue
      }
      this.#stats.ranges++
      if (blocks.length === 0) {
        // it claimed a higher head and serves nothing of it
        this.#failed(peer, new Error(`no block from ${from} although it claimed height ${claimed}`), `blocks ${from}.. of ${producer}`)
        sync.candidates.delete(peer)
        continue
      }
      scores.succeeded(peer)
      const outcome = await this.#appendRange(producer, from, blocks, peer, sync)
      if (outcome === 'invalid' || outcome === 'branch') {
        sync.candidates.delete(peer)
      } else if (outcome === 'over-budget') {
        this.#stats.budgetPauses++
        log.debug({ producer, height: from }, 'chain catch-up paused: the producer\'s verification budget is spent')
        await sleep(BUDGET_PAUSE_MS, undefined, { signal: this.#stopping.signal }).catch(() => {})
      }
    }
  }

  /** Appends `blocks` (heights `from`, `from + 1`, ...) in order; stops at the first that is refused. */
  async #appendRange (producer: string, from: number, blocks: Uint8Array[], peer: string, sync: ProducerSync): Promise<'ok' | 'invalid' | 'over-budget' | 'branch'> {
    const { chain, guard, scores, log } = this.#ports
    for (const [i, bytes] of blocks.entries()) {
      const height = from + i
      const refuse = (why: string, err?: unknown): 'invalid' => {
        this.#stats.invalidBlocks++
        scores.invalid(peer, `block ${height} of ${producer}: ${why}`)
        log.warn({ err, producer, height, peer }, `peer served an invalid block, not asked again for a while: ${why}`)
        return 'invalid'
      }
      let block: ailee.v1.Block
      let header: ailee.v1.BlockHeader
      try {
        block = pb.Block.decode(bytes)
        header = decodeBlockHeader(block)
      } catch (err) {
        return refuse(`does not decode: ${(err as Error).message}`, err)
      }
      if (header.producerPeerId !== producer || header.height !== height) {
        return refuse(`is block ${header.height} of ${header.producerPeerId}, not the block asked for`)
      }
      const screened = guard.screen(producer, block.entries.length, bytes.length)
      if (screened != null) {
        if (screened.verdict === 'reject') return refuse(screened.message, screened)
        return 'ok' // no longer followed: nothing more to do
      }
      try {
        const result = await chain.append(block, undefined, {
          onSignatureChecked: () => { this.#ports.onSignatureChecked?.(producer) },
          admit: () => {
            const refusal = guard.charge(producer, block.entries.length)
            if (refusal != null) throw refusal
          }
        })
        if (result.status === 'duplicate') {
          this.#stats.duplicates++
        } else {
          this.#stats.blocksStored++
          this.#ports.onStored?.(producer, block.entries.length)
        }
      } catch (err) {
        if (err instanceof ForeignBlockRefusedError) {
          if (err.verdict === 'reject') return refuse(err.message, err)
          return 'over-budget'
        }
        // our head moved meanwhile (gossip): the next request starts from it
        if ((err as Error).name === 'BlockGapError') return 'ok'
        // the producer equivocated; the peer serves the producer's other block, which is no fault of its own
        if (err instanceof ForkError) {
          this.#stats.forks++
          logFork(log, err, peer)
          return 'ok'
        }
        // the peer stores the producer's other branch: no fault of its own either
        if (err instanceof BranchError) {
          this.#stats.forks++
          logBranch(log, err, peer)
          await this.#searchForkPoint(producer, header, peer, sync)
          return 'branch'
        }
        return refuse((err as Error).message, err)
      }
    }
    return 'ok'
  }

  /**
   * Looks for the height where `peer`'s branch (through its block `header`, which did not link) parts from
   * the stored chain and stores that fork's evidence (fork-search.ts); once per branch, and `peer` is not
   * asked for `producer`'s blocks again.
   */
  async #searchForkPoint (producer: string, header: ailee.v1.BlockHeader, peer: string, sync: ProducerSync): Promise<void> {
    const { chain, scores, log, maxBlocksPerRequest } = this.#ports
    remember(sync.otherBranch, peer, MAX_CANDIDATES_PER_PRODUCER)
    const branch = Buffer.from(header.prevHash).toString('hex')
    if (sync.searched.has(branch)) return
    remember(sync.searched, branch, MAX_SEARCHED_BRANCHES)
    const result = await findForkPoint({
      chain,
      range: this.#ports.range,
      maxBlocksPerRequest,
      onSignatureChecked: () => { this.#ports.onSignatureChecked?.(producer) }
    }, producer, header, peer)
    const fields = { producer, height: header.height, peer, requests: result.requests }
    switch (result.status) {
      case 'found':
        this.#stats.forkPoints++
        logFork(log, result.fork, peer)
        break
      case 'gave-up':
        log.warn(fields, `fork point of producer ${producer} below block ${header.height} not found: ${result.why}; the fork is only counted`)
        break
      case 'failed':
        this.#failed(peer, new Error(result.why), `the fork point of ${producer} below ${header.height}`)
        break
      case 'invalid':
        this.#stats.invalidBlocks++
        scores.invalid(peer, `block below ${header.height} of ${producer}: ${result.why}`)
        log.warn(fields, `peer served an invalid block while the fork point was searched, not asked again for a while: ${result.why}`)
        break
    }
  }

  #failed (peer: string, err: unknown, what: string): void {
    this.#stats.failedRequests++
    const message = (err as Error)?.message ?? String(err)
    this.#ports.scores.failed(peer, message)
    this.#ports.log.debug({ err, peer }, `chain sync request for ${what} failed: ${message}`)
  }
}

/** Adds `value` to `set`, dropping the oldest entry when it holds `max`. */
function remember (set: Set<string>, value: string, max: number): void {
  if (!set.has(value) && set.size >= max) set.delete(set.values().next().value!)
  set.add(value)
}
