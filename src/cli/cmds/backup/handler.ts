/**
 * `backup` of a stopped node: takes the state database's RocksDB lock (a
 * running node holds it for its whole life, so this never copies under a
 * running node; that one backs itself up, src/node/backup-scheduler.ts), then
 * `takeBackup` (src/backup/take-backup.ts).
 */
import { join } from 'node:path'
import { stringify as toYaml } from 'yaml'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { loadLayeredConfig } from '../../../config/layers.ts'
import { takeBackup } from '../../../backup/take-backup.ts'
import { IDENTITY_FILE, loadKeyFile } from '../../../p2p/identity.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import { openStoppedStateDb } from '../../util/stopped-node.ts'
import type { BackupCommandOptions } from './index.ts'

/**
 * Backs up the stopped node in `--data-dir` into a new directory under `--to`.
 *
 * @returns 0 when the backup is taken
 * @throws {CliError} 2 when the directory holds no state database or identity, or the config is invalid; 3 when a running node holds it
 */
export async function runBackup (opts: BackupCommandOptions): Promise<ExitStatus> {
  const { config } = await loadLayeredConfig({ configFile: opts.config })
  let peerId: string
  try {
    peerId = peerIdFromPrivateKey(await loadKeyFile(join(opts.dataDir, IDENTITY_FILE))).toString()
  } catch (err) {
    throw new CliError(EXIT.usage, `no identity in ${opts.dataDir}: ${(err as Error).message}`, { cause: err })
  }
  const db = await openStoppedStateDb(opts.dataDir, `a running node backs itself up: set backup.dir (every backup.intervalMs), and send it SIGUSR2 for a backup now (its pid is in ${join(opts.dataDir, 'node.json')})`)
  try {
    const result = await takeBackup({ db, dataDir: opts.dataDir, to: opts.to, peerId, configYaml: toYaml(config), keep: opts.keep ?? config.backup.keep })
    if (opts.json === true) {
      await printJson({ dir: result.dir, bytes: result.bytes, elapsedMs: Math.round(result.elapsedMs), pruned: result.pruned, manifest: result.manifest })
    } else {
      const heads = result.manifest.heads.map(h => `${h.producer} at ${h.height}`).join(', ')
      await writeAll(process.stdout, `backup ${result.dir}: ${result.manifest.files.length} files, ${result.bytes} bytes, ${result.manifest.stateEntries} state entries, in ${Math.round(result.elapsedMs)} ms; chains: ${heads === '' ? 'none' : heads}` +
        (result.pruned.length > 0 ? `; removed ${result.pruned.length} older` : '') + '\n')
    }
    return EXIT.ok
  } finally {
    await db.close()
  }
}
