/**
 * What a node's data directory takes on disk, by part, for the soak's disk
 * report (issue 10: sizes before and after N tasks with retention 0 stay flat).
 *
 * Layout of a data directory (src/node/ailee-node.ts): `state/` (RocksDB:
 * task records, ledger, blocks, pins), `content/blocks/` (Helia's
 * blockstore), `content/datastore/` (Helia's datastore), and small files
 * (identity, node.json, config.json).
 */
import { join } from 'node:path'
import { directoryBytes } from '../../src/content/disk-usage.ts'

/** Bytes (`stat.size` summed, src/content/disk-usage.ts) of each part of one data directory. */
export interface DataDirUsage {
  /** `state/`: RocksDB files (SST, WAL, MANIFEST, logs) */
  stateBytes: number
  /** `content/blocks/`: the blockstore */
  blocksBytes: number
  /** `content/datastore/`: Helia's datastore (pins) */
  datastoreBytes: number
  /** the whole directory */
  totalBytes: number
}

/** Measures `dataDir` by part; a missing part counts 0 bytes. */
export async function dataDirUsage (dataDir: string): Promise<DataDirUsage> {
  const [stateBytes, blocksBytes, datastoreBytes, totalBytes] = await Promise.all([
    directoryBytes(join(dataDir, 'state')),
    directoryBytes(join(dataDir, 'content', 'blocks')),
    directoryBytes(join(dataDir, 'content', 'datastore')),
    directoryBytes(dataDir)
  ])
  return { stateBytes, blocksBytes, datastoreBytes, totalBytes }
}

/** One sample of every node's usage after `tasksEnded` tasks had ended. */
export interface UsageSample {
  tasksEnded: number
  /** node name (e.g. `coordinator`, `worker-0`) to its usage */
  nodes: Record<string, DataDirUsage>
}

/**
 * Least-squares slope of `y` over `x` (bytes per task from samples); 0 with
 * fewer than two distinct `x`.
 */
export function slope (points: Array<[x: number, y: number]>): number {
  if (points.length < 2) return 0
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length
  const my = points.reduce((s, p) => s + p[1], 0) / points.length
  let num = 0
  let den = 0
  for (const [x, y] of points) {
    num += (x - mx) * (y - my)
    den += (x - mx) ** 2
  }
  return den === 0 ? 0 : num / den
}
