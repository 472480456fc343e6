/**
 * `coordinators`: the coordinators a coordinator knows (CoordinatorsQuery). With
 * `--json`: `{"coordinators": CoordinatorInfo[]}` (see src/client/types.ts).
 */
import type { CoordinatorInfo } from '../../../client/index.ts'
import { formatMs, table } from '../../output/format.ts'
import { printJson, writeAll } from '../../output/write.ts'
import type { ClientCliOptions } from '../../util/client-options.ts'
import { withClient } from '../../util/client.ts'
import { EXIT, type ExitStatus } from '../../util/exit.ts'

/**
 * Runs the command.
 *
 * @returns 0 once the list is printed
 * @throws client errors (status 3: unreachable, or the node is no coordinator)
 */
export async function runCoordinators (opts: ClientCliOptions): Promise<ExitStatus> {
  const coordinators = await withClient(opts, async client => await client.coordinators())
  if (opts.json === true) await printJson({ coordinators })
  else await writeAll(process.stdout, formatCoordinators(coordinators, Date.now()))
  return EXIT.ok
}

/** The human-readable coordinator table; `nowMs` dates the announcements. */
export function formatCoordinators (coordinators: CoordinatorInfo[], nowMs: number): string {
  if (coordinators.length === 0) return 'no coordinators known\n'
  return table(
    ['peer', 'accepting', 'open tasks', 'announced', 'multiaddrs'],
    coordinators.map(c => [
      c.peerId, c.accepting ? 'yes' : 'no', String(c.openTasks), `${formatMs(Math.max(0, nowMs - c.timestampMs))} ago`, c.multiaddrs.join(' ')
    ])
  )
}
