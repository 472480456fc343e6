/**
 * Options of the node command (`bin/node --role ...`, and `bin/node config
 * print`) and their translation into the flag layer of the configuration:
 * command-line shapes stop here, the library only sees a `NodeConfigInput`.
 */
import { loadLayeredConfig, type LayeredConfig } from '../../../config/layers.ts'
import type { NodeConfigInput } from '../../../config/schema.ts'

/** The node options as commander parses them. */
export interface NodeCliOptions {
  role?: string
  /** `--env`: development | staging | production */
  env?: string
  dataDir?: string
  listen?: string[]
  /** `--announce`, repeatable: multiaddrs announced instead of the listen addresses */
  announce?: string[]
  /** `--announce-exclude`, repeatable: multiaddrs (or prefixes) never announced */
  announceExclude?: string[]
  /** `--relay-reserve` / `--no-relay-reserve` */
  relayReserve?: boolean
  /** `--relay-server` / `--no-relay-server` */
  relayServer?: boolean
  /** `--upnp` / `--no-upnp` */
  upnp?: boolean
  bootstrap?: string[]
  config?: string
  networkId?: string
  logLevel?: string
  logFormat?: string
  slots?: number
  price?: number
  /** `--coordinator-allow`, repeatable: peer IDs of the coordinators a worker serves */
  coordinatorAllow?: string[]
  mdns?: boolean
  dht?: boolean
  /** `--metrics-listen`: host:port of the /metrics, /health and /ready endpoint */
  metricsListen?: string
  /** `--metrics` / `--no-metrics` */
  metrics?: boolean
}

/** The roles `--role` accepts. */
export const ROLES = ['coordinator', 'worker'] as const

/** The flag that sets each config key (dotted key -> flag), for `config print` and error messages. */
export const FLAG_NAMES: Readonly<Record<string, string>> = {
  role: '--role',
  dataDir: '--data-dir',
  logLevel: '--log-level',
  logFormat: '--log-format',
  'network.networkId': '--network-id',
  'network.listen': '--listen',
  'network.announce': '--announce',
  'network.noAnnounce': '--announce-exclude',
  'network.relay.reserve': '--relay-reserve/--no-relay-reserve',
  'network.relay.server.enabled': '--relay-server/--no-relay-server',
  'network.upnp': '--upnp/--no-upnp',
  'network.bootstrap': '--bootstrap',
  'network.mdns': '--mdns/--no-mdns',
  'network.dht': '--dht/--no-dht',
  'worker.slots': '--slots',
  'worker.price': '--price',
  'worker.coordinators': '--coordinator-allow',
  'metrics.enabled': '--metrics/--no-metrics',
  'metrics.listen': '--metrics-listen'
}

/**
 * Config overrides from the command line; keys left `undefined` keep the
 * value of the layers below (environment variables, files, defaults).
 */
export function nodeConfigOverrides (opts: NodeCliOptions): NodeConfigInput {
  return {
    role: opts.role as NodeConfigInput['role'],
    dataDir: opts.dataDir,
    logLevel: opts.logLevel,
    logFormat: opts.logFormat as NodeConfigInput['logFormat'],
    network: {
      networkId: opts.networkId,
      listen: opts.listen,
      announce: opts.announce,
      noAnnounce: opts.announceExclude,
      bootstrap: opts.bootstrap,
      mdns: opts.mdns,
      dht: opts.dht,
      upnp: opts.upnp,
      relay: {
        reserve: opts.relayReserve,
        server: { enabled: opts.relayServer }
      }
    },
    metrics: {
      enabled: opts.metrics,
      listen: opts.metricsListen
    },
    worker: {
      slots: opts.slots,
      price: opts.price,
      coordinators: opts.coordinatorAllow
    }
  }
}

/**
 * The node's configuration from every layer (src/config/layers.ts): built-in
 * defaults, `config/<env>.yaml`, `--config` / `AILEE_CONFIG`, `AILEE_*`
 * variables of `environ`, then these options.
 *
 * @throws ConfigError naming the key, its source and the rule it breaks
 */
export async function loadCliConfig (opts: NodeCliOptions, environ: Readonly<Record<string, string | undefined>> = process.env): Promise<LayeredConfig> {
  return await loadLayeredConfig({
    env: opts.env,
    configFile: opts.config,
    environ,
    flags: nodeConfigOverrides(opts),
    flagNames: FLAG_NAMES
  })
}
