/**
 * Pruning of ended task records (src/coordinator/task-pruning.ts,
 * `RocksTaskStore.pruneEnded`) on a real RocksDB with a fake clock: a record
 * goes once its task ended `coordinator.taskRetentionMs` ago and is live
 * nowhere, with its `meta/open/` and `meta/ended/` keys; open tasks, live
 * tasks and everything the ledger and chain need (balances, payment markers,
 * pending block entries) stay; records written before the ended index existed
 * are indexed by the first run; content retention then releases the pruned
 * tasks' content.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as raw from 'multiformats/codecs/raw'
import { SettlementLog, signReceipt } from '../../src/chain/index.ts'
import type { Settlement } from '../../src/chain/index.ts'
import { ContentRetention, taskUse } from '../../src/coordinator/content-retention.ts'
import { RocksTaskStore } from '../../src/coordinator/rocks-task-store.ts'
import { TaskPruner, unknownTaskReason } from '../../src/coordinator/task-pruning.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import type { TaskStateName } from '../../src/protocol/task-states.ts'
import { Bucket, jsonCodec, Prefix, type StateDb } from '../../src/storage/index.ts'
import { openTempDb } from '../storage/helpers.ts'
import { identity, receiptFor } from '../chain/fixtures.ts'
import { receivedTask } from './orchestrator-fixtures.ts'

const DAY = 86_400_000

/** Keys under `prefix`, as text. */
async function keys (db: StateDb, prefix: string): Promise<string[]> {
  const out: string[] = []
  for await (const { key } of db.iterate({ prefix, values: false })) out.push(new TextDecoder().decode(key))
  return out
}

function record (id: string, state: TaskStateName, atMs: number): TaskRecord {
  return { ...receivedTask(id, atMs), state, updatedAtMs: atMs }
}

async function settlementFor (id: string): Promise<Settlement> {
  const worker = await identity()
  const coordinator = await identity()
  return { id, clientAccount: 'client', payments: [{ worker: worker.peerId, price: 5, receipt: await signReceipt(receiptFor(id, worker, coordinator), worker.key) }], evidence: [], verified: true }
}

async function harness (t: TestContext, retentionMs: number) {
  const { db } = await openTempDb(t)
  const settlements = new SettlementLog(db)
  await settlements.applyGenesis([{ account: 'client', amount: 100n }])
  const store = new RocksTaskStore(db, settlements)
  const clock = { now: 10 * DAY }
  const live = new Set<string>()
  const pruner = new TaskPruner({ store, retentionMs, isLive: id => live.has(id), now: () => clock.now })
  return { db, settlements, store, clock, live, pruner }
}

