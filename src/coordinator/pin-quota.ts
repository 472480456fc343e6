/**
 * The per-client quota of pinned bytes: {@link PinQuota} counts, per client
 * account, the bytes of module and input its open tasks hold pinned, each CID
 * once per account however many of its tasks name it (the coordinator stores
 * it once). Admission reserves a task's content before pinning it; the task's
 * hold is released when the task ends (or is rejected). A coordinator
 * restarting re-counts its open tasks with {@link PinQuota.restore}.
 */

import { CID } from 'multiformats/cid'

/**
 * The key a CID is counted under: its canonical text form (CIDv1, base32), so the same
 * content named as v0 and v1 counts once; a string that does not parse is its own key.
 */
export function cidKey (text: string): string {
  try {
    return CID.parse(text).toV1().toString()
  } catch {
    return text
  }
}

/**
 * The reason given for a submission past the quota: names the config key and the quota,
 * never the client's usage.
 *
 * @param maxBytes the quota, bytes
 */
export function pinQuotaReason (maxBytes: number): string {
  return `it would take this client past its quota of ${maxBytes} bytes of content pinned for open tasks (limits.maxPinnedBytesPerClient); wait for some of its tasks to end`
}

/** A submission would take its client past `limits.maxPinnedBytesPerClient`. */
export class PinQuotaExceededError extends Error {
  override name = 'PinQuotaExceededError'
}

/** Per-account pinned bytes of open tasks, bounded (see the file comment). */
export class PinQuota {
  readonly #maxBytes: number
  /** account -> CID -> its size and the open tasks naming it */
  readonly #held = new Map<string, Map<string, { bytes: number, tasks: Set<string> }>>()
  /** account -> bytes of its CIDs */
  readonly #used = new Map<string, number>()

  /** @param maxBytes most bytes one account may hold pinned (`limits.maxPinnedBytesPerClient`) */
  constructor (maxBytes: number) {
    this.#maxBytes = maxBytes
  }

  /** Most bytes one account may hold. */
  get maxBytes (): number {
    return this.#maxBytes
  }

  /** Bytes all accounts hold now, each account's CIDs counted once (a CID two accounts hold counts twice). */
  get totalBytes (): number {
    let total = 0
    for (const bytes of this.#used.values()) total += bytes
    return total
  }

  /** Bytes `account` holds now. */
  usedBy (account: string): number {
    return this.#used.get(account) ?? 0
  }

  /**
   * Bytes `account` may still add (0 when full). A CID it already holds adds nothing,
   * see {@link holds}.
   */
  remaining (account: string): number {
    return Math.max(0, this.#maxBytes - this.usedBy(account))
  }

  /** True when `account` already holds `cid` (for another open task). */
  holds (account: string, cid: string): boolean {
    return this.#held.get(account)?.has(cid) === true
  }

  /**
   * Records that open task `taskId` of `account` holds `cid` of `bytes` bytes.
   *
   * @throws {PinQuotaExceededError} when `cid` is new to the account and would take it past the
   *   quota (nothing is recorded); the message names the key and the quota, not the usage
   */
  reserve (account: string, taskId: string, cid: string, bytes: number): void {
    if (!this.holds(account, cid) && this.usedBy(account) + bytes > this.#maxBytes) {
      throw new PinQuotaExceededError(`content ${cid} refused: ${pinQuotaReason(this.#maxBytes)}`)
    }
    this.restore(account, taskId, cid, bytes)
  }

  /** {@link reserve} without the check: an open task reloaded at start holds its content whatever the quota is now. */
  restore (account: string, taskId: string, cid: string, bytes: number): void {
    let cids = this.#held.get(account)
    if (cids === undefined) this.#held.set(account, cids = new Map())
    const held = cids.get(cid)
    if (held !== undefined) {
      held.tasks.add(taskId)
      return
    }
    cids.set(cid, { bytes, tasks: new Set([taskId]) })
    this.#used.set(account, this.usedBy(account) + bytes)
  }

  /** True while task `taskId` (of any account) holds content: admitted or being admitted, not yet ended. */
  holdsTask (taskId: string): boolean {
    for (const cids of this.#held.values()) {
      for (const held of cids.values()) if (held.tasks.has(taskId)) return true
    }
    return false
  }

  /** Drops every hold of task `taskId` of `account` (it ended or was rejected); unknown tasks are ignored. */
  release (account: string, taskId: string): void {
    const cids = this.#held.get(account)
    if (cids === undefined) return
    for (const [cid, held] of cids) {
      if (!held.tasks.delete(taskId) || held.tasks.size > 0) continue
      cids.delete(cid)
      this.#used.set(account, this.usedBy(account) - held.bytes)
    }
    if (cids.size === 0) {
      this.#held.delete(account)
      this.#used.delete(account)
    }
  }
}
