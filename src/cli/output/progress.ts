/**
 * Live progress lines of a task (stderr), one per event (the kinds of
 * `TaskEventKind`, src/protocol/task-events.ts, plus the client's
 * `reconnecting`); the end of the task is left to the summary line
 * (task-output.ts):
 *
 * ```
 * [  0.02s] accepted as task 3f2a…
 * [  0.03s] queued (waiting for an offer round)
 * [  0.05s] offered (attempt 1)
 * [  0.31s] 2 bids (latest from 12D3KooW…x9Yz1a)
 * [  0.31s] assigned to 12D3KooW…x9Yz1a out of 2 bids
 * [  0.35s] running on 12D3KooW…x9Yz1a
 * ```
 */
import type { Writable } from 'node:stream'
import type { TaskProgressEvent } from '../../client/index.ts'
import { shortPeer } from './format.ts'

/** The line for one event, or `undefined` for `done` (the summary line reports the end). */
export function progressLine (event: TaskProgressEvent): string | undefined {
  switch (event.type) {
    case 'accepted': return `accepted as task ${event.taskId}`
    case 'queued': return event.reason !== '' ? `queued (${event.reason})` : 'queued'
    case 'offered': return `offered (attempt ${event.attempt})`
    case 'bid': return `${event.bids} bid${event.bids === 1 ? '' : 's'} (latest from ${shortPeer(event.worker)})`
    case 'assigned': return `assigned to ${shortPeer(event.worker)}${event.bids > 0 ? ` out of ${event.bids} bid${event.bids === 1 ? '' : 's'}` : ''}`
    case 'running': return `running on ${shortPeer(event.worker)}`
    case 'retry': return `retry: ${event.reason}`
    case 'reconnecting': return `lost the coordinator (${event.error}); following the task again`
    case 'done': return undefined
  }
}

/**
 * An `onProgress` callback writing {@link progressLine}s, prefixed with the
 * seconds since the printer was made, to `stream`. Does nothing when
 * `enabled` is false.
 */
export function createProgressPrinter (stream: Writable, enabled: boolean): (event: TaskProgressEvent) => void {
  const start = performance.now()
  return event => {
    if (!enabled) return
    const line = progressLine(event)
    if (line == null) return
    const secs = ((performance.now() - start) / 1000).toFixed(2).padStart(6)
    stream.write(`[${secs}s] ${line}\n`)
  }
}
