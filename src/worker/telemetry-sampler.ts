/**
 * Host figures for the telemetry topic: CPU load over the last sampling
 * interval (from `os.cpus()` tick counters, all cores), host memory in use, and
 * uptime.
 */
import os from 'node:os'

/** One reading of the host. */
export interface HostSample {
  /** share of all cores busy since the previous sample, 0..1 */
  cpuLoad: number
  /** bytes */
  memoryUsedBytes: number
  /** bytes */
  memoryTotalBytes: number
}

interface CpuTimes { idle: number, total: number }

function cpuTimes (): CpuTimes {
  let idle = 0
  let total = 0
  for (const cpu of os.cpus()) {
    const t = cpu.times
    idle += t.idle
    total += t.user + t.nice + t.sys + t.idle + t.irq
  }
  return { idle, total }
}

/** Samples CPU and memory; each `sample()` reports the CPU load since the previous one. */
export class HostSampler {
  #last: CpuTimes = cpuTimes()

  /** Reads the host now; `cpuLoad` covers the time since the previous call (or since construction). */
  sample (): HostSample {
    const now = cpuTimes()
    const dTotal = now.total - this.#last.total
    const dIdle = now.idle - this.#last.idle
    this.#last = now
    const cpuLoad = dTotal > 0 ? Math.min(1, Math.max(0, 1 - dIdle / dTotal)) : 0
    const total = os.totalmem()
    return { cpuLoad, memoryUsedBytes: total - os.freemem(), memoryTotalBytes: total }
  }
}
