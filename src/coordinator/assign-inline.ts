/**
 * Inline content in an Assign (issue 9: a trivial task's time went mostly to
 * bitswap fetches): a coordinator that holds a task's module and input in its
 * own blockstore (it pinned them at admission) sends them to the leased worker
 * inside the Assign, plaintext, when together they are at most
 * `limits.assignInlineBytes`; the worker then fetches nothing. Sending the
 * plaintext over the Noise-encrypted stream discloses nothing the Assign's
 * content key does not already open. The worker checks the bytes against the
 * spec's SHA-256s as it checks fetched content (src/worker/task-executor.ts).
 */
import type { ailee } from '../proto/index.ts'
import { isSealed, openContent, sealedSizeLimit } from '../content/envelope.ts'
import { LruMap } from '../runtime/module-cache.ts'

/** Reads content of this node's own blockstore (never from peers), at most `maxBytes` bytes; rejects when absent or larger. */
export type LocalContent = (cid: string, maxBytes: number) => Promise<Uint8Array>

/**
 * Plaintext of content admission already opened, by the CID it is stored under (sealed or not), or
 * undefined; see {@link PlaintextCache}. A hit spares the blockstore read and the decryption.
 */
export type CachedPlaintext = (cid: string) => Uint8Array | undefined

/**
 * Plaintext of admitted modules and inputs by stored CID, bounded in bytes and entries (least
 * recently used out; `limits.assignPlaintextCacheBytes`, 0 = off), so an inline Assign of a task
 * admitted moments ago reads nothing back (issue 9). A CID names exactly one plaintext: a sealed
 * envelope opens under one key only (AEAD), and admission opened it with the task's.
 */
export class PlaintextCache {
  readonly #lru: LruMap<Uint8Array>
  readonly #maxBytes: number

  /**
   * @param maxBytes most plaintext bytes kept (0 = keep nothing)
   * @param maxEntries most CIDs kept
   */
  constructor (maxBytes: number, maxEntries: number) {
    this.#maxBytes = maxBytes
    this.#lru = new LruMap(Math.max(1, maxEntries), maxBytes)
  }

  /** Keeps a copy of `plaintext` (so no larger buffer it is a view of stays alive) as stored under `cid`. */
  remember (cid: string, plaintext: Uint8Array): void {
    if (this.#maxBytes <= 0 || plaintext.byteLength > this.#maxBytes) return
    this.#lru.set(cid, plaintext.slice(), plaintext.byteLength)
  }

  /** The plaintext stored under `cid`, or undefined. */
  get (cid: string): Uint8Array | undefined {
    return this.#lru.get(cid)
  }
}

/**
 * `assign` with its module and input inline (`module`, `input`,
 * `content_inline`), when both are in the local blockstore, open with the
 * spec's content key and fit `limitBytes` together; else `assign` unchanged
 * (the worker fetches them by CID). Never throws.
 *
 * @param limitBytes `limits.assignInlineBytes`: plaintext module + input, bytes; 0 = never inline
 * @param cached plaintext kept since admission, tried before `local` (then nothing is read or opened)
 */
export async function withInlineContent (assign: ailee.v1.IAssign, limitBytes: number, local: LocalContent, cached?: CachedPlaintext): Promise<ailee.v1.IAssign> {
  const spec = assign.spec
  if (limitBytes <= 0 || spec?.moduleCid == null || spec.moduleCid === '') return assign
  try {
    const key = isSealed(spec.contentKey ?? undefined) ? spec.contentKey! : undefined
    const read = async (cid: string, max: number, what: 'module' | 'input'): Promise<Uint8Array> => {
      const hit = cached?.(cid)
      if (hit != null) {
        if (hit.byteLength > max) throw new RangeError(`${what} over the inline limit`)
        return hit
      }
      const stored = await local(cid, key == null ? max : sealedSizeLimit(max))
      return key == null ? stored : await openContent(key, stored, what)
    }
    const module = await read(spec.moduleCid, limitBytes, 'module')
    const input = spec.inputCid != null && spec.inputCid !== '' ? await read(spec.inputCid, limitBytes - module.byteLength, 'input') : new Uint8Array(0)
    return { ...assign, module, input, contentInline: true }
  } catch {
    // too large, not held here, or (never expected: admission opened it) not opening: the worker fetches by CID
    return assign
  }
}
