/**
 * Deciding whether the results of a task's executions agree enough to accept
 * one (docs/verification.md). Pure: the lifecycle calls it when a result's
 * receipt has checked out.
 *
 * Results agree when their {@link agreementKey}s are equal: same execution
 * status, exit code, stdout hash and stderr hash. The sandbox is deterministic
 * (clocks and randomness come from the task), so honest executions of one task
 * always agree and re-executing a task is a proof of its output.
 *
 * A group of agreeing results is accepted when all of these hold:
 *
 * 1. it has at least the policy's number of results: 1 for `none`, for `spot`
 *    and `adaptive` tasks not drawn for a spot check; 2 for drawn ones; K for
 *    `replicate:K`;
 * 2. it is a strict majority of all results so far, so a worker is only ever
 *    outvoted by more workers than agree with it (an honest worker is never
 *    caught by a minority);
 * 3. for `adaptive`, its credibility (credibility.ts, Sarmenta 2002) reaches
 *    `1 − targetErrorRate`.
 *
 * Otherwise another independent execution is asked for, until
 * `maxExecutions`; past that the task ends without an accepted result and
 * nobody is paid or penalised.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, concatBytes } from '@noble/hashes/utils.js'
import { groupCredibilities } from './credibility.ts'
import type { VerificationPolicy } from '../protocol/verification-policy.ts'

/** What became of one execution's result. */
export type ReplicaVerdict =
  /** verification has not decided yet */
  | 'pending'
  /** in the accepted group: paid */
  | 'agreed'
  /** contradicts the accepted group: not paid, the worker is caught */
  | 'disagreed'

/** One execution of a task whose receipt checked out (persisted in the task record). */
export interface ReplicaRecord {
  worker: string
  attempt: number
  /** credits its lease was won at: what it is paid if it agrees */
  price: number
  /** {@link agreementKey} of the result (hex) */
  key: string
  /** `pb.ExecutionStatus` number */
  status: number
  exitCode: number
  /** hex SHA-256 of stdout */
  outputHash: string
  outputCid: string
  /** encoded `pb.SignedReceipt`, base64 */
  receipt: string
  /** stdout and stderr (base64), kept for the first result of each key only ('' for later ones) */
  stdout: string
  stderr: string
  /** the worker's detail for non-exited statuses */
  error: string
  /** wall time the worker reported, ms */
  wallMs: number
  verdict: ReplicaVerdict
}

/** A task's verification: its policy, the spot-check draw and the results so far. */
export interface TaskVerification {
  policy: VerificationPolicy
  /** drawn once at admission (spot: with its probability; adaptive: with `verification.spotProbability`) */
  spotCheck: boolean
  results: ReplicaRecord[]
}

/** What the decision reads from the configuration. */
export interface AgreementSettings {
  /** adaptive: accepted groups reach a credibility of at least `1 − targetErrorRate` */
  targetErrorRate: number
  /** executions with a checked receipt after which an undecided task ends without a result */
  maxExecutions: number
}

/** The outcome of {@link judgeResults}. */
export type AgreementDecision =
  /** accept the group of `key`: pay `agreeing`, catch `disagreeing` */
  | { kind: 'accept', key: string, agreeing: ReplicaRecord[], disagreeing: ReplicaRecord[], credibility: number }
  /** run one more independent execution; `reason` says why (shown in status) */
  | { kind: 'more', reason: string }
  /** `maxExecutions` reached without agreement */
  | { kind: 'undecided', reason: string }

/**
 * The key results must share to agree: hex SHA-256 over
 * `status (u32 BE) || exit code (i32 BE) || output hash (32 bytes) || stderr hash (32 bytes)`.
 */
export function agreementKey (status: number, exitCode: number, outputHash: Uint8Array, stderrHash: Uint8Array): string {
  const head = new Uint8Array(8)
  const view = new DataView(head.buffer)
  view.setUint32(0, status)
  view.setInt32(4, exitCode)
  return bytesToHex(sha256(concatBytes(head, outputHash, stderrHash)))
}

