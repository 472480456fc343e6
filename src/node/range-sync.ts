/**
 * Connects {@link ChainCatchUp} to libp2p: its requests go out on
 * `/ailee/sync/1.0.0` (node's network id, `limits.maxMessageBytes`,
 * `timeouts.requestMs`, the node's frame budget) and their answers are checked
 * at the boundary (src/protocol/messages/sync.ts); every peer that identifies
 * with the protocol is asked for its chain heads on connect, and one
 * connected peer (round robin) every `chain.sync.headsIntervalMs`.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { NodeConfig } from '../config/schema.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import type { AileeHost } from '../p2p/host.ts'
import { SYNC_PROTOCOL } from '../p2p/topics.ts'
import { request } from '../protocol/index.ts'
import type { FrameBudget } from '../protocol/index.ts'
import { blockRangeFromWire, chainHeadsFromWire } from '../protocol/messages/sync.ts'
import { ChainCatchUp } from './chain-catch-up.ts'
import type { ChainCatchUpPorts } from './chain-catch-up.ts'
import type { ForeignBlockGuard } from './chain-guard.ts'
import { SyncPeerScores } from './sync-peers.ts'
import type { ailee } from '../proto/index.ts'
import type { IdentifyResult, PeerId } from '@libp2p/interface'
import type { Logger } from 'pino'

/** The running range sync of a node. */
export interface RangeSync {
  catchUp: ChainCatchUp
  scores: SyncPeerScores
  /** The two requests on their own (a restored coordinator fetches its own chain with them, src/node/own-chain-catch-up.ts). */
  ask: Pick<ChainCatchUpPorts, 'heads' | 'range'>
  /** Stops asking (timer, connect listener, catch-ups after their current request). */
  stop: () => void
}

/** Hooks counting what range sync stores (see `ChainSync.stats`). */
export type RangeSyncHooks = Pick<ChainCatchUpPorts, 'onStored' | 'onSignatureChecked'>

/** Starts range sync for a node with `config`; `guard` is the one gossip uses (shared budgets). */
export function startRangeSync (config: NodeConfig, host: AileeHost, chain: ChainStore, guard: ForeignBlockGuard, log: Logger, frameBudget?: FrameBudget, hooks: RangeSyncHooks = {}): RangeSync {
  const libp2p = host.libp2p
  const sync = config.chain.sync
  const ask = async (peer: string, body: Omit<ailee.v1.IRequest, 'networkId'>): Promise<ailee.v1.Response> =>
    await request(libp2p, peerIdFromString(peer), body, {
      protocol: SYNC_PROTOCOL,
      networkId: config.network.networkId,
      timeoutMs: config.timeouts.requestMs,
      maxMessageBytes: config.limits.maxMessageBytes,
      frameBudget
    })
  const scores = new SyncPeerScores({ banMs: sync.peerBanMs })
  const requests: Pick<ChainCatchUpPorts, 'heads' | 'range'> = {
    heads: async peer => chainHeadsFromWire(await ask(peer, { chainHeads: {} })),
    range: async (peer, producer, from, count) =>
      blockRangeFromWire(await ask(peer, { blockRange: { producerPeerId: producer, fromHeight: from, count } }), count, sync.maxResponseBytes)
  }
  const catchUp = new ChainCatchUp({
    self: host.peerId.toString(),
    chain,
    guard,
    scores,
    ...requests,
    maxBlocksPerRequest: sync.maxBlocksPerRequest,
    log,
    ...hooks
  })

  const onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
    if (evt.detail.protocols.includes(SYNC_PROTOCOL)) void catchUp.askHeads(evt.detail.peerId.toString())
  }
  /** Asks `peer` for its heads if the peer store knows it speaks the protocol. */
  const askIfSpoken = async (peer: PeerId): Promise<void> => {
    const known = await libp2p.peerStore.get(peer).catch(() => undefined)
    if (known?.protocols.includes(SYNC_PROTOCOL) === true) await catchUp.askHeads(peer.toString())
  }
  libp2p.addEventListener('peer:identify', onIdentify)
  // peers identified before the listener was added (the host dials its bootstrap peers at start)
  for (const peer of libp2p.getPeers()) void askIfSpoken(peer)
  let turn = 0
  const timer = setInterval(() => {
    const peers = libp2p.getPeers()
    if (peers.length > 0) void askIfSpoken(peers[turn++ % peers.length])
  }, sync.headsIntervalMs)
  timer.unref()
  return {
    catchUp,
    scores,
    ask: requests,
    stop: () => {
      clearInterval(timer)
      libp2p.removeEventListener('peer:identify', onIdentify)
      catchUp.stop()
    }
  }
}
