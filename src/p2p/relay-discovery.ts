/**
 * Relays found through the Kademlia DHT (docs/reachability.md, "Relays found through the DHT").
 *
 * A node offering relay service puts a DHT provider record for a well-known CID of the network,
 * {@link relayRendezvousCid}; a node that wants relay slots looks up providers of that CID and
 * dials them. Dialling is all it does: once the connection is up and identify has run, the circuit
 * relay v2 transport (`@libp2p/circuit-relay-v2`) sees a peer speaking the hop protocol and makes
 * the reservation itself, as it does for any connected relay, for as many relays as the node
 * listens on `/p2p-circuit` addresses. So this module is a *peer source* for the library's
 * reservation store, the role go-libp2p gives to autorelay's `WithPeerSource`: the library's own
 * relay discovery (a DHT random walk that dials random peers until one of them speaks the hop
 * protocol) stays on beside it, but reaches a relay only by chance when few nodes are relays.
 *
 * - {@link RelayAdvertiser}: the relay's side, a provider record put at start (retried until at least
 *   one DHT peer took it) and again every `intervalMs`, well inside the DHT's record validity
 *   (48 h in @libp2p/kad-dht 16, whose own reprovider also renews a record 24 h before it expires).
 * - {@link RelayFinder}: the seeking side, a provider lookup whenever the node holds fewer relays
 *   than it wants, again with exponential backoff while that lasts, and again when a relay goes away.
 */
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import type { Libp2p, PeerId, PeerInfo } from '@libp2p/interface'
import type { KadDHT } from '@libp2p/kad-dht'
import type { Multiaddr } from '@multiformats/multiaddr'

/** The minimal logger both classes write to (a libp2p component `Logger` fits). */
export interface RelayDiscoveryLog {
  (formatter: string, ...args: unknown[]): void
  error: (formatter: string, ...args: unknown[]) => void
}

/**
 * The CID relays of network `networkId` are providers of: CIDv1, raw codec, of
 * sha256(`/ailee/relay/<networkId>`) (UTF-8). The same on every node of the network, different
 * between networks.
 *
 * @throws RangeError for an empty network id
 */
export async function relayRendezvousCid (networkId: string): Promise<CID> {
  if (networkId.length === 0) throw new RangeError('network id must not be empty')
  return CID.createV1(raw.code, await sha256.digest(new TextEncoder().encode(`/ailee/relay/${networkId}`)))
}

/**
 * Puts a provider record for a CID: resolves to the number of DHT peers that took it (0 when the
 * node knows no DHT peer yet: the record then lives only in its own store).
 */
export type ProvideFn = (cid: CID, options: { signal: AbortSignal }) => Promise<number>

/** Options of {@link RelayAdvertiser}. */
export interface RelayAdvertiserInit {
  /** Period of re-announcements after one reached a peer, ms. @default 3 600 000 (1 h) */
  intervalMs?: number
  /** First wait after an announcement that reached no peer (or failed), ms; doubles up to `intervalMs`. @default 5000 */
  retryMinMs?: number
  /** Longest time one announcement may take, ms. @default 60 000 */
  timeoutMs?: number
  log: RelayDiscoveryLog
}

/**
 * Keeps a relay's provider record for {@link relayRendezvousCid} in the DHT: announces at
 * `start()`, retries with backoff (`retryMinMs`, doubling, at most `intervalMs`) while an
 * announcement reaches no peer, and re-announces every `intervalMs` after one did. One
 * announcement runs at a time; `stop()` aborts it.
 */
export class RelayAdvertiser {
  private readonly provide: ProvideFn
  private readonly cid: CID
  private readonly intervalMs: number
  private readonly retryMinMs: number
  private readonly timeoutMs: number
  private readonly log: RelayDiscoveryLog
  private timer?: ReturnType<typeof setTimeout>
  private controller?: AbortController
  private retryMs: number
  private running = false
  /** Announcements that reached at least one peer (for tests and logs). */
  announced = 0

