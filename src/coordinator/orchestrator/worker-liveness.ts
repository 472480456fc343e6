/**
 * Which workers are alive and which task leases each holds (../task-orchestrator.ts): the lease
 * index, kept in step with every task's leases, and the loss of a worker (its telemetry went
 * stale, its connection closed), which loses every lease it holds.
 */
import type { Logger } from 'pino'
import type { Telemetry } from '../../protocol/messages/telemetry.ts'
import type { Clock } from '../clock.ts'
import type { TaskRecord } from '../task-record.ts'
import type { WorkerRegistry } from '../worker-registry.ts'
import type { OrchestratorCore } from './types.ts'

/** How often worker telemetry is checked for staleness, ms. */
const SWEEP_INTERVAL_MS = 200

/** The lease index and the workers' liveness (see the module comment). */
export class WorkerLiveness {
  readonly #core: OrchestratorCore
  readonly #clock: Clock
  readonly #log: Logger
  private readonly registry: WorkerRegistry
  readonly #dispatch: OrchestratorCore['dispatch']
  readonly #schedulePump: OrchestratorCore['schedulePump']
  /** worker -> ids of tasks it holds a lease of */
  readonly #leases = new Map<string, Set<string>>()
  #stopSweep: (() => void) | undefined

  /** @param core the orchestrator's shared state and steps */
  constructor (core: OrchestratorCore) {
    this.#core = core
    this.#clock = core.clock
    this.#log = core.log
    this.registry = core.registry
    this.#dispatch = core.dispatch
    this.#schedulePump = core.schedulePump
  }

  /** Workers holding a lease now. */
  get workersWithLeases (): number {
    return this.#leases.size
  }

  /** Leases held on `peerId` now (every phase). */
  leasesOf (peerId: string): number {
    return this.#leases.get(peerId)?.size ?? 0
  }

  /** Keeps the lease index in step with a task's leases (`before`: undefined for a task reloaded at start). */
  index (before: TaskRecord | undefined, after: TaskRecord): void {
    for (const lease of before?.leases ?? []) {
      const set = this.#leases.get(lease.worker)
      set?.delete(after.id)
      if (set?.size === 0) this.#leases.delete(lease.worker)
    }
    for (const lease of after.leases) {
      let set = this.#leases.get(lease.worker)
      if (set == null) this.#leases.set(lease.worker, set = new Set())
      set.add(after.id)
    }
  }

  /** Telemetry arrived from `from` (already decoded and validated). */
  onTelemetry (from: string, telemetry: Telemetry): void {
    if (this.registry.observe(from, telemetry, this.#clock.now())) this.#log.info({ worker: from }, 'worker alive')
    this.#schedulePump()
  }

  /** A worker's connection closed: its leases are lost now rather than at lease expiry. */
  onWorkerDisconnected (peerId: string): void {
    if (this.registry.get(peerId) == null) return
    this.registry.markDead(peerId)
    this.#loseLeasesOf(peerId, 'disconnected')
  }

  /** Starts the staleness sweep (every SWEEP_INTERVAL_MS while the orchestrator runs). */
  start (): void {
    this.#sweep()
  }

  /** Stops the staleness sweep. */
  stop (): void {
    this.#stopSweep?.()
  }

  /** Marks workers with stale telemetry dead and takes their leases; re-arms itself. */
  #sweep (): void {
    if (!this.#running) return
    for (const dead of this.registry.sweep(this.#clock.now())) {
      this.#log.warn({ worker: dead }, 'worker telemetry stale: marked dead')
      this.#loseLeasesOf(dead, 'telemetry_stale')
    }
    this.#stopSweep = this.#clock.setTimer(this.#clock.now() + SWEEP_INTERVAL_MS, () => { this.#sweep() })
  }

  #loseLeasesOf (worker: string, reason: 'disconnected' | 'telemetry_stale'): void {
    for (const taskId of [...this.#leases.get(worker) ?? []]) void this.#dispatch(taskId, { type: 'leaseLost', worker, reason })
  }

  get #running (): boolean {
    return this.#core.running()
  }
}
