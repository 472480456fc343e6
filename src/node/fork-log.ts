/** How a node reports a fork it saw (gossip and range sync share it). */
import type { Logger } from 'pino'
import type { ForkError } from '../chain/fork-evidence.ts'

/**
 * Logs a fork at error (at warn when its evidence was already stored):
 * producer, height, both header hashes and the peer it came from.
 */
export function logFork (log: Logger, err: ForkError, from: string): void {
  const { producer, height, headers } = err.evidence
  const fields = { producer, height, stored: headers[0].hash, received: headers[1].hash, from, recorded: err.recorded }
  const message = `FORK: producer ${producer} signed two different blocks at height ${height} (equivocation); ` +
    `kept the stored one${err.recorded ? ', evidence stored (bin/node chain verify --json lists it)' : ''}; ${from} only relayed it and is not penalised`
  if (err.recorded) log.error(fields, message)
  else log.warn(fields, message)
}
