/** The task lifecycle's policy (../lifecycle/types.ts) as the node configuration sets it. */
import type { NodeConfig } from '../../config/schema.ts'
import { taskFetchWindowMs } from '../../config/limits.ts'
import type { LifecyclePolicy } from '../lifecycle/types.ts'

/** The lifecycle's policy from the node configuration. */
export function policyOf (config: NodeConfig): LifecyclePolicy {
  return {
    leaseMs: config.timeouts.leaseMs,
    // the worker's fetch window for the largest module and input (timeouts.fetchMs + fetchMsPerMiB per MiB)
    fetchMs: taskFetchWindowMs(config),
    maxAttempts: config.retry.maxAttempts,
    quarantineAfter: config.retry.quarantineAfter,
    initialBackoffMs: config.retry.initialBackoffMs,
    maxBackoffMs: config.retry.maxBackoffMs,
    maxBidsPerTask: config.limits.maxBidsPerTask,
    lateBidMs: config.coordinator.lateBidMs,
    // one round may assign every execution a task's verification is known to need (agreement.ts executionsAtOnce)
    maxLeases: config.verification.replicasInFirstRound ? config.verification.maxExecutions : 1,
    agreement: { targetErrorRate: config.verification.targetErrorRate, maxExecutions: config.verification.maxExecutions }
  }
}