  /** @throws RangeError for an interval or timeout below 1 ms */
  constructor (provide: ProvideFn, cid: CID, init: RelayAdvertiserInit) {
    this.provide = provide
    this.cid = cid
    this.intervalMs = init.intervalMs ?? 3_600_000
    this.retryMinMs = init.retryMinMs ?? 5000
    this.timeoutMs = init.timeoutMs ?? 60_000
    for (const [name, value] of [['intervalMs', this.intervalMs], ['retryMinMs', this.retryMinMs], ['timeoutMs', this.timeoutMs]] as const) {
      if (!(value >= 1)) throw new RangeError(`relay advertiser ${name} must be at least 1 ms, got ${value}`)
    }
    this.retryMs = this.retryMinMs
    this.log = init.log
  }

  /** Announces now, then keeps the record up. Idempotent. */
  start (): void {
    if (this.running) return
    this.running = true
    this.schedule(0)
  }

  /** Stops re-announcing and aborts an announcement under way. Idempotent. */
  stop (): void {
    this.running = false
    clearTimeout(this.timer)
    this.controller?.abort()
  }

  private schedule (ms: number): void {
    if (!this.running) return
    this.timer = setTimeout(() => { void this.announce() }, ms)
  }

  private async announce (): Promise<void> {
    const controller = this.controller = new AbortController()
    const timer = setTimeout(() => { controller.abort(new Error(`relay announcement took over ${this.timeoutMs} ms`)) }, this.timeoutMs)
    let reached = 0
    try {
      reached = await this.provide(this.cid, { signal: controller.signal })
    } catch (err) {
      if (this.running) this.log.error('relay provider record for %s not put - %e', this.cid.toString(), err)
    } finally {
      clearTimeout(timer)
    }
    if (!this.running) return
    if (reached > 0) {
      this.announced++
      this.retryMs = this.retryMinMs
      this.log('relay provider record for %s put on %d peers, next in %d ms', this.cid.toString(), reached, this.intervalMs)
      this.schedule(this.intervalMs)
    } else {
      this.log('relay provider record for %s reached no peer, retry in %d ms', this.cid.toString(), this.retryMs)
      this.schedule(this.retryMs)
      this.retryMs = Math.min(this.retryMs * 2, this.intervalMs)
    }
  }
}

/** What {@link RelayFinder} needs of a node (a started libp2p: {@link relayFinderPorts}). */
export interface RelayFinderPorts {
  /** Our own peer id: never dialled as a relay. */
  self: PeerId
  /** Providers of `cid` (a DHT lookup); may end early when `signal` aborts. */
  findProviders: (cid: CID, options: { signal: AbortSignal }) => AsyncIterable<Pick<PeerInfo, 'id' | 'multiaddrs'>>
  /** Opens a connection to `peer` (its `multiaddrs` may be empty: dial by peer id). */
  dial: (peer: PeerId, multiaddrs: Multiaddr[], options: { signal: AbortSignal }) => Promise<void>
  /** Peer ids (strings) of the relays we hold a reservation on. */
  relaysHeld: () => Set<string>
  /** True when a connection to `peer` is open. */
  isConnected: (peer: PeerId) => boolean
}

/** Options of {@link RelayFinder}. */
export interface RelayFinderInit {
  /** Relays to hold reservations on (the node's `/p2p-circuit` listen addresses). */
  wanted: number
  /** First wait before a new lookup while fewer relays than wanted are held, ms; doubles up to `backoffMaxMs`. @default 5000 */
  backoffMinMs?: number
  /** Longest wait between lookups while relays are missing, ms. @default 300 000 (5 min) */
  backoffMaxMs?: number
  /** Period of the check while enough relays are held (a lost relay also wakes it via {@link RelayFinder.check}), ms. @default 60 000 */
  checkIntervalMs?: number
  /** Longest time one lookup (with its dials) may take, ms. @default 30 000 */
  lookupTimeoutMs?: number
  log: RelayDiscoveryLog
}

/**
 * Keeps `wanted` relays: while fewer are held, looks up providers of the relay CID and dials up
 * to the number missing of those that are neither held nor connected (the circuit relay
 * transport then reserves a slot on each that speaks the hop protocol). Lookups repeat after
 * `backoffMinMs`, doubling up to `backoffMaxMs`, until enough relays are held; then the finder
 * checks every `checkIntervalMs`, or at once on {@link check} (the host calls it when its
 * addresses change, e.g. a relayed address was withdrawn), and starts over with the shortest backoff.
 */
