/**
 * The vocabulary of the task lifecycle: the states a task passes through, the
 * events that move it, the effects a transition asks for, and the refusals it
 * answers with. `transition.ts` is the one function over them; the
 * orchestrator (`../task-orchestrator.ts`) feeds it events and carries out its
 * effects.
 *
 * The shape follows etcd's raft (`Step`/`Ready`): the core has no I/O and no
 * clock of its own; time enters as the `nowMs` of every step and as `tick`
 * events, randomness as an injected source.
 */
import type { ailee } from '../../proto/index.ts'
import type { CandidateScoreRecord, TaskRecord } from '../task-record.ts'
import type { BidRecord } from '../selection.ts'
import type { AgreementSettings } from '../agreement.ts'

/** What the lifecycle reads from the node configuration (all times ms). */
export interface LifecyclePolicy {
  /** a lease is lost when no heartbeat renews it within this period */
  leaseMs: number
  /** time a worker has to fetch module and input before execution starts */
  fetchMs: number
  /** execution attempts per task, the first included */
  maxAttempts: number
  /** first retry delay; doubles per attempt (with jitter) up to `maxBackoffMs` */
  initialBackoffMs: number
  maxBackoffMs: number
  /** bids kept per offer round (a round closes as soon as it holds this many: more would be refused) */
  maxBidsPerTask: number
  /**
   * how long a round with no bid at its bid deadline stays open for a first, late bid, ms
   * (`coordinator.lateBidMs`; 0 = it closes at the deadline)
   */
  lateBidMs: number
  /**
   * workers lost (disconnected, silent) while running one task after which
   * the task is quarantined: ended `failed`, never offered again
   */
  quarantineAfter: number
  /**
   * leases one task may hold at once: 1 runs replicas of a task one round after another; more lets
   * one round grant the executions its verification policy is known to need (`roundClosed.replicaNonces`)
   */
  maxLeases: number
  /** when results agree enough to be accepted (see ../agreement.ts) */
  agreement: AgreementSettings
}

/** Where a lease stands. */
export type LeasePhase =
  /** Assign sent, the worker has not answered */
  | 'assigning'
  /** the worker accepted; it fetches module and input */
  | 'assigned'
  /** the worker reported it runs the program */
  | 'running'
  /** its result arrived and is being verified; no timer applies */
  | 'verifying'

/** One worker's hold on one attempt of a task: a value in the task's state. */
export interface Lease {
  worker: string
  attempt: number
  phase: LeasePhase
  /** Unix ms of the Assign */
  assignedAtMs: number
  /** Unix ms; each heartbeat moves it to now + leaseMs */
  expiresAtMs: number
  /** Unix ms no heartbeat extends past: Assign + fetch + execution limit + one lease period */
  deadlineMs: number
  /** the worker reported `running` before its acceptance was processed */
  reportedRunning: boolean
  /** credits the worker bid: what the client pays for a verified result of this lease */
  price: number
  /**
   * 16 random bytes (hex) sent in the Assign and bound into the worker's
   * receipt, so a receipt answers this lease and no other
   */
  nonce: string
}

/** Where an offer round stands. */
export type RoundPhase =
  /** collecting bids and declines */
  | 'collecting'
  /** closed; waiting for the orchestrator's ranking of the candidates */
  | 'ranking'
  /** Assign sent to the best candidate; waiting for its answer */
  | 'assigning'

/** One offer round of one attempt, held in the task's state while it is offered. */
export interface RoundRecord {
  /** the attempt number the offer was published for */
  attempt: number
  openedAtMs: number
  /** Unix ms at which the bid window ends (the late-bid end once the round was extended) */
  closesAtMs: number
  /**
   * Unix ms until which the round stays open for a first bid when none arrived by the bid
   * deadline (the offer's `lateBidUntilMs`); absent or 0 = it closes at the deadline. Absent in
   * records written before late bids existed.
   */
  lateUntilMs?: number
  /** true once the bid deadline passed without a bid and the round waits for a late one (the first closes it) */
  late?: boolean
  phase: RoundPhase
  /** eligible workers the offer went to that have not answered yet */
  awaiting: string[]
  bids: BidRecord[]
  /** worker -> why it declined */
  declines: Record<string, string>
  /** candidates that refused (or could not be reached with) the Assign of this round */
  refused: string[]
  /**
   * bidders already answered "lost" while the round was still deciding (every
   * bidder but the chosen candidate and one runner-up is answered at ranking,
   * so it frees the slot its bid reserved); they are never chosen in this round.
   * Absent in records written before this field existed.
   */
  released?: string[]
  /** the latest ranking, with notes; pushed to the task's decisions when the round ends */
  candidates: CandidateScoreRecord[]
}

