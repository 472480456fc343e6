/**
 * The node's structured logger: pino, JSON lines to stderr (stdout stays free
 * for command output). libp2p, Helia and the p2p/protocol layers log into the
 * same pino through {@link pinoComponentLogger} (libp2p's `ComponentLogger`
 * bridged to pino; defined in `src/p2p/` because the host builds libp2p with it).
 */
import { pino, type Logger } from 'pino'

export { pinoComponentLogger } from '../p2p/pino-component-logger.ts'

/**
 * A pino logger at `level` writing JSON lines to stderr, with `base` fields on every line.
 *
 * @param level a pino level name (`fatal`, `error`, `warn`, `info`, `debug`, `trace`, `silent`)
 * @param base fields written on every line (e.g. `{ role }`)
 * @throws {Error} from pino when `level` is not a pino level
 */
export function createLogger (level: string, base: Record<string, unknown> = {}): Logger {
  return pino({ level, base }, pino.destination({ fd: 2, sync: false }))
}

export type { Logger }
