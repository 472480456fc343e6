/**
 * Requests from this node to another peer on `/ailee/task/1.0.0`, with the
 * node's network id, message size limit and request timeout filled in.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { ailee } from '../proto/index.ts'
import type { NodeConfig } from '../config/schema.ts'
import { request } from '../protocol/index.ts'
import type { FrameBudget } from '../protocol/index.ts'
import type { Libp2p } from '@libp2p/interface'

/** Sends one request to a peer (by peer ID string) and returns its first response. */
export interface PeerClient {
  /** @throws RemoteError for an error response, RequestTimeoutError, or the dial error */
  request: (peer: string, body: Omit<ailee.v1.IRequest, 'networkId'>) => Promise<ailee.v1.Response>
}

/**
 * A {@link PeerClient} with the node's network id, `limits.maxMessageBytes`
 * and `timeouts.requestMs`; responses are read within `frameBudget`, the
 * node's budget of bytes buffered for incomplete inbound frames, when given.
 */
export function createPeerClient (libp2p: Libp2p, config: NodeConfig, frameBudget?: FrameBudget): PeerClient {
  return {
    request: async (peer, body) => await request(libp2p, peerIdFromString(peer), { ...body, networkId: config.network.networkId }, {
      networkId: config.network.networkId,
      timeoutMs: config.timeouts.requestMs,
      maxMessageBytes: config.limits.maxMessageBytes,
      frameBudget,
      // undefined: the task protocol's session (network.taskSessions)
      session: config.network.taskSessions ? undefined : false
    })
  }
}