/** The lease that was lost last, while no other has been granted since (see the `resultReceived` event). */
export interface LapsedLease {
  worker: string
  attempt: number
  /** the lost lease's price, credits */
  price: number
  /** the lost lease's nonce */
  nonce: string
}

/** A candidate as ranked by the orchestrator: its scores, and whether it may be assigned now. */
export type RankedCandidate = CandidateScoreRecord & { eligible: boolean }

/** Why a lease was taken away from a worker by something other than its result. */
export type LeaseLossReason = 'disconnected' | 'telemetry_stale'

/** A result as the worker delivered it (receipt not yet checked). */
export interface DeliveredResult {
  receipt: ailee.v1.ISignedReceipt | null | undefined
  stdout: Uint8Array
  stderr: Uint8Array
  /** the worker's human-readable detail for non-exited statuses ('' when none) */
  error: string
}

/** A result whose receipt passed verification. */
export interface VerifiedResult extends DeliveredResult {
  receipt: ailee.v1.ISignedReceipt
  /** the decoded, signature-checked receipt */
  decoded: ailee.v1.ExecutionReceipt
}

/**
 * Everything that can happen to a task. Events from peers name the sender
 * (`worker`) and the attempt they are about; the transition checks both.
 */
export type LifecycleEvent =
  /** admission passed: the task joins the queue */
  | { type: 'admitted' }
  /** admission failed: the task ends `rejected` */
  | { type: 'rejected', reason: string }
  /** the orchestrator found no capable worker with room: record why the task waits */
  | { type: 'waiting', reason: string }
  /**
   * the orchestrator found capable workers with room: publish an offer to them. `sampled`: `eligible`
   * is a bidder sample drawn from more capable workers (src/coordinator/bidder-sample.ts), which the
   * offer names (only they bid). @default false
   */
  | { type: 'roundOpened', eligible: string[], sampled?: boolean }
  | { type: 'bid', worker: string, attempt: number, price: number, queueDepth: number, freeSlots: number }
  | { type: 'decline', worker: string, attempt: number, reason: string }
  /** the orchestrator's ranking of the round's candidates, best first */
  /**
   * `nonce`: fresh random bytes (hex) for the lease this ranking may grant. `replicaNonces` (one
   * fresh nonce each): the round is to hold `1 + replicaNonces.length` leases in all, so that
   * executions the verification policy will ask for anyway run at once, not one round after
   * another; those it does not hold yet go to the first open candidates in `candidates` order (the
   * orchestrator put workers drawn at random after the best-ranked one), each with the next unused
   * nonce; the task holds at most `maxLeases`. @default []
   */
  | { type: 'roundClosed', attempt: number, candidates: RankedCandidate[], nonce: string, replicaNonces?: string[] }
  /** `running`: the worker started the program at once (content inline), as a heartbeat with phase running would say */
  | { type: 'assignAcked', worker: string, attempt: number, running?: boolean }
  /** the worker refused the Assign, or could not be reached (`unreachable`) */
  | { type: 'assignRefused', worker: string, attempt: number, reason: string, unreachable: boolean }
  | { type: 'heartbeat', worker: string, attempt: number, phase: 'fetching' | 'running' }
  /** the worker's connection closed or its telemetry went stale: every lease it holds is lost */
  | { type: 'leaseLost', worker: string, reason: LeaseLossReason }
  | { type: 'resultReceived', worker: string, attempt: number, result: DeliveredResult }
  /**
   * the result's receipt checked out; `credibility` maps the worker of every
   * result of the task (this one included) to its credibility now (../credibility.ts)
   */
  | { type: 'resultVerified', worker: string, attempt: number, result: VerifiedResult, credibility: Record<string, number> }
  | { type: 'resultInvalid', worker: string, attempt: number, reason: string }
  /** the worker gives the task back unrun (it is shutting down) */
  | { type: 'handedBack', worker: string, attempt: number }
  /** the submitting client (`by`) cancels the task */
  | { type: 'cancel', by: string, reason: string }
  /** the coordinator restarted and reloaded this task from storage */
  | { type: 'restarted' }
  /** time passed: check the task's deadlines against `nowMs` */
  | { type: 'tick' }

/** The `type` of a lifecycle event. */
export type LifecycleEventType = LifecycleEvent['type']

/**
 * Reputation evidence about one attempt (see `../reputation.ts`): `confirmed`
 * is a success that re-execution by others agreed with; `caught`, a result
 * that re-execution showed to be wrong.
 */
