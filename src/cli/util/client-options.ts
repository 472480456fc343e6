/**
 * Options shared by the commands that talk to a coordinator (`submit`,
 * `result`, `status`, `cancel`, `peers`, `account ...`). Kept apart from
 * util/client.ts so declaring the commands loads no networking code.
 */
import type { Command } from 'commander'
import { collect, parsePositiveInt } from './parse.ts'
import { CONFIG_DEFAULTS as D } from '../../config/schema.ts'

/** The client options as commander parses them. */
export interface ClientCliOptions extends IdentityCliOptions {
  /** `--coordinator`, repeatable: tried in order (the first reachable one serves; see AileeClient). */
  coordinator: string[]
  networkId?: string
  requestTimeoutMs?: number
  json?: boolean
}

/** The identity options as commander parses them (see {@link addIdentityOptions}). */
export interface IdentityCliOptions {
  /** The client's key file (created when missing). Unset: `identityDir`, else the default path. */
  identity?: string
  /** Older form: the key file is `DIR/identity.key`. */
  identityDir?: string
}

/** Help text of `--identity`. */
const IDENTITY_HELP = 'the client\'s key file: its account, which signs submissions and transfers and alone may cancel its tasks ' +
  '(created if missing; default: $XDG_CONFIG_HOME/ailee/identity.key or ~/.config/ailee/identity.key)'

/** Adds `--identity FILE` and the older `--identity-dir DIR` (= `--identity DIR/identity.key`). */
export function addIdentityOptions (cmd: Command): Command {
  return cmd
    .option('--identity <file>', IDENTITY_HELP)
    .option('--identity-dir <dir>', 'same as --identity DIR/identity.key (kept for older scripts)')
}

/** Adds `--coordinator` (required, repeatable: failover in order), `--network-id`, `--request-timeout-ms`, `--identity`, `--identity-dir` and `--json`. */
export function addClientOptions (cmd: Command): Command {
  return addIdentityOptions(cmd
    .requiredOption('--coordinator <multiaddr>', 'coordinator address, ending in /p2p/<peer id> (see its node.json); repeat it to give ' +
      'several: the first reachable one is used, and a submission goes to the next when one is unreachable, shutting down or full', collect)
    .option('--network-id <id>', `network id of the coordinator (default: ${D.network.networkId})`)
    .option('--request-timeout-ms <ms>', `timeout of the dial and of each request, ms (default: ${D.timeouts.requestMs})`, parsePositiveInt))
    .option('--json', 'print one JSON object on stdout')
}
