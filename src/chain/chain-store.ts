/**
 * Persistent chains of blocks, one per producer (coordinator):
 *
 * - `blocks/{producerPeerId}/{height, 16 digits}` → encoded `pb.Block`
 * - `meta/head/{producerPeerId}` → `{ height, hash (hex), timestampMs }`
 * - `proofs/{taskId}/{producerPeerId}` → JSON list `[{ producer, height, index }, ...]`:
 *   every entry of that producer's chain holding a receipt of the task, in
 *   sealing order (one today; several paid replicas of a task may come), written
 *   in the same batch as the block. Keyed per producer too, so that a block of
 *   one producer can never keep another producer's block out. Versions before
 *   the list stored one bare `{ producer, height, index }`, still read as a
 *   list of one.
 *
 * `append` validates a block against its producer's head before storing it;
 * `validateChain` re-verifies everything stored (run on restart, before serving).
 */
import PQueue from 'p-queue'
import { equals } from 'uint8arrays/equals'
import { z } from 'zod'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { Bucket, Prefix, blockId, jsonCodec, protobufCodec } from '../storage/index.ts'
import type { StateDb, WriteBatch } from '../storage/index.ts'
import { blockHash, decodeBlockHeader, validateBlock, verifyHeaderSignature } from './block.ts'
import type { ChainLink, ValidatedBlock } from './block.ts'
import { BlockGapError, ChainCorruptError, InvalidBlockError, UnfollowedChainError, fieldOfBlockError } from './errors.ts'
import type { ChainCorruptOptions } from './errors.ts'
import { isCheckpointHeight, stageCheckpoint } from './checkpoint.ts'
import { BranchError, ForkError, ForkEvidenceStore, forkEvidence } from './fork-evidence.ts'
import { buildReceiptProof } from './inclusion.ts'
import type { ReceiptProof } from './inclusion.ts'

/** Key prefix (inside `meta/`) of chain heads. */
export const HEAD_PREFIX = `${Prefix.meta}head/`

/** The newest stored block of a producer. */
export interface ChainHead {
  producer: string
  height: number
  /** `blockHash` of its header, 32 bytes. */
  hash: Uint8Array
  /** The block's timestamp, Unix epoch ms. */
  timestampMs: number
}

/** Where a task's receipt is sealed: entry `index` of block `height` of `producer`. */
export interface ReceiptLocation {
  producer: string
  height: number
  index: number
}

/** Outcome of {@link ChainStore.append}: stored now, or already stored (identical block). */
export interface AppendResult {
  status: 'appended' | 'duplicate'
  header: ailee.v1.BlockHeader
  hash: Uint8Array
}

/** Options of a ChainStore. */
export interface ChainStoreOptions {
  /**
   * Most entries accepted in one block, from any producer (a bound on what a
   * peer can make us verify; producers seal at most `coordinator.maxReceiptsPerBlock`).
   * @default 10000
   */
  maxEntries?: number
  /**
   * How far in the future a block's timestamp may be, ms (clock skew between nodes).
   * @default 60000
   */
  maxFutureMs?: number
  /** The clock, Unix ms. @default Date.now */
  now?: () => number
  /**
   * Checkpoints of other producers' chains while running (src/chain/checkpoint.ts): a block of a
   * producer other than `own`, appended at a checkpoint height (every `interval` blocks, config
   * `chain.checkpointInterval`), stages that producer's checkpoint (height, block hash; no
   * balances) in the block's batch, so the next start validates only the blocks after it. The own
   * chain's checkpoints, which carry the ledger, are the block producer's. @default none
   */
  checkpoints?: { interval: number, own?: string }
}

