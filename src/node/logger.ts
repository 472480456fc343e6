/**
 * The node's structured logger: pino, JSON lines to stderr (stdout stays free
 * for command output), or pino-pretty's coloured lines for a human at a
 * terminal (`logFormat: pretty`). libp2p, Helia and the p2p/protocol layers
 * log into the same pino through {@link pinoComponentLogger} (libp2p's
 * `ComponentLogger` bridged to pino; defined in `src/p2p/` because the host
 * builds libp2p with it).
 *
 * Fields an operator filters on: `component` (e.g. `coordinator`, `worker`,
 * `chain`, `libp2p:gossipsub`), `peerId` (the node's own peer id, on every
 * line once the node has one), `task` (the task id, on lines about a task),
 * `role` and `pid`.
 *
 * Levels per component (`logLevel: coordinator=debug,p2p=info`, see
 * src/config/log-levels.ts): every child logger made with a `component`
 * binding, at any depth, takes its component's level.
 */
import { createRequire } from 'node:module'
import { isatty } from 'node:tty'
import { pino, type DestinationStream, type Logger } from 'pino'
import { levelOf, parseLogLevels, type LogLevels } from '../config/log-levels.ts'

export { pinoComponentLogger } from '../p2p/pino-component-logger.ts'

/** How log lines are written: pino JSON, or pino-pretty for a human. */
export type LogFormat = 'json' | 'pretty'

/** Options of {@link createLogger}. */
export interface CreateLoggerOptions {
  /** @default 'json' */
  format?: LogFormat
  /** Write each line before the call returns (for a CLI that may exit at once). @default false */
  sync?: boolean
  /** Where lines go. @default stderr (fd 2) */
  destination?: DestinationStream | NodeJS.WritableStream
}

/** The group of the components that log through the libp2p bridge (src/p2p/pino-component-logger.ts). */
export const P2P_LOG_GROUP = 'p2p'

function prettyStream (sync: boolean, destination: DestinationStream | NodeJS.WritableStream | undefined): DestinationStream {
  let pretty: (options: Record<string, unknown>) => DestinationStream
  try {
    // CommonJS; loaded on use so JSON logging needs nothing beyond pino
    pretty = createRequire(import.meta.url)('pino-pretty') as typeof pretty
  } catch (err) {
    throw new Error(`--log-format pretty needs the pino-pretty package (npm install): ${(err as Error).message}`)
  }
  return pretty({
    destination: destination ?? 2,
    sync,
    colorize: destination == null && isatty(2),
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname'
  })
}

/**
 * A pino logger writing to stderr, with `base` fields on every line.
 *
 * @param level a `logLevel` setting: a pino level name (`fatal`, `error`,
 *   `warn`, `info`, `debug`, `trace`, `silent`) or levels per component
 *   (`coordinator=debug,p2p=info`), or such a setting already parsed
 * @param base fields written on every line (e.g. `{ role }`)
 * @throws {LogLevelError} when `level` is no `logLevel` setting
 * @throws {Error} for `format: 'pretty'` when pino-pretty is not installed
 */
export function createLogger (level: string | LogLevels, base: Record<string, unknown> = {}, options: CreateLoggerOptions = {}): Logger {
  const levels = typeof level === 'string' ? parseLogLevels(level) : level
  const sync = options.sync ?? false
  const stream = options.format === 'pretty'
    ? prettyStream(sync, options.destination)
    : options.destination ?? pino.destination({ fd: 2, sync })
  const hasComponentLevels = Object.keys(levels.components).length > 0
  // a child's level is its own (pino checks no ancestor's), so a component
  // may log more verbosely than the root
  return pino({
    level: levels.level,
    base,
    onChild: hasComponentLevels
      ? child => { child.level = levelOf(levels, child.bindings().component as string | undefined) }
      : undefined
  }, stream)
}

/**
 * The level of a libp2p-bridge component under the node's `logLevel`
 * setting (the `p2p` group, or a selector naming the component itself).
 */
export function p2pComponentLevel (levels: LogLevels, component: string): string {
  return levelOf(levels, component, P2P_LOG_GROUP)
}

export type { Logger }
