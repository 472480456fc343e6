/**
 * The node command: `bin/node --role coordinator|worker [options]` runs a
 * node in the foreground. It is the root command's action (no subcommand name).
 */
import { Option, type Command } from 'commander'
import { collect, parseNonNegativeInt, parsePositiveInt } from '../../util/parse.ts'
import { ROLES, type NodeCliOptions } from './options.ts'
import { CONFIG_DEFAULTS as D } from '../../../config/schema.ts'

/** Adds the node options and action to the root command. */
export function nodeCommand (program: Command): void {
  program
    .addOption(new Option('--role <role>', 'run a node with this role').choices(ROLES))
    .option('--data-dir <dir>', 'identity, state and content directory (default: ./.data/<role>)')
    .option('--listen <multiaddr>', `listen address, repeatable (default: ${D.network.listen.join(', ')})`, collect)
    .option('--bootstrap <multiaddr>', 'peer to dial at start, with /p2p/<peer id>, repeatable', collect)
    .option('--config <file>', 'YAML or JSON config file (see config/default.yaml)')
    .option('--network-id <id>', `network id (default: ${D.network.networkId})`)
    .addOption(new Option('--log-level <level>', `log level (default: ${D.logLevel})`).choices(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']))
    .option('--slots <n>', `worker: concurrent task slots (default: ${D.worker.slots})`, parsePositiveInt)
    .option('--price <credits>', `worker: credits asked per task (default: ${D.worker.price})`, parseNonNegativeInt)
    .option('--coordinator-allow <peer-id>', 'worker: serve only this coordinator, repeatable (default: any coordinator)', collect)
    .option('--mdns', `enable mDNS LAN discovery (default: ${D.network.mdns ? 'on' : 'off'})`)
    .option('--no-mdns', 'disable mDNS LAN discovery')
    .option('--dht', `enable the Kademlia DHT (default: ${D.network.dht ? 'on' : 'off'})`)
    .option('--no-dht', 'disable the Kademlia DHT')
    .action(async (opts: NodeCliOptions) => {
      // loaded on use: the other commands need none of the node's parts (RocksDB, chain, roles)
      const { runNode } = await import('./handler.ts')
      process.exitCode = await runNode(opts)
    })
}