/** Hooks of {@link ChainStore.append}. */
export interface AppendOptions {
  /**
   * Called (inside the serialised append) with the decoded header once the
   * cheap checks have passed (not a duplicate, no gap, no fork, timestamp in
   * range) and the producer's header signature verified, just before the
   * block's entries are verified. Throwing refuses the block: the error
   * propagates from `append` and nothing is written. Chain sync uses it to
   * charge a producer's verification budget only for blocks that would really
   * be verified, and only the real producer's (the header is signed).
   */
  admit?: (header: ailee.v1.BlockHeader, block: ailee.v1.IBlock) => void | Promise<void>
  /** Called once after each signature check of the block (see `ValidateBlockOptions.onSignatureChecked`). */
  onSignatureChecked?: () => void
  /**
   * The block is this node's own, built from entries whose signatures it
   * already checked (the block producer: receipts verified when their results
   * arrived) and signed just now: neither its header signature nor its
   * receipts' signatures are checked again (verify once). Every other check
   * (links, roots, timestamps, receipts naming this producer, sealed twice,
   * transfers) still runs. Never set it for a block that came from elsewhere.
   * @default false
   */
  own?: boolean
}

/** Bounds every stored block of a chain must meet (see {@link ChainStore.validateChain}). */
export interface StoredBlockLimits {
  /** Most entries in one block. */
  maxBlockEntries: number
  /** Largest encoded block as stored, bytes. */
  maxBlockBytes: number
}

/**
 * The rules another producer's stored chain must meet at start
 * (config `chain.*`, the same bounds as for received blocks).
 */
export interface ForeignChainRules extends StoredBlockLimits {
  /** Whether this node follows `producer`'s chain; a chain it does not follow is dropped unvalidated. @default every producer */
  follows?: (producer: string) => boolean
}

/** What {@link ChainStore.validateAll} does with chains that fail validation. */
export interface ValidateAllOptions {
  /**
   * This node's own producer id: its chain failing is fatal (the node must not
   * serve on bad state). Every other producer's failing chain is dropped: a
   * peer's data must never stop a node from starting. Without it, every
   * failure is fatal.
   */
  own?: string
  /** Called for each foreign chain dropped, with why. */
  onDropped?: (producer: string, error: ChainCorruptError | UnfollowedChainError) => void
  /**
   * Bounds of foreign chains (not applied to `own`): a foreign chain with a
   * block over them, or of a producer not followed, is dropped like a corrupt
   * one (needs `own`; without `own` every chain counts as own). @default none
   */
  foreign?: ForeignChainRules
}

const headSchema = z.object({
  height: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  timestampMs: z.number().int().nonnegative()
})
const locationSchema = z.object({
  producer: z.string().min(1),
  height: z.number().int().nonnegative(),
  index: z.number().int().nonnegative()
})
/** The receipt index value: a list of locations; a bare location (older versions) reads as a list of one. */
const locationsSchema = z.union([z.array(locationSchema).min(1), locationSchema.transform(at => [at])])

/** Blocks per producer, their heads and the receipt index, in the state database. */
export class ChainStore {
  readonly #blocks: Bucket<ailee.v1.Block>
  readonly #heads: Bucket<z.infer<typeof headSchema>>
  readonly #proofs: Bucket<ReceiptLocation[]>
  readonly #forks: ForkEvidenceStore
  readonly #db: StateDb
  readonly #maxEntries: number
  readonly #maxFutureMs: number
  readonly #now: () => number
  readonly #checkpoints: { interval: number, own?: string } | undefined
  readonly #appends = new PQueue({ concurrency: 1 })

  constructor (db: StateDb, options: ChainStoreOptions = {}) {
    this.#db = db
    this.#maxEntries = options.maxEntries ?? 10_000
    this.#maxFutureMs = options.maxFutureMs ?? 60_000
    this.#now = options.now ?? (() => Date.now())
    this.#checkpoints = options.checkpoints
    this.#blocks = new Bucket(db, Prefix.blocks, protobufCodec(pb.Block))
    this.#heads = new Bucket(db, HEAD_PREFIX, jsonCodec(headSchema))
    this.#proofs = new Bucket(db, Prefix.proofs, jsonCodec(locationsSchema))
    this.#forks = new ForkEvidenceStore(db)
  }

