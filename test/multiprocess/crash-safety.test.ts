/**
 * SIGKILL in the middle of range sync and of garbage collection, with real
 * `bin/node` processes on real data directories (docs/maintenance.md,
 * "Crash safety"): nothing committed is lost and the node starts again
 * cleanly, whatever the moment of the kill.
 *
 * - A worker catching up on a chain of 150 blocks, 5 blocks per request, is
 *   killed midway; restarted on the same data directory it validates what it
 *   stored, and fetches the rest.
 * - `bin/node gc` is killed once it has begun deleting the content of 200
 *   released uses; the content of a task whose retention has not passed is
 *   still pinned and whole, the coordinator starts on the directory, and a
 *   second `gc` finishes the job.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { FsBlockstore } from 'blockstore-fs'
import { createHeliaLight } from 'helia'
import { AileeClient } from '../../src/client/index.ts'
import { DEV_CLIENT_KEY_FILE } from '../../src/config/dev-account.ts'
import { loadKeyFile } from '../../src/p2p/identity.ts'
import { NodeDatastore } from '../../src/p2p/node-datastore.ts'
import { ContentStore } from '../../src/content/content-store.ts'
import { directoryBytes } from '../../src/content/disk-usage.ts'
import { ContentRetention, taskUse } from '../../src/coordinator/content-retention.ts'
import { RocksTaskStore } from '../../src/coordinator/rocks-task-store.ts'
import { SettlementLog } from '../../src/chain/settlement-log.ts'
import { StateDb } from '../../src/storage/index.ts'
import { BIN_NODE } from '../../src/cli/cmds/demo/processes.ts'
import { TEST_CLIENT_KEYS } from '../helpers/accounts.ts'
import { merge } from '../helpers/swarm.ts'
import { parseJsonOutput, runCli } from '../cli/helpers.ts'
import { receivedTask } from '../coordinator/orchestrator-fixtures.ts'
import { TEST_CONFIG } from './cluster.ts'
import { NodeGroup, type NodeProcess } from './node-process.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'

const PAYEE = peerIdFromPrivateKey(TEST_CLIENT_KEYS[7]).toString()

async function heightOn (node: NodeProcess, producer: string): Promise<number> {
  const text = await (await fetch(node.info.metricsUrl!)).text()
  const line = text.split('\n').find(l => l.startsWith('ailee_block_height{') && l.includes(`producer="${producer}"`))
  return line == null ? -1 : Number(line.split(' ').at(-1))
}

async function waitFor (what: string, check: () => Promise<boolean>, timeoutMs = 120_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(everyMs)
  }
}

/** The stopped node's content store, open in this process while `work` runs. */
async function withContent<T> (dataDir: string, work: (db: StateDb, retention: ContentRetention, content: ContentStore) => Promise<T>): Promise<T> {
  const db = await StateDb.open(join(dataDir, 'state'))
  const blockstore = new FsBlockstore(join(dataDir, 'content', 'blocks'))
  const datastore = new NodeDatastore(join(dataDir, 'content', 'datastore'))
  await blockstore.open()
  await datastore.open()
  const helia = createHeliaLight({ blockstore, datastore })
  await helia.start()
  try {
    const content = new ContentStore(helia)
    const tasks = new RocksTaskStore(db, new SettlementLog(db))
    return await work(db, new ContentRetention({ db, content, tasks, retention: { inputsMs: 86_400_000, outputsMs: 86_400_000 } }), content)
  } finally {
    await helia.stop()
    await blockstore.close()
    await datastore.close()
    await db.close()
  }
}

