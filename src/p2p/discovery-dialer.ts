/**
 * Dials peers as discovery finds them. Since libp2p 2 the connection manager
 * no longer auto-dials discovered peers: mDNS and the DHT only fill the peer
 * store. A compute network wants its LAN peers connected (gossip meshes and
 * bitswap only reach connected peers), so this dials each discovered peer we
 * are not connected to while we hold fewer than `maxAutoDialConnections`.
 */
import type { Libp2p, Logger, PeerInfo } from '@libp2p/interface'

/** Options of {@link DiscoveryDialer}. */
export interface DiscoveryDialerInit {
  /** Stop dialling discovered peers at this many open connections. */
  maxAutoDialConnections: number
  /** Timeout of one dial. @default 5000 ms */
  dialTimeoutMs?: number
}

/** Dials peers announced by `peer:discovery` events. */
export class DiscoveryDialer {
  readonly #libp2p: Libp2p
  readonly #log: Logger
  readonly #maxConnections: number
  readonly #dialTimeoutMs: number
  readonly #controller = new AbortController()
  readonly #dialling = new Set<string>()
  readonly #onDiscovery = (evt: CustomEvent<PeerInfo>): void => { void this.#dial(evt.detail) }

  constructor (libp2p: Libp2p, log: Logger, init: DiscoveryDialerInit) {
    this.#libp2p = libp2p
    this.#log = log
    this.#maxConnections = init.maxAutoDialConnections
    this.#dialTimeoutMs = init.dialTimeoutMs ?? 5000
  }

  /** Starts listening to discovery events. */
  start (): void {
    this.#libp2p.addEventListener('peer:discovery', this.#onDiscovery)
  }

  /** Stops listening and cancels dials in flight. Idempotent. */
  stop (): void {
    this.#libp2p.removeEventListener('peer:discovery', this.#onDiscovery)
    this.#controller.abort()
  }

  async #dial (peer: PeerInfo): Promise<void> {
    const key = peer.id.toString()
    if (this.#controller.signal.aborted || peer.id.equals(this.#libp2p.peerId) || this.#dialling.has(key)) return
    if (this.#libp2p.getConnections(peer.id).length > 0) return
    if (this.#libp2p.getConnections().length >= this.#maxConnections) return
    this.#dialling.add(key)
    try {
      await this.#libp2p.dial(peer.multiaddrs.length > 0 ? peer.multiaddrs : peer.id, {
        signal: AbortSignal.any([this.#controller.signal, AbortSignal.timeout(this.#dialTimeoutMs)])
      })
      this.#log('connected to discovered peer %p', peer.id)
    } catch (err) {
      if (!this.#controller.signal.aborted) this.#log('discovered peer %p unreachable - %e', peer.id, err)
    } finally {
      this.#dialling.delete(key)
    }
  }
}
