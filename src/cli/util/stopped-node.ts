/**
 * Opening the state database of a stopped node for the commands that work on
 * a data directory (`chain verify|repair`, `gc`, `backup`).
 */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { StateDb } from '../../storage/index.ts'
import { CliError, EXIT } from './exit.ts'

/**
 * Opens `<dataDir>/state` (RocksDB) for a command that needs the node stopped.
 *
 * @param lockedHint what to tell the operator when a running node holds the
 *   database (appended to the lock error), e.g. "stop the node first"
 * @throws {CliError} `EXIT.usage` (2) when there is no state database there;
 *   `EXIT.unavailable` (3) when a running node holds it
 */
export async function openStoppedStateDb (dataDir: string, lockedHint: string): Promise<StateDb> {
  const path = join(dataDir, 'state')
  try {
    await access(path)
  } catch {
    throw new CliError(EXIT.usage, `no state database at ${path} (is --data-dir a node's data directory?)`)
  }
  try {
    return await StateDb.open(path)
  } catch (err) {
    if ((err as Error).name === 'DatabaseLockedError') throw new CliError(EXIT.unavailable, `${(err as Error).message}; ${lockedHint}`, { cause: err })
    throw err
  }
}
