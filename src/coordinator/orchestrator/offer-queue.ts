/**
 * The queue of tasks waiting for an offer round (../task-orchestrator.ts): queued tasks oldest
 * first, and the pump that opens rounds while capable workers have room and tells the rest why
 * they wait.
 */
import type { Clock } from '../clock.ts'
import { eligibleWorkers, freeSlots, queueReason } from '../selection.ts'
import type { TaskRecord, TaskStateName } from '../task-record.ts'
import { isTerminalState } from '../../protocol/task-states.ts'
import { BidderSampler } from '../bidder-sample.ts'
import type { WorkerRegistry, WorkerView } from '../worker-registry.ts'
import type { OrchestratorCore } from './types.ts'

/** Queued and offered tasks, and the pump that offers them (see the module comment). */
export class OfferQueue {
  readonly #core: OrchestratorCore
  readonly #open: Map<string, TaskRecord>
  readonly #clock: Clock
  private readonly registry: WorkerRegistry
  readonly #dispatch: OrchestratorCore['dispatch']
  /** queued tasks (offered oldest first, see #pump) */
  readonly #queued = new Set<string>()
  /**
   * ids of queued tasks, oldest first by (createdAtMs, id), which never change; may hold ids that left
   * the queue (dropped when #pump passes them, or by a compaction), never one twice
   */
  #order: Array<{ id: string, createdAtMs: number }> = []
  /** ids in {@link #order} */
  readonly #inOrder = new Set<string>()
  /** tasks that entered the queue since the last pump and were not given a queue reason yet */
  readonly #unreasoned = new Set<string>()
  /** the workers as #pump last saw them (who is alive, what they accept; not their free slots), see {@link workersSignature} */
  #workersSeen = ''
  /** tasks offered, or about to be */
  readonly #offering = new Set<string>()
  #pumpScheduled = false
  /** each round's bidder sample, and the workers already asked per open task (coordinator.offerSampleSize) */
  readonly #sampler: BidderSampler

  /** @param core the orchestrator's shared state and steps */
  constructor (core: OrchestratorCore) {
    this.#core = core
    this.#open = core.open
    this.#clock = core.clock
    this.registry = core.registry
    this.#dispatch = core.dispatch
    this.#sampler = new BidderSampler({ size: core.config.coordinator.offerSampleSize, maxBids: core.config.limits.maxBidsPerTask })
  }

  /** Queued tasks now. */
  get queuedCount (): number {
    return this.#queued.size
  }

  /** Tasks offered, or about to be, now. */
  get offeringCount (): number {
    return this.#offering.size
  }

  /** Keeps the queued and offering sets in step with a task's state after a step. */
  track (after: TaskRecord): void {
    if (after.state === 'queued') {
      if (!this.#queued.has(after.id)) {
        this.#queued.add(after.id)
        this.#unreasoned.add(after.id)
        this.#enqueueOrder(after)
      }
    } else {
      this.#queued.delete(after.id)
      this.#unreasoned.delete(after.id)
    }
    if (after.state === 'offered') this.#offering.add(after.id)
    else this.#offering.delete(after.id)
    if (isTerminalState(after.state as TaskStateName)) this.#sampler.forget(after.id)
  }

  /** Pumps the queue on the next turn, once however often it is asked before then; nothing while stopped. */
  schedule (): void {
    if (this.#pumpScheduled || !this.#running) return
    this.#pumpScheduled = true
    setImmediate(() => {
      this.#pumpScheduled = false
      this.#pump()
    })
  }

  /**
   * Puts a task that entered the queue in {@link #order} by (createdAtMs, id): appended when newest (the
   * usual case), else inserted by binary search (a task back from a round keeps its place). An id
   * still there (it left the queue and came back before a pump dropped it) is already in place.
   * Drops ids that left the queue when they outnumber the queued ones.
   */
  #enqueueOrder (task: TaskRecord): void {
    if (this.#inOrder.has(task.id)) return
    if (this.#order.length > 2 * this.#queued.size + 64) {
      this.#order = this.#order.filter(e => this.#queued.has(e.id) || !this.#inOrder.delete(e.id))
    }
    const entry = { id: task.id, createdAtMs: task.createdAtMs }
    const before = (a: typeof entry, b: typeof entry): boolean => a.createdAtMs < b.createdAtMs || (a.createdAtMs === b.createdAtMs && a.id < b.id)
    const order = this.#order
    if (order.length === 0 || before(order[order.length - 1], entry)) order.push(entry)
    else {
      let lo = 0
      let hi = order.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (before(order[mid], entry)) lo = mid + 1
        else hi = mid
      }
      order.splice(lo, 0, entry)
    }
    this.#inOrder.add(task.id)
  }

