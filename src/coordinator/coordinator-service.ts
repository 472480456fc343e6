/**
 * The coordinator role's side of `/ailee/task/1.0.0`: submit (signed by the
 * paying account, with live progress), follow, status, cancel, peers, transfer,
 * balance and receipt proofs from clients; bid, heartbeat and result from workers. Wire messages are converted to domain values here (a
 * malformed one is answered `ERROR_CODE_INVALID_MESSAGE`); everything a
 * request may change goes through the TaskOrchestrator.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { InvalidMessageError, ProtocolError } from '../protocol/errors.ts'
import type { RequestContext } from '../protocol/index.ts'
import { bidFromWire, heartbeatFromWire, taskResultFromWire } from '../protocol/messages/worker-reports.ts'
import { taskEventToWire, type TaskEvent } from '../protocol/task-events.ts'
import { isTerminalState } from '../protocol/task-states.ts'
import { admitTask, type AdmissionDeps } from './admission.ts'
import { FairQueue } from './fair-queue.ts'
import { unknownTaskReason } from './task-pruning.ts'
import { AuthorizationError, TransferRefusedError, type Accounts } from './accounts.ts'
import { InvalidAmountError } from '../chain/errors.ts'
import { accountBalanceToWire, balanceQueryFromWire } from '../protocol/messages/accounts.ts'
import type { Clock } from './clock.ts'
import { CoordinatorFullError, type TaskOrchestrator } from './task-orchestrator.ts'
import { fromBase64, isTaskOwner, outcomeToWire, redactOutcome, redactStatus, statusToWire, visibleState, type TaskRecord } from './task-record.ts'
import { amountToWire } from '../chain/amount.ts'
import { bondAccount } from '../chain/settlement-log.ts'
import type { Logger } from 'pino'

/**
 * The inclusion proof, in this coordinator's own chain, of the sealed entry
 * holding exactly `receipt` (the task's accepted receipt) as a wire
 * `ReceiptProof`; `undefined` while no stored block holds it.
 */
export type ReceiptProver = (taskId: string, receipt: ailee.v1.ISignedReceipt) => Promise<ailee.v1.IReceiptProof | undefined>

export class CoordinatorService {
  readonly #orchestrator: TaskOrchestrator
  readonly #admission: AdmissionDeps
  readonly #clock: Clock
  readonly #log: Logger
  readonly #accounts: Accounts
  readonly #prove: ReceiptProver | undefined
  /**
   * Admissions (fetch, inspect, pin) run here, `limits.admissionConcurrency` at once,
   * round-robin between client accounts.
   */
  readonly admissionQueue: FairQueue
  #accepting = true

  /** @param prove serves `ProofQuery` requests; without it they are answered UNSUPPORTED */
  constructor (orchestrator: TaskOrchestrator, admission: AdmissionDeps, clock: Clock, log: Logger, accounts: Accounts, prove?: ReceiptProver) {
    this.admissionQueue = new FairQueue(admission.config.limits.admissionConcurrency)
    this.#accounts = accounts
    this.#orchestrator = orchestrator
    this.#admission = admission
    this.#clock = clock
    this.#log = log
    this.#prove = prove
  }

  /** The orchestrator's worker rows with the bond each worker has locked (`bond/{peer}` in the ledger). */
  async #peers (): Promise<ailee.v1.IPeerInfo[]> {
    return await Promise.all(this.#orchestrator.peers().map(async row => ({ ...row, bond: amountToWire(await this.#accounts.balance(bondAccount(row.peerId ?? ''))) as number })))
  }

  /** False once {@link stopAccepting} was called: new tasks and transfers are refused. */
  get accepting (): boolean {
    return this.#accepting
  }

  /** Stops taking new submissions (graceful shutdown); everything else is still served. */
  stopAccepting (): void {
    this.#accepting = false
  }

