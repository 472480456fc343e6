/**
 * A coordinator stopped with tasks in flight and started again on the same
 * data directory and port: the tasks it accepted all complete, each paid
 * once, `status` answers for them, and its chain validates and grows on from
 * where it stopped.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { pb } from '../../src/proto/index.ts'
import type { AileeClient } from '../../src/client/index.ts'
import { liveWorkers, startSwarm, type Swarm } from '../helpers/swarm.ts'
import { nextTestClientKey } from '../helpers/accounts.ts'
import { connectClient, fixtureInput, ledgerBalance, runFixture, sealedCount, text, waitUntil } from './helpers.ts'

describe('coordinator restart on the same data directory', () => {
  let swarm: Swarm
  let client: AileeClient | undefined
  // the client's identity: it reconnects as the same peer, so it still reads its tasks' outputs
  const clientKey = nextTestClientKey()

  before(async () => {
    swarm = await startSwarm({ workers: 2 })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr, undefined, clientKey)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('tasks accepted before the stop complete after the restart, each paid once; the chain continues', async t => {
    let coordinator = swarm.coordinator
    // a first task, sealed, so the chain has a head before the stop
    const first = await runFixture(client!, 'hello', { args: ['before'] })
    assert.equal(first.status, 'completed')
    await waitUntil(async () => (await coordinator.chain.locate(first.taskId, coordinator.peerId)) != null, 10_000, 'the first receipt sealed')

    // tasks handed over detached; stop the coordinator once one of them runs
    const input = await fixtureInput('primes', { args: ['2000000'] })
    const ids = await Promise.all(Array.from({ length: 6 }, async () => await client!.submitDetached(input)))
    await waitUntil(() => swarm.workers.some(w => (w.worker?.service.running ?? 0) > 0), 10_000, 'a task running')
    await client!.close()
    client = undefined

    // same directory, same port: startNode validates the stored chain before it serves
    const identity = coordinator.peerId
    coordinator = await swarm.restartCoordinator()
    assert.equal(coordinator.peerId, identity, 'same identity')
    // nothing is sealed while the coordinator is down: the stored head is the head at the stop
    const headAtStop = await coordinator.chain.validateChain(coordinator.peerId)
    assert.ok(headAtStop != null, 'the chain sealed before the stop is there')
    assert.ok((await coordinator.chain.locate(first.taskId, coordinator.peerId))!.height <= headAtStop.height)
    client = await connectClient(swarm.coordinatorAddr, undefined, clientKey)
    await waitUntil(() => liveWorkers(coordinator) === 2, 20_000, 'workers back')

    // every task completes, and status by id answers for each
    const results = await Promise.all(ids.map(async id => await client!.waitForResult(id, { deadlineMs: 60_000 })))
    for (const r of results) {
      assert.equal(r.status, 'completed', `${r.taskId}: ${r.reason}`)
      assert.match(text(r.stdout), /^primes below 2000000: 148933\n/)
      assert.equal(r.receipt?.valid, true)
      const status = await client.status(r.taskId)
      assert.equal(status.state, 'completed')
      assert.equal(status.worker, r.worker)
    }
    t.diagnostic(`attempts of the detached tasks: ${results.map(r => r.attempts).join(', ')}`)
    assert.equal((await client.status(first.taskId)).state, 'completed', 'a task ended before the stop is still known')
    assert.equal(coordinator.coordinator!.orchestrator.openTaskCount, 0)

    // each paid exactly once: worker balances are the sums of the prices of the tasks each completed
    const all = [first, ...results]
    for (const w of swarm.workers) {
      const earned = all.filter(r => r.worker === w.peerId).reduce((sum, r) => sum + r.price, 0)
      assert.equal(await ledgerBalance(coordinator, w.peerId), earned, `balance of worker ${w.peerId}`)
    }
    for (const r of all) assert.equal(await coordinator.coordinator!.store.settlements.ledger.applied(`pay/${r.taskId}`), true)

    // every receipt sealed once, in a chain that grew on from the head at the stop
    await waitUntil(async () => {
      for (const r of all) if ((await coordinator.chain.locate(r.taskId, coordinator.peerId)) == null) return false
      return true
    }, 15_000, 'every receipt sealed')
    for (const r of all) assert.equal(await sealedCount(coordinator, r.taskId), 1, `receipt of ${r.taskId} sealed once`)
    const head = await coordinator.chain.validateChain(coordinator.peerId)
    assert.ok(head != null)
    // the task running at the stop could not report before it: its receipt went into a block after the restart
    const sealedAfter: string[] = []
    for (const r of all) if ((await coordinator.chain.locate(r.taskId, coordinator.peerId))!.height > headAtStop.height) sealedAfter.push(r.taskId)
    assert.ok(sealedAfter.length >= 1, 'some receipts were sealed after the restart')
    assert.ok(head.height > headAtStop.height, `head ${head.height} after the restart, ${headAtStop.height} at the stop`)
    const heights: number[] = []
    for await (const block of coordinator.chain.blocks(coordinator.peerId)) heights.push(pb.BlockHeader.decode(block.header).height)
    assert.deepEqual(heights, Array.from({ length: head.height + 1 }, (_, i) => i), 'heights are contiguous from 0')
  })
})
