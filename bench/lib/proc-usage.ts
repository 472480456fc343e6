/**
 * CPU time and memory of a process from Linux's /proc (proc(5)):
 * `/proc/<pid>/stat` fields 14 and 15 (utime, stime, in clock ticks of
 * `CLK_TCK`, 100 on Linux/x86-64 and arm64) and `/proc/<pid>/status`
 * `VmRSS` / `VmHWM` (resident set now / at its peak, kB).
 */
import { readFile } from 'node:fs/promises'

/** Clock ticks per second of /proc/<pid>/stat times (sysconf(_SC_CLK_TCK); 100 on every Linux Node runs on). */
const CLK_TCK = 100

/** One reading of a process. */
export interface ProcUsage {
  /** user + system CPU time since the process started, ms */
  cpuMs: number
  /** resident set size now, bytes */
  rssBytes: number
  /** peak resident set size, bytes */
  peakRssBytes: number
}

/**
 * Reads `pid`'s CPU time and memory.
 *
 * @returns undefined when the process is gone (or /proc is not there)
 */
export async function procUsage (pid: number): Promise<ProcUsage | undefined> {
  try {
    const [stat, status] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/status`, 'utf8')])
    // the command name (field 2) is in parentheses and may hold spaces: count fields after its closing one
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12]) // fields 14 and 15 of the whole line
    const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
    return { cpuMs: (ticks * 1000) / CLK_TCK, rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') }
  } catch {
    return undefined
  }
}
