/** Bytes a directory takes on disk. */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Sum of the sizes (bytes, `stat.size`) of every regular file under `dir`,
 * recursively; 0 for a missing directory. Symbolic links are not followed.
 * A file or directory removed while the walk runs (e.g. a RocksDB compaction
 * of a running node) counts 0 bytes.
 */
export async function directoryBytes (dir: string): Promise<number> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (err: any) {
    if (err?.code === 'ENOENT') return 0
    throw err
  }
  let total = 0
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) total += await directoryBytes(path)
    else if (entry.isFile()) {
      try {
        total += (await stat(path)).size
      } catch (err: any) {
        if (err?.code !== 'ENOENT') throw err
      }
    }
  }
  return total
}
