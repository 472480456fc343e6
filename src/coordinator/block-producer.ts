/**
 * Seals accepted receipts into blocks: every `intervalMs`, if settlements are
 * pending (`meta/pending/`), builds the next block of this coordinator's chain
 * (height + 1, previous hash, receipts Merkle root, ledger state root), signs
 * it, stores it and removes the sealed entries in one atomic batch, then
 * gossips it on the blocks topic.
 */
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type PQueue from 'p-queue'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { buildBlock, ZERO_HASH } from '../chain/block.ts'
import type { ChainStore } from '../chain/chain-store.ts'
import type { Ledger } from '../chain/ledger.ts'
import type { StateDb } from '../storage/index.ts'
import { PENDING_PREFIX } from './rocks-task-store.ts'
import type { PrivateKey } from '@libp2p/interface'
import type { Logger } from 'pino'

export interface BlockProducerInit {
  db: StateDb
  chain: ChainStore
  ledger: Ledger
  /** the lock every ledger-touching batch takes (RocksTaskStore.writeLock) */
  writeLock: PQueue
  privateKey: PrivateKey
  /** ms between sealing attempts */
  intervalMs: number
  /** most entries in one block */
  maxEntries: number
  publish: (block: ailee.v1.IBlock) => Promise<void>
  log: Logger
}

export class BlockProducer {
  readonly #init: BlockProducerInit
  readonly #producer: string
  #timer: NodeJS.Timeout | undefined
  #sealing: Promise<unknown> = Promise.resolve()

  constructor (init: BlockProducerInit) {
    this.#init = init
    this.#producer = peerIdFromPrivateKey(init.privateKey).toString()
  }

  async start (): Promise<void> {
    this.#timer = setInterval(() => { this.#sealing = this.seal().catch(err => { this.#init.log.error({ err }, 'sealing failed') }) }, this.#init.intervalMs)
  }

  /** Stops the timer and seals what is pending once more. */
  async stop (): Promise<void> {
    clearInterval(this.#timer)
    await this.#sealing
    await this.seal().catch(err => { this.#init.log.error({ err }, 'final sealing failed') })
  }

  /**
   * Seals up to `maxEntries` pending entries into one block.
   *
   * @returns the block, or undefined when nothing was pending
   */
  async seal (): Promise<ailee.v1.Block | undefined> {
    const { db, chain, ledger, privateKey, maxEntries } = this.#init
    const block = await this.#init.writeLock.add(async () => {
      const keys: Uint8Array[] = []
      const entries: ailee.v1.BlockEntry[] = []
      for await (const { key, value } of db.iterate({ prefix: PENDING_PREFIX, limit: maxEntries })) {
        keys.push(key)
        entries.push(pb.BlockEntry.decode(value))
      }
      if (entries.length === 0) return undefined
      const batch = db.batch()
      const head = await chain.head(this.#producer, batch)
      const built = await buildBlock({
        height: head == null ? 0 : head.height + 1,
        prevHash: head?.hash ?? ZERO_HASH,
        entries,
        producerKey: privateKey,
        timestampMs: Date.now(),
        stateRoot: await ledger.stateRoot(batch)
      })
      await chain.append(built, batch)
      for (const key of keys) batch.del(key)
      await batch.commit()
      this.#init.log.info({ height: head == null ? 0 : head.height + 1, receipts: entries.length }, 'block sealed')
      return built
    })
    if (block != null) await this.#init.publish(block).catch(err => { this.#init.log.warn({ err }, 'block publish failed') })
    return block
  }
}