export class RelayFinder {
  private readonly ports: RelayFinderPorts
  private readonly cid: CID
  private readonly wanted: number
  private readonly backoffMinMs: number
  private readonly backoffMaxMs: number
  private readonly checkIntervalMs: number
  private readonly lookupTimeoutMs: number
  private readonly log: RelayDiscoveryLog
  private backoffMs: number
  private timer?: ReturnType<typeof setTimeout>
  private controller?: AbortController
  private running = false
  private busy = false
  /** Lookups made (for tests and logs). */
  lookups = 0

  /** @throws RangeError for `wanted` below 1 or a period below 1 ms */
  constructor (ports: RelayFinderPorts, cid: CID, init: RelayFinderInit) {
    if (!Number.isSafeInteger(init.wanted) || init.wanted < 1) throw new RangeError(`relays wanted must be a positive integer, got ${init.wanted}`)
    this.ports = ports
    this.cid = cid
    this.wanted = init.wanted
    this.backoffMinMs = init.backoffMinMs ?? 5000
    this.backoffMaxMs = Math.max(init.backoffMaxMs ?? 300_000, this.backoffMinMs)
    this.checkIntervalMs = init.checkIntervalMs ?? 60_000
    this.lookupTimeoutMs = init.lookupTimeoutMs ?? 30_000
    for (const [name, value] of [['backoffMinMs', this.backoffMinMs], ['checkIntervalMs', this.checkIntervalMs], ['lookupTimeoutMs', this.lookupTimeoutMs]] as const) {
      if (!(value >= 1)) throw new RangeError(`relay finder ${name} must be at least 1 ms, got ${value}`)
    }
    this.backoffMs = this.backoffMinMs
    this.log = init.log
  }

  /** Starts: the first check runs at once. Idempotent. */
  start (): void {
    if (this.running) return
    this.running = true
    this.schedule(0)
  }

  /** Stops and aborts a lookup under way. Idempotent. */
  stop (): void {
    this.running = false
    clearTimeout(this.timer)
    this.controller?.abort()
  }

  /**
   * Checks now whether relays are missing, unless a lookup is under way or the finder is backing
   * off after a lookup that left relays missing (the backoff holds).
   */
  check (): void {
    if (!this.running || this.busy || this.backoffMs > this.backoffMinMs) return
    clearTimeout(this.timer)
    this.schedule(0)
  }

  private schedule (ms: number): void {
    if (!this.running) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => { void this.tick() }, ms)
  }

  private async tick (): Promise<void> {
    if (this.busy) return
    const missing = this.wanted - this.ports.relaysHeld().size
    if (missing <= 0) {
      this.backoffMs = this.backoffMinMs
      this.schedule(this.checkIntervalMs)
      return
    }
    this.busy = true
    try {
      await this.lookup(missing)
    } finally {
      this.busy = false
    }
    if (!this.running) return
    // the reservation follows the dial (identify, then the transport's reservation): look again
    // after the backoff, by which time it is held or the relay was not one after all
    this.schedule(this.backoffMs)
    this.backoffMs = Math.min(this.backoffMs * 2, this.backoffMaxMs)
  }

  /** One lookup: dials up to `missing` providers that are neither us, held, nor connected. */
  private async lookup (missing: number): Promise<void> {
    const controller = this.controller = new AbortController()
    const timer = setTimeout(() => { controller.abort(new Error(`relay lookup took over ${this.lookupTimeoutMs} ms`)) }, this.lookupTimeoutMs)
    this.lookups++
    const held = this.ports.relaysHeld()
    const dials: Array<Promise<void>> = []
    const seen = new Set<string>()
    let found = 0
    try {
      for await (const provider of this.ports.findProviders(this.cid, { signal: controller.signal })) {
        const id = provider.id.toString()
        if (seen.has(id)) continue
        seen.add(id)
        found++
        if (provider.id.equals(this.ports.self) || held.has(id) || this.ports.isConnected(provider.id)) continue
        this.log('dialling relay %p found in the DHT', provider.id)
        dials.push(this.ports.dial(provider.id, provider.multiaddrs, { signal: controller.signal })
          .catch(err => { this.log('relay %p found in the DHT not reached - %e', provider.id, err) }))
        if (dials.length >= missing) break
      }
    } catch (err) {
      if (!controller.signal.aborted || dials.length === 0) this.log('relay lookup ended - %e', err)
    }
    try {
      await Promise.all(dials)
    } finally {
      clearTimeout(timer)
    }
    this.log('relay lookup: %d providers, %d dialled, %d of %d relays held', found, dials.length, this.ports.relaysHeld().size, this.wanted)
  }
}

