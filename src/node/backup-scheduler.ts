/**
 * A running node's own backups (config `backup.*`; docs/maintenance.md,
 * "Backups"): every `backup.intervalMs`, and on demand ({@link BackupScheduler.backupNow},
 * which `bin/node --role ...` calls on SIGUSR2), into `backup.dir`, keeping
 * the newest `backup.keep`. One backup at a time: a request while one runs
 * gets that one's result; a tick while one runs is skipped.
 */
import type { Logger } from 'pino'
import type { BackupResult } from '../backup/take-backup.ts'

/** Options of {@link BackupScheduler}. */
export interface BackupSchedulerInit {
  /** Takes one backup (takeBackup with the node's database, data dir and config). */
  take: () => Promise<BackupResult>
  /** Period, ms; 0: only on demand. */
  intervalMs: number
  log?: Logger
}

/** Periodic and on-demand backups of a running node. */
export class BackupScheduler {
  readonly #init: BackupSchedulerInit
  #timer: NodeJS.Timeout | undefined
  #running: Promise<BackupResult> | undefined
  #stopped = false
  /** The last backup taken by this scheduler, if any. */
  last: BackupResult | undefined

  constructor (init: BackupSchedulerInit) {
    this.#init = init
  }

  /** Starts the timer (nothing when `intervalMs` is 0). */
  start (): void {
    if (this.#init.intervalMs <= 0 || this.#timer != null) return
    this.#timer = setInterval(() => {
      if (this.#running != null) return
      this.backupNow().catch(() => {})
    }, this.#init.intervalMs)
    this.#timer.unref?.()
  }

  /**
   * Takes a backup now, or joins the one running. Logs the outcome.
   *
   * @throws {Error} once stopped; whatever the backup throws (also logged)
   */
  async backupNow (): Promise<BackupResult> {
    if (this.#stopped) throw new Error('the node is stopping: no backup taken')
    this.#running ??= (async () => {
      try {
        const result = await this.#init.take()
        this.last = result
        this.#init.log?.info({ dir: result.dir, bytes: result.bytes, heads: result.manifest.heads.length, elapsedMs: Math.round(result.elapsedMs), pruned: result.pruned.length }, 'backup taken')
        return result
      } catch (err) {
        this.#init.log?.error({ err }, 'backup failed')
        throw err
      } finally {
        this.#running = undefined
      }
    })()
    return await this.#running
  }

  /** Stops the timer and waits for a backup in flight (its failure is not rethrown). */
  async stop (): Promise<void> {
    this.#stopped = true
    clearInterval(this.#timer)
    this.#timer = undefined
    await this.#running?.catch(() => {})
  }
}
