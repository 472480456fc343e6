/**
 * NAT traversal of a node (docs/reachability.md): what libp2p adds so that
 * nodes behind a NAT take part, built from libp2p's own services:
 *
 * - the circuit relay v2 transport (`@libp2p/circuit-relay-v2`), always on: any
 *   node can dial a `/p2p-circuit` address; with `relayReserve` the node also
 *   listens on `/p2p-circuit`, i.e. reserves a slot on a relay among its peers
 *   and announces the relayed address;
 * - a circuit relay v2 server under limits (`relayServer`);
 * - AutoNAT (`@libp2p/autonat`): peers dial back the addresses the node
 *   announces, which confirms (or withdraws) them;
 * - DCUtR hole punching (`@libp2p/dcutr`): a relayed connection is replaced by
 *   a direct one when either side can be dialled or a simultaneous dial
 *   succeeds;
 * - UPnP IGD port mapping (`@libp2p/upnp-nat`), off unless asked for.
 *
 * A relay that applies limits marks its connections "limited"; libp2p then
 * opens on them only streams of protocols registered with
 * `runOnLimitedConnection`, which the host and the task protocol set for
 * gossipsub, bitswap and `/ailee/task/1.0.0`, so a node reached only through a
 * relay still gets offers, content and requests.
 */
import { autoNAT } from '@libp2p/autonat'
import { circuitRelayServer, circuitRelayTransport, type CircuitRelayServerInit } from '@libp2p/circuit-relay-v2'
import { dcutr } from '@libp2p/dcutr'
import { uPnPNAT } from '@libp2p/upnp-nat'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { Circuit } from '@multiformats/multiaddr-matcher'
import { withGuardedRelayedConnections } from './relay-stream-guard.ts'
import type { Connection, Libp2p, PeerUpdate } from '@libp2p/interface'

/** Limits of the relay service a node offers (config `network.relay.server`). */
export interface RelayServerLimits {
  /** Reservations held at once; further ones are refused. */
  maxReservations: number
  /** Life of a reservation until its holder refreshes it, ms. */
  reservationTtlMs: number
  /** Longest life of one relayed connection, ms; 0 = no duration limit. */
  durationLimitMs: number
  /** Most bytes one relayed connection carries (both directions together); 0 = no data limit. */
  dataLimitBytes: number
}

/** NAT traversal of a host (`HostOptions.reachability`). */
export interface ReachabilityOptions {
  /** Run AutoNAT: peers confirm the announced addresses by dialling them back. @default false */
  autoNat?: boolean
  /** Run DCUtR: relayed connections are upgraded to direct ones where a dial gets through. @default true */
  holePunching?: boolean
  /**
   * Ask a UPnP IGD gateway on the LAN for port mappings and announce the mapped
   * public address: confirmed by AutoNAT when `autoNat` is on, otherwise on the
   * gateway's word. @default false
   */
  upnp?: boolean
  /** Listen on `/p2p-circuit`: reserve a slot on a relay among the connected peers and announce the relayed address. @default false */
  relayReserve?: boolean
  /** Relays to hold a reservation on when `relayReserve` is on: one `/p2p-circuit` listen address each. @default 1 */
  relaysWanted?: number
  /**
   * Relays through the DHT (`relay-discovery.ts`), when the host runs the DHT: a relay server puts a
   * provider record of the network's relay CID, a node with `relayReserve` looks up its providers
   * and dials them while it holds fewer than `relaysWanted` relays. @default true
   */
  discoverRelays?: boolean
  /** Offer relay service under these limits; absent = no relay service. */
  relayServer?: RelayServerLimits
}

/** The largest duration a relay's abort timer takes (2^31 - 1 ms, about 24.8 days): "no duration limit" when the data limit is set. */
const UNLIMITED_DURATION_MS = 2 ** 31 - 1
/** "No data limit" when the duration limit is set: the largest value of the relay protocol's uint64 field. */
const UNLIMITED_DATA_BYTES = 2n ** 64n - 1n

/**
 * The relay server's options for `limits`. With both limits 0 the relay sends
 * no limit, so relayed connections are not "limited" in libp2p's sense; with
 * one of them 0 that one is set to its largest value (the relay always sends
 * both when it sends a limit).
 *
 * @throws RangeError for a negative or fractional limit, or `maxReservations` below 1
 */
export function relayServerInit (limits: RelayServerLimits): CircuitRelayServerInit {
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`relay server ${key} must be a non-negative integer, got ${String(value)}`)
  }
  if (limits.maxReservations < 1) throw new RangeError('relay server maxReservations must be at least 1')
  const unlimited = limits.durationLimitMs === 0 && limits.dataLimitBytes === 0
  return {
    reservations: {
      maxReservations: limits.maxReservations,
      reservationTtl: limits.reservationTtlMs,
      applyDefaultLimit: !unlimited,
      // the relay's timer takes ms (`AbortSignal.timeout`), whatever the spec's seconds say
      defaultDurationLimit: limits.durationLimitMs === 0 ? UNLIMITED_DURATION_MS : Math.min(limits.durationLimitMs, UNLIMITED_DURATION_MS),
      defaultDataLimit: limits.dataLimitBytes === 0 ? UNLIMITED_DATA_BYTES : BigInt(limits.dataLimitBytes)
    }
  }
}

/**
 * The transports of a host: `tcp` plus the circuit relay v2 transport, whose relayed connections
 * cannot end the process when their relay stream closes under them (`relay-stream-guard.ts`).
 */