  /** Fork evidence stored by {@link append} (every producer's, or `producer`'s), by producer then height. */
  async forks (producer?: string): Promise<Awaited<ReturnType<ForkEvidenceStore['list']>>> {
    return await this.#forks.list(producer)
  }

  /**
   * Validates `block` against its producer's head (`validateBlock` with the head
   * as `prev`, plus: no task already sealed by the same producer) and stores it
   * with the new head and the receipt index entries. With `batch` the writes
   * are staged there (commit it before appending with another batch); without,
   * they are committed now. Appends are serialised.
   *
   * A block identical to a stored one returns `status: 'duplicate'` and writes nothing.
   *
   * @throws {BlockGapError} if the block is beyond head + 1 (fetch the missing blocks first)
   * @throws {ForkError} if a different block of the producer is stored at its height and this one's
   *   header signature verifies: the producer equivocated, not the sender; the evidence (both signed
   *   headers) is stored (committed at once, outside `batch`; fork-evidence.ts) and nothing else is written
   * @throws {BranchError} if the block is at head + 1, its `prev_hash` is not the head's hash and its header
   *   signature verifies: the producer signed another branch (fork-evidence.ts); nothing is written
   * @throws {InvalidBlockError} on any failed check (`bad-signature` for a block conflicting with a stored
   *   one, or not linking to the head, that its producer did not sign);
   *   `bad-timestamp` for a timestamp before its parent's or more than `maxFutureMs` ahead of the clock
   * @throws whatever `options.admit` throws (the block is then not verified further)
   */
  async append (block: ailee.v1.IBlock, batch?: WriteBatch, options: AppendOptions = {}): Promise<AppendResult> {
    return await this.#appends.add(async () => await this.#append(block, batch, options))
  }

  /** The head of `producer`'s chain, or `undefined` if none is stored (seen through `batch` if given). */
  async head (producer: string, batch?: WriteBatch): Promise<ChainHead | undefined> {
    const head = await this.#heads.get(producer, batch)
    return head == null ? undefined : toChainHead(producer, head)
  }

