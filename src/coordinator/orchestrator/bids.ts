/**
 * Bid handling of the orchestrator (../task-orchestrator.ts): a worker's bid or decline goes into
 * its task's round and waits for its answer; a round whose bidding ended is ranked against the
 * current registry, reputation and leases, and the ranking is applied in the same turn.
 */
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'
import type { NodeConfig } from '../../config/schema.ts'
import type { Bid } from '../../protocol/messages/worker-reports.ts'
import type { PendingBidAnswers } from '../bid-answers.ts'
import type { Clock } from '../clock.ts'
import { executionsAtOnce } from '../agreement.ts'
import type { LifecyclePolicy } from '../lifecycle/types.ts'
import type { ReputationBook } from '../reputation.ts'
import { drawReplicaCandidate, drawReplicaCandidates, freeSlots, rankBids } from '../selection.ts'
import type { TaskRecord } from '../task-record.ts'
import type { WorkerRegistry } from '../worker-registry.ts'
import type { DispatchOutcome, OrchestratorCore } from './types.ts'

/** Bids in, rankings out (see the module comment). */
export class BidHandling {
  readonly #core: OrchestratorCore
  readonly #config: NodeConfig
  readonly #policy: LifecyclePolicy
  readonly #open: Map<string, TaskRecord>
  readonly #clock: Clock
  readonly #randomInt: (n: number) => number
  readonly #bidAnswers: PendingBidAnswers
  private readonly registry: WorkerRegistry
  private readonly reputation: ReputationBook
  readonly #dispatch: OrchestratorCore['dispatch']
  readonly #followUp: OrchestratorCore['followUp']

  /** @param core the orchestrator's shared state and steps */
  constructor (core: OrchestratorCore) {
    this.#core = core
    this.#config = core.config
    this.#policy = core.policy
    this.#open = core.open
    this.#clock = core.clock
    this.#randomInt = core.randomInt
    this.#bidAnswers = core.bidAnswers
    this.registry = core.registry
    this.reputation = core.reputation
    this.#dispatch = core.dispatch
    this.#followUp = core.followUp
  }

  /** A Bid or decline from `from`, and the answer to the worker: see `TaskOrchestrator.onBid`. */
  async onBid (from: string, bid: Bid): Promise<{ accepted: boolean, reason: string }> {
    if (bid.decline) {
      const outcome = await this.#dispatch(bid.taskId, { type: 'decline', worker: from, attempt: bid.attempt, reason: bid.reason })
      return { accepted: false, reason: outcome.refusal?.reason ?? 'decline noted' }
    }
    let waiting = this.#bidAnswers.wait(bid.taskId, from, bid.attempt)
    if (waiting == null) {
      // a bid of this worker still waits: a duplicate while its round holds it; else a bid its round
      // ended without answering, which must not turn every later bid of the worker away
      if (this.#open.get(bid.taskId)?.round?.bids.some(b => b.worker === from) !== false) return { accepted: false, reason: 'already bid' }
      this.#bidAnswers.supersede(bid.taskId, from, 'superseded by a newer bid: its round ended without it')
      waiting = this.#bidAnswers.wait(bid.taskId, from, bid.attempt)
      if (waiting == null) return { accepted: false, reason: 'already bid' }
    }
    const outcome = await this.#dispatch(bid.taskId, { type: 'bid', worker: from, attempt: bid.attempt, price: bid.price, queueDepth: bid.queueDepth, freeSlots: bid.freeSlots })
    if (outcome.refusal != null) {
      waiting.withdraw()
      return { accepted: false, reason: outcome.refusal.reason }
    }
    return await waiting.answer
  }

  /**
   * Ranks the round's bids with the current registry, reputation and leases
   * (refused candidates and workers without a free slot are not eligible) and
   * applies `roundClosed` in the same synchronous turn, so no other task's
   * assignment can take the slot in between.
   */
  async rank (task: TaskRecord, attempt: number, outcome: DispatchOutcome): Promise<void> {
    const round = task.round
    if (round == null) return
    const ctx = this.#context(this.#clock.now())
    const refused = new Set(round.refused)
    let candidates = rankBids(task, round.bids, ctx, new Map(Object.entries(round.declines))).map(row => {
      if (!row.eligible) return row
      if (refused.has(row.workerPeerId)) return { ...row, eligible: false }
      const view = this.registry.get(row.workerPeerId)
      if (view == null || freeSlots(view, ctx) <= 0) return { ...row, eligible: false, note: 'became busy before assignment' }
      return row
    })
    const held = new Set(task.leases.filter(l => l.attempt === attempt).map(l => l.worker))
    // bidders already answered (released) or holding a lease of this round are not drawn again
    const taken = new Set([...held, ...round.released ?? []])
    if (taken.size > 0) candidates = candidates.map(row => taken.has(row.workerPeerId) ? { ...row, eligible: false } : row)
    // a replica goes to a bidder drawn at random, not the best-ranked one (docs/verification.md)
    if (task.verification.results.length > 0) candidates = drawReplicaCandidate(candidates, this.#randomInt)
    // executions the policy will ask for anyway are assigned in this round, to bidders drawn at random
    // beside the best-ranked one (a re-ranking after a refused Assign draws what is still missing)
    let replicaNonces: string[] = []
    if (this.#config.verification.replicasInFirstRound) {
      const leader = candidates.find(row => row.eligible)
      const credibility = leader == null ? undefined : this.reputation.credibility(leader.workerPeerId, this.#config.verification.assumedFaultFraction)
      const atOnce = executionsAtOnce(task.verification, credibility, this.#policy.agreement)
      // the round's leases in all (a re-ranking replaces the one refused)
      const wanted = held.size > 0 ? Math.max(atOnce, held.size + 1) : atOnce
      const draws = wanted - Math.max(held.size, 1)
      if (draws > 0) candidates = drawReplicaCandidates(candidates, draws, this.#randomInt, held.size === 0)
      replicaNonces = Array.from({ length: wanted - 1 }, () => bytesToHex(randomBytes(16)))
    }
    await this.#followUp(task.id, { type: 'roundClosed', attempt, candidates, nonce: bytesToHex(randomBytes(16)), replicaNonces }, outcome)
  }

  #context (nowMs: number): ReturnType<OrchestratorCore['context']> {
    return this.#core.context(nowMs)
  }
}