  /**
   * Opens offer rounds for queued tasks, oldest first, while capable workers
   * have room (each round in flight will take a slot); tells the rest why they
   * wait.
   *
   * Work per pump is bounded by what can change (issue 9: it used to check and
   * sort every queued task on every event): the walk stops as soon as the
   * rounds in flight fill the free slots of every alive worker (none at all
   * when there is no room). Tasks the walk did not reach keep their reason,
   * except tasks new to the queue (given one here) and every queued task when
   * the set of workers or what they accept changed (then all are told again).
   */
  #pump (): void {
    if (!this.#running) return
    const now = this.#clock.now()
    const ctx = this.#context(now)
    let inFlight = this.#offering.size
    const workers = this.registry.list()
    let room = 0
    for (const v of workers) if (v.alive && !v.telemetry.draining) room += Math.max(0, freeSlots(v, ctx))
    const seen = workersSignature(workers)
    const tellAll = seen !== this.#workersSeen
    this.#workersSeen = seen
    const tell = (task: TaskRecord, eligible: WorkerView[]): void => {
      const reason = eligible.length === 0 ? queueReason(task, ctx) : `all ${eligible.length} capable workers are busy`
      if (reason !== task.reason) void this.#dispatch(task.id, { type: 'waiting', reason })
    }
    // oldest first: a task back from a round that found nobody keeps its place (see #enqueueOrder)
    const order = this.#order
    const kept: typeof order = []
    let i = 0
    for (; i < order.length && inFlight < room; i++) {
      const taskId = order[i].id
      if (!this.#queued.has(taskId)) {
        this.#inOrder.delete(taskId)
        continue
      }
      kept.push(order[i])
      const task = this.#open.get(taskId)
      if (task == null || task.state !== 'queued' || task.notBeforeMs > now) continue
      this.#unreasoned.delete(taskId)
      const eligible = eligibleWorkers(task, ctx)
      const taskRoom = eligible.reduce((sum, v) => sum + Math.max(0, freeSlots(v, ctx)), 0)
      if (eligible.length === 0 || inFlight >= taskRoom) {
        tell(task, eligible)
        continue
      }
      inFlight += 1
      this.#queued.delete(taskId)
      this.#offering.add(taskId)
      // more capable workers than coordinator.offerSampleSize: only a sample of them is invited (../bidder-sample.ts)
      const draw = this.#sampler.draw(taskId, eligible, ctx, task.excludedWorkers)
      void this.#dispatch(taskId, { type: 'roundOpened', eligible: draw.invited, sampled: draw.sampled })
    }
    // ids that left the queue were passed: drop them (nothing to copy when none were)
    if (kept.length < i) this.#order = i === order.length ? kept : kept.concat(order.slice(i))
    // the rest wait: the walk ended for want of room
    const rest = tellAll ? order.slice(i).map(e => e.id) : [...this.#unreasoned]
    this.#unreasoned.clear()
    for (const taskId of rest) {
      const task = this.#open.get(taskId)
      if (task == null || task.state !== 'queued' || !this.#queued.has(taskId) || task.notBeforeMs > now) continue
      tell(task, eligibleWorkers(task, ctx))
    }
  }

  get #running (): boolean {
    return this.#core.running()
  }

  #context (nowMs: number): ReturnType<OrchestratorCore['context']> {
    return this.#core.context(nowMs)
  }
}

/**
 * What the queue reasons depend on besides free slots: each worker's peer ID, whether it is alive or
 * draining, its memory and price (a string; equal strings = nothing changed).
 */
function workersSignature (workers: WorkerView[]): string {
  return workers.map(v => `${v.peerId}:${Number(v.alive)}${Number(v.telemetry.draining)}:${v.telemetry.maxMemoryPages}:${v.telemetry.price}`).join(',')
}
