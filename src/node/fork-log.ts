/** How a node reports a fork it saw (gossip and range sync share it). */
import type { Logger } from 'pino'
import type { BranchError, ForkError } from '../chain/fork-evidence.ts'

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

/**
 * Logs, at error, a block of another branch ({@link BranchError}): producer,
 * height, the stored hash at `height - 1` and the block's `prev_hash` and hash,
 * and the peer it came from.
 */
export function logBranch (log: Logger, err: BranchError, from: string): void {
  const { producer, height, storedHash, prevHash, hash } = err
  log.error({ producer, height, stored: storedHash, prevHash, received: hash, from },
    `FORK: producer ${producer} signed block ${height} on another branch (its prev_hash ${prevHash.slice(0, 16)}… is not the stored block ` +
    `${height - 1}, ${storedHash.slice(0, 16)}…): equivocation at or below height ${height - 1}; kept the stored chain; ${from} only relayed it and is not penalised`)
}
