/**
 * `gc` on a stopped node's data directory: ended task records past
 * `coordinator.taskRetentionMs` are deleted (src/coordinator/task-pruning.ts), then the retention sweep of
 * src/coordinator/content-retention.ts over the stored task records, then
 * Helia's garbage collection of the blockstore. The state database's RocksDB
 * lock is taken first: while a node runs it holds that lock, so this never
 * collects under a running node (which collects on its own every
 * `content.gc.intervalMs`).
 */
import { join } from 'node:path'
import { FsBlockstore } from 'blockstore-fs'
import { createHeliaLight } from 'helia'
import { loadLayeredConfig } from '../../../config/layers.ts'
import { ContentStore } from '../../../content/content-store.ts'
import { directoryBytes } from '../../../content/disk-usage.ts'
import { ContentRetention } from '../../../coordinator/content-retention.ts'
import { RocksTaskStore } from '../../../coordinator/rocks-task-store.ts'
import { TaskPruner } from '../../../coordinator/task-pruning.ts'
import { SettlementLog } from '../../../chain/settlement-log.ts'
import { NodeDatastore } from '../../../p2p/node-datastore.ts'
import { printJson, writeAll } from '../../output/write.ts'
import { EXIT, type ExitStatus } from '../../util/exit.ts'
import { openStoppedStateDb } from '../../util/stopped-node.ts'
import type { GcCommandOptions } from './index.ts'

/**
 * Releases expired pins and deletes unpinned blocks under `--data-dir`.
 *
 * @returns 0 when done
 * @throws {CliError} 2 when the directory holds no state database or the config is invalid; 3 when a running node holds it
 */
export async function runGc (opts: GcCommandOptions): Promise<ExitStatus> {
  const { config } = await loadLayeredConfig({ configFile: opts.config })
  const db = await openStoppedStateDb(opts.dataDir, `a running coordinator collects on its own every content.gc.intervalMs (${config.content.gc.intervalMs} ms)`)
  try {
    const blocksDir = join(opts.dataDir, 'content', 'blocks')
    const bytesBefore = await directoryBytes(blocksDir)
    const blockstore = new FsBlockstore(blocksDir)
    const datastore = new NodeDatastore(join(opts.dataDir, 'content', 'datastore'))
    await blockstore.open()
    await datastore.open()
    const helia = createHeliaLight({ blockstore, datastore })
    await helia.start()
    try {
      const tasks = new RocksTaskStore(db, new SettlementLog(db))
      const pruner = new TaskPruner({ store: tasks, retentionMs: config.coordinator.taskRetentionMs })
      const retention = new ContentRetention({
        db,
        content: new ContentStore(helia),
        tasks,
        retention: config.content.retention,
        pruneTasks: async () => (await pruner.prune()).length
      })
      const result = await retention.collect()
      const bytesAfter = await directoryBytes(blocksDir)
      if (opts.json === true) await printJson({ ...result, bytesBefore, bytesAfter })
      else await writeAll(process.stdout, `pruned ${result.prunedTasks} ended task records; released ${result.released} uses, kept ${result.kept}, unpinned ${result.unpinned.length} CIDs; blockstore ${bytesBefore} -> ${bytesAfter} bytes\n`)
      return EXIT.ok
    } finally {
      await helia.stop()
      await blockstore.close()
      await datastore.close()
    }
  } finally {
    await db.close()
  }
}
