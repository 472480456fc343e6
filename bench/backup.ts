/**
 * Backup and checkpoint bench (`node bench/backup.ts`): a coordinator's data
 * directory with a chain of `--blocks` blocks (one signed payment each,
 * sealed by the real BlockProducer, a checkpoint every
 * `--checkpoint-interval` blocks) and `--content-mib` MiB of content in its
 * Helia blockstore, then:
 *
 * 1. floor: a plain recursive copy of the data directory (`fs.cp`), the least
 *    a backup that copies every byte costs;
 * 2. `takeBackup` (RocksDB snapshot copied entry by entry, content, identity,
 *    SHA-256 of every file), its size; `verifyBackup`; `restoreBackup`;
 * 3. start-up verification (`verifyStoredState`) of the chain and ledger from
 *    block 0, and from the last checkpoint.
 *
 * Prints one table and the load average. Speed depends on the machine; no test asserts it.
 *
 *     node bench/backup.ts --blocks 5000 --content-mib 32
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { pino } from 'pino'
import { FsBlockstore } from 'blockstore-fs'
import { createHeliaLight } from 'helia'
import { ChainStore } from '../src/chain/chain-store.ts'
import { SettlementLog, type Settlement } from '../src/chain/settlement-log.ts'
import { signReceipt } from '../src/chain/receipt.ts'
import { verifyStoredState } from '../src/chain/chain-verify.ts'
import { BlockProducer } from '../src/coordinator/block-producer.ts'
import { ContentStore } from '../src/content/content-store.ts'
import { directoryBytes } from '../src/content/disk-usage.ts'
import { NodeDatastore } from '../src/p2p/node-datastore.ts'
import { StateDb } from '../src/storage/index.ts'
import { takeBackup } from '../src/backup/take-backup.ts'
import { verifyBackup } from '../src/backup/manifest.ts'
import { restoreBackup } from '../src/backup/restore.ts'
import { identity, receiptFor } from '../test/chain/fixtures.ts'

const { values: args } = parseArgs({
  options: {
    blocks: { type: 'string', default: '2000' },
    'checkpoint-interval': { type: 'string', default: '1000' },
    'content-mib': { type: 'string', default: '16' }
  }
})
const BLOCKS = Number(args.blocks)
const INTERVAL = Number(args['checkpoint-interval'])
const CONTENT_MIB = Number(args['content-mib'])

const root = await mkdtemp(join(tmpdir(), 'ailee-bench-backup-'))
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now()
  const out = await work()
  return [out, performance.now() - t0]
}
try {
  const dataDir = join(root, 'data')
  const db = await StateDb.open(join(dataDir, 'state'))
  const chain = new ChainStore(db)
  const settlements = new SettlementLog(db)
  await settlements.applyGenesis([{ account: 'client', amount: 10n ** 15n }])
  const [coordinator, worker] = await Promise.all([identity(), identity()])
  const producer = new BlockProducer({ settlements, chain, privateKey: coordinator.key, intervalMs: 60_000, maxEntries: 1, publish: async () => {}, log: pino({ level: 'silent' }), checkpointInterval: INTERVAL })
  process.stderr.write(`sealing ${BLOCKS} blocks...\n`)
  for (let i = 0; i < BLOCKS; i++) {
    const settlement: Settlement = { id: `t${i}`, clientAccount: 'client', payments: [{ worker: worker.peerId, price: 1, receipt: await signReceipt(receiptFor(`t${i}`, worker, coordinator), worker.key) }], evidence: [], verified: true }
    await settlements.commit(() => {}, settlement)
    await producer.seal()
  }
  await writeFile(join(dataDir, 'identity.key'), 'bench')
  const blockstore = new FsBlockstore(join(dataDir, 'content', 'blocks'))
  const datastore = new NodeDatastore(join(dataDir, 'content', 'datastore'))
  await blockstore.open()
  await datastore.open()
  const helia = createHeliaLight({ blockstore, datastore })
  await helia.start()
  const content = new ContentStore(helia)
  for (let i = 0; i < CONTENT_MIB * 4; i++) await content.add(randomBytes(256 * 1024))
  await helia.stop()
  await blockstore.close()
  await datastore.close()
  const dirBytes = await directoryBytes(dataDir)

  const [, floorMs] = await timed(async () => { await cp(dataDir, join(root, 'plain-copy'), { recursive: true }) })
  const [backup, backupMs] = await timed(async () => await takeBackup({ db, dataDir, to: join(root, 'backups'), peerId: coordinator.peerId, keep: 10 }))
  const [, verifyMs] = await timed(async () => await verifyBackup(backup.dir))
  const [, restoreMs] = await timed(async () => await restoreBackup({ from: backup.dir, dataDir: join(root, 'restored') }))

  const own = coordinator.peerId
  const [full, fullMs] = await timed(async () => await verifyStoredState(db, chain, { own }))
  // the first start with checkpoints may write a newer one; the second is what every later start costs
  await verifyStoredState(db, chain, { own, checkpoints: { interval: INTERVAL } })
  const [fast, fastMs] = await timed(async () => await verifyStoredState(db, chain, { own, checkpoints: { interval: INTERVAL } }))
  if (!full.valid || !fast.valid) throw new Error('the bench chain does not verify')
  await db.close()

  const mib = (n: number): string => (n / 1024 / 1024).toFixed(1)
  const rows: Array<[string, string]> = [
    ['data directory', `${mib(dirBytes)} MiB (${BLOCKS} blocks, ${CONTENT_MIB} MiB content)`],
    ['floor: plain recursive copy', `${floorMs.toFixed(0)} ms`],
    ['takeBackup', `${backupMs.toFixed(0)} ms, ${mib(backup.bytes)} MiB, ${backup.manifest.files.length} files, ${backup.manifest.stateEntries} state entries (${(backupMs / floorMs).toFixed(1)}x the floor)`],
    ['verifyBackup (SHA-256 of every file)', `${verifyMs.toFixed(0)} ms`],
    ['restoreBackup (verify + copy)', `${restoreMs.toFixed(0)} ms`],
    ['start-up verification from block 0', `${fullMs.toFixed(0)} ms (${BLOCKS} blocks)`],
    [`from the checkpoint (every ${INTERVAL})`, `${fastMs.toFixed(0)} ms (${BLOCKS - 1 - (fast.chains[0].fromCheckpoint ?? -1)} blocks after height ${fast.chains[0].fromCheckpoint})`]
  ]
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(40)} ${v}\n`)
  process.stdout.write(`load average ${loadavg().map(l => l.toFixed(2)).join(' ')}\n`)
} finally {
  await rm(root, { recursive: true, force: true })
}
