/**
 * The composition root of the networking layer (Lodestar `networkCore.ts`
 * style): one libp2p host with Helia on top, built in dependency order and
 * torn down in reverse by an idempotent `stop()`.
 *
 * Helia 7 builds libp2p itself, so the node is
 * `withBitswap(withLibp2pLight(createHeliaLight({ blockstore, datastore }), libp2pOptions)).start()`:
 * no public gateways, no delegated routing, nothing that needs the internet.
 * libp2p runs TCP, Noise, Yamux, identify, ping, a Kademlia DHT on the network's
 * own protocol (server mode, private addresses kept: it is meant for LANs),
 * mDNS and a bootstrap list when configured, and gossipsub with peer scoring.
 * Peers that discovery finds are dialled (`discovery-dialer.ts`), and bootstrap
 * peers redialled while disconnected (`bootstrap-redial.ts`).
 * NAT traversal (circuit relay v2, AutoNAT, DCUtR, UPnP) comes from
 * `reachability.ts`, relays found through the DHT from `relay-discovery.ts`; announced addresses
 * from `announce` / `noAnnounce`.
 * With the DHT on, Helia's libp2p router is content routing over it: bitswap looks up providers
 * of a CID it wants and dials them, and the host's `announcer` puts provider
 * records for sealed content the roles store (src/content/content-announcer.ts).
 * Protocols of the roles (`src/protocol/`) are registered on `host.libp2p`.
 */
import { join } from 'node:path'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { withBitswap } from '@helia/bitswap'
import { withLibp2pLight } from '@helia/libp2p'
import { bootstrap } from '@libp2p/bootstrap'
import { gossipsub } from '@libp2p/gossipsub'
import { identify, identifyPush } from '@libp2p/identify'
import { kadDHT, passthroughMapper } from '@libp2p/kad-dht'
import { defaultLogger } from '@libp2p/logger'
import { mdns } from '@libp2p/mdns'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { FsBlockstore } from 'blockstore-fs'
import { NodeDatastore } from './node-datastore.ts'
import { createHeliaLight } from 'helia'
import { ContentStore } from '../content/content-store.ts'
import { ContentAnnouncer, type ContentAnnouncerInit } from '../content/content-announcer.ts'
import { BootstrapRedialer, parseBootstrapList } from './bootstrap-redial.ts'
import { DiscoveryDialer } from './discovery-dialer.ts'
import { noAnnounceFilter, reachabilityListen, reachabilityServices, reachabilityTransports, relaysWantedOf, watchReachability, type ReachabilityOptions } from './reachability.ts'
import { startRelayDiscovery, type RelayDiscoveryOptions } from './relay-discovery.ts'
import { randomWalkPacer } from './random-walk-pacer.ts'
import { InvalidHostOptionsError } from './errors.ts'
import { GossipBus } from './gossip.ts'
import { coalescedWrites } from './coalesced-writes.ts'
import { pinoComponentLogger, type BridgeErrorLevel } from './pino-component-logger.ts'
import { peerScoreParams, peerScoreThresholds } from './gossip-scoring.ts'
import { dhtProtocolFor, mdnsServiceTagFor, topicsFor } from './topics.ts'
import { BITSWAP_MAX_MESSAGE_BYTES, yamuxStreamLimits } from './transport-limits.ts'
import type { GossipSubService } from './gossip.ts'
import type { Helia } from '@helia/interface'
import type { Identify, IdentifyPush } from '@libp2p/identify'
import type { ComponentLogger, Libp2p, Metrics, PeerId, PeerDiscovery, PrivateKey } from '@libp2p/interface'
import type { KadDHT } from '@libp2p/kad-dht'
import type { Ping } from '@libp2p/ping'
import type { Logger as PinoLogger } from 'pino'