describe('TaskPruner', () => {
  it('deletes ended records after taskRetentionMs with their index keys; open and live tasks, ledger, payment markers and pending entries stay', async t => {
    const h = await harness(t, DAY)
    const t0 = h.clock.now
    await h.store.saveTask(record('open', 'queued', t0))
    await h.store.finishTask(record('paid', 'completed', t0), await settlementFor('paid'))
    await h.store.finishTask(record('failed', 'failed', t0 + 1000))
    await h.store.finishTask(record('busy', 'completed', t0))
    h.live.add('busy')
    const balance = await h.settlements.balance('client')
    const applied = await keys(h.db, 'meta/applied/pay/')
    const pending = await keys(h.db, 'meta/pending/')
    assert.equal(pending.length, 1)

    // one ms before the retention passed: nothing goes
    h.clock.now = t0 + DAY - 1
    assert.deepEqual(await h.pruner.prune(), [])
    // retention passed for the two that ended at t0; 'busy' is live, 'failed' ended later
    h.clock.now = t0 + DAY
    assert.deepEqual(await h.pruner.prune(), ['paid'])
    assert.equal(await h.store.getTask('paid'), undefined)
    assert.notEqual(await h.store.getTask('busy'), undefined)
    assert.notEqual(await h.store.getTask('failed'), undefined)
    assert.equal((await h.store.getTask('open'))?.state, 'queued')
    assert.deepEqual((await h.store.loadOpenTasks()).map(r => r.id), ['open'])
    // what the ledger and the chain need is untouched
    assert.equal(await h.settlements.balance('client'), balance)
    assert.deepEqual(await keys(h.db, 'meta/applied/pay/'), applied)
    assert.deepEqual(await keys(h.db, 'meta/pending/'), pending)

    // 'busy' ends its life in memory, 'failed' passes its retention
    h.live.delete('busy')
    h.clock.now = t0 + 1000 + DAY
    assert.deepEqual((await h.pruner.prune()).sort(), ['busy', 'failed'])
    assert.deepEqual(await keys(h.db, 'tasks/'), ['tasks/open'])
    assert.deepEqual(await keys(h.db, 'meta/ended/'), [])
    assert.deepEqual(await keys(h.db, 'meta/open/'), ['meta/open/open'])

    // the open task ends later: pruned after its own retention only
    await h.store.finishTask(record('open', 'cancelled', h.clock.now))
    assert.deepEqual(await h.pruner.prune(), [])
    h.clock.now += DAY
    assert.deepEqual(await h.pruner.prune(), ['open'])
    assert.equal(await h.store.countTasks(), 0)
  })

  it('retention 0 prunes a task that ended at the clock\'s now; at most maxPerRun per run', async t => {
    const h = await harness(t, 0)
    for (let i = 0; i < 5; i++) await h.store.finishTask(record(`t${i}`, 'completed', h.clock.now - i))
    const limited = new TaskPruner({ store: h.store, retentionMs: 0, maxPerRun: 2, now: () => h.clock.now })
    assert.deepEqual(await limited.prune(), ['t4', 't3'], 'oldest first')
    assert.equal((await h.pruner.prune()).length, 3)
    assert.equal(await h.store.countTasks(), 0)
  })

  it('indexes records written before the ended index existed, once, and prunes them', async t => {
    const h = await harness(t, DAY)
    // an older version wrote the terminal record without meta/ended/
    const tasks = new Bucket<TaskRecord>(h.db, Prefix.tasks, jsonCodec<TaskRecord>())
    await tasks.put('old', record('old', 'completed', h.clock.now - 2 * DAY))
    await tasks.put('recent', record('recent', 'completed', h.clock.now))
    assert.deepEqual(await h.pruner.prune(), ['old'])
    assert.deepEqual(await keys(h.db, 'meta/ended-indexed'), ['meta/ended-indexed'])
    assert.equal((await keys(h.db, 'meta/ended/')).length, 1)
    h.clock.now += DAY
    assert.deepEqual(await h.pruner.prune(), ['recent'])
  })

  it('a record finished twice is pruned by its last end time, and the stale index entry goes', async t => {
    const h = await harness(t, DAY)
    await h.store.finishTask(record('t', 'completed', h.clock.now - 2 * DAY))
    await h.store.finishTask(record('t', 'completed', h.clock.now))
    assert.deepEqual(await h.pruner.prune(), [])
    assert.equal((await keys(h.db, 'meta/ended/')).length, 1, 'the stale entry is gone')
    h.clock.now += DAY
    assert.deepEqual(await h.pruner.prune(), ['t'])
  })

  it('refuses a negative retention; the unknown-task reason names the key', () => {
    assert.throws(() => new TaskPruner({ store: { pruneEnded: async () => [] }, retentionMs: -1 }), RangeError)
    assert.match(unknownTaskReason('abc', 5), /unknown task abc: .*pruned.*coordinator\.taskRetentionMs/)
  })

  it('a collection prunes first, then releases the pruned tasks\' content in the same run', async t => {
    const h = await harness(t, 0)
    const pins = new Set<string>()
    const retention = new ContentRetention({
      db: h.db,
      content: {
        add: async () => { throw new Error('unused') },
        pin: async cid => { pins.add(cid.toString()) },
        unpin: async cid => { pins.delete(cid.toString()) },
        gc: async () => {},
        pinned: async function * () { for (const p of [...pins]) yield CID.parse(p) }
      },
      tasks: h.store,
      // content retention is long: the record's pruning releases the content with it
      retention: { inputsMs: 10 * DAY, outputsMs: 10 * DAY },
      pruneTasks: async () => (await h.pruner.prune()).length,
      now: () => h.clock.now
    })
    const module = CID.createV1(raw.code, await sha256.digest(new TextEncoder().encode('module'))).toString()
    await retention.hold(module, taskUse('a', 'module'))
    await h.store.finishTask(record('a', 'completed', h.clock.now))
    const collected = await retention.collect()
    assert.deepEqual([collected.prunedTasks, collected.released, collected.unpinned], [1, 1, [module]])
    assert.equal(pins.size, 0)
  })
})
