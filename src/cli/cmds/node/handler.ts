/**
 * Runs one node in the foreground: loads the config (built-in defaults,
 * `config/<env>.yaml`, `--config` file, `AILEE_*` variables, then flags;
 * src/config/layers.ts), starts it, writes `<data dir>/node.json` once it listens,
 * and on SIGINT/SIGTERM stops gracefully (a worker drains, a coordinator stops
 * accepting) and exits 0. A second signal forces exit 1 at once. SIGUSR2 takes
 * a backup into `backup.dir` (when set).
 */
import { resolve } from 'node:path'
import { startNode, type StartedNode } from '../../../node/ailee-node.ts'
import { createLogger, type Logger } from '../../../node/logger.ts'
import { CliError, EXIT } from '../../util/exit.ts'
import { removeStaleNodeJson, writeNodeJson } from '../../util/node-json.ts'
import { loadCliConfig, type NodeCliOptions } from './options.ts'

/**
 * Runs the node until a signal stops it.
 *
 * @returns the exit status: 0 after a graceful stop, 1 when stopping failed
 * @throws {CliError} (status 2) when no layer sets the role (`--role`, `AILEE_ROLE`, a config file)
 * @throws ConfigError for an invalid config, naming the key, its source and the rule
 * @throws {CliError} (status 1) when the node fails to start
 */
export async function runNode (opts: NodeCliOptions): Promise<number> {
  const loaded = await loadCliConfig(opts)
  if (loaded.origins.role.source === 'default') {
    throw new CliError(EXIT.usage, 'missing --role coordinator|worker (or AILEE_ROLE, or role in a config file; or a command: submit, status, result, peers, config, demo); see --help')
  }
  const { config } = loaded
  const dataDir = resolve(config.dataDir ?? `./.data/${config.role}`)
  const log = createLogger(config.logLevel, { role: config.role, pid: process.pid }, { format: config.logFormat, sync: true })
  log.info({ environment: loaded.environment }, `configuration: environment ${loaded.environment}; \`bin/node config print\` shows each value and its source`)
  for (const warning of loaded.warnings) log.warn(warning)

  await removeStaleNodeJson(dataDir)
  const stopSignal = Promise.withResolvers<string>()
  let signals = 0
  const onSignal = (signal: string): void => {
    if (signals > 0) {
      log.warn({ signal }, 'second signal: forcing exit')
      process.exit(EXIT.failure)
    }
    signals++
    stopSignal.resolve(signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    // a signal during start-up stops the node as soon as it has started
    let node: StartedNode
    try {
      node = await startNode(config, { dataDir, logger: log })
    } catch (err) {
      log.fatal({ err }, 'node failed to start')
      throw new CliError(EXIT.failure, `node failed to start: ${(err as Error).message}`, { cause: err })
    }
    const multiaddrs = node.multiaddrs()
    await writeNodeJson(dataDir, {
      peerId: node.peerId,
      role: node.role,
      multiaddrs,
      networkId: config.network.networkId,
      pid: process.pid,
      startedAtMs: Date.now(),
      ...(node.metricsUrl != null ? { metricsUrl: node.metricsUrl } : {})
    })
    log.info({ dataDir, multiaddrs, metricsUrl: node.metricsUrl }, 'listening; node.json written; SIGINT/SIGTERM stops gracefully')
    // SIGUSR2: a backup now into backup.dir (docs/maintenance.md, "Backups"); the outcome is logged
    const onBackupSignal = (): void => {
      if (node.backups == null) log.warn('SIGUSR2: no backup taken, backup.dir is not set')
      else node.backups.backupNow().catch(() => {})
    }
    process.on('SIGUSR2', onBackupSignal)
    const signal = await stopSignal.promise
    process.off('SIGUSR2', onBackupSignal)
    log.info({ signal }, 'stopping gracefully (signal again to force)')
    return await stop(node, log)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function stop (node: StartedNode, log: Logger): Promise<number> {
  try {
    await node.stop()
    log.info('stopped')
    return EXIT.ok
  } catch (err) {
    log.error({ err }, 'graceful stop failed')
    return EXIT.failure
  }
}