/** Options of {@link createHost}. */
export interface HostOptions {
  /** The node's identity (`loadOrCreateIdentity`). */
  privateKey: PrivateKey
  /**
   * Blocks go to `<dataDir>/blocks` (blockstore-fs) and Helia/libp2p records
   * (pins, peer store, DHT) to `<dataDir>/datastore` (datastore-fs). Both are
   * in memory when absent.
   */
  dataDir?: string
  /** Network id: names the gossip topics, the DHT protocol and the mDNS service. */
  networkId: string
  /** Multiaddrs to listen on, e.g. `/ip4/127.0.0.1/tcp/0`. */
  listen: string[]
  /**
   * Multiaddrs announced to peers instead of the listen addresses (libp2p
   * `addresses.announce`), e.g. `/ip4/203.0.113.7/tcp/4001` behind a port
   * forward or a load balancer. @default the listen addresses (and relayed ones)
   */
  announce?: string[]
  /** Multiaddrs (or prefixes of them, e.g. `/ip4/10.0.0.5`) never announced ({@link noAnnounceFilter}). @default [] */
  noAnnounce?: string[]
  /** NAT traversal: relay client and server, AutoNAT, hole punching, UPnP (`reachability.ts`). @default relay transport and hole punching only */
  reachability?: ReachabilityOptions
  /** Multiaddrs with `/p2p/<peer id>` dialled at start and redialled while disconnected. */
  bootstrap: string[]
  /** LAN discovery by multicast DNS. */
  mdns: boolean
  /** Kademlia DHT (server mode). */
  dht: boolean
  /** Connections kept before the connection manager prunes; discovered peers are dialled up to half of it. @default 200 */
  maxConnections?: number
  /**
   * Least time the connection monitor waits for a ping answer before it aborts the connection, ms
   * (libp2p's adaptive timeout grows above it with the measured round trip). libp2p's default floor,
   * 5000 ms, aborts healthy connections to a peer whose event loop is busy for a few seconds, and
   * every stream on them with it. @default 30000
   */
  pingTimeoutMs?: number
  /**
   * The node's pino logger. libp2p, its services (gossipsub, kad-dht,
   * identify, ...), Helia, bitswap, gossip and the content store then log into
   * it through {@link pinoComponentLogger}: at pino's level, each line with
   * `component` (e.g. `libp2p:tcp`), `peerId` (ours, added here) and the
   * logger's own bindings (e.g. `role`). Ignored when `logger` is given.
   */
  pino?: PinoLogger
  /**
   * libp2p component logger shared by libp2p, Helia and us; takes precedence
   * over `pino`. @default `pinoComponentLogger(pino.child({ peerId }))` when
   * `pino` is given, else `defaultLogger()` of `@libp2p/logger` (`DEBUG=`)
   */
  logger?: ComponentLogger
  /**
   * pino level of each libp2p/Helia/p2p component logging through `pino`
   * (the node's per-component `logLevel`, group `p2p`). @default `pino`'s level
   */
  componentLevel?: (component: string) => string
  /** Period of bootstrap redials while disconnected. @default 5000 ms */
  bootstrapRedialIntervalMs?: number
  /** Default timeout of content fetches (`ContentStore.get`, `pin`) for the first MiB. @default 20000 ms */
  contentTimeoutMs?: number
  /** Fetch time `ContentStore.get` adds per further MiB of declared size. @default 0 ms */
  contentTimeoutMsPerMiB?: number
  /**
   * Largest frame of `/ailee/task/1.0.0` (`limits.maxMessageBytes`), bytes:
   * sizes yamux's per-stream read buffer and window ({@link yamuxStreamLimits})
   * so such a frame is never reset by the muxer. @default 8 MiB
   */
  maxMessageBytes?: number
  /**
   * libp2p metrics (e.g. `@libp2p/prometheus-metrics`, made by src/metrics/): given to libp2p
   * and to Helia, so transports, gossipsub, the DHT and bitswap report into it. @default none
   */
  metrics?: Metrics
  /**
   * Bounds of the DHT provider-record queue ({@link ContentAnnouncer}: concurrency, waiting CIDs,
   * timeout per record). Without the DHT the announcer announces nothing. @default the announcer's defaults
   */
  contentAnnounce?: Omit<ContentAnnouncerInit, 'logger'>
  /** Periods of relay discovery through the DHT (`relay-discovery.ts`; tests shorten them). @default the module's */
  relayDiscoveryTiming?: RelayDiscoveryOptions['timing']
}

