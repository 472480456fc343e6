/**
 * The coordinators a client knows (src/client/ailee-client.ts): the list given
 * to `connect`, which one is current, which coordinator took each task, and
 * the failover loop that tries a submission at the next coordinator when the
 * current one could not have admitted it.
 *
 * Failover is safe only when the submission never reached a coordinator's
 * admission ({@link canFailOver}): the stream could not be opened, or the
 * coordinator refused with `SHUTTING_DOWN` or `RATE_LIMITED`. Anything later
 * (the task accepted, a rejection) is the task's answer, not a reason to run it
 * twice elsewhere.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import { ClientAbortedError, CoordinatorError, CoordinatorUnreachableError, InvalidCoordinatorAddressError } from './errors.ts'
import { toClientError } from './follow.ts'

/** Most task ids whose coordinator a client remembers (the oldest is forgotten past it). */
export const MAX_REMEMBERED_TASKS = 4096

/**
 * Error codes after which a submission is safely tried at the next coordinator: the coordinator
 * answered before admitting anything (it is stopping, or full).
 */
const FAILOVER_CODES = new Set(['ERROR_CODE_SHUTTING_DOWN', 'ERROR_CODE_RATE_LIMITED'])

/**
 * True when a submission that failed with `err` never reached a coordinator's admission, so
 * trying the next coordinator cannot run the task twice: the stream could not be opened (dial
 * failure, protocol not spoken), or the coordinator refused with SHUTTING_DOWN or RATE_LIMITED.
 */
export function canFailOver (err: unknown): boolean {
  const e = toClientError(err)
  if (e instanceof CoordinatorUnreachableError) return true
  return e instanceof CoordinatorError && FAILOVER_CODES.has(e.code)
}

/** Thrown by an attempt inside {@link CoordinatorSet.failover}: try the next coordinator (carries the error). */
export class FailOver extends Error {
  constructor (cause: unknown) {
    super('try the next coordinator', { cause })
  }
}

/** The peer id of a coordinator address (its last `/p2p/` part), or '' when it has none. */
export function peerIdOf (addr: Multiaddr): string {
  return addr.getComponents().findLast(c => c.name === 'p2p')?.value ?? ''
}

/**
 * Parses a coordinator address: a multiaddr whose last `/p2p/` part is a valid peer id.
 *
 * @throws {InvalidCoordinatorAddressError}
 */
export function parseCoordinatorAddress (text: string): Multiaddr {
  let addr: Multiaddr
  try {
    addr = multiaddr(text)
  } catch (err) {
    throw new InvalidCoordinatorAddressError(`invalid coordinator address ${JSON.stringify(text)}: ${(err as Error).message}`, { cause: err })
  }
  const id = addr.getComponents().findLast(c => c.name === 'p2p')?.value
  if (id == null) throw new InvalidCoordinatorAddressError(`coordinator address ${text} has no /p2p/<peer id> part (node.json lists full addresses)`)
  try {
    peerIdFromString(id)
  } catch (err) {
    throw new InvalidCoordinatorAddressError(`coordinator address ${text} has an invalid peer id: ${(err as Error).message}`, { cause: err })
  }
  return addr
}

/** See the module comment. */
export class CoordinatorSet {
  /** The coordinators given to `connect`, in order. */
  readonly addresses: readonly Multiaddr[]
  /** Index into `addresses` of the current one (the last that could be reached). */
  #current = 0
  /** Task id -> the coordinator that took it (insertion order: oldest first). */
  readonly #homes = new Map<string, Multiaddr>()

  /** @param addresses at least one, as {@link parseCoordinatorAddress} returns them */
  constructor (addresses: Multiaddr[]) {
    if (addresses.length === 0) throw new InvalidCoordinatorAddressError('no coordinator address given')
    this.addresses = addresses
  }

  /** The current coordinator: where new submissions go first. */
  get current (): Multiaddr {
    return this.addresses[this.#current]
  }

  /** Makes `addresses[index]` the current coordinator. */
  setCurrent (index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.addresses.length) throw new RangeError(`no coordinator at index ${index}`)
    this.#current = index
  }

  /** The coordinator remembered as having taken `taskId`, if any. */
  homeKnown (taskId: string): Multiaddr | undefined {
    return this.#homes.get(taskId)
  }

  /** Remembers which coordinator took `taskId` (bounded by {@link MAX_REMEMBERED_TASKS}: the oldest is forgotten). */
  remember (taskId: string, target: Multiaddr): void {
    this.#homes.delete(taskId)
    this.#homes.set(taskId, target)
    if (this.#homes.size > MAX_REMEMBERED_TASKS) this.#homes.delete(this.#homes.keys().next().value!)
  }

  /**
   * Runs `attempt` at the current coordinator, then, while it throws {@link FailOver}, at each
   * following one in the list (wrapping around once); the coordinator that served becomes the
   * current one. `last` tells the attempt that no coordinator is left to fail over to.
   *
   * @throws whatever `attempt` throws other than `FailOver`
   * @throws {CoordinatorUnreachableError} when every attempt failed over
   */
  async failover<T> (attempt: (target: Multiaddr, last: boolean) => Promise<T>): Promise<T> {
    const n = this.addresses.length
    for (let i = 0; i < n; i++) {
      const index = (this.#current + i) % n
      try {
        const result = await attempt(this.addresses[index], i === n - 1)
        this.#current = index
        return result
      } catch (err) {
        if (!(err instanceof FailOver)) throw err
      }
    }
    throw new CoordinatorUnreachableError('no coordinator took the task')
  }

  /**
   * The coordinator that holds `taskId`: remembered, the only one, or the first in the list
   * (current first) for which `knows` resolves (one that throws is skipped; `ClientAbortedError`
   * is passed on). Falls back to the current coordinator when none knows it, which then answers
   * NOT_FOUND.
   */
  async homeOf (taskId: string, knows: (target: Multiaddr) => Promise<unknown>): Promise<Multiaddr> {
    const known = this.#homes.get(taskId)
    if (known != null) return known
    const current = this.current
    if (this.addresses.length === 1) return current
    for (const target of [current, ...this.addresses.filter(c => c !== current)]) {
      try {
        await knows(target)
        this.remember(taskId, target)
        return target
      } catch (err) {
        if (err instanceof ClientAbortedError) throw err
      }
    }
    return current
  }
}
