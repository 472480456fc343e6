/**
 * `status`: prints a task's state. With `--json`: the client's `TaskStatus`
 * with `result` in the `--json` form of `submit` (or null). Exit 0 whenever
 * the coordinator answered, whatever the task's state.
 */
import type { CandidateScore, TaskStatus } from '../../../client/index.ts'
import { fixed, formatMs, shortPeer, table } from '../../output/format.ts'
import { resultJson, summaryLine } from '../../output/task-output.ts'
import { printJson, writeAll } from '../../output/write.ts'
import type { ClientCliOptions } from '../../util/client-options.ts'
import { withClient } from '../../util/client.ts'
import { EXIT, type ExitStatus } from '../../util/exit.ts'

/**
 * Runs the command.
 *
 * @returns 0 once the status is printed
 * @throws client errors (status 3: unknown task, unreachable)
 */
export async function runStatus (taskId: string, opts: ClientCliOptions): Promise<ExitStatus> {
  const status = await withClient(opts, async client => await client.status(taskId))
  if (opts.json === true) {
    await printJson({ ...status, result: status.result != null ? resultJson(status.result) : null })
  } else {
    await writeAll(process.stdout, formatStatus(status))
  }
  return EXIT.ok
}

/** The human-readable status report. */
export function formatStatus (s: TaskStatus): string {
  const lines = [
    `task      ${s.taskId}`,
    `state     ${s.state}`,
    `reason    ${s.reason === '' ? '-' : s.reason}`,
    `attempts  ${s.attempts}`,
    `worker    ${s.worker === '' ? '-' : s.worker}`,
    `module    ${s.moduleCid}`,
    `limits    ${s.limits.memoryPages} pages, ${formatMs(s.limits.executionMs)} per attempt, max price ${s.limits.maxPrice}`,
    `verify    ${s.verification === '' ? '-' : s.verification}`,
    `updated   ${s.updatedAtMs > 0 ? new Date(s.updatedAtMs).toISOString() : '-'}`
  ]
  if (s.result != null) lines.push(`result    ${summaryLine(s.result)}`)
  let out = lines.join('\n') + '\n'
  if (s.replicas.length > 0) {
    out += '\nexecutions (verification by re-execution):\n' + table(
      ['worker', 'attempt', 'exit', 'output sha256', 'verdict', 'paid'],
      s.replicas.map(r => [shortPeer(r.worker), String(r.attempt), String(r.exitCode), r.outputHash.slice(0, 16), verdictText(r.verdict), String(r.price)])
    ).replace(/^(?=.)/gm, '  ')
  }
  if (s.decisions.length === 0) return out + '\nno selection round yet\n'
  for (const d of s.decisions) {
    out += `\nattempt ${d.attempt} decided ${d.decidedAtMs > 0 ? new Date(d.decidedAtMs).toISOString() : '-'}: ${d.outcome === '' ? '-' : d.outcome}\n`
    const winner = d.candidates.find(c => c.chosen)
    out += table(
      ['', 'worker', 'score', 'health', 'reputation', 'price', 'load', 'bid', 'why'],
      d.candidates.map(c => [
        c.chosen ? '*' : '', shortPeer(c.worker), fixed(c.score), fixed(c.health), fixed(c.reputation),
        fixed(c.priceScore), fixed(c.loadScore), String(c.price), candidateNote(c, winner)
      ])
    ).replace(/^(?=.)/gm, '  ')
  }
  return out
}

function verdictText (verdict: string): string {
  if (verdict === 'agreed') return 'agreed (accepted)'
  if (verdict === 'disagreed') return 'disagreed: wrong, not paid, worker caught'
  return verdict === 'pending' ? 'pending' : verdict
}

/** Why a candidate won or lost: the coordinator's note, else a comparison with the winner's score. */
function candidateNote (c: CandidateScore, winner: CandidateScore | undefined): string {
  if (c.note !== '') return c.note
  if (c.chosen) return 'chosen: highest score'
  if (winner == null) return 'not chosen'
  if (Math.abs(c.score - winner.score) < 1e-9) return `same score as the winner (${fixed(c.score)}); the coordinator breaks ties by peer id`
  return `lower score than the winner (${fixed(c.score)} < ${fixed(winner.score)})`
}
