/**
 * Resident memory of a soak's processes over time (bench/soak.ts): samples
 * of VmRSS per named process (bench/lib/rss.ts), optionally with the main
 * thread's V8 heap read from each node's /metrics (prom-client's
 * `nodejs_heap_size_used_bytes`, `nodejs_external_memory_bytes`), and a
 * report of each process's first and last figure and its growth in MiB per
 * hour.
 */
import { slope } from './data-dir-usage.ts'
import { mib, readProcMemory } from './rss.ts'

/** One sample: wall-clock ms since the soak started, tasks ended by then, bytes per process name (undefined: not readable). */
export interface MemorySample {
  elapsedMs: number
  tasksEnded: number
  rssBytes: Record<string, number | undefined>
  /** main-thread V8 heap in use (`nodejs_heap_size_used_bytes`; only with the soak's `--heap`) */
  heapUsedBytes?: Record<string, number | undefined>
  /** memory outside the V8 heap that its objects hold, Buffers and ArrayBuffers (`nodejs_external_memory_bytes`; only with `--heap`) */
  externalBytes?: Record<string, number | undefined>
  /** RocksDB's memory for the state database: block cache in use + memtables + table readers (`ailee_state_db_memory_bytes`; only with `--heap`) */
  stateDbBytes?: Record<string, number | undefined>
}

/** The figures of a {@link MemorySample} a report can be made of. */
export type MemoryField = 'rssBytes' | 'heapUsedBytes' | 'externalBytes' | 'stateDbBytes'

/**
 * Value of the unlabelled series `name` in a Prometheus text scrape (the first sample line of
 * that name), or undefined when absent.
 */
export function promValue (text: string, name: string): number | undefined {
  const m = new RegExp(`^${name} ([0-9.eE+-]+)$`, 'm').exec(text)
  return m == null ? undefined : Number(m[1])
}

/**
 * Sum of the samples of series `name` whose label `label` is one of `values` in a Prometheus
 * text scrape, or undefined when none is present.
 */
export function promLabelledSum (text: string, name: string, label: string, values: string[]): number | undefined {
  let sum: number | undefined
  for (const m of text.matchAll(new RegExp(`^${name}\\{([^}]*)\\} ([0-9.eE+-]+)$`, 'gm'))) {
    const value = new RegExp(`(?:^|,)${label}="([^"]*)"`).exec(m[1])?.[1]
    if (value != null && values.includes(value)) sum = (sum ?? 0) + Number(m[2])
  }
  return sum
}

/**
 * Reads the main thread's heap figures and RocksDB's memory of every node in `urls` (name -> its /metrics URL, from
 * node.json's `metricsUrl`); a node that does not answer within 5 s has undefined figures.
 */
export async function sampleHeap (urls: Record<string, string | undefined>): Promise<Pick<MemorySample, 'heapUsedBytes' | 'externalBytes' | 'stateDbBytes'>> {
  const scrapes = await Promise.all(Object.entries(urls).map(async ([name, url]) => {
    if (url == null) return [name, undefined] as const
    try {
      return [name, await (await fetch(url, { signal: AbortSignal.timeout(5000) })).text()] as const
    } catch {
      return [name, undefined] as const
    }
  }))
  // in the order of `urls`, so report rows keep the RSS rows' order
  const heapUsedBytes: Record<string, number | undefined> = {}
  const externalBytes: Record<string, number | undefined> = {}
  const stateDbBytes: Record<string, number | undefined> = {}
  for (const [name, text] of scrapes) {
    stateDbBytes[name] = text == null ? undefined : promLabelledSum(text, 'ailee_state_db_memory_bytes', 'part', ['block_cache', 'memtables', 'table_readers'])
    heapUsedBytes[name] = text == null ? undefined : promValue(text, 'nodejs_heap_size_used_bytes')
    externalBytes[name] = text == null ? undefined : promValue(text, 'nodejs_external_memory_bytes')
  }
  return { heapUsedBytes, externalBytes, stateDbBytes }
}

/**
 * Reads the RSS of every process in `pids` (name -> pid).
 *
 * @param elapsedMs - ms since the soak started
 * @param tasksEnded - tasks ended so far
 */
export async function sampleMemory (elapsedMs: number, tasksEnded: number, pids: Record<string, number>): Promise<MemorySample> {
  const rssBytes: Record<string, number | undefined> = {}
  for (const [name, pid] of Object.entries(pids)) rssBytes[name] = (await readProcMemory(pid))?.rssBytes
  return { elapsedMs, tasksEnded, rssBytes }
}

/**
 * Per process: `field` (RSS unless given) at the first and last sample (MiB), the growth in MiB per
 * hour (least-squares slope over wall-clock time, over the second half
 * of the samples: the first half holds the warm-up) and in KiB per 1,000 tasks
 * (same samples, over tasks ended). Rows are ready for bench/lib/report.ts
 * `table`, with a header row.
 */
export function memoryReport (samples: MemorySample[], field: MemoryField = 'rssBytes'): { rows: Array<Array<string | number>>, growthMiBPerHour: Record<string, number> } {
  const of = (s: MemorySample): Record<string, number | undefined> => s[field] ?? {}
  const names = [...new Set(samples.flatMap(s => Object.keys(of(s))))]
  const rows: Array<Array<string | number>> = [['process', 'start MiB', 'end MiB', 'growth MiB/hour', 'growth KiB/1000 tasks']]
  const growthMiBPerHour: Record<string, number> = {}
  const tail = samples.slice(Math.floor(samples.length / 2))
  for (const name of names) {
    const seen = samples.filter(s => of(s)[name] != null)
    const late = tail.filter(s => of(s)[name] != null)
    const perMs = slope(late.map(s => [s.elapsedMs, of(s)[name]!]))
    const perTask = slope(late.map(s => [s.tasksEnded, of(s)[name]!]))
    growthMiBPerHour[name] = Math.round(perMs * 3_600_000 / (1 << 20) * 100) / 100
    rows.push([name, mib(seen.length > 0 ? of(seen[0])[name]! : NaN), mib(seen.length > 0 ? of(seen.at(-1)!)[name]! : NaN), growthMiBPerHour[name], Math.round(perTask * 1000 / 1024 * 10) / 10])
  }
  return { rows, growthMiBPerHour }
}