/** Services every AILEE libp2p node runs (`libp2p.services`). */
export interface AileeServices extends Record<string, unknown> {
  identify: Identify
  /**
   * Tells connected peers when our protocols change: Helia registers bitswap and
   * the roles register `/ailee/task/1.0.0` after libp2p has started (and may
   * already be connected), and a peer's topologies (bitswap's peer list) only
   * learn of protocols through identify.
   */
  identifyPush: IdentifyPush
  ping: Ping
  pubsub: GossipSubService
  /** Present when `HostOptions.dht` is true. */
  dht?: KadDHT
}

/** A started node: libp2p, Helia, content and gossip. */
export interface AileeHost {
  libp2p: Libp2p<AileeServices>
  helia: Helia
  content: ContentStore
  /**
   * Puts DHT provider records for sealed content this node stores (fire-and-forget, bounded;
   * src/content/content-announcer.ts). Disabled (announces nothing) when the DHT is off.
   */
  announcer: ContentAnnouncer
  gossip: GossipBus
  peerId: PeerId
  /** Listening addresses, each ending in `/p2p/<our peer id>`. */
  multiaddrs: () => string[]
  /** Stops gossip, bootstrap redials, Helia and libp2p, then closes the stores. Idempotent. */
  stop: () => Promise<void>
}

/** Period of the connection monitor's pings on every connection, ms (libp2p's default). */
const CONNECTION_MONITOR_INTERVAL_MS = 10_000

/**
 * libp2p and Helia log routine network events (a reset connection, a stream
 * closed early, a DHT query with no peers) with `.error`; at the default level
 * they would read as failures, so they are written at debug. Our own
 * components (`ailee:*`) keep `.error` at error.
 */
function libp2pErrorsAtDebug (component: string): BridgeErrorLevel {
  return component.startsWith('ailee:') ? 'error' : 'debug'
}

/**
 * Builds and starts a node.
 *
 * @throws {InvalidHostOptionsError} for an empty network id, no listen address,
 *   an unparsable listen or bootstrap address, or `reachability.relaysWanted` below 1
 * @throws the libp2p error when a listen address cannot be bound
 */
