/**
 * The node command: `bin/node --role coordinator|worker [options]` runs a
 * node in the foreground. It is the root command's action (no subcommand name).
 */
import { Option, type Command } from 'commander'
import { collect, parseNonNegativeInt, parsePositiveInt } from '../../util/parse.ts'
import { ROLES, type NodeCliOptions } from './options.ts'

/** Adds the node options and action to the root command. */
export function nodeCommand (program: Command): void {
  program
    .addOption(new Option('--role <role>', 'run a node with this role').choices(ROLES))
    .option('--data-dir <dir>', 'identity, state and content directory (default: ./.data/<role>)')
    .option('--listen <multiaddr>', 'listen address, repeatable (default: /ip4/0.0.0.0/tcp/0)', collect)
    .option('--bootstrap <multiaddr>', 'peer to dial at start, with /p2p/<peer id>, repeatable', collect)
    .option('--config <file>', 'YAML or JSON config file (see config/default.yaml)')
    .option('--network-id <id>', 'network id (default: ailee-dev)')
    .addOption(new Option('--log-level <level>', 'log level (default: info)').choices(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']))
    .option('--slots <n>', 'worker: concurrent task slots (default: 2)', parsePositiveInt)
    .option('--price <credits>', 'worker: credits asked per task (default: 10)', parseNonNegativeInt)
    .option('--mdns', 'enable mDNS LAN discovery (default: on)')
    .option('--no-mdns', 'disable mDNS LAN discovery')
    .option('--dht', 'enable the Kademlia DHT (default: on)')
    .option('--no-dht', 'disable the Kademlia DHT')
    .action(async (opts: NodeCliOptions) => {
      // loaded on use: the other commands need none of the node's parts (RocksDB, chain, roles)
      const { runNode } = await import('./handler.ts')
      process.exitCode = await runNode(opts)
    })
}
