/**
 * Seals accepted receipts into blocks: every `intervalMs`, if settlements are
 * pending in the {@link SettlementLog}, builds the next block of this
 * coordinator's chain (height + 1, previous hash, receipts Merkle root, ledger
 * state root), signs it, and — through `SettlementLog.sealNext`, behind the
 * log's single writer — stores it and removes the sealed entries in one atomic
 * batch, then gossips it on the blocks topic.
 */
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { ailee } from '../proto/index.ts'
import { blockHash, buildBlock, ZERO_HASH } from '../chain/block.ts'
import { isCheckpointHeight, stageCheckpoint } from '../chain/checkpoint.ts'
import { ReplayedLedger } from '../chain/ledger-replay.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import type { SettlementLog } from '../chain/settlement-log.ts'
import type { PrivateKey } from '@libp2p/interface'
import type { Logger } from 'pino'

/** What a {@link BlockProducer} works with. */
export interface BlockProducerInit {
  /** The database's settlement log: source of pending entries and of the ledger state root. */
  settlements: SettlementLog
  /** Where this producer's chain is stored. */
  chain: ChainStore
  /** The producer's Ed25519 identity key; blocks are signed with it. */
  privateKey: PrivateKey
  /** ms between sealing attempts */
  intervalMs: number
  /** most entries in one block (positive integer) */
  maxEntries: number
  /** Gossips a sealed block; a rejection is logged, the block stays stored. */
  publish: (block: ailee.v1.IBlock) => Promise<void>
  log: Logger
  /** Clock for block timestamps, Unix epoch ms. @default Date.now */
  now?: () => number
  /**
   * The ledger replayed to this producer's stored head (what start-up
   * verification returns, `verifyStoredState`); each block's state root is
   * this state with the block's entries applied. @default replayed from the
   * stored chain and the settlement log's rules before the first seal
   */
  state?: ReplayedLedger
  /**
   * A checkpoint of the chain and the ledger after every this many blocks, written in the block's
   * batch (src/chain/checkpoint.ts; config `chain.checkpointInterval`); 0: none. @default 0
   */
  checkpointInterval?: number
}

/** Periodically seals pending settlements into signed blocks of this coordinator's chain. */
export class BlockProducer {
  readonly #init: BlockProducerInit
  readonly #producer: string
  readonly #now: () => number
  #timer: ReturnType<typeof setInterval> | undefined
  /** The seal started by the timer, if one is running. */
  #inFlight: Promise<unknown> | undefined
  /** The ledger after the stored head (genesis and every sealed entry, nothing pending). */
  #state: ReplayedLedger | undefined

  /** @throws if `init.privateKey` cannot give a peer id */
  constructor (init: BlockProducerInit) {
    this.#init = init
    this.#producer = peerIdFromPrivateKey(init.privateKey).toString()
    this.#now = init.now ?? Date.now
    this.#state = init.state
  }

  /** This producer's peer id (the chain it seals). */
  get producer (): string {
    return this.#producer
  }

  /**
   * Starts sealing every `intervalMs` (the global `setInterval`, so node:test
   * mock timers drive it). A tick while the previous seal is still running is
   * skipped. Errors are logged. Calling it again while started does nothing.
   */
  async start (): Promise<void> {
    if (this.#timer != null) return
    this.#timer = setInterval(() => {
      if (this.#inFlight != null) return
      this.#inFlight = this.seal()
        .catch(err => { this.#init.log.error({ err }, 'sealing failed') })
        .finally(() => { this.#inFlight = undefined })
    }, this.#init.intervalMs)
  }

  /**
   * Stops the timer, waits for a seal in flight, then seals what is pending
   * once more — repeatedly, `maxEntries` at a time, until nothing is pending
   * (or a seal fails, which is logged).
   */
  async stop (): Promise<void> {
    clearInterval(this.#timer)
    this.#timer = undefined
    await this.#inFlight
    try {
      while ((await this.seal()) != null);
    } catch (err) {
      this.#init.log.error({ err }, 'final sealing failed')
    }
  }

  /**
   * Seals up to `maxEntries` pending entries, oldest first, into the next
   * block (timestamp from the injected clock) and stores it; then publishes
   * it (a publish failure is logged and does not undo the block).
   *
   * @returns the block, or undefined when nothing was pending
   * @throws if building or storing the block fails (the entries stay pending);
   *   `LedgerReplayError` if the entries do not apply to the sealed state
   */
  async seal (): Promise<ailee.v1.Block | undefined> {
    const { settlements, chain, privateKey, maxEntries } = this.#init
    let height = 0
    let next: ReplayedLedger | undefined
    this.#state ??= await this.#replay()
    const state = this.#state
    const block = await settlements.sealNext(maxEntries, async (entries, batch) => {
      const head = await chain.head(this.#producer, batch)
      height = head == null ? 0 : head.height + 1
      // the state root commits to the ledger right after this block: the sealed state with exactly these
      // entries applied (entries still pending after them are not in it); a replay gives the same root
      next = state.clone()
      for (const [i, entry] of entries.entries()) next.applyEntry(entry, i)
      const built = await buildBlock({
        height,
        prevHash: head?.hash ?? ZERO_HASH,
        entries,
        producerKey: privateKey,
        timestampMs: Math.max(Math.floor(this.#now()), head?.timestampMs ?? 0),
        stateRoot: next.stateRoot()
      })
      // receipts were verified when their results arrived: their signatures are not checked again here
      await chain.append(built, batch, { own: true })
      if (isCheckpointHeight(height, this.#init.checkpointInterval ?? 0)) {
        stageCheckpoint({ producer: this.#producer, height, blockHash: blockHash(built.header), balances: new Map(next.balances) }, batch)
      }
      return built
    })
    if (block == null) return undefined
    this.#state = next
    this.#init.log.info({ height, receipts: block.entries.length }, 'block sealed')
    await this.#init.publish(block).catch(err => { this.#init.log.warn({ err }, 'block publish failed') })
    return block
  }

  /** The ledger after the stored head, replayed from the settlement log's rules and the stored chain. */
  async #replay (): Promise<ReplayedLedger> {
    const state = ReplayedLedger.fromGenesis(await this.#init.settlements.rules())
    for await (const block of this.#init.chain.blocks(this.#producer)) state.applyBlock(block)
    return state
  }
}