describe('crash safety: SIGKILL during sync and gc', () => {
  const group = new NodeGroup()
  const roots: string[] = []
  let client: AileeClient | undefined
  after(async () => {
    await client?.close().catch(() => {})
    await group.stopAll()
    for (const root of roots) await rm(root, { recursive: true, force: true })
  })

  it('a worker killed while it catches up starts again on what it stored and fetches the rest', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ailee-mp-crash-sync-'))
    roots.push(root)
    const base: NodeConfigInput = merge(TEST_CONFIG, {
      coordinator: { blockIntervalMs: 10, maxReceiptsPerBlock: 1 },
      limits: { maxRequestsPerPeerPerSecond: 5000 }
    })
    const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'coordinator'), config: base })
    const producer = coordinator.peerId
    client = await AileeClient.connect(coordinator.addr, { networkId: 'ailee-dev', reconnectIntervalMs: 200, privateKey: await loadKeyFile(DEV_CLIENT_KEY_FILE) })
    for (let i = 0; i < 150; i++) await client.transfer(PAYEE, 1n)
    await waitFor('150 blocks sealed', async () => await heightOn(coordinator, producer) >= 149)
    const head = await heightOn(coordinator, producer)

    // small ranges: the catch-up takes many requests, and the kill lands in the middle of it
    const workerConfig = merge(base, { chain: { sync: { maxBlocksPerRequest: 5 } } })
    const workerDir = join(root, 'worker')
    const worker = await group.start({ role: 'worker', dataDir: workerDir, bootstrap: [coordinator.addr], config: workerConfig })
    await waitFor('the worker to start catching up', async () => await heightOn(worker, producer) >= 20, 120_000, 10)
    worker.signal('SIGKILL')
    assert.equal((await worker.exited).signal, 'SIGKILL')

    const verify = await runCli(['chain', 'verify', '--data-dir', workerDir, '--json'])
    assert.equal(verify.code, 0, verify.stdout.toString() + verify.stderr)
    const stored = parseJsonOutput(verify).chains.find((c: any) => c.producer === producer)
    console.log(`# killed at height ${stored.height} of ${head}`)
    assert.ok(stored.height >= 20 && stored.chainValid)

    const again = await group.start({ role: 'worker', dataDir: workerDir, bootstrap: [coordinator.addr], config: workerConfig })
    await waitFor('the restarted worker to catch up', async () => await heightOn(again, producer) >= head)
    assert.equal((await again.stop()).code, 0)
    const after = parseJsonOutput(await runCli(['chain', 'verify', '--data-dir', workerDir, '--json']))
    assert.equal(after.valid, true)
    assert.equal(after.chains.find((c: any) => c.producer === producer).height, head)
    await client.close()
    client = undefined
    await coordinator.stop()
  })

  it('gc killed midway loses no content still held; the coordinator starts and a second gc finishes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ailee-mp-crash-gc-'))
    roots.push(root)
    const dataDir = join(root, 'coordinator')
    // a coordinator's data directory: identity, genesis, state database
    const first = await group.start({ role: 'coordinator', dataDir, config: TEST_CONFIG })
    assert.equal((await first.stop()).code, 0)

    const kept = randomBytes(300 * 1024)
    const keptCid = await withContent(dataDir, async (db, retention, content) => {
      const tasks = new RocksTaskStore(db, new SettlementLog(db))
      // a task that ended now: its input's retention (1 day) has not passed
      await tasks.saveTask({ ...receivedTask('kept', Date.now()), state: 'completed', reason: 'done', updatedAtMs: Date.now() })
      const cid = (await retention.storeAndHold(kept, taskUse('kept', 'input'))).toString()
      // 200 uses of admissions that failed (no task record): released by the next gc
      for (let i = 0; i < 200; i++) await retention.storeAndHold(randomBytes(16 * 1024), taskUse(`gone-${i}`, 'input'))
      assert.equal(await content.isPinned(cid), true)
      return cid
    })
    const before = await directoryBytes(join(dataDir, 'content', 'blocks'))

    // bin/node gc, killed as soon as it has begun deleting blocks
    const gc = spawn(BIN_NODE, ['gc', '--data-dir', dataDir], { stdio: 'ignore' })
    let running = true
    const exited = new Promise<NodeJS.Signals | null>(resolve => gc.once('exit', (_code, signal) => { running = false; resolve(signal) }))
    // (a size read fails when a file goes between listing and stat: deletion has begun too)
    while (running && await directoryBytes(join(dataDir, 'content', 'blocks')).catch(() => -1) >= before) await sleep(5)
    gc.kill('SIGKILL')
    const signal = await exited
    const middle = await directoryBytes(join(dataDir, 'content', 'blocks'))
    console.log(`# gc ${signal === 'SIGKILL' ? 'killed' : 'had finished'}: blockstore ${before} -> ${middle} bytes`)

    await withContent(dataDir, async (_db, retention, content) => {
      assert.deepEqual(await retention.uses(keptCid), ['task/kept/input'])
      assert.equal(await content.isPinned(keptCid), true)
      assert.deepEqual(Buffer.from(await content.get(keptCid, { maxBytes: kept.length, offline: true })), kept)
    })
    // the node starts cleanly on the directory
    const restarted = await group.start({ role: 'coordinator', dataDir, config: TEST_CONFIG })
    assert.equal((await restarted.stop()).code, 0, restarted.logTail())
    const second = await runCli(['gc', '--data-dir', dataDir, '--json'])
    assert.equal(second.code, 0, second.stderr)
    const result = parseJsonOutput(second)
    assert.ok(result.bytesAfter < 400 * 1024, `${result.bytesAfter} bytes left: the kept input and little else`)
    await withContent(dataDir, async (_db, _retention, content) => {
      assert.deepEqual(Buffer.from(await content.get(keptCid, { maxBytes: kept.length, offline: true })), kept)
    })
  })
})
