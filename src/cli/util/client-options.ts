/**
 * Options shared by the commands that talk to a coordinator (`submit`,
 * `result`, `status`, `cancel`, `peers`). Kept apart from util/client.ts so declaring
 * the commands loads no networking code.
 */
import type { Command } from 'commander'
import { parsePositiveInt } from './parse.ts'
import { CONFIG_DEFAULTS as D } from '../../config/schema.ts'

/** The client options as commander parses them. */
export interface ClientCliOptions {
  coordinator: string
  networkId?: string
  requestTimeoutMs?: number
  /** Directory of the client's `identity.key` (created when missing); unset: a new identity per command. */
  identityDir?: string
  json?: boolean
}

/** Adds `--coordinator` (required), `--network-id`, `--request-timeout-ms`, `--identity-dir` and `--json`. */
export function addClientOptions (cmd: Command): Command {
  return cmd
    .requiredOption('--coordinator <multiaddr>', 'coordinator address, ending in /p2p/<peer id> (see its node.json)')
    .option('--network-id <id>', `network id of the coordinator (default: ${D.network.networkId})`)
    .option('--request-timeout-ms <ms>', `timeout of the dial and of each request, ms (default: ${D.timeouts.requestMs})`, parsePositiveInt)
    .option('--identity-dir <dir>', 'keep the client\'s key in DIR/identity.key (created if missing), so every command is the same peer; ' +
      'only the peer that submitted a task may cancel it (default: a new identity per command)')
    .option('--json', 'print one JSON object on stdout')
}
