/**
 * Checking the stored chains and the ledger against each other, and repairing
 * them (docs/maintenance.md, "Verify and repair the chain"): what a node runs
 * before it starts and what `bin/node chain verify|repair --data-dir D` run on
 * a stopped node.
 *
 * Verify: every stored chain is validated from block 0 (`ChainStore.validateChain`:
 * decoding, signatures, links, receipts roots, receipt index, head). For the
 * node's own chain, when the ledger rules are stored (a coordinator), the
 * ledger is replayed from genesis through every block (ledger-replay.ts) and
 * each block's `state_root` must equal the replayed state root; then the
 * entries still pending are applied and every stored balance (`ledger/...`)
 * must equal the replayed one. The first problem of each chain is reported
 * with the producer, the height and the first bad field.
 *
 * Repair: a chain whose block h is bad is truncated to block h - 1 (the
 * blocks after it are re-fetched from peers by range sync on the next start;
 * for the own chain the entries of the dropped blocks that still decode go
 * back to the pending settlements and are sealed again); then, if the ledger
 * does not equal the replay of the kept chain and the pending entries, it is
 * rewritten from the replay (the chain is the signed record).
 */
import { equals } from 'uint8arrays/equals'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { Prefix, blockId, padNumber } from '../storage/index.ts'
import type { StateDb } from '../storage/index.ts'
import type { ChainHead, ChainStore, ForeignChainRules } from './chain-store.ts'
import { ChainCorruptError, UnfollowedChainError } from './errors.ts'
import { decodeBlockHeader, receiptsRoot } from './block.ts'
import { HEAD_PREFIX } from './chain-store.ts'
import { Ledger } from './ledger.ts'
import { LedgerReplayError, ReplayedLedger, readLedgerRules } from './ledger-replay.ts'
import { SettlementLog } from './settlement-log.ts'
import { isCheckpointHeight, readCheckpoint, stageCheckpoint, type Checkpoint } from './checkpoint.ts'

/** What {@link verifyStoredState} checks. */
export interface VerifyStateOptions {
  /** This node's peer id: its chain is checked against its ledger. */
  own?: string
  /**
   * Bounds and follow rule of other producers' chains (config `chain.*`).
   * A chain over the bounds or not followed is reported `dropped`, not
   * invalid (its data is intact; this node just does not keep it). @default none: every chain is checked as stored
   */
  foreign?: ForeignChainRules
  /**
   * Use and write checkpoints (src/chain/checkpoint.ts): a chain is validated and the own ledger
   * replayed only from its checkpoint (one that holds together), and a new checkpoint is written at
   * the last multiple of `interval` blocks once the chain verified. What a node does at start;
   * `bin/node chain verify|repair` validate from block 0. @default none: from block 0, nothing written
   */
  checkpoints?: {
    /** Blocks between checkpoints (config `chain.checkpointInterval`); 0 writes none. */
    interval: number
    /** Called when a stored checkpoint is not used (and the chain validated from block 0), with why. */
    onIgnored?: (producer: string, reason: string) => void
  }
}

/** The verdict on one producer's stored chain. */
export interface ChainReport {
  producer: string
  /** True for the node's own chain. */
  own: boolean
  /** Height of the stored head (from the head record), or -1 when none or unreadable. */
  height: number
  /** Hash of the head block, hex; '' when none. */
  headHash: string
  /** Every stored block validates and the head names the last one. */
  chainValid: boolean
  /**
   * Each block's state root and the stored ledger equal the replay; null when
   * not checked (another producer's chain: its ledger is not on this node; or no ledger rules stored).
   */
  stateValid: boolean | null
  /** The first problem found, if any. */
  error?: { height: number, field: string, message: string }
  /** Last block that validated (what a repair truncates to); -1 for none. */
  lastValidHeight: number
  /** Dropped at start instead of repaired: over the bounds of `foreign`, or not followed. */
  dropped?: string
  /** The height of the checkpoint validation started after (with `checkpoints`); undefined: from block 0. */
  fromCheckpoint?: number
}