  /**
   * Serves one request.
   *
   * @throws {ProtocolError} (sent to the peer as an Error response): INVALID_MESSAGE for a malformed
   *   message, NOT_FOUND for an unknown task, REJECTED for a refused cancel, a submission or transfer
   *   whose signature, binding, freshness or nonce fails (docs/accounts.md), a refused transfer
   *   (funds, amount, payee), or a proof that does not exist (yet: see `ProofQuery` in the proto), UNSUPPORTED for requests
   *   this role does not serve, SHUTTING_DOWN for a submission while stopping, RATE_LIMITED while
 *   `limits.maxOpenTasks` tasks are open, or `limits.maxOpenTasksPerClient` of the submitting peer's
   */
  async handle (request: ailee.v1.Request, ctx: RequestContext): Promise<void> {
    const peer = ctx.peerId.toString()
    try {
      switch (request.body) {
        case 'submit': return await this.#submit(request.submit!, peer, ctx)
        case 'follow': return await this.#follow(request.follow!.taskId ?? '', peer, ctx)
        case 'status': return await this.#status(request.status!.taskId, peer, ctx)
        case 'cancel': return await this.#cancel(request.cancel!, peer, ctx)
        case 'peers': return await ctx.send({ peers: { workers: await this.#peers() } })
        case 'balance': return await this.#balance(balanceQueryFromWire(request.balance, peer), ctx)
        case 'transfer': return await this.#transfer(request.transfer!, peer, ctx)
        case 'proof': return await this.#proof(request.proof!.taskId, ctx)
        case 'bid': return await ctx.send({ bidAck: await this.#orchestrator.onBid(peer, bidFromWire(request.bid)) })
        case 'heartbeat': return await ctx.send({ ack: await this.#orchestrator.onHeartbeat(peer, heartbeatFromWire(request.heartbeat)) })
        case 'result': return await ctx.send({ ack: await this.#orchestrator.onResult(peer, taskResultFromWire(request.result)) })
        default: throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, `a coordinator does not serve "${request.body ?? 'empty'}" requests`)
      }
    } catch (err) {
      if (err instanceof InvalidMessageError) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, err.message)
      if (err instanceof CoordinatorFullError) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_RATE_LIMITED, err.message)
      if (err instanceof AuthorizationError || err instanceof TransferRefusedError) {
        throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `${request.body ?? 'request'} refused (${err.message})`)
      }
      throw err
    }
  }

  async #task (taskId: string | null | undefined): Promise<TaskRecord> {
    const task = await this.#orchestrator.get(taskId ?? '')
    if (task == null) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, unknownTaskReason(taskId ?? '', this.#admission.config.coordinator.taskRetentionMs))
    return task
  }

  async #submit (submit: ailee.v1.ISubmitTask, peer: string, ctx: RequestContext): Promise<void> {
    if (!this.#accepting) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, 'coordinator is shutting down and takes no new tasks')
    this.#orchestrator.assertRoom(peer)
    // signature, binding, freshness, replay: a refusal throws before anything is stored
    const { account } = await this.#accounts.authorizeSubmission(submit, peer)
    this.#log.debug({ account }, 'submission authorised')
    // fair between accounts: another client's many or large submissions hold this one for one turn at most
    const { task, rejection } = await this.admissionQueue.run(account, async () => await admitTask(submit.spec, peer, this.#admission, this.#clock.now(), { module: submit.module, input: submit.input }))
    if (rejection != null) {
      await this.#orchestrator.submit(task, rejection)
      this.#log.info({ task: task.id, reason: rejection }, 'task rejected')
      await ctx.send({ event: taskEventToWire(doneEvent(await this.#task(task.id), this.#clock.now())) })
      return
    }
    // sealed content only (docs/privacy.md): a provider record lets any peer fetch the bytes
    if (task.contentKey != null && task.contentKey !== '') {
      this.#admission.announce?.(task.moduleCid)
      if (task.inputCid !== '') this.#admission.announce?.(task.inputCid)
    }
    if (submit.detach === true) {
      await this.#submitAdmitted(task)
      await ctx.send({ event: taskEventToWire({ taskId: task.id, kind: 'accepted', state: 'queued', reason: 'durably accepted', attempt: 0, timestampMs: this.#clock.now(), workerPeerId: '', bids: 0 }) })
      return
    }
    await this.#stream(task.id, ctx, true, async () => { await this.#submitAdmitted(task) })
  }

  /** Hands an admitted task to the orchestrator; when it refuses (full again), the task's pin quota hold is released. */
  async #submitAdmitted (task: TaskRecord): Promise<void> {
    try {
      await this.#orchestrator.submit(task)
    } catch (err) {
      this.#admission.pinQuota?.release(task.clientAccount, task.id)
      throw err
    }
  }

  async #balance (account: string, ctx: RequestContext): Promise<void> {
    let balance: bigint
    try {
      balance = await this.#accounts.balance(account)
    } catch (err) {
      throw new ProtocolError(pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, `balance: ${(err as Error).message}`)
    }
    await ctx.send({ balance: accountBalanceToWire({ account, balance, decimals: this.#accounts.decimals }) })
  }

  async #transfer (transfer: ailee.v1.ITransfer, peer: string, ctx: RequestContext): Promise<void> {
    if (!this.#accepting) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, 'coordinator is shutting down and takes no transfers')
    let result: { account: string, balance: bigint }
    try {
      result = await this.#accounts.transfer(transfer)
    } catch (err) {
      if (err instanceof InvalidAmountError) throw new TransferRefusedError('bad-amount', err.message)
      throw err
    }
    this.#log.info({ from: result.account, to: transfer.to, by: peer }, 'transfer applied')
    await ctx.send({ balance: accountBalanceToWire({ account: result.account, balance: result.balance, decimals: this.#accounts.decimals }) })
  }

  async #cancel (cancel: ailee.v1.ICancelTask, peer: string, ctx: RequestContext): Promise<void> {
    const task = await this.#task(cancel.taskId)
    const refusal = await this.#orchestrator.cancel(task.id, peer, cancel.reason ?? '')
    if (refusal != null) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `cannot cancel task ${task.id}: ${refusal.reason}`)
    this.#log.info({ task: task.id, by: peer }, 'task cancelled')
    await ctx.send({ status: statusToWire(await this.#task(task.id)) })
  }

  /**
   * Answers the proof of the task's accepted receipt, or an error saying why
   * there is none: NOT_FOUND (unknown task), REJECTED (not ended, ended without
   * an accepted receipt, or not sealed into a block yet).
   */
  async #proof (taskId: string | null | undefined, ctx: RequestContext): Promise<void> {
    const task = await this.#task(taskId)
    const state = visibleState(task.state)
    if (!isTerminalState(state)) {
      throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `task ${task.id} has not ended (it is ${state}): no receipt is accepted yet; try again once it has ended and the next block is sealed`)
    }
    const accepted = task.outcome?.receipt ?? ''
    if (accepted === '') {
      throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `task ${task.id} ended ${state} without an accepted receipt: there is nothing to prove`)
    }
    if (this.#prove == null) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, 'this coordinator serves no receipt proofs')
    const proof = await this.#prove(task.id, pb.SignedReceipt.decode(fromBase64(accepted)))
    if (proof == null) {
      throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `the receipt of task ${task.id} is not sealed into a block yet; try again after the next block`)
    }
    await ctx.send({ proof })
  }

  /** Status of a task; anyone but its client gets it without args, env, stdin, stdout and stderr. */
  async #status (taskId: string | null | undefined, peer: string, ctx: RequestContext): Promise<void> {
    const task = await this.#task(taskId)
    const status = statusToWire(task)
    await ctx.send({ status: isTaskOwner(task, peer) ? status : redactStatus(status) })
  }

  async #follow (taskId: string, peer: string, ctx: RequestContext): Promise<void> {
    const task = await this.#task(taskId)
    const owner = isTaskOwner(task, peer)
    if (isTerminalState(visibleState(task.state))) return await ctx.send({ event: taskEventToWire(privateTo(doneEvent(task, this.#clock.now()), owner)) })
    await this.#stream(taskId, ctx, owner, async () => {
      const now = await this.#orchestrator.get(taskId)
      if (now == null || isTerminalState(visibleState(now.state))) return
      const state = visibleState(now.state)
      const kind = state === 'running' || state === 'offered' || state === 'assigned' ? state : 'queued'
      await ctx.send({ event: taskEventToWire({ taskId, kind, state, reason: now.reason, attempt: now.attempts, workerPeerId: now.leases[0]?.worker ?? '', timestampMs: this.#clock.now(), bids: 0 }) })
    })
  }

  /**
   * Streams a task's events to the peer, in order, until the `done` event was
   * sent or the peer went away. `begin` runs after the subscription exists, so
   * no event is missed.
   */
  async #stream (taskId: string, ctx: RequestContext, owner: boolean, begin: () => Promise<void>): Promise<void> {
    const ended = Promise.withResolvers<void>()
    let done = false
    let sending = Promise.resolve()
    const enqueue = (event: TaskEvent): void => {
      if (done) return
      if (event.kind === 'done') done = true
      sending = sending.then(async () => { await ctx.send({ event: taskEventToWire(privateTo(event, owner)) }) })
      sending.then(() => { if (event.kind === 'done') ended.resolve() }, () => { ended.resolve() })
    }
    const unsubscribe = this.#orchestrator.follow(taskId, enqueue)
    const onAbort = (): void => { ended.resolve() }
    ctx.signal.addEventListener('abort', onAbort, { once: true })
    try {
      await begin()
      const task = await this.#orchestrator.get(taskId)
      if (task != null && isTerminalState(visibleState(task.state))) enqueue(doneEvent(task, this.#clock.now()))
      await ended.promise
      await sending.catch(() => {})
    } finally {
      unsubscribe()
      ctx.signal.removeEventListener('abort', onAbort)
    }
  }
}

/** `event` as its receiver may see it: a `done` event's outcome is redacted for anyone but the task's client. */
function privateTo (event: TaskEvent, owner: boolean): TaskEvent {
  return owner || event.outcome == null ? event : { ...event, outcome: redactOutcome(event.outcome) }
}

/** The `done` event of a terminal task. */
function doneEvent (task: TaskRecord, nowMs: number): TaskEvent {
  return { taskId: task.id, kind: 'done', state: visibleState(task.state), reason: task.reason, attempt: task.attempts, timestampMs: nowMs, workerPeerId: task.outcome?.workerPeerId ?? '', bids: 0, outcome: outcomeToWire(task) }
}
