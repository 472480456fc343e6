/**
 * Verification policies: how a coordinator checks a result before it accepts
 * and pays it (docs/verification.md).
 *
 * Text form (CLI `--verify`, configuration `verification.defaultPolicy`,
 * `status`): `none`, `spot:P` (0 ≤ P ≤ 1), `replicate:K` (K ≥ 2) or `adaptive`.
 * Wire form: `pb.VerificationPolicy` in `TaskSpec.verification`.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'

/** A task's verification policy. */
export type VerificationPolicy =
  /** accept the first result whose receipt checks out */
  | { kind: 'none' }
  /** with probability `probability`, a second independent worker re-executes before the task is settled */
  | { kind: 'spot', probability: number }
  /** `replicas` distinct workers run the task; a strict majority of at least `replicas` results must agree */
  | { kind: 'replicate', replicas: number }
  /** credibility-based (Sarmenta 2002): results of low credibility are replicated, the rest spot-checked */
  | { kind: 'adaptive' }

/** Most replicas a `replicate:K` policy may ask for. */
export const MAX_REPLICAS = 16

/** Thrown for a policy text or wire value that does not parse; `message` says why. */
export class InvalidVerificationPolicyError extends Error {
  static readonly NAME = 'InvalidVerificationPolicyError'
  override name = InvalidVerificationPolicyError.NAME
}

/**
 * Parses `none`, `spot:P`, `replicate:K` or `adaptive`.
 *
 * @throws {InvalidVerificationPolicyError} naming what is wrong
 */
export function parseVerificationPolicy (text: string): VerificationPolicy {
  const [kind, arg, extra] = text.trim().split(':')
  if (extra != null) throw new InvalidVerificationPolicyError(`verification policy "${text}" has too many parts`)
  if (kind === 'none' || kind === 'adaptive') {
    if (arg != null) throw new InvalidVerificationPolicyError(`verification policy "${kind}" takes no argument`)
    return { kind }
  }
  if (kind === 'spot') {
    const probability = arg == null || arg === '' ? NaN : Number(arg)
    return checked({ kind, probability })
  }
  if (kind === 'replicate') {
    const replicas = arg == null || !/^\d+$/.test(arg) ? NaN : Number(arg)
    return checked({ kind, replicas })
  }
  throw new InvalidVerificationPolicyError(`unknown verification policy "${text}": use none, spot:P, replicate:K or adaptive`)
}

/** The text form of `policy` (inverse of {@link parseVerificationPolicy}). */
export function formatVerificationPolicy (policy: VerificationPolicy): string {
  switch (policy.kind) {
    case 'spot': return `spot:${policy.probability}`
    case 'replicate': return `replicate:${policy.replicas}`
    default: return policy.kind
  }
}

/**
 * The policy a submitted spec asks for, or undefined for "the coordinator's
 * default" (field unset or kind UNSPECIFIED).
 *
 * @throws {InvalidVerificationPolicyError} for an unknown kind or an argument out of range
 */
export function verificationPolicyFromWire (wire: ailee.v1.IVerificationPolicy | null | undefined): VerificationPolicy | undefined {
  const kind = wire?.kind ?? pb.VerificationKind.VERIFICATION_KIND_UNSPECIFIED
  switch (kind) {
    case pb.VerificationKind.VERIFICATION_KIND_UNSPECIFIED: return undefined
    case pb.VerificationKind.VERIFICATION_KIND_NONE: return { kind: 'none' }
    case pb.VerificationKind.VERIFICATION_KIND_ADAPTIVE: return { kind: 'adaptive' }
    case pb.VerificationKind.VERIFICATION_KIND_SPOT: return checked({ kind: 'spot', probability: wire?.probability ?? 0 })
    case pb.VerificationKind.VERIFICATION_KIND_REPLICATE: return checked({ kind: 'replicate', replicas: wire?.replicas ?? 0 })
    default: throw new InvalidVerificationPolicyError(`unknown verification kind ${String(kind)}`)
  }
}

/** The wire form of `policy`; undefined (field unset) asks for the coordinator's default. */
export function verificationPolicyToWire (policy: VerificationPolicy | undefined): ailee.v1.IVerificationPolicy | undefined {
  if (policy == null) return undefined
  switch (policy.kind) {
    case 'none': return { kind: pb.VerificationKind.VERIFICATION_KIND_NONE }
    case 'adaptive': return { kind: pb.VerificationKind.VERIFICATION_KIND_ADAPTIVE }
    case 'spot': return { kind: pb.VerificationKind.VERIFICATION_KIND_SPOT, probability: policy.probability }
    case 'replicate': return { kind: pb.VerificationKind.VERIFICATION_KIND_REPLICATE, replicas: policy.replicas }
  }
}

function checked (policy: VerificationPolicy): VerificationPolicy {
  if (policy.kind === 'spot' && !(Number.isFinite(policy.probability) && policy.probability >= 0 && policy.probability <= 1)) {
    throw new InvalidVerificationPolicyError(`spot-check probability must be a number in [0, 1], got ${policy.probability}`)
  }
  if (policy.kind === 'replicate' && !(Number.isSafeInteger(policy.replicas) && policy.replicas >= 2 && policy.replicas <= MAX_REPLICAS)) {
    throw new InvalidVerificationPolicyError(`replicas must be an integer in [2, ${MAX_REPLICAS}], got ${policy.replicas}`)
  }
  return policy
}