export function reachabilityTransports<T> (tcp: T): Array<T | ReturnType<typeof circuitRelayTransport>> {
  return [tcp, withGuardedRelayedConnections(circuitRelayTransport({ reservationCompletionTimeout: 10_000 }))]
}

/**
 * `listen` plus `/p2p-circuit` once per relay wanted (`relaysWanted`, default 1) when
 * `relayReserve` is on: the circuit relay transport reserves one slot per such address. Those
 * already in `listen` count.
 *
 * @throws RangeError for `relaysWanted` below 1
 */
export function reachabilityListen (listen: string[], options: ReachabilityOptions = {}): string[] {
  if (options.relayReserve !== true) return listen
  const wanted = relaysWantedOf(options)
  const present = listen.filter(a => a === '/p2p-circuit').length
  return [...listen, ...Array<string>(Math.max(0, wanted - present)).fill('/p2p-circuit')]
}

/**
 * Relays the node reserves slots on: `relaysWanted` (default 1) with `relayReserve`, else 0.
 *
 * @throws RangeError for `relaysWanted` that is not a positive integer
 */
export function relaysWantedOf (options: ReachabilityOptions = {}): number {
  if (options.relayReserve !== true) return 0
  const wanted = options.relaysWanted ?? 1
  if (!Number.isSafeInteger(wanted) || wanted < 1) throw new RangeError(`relaysWanted must be a positive integer, got ${String(wanted)}`)
  return wanted
}

/** The libp2p services NAT traversal needs under `options` (names: autoNAT, dcutr, upnp, relay). */
export function reachabilityServices (options: ReachabilityOptions = {}): Record<string, (components: any) => unknown> {
  const services: Record<string, (components: any) => unknown> = {}
  if (options.autoNat === true) services.autoNAT = autoNAT()
  if (options.holePunching !== false) services.dcutr = dcutr()
  // @libp2p/upnp-nat needs AutoNAT to confirm a mapped address unless told to trust the gateway: without
  // AutoNAT the gateway's own report of the mapping (external IP, port) is what confirms it
  if (options.upnp === true) services.upnp = uPnPNAT({ autoConfirmAddress: options.autoNat !== true })
  if (options.relayServer != null) services.relay = circuitRelayServer(relayServerInit(options.relayServer))
  return services
}

/**
 * libp2p's `announceFilter` that drops every address equal to one of
 * `excluded` or starting with one of them followed by more components
 * (`/ip4/10.0.0.5` drops `/ip4/10.0.0.5/tcp/4001`, not `/ip4/10.0.0.50/...`);
 * relayed (`/p2p-circuit`) addresses are kept: they begin with the relay's address.
 * libp2p 3 declares `addresses.noAnnounce` but does not apply it, hence this.
 */
export function noAnnounceFilter (excluded: string[]): (addrs: Multiaddr[]) => Multiaddr[] {
  const prefixes = excluded.map(e => multiaddr(e).toString())
  return addrs => addrs.filter(ma => {
    // a relayed address starts with the relay's address, which the exclusion is not about
    if (Circuit.matches(ma)) return true
    const text = ma.toString()
    return !prefixes.some(p => text === p || text.startsWith(`${p}/`))
  })
}

/** True when `connection` runs through a relay (its remote address has `/p2p-circuit`). */
export function isRelayed (connection: Pick<Connection, 'remoteAddr'>): boolean {
  return Circuit.matches(connection.remoteAddr)
}

/** The two levels {@link watchReachability} logs at, as a pino logger has them. */
export interface ReachabilityLog {
  debug: (fields: Record<string, unknown>, msg: string) => void
  info: (fields: Record<string, unknown>, msg: string) => void
}

/**
 * Logs what a node learns about its reachability: at debug every connection
 * opened and closed (`connection` id, `relayed`, `limited`, `direction`,
 * `remotePeer`, `remoteAddr`),
 * at info every change of its own announced addresses (`addresses`): a relay
 * reservation, AutoNAT confirming or withdrawing an address, a UPnP mapping.
 *
 * @returns a function that stops it
 */
export function watchReachability (libp2p: Pick<Libp2p, 'addEventListener' | 'removeEventListener' | 'getMultiaddrs'>, log: ReachabilityLog): () => void {
  let announced = libp2p.getMultiaddrs().map(String).sort().join(' ')
  const fields = (c: Connection): Record<string, unknown> =>
    ({ connection: c.id, relayed: isRelayed(c), limited: c.limits != null, direction: c.direction, remotePeer: c.remotePeer.toString(), remoteAddr: c.remoteAddr.toString() })
  const onOpen = (evt: CustomEvent<Connection>): void => { log.debug(fields(evt.detail), 'connection opened') }
  const onClose = (evt: CustomEvent<Connection>): void => { log.debug(fields(evt.detail), 'connection closed') }
  const onSelf = (evt: CustomEvent<PeerUpdate>): void => {
    const addresses = evt.detail.peer.addresses.map(a => a.multiaddr.toString()).sort()
    const now = addresses.join(' ')
    if (now === announced) return
    announced = now
    log.info({ addresses }, 'announced addresses changed')
  }
  libp2p.addEventListener('connection:open', onOpen)
  libp2p.addEventListener('connection:close', onClose)
  libp2p.addEventListener('self:peer:update', onSelf)
  return () => {
    libp2p.removeEventListener('connection:open', onOpen)
    libp2p.removeEventListener('connection:close', onClose)
    libp2p.removeEventListener('self:peer:update', onSelf)
  }
}
