/**
 * Chain sync bench (`node bench/chain-sync.ts`): how fast a node validates
 * and stores a chain of `--blocks` blocks (default 1,000; the target is under
 * 10 s), each with `--entries` signed receipts (default 1), beside a floor
 * measured in the same run:
 *
 * 1. floor: raw Ed25519 verification rate of the libp2p key (the check every
 *    block header and receipt costs), and the blocks/s it would allow
 *    (verifications/s / (1 + entries));
 * 2. validate + store: `ChainStore.append` of every block into a fresh
 *    RocksDB (signature, receipts Merkle root, parent link, height, every
 *    receipt; what range sync runs per block);
 * 3. range sync: a real libp2p host serving the chain on `/ailee/sync/1.0.0`
 *    and another fetching it with `ChainCatchUp` (requests of
 *    `chain.sync.maxBlocksPerRequest` blocks) and validating it into its own RocksDB.
 *
 * Prints one table; `--json` also writes bench/results/chain-sync-<time>.json
 * and chain-sync-latest.json. Speed depends on the machine; no test asserts it.
 *
 *     node bench/chain-sync.ts --blocks 1000 --entries 1 --json
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { pino } from 'pino'
import { ZERO_HASH, blockHash, blockSigningBytes, buildBlock } from '../src/chain/block.ts'
import { ChainStore } from '../src/chain/chain-store.ts'
import { CONFIG_DEFAULTS } from '../src/config/schema.ts'
import { ChainCatchUp } from '../src/node/chain-catch-up.ts'
import { ForeignBlockGuard } from '../src/node/chain-guard.ts'
import { SyncPeerScores } from '../src/node/sync-peers.ts'
import { createSyncServer } from '../src/node/sync-server.ts'
import { SYNC_PROTOCOL } from '../src/p2p/topics.ts'
import type { ailee } from '../src/proto/index.ts'
import { FrameBudget, request } from '../src/protocol/index.ts'
import { blockRangeFromWire, chainHeadsFromWire } from '../src/protocol/messages/sync.ts'
import { StateDb } from '../src/storage/index.ts'
import { entryFor, identity } from '../test/chain/fixtures.ts'
import { Cleanup, startHost, waitConnected } from '../test/helpers/swarm-host.ts'

const { values: args } = parseArgs({
  options: {
    blocks: { type: 'string', default: '1000' },
    entries: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false }
  }
})
const BLOCKS = Number(args.blocks)
const ENTRIES = Number(args.entries)
const NETWORK_ID = 'ailee-bench'
const log = pino({ level: 'silent' })

const cleanup = new Cleanup()
try {
  const [producer, worker] = await Promise.all([identity(), identity()])
  process.stderr.write(`building ${BLOCKS} blocks of ${ENTRIES} receipts...\n`)
  const blocks: ailee.v1.Block[] = []
  let prevHash = ZERO_HASH
  for (let height = 0; height < BLOCKS; height++) {
    const entries = await Promise.all(Array.from({ length: ENTRIES }, async (_, i) => await entryFor(`task-${height}-${i}`, worker, producer)))
    const block = await buildBlock({ height, prevHash, entries, producerKey: producer.key, timestampMs: 1_700_000_000_000 + height, stateRoot: ZERO_HASH })
    prevHash = blockHash(block.header)
    blocks.push(block)
  }

  // 1. floor: raw signature verification, as often as the chain needs
  const message = blockSigningBytes(blocks[0].header)
  const signature = blocks[0].signature
  const verifications = BLOCKS * (1 + ENTRIES)
  let t0 = performance.now()
  for (let i = 0; i < verifications; i++) {
    if (!(await producer.key.publicKey.verify(message, signature))) throw new Error('signature did not verify')
  }
  const verifyMs = performance.now() - t0
  const verifyPerS = verifications / verifyMs * 1000
  const floorBlocksPerS = verifyPerS / (1 + ENTRIES)

  // 2. validate + store into a fresh RocksDB
  const dir = await mkdtemp(join(tmpdir(), 'ailee-bench-chain-'))
  cleanup.add(async () => { await rm(dir, { recursive: true, force: true }) })
  const db = await StateDb.open(join(dir, 'a'))
  cleanup.add(async () => { await db.close() })
  const chain = new ChainStore(db)
  t0 = performance.now()
  for (const block of blocks) await chain.append(block)
  const appendMs = performance.now() - t0

  // 3. range sync over libp2p into another RocksDB
  const served = await startHost(cleanup, { networkId: NETWORK_ID, dht: false })
  const fetching = await startHost(cleanup, { networkId: NETWORK_ID, dht: false, bootstrap: served.multiaddrs() })
  const config = { ...CONFIG_DEFAULTS, network: { ...CONFIG_DEFAULTS.network, networkId: NETWORK_ID } }
  const server = createSyncServer(served.libp2p, config, chain, new FrameBudget(config.limits.maxInFlightFrameBytes))
  await server.start()
  cleanup.add(async () => { await server.stop() })
  await waitConnected(fetching, served)
  const db2 = await StateDb.open(join(dir, 'b'))
  cleanup.add(async () => { await db2.close() })
  const chain2 = new ChainStore(db2)
  const sync = config.chain.sync
  const ask = async (body: object): Promise<ailee.v1.Response> =>
    await request(fetching.libp2p, served.peerId, body, { protocol: SYNC_PROTOCOL, networkId: NETWORK_ID, timeoutMs: 30_000, maxMessageBytes: config.limits.maxMessageBytes })
  const catchUp = new ChainCatchUp({
    self: fetching.peerId.toString(),
    chain: chain2,
    guard: new ForeignBlockGuard({ self: fetching.peerId.toString(), follow: [producer.peerId], maxBlockEntries: 100_000, maxBlockBytes: 1 << 30, entriesPerMinute: 1e12, totalEntriesPerMinute: 1e12 }),
    scores: new SyncPeerScores({ banMs: sync.peerBanMs }),
    heads: async () => chainHeadsFromWire(await ask({ chainHeads: {} })),
    range: async (_peer, p, from, count) => blockRangeFromWire(await ask({ blockRange: { producerPeerId: p, fromHeight: from, count } }), count, sync.maxResponseBytes),
    maxBlocksPerRequest: sync.maxBlocksPerRequest,
    log
  })
  t0 = performance.now()
  await catchUp.askHeads(served.peerId.toString())
  await catchUp.idle()
  const syncMs = performance.now() - t0
  const synced = (await chain2.head(producer.peerId))?.height ?? -1
  if (synced !== BLOCKS - 1) throw new Error(`range sync stored up to height ${synced}, expected ${BLOCKS - 1}`)

  const rows = [
    ['floor: Ed25519 verify', `${verifications} signatures`, verifyMs, verifyPerS, floorBlocksPerS],
    ['validate + store (ChainStore.append)', `${BLOCKS} blocks`, appendMs, undefined, BLOCKS / appendMs * 1000],
    ['range sync over libp2p (fetch + validate + store)', `${BLOCKS} blocks`, syncMs, undefined, BLOCKS / syncMs * 1000]
  ] as const
  console.log(`chain sync bench: ${BLOCKS} blocks x ${ENTRIES} receipts (${1 + ENTRIES} signatures a block), requests of ${sync.maxBlocksPerRequest} blocks`)
  console.log(['what', 'work', 'ms', 'signatures/s', 'blocks/s', 'of floor'].map((h, i) => i === 0 ? h.padEnd(50) : h.padStart(14)).join(''))
  for (const [what, work, ms, perS, blocksPerS] of rows) {
    console.log([what.padEnd(50), work.padStart(14), ms.toFixed(0).padStart(14), (perS == null ? '-' : perS.toFixed(0)).padStart(14), blocksPerS.toFixed(0).padStart(14), `${(blocksPerS / floorBlocksPerS * 100).toFixed(0)} %`.padStart(14)].join(''))
  }
  if (args.json) {
    const results = join(import.meta.dirname, 'results')
    await mkdir(results, { recursive: true })
    const figures = { date: new Date().toISOString(), blocks: BLOCKS, entries: ENTRIES, verifyPerS, floorBlocksPerS, appendMs, appendBlocksPerS: BLOCKS / appendMs * 1000, syncMs, syncBlocksPerS: BLOCKS / syncMs * 1000 }
    const text = JSON.stringify(figures, null, 2) + '\n'
    await writeFile(join(results, `chain-sync-${figures.date.replace(/[:.]/g, '-')}.json`), text)
    await writeFile(join(results, 'chain-sync-latest.json'), text)
  }
} finally {
  await cleanup.run()
}