/** Agreeing results the policy asks for at least (rule 1 of the module comment). */
export function requiredAgreement (verification: Pick<TaskVerification, 'policy' | 'spotCheck'>): number {
  const { policy, spotCheck } = verification
  if (policy.kind === 'replicate') return policy.replicas
  if (policy.kind === 'none') return 1
  return spotCheck ? 2 : 1
}

/**
 * How many executions the first round of a task should assign at once: those its policy is known
 * to ask for before any result is in, so that they run side by side rather than one offer round
 * after another. The draw and the rules are those of {@link judgeResults}; this only moves
 * executions that would be asked for anyway to the first round:
 *
 * - `replicate:K`: K; a task drawn for a spot check (`spot:P`, `adaptive`): 2; `none`: 1;
 * - `adaptive` not drawn: 1 when `leaderCredibility` (the credibility of the worker the round would
 *   assign first) reaches `1 − targetErrorRate`, so its lone result would be accepted; else 2;
 *
 * never more than `maxExecutions`. After the first result (`results` not empty) it is 1: later
 * executions are asked for one at a time, as the results so far decide.
 *
 * @param leaderCredibility in [0, 1]; undefined (no candidate) counts as 0
 */
export function executionsAtOnce (verification: TaskVerification, leaderCredibility: number | undefined, settings: AgreementSettings): number {
  if (verification.results.length > 0) return 1
  let n = requiredAgreement(verification)
  if (verification.policy.kind === 'adaptive' && n < 2 && (leaderCredibility ?? 0) < 1 - settings.targetErrorRate) n = 2
  return Math.max(1, Math.min(n, settings.maxExecutions))
}

/**
 * Decides on `verification.results` (see the module comment).
 *
 * @param credibility each result's worker -> its credibility in [0, 1] (adaptive only; missing counts as 0)
 */
export function judgeResults (verification: TaskVerification, credibility: Readonly<Record<string, number>>, settings: AgreementSettings): AgreementDecision {
  const { results, policy } = verification
  const required = requiredAgreement(verification)
  const groups = new Map<string, ReplicaRecord[]>()
  for (const r of results) groups.set(r.key, [...(groups.get(r.key) ?? []), r])
  const keys = [...groups.keys()]
  const credibilities = groupCredibilities(keys.map(k => groups.get(k)!.map(r => credibility[r.worker] ?? 0)))
  // the leading group: the largest, then the most credible, then the first to arrive
  const order = keys.map((key, i) => ({ key, size: groups.get(key)!.length, credibility: credibilities[i], first: i }))
    .sort((a, b) => b.size - a.size || b.credibility - a.credibility || a.first - b.first)
  const lead = order[0]
  const n = results.length
  if (lead != null) {
    const majority = lead.size * 2 > n
    const credible = policy.kind !== 'adaptive' || lead.credibility >= 1 - settings.targetErrorRate
    if (lead.size >= required && majority && credible) {
      return {
        kind: 'accept',
        key: lead.key,
        agreeing: groups.get(lead.key)!,
        disagreeing: results.filter(r => r.key !== lead.key),
        credibility: lead.credibility
      }
    }
  }
  const differ = keys.length > 1 ? `; ${keys.length} different results` : ''
  if (n >= settings.maxExecutions) {
    return { kind: 'undecided', reason: `no agreement after ${n} independent executions${differ} (the most that agree: ${lead?.size ?? 0})` }
  }
  let why: string
  if (lead == null) why = 'no result yet'
  else if (lead.size < required) why = `${lead.size} of ${required} agreeing results`
  else if (lead.size * 2 <= n) why = `no majority: ${lead.size} of ${n} results agree`
  else why = `credibility ${lead.credibility.toFixed(4)} below the target ${(1 - settings.targetErrorRate).toFixed(4)}`
  return { kind: 'more', reason: `verifying by re-execution: ${why}${differ}` }
}
