/**
 * Nonces of account-signed requests (submissions, transfers) already seen, so
 * that a signed request is applied at most once (docs/accounts.md).
 *
 * A coordinator accepts a request only while its `signed_at_ms` is within
 * ±`maxSkewMs` of its clock, so a nonce needs remembering only until
 * `signed_at_ms + maxSkewMs`: after that, the request is refused as stale
 * anyway. Each entry carries that expiry and is pruned after it, which bounds
 * the store by the requests accepted in one skew window.
 *
 * Keys (src/storage/keys.ts, docs/storage.md):
 *
 * - `nonces/id/{account}/{nonce hex}` → expiry, Unix ms (decimal text)
 * - `nonces/exp/{expiry, 16 digits}/{account}/{nonce hex}` → empty (the expiry index pruning walks)
 *
 * Submissions {@link claim} a nonce on their own (serialised here); transfers
 * {@link stage} theirs in the settlement log's batch, so the nonce and the
 * ledger change commit together.
 */
import PQueue from 'p-queue'
import { bytesToHex } from '@noble/hashes/utils.js'
import { Prefix, keyText, padNumber, safeIntegerCodec } from '../storage/index.ts'
import type { StateDb, WriteBatch } from '../storage/index.ts'

const ID_PREFIX = `${Prefix.nonces}id/`
const EXP_PREFIX = `${Prefix.nonces}exp/`
const EMPTY = new Uint8Array(0)

/** The seen-nonce store over a state database. */
export class NonceStore {
  readonly #db: StateDb
  readonly #queue = new PQueue({ concurrency: 1 })

  constructor (db: StateDb) {
    this.#db = db
  }

  /** True if `(account, nonce)` was recorded and has not been pruned (seen through `batch` if given). */
  async seen (account: string, nonce: Uint8Array, batch?: WriteBatch): Promise<boolean> {
    return (await this.#db.get(idKey(account, nonce), batch)) != null
  }

  /**
   * Stages the record of `(account, nonce)`, kept until `expiresAtMs`, in `batch`.
   *
   * @throws {RangeError} if `expiresAtMs` is not a non-negative safe integer
   */
  stage (account: string, nonce: Uint8Array, expiresAtMs: number, batch: WriteBatch): void {
    batch.put(idKey(account, nonce), safeIntegerCodec.encode(expiresAtMs))
    batch.put(`${EXP_PREFIX}${padNumber(expiresAtMs)}/${account}/${bytesToHex(nonce)}`, EMPTY)
  }

  /**
   * Records `(account, nonce)` unless already recorded, atomically with
   * respect to other claims; returns false for a nonce seen before. Prunes up
   * to 256 expired entries first (at `nowMs`).
   */
  async claim (account: string, nonce: Uint8Array, expiresAtMs: number, nowMs: number): Promise<boolean> {
    return await this.#queue.add(async () => {
      await this.#prune(nowMs, 256)
      if (await this.seen(account, nonce)) return false
      const batch = this.#db.batch()
      this.stage(account, nonce, expiresAtMs, batch)
      await batch.commit()
      return true
    })
  }

  /** Deletes up to `limit` entries whose expiry is before `nowMs`; returns how many. */
  async prune (nowMs: number, limit = Infinity): Promise<number> {
    return await this.#queue.add(async () => await this.#prune(nowMs, limit))
  }

  async #prune (nowMs: number, limit: number): Promise<number> {
    const batch = this.#db.batch()
    let n = 0
    for await (const { key } of this.#db.iterate({ prefix: EXP_PREFIX, lt: `${EXP_PREFIX}${padNumber(Math.max(0, Math.floor(nowMs)))}`, limit, values: false })) {
      const rest = keyText(key).slice(EXP_PREFIX.length)
      const [, account, nonceHex] = splitExp(rest)
      batch.del(key)
      batch.del(`${ID_PREFIX}${account}/${nonceHex}`)
      n++
    }
    if (n > 0) await batch.commit()
    return n
  }
}

function idKey (account: string, nonce: Uint8Array): string {
  return `${ID_PREFIX}${account}/${bytesToHex(nonce)}`
}

/** `{expiry}/{account}/{nonce hex}` → its parts (the account holds no '/': peer ids never do). */
function splitExp (rest: string): [string, string, string] {
  const first = rest.indexOf('/')
  const last = rest.lastIndexOf('/')
  return [rest.slice(0, first), rest.slice(first + 1, last), rest.slice(last + 1)]
}
