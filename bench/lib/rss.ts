/**
 * Resident memory of processes, read from Linux's `/proc/<pid>/status`
 * (proc(5): `VmRSS` is the resident set now, `VmHWM` its peak, both in kB,
 * i.e. KiB).
 */
import { readFile } from 'node:fs/promises'

/** Memory of one process, bytes. */
export interface ProcMemory {
  /** resident set size now (`VmRSS`) */
  rssBytes: number
  /** peak resident set size so far (`VmHWM`) */
  hwmBytes: number
}

/**
 * Parses the text of `/proc/<pid>/status`.
 *
 * @throws Error when it has no `VmRSS` line (e.g. a zombie process, or not Linux)
 */
export function parseProcStatus (text: string): ProcMemory {
  const field = (name: string): number | undefined => {
    const m = new RegExp(`^${name}:\\s*(\\d+)\\s*kB\\s*$`, 'm').exec(text)
    return m == null ? undefined : Number(m[1]) * 1024
  }
  const rss = field('VmRSS')
  if (rss === undefined) throw new Error('no VmRSS line in the process status')
  return { rssBytes: rss, hwmBytes: field('VmHWM') ?? rss }
}

/** The memory of process `pid`, or undefined when it cannot be read (the process is gone, or not Linux). */
export async function readProcMemory (pid: number): Promise<ProcMemory | undefined> {
  try {
    return parseProcStatus(await readFile(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return undefined
  }
}

/** Bytes as MiB, two decimals. */
export function mib (bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 100) / 100
}
