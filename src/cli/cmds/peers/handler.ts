/**
 * `peers`: the coordinator's workers. With `--json`: `{"workers": WorkerInfo[]}`
 * (see src/client/types.ts).
 */
import type { WorkerInfo } from '../../../client/index.ts'
import { fixed, formatMs, table } from '../../output/format.ts'
import { printJson, writeAll } from '../../output/write.ts'
import type { ClientCliOptions } from '../../util/client-options.ts'
import { withClient } from '../../util/client.ts'
import { EXIT, type ExitStatus } from '../../util/exit.ts'

/**
 * Runs the command.
 *
 * @returns 0 once the list is printed
 * @throws client errors (status 3: unreachable)
 */
export async function runPeers (opts: ClientCliOptions): Promise<ExitStatus> {
  const workers = await withClient(opts, async client => await client.peers())
  if (opts.json === true) await printJson({ workers })
  else await writeAll(process.stdout, formatPeers(workers))
  return EXIT.ok
}

/** The human-readable worker table. */
export function formatPeers (workers: WorkerInfo[]): string {
  if (workers.length === 0) return 'no workers known\n'
  return table(
    ['peer', 'alive', 'health', 'reputation', 'credibility', 'confirmed/caught', 'bond', 'running/slots', 'breaker', 'price', 'cpu', 'telemetry age', 'ok/fail/timeout'],
    workers.map(w => [
      w.peerId, w.alive ? (w.draining ? 'draining' : 'yes') : 'no', fixed(w.health), fixed(w.reputation),
      fixed(w.credibility, 4), `${w.confirmed}/${w.caught}${w.excludedUntilMs > 0 ? ` (excluded until ${new Date(w.excludedUntilMs).toISOString()})` : ''}`, String(w.bond),
      `${w.runningTasks}/${w.capacitySlots}`, w.breaker, String(w.price), `${Math.round(w.cpuLoad * 100)}%`,
      formatMs(w.telemetryAgeMs), `${w.successes}/${w.failures}/${w.timeouts}`
    ])
  )
}