  /** Heads of every stored chain, in producer order. */
  async heads (): Promise<ChainHead[]> {
    const heads: ChainHead[] = []
    for await (const { id, value } of this.#heads.entries()) heads.push(toChainHead(id, value))
    return heads
  }

  /** Block `height` of `producer`, or `undefined` (seen through `batch` if given). */
  async get (producer: string, height: number, batch?: WriteBatch): Promise<ailee.v1.Block | undefined> {
    return await this.#blocks.get(blockId(producer, height), batch)
  }

  /** Stored blocks of `producer` with `from <= height <= to`, ascending. */
  async * blocks (producer: string, range: { from?: number, to?: number } = {}): AsyncGenerator<ailee.v1.Block> {
    yield * this.#blocks.values({
      prefix: `${producer}/`,
      gte: blockId(producer, range.from ?? 0),
      lte: range.to == null ? undefined : blockId(producer, range.to)
    })
  }

  /**
   * Up to `count` stored blocks of `producer` from height `from`, ascending,
   * as stored (encoded `pb.Block`, not decoded), stopping at the first
   * missing height; what a peer is served on `/ailee/sync/1.0.0`.
   * Committed data only.
   */
  async * encodedBlocks (producer: string, from: number, count: number): AsyncGenerator<{ height: number, bytes: Uint8Array }> {
    let height = from
    for await (const { key, value } of this.#db.iterate({ gte: this.#blocks.key(blockId(producer, from)), prefix: `${Prefix.blocks}${producer}/`, limit: count })) {
      if (!equals(key, this.#blocks.key(blockId(producer, height)))) return
      yield { height, bytes: value }
      height++
    }
  }

  /**
   * Where the (first) receipt of `taskId` is sealed, or `undefined`. With
   * `producer`, only in that producer's chain (and seen through `batch` if
   * given); without, in any stored chain (committed data; the first producer
   * in id order if several sealed the same task id).
   */
  async locate (taskId: string, producer?: string, batch?: WriteBatch): Promise<ReceiptLocation | undefined> {
    return (await this.locateAll(taskId, producer, batch))[0]
  }

  /**
   * Every entry holding a receipt of `taskId`, in sealing order: with
   * `producer`, in that producer's chain (seen through `batch` if given);
   * without, in the chain of the first producer (id order) that sealed it.
   * Empty when none. One index read (O(1)), no block scan.
   */
  async locateAll (taskId: string, producer?: string, batch?: WriteBatch): Promise<ReceiptLocation[]> {
    if (producer != null) return await this.#proofs.get(`${taskId}/${producer}`, batch) ?? []
    for await (const { id, value } of this.#proofs.entries({ prefix: `${taskId}/` })) {
      // peer ids hold no '/': a longer remainder belongs to another task id that starts with `${taskId}/`
      if (!id.slice(taskId.length + 1).includes('/')) return value
    }
    return []
  }

  /**
   * Inclusion proof of a receipt of `taskId` (encode it with
   * `encodeReceiptProof` and check it with `verifyProofBytes`, both of proof.ts),
   * or `undefined` if no stored block seals it. `producer` as in {@link locate}.
   *
   * @param receipt when given, the proof is for the entry whose signed receipt
   *   is exactly this one (same receipt bytes and signature; e.g. the task's
   *   accepted receipt when several replicas are sealed); `undefined` if no
   *   sealed entry holds it. Without, the first entry sealed.
   */
  async proveReceipt (taskId: string, producer?: string, receipt?: ailee.v1.ISignedReceipt): Promise<ReceiptProof | undefined> {
    for (const at of await this.locateAll(taskId, producer)) {
      const block = await this.get(at.producer, at.height)
      const entry = block?.entries[at.index]
      if (block == null || entry == null) continue
      if (receipt != null && !sameReceipt(entry.receipt, receipt)) continue
      return buildReceiptProof(block, at.index)
    }
    return undefined
  }

  /**
   * Re-verifies the stored chain of `producer` from block 0: every block
   * decodes, sits at the key of its height, validates (signature, receipts
   * root, each receipt) and links to its predecessor; the heights are
   * contiguous up to the head; the head names the last block; every receipt is
   * indexed at its place. Returns the head (undefined if nothing is stored).
   * O(blocks + receipts), with one signature check per block and per receipt
   * (yielding to the event loop every few checks). With `limits`, every stored
   * block must also have at most `maxBlockEntries` entries and `maxBlockBytes`
   * bytes, checked before its signatures. `onBlock` is called with each block
   * once it validated (in height order); what it throws (e.g. a state root
   * that does not replay) becomes the ChainCorruptError of that height, its
   * `field` kept.
   *
   * With `after` (a checkpoint: block `after.height`, whose stored hash the
   * caller checked is `after.hash`), only the blocks above it are validated,
   * the first one linked to it.
   *
   * @throws {ChainCorruptError} naming the first bad height and field and the last valid height (`cause`: the underlying error)
   */
  async validateChain (producer: string, limits?: StoredBlockLimits, onBlock?: (block: ailee.v1.Block, validated: ValidatedBlock) => void | Promise<void>, after?: ChainLink): Promise<ChainHead | undefined> {
    const head = await this.head(producer).catch((err: Error) => {
      throw new ChainCorruptError(producer, 0, `head record unreadable: ${err.message}`, { cause: err, field: 'head', lastValidHeight: after?.height ?? -1 })
    })
    let prev: ChainLink | undefined = after
    let expected = after == null ? 0 : after.height + 1
    const blocks = this.#db.iterate({ prefix: `${Prefix.blocks}${producer}/`, ...(after == null ? {} : { gt: this.#blocks.key(blockId(producer, after.height)) }) })
    for await (const { key, value } of blocks) {
      const height = expected
      const corrupt = (message: string, cause?: unknown, options: ChainCorruptOptions = {}): ChainCorruptError =>
        new ChainCorruptError(producer, height, message, { cause, lastValidHeight: height - 1, ...options })
      if (!equals(key, this.#blocks.key(blockId(producer, height)))) {
        throw corrupt(`expected the block at height ${height}, found key ${Buffer.from(key).toString()}`, undefined, { field: 'height' })
      }
      if (limits != null && value.length > limits.maxBlockBytes) {
        throw corrupt(`block is ${value.length} bytes, more than the ${limits.maxBlockBytes} allowed for another producer's block`, undefined, { field: 'bytes', overBounds: true })
      }
      let block: ailee.v1.Block
      try {
        block = pb.Block.decode(value)
      } catch (err: any) {
        throw corrupt(`block does not decode: ${err?.message ?? err}`, err, { field: 'block' })
      }
      if (limits != null && block.entries.length > limits.maxBlockEntries) {
        throw corrupt(`block has ${block.entries.length} entries, more than the ${limits.maxBlockEntries} allowed for another producer's block`, undefined, { field: 'entries', overBounds: true })
      }
      let validated
      try {
        validated = await validateBlock(block, { prev, maxEntries: Number.MAX_SAFE_INTEGER })
      } catch (err: any) {
        throw corrupt(err?.message ?? String(err), err, { field: fieldOfBlockError(err) })
      }
      if (validated.header.height !== height || validated.header.producerPeerId !== producer) {
        throw corrupt(`stored block is block ${validated.header.height} of ${validated.header.producerPeerId}`, undefined, { field: validated.header.height !== height ? 'height' : 'producer_peer_id' })
      }
      for (const [i, receipt] of validated.receipts.entries()) {
        const index = validated.receiptIndexes[i]
        const all = await this.locateAll(receipt.taskId, producer).catch(() => [])
        if (!all.some(at => at.producer === producer && at.height === height && at.index === index)) {
          throw corrupt(`receipt index of task ${receipt.taskId} does not point at entry ${index}`, undefined, { field: `proofs/${receipt.taskId}` })
        }
      }
      if (onBlock != null) {
        try {
          await onBlock(block, validated)
        } catch (err: any) {
          throw corrupt(err?.message ?? String(err), err, { field: err?.field ?? 'block' })
        }
      }
      prev = { height, hash: validated.hash }
      expected++
    }
    if (head == null && prev == null) return undefined
    if (head == null) throw new ChainCorruptError(producer, prev!.height, 'blocks are stored but no head', { field: 'head', lastValidHeight: prev!.height })
    if (prev == null || head.height !== prev.height || !equals(head.hash, prev.hash)) {
      throw new ChainCorruptError(producer, head.height, `head names block ${head.height}, the stored chain ends at ${prev?.height ?? 'nothing'}`, { field: 'head', lastValidHeight: prev?.height ?? -1 })
    }
    return head
  }

  /**
   * Deletes the blocks of `producer` above `height` (every one when `height`
   * is -1), their receipt index entries, and points the head at block
   * `height`, in one batch: what `bin/node chain repair` does with a chain
   * whose block `height + 1` is bad. Serialised with appends. Block `height`
   * must be stored and decode (it is, after it validated). Returns the
   * number of blocks deleted.
   *
   * @throws {RangeError} if `height` < -1 or block `height` is not stored or does not decode
   */
  async truncate (producer: string, height: number): Promise<number> {
    if (!Number.isSafeInteger(height) || height < -1) throw new RangeError(`height must be -1 or more, got ${height}`)
    return await this.#appends.add(async () => {
      const batch = this.#db.batch()
      let deleted = 0
      const above = height < 0 ? {} : { gt: this.#blocks.key(blockId(producer, height)) }
      for await (const { key } of this.#db.iterate({ ...above, prefix: `${Prefix.blocks}${producer}/`, values: false })) {
        batch.del(key)
        deleted++
      }
      if (height < 0) {
        await this.#heads.del(producer, batch)
      } else {
        const bytes = await this.#db.get(this.#blocks.key(blockId(producer, height)))
        if (bytes == null) throw new RangeError(`block ${height} of ${producer} is not stored`)
        const block = pb.Block.decode(bytes)
        const header = decodeBlockHeader(block)
        await this.#heads.put(producer, { height, hash: Buffer.from(blockHash(block.header)).toString('hex'), timestampMs: header.timestampMs }, batch)
      }
      // receipt index entries pointing above the new head go; the rest of each list stays
      for await (const { id, value } of this.#proofs.entries()) {
        if (!id.endsWith(`/${producer}`)) continue
        const kept = value.filter(at => at.producer !== producer || at.height <= height)
        if (kept.length === value.length) continue
        if (kept.length === 0) await this.#proofs.del(id, batch)
        else await this.#proofs.put(id, kept, batch)
      }
      await batch.commit()
      return deleted
    })
  }

  /**
   * {@link validateChain} for every producer with a head, and for `own`;
   * returns the valid heads. A foreign chain that fails, breaks the
   * `foreign` bounds or is not followed is dropped (see {@link ValidateAllOptions}).
   * A node starts with `verifyStoredState` (chain-verify.ts) instead, which
   * also replays the own ledger and refuses a corrupt followed chain (naming
   * `bin/node chain repair`) rather than dropping it whole.
   *
   * @throws {ChainCorruptError} when the own chain (or, without `own`, any chain) fails
   */
  async validateAll (options: ValidateAllOptions = {}): Promise<ChainHead[]> {
    // the own chain is checked even without a head: blocks left without one are corruption
    const producers = new Set<string>(options.own == null ? [] : [options.own])
    for await (const producer of this.#heads.ids()) producers.add(producer)
    const heads: ChainHead[] = []
    for (const producer of producers) {
      const foreign = options.own != null && producer !== options.own ? options.foreign : undefined
      try {
        if (foreign?.follows != null && !foreign.follows(producer)) {
          throw new UnfollowedChainError(producer)
        }
        const head = await this.validateChain(producer, foreign)
        if (head != null) heads.push(head)
      } catch (err) {
        if (!(err instanceof ChainCorruptError || err instanceof UnfollowedChainError) || options.own == null || producer === options.own) throw err
        await this.#drop(producer)
        options.onDropped?.(producer, err)
      }
    }
    return heads
  }

  /** Deletes every block, the head and every receipt index entry of `producer`, in one batch. */
  async #drop (producer: string): Promise<void> {
    await this.#appends.add(async () => {
      const batch = this.#db.batch()
      for await (const id of this.#blocks.ids({ prefix: `${producer}/` })) await this.#blocks.del(id, batch)
      await this.#heads.del(producer, batch)
      for await (const id of this.#proofs.ids()) {
        if (id.endsWith(`/${producer}`)) await this.#proofs.del(id, batch)
      }
      await batch.commit()
    })
  }

  async #append (block: ailee.v1.IBlock, batch: WriteBatch | undefined, options: AppendOptions): Promise<AppendResult> {
    const header = decodeBlockHeader(block)
    const producer = header.producerPeerId
    const hash = blockHash(block.header!)
    const head = await this.head(producer, batch)
    const expected = head == null ? 0 : head.height + 1
    if (header.height < expected) {
      const stored = await this.get(producer, header.height, batch)
      if (stored != null && equals(blockHash(stored.header), hash)) return { status: 'duplicate', header, hash }
      if (stored == null) throw new InvalidBlockError('fork', `another block ${header.height} of ${producer} is stored`)
      // equivocation if the producer signed this one too; otherwise whoever sent it forged it
      try {
        await verifyHeaderSignature(header, block.header!, block.signature)
      } finally {
        options.onSignatureChecked?.()
      }
      const evidence = forkEvidence(producer, header.height, stored, block, this.#now())
      throw new ForkError(evidence, await this.#forks.record(evidence))
    }
    if (header.height > expected) throw new BlockGapError(producer, expected, header.height)
    if (head != null && !equals(header.prevHash, head.hash)) {
      // another branch if its producer signed it (checked before the timestamps: the branch's may be older); else forged
      try {
        await verifyHeaderSignature(header, block.header!, block.signature)
      } finally {
        options.onSignatureChecked?.()
      }
      throw new BranchError(producer, header.height, head.hash, header.prevHash, hash)
    }

    const prev = head == null ? undefined : { height: head.height, hash: head.hash }
    // a timestamp is stored in the head record; one far ahead (2^60) once made every node unable to restart
    if (header.timestampMs > this.#now() + this.#maxFutureMs) {
      throw new InvalidBlockError('bad-timestamp', `timestamp ${header.timestampMs} is more than ${this.#maxFutureMs} ms ahead of this node's clock`)
    }
    if (head != null && header.timestampMs < head.timestampMs) {
      throw new InvalidBlockError('bad-timestamp', `timestamp ${header.timestampMs} is before its parent's (${head.timestampMs})`)
    }
    if (options.admit != null) {
      // the header's signature before the admission, so nobody spends another producer's budget
      try {
        await verifyHeaderSignature(header, block.header!, block.signature)
      } finally {
        options.onSignatureChecked?.()
      }
      await options.admit(header, block)
    }
    const validated = await validateBlock(block, {
      prev,
      maxEntries: this.#maxEntries,
      onSignatureChecked: options.onSignatureChecked,
      headerVerified: options.admit != null || options.own === true,
      receiptsVerified: options.own === true
    })
    for (const receipt of new Map(validated.receipts.map(r => [r.taskId, r])).values()) {
      const at = await this.locate(receipt.taskId, producer, batch)
      if (at != null) {
        throw new InvalidBlockError('duplicate-receipt', `task ${receipt.taskId} is already sealed in block ${at.height}`)
      }
    }

    const own = batch ?? this.#db.batch()
    own.put(this.#blocks.key(blockId(producer, header.height)), pb.Block.encode(block).finish())
    await this.#heads.put(producer, { height: header.height, hash: Buffer.from(hash).toString('hex'), timestampMs: header.timestampMs }, own)
    // the receipt index, in the block's batch: a list per task id (entries of this block appended in
    // order: the accepted receipt first, then agreeing replicas and evidence)
    const added = new Map<string, ReceiptLocation[]>()
    for (const [i, receipt] of validated.receipts.entries()) {
      const index = validated.receiptIndexes[i]
      let list = added.get(receipt.taskId)
      if (list == null) added.set(receipt.taskId, list = await this.locateAll(receipt.taskId, producer, batch))
      list.push({ producer, height: header.height, index })
    }
    for (const [taskId, list] of added) await this.#proofs.put(`${taskId}/${producer}`, list, own)
    const cp = this.#checkpoints
    if (cp != null && options.own !== true && producer !== cp.own && isCheckpointHeight(header.height, cp.interval)) {
      stageCheckpoint({ producer, height: header.height, blockHash: hash }, own)
    }
    if (batch == null) await own.commit()
    return { status: 'appended', header, hash }
  }
}

/** Whether two signed receipts are the same bytes (receipt and signature). */
function sameReceipt (a: ailee.v1.ISignedReceipt | null | undefined, b: ailee.v1.ISignedReceipt): boolean {
  return a?.receipt != null && a.signature != null && b.receipt != null && b.signature != null &&
    equals(a.receipt, b.receipt) && equals(a.signature, b.signature)
}

function toChainHead (producer: string, head: z.infer<typeof headSchema>): ChainHead {
  return { producer, height: head.height, hash: Uint8Array.from(Buffer.from(head.hash, 'hex')), timestampMs: head.timestampMs }
}
