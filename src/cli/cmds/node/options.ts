/**
 * Options of the node command (`bin/node --role ...`) and their translation
 * into config overrides: command-line shapes stop here, the library only sees
 * a `NodeConfigInput`.
 */
import type { NodeConfigInput } from '../../../config/schema.ts'

/** The node options as commander parses them. */
export interface NodeCliOptions {
  role?: string
  dataDir?: string
  listen?: string[]
  bootstrap?: string[]
  config?: string
  networkId?: string
  logLevel?: string
  slots?: number
  price?: number
  /** `--coordinator-allow`, repeatable: peer IDs of the coordinators a worker serves */
  coordinatorAllow?: string[]
  mdns?: boolean
  dht?: boolean
}

/** The roles `--role` accepts. */
export const ROLES = ['coordinator', 'worker'] as const

/**
 * Config overrides from the command line; keys left `undefined` keep the
 * config file's value (or the default).
 */
export function nodeConfigOverrides (opts: NodeCliOptions): NodeConfigInput {
  return {
    role: opts.role as NodeConfigInput['role'],
    dataDir: opts.dataDir,
    logLevel: opts.logLevel as NodeConfigInput['logLevel'],
    network: {
      networkId: opts.networkId,
      listen: opts.listen,
      bootstrap: opts.bootstrap,
      mdns: opts.mdns,
      dht: opts.dht
    },
    worker: {
      slots: opts.slots,
      price: opts.price,
      coordinators: opts.coordinatorAllow
    }
  }
}
