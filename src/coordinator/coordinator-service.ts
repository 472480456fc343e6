/**
 * The coordinator role's side of `/ailee/task/1.0.0`: submit (with live
 * progress), follow, status, peers from clients; bid, heartbeat and result from
 * workers. Everything a request may change goes through the Scheduler.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { ProtocolError } from '../protocol/errors.ts'
import type { RequestContext } from '../protocol/index.ts'
import { admitTask, type AdmissionDeps } from './admission.ts'
import type { Scheduler } from './scheduler.ts'
import { isTerminalState, taskStateToWire } from '../protocol/task-states.ts'
import { outcomeToWire, statusToWire, type TaskRecord } from './task-record.ts'
import type { TaskStore } from './task-store.ts'
import type { Logger } from 'pino'

export class CoordinatorService {
  readonly #scheduler: Scheduler
  readonly #store: TaskStore
  readonly #admission: AdmissionDeps
  readonly #log: Logger
  #accepting = true

  constructor (scheduler: Scheduler, store: TaskStore, admission: AdmissionDeps, log: Logger) {
    this.#scheduler = scheduler
    this.#store = store
    this.#admission = admission
    this.#log = log
  }

  /** Stops taking new submissions (graceful shutdown); everything else is still served. */
  stopAccepting (): void {
    this.#accepting = false
  }

  /**
   * Serves one request. Throws ProtocolError (sent to the peer as an Error
   * response) for requests this role does not serve or unknown tasks.
   */
  async handle (request: ailee.v1.Request, ctx: RequestContext): Promise<void> {
    const peer = ctx.peerId.toString()
    switch (request.body) {
      case 'submit': return await this.#submit(request.submit!, peer, ctx)
      case 'follow': return await this.#follow(request.follow!.taskId ?? '', ctx)
      case 'status': {
        const task = await this.#scheduler.get(request.status!.taskId ?? '')
        if (task == null) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, `unknown task ${request.status!.taskId ?? ''}`)
        return await ctx.send({ status: statusToWire(task) })
      }
      case 'peers': return await ctx.send({ peers: { workers: this.#scheduler.peers() } })
      case 'bid': return await ctx.send({ bidAck: await this.#scheduler.onBid(peer, request.bid!) })
      case 'heartbeat': return await ctx.send({ ack: await this.#scheduler.onHeartbeat(peer, request.heartbeat!) })
      case 'result': return await ctx.send({ ack: await this.#scheduler.onResult(peer, request.result!) })
      default: throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, `a coordinator does not serve "${request.body ?? 'empty'}" requests`)
    }
  }

  async #submit (submit: ailee.v1.ISubmitTask, peer: string, ctx: RequestContext): Promise<void> {
    if (!this.#accepting) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, 'coordinator is shutting down and takes no new tasks')
    const task = await admitTask(submit.spec, peer, this.#admission)
    if (task.state === 'rejected') {
      await this.#store.finishTask(task)
      this.#log.info({ task: task.id, reason: task.reason }, 'task rejected')
      await ctx.send({ event: doneEvent(task) })
      return
    }
    if (submit.detach === true) {
      await this.#scheduler.submit(task)
      await ctx.send({ event: { taskId: task.id, state: taskStateToWire(task.state), kind: 'accepted', reason: 'durably accepted', timestampMs: Date.now() } })
      return
    }
    await this.#stream(task.id, ctx, async () => { await this.#scheduler.submit(task) })
  }

  async #follow (taskId: string, ctx: RequestContext): Promise<void> {
    const task = await this.#scheduler.get(taskId)
    if (task == null) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, `unknown task ${taskId}`)
    if (isTerminalState(task.state)) return await ctx.send({ event: doneEvent(task) })
    await this.#stream(taskId, ctx, async () => {
      const now = await this.#scheduler.get(taskId)
      if (now == null || isTerminalState(now.state)) return
      await ctx.send({ event: { taskId, state: taskStateToWire(now.state), kind: now.state, reason: now.reason, attempt: now.attempts, workerPeerId: now.lease?.worker ?? '', timestampMs: Date.now() } })
    })
  }

  /**
   * Streams a task's events to the peer, in order, until the `done` event was
   * sent or the peer went away. `begin` runs after the subscription exists, so
   * no event is missed.
   */
  async #stream (taskId: string, ctx: RequestContext, begin: () => Promise<void>): Promise<void> {
    const ended = Promise.withResolvers<void>()
    let done = false
    let sending = Promise.resolve()
    const enqueue = (event: ailee.v1.ITaskEvent): void => {
      if (done) return
      if (event.kind === 'done') done = true
      sending = sending.then(async () => { await ctx.send({ event }) })
      sending.then(() => { if (event.kind === 'done') ended.resolve() }, () => { ended.resolve() })
    }
    const unsubscribe = this.#scheduler.follow(taskId, enqueue)
    const onAbort = (): void => { ended.resolve() }
    ctx.signal.addEventListener('abort', onAbort, { once: true })
    try {
      await begin()
      const task = await this.#scheduler.get(taskId)
      if (task != null && isTerminalState(task.state)) enqueue(doneEvent(task))
      await ended.promise
      await sending.catch(() => {})
    } finally {
      unsubscribe()
      ctx.signal.removeEventListener('abort', onAbort)
    }
  }
}

function doneEvent (task: TaskRecord): ailee.v1.ITaskEvent {
  return { taskId: task.id, state: taskStateToWire(task.state), kind: 'done', reason: task.reason, attempt: task.attempts, timestampMs: Date.now(), workerPeerId: task.outcome?.workerPeerId ?? '', outcome: outcomeToWire(task) }
}
