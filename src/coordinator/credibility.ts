/**
 * Credibility of workers and of results, after L. F. G. Sarmenta,
 * "Sabotage-tolerance mechanisms for volunteer computing systems", Future
 * Generation Computer Systems 18(4), 2002, sections 4–5.
 *
 * A worker's credibility is the probability that a result it returns is
 * right. With an assumed fraction `f` of saboteurs, a worker never checked
 * has `1 − f`; one whose results were re-executed by others and found in
 * agreement `k ≥ 1` times, and that was never caught, has `1 − f / (k·e)`
 * (Sarmenta's bound for spot-checking with blacklisting: a saboteur that
 * survives k checks must have lied so rarely that its expected damage is at
 * most f/(ke)). A worker caught once has credibility 0 for good: its results
 * are never accepted on their own again, and a group it belongs to is never
 * credible.
 *
 * The credibility of a group of matching results (credibility-based voting)
 * is the probability that this group is the right one given every group of
 * the slot, assuming at most one group is right:
 *
 *     P_good(g) = Π_{w∈g} Cr(w)        P_bad(g) = Π_{w∈g} (1 − Cr(w))
 *     Cr(g_a)   = P_good(g_a) Π_{b≠a} P_bad(g_b) / (Π_b P_bad(g_b) + Σ_c P_good(g_c) Π_{b≠c} P_bad(g_b))
 *
 * All functions here are pure.
 */

/** What credibility is computed from: the worker's verification history. */
export interface CredibilityEvidence {
  /** results re-executed by other workers and found in agreement (Sarmenta's k) */
  confirmed: number
  /** results found wrong by re-execution */
  caught: number
}

/**
 * The credibility of a worker, in [0, 1].
 *
 * @param assumedFaultFraction `f`, the fraction of saboteurs assumed among workers, in [0, 1)
 */
export function workerCredibility (evidence: CredibilityEvidence, assumedFaultFraction: number): number {
  if (evidence.caught > 0) return 0
  if (evidence.confirmed <= 0) return 1 - assumedFaultFraction
  return Math.max(0, 1 - assumedFaultFraction / (evidence.confirmed * Math.E))
}

/**
 * The credibility of each group of matching results, in [0, 1], in the order
 * given. `groups[i]` lists the credibilities of the workers that returned
 * result i. With one group of one worker, it is that worker's credibility.
 */
export function groupCredibilities (groups: number[][]): number[] {
  const good = groups.map(g => g.reduce((p, cr) => p * cr, 1))
  const bad = groups.map(g => g.reduce((p, cr) => p * (1 - cr), 1))
  const allBad = bad.reduce((p, b) => p * b, 1)
  // P_good(a) Π_{b≠a} P_bad(b), computed without dividing by a zero P_bad(a)
  const onlyRight = groups.map((_, a) => bad.reduce((p, b, i) => i === a ? p * good[a] : p * b, 1))
  const total = allBad + onlyRight.reduce((s, x) => s + x, 0)
  return onlyRight.map(x => total === 0 ? 0 : x / total)
}