/** Outcome of {@link verifyStoredState}. */
export interface StateReport {
  /** One report per stored chain (and the own producer), in producer id order. */
  chains: ChainReport[]
  /** No chain is invalid (dropped chains do not count). */
  valid: boolean
  /** The first error, in producer order. */
  errors: ChainCorruptError[]
  /** The own ledger replayed to the own head (no pending entries), when its state was checked and valid. */
  ownState?: ReplayedLedger
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/**
 * Verifies every stored chain and, for the own chain, the ledger (see the
 * module comment). Reads committed data only; call it on a stopped node or
 * before the node's writers start. O(blocks + entries), one signature check
 * per block, receipt and transfer.
 */
export async function verifyStoredState (db: StateDb, chain: ChainStore, options: VerifyStateOptions = {}): Promise<StateReport> {
  const producers = new Set<string>(options.own == null ? [] : [options.own])
  for await (const { key } of db.iterate({ prefix: HEAD_PREFIX, values: false })) producers.add(Buffer.from(key).toString().slice(HEAD_PREFIX.length))
  const rules = await readLedgerRules(db)
  const chains: ChainReport[] = []
  const errors: ChainCorruptError[] = []
  let ownState: ReplayedLedger | undefined
  for (const producer of [...producers].sort()) {
    const own = producer === options.own
    const report: ChainReport = { producer, own, height: -1, headHash: '', chainValid: false, stateValid: null, lastValidHeight: -1 }
    chains.push(report)
    const head = await chain.head(producer).catch(() => undefined)
    if (head != null) Object.assign(report, { height: head.height, headHash: hex(head.hash) })
    const foreign = own ? undefined : options.foreign
    if (foreign?.follows != null && !foreign.follows(producer)) {
      report.dropped = new UnfollowedChainError(producer).message
      continue
    }
    const replays = own && rules != null
    const checkpoints = options.checkpoints
    const cp = checkpoints == null ? undefined : await readCheckpoint(db, producer, replays, reason => { checkpoints.onIgnored?.(producer, reason) })
    if (cp != null) report.fromCheckpoint = cp.height
    const state = rules == null || !replays ? undefined : cp?.balances != null ? ReplayedLedger.fromBalances(cp.balances, rules) : ReplayedLedger.fromGenesis(rules)
    let latest: Checkpoint | undefined
    try {
      const valid = await chain.validateChain(producer, foreign, (block, validated) => {
        if (state != null) {
          state.applyBlock(block)
          const root = state.stateRoot()
          if (!equals(root, validated.header.stateRoot)) {
            throw new LedgerReplayError('state_root', `the block says ${hex(validated.header.stateRoot)}, the ledger replayed from genesis through this block gives ${hex(root)}`)
          }
        }
        if (checkpoints != null && isCheckpointHeight(validated.header.height, checkpoints.interval)) {
          latest = { producer, height: validated.header.height, blockHash: validated.hash, balances: state == null ? undefined : new Map(state.balances) }
        }
      }, cp == null ? undefined : { height: cp.height, hash: cp.blockHash })
      report.chainValid = true
      report.lastValidHeight = valid?.height ?? -1
      if (state != null) {
        await checkLedger(db, producer, state.clone(), valid)
        report.stateValid = true
        ownState = state
      }
      if (latest != null) {
        const batch = db.batch()
        stageCheckpoint(latest, batch)
        await batch.commit()
      }
    } catch (err) {
      if (!(err instanceof ChainCorruptError)) throw err
      if (err.overBounds) {
        report.dropped = err.message
        continue
      }
      report.chainValid = err.field.startsWith('ledger/') || err.field.startsWith('meta/pending')
      if (state != null) report.stateValid = false
      report.lastValidHeight = err.lastValidHeight
      report.error = { height: err.height, field: err.field, message: err.message }
      errors.push(err)
    }
  }
  return { chains, valid: errors.length === 0, errors, ownState }
}

/**
 * Applies the pending settlements to `state` (the replay through `head`) and
 * compares every account with the stored ledger.
 *
 * @throws {ChainCorruptError} field `meta/pending/...` when a pending entry does not apply,
 *   `ledger/{account}` for the first account (in account order) whose balance differs
 */
async function checkLedger (db: StateDb, producer: string, state: ReplayedLedger, head: ChainHead | undefined): Promise<void> {
  const height = head?.height ?? -1
  const withPending = await applyPending(db, producer, state, height)
  const stored = new Map<string, bigint>()
  for await (const { account, balance } of new Ledger(db).accounts()) stored.set(account, balance)
  const accounts = [...new Set([...stored.keys(), ...withPending.balances.keys()])].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  for (const account of accounts) {
    const have = stored.get(account)
    const want = withPending.balances.get(account)
    if (have !== want) {
      throw new ChainCorruptError(producer, height, `the stored balance of ${account} is ${have ?? 'missing'}, the chain and the pending settlements give ${want ?? 'no account'}`, { field: `ledger/${account}`, lastValidHeight: height })
    }
  }
}

/** `state` with every pending settlement applied, in order. @throws {ChainCorruptError} field `meta/pending/{id}` */
async function applyPending (db: StateDb, producer: string, state: ReplayedLedger, height: number): Promise<ReplayedLedger> {
  const pending = await new SettlementLog(db).pending()
  for (const [i, p] of pending.entries()) {
    try {
      state.applyEntry(p.entry, i)
    } catch (err: any) {
      throw new ChainCorruptError(producer, height, `pending settlement ${p.id} does not apply to the replayed ledger: ${err?.message ?? err}`, { field: `meta/pending/${p.id}`, lastValidHeight: height })
    }
  }
  return state
}

/** What {@link repairStoredState} did. */
export interface RepairResult {
  /** Chains truncated: producer, the height kept (-1: none), blocks deleted, entries of the own chain put back to pending. */
  truncated: Array<{ producer: string, keptHeight: number, deleted: number, requeued: number }>
  /** Accounts whose stored balance was rewritten from the replay. */
  ledgerAccountsRewritten: string[]
  /** The report after the repair. */
  after: StateReport
}

/**
 * Repairs what {@link verifyStoredState} found (see the module comment), then
 * verifies again. Run on a stopped node only (it writes the chain and the
 * ledger directly). Chains that were only `dropped` are left alone.
 *
 * @throws whatever the storage throws; nothing is half-written per step (each truncation and the ledger rewrite are one batch each)
 */
export async function repairStoredState (db: StateDb, chain: ChainStore, options: VerifyStateOptions = {}): Promise<RepairResult> {
  const before = await verifyStoredState(db, chain, options)
  const truncated: RepairResult['truncated'] = []
  for (const report of before.chains) {
    if (report.error == null || report.chainValid) continue
    const keep = report.lastValidHeight
    let requeued = 0
    if (report.own) requeued = await requeueEntries(db, report.producer, keep)
    const deleted = await chain.truncate(report.producer, keep)
    truncated.push({ producer: report.producer, keptHeight: keep, deleted, requeued })
  }
  const ledgerAccountsRewritten: string[] = []
  const rules = await readLedgerRules(db)
  if (options.own != null && rules != null) {
    const state = ReplayedLedger.fromGenesis(rules)
    for await (const block of chain.blocks(options.own)) state.applyBlock(block)
    const head = await chain.head(options.own)
    const want = await applyPending(db, options.own, state, head?.height ?? -1)
    const ledger = new Ledger(db)
    const stored = new Map<string, bigint>()
    for await (const { account, balance } of ledger.accounts()) stored.set(account, balance)
    for (const account of new Set([...stored.keys(), ...want.balances.keys()])) {
      if (stored.get(account) !== want.balances.get(account)) ledgerAccountsRewritten.push(account)
    }
    if (ledgerAccountsRewritten.length > 0) {
      const batch = db.batch()
      await ledger.restore(want.balances, batch)
      await batch.commit()
    }
  }
  return { truncated, ledgerAccountsRewritten: ledgerAccountsRewritten.sort(), after: await verifyStoredState(db, chain, options) }
}

/** Key prefix of the pending block entries (settlement-log.ts owns it; a repair writes there on a stopped node only). */
const PENDING_PREFIX = `${Prefix.meta}pending/`

/**
 * Puts the entries of the own blocks above `keep` that still decode and match
 * their block's receipts root back into
 * the pending settlements, ahead of those pending now (key times 0, 1, ...,
 * below any real time), so the block producer seals them again. Returns how many.
 */
async function requeueEntries (db: StateDb, producer: string, keep: number): Promise<number> {
  const batch = db.batch()
  let n = 0
  for await (const { value } of db.iterate({ prefix: `${Prefix.blocks}${producer}/`, gte: `${Prefix.blocks}${blockId(producer, keep + 1)}` })) {
    let block: ailee.v1.Block
    try {
      block = pb.Block.decode(value)
    } catch {
      continue
    }
    let height: number
    try {
      const header = decodeBlockHeader(block)
      // entries altered on disk are not put back: they must still match the receipts root their block was sealed with
      if (!equals(receiptsRoot(block.entries), header.receiptsRoot)) continue
      height = header.height
    } catch {
      continue
    }
    for (const [i, entry] of block.entries.entries()) {
      batch.put(`${PENDING_PREFIX}${padNumber(n)}/requeued/${height}/${i}`, Uint8Array.from(pb.BlockEntry.encode(entry).finish()))
      n++
    }
  }
  await batch.commit()
  return n
}
