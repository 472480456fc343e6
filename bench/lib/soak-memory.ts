/**
 * Resident memory of a soak's processes over time (bench/soak.ts): samples
 * of VmRSS per named process (bench/lib/rss.ts), and a report of each
 * process's first and last figure and its growth in MiB per hour.
 */
import { slope } from './data-dir-usage.ts'
import { mib, readProcMemory } from './rss.ts'

/** One sample: wall-clock ms since the soak started, tasks ended by then, RSS bytes per process name (undefined: not readable). */
export interface MemorySample {
  elapsedMs: number
  tasksEnded: number
  rssBytes: Record<string, number | undefined>
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
 * Per process: RSS at the first and last sample (MiB), the growth in MiB per
 * hour (least-squares slope of RSS over wall-clock time, over the second half
 * of the samples: the first half holds the warm-up) and in KiB per 1,000 tasks
 * (same samples, over tasks ended). Rows are ready for bench/lib/report.ts
 * `table`, with a header row.
 */
export function memoryReport (samples: MemorySample[]): { rows: Array<Array<string | number>>, growthMiBPerHour: Record<string, number> } {
  const names = [...new Set(samples.flatMap(s => Object.keys(s.rssBytes)))]
  const rows: Array<Array<string | number>> = [['process', 'start MiB', 'end MiB', 'growth MiB/hour', 'growth KiB/1000 tasks']]
  const growthMiBPerHour: Record<string, number> = {}
  const tail = samples.slice(Math.floor(samples.length / 2))
  for (const name of names) {
    const seen = samples.filter(s => s.rssBytes[name] != null)
    const late = tail.filter(s => s.rssBytes[name] != null)
    const perMs = slope(late.map(s => [s.elapsedMs, s.rssBytes[name]!]))
    const perTask = slope(late.map(s => [s.tasksEnded, s.rssBytes[name]!]))
    growthMiBPerHour[name] = Math.round(perMs * 3_600_000 / (1 << 20) * 100) / 100
    rows.push([name, mib(seen[0]?.rssBytes[name] ?? NaN), mib(seen.at(-1)?.rssBytes[name] ?? NaN), growthMiBPerHour[name], Math.round(perTask * 1000 / 1024 * 10) / 10])
  }
  return { rows, growthMiBPerHour }
}