export type Verdict = 'success' | 'confirmed' | 'failure' | 'caught' | 'timeout'

/** One paid execution of a settled task. */
export interface Payment {
  worker: string
  /** credits */
  price: number
  receipt: ailee.v1.ISignedReceipt
}

/** A worker caught with a wrong result: its receipt and an accepted one it contradicts. */
export interface FraudEvidence {
  worker: string
  receipt: ailee.v1.ISignedReceipt
  contradictedBy: ailee.v1.ISignedReceipt
}

/** Progress kinds the lifecycle announces (the `done` event is announced by `settle`). */
export type ProgressKind = 'accepted' | 'queued' | 'offered' | 'bid' | 'assigned' | 'running' | 'retry'

/**
 * What a transition asks the orchestrator to do, in order. Effects that write
 * (`persist`, `settle`) are awaited before later effects run, so nothing is
 * announced before it is durable.
 */
export type Effect =
  /** write the task (and the reputation changed by this step) in one batch */
  | { type: 'persist' }
  /**
   * write the terminal task in one batch with its settlement (ledger credit and
   * pending block entry), then announce `done` to its followers
   */
  | { type: 'settle', settlement?: { payments: Payment[], evidence: FraudEvidence[] } }
  /** store and pin a verified output so clients can fetch it by CID */
  | { type: 'storeOutput', bytes: Uint8Array }
  /** publish the task's offer for `attempt` on the offers topic; `invited`: the bidder sample it names (absent: anyone may bid) */
  | { type: 'publishOffer', attempt: number, bidDeadlineMs: number, lateBidUntilMs: number, invited?: string[] }
  /** rank the round's bids and answer with `roundClosed` */
  | { type: 'rank', attempt: number }
  /** send Assign for `attempt` to `worker`; answer with `assignAcked` or `assignRefused` */
  | { type: 'sendAssign', worker: string, attempt: number }
  /**
   * answer the bidders of the round: `winner` won, the rest lost; bidders in
   * `keep` are left waiting (the chosen candidate and its runner-up while the
   * Assign is in flight)
   */
  | { type: 'answerBids', attempt: number, winner?: string, keep?: string[] }
  /** check a delivered result; answer with `resultVerified` or `resultInvalid` */
  | { type: 'verify', worker: string, attempt: number, result: DeliveredResult }
  /** record reputation evidence and feed the worker's circuit breaker */
  | { type: 'judge', worker: string, verdict: Verdict }
  /** an Assign is going to `worker`: in half-open, this is its breaker's trial */
  | { type: 'breakerTrial', worker: string }
  /** `worker` could not be reached with an Assign */
  | { type: 'breakerFailure', worker: string }
  /** tell the task's followers */
  | { type: 'announce', kind: ProgressKind, reason: string, workerPeerId?: string, attempt?: number, bids?: number }
  /**
   * (re)arm the task's one timer at `nextDeadline(task)` for the task as it is
   * when the effect runs (a follow-up step in the same turn may have moved it)
   */
  | { type: 'schedule' }

/** Kinds of refusal: an event that does not apply to the task as it stands. */
export type RefusalCode =
  /** the task has reached a terminal state */
  | 'task_ended'
  /** the task has not been admitted yet (or was already) */
  | 'not_admitted'
  | 'already_admitted'
  /** no offer round is collecting bids for that attempt */
  | 'offer_closed'
  | 'duplicate_bid'
  | 'bid_limit'
  /** the task is not waiting in the queue (or is backing off) */
  | 'not_queued'
  | 'backing_off'
  /** no round is waiting for that ranking */
  | 'not_ranking'
  /** the sender holds no lease of that attempt in a phase where this event applies */
  | 'not_leaseholder'
  /** the sender is not allowed to do this (cancel by a peer that did not submit) */
  | 'not_permitted'
  /** nothing is due at this time */
  | 'nothing_due'
  /** the event would change nothing (the same waiting reason again) */
  | 'unchanged'
  /** the orchestrator is stopping and takes no more events (never returned by the transition) */
  | 'shutting_down'

/** An event that changed nothing, and why (shown to the peer that sent it). */
export interface Refusal {
  code: RefusalCode
  reason: string
}

/** The result of one step: the next state and its effects, or a refusal (state unchanged, no effects). */
export interface Transition {
  task: TaskRecord
  effects: Effect[]
  refusal?: Refusal
}

/** What a step knows besides the task and the event. */
export interface StepContext {
  /** Unix ms at which the event is applied */
  nowMs: number
  policy: LifecyclePolicy
  /** uniform in [0, 1); used for retry jitter */
  random: () => number
}
