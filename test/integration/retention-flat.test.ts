/**
 * Issue 10, "disks stop growing", on a real swarm (coordinator and two
 * workers in process: libp2p over TCP, Helia blockstore on disk, RocksDB, WASM):
 * with content retention 0 and `coordinator.taskRetentionMs` 0, after tasks
 * of every kind ended (plain with an input, replicated on two workers, one
 * retried after its worker died mid-task), one collection leaves the
 * coordinator's blockstore without a block, no pin, no content use and no task
 * record or per-task index key, while the ledger, its payment markers and the
 * chain stay; the status of a pruned task is answered "unknown ... pruned".
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { AileeClient } from '../../src/client/index.ts'
import { TaskNotFoundError } from '../../src/client/errors.ts'
import type { StateDb } from '../../src/storage/index.ts'
import { merge, startSwarm, type Swarm } from '../helpers/swarm.ts'
import { connectClient, fixtureInput, runFixture, text, waitUntil } from './helpers.ts'

/** Keys under `prefix` in `db`. */
async function count (db: StateDb, prefix: string): Promise<number> {
  let n = 0
  for await (const _ of db.iterate({ prefix, values: false })) n++
  return n
}

describe('retention 0: the coordinator keeps nothing of ended tasks but the ledger and the chain', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({
      workers: 2,
      coordinator: merge({
        content: { retention: { inputsMs: 0, outputsMs: 0 }, gc: { intervalMs: 0 } },
        coordinator: { taskRetentionMs: 0 }
      }, { retry: { breakerThreshold: 1, breakerHalfOpenAfterMs: 60_000 } })
    })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('after plain, replicated and retried tasks, one collection empties blockstore, pins, uses and task records', async () => {
    const coordinator = swarm.coordinator
    const db = coordinator.db
    const ids: string[] = []
    // plain, with an input
    for (let i = 0; i < 3; i++) {
      const r = await runFixture(client, 'wordfreq', { stdin: new TextEncoder().encode(`the cat and the hat ${i}`) })
      assert.equal(r.status, 'completed', r.reason)
      ids.push(r.taskId)
    }
    // replicated on both workers: two outputs compared, one kept
    const replicated = await runFixture(client, 'hello', { verify: { kind: 'replicate', replicas: 2 }, args: ['world'] })
    assert.equal(replicated.status, 'completed', replicated.reason)
    ids.push(replicated.taskId)

    // retried: the leased worker dies mid-task, the task completes on the other
    const taskId = await client.submitDetached(await fixtureInput('primes', { args: ['10000000'], timeoutMs: 60_000 }))
    const done = client.waitForResult(taskId)
    let victimId = ''
    await waitUntil(async () => {
      const status = await client.status(taskId)
      victimId = status.state === 'running' ? status.worker : ''
      return victimId !== '' && (swarm.workers.find(w => w.peerId === victimId)?.worker?.service.running ?? 0) > 0
    }, 30_000, 'the leased worker running the task')
    await swarm.workers.find(w => w.peerId === victimId)!.host.stop()
    const retried = await done
    assert.equal(retried.status, 'completed', retried.reason)
    assert.ok(retried.attempts >= 2, `attempts: ${retried.attempts}`)
    assert.match(text(retried.stdout), /^primes below 10000000: 664579\n/)
    ids.push(taskId)

    await waitUntil(() => coordinator.coordinator!.orchestrator.openTaskCount === 0, 30_000, 'no task open')
    assert.ok(await count(db, 'pins/') > 0, 'content uses were counted')
    assert.equal(await count(db, 'tasks/'), ids.length)
    const paid = await count(db, 'meta/applied/pay/')
    assert.equal(paid, ids.length, 'each task paid once')

    const collected = await coordinator.coordinator!.retention.collect()
    assert.equal(collected.prunedTasks, ids.length)
    const left: string[] = []
    for await (const cid of coordinator.host.content.pinned()) left.push(cid.toString())
    assert.deepEqual(left, [], 'no pin left')
    const blocks: string[] = []
    for await (const { cid } of coordinator.host.helia.blockstore.getAll()) blocks.push(cid.toString())
    assert.deepEqual(blocks, [], 'no block left in the blockstore')
    for (const prefix of ['pins/', 'tasks/', 'meta/open/', 'meta/ended/']) assert.equal(await count(db, prefix), 0, `nothing under ${prefix}`)
    // what the ledger and the chain need stays
    assert.equal(await count(db, 'meta/applied/pay/'), paid)
    await assert.rejects(client.status(taskId), (err: Error) => err instanceof TaskNotFoundError && /pruned.*coordinator\.taskRetentionMs/.test(err.message))
    // receipts are still sealed into blocks (the pending entries do not need the records)
    await waitUntil(async () => await count(db, 'proofs/') >= ids.length, 30_000, 'every task sealed into a block')
  })
})
