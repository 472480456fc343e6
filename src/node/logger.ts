/**
 * The node's structured logger: pino, JSON lines to stderr (stdout stays free
 * for command output).
 */
import { pino, type Logger } from 'pino'

/** A pino logger at `level` writing JSON lines to stderr, with `base` fields on every line. */
export function createLogger (level: string, base: Record<string, unknown> = {}): Logger {
  return pino({ level, base }, pino.destination({ fd: 2, sync: false }))
}

export type { Logger }
