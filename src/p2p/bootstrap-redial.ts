/**
 * Keeps the node connected to its bootstrap peers. `@libp2p/bootstrap` dials
 * its list once at start; a worker started before its coordinator, or one whose
 * coordinator restarted, would stay alone. This redials every bootstrap peer we
 * are not connected to, at start and then every `intervalMs`.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { InvalidHostOptionsError } from './errors.ts'
import type { Libp2p, Logger, PeerId } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'

/** A bootstrap address split into its peer ID and full multiaddr. */
export interface BootstrapPeer {
  peerId: PeerId
  addr: Multiaddr
}

/**
 * Parses bootstrap multiaddrs; each must end in `/p2p/<peer id>`.
 *
 * @throws {InvalidHostOptionsError} for an unparsable address or one without a peer ID
 */
export function parseBootstrapList (list: string[]): BootstrapPeer[] {
  return list.map(text => {
    let addr: Multiaddr
    try {
      addr = multiaddr(text)
    } catch (err) {
      throw new InvalidHostOptionsError(`invalid bootstrap multiaddr ${JSON.stringify(text)}: ${(err as Error).message}`, { cause: err })
    }
    const id = addr.getComponents().findLast(c => c.name === 'p2p')?.value
    if (id == null) {
      throw new InvalidHostOptionsError(`bootstrap multiaddr ${text} has no /p2p/<peer id> part`)
    }
    try {
      return { peerId: peerIdFromString(id), addr }
    } catch (err) {
      throw new InvalidHostOptionsError(`bootstrap multiaddr ${text} has an invalid peer ID: ${(err as Error).message}`, { cause: err })
    }
  })
}

/** Options of {@link BootstrapRedialer}. */
export interface BootstrapRedialerInit {
  /** Time between two rounds of redials. @default 5000 ms */
  intervalMs?: number
  /** Timeout of one dial. @default 5000 ms */
  dialTimeoutMs?: number
}

/** Periodically dials the bootstrap peers we are not connected to. */
export class BootstrapRedialer {
  readonly #libp2p: Libp2p
  readonly #peers: BootstrapPeer[]
  readonly #log: Logger
  readonly #intervalMs: number
  readonly #dialTimeoutMs: number
  readonly #controller = new AbortController()
  #timer: ReturnType<typeof setTimeout> | undefined
  #running = false

  constructor (libp2p: Libp2p, peers: BootstrapPeer[], log: Logger, init: BootstrapRedialerInit = {}) {
    this.#libp2p = libp2p
    this.#peers = peers.filter(p => !p.peerId.equals(libp2p.peerId))
    this.#log = log
    this.#intervalMs = init.intervalMs ?? 5000
    this.#dialTimeoutMs = init.dialTimeoutMs ?? 5000
  }

  /** Dials at once (without waiting for the dials) and then every interval. */
  start (): void {
    if (this.#peers.length === 0 || this.#controller.signal.aborted) return
    void this.#round()
  }

  /** Stops redialing and cancels dials in flight. Idempotent. */
  stop (): void {
    this.#controller.abort()
    if (this.#timer != null) clearTimeout(this.#timer)
    this.#timer = undefined
  }

  async #round (): Promise<void> {
    if (this.#running || this.#controller.signal.aborted) return
    this.#running = true
    try {
      await Promise.all(this.#peers.map(async ({ peerId, addr }) => {
        if (this.#libp2p.getConnections(peerId).length > 0) return
        try {
          await this.#libp2p.dial(addr, {
            signal: AbortSignal.any([this.#controller.signal, AbortSignal.timeout(this.#dialTimeoutMs)])
          })
          this.#log('connected to bootstrap peer %p', peerId)
        } catch (err) {
          if (!this.#controller.signal.aborted) this.#log('bootstrap peer %a unreachable - %e', addr, err)
        }
      }))
    } finally {
      this.#running = false
      if (!this.#controller.signal.aborted) {
        this.#timer = setTimeout(() => { void this.#round() }, this.#intervalMs)
        this.#timer.unref?.()
      }
    }
  }
}