export async function createHost (options: HostOptions): Promise<AileeHost> {
  const logger = options.logger ??
    (options.pino != null
      ? pinoComponentLogger(options.pino.child({ peerId: peerIdFromPrivateKey(options.privateKey).toString() }), { errorLevel: libp2pErrorsAtDebug, levelOf: options.componentLevel })
      : defaultLogger())
  const log = logger.forComponent('ailee:host')
  if (options.networkId.length === 0) throw new InvalidHostOptionsError('networkId must not be empty')
  if (options.listen.length === 0) throw new InvalidHostOptionsError('at least one listen address is needed')
  for (const [kind, addrs] of [['listen', options.listen], ['announce', options.announce ?? []], ['noAnnounce', options.noAnnounce ?? []]] as const) {
    for (const addr of addrs) {
      try { multiaddr(addr) } catch (err) {
        throw new InvalidHostOptionsError(`invalid ${kind} multiaddr ${JSON.stringify(addr)}: ${(err as Error).message}`, { cause: err })
      }
    }
  }
  const bootstrapPeers = parseBootstrapList(options.bootstrap)
  let relaysWanted: number
  try { relaysWanted = relaysWantedOf(options.reachability) } catch (err) {
    throw new InvalidHostOptionsError((err as Error).message, { cause: err })
  }
  const topics = topicsFor(options.networkId)
  const maxConnections = options.maxConnections ?? 200
  const pingTimeoutMs = options.pingTimeoutMs ?? 30_000
  const maxPingTimeoutMs = Math.max(60_000, pingTimeoutMs)
  // pings outlast the monitor's interval while a peer is busy; each one holds a ping stream until it
  // ends, and one refused for the stream limit would abort the connection as a failed ping does
  const overlappingPings = Math.ceil(maxPingTimeoutMs / CONNECTION_MONITOR_INTERVAL_MS) + 1

  const stores = await openStores(options.dataDir)

  const peerDiscovery: Array<(components: any) => PeerDiscovery> = []
  if (options.bootstrap.length > 0) {
    peerDiscovery.push(bootstrap({ list: options.bootstrap, timeout: 0 }))
  }
  if (options.mdns) {
    peerDiscovery.push(mdns({ serviceTag: mdnsServiceTagFor(options.networkId), interval: 10_000 }))
  }

  const services: Record<string, (components: any) => unknown> = {
    identify: identify(),
    identifyPush: identifyPush(),
    ping: ping({ maxOutboundStreams: overlappingPings, maxInboundStreams: overlappingPings + 1 }),
    pubsub: gossipsub({
      allowPublishToZeroTopicPeers: true,
      emitSelf: false,
      // signed messages: `from` is the author, which telemetry and offers rely on
      globalSignaturePolicy: 'StrictSign',
      // a peer reached only through a relay that limits its connections still gets offers and telemetry
      runOnLimitedConnection: true,
      scoreParams: peerScoreParams(Object.values(topics)),
      scoreThresholds: peerScoreThresholds()
    }),
    ...reachabilityServices(options.reachability)
  }
  if (options.dht) {
    services.dht = kadDHT({
      protocol: dhtProtocolFor(options.networkId),
      clientMode: false,
      peerInfoMapper: passthroughMapper,
      allowQueryWithZeroPeers: true
    })
    // libp2p's random walk (the relay transport's own relay search) loops without a pause; with an
    // empty routing table that starves the event loop (src/p2p/random-walk-pacer.ts)
    services.randomWalkPacer = randomWalkPacer()
  }

  const metrics = options.metrics
  const helia = withBitswap(withLibp2pLight(createHeliaLight({ ...stores, logger, metrics }), {
    privateKey: options.privateKey,
    logger,
    ...(metrics != null ? { metrics: () => metrics } : {}),
    addresses: {
      listen: reachabilityListen(options.listen, options.reachability),
      ...(options.announce != null && options.announce.length > 0 ? { announce: options.announce } : {}),
      ...(options.noAnnounce != null && options.noAnnounce.length > 0 ? { announceFilter: noAnnounceFilter(options.noAnnounce) } : {})
    },
    transports: reachabilityTransports(coalescedWrites(tcp())),
    connectionEncrypters: [noise()],
    // the muxer's read buffer holds a whole frame of any protocol (src/p2p/transport-limits.ts)
    streamMuxers: [yamux({ streamOptions: yamuxStreamLimits(options.maxMessageBytes ?? 8 * 1024 * 1024) })],
    peerDiscovery,
    services,
    connectionMonitor: {
      pingInterval: CONNECTION_MONITOR_INTERVAL_MS,
      pingTimeout: { minTimeout: pingTimeoutMs, maxTimeout: maxPingTimeoutMs }
    },
    connectionManager: {
      maxConnections,
      // many nodes on one machine (tests, a LAN behind one NAT) dial from one IP
      inboundConnectionThreshold: 100,
      maxIncomingPendingConnections: 64
    }
  }), {
    // stated, not left to the library's default: a 1 MiB content block with its envelope fits, and so
    // does the muxer's read buffer (src/p2p/transport-limits.ts)
    maxOutgoingMessageSize: BITSWAP_MAX_MESSAGE_BYTES,
    maxIncomingMessageSize: BITSWAP_MAX_MESSAGE_BYTES,
    // content moves over a relayed connection too (within the relay's limits) until hole punching replaces it
    runOnLimitedConnections: true
  })

  try {
    await helia.start()
  } catch (err) {
    await helia.stop().catch(stopErr => { log('stop after failed start failed - %e', stopErr) })
    await closeStores(stores)
    throw err
  }

  const libp2p = helia.libp2p as unknown as Libp2p<AileeServices>
  const content = new ContentStore(helia, { logger, defaultTimeoutMs: options.contentTimeoutMs, timeoutMsPerMiB: options.contentTimeoutMsPerMiB })
  // through Helia's routing: its libp2p router asks libp2p's content routing, i.e. the DHT
  const announcer = new ContentAnnouncer(options.dht ? async (cid, opts) => { await helia.routing.provide(cid, opts) } : undefined, { ...options.contentAnnounce, logger })
  const gossip = new GossipBus(libp2p.services.pubsub, { logger })
  const redialer = new BootstrapRedialer(libp2p, bootstrapPeers, log, { intervalMs: options.bootstrapRedialIntervalMs })
  redialer.start()
  const discoveryDialer = new DiscoveryDialer(libp2p, log, { maxAutoDialConnections: Math.max(1, Math.floor(maxConnections / 2)) })
  discoveryDialer.start()
  const stopRelayDiscovery = libp2p.services.dht != null && options.reachability?.discoverRelays !== false
    ? await startRelayDiscovery(libp2p, libp2p.services.dht, {
      networkId: options.networkId,
      advertise: options.reachability?.relayServer != null,
      // with `announce` set libp2p announces only those addresses, relayed ones neither: the finder
      // would never see a relay held (it counts our relayed addresses) and would look up forever
      wanted: (options.announce ?? []).length > 0 ? 0 : relaysWanted,
      timing: options.relayDiscoveryTiming,
      log: logger.forComponent('ailee:relay-discovery')
    })
    : () => {}
  const unwatch = options.pino != null ? watchReachability(libp2p, options.pino.child({ component: 'ailee:reachability', peerId: libp2p.peerId.toString() })) : () => {}
  log('started %p on %s', libp2p.peerId, libp2p.getMultiaddrs().map(String).join(', '))

  let stopping: Promise<void> | undefined
  return {
    libp2p,
    helia,
    content,
    announcer,
    gossip,
    peerId: libp2p.peerId,
    multiaddrs: () => libp2p.getMultiaddrs().map(ma => ma.toString()),
    stop: async () => {
      stopping ??= (async () => {
        redialer.stop()
        discoveryDialer.stop()
        stopRelayDiscovery()
        unwatch()
        await announcer.stop()
        gossip.stop()
        await withTimeout(helia.stop(), 10_000, 'helia/libp2p stop').catch(err => { log.error('stop failed - %e', err) })
        await closeStores(stores)
        log('stopped')
      })()
      return stopping
    }
  }
}

interface Stores {
  /** undefined: Helia's in-memory default */
  blockstore?: FsBlockstore
  datastore?: NodeDatastore
}

async function openStores (dataDir: string | undefined): Promise<Stores> {
  if (dataDir == null) return {}
  const blockstore = new FsBlockstore(join(dataDir, 'blocks'))
  const datastore = new NodeDatastore(join(dataDir, 'datastore'))
  await blockstore.open()
  await datastore.open()
  return { blockstore, datastore }
}

async function closeStores ({ blockstore, datastore }: Stores): Promise<void> {
  await blockstore?.close()
  await datastore?.close()
}

async function withTimeout<T> (promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => { reject(new Error(`${what} did not finish within ${ms} ms`)) }, ms)
      })
    ])
  } finally {
    clearTimeout(timer)
  }
}
