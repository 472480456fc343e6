/**
 * The node command: `bin/node --role coordinator|worker [options]` runs a
 * node in the foreground. It is the root command's action (no subcommand
 * name). Without `--role` it runs a node when the role is set elsewhere
 * (`AILEE_ROLE`, a config file); otherwise it asks for one.
 */
import { Option, type Command } from 'commander'
import { collect, parseNonNegativeInt, parsePositiveInt } from '../../util/parse.ts'
import { ROLES, type NodeCliOptions } from './options.ts'
import { CONFIG_DEFAULTS as D } from '../../../config/schema.ts'
import { ENVIRONMENTS, DEFAULT_ENVIRONMENT } from '../../../config/layers.ts'

/**
 * Adds the options that configure a node (each overrides its `AILEE_*`
 * variable, the config file and the environment's file) to `command`: the
 * root command and `config print` share them.
 */
export function addNodeConfigOptions (command: Command): Command {
  return command
    .addOption(new Option('--role <role>', 'run a node with this role (AILEE_ROLE)').choices(ROLES))
    .addOption(new Option('--env <env>', `environment: its config/<env>.yaml applies over the built-in defaults (AILEE_ENV; default: ${DEFAULT_ENVIRONMENT})`).choices(ENVIRONMENTS))
    .option('--data-dir <dir>', 'identity, state and content directory (default: ./.data/<role>)')
    .option('--listen <multiaddr>', `listen address, repeatable (default: ${D.network.listen.join(', ')})`, collect)
    .option('--announce <multiaddr>', 'address peers should dial instead of the listen addresses (public IP, forwarded port, DNS name), repeatable (default: the listen addresses)', collect)
    .option('--announce-exclude <multiaddr>', 'never announce this address, or addresses starting with it (e.g. /ip4/10.0.0.5), repeatable', collect)
    .option('--relay-reserve', `listen through a relay among the connected peers (/p2p-circuit) when others cannot dial this node (default: ${D.network.relay.reserve ? 'on' : 'off'})`)
    .option('--no-relay-reserve', 'do not listen through a relay')
    .option('--relay-server', `offer circuit relay service to other nodes, under network.relay.server limits (default: ${String(D.network.relay.server.enabled)}: coordinators only)`)
    .option('--no-relay-server', 'offer no relay service')
    .option('--upnp', `ask a UPnP IGD gateway to forward the listen port (default: ${D.network.upnp ? 'on' : 'off'})`)
    .option('--no-upnp', 'no UPnP port mapping')
    .option('--bootstrap <multiaddr>', 'peer to dial at start, with /p2p/<peer id>, repeatable', collect)
    .option('--config <file>', 'YAML or JSON config file over the environment\'s file (AILEE_CONFIG; see config/default.yaml)')
    .option('--network-id <id>', `network id (default: ${D.network.networkId})`)
    .option('--log-level <levels>', `log level, or levels per component: "debug", "coordinator=debug,p2p=info" (default: ${D.logLevel})`)
    .addOption(new Option('--log-format <format>', `log lines on stderr: json, or pretty for a human (default: ${D.logFormat})`).choices(['json', 'pretty']))
    .option('--slots <n>', `worker: concurrent task slots (default: ${D.worker.slots})`, parsePositiveInt)
    .option('--price <credits>', `worker: credits asked per task (default: ${D.worker.price})`, parseNonNegativeInt)
    .option('--coordinator-allow <peer-id>', 'worker: serve only this coordinator, repeatable (default: any coordinator)', collect)
    .option('--mdns', `enable mDNS LAN discovery (default: ${D.network.mdns ? 'on' : 'off'})`)
    .option('--no-mdns', 'disable mDNS LAN discovery')
    .option('--dht', `enable the Kademlia DHT (default: ${D.network.dht ? 'on' : 'off'})`)
    .option('--no-dht', 'disable the Kademlia DHT')
    .option('--metrics-listen <host:port>', `serve GET /metrics, /health and /ready here (AILEE_METRICS_LISTEN); port 0 = any free port, see node.json metricsUrl (default: ${D.metrics.listen})`)
    .option('--metrics', `serve the metrics and health endpoint (default: ${D.metrics.enabled ? 'on' : 'off'})`)
    .option('--no-metrics', 'do not serve /metrics, /health and /ready (AILEE_METRICS_ENABLED=false)')
}

/** Adds the node options and action to the root command. */
export function nodeCommand (program: Command): void {
  addNodeConfigOptions(program)
    .action(async (opts: NodeCliOptions) => {
      // loaded on use: the other commands need none of the node's parts (RocksDB, chain, roles)
      const { runNode } = await import('./handler.ts')
      process.exitCode = await runNode(opts)
    })
}
