/**
 * Random worker kills for the soak: every `killEveryMs` (± 50 %, uniformly)
 * a random running worker process gets SIGKILL and is restarted on the same
 * data directory after `downMs` (± 50 %), with at most `maxDown` workers down
 * at once. The schedule comes from a seeded PRNG (mulberry32), so a run can be
 * repeated.
 */
import type { NodeGroup, NodeProcess } from '../../test/multiprocess/node-process.ts'

/** Options of {@link startChaos}. */
export interface ChaosOptions {
  group: NodeGroup
  workers: NodeProcess[]
  /** mean time between two kills, ms */
  killEveryMs: number
  /** mean time a killed worker stays down, ms */
  downMs: number
  /** most workers down at once */
  maxDown: number
  seed: number
  /** called with a line of progress */
  log: (line: string) => void
}

/** One kill. */
export interface KillRecord {
  peerId: string
  /** ms since chaos started */
  killedAtMs: number
  /** ms since chaos started; undefined while down */
  restartedAtMs?: number
  /** set when the restart failed */
  restartError?: string
}

/** A running chaos loop. */
export interface Chaos {
  kills: KillRecord[]
  /** the current process of each worker slot (restarts replace them) */
  workers: NodeProcess[]
  /** stops killing and waits until every killed worker was restarted */
  stop: () => Promise<void>
}

/** mulberry32: a small 32-bit PRNG (Tommy Ettinger, public domain); returns floats in [0, 1). */
export function mulberry32 (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Starts the kill loop. */
export function startChaos (options: ChaosOptions): Chaos {
  const random = mulberry32(options.seed)
  const jitter = (mean: number): number => mean * (0.5 + random())
  const workers = [...options.workers]
  const down = new Set<number>()
  const kills: KillRecord[] = []
  const restarts: Array<Promise<void>> = []
  const started = performance.now()
  const controller = new AbortController()

  const killOne = async (): Promise<void> => {
    const candidates = workers.map((_, i) => i).filter(i => !down.has(i) && workers[i].running)
    if (candidates.length === 0 || down.size >= options.maxDown) return
    const slot = candidates[Math.floor(random() * candidates.length)]
    const victim = workers[slot]
    down.add(slot)
    const record: KillRecord = { peerId: victim.peerId, killedAtMs: Math.round(performance.now() - started) }
    kills.push(record)
    await victim.stop('SIGKILL')
    options.log(`killed worker ${victim.peerId.slice(-8)} (pid ${victim.pid}); ${down.size} down`)
    const pause = jitter(options.downMs)
    restarts.push((async () => {
      await new Promise(resolve => setTimeout(resolve, pause))
      try {
        workers[slot] = await options.group.restart(victim)
        record.restartedAtMs = Math.round(performance.now() - started)
        options.log(`restarted worker ${victim.peerId.slice(-8)} (pid ${workers[slot].pid})`)
      } catch (err) {
        record.restartError = (err as Error).message
        options.log(`restart of ${victim.peerId.slice(-8)} failed: ${record.restartError}`)
      } finally {
        down.delete(slot)
      }
    })())
  }

  const loop = (async () => {
    while (!controller.signal.aborted) {
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, jitter(options.killEveryMs))
        controller.signal.addEventListener('abort', () => { clearTimeout(timer); resolve() }, { once: true })
      })
      if (!controller.signal.aborted) await killOne()
    }
  })()

  return {
    kills,
    workers,
    stop: async () => {
      controller.abort()
      await loop
      await Promise.all(restarts)
    }
  }
}
