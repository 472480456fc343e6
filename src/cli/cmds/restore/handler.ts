/** `restore`: `restoreBackup` (src/backup/restore.ts) with the CLI's exit statuses. */
import { resolve } from 'node:path'
import { restoreBackup, RestoreRefusedError, type RestoreResult } from '../../../backup/restore.ts'
import { BackupInvalidError } from '../../../backup/manifest.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { CliError, EXIT, type ExitStatus } from '../../util/exit.ts'
import type { RestoreCommandOptions } from './index.ts'

/**
 * Verifies and restores the backup `--from` into `--data-dir`.
 *
 * @returns 0 when restored
 * @throws {CliError} 1 when the backup does not match its manifest; 2 for no backup at `--from` or a
 *   non-empty `--data-dir` without `--force`; 3 when a running node holds `--data-dir`
 */
export async function runRestore (opts: RestoreCommandOptions): Promise<ExitStatus> {
  const dataDir = resolve(opts.dataDir)
  let result: RestoreResult
  try {
    result = await restoreBackup({ from: resolve(opts.from), dataDir, force: opts.force === true })
  } catch (err) {
    if (err instanceof BackupInvalidError) throw new CliError(EXIT.failure, `${err.message}; nothing was restored`, { cause: err })
    if (err instanceof RestoreRefusedError) throw new CliError(err.reason === 'locked' ? EXIT.unavailable : EXIT.usage, err.message, { cause: err })
    if ((err as Error).message?.startsWith('no backup at')) throw new CliError(EXIT.usage, (err as Error).message, { cause: err })
    throw err
  }
  if (opts.json === true) {
    await printJson({ backup: result.backup, dataDir, movedAside: result.movedAside ?? null, manifest: result.manifest })
  } else {
    const heads = result.manifest.heads.map(h => `${h.producer} at ${h.height}`).join(', ')
    await writeAll(process.stdout, `restored ${result.backup} (taken ${result.manifest.createdAt}, peer ${result.manifest.peerId}, ${result.manifest.files.length} files verified) into ${dataDir}; chains: ${heads === '' ? 'none' : heads}` +
      (result.movedAside != null ? `; the replaced data directory is at ${result.movedAside}` : '') +
      '\nthe node validates the restored chains at its next start and fetches the blocks it missed from peers\n')
  }
  return EXIT.ok
}
