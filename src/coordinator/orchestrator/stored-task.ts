/**
 * Open tasks reloaded when the orchestrator starts: records stored by earlier versions brought to
 * today's shape, and the content they hold pinned counted again against their clients' quota.
 */
import { cidKey, type PinQuota } from '../pin-quota.ts'
import type { TaskRecord } from '../task-record.ts'

/** A task as stored by an earlier version (one optional `lease` field) in today's shape. */
export function upgradeStored (stored: TaskRecord): TaskRecord {
  const old = stored as TaskRecord & { lease?: { worker: string, attempt: number, assignedAtMs: number, expiresAtMs: number, running: boolean } }
  // tasks stored before verification policies existed were accepted on their first result
  const verification = stored.verification ?? { policy: { kind: 'none' }, spotCheck: false, results: [] }
  // leases stored before assignment nonces existed carry none ('': the receipt is not checked for one)
  if (Array.isArray(old.leases)) return { ...stored, verification, leases: stored.leases.map(l => ({ ...l, nonce: l.nonce ?? '' })) }
  const { lease, ...rest } = old
  return {
    ...rest,
    verification,
    leases: lease == null
      ? []
      : [{
          worker: lease.worker,
          attempt: lease.attempt,
          phase: lease.running ? 'running' : 'assigned',
          assignedAtMs: lease.assignedAtMs,
          expiresAtMs: lease.expiresAtMs,
          deadlineMs: Number.MAX_SAFE_INTEGER,
          reportedRunning: lease.running,
          price: rest.decisions.findLast(d => d.attempt === lease.attempt)?.candidates.find(c => c.chosen)?.price ?? rest.limits.maxPrice,
          nonce: ''
        }]
  }
}

/** Re-counts the content an open task reloaded at start holds pinned against its client's quota (none without a quota). */
export function holdPins (pinQuota: PinQuota | undefined, task: TaskRecord): void {
  if (task.moduleCid !== '' && task.moduleSize > 0) pinQuota?.restore(task.clientAccount, task.id, cidKey(task.moduleCid), task.moduleSize)
  if (task.inputCid !== '') pinQuota?.restore(task.clientAccount, task.id, cidKey(task.inputCid), task.inputSize)
}