/**
 * Peer ids (strings) of the relays among `addrs` (our own addresses): the component before
 * `/p2p-circuit` of each relayed address. `<relay addr>/p2p/<relay>/p2p-circuit` is what a node
 * holding a reservation announces.
 */
export function relayIdsOf (addrs: Multiaddr[]): Set<string> {
  const ids = new Set<string>()
  for (const ma of addrs) {
    const components = ma.getComponents()
    const circuit = components.findIndex(c => c.name === 'p2p-circuit')
    if (circuit < 0) continue
    const relay = components.slice(0, circuit).reverse().find(c => c.name === 'p2p')
    if (relay?.value != null) ids.add(relay.value)
  }
  return ids
}

/** Counts the DHT peers that took a provider record (`PEER_RESPONSE` to `ADD_PROVIDER`) of `dht.provide`. */
export async function provideThroughDht (dht: Pick<KadDHT, 'provide'>, cid: CID, options: { signal: AbortSignal }): Promise<number> {
  let reached = 0
  for await (const event of dht.provide(cid, options)) {
    if (event.name === 'PEER_RESPONSE' && event.messageName === 'ADD_PROVIDER') reached++
  }
  return reached
}

/** {@link RelayFinderPorts} of a started libp2p node (content routing: its DHT). */
export function relayFinderPorts (libp2p: Libp2p): RelayFinderPorts {
  return {
    self: libp2p.peerId,
    findProviders: (cid, options) => libp2p.contentRouting.findProviders(cid, options),
    dial: async (peer, multiaddrs, options) => {
      if (multiaddrs.length > 0) await libp2p.peerStore.merge(peer, { multiaddrs })
      await libp2p.dial(peer, options)
    },
    relaysHeld: () => relayIdsOf(libp2p.getMultiaddrs()),
    isConnected: peer => libp2p.getConnections(peer).length > 0
  }
}

/** What {@link startRelayDiscovery} runs on a node. */
export interface RelayDiscoveryOptions {
  /** Network id: names the relay CID ({@link relayRendezvousCid}). */
  networkId: string
  /** Put the relay provider record (the node offers relay service). */
  advertise: boolean
  /** Relays to find and hold (the node's `/p2p-circuit` listen addresses); 0 = find none. */
  wanted: number
  /** Periods of both sides (tests shorten them); the classes' defaults otherwise. */
  timing?: Omit<RelayAdvertiserInit, 'log'> & Omit<RelayFinderInit, 'log' | 'wanted'>
  log: RelayDiscoveryLog
}

/**
 * Starts relay discovery through the DHT on a started node whose DHT is `dht`: the
 * {@link RelayAdvertiser} when `advertise`, the {@link RelayFinder} when `wanted` > 0 (checked
 * again whenever the node's own addresses change).
 *
 * @returns a function that stops both
 */
export async function startRelayDiscovery (libp2p: Libp2p, dht: Pick<KadDHT, 'provide'>, options: RelayDiscoveryOptions): Promise<() => void> {
  const cid = await relayRendezvousCid(options.networkId)
  const stops: Array<() => void> = []
  if (options.advertise) {
    const advertiser = new RelayAdvertiser(async (c, opts) => await provideThroughDht(dht, c, opts), cid, { ...options.timing, log: options.log })
    advertiser.start()
    stops.push(() => { advertiser.stop() })
  }
  if (options.wanted > 0) {
    const finder = new RelayFinder(relayFinderPorts(libp2p), cid, { ...options.timing, wanted: options.wanted, log: options.log })
    const onSelf = (): void => { finder.check() }
    libp2p.addEventListener('self:peer:update', onSelf)
    finder.start()
    stops.push(() => { libp2p.removeEventListener('self:peer:update', onSelf); finder.stop() })
  }
  options.log('relay discovery through the DHT: %s, advertise %s, %d relays wanted', cid.toString(), options.advertise, options.wanted)
  return () => { for (const stop of stops) stop() }
}
