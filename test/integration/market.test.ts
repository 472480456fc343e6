/**
 * The task market through real swarms: many tasks in flight within the
 * workers' slots, queueing with a stated reason (no workers, not enough
 * memory), selection decisions in `status`, failover when a worker dies
 * mid-task (reputation and breaker), and payment exactly once.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { pb } from '../../src/proto/index.ts'
import { request } from '../../src/protocol/index.ts'
import type { AileeClient, TaskProgressEvent } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { connectClient, fixtureInput, ledgerBalance, NETWORK_ID, runFixture, sampleLoad, sealedCount, text, waitUntil, workerIds } from './helpers.ts'

const SLOTS = 2
const WORKER_MAX_PAGES = 2048

describe('market: 1 coordinator, 2 workers with 2 slots each', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 2, worker: { worker: { slots: SLOTS, maxMemoryPages: WORKER_MAX_PAGES } } })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('20 tasks in flight all complete, and no worker ever runs more than its slots', async () => {
    const input = await fixtureInput('primes', { args: ['100000'] })
    const sampler = sampleLoad(swarm)
    // stopped on failure too (the timer would keep the test alive); stopping twice is harmless
    const results = await Promise.all(Array.from({ length: 20 }, async () => await client.submit(input)))
      .finally(() => sampler.stop())
    const max = sampler.stop()
    const expected = results[0].stdout
    assert.match(text(expected), /^primes below 100000: 9592\n/)
    for (const r of results) {
      assert.equal(r.status, 'completed', r.reason)
      assert.equal(r.verified, true)
      assert.deepEqual(Buffer.from(r.stdout), Buffer.from(expected))
    }
    assert.equal(new Set(results.map(r => r.taskId)).size, 20, 'twenty distinct tasks')
    assert.deepEqual(new Set(results.map(r => r.worker)), new Set(workerIds(swarm)), 'both workers took tasks')
    for (const [peer, m] of max.perWorker) {
      assert.ok(m.running <= SLOTS, `worker ${peer} ran ${m.running} tasks at once (slots: ${SLOTS})`)
      assert.ok(m.leases <= SLOTS, `coordinator leased ${m.leases} tasks at once to ${peer} (slots: ${SLOTS})`)
    }
    // tasks did run side by side (how close each worker came to its slots depends on bid
    // reservations: a worker that lost a bid keeps the slot reserved for a while)
    assert.ok(max.totalRunning >= 2, `at most ${max.totalRunning} task(s) ran at once`)
    assert.equal(swarm.coordinator.coordinator!.orchestrator.openTaskCount, 0)
  })

  it('status shows each decision with every candidate\'s scores', async () => {
    const result = await runFixture(client, 'hello')
    assert.equal(result.status, 'completed')
    const status = await client.status(result.taskId)
    assert.equal(status.state, 'completed')
    assert.equal(status.worker, result.worker)
    assert.equal(status.attempts, 1)
    assert.equal(status.decisions.length, 1)
    const [decision] = status.decisions
    assert.equal(decision.attempt, 1)
    assert.match(decision.outcome, /completed/)
    assert.equal(decision.candidates.length, 2, 'both workers were considered')
    assert.deepEqual(new Set(decision.candidates.map(c => c.worker)), new Set(workerIds(swarm)))
    const chosen = decision.candidates.filter(c => c.chosen)
    assert.equal(chosen.length, 1)
    assert.equal(chosen[0].worker, result.worker)
    assert.equal(chosen[0].note, '')
    assert.equal(decision.candidates[0], chosen[0], 'the winner ranks first')
    for (const c of decision.candidates) {
      for (const k of ['score', 'health', 'reputation', 'priceScore', 'loadScore'] as const) {
        assert.ok(c[k] >= 0 && c[k] <= 1, `${k} of ${c.worker} is ${c[k]}`)
      }
    }
    assert.ok(chosen[0].score > 0)
    assert.equal(chosen[0].price, 10, 'the price the worker bid')
    const loser = decision.candidates.find(c => !c.chosen)!
    // a loser either says why (excluded, did not bid, ...) or simply scored no higher
    assert.ok(loser.note !== '' || loser.score <= chosen[0].score, `loser ${JSON.stringify(loser)}`)
  })

  it('a task needing more memory than any worker accepts waits QUEUED with a memory reason', async () => {
    const wantPages = 200 * 16
    assert.ok(wantPages > WORKER_MAX_PAGES)
    const events: TaskProgressEvent[] = []
    const taskId = await client.submitDetached(await fixtureInput('hello', { memoryMb: 200, queueTimeoutMs: 2500 }))
    await waitUntil(async () => /memory/.test((await client.status(taskId)).reason), 5000, 'a memory reason')
    const status = await client.status(taskId)
    assert.equal(status.state, 'queued')
    assert.match(status.reason, new RegExp(`needs ${wantPages} pages, the largest worker accepts ${WORKER_MAX_PAGES}`))
    assert.equal(status.attempts, 0)
    // it never runs: the queue timeout ends it, with the reason it waited
    const result = await client.waitForResult(taskId, { onProgress: e => events.push(e) })
    assert.equal(result.status, 'timed_out')
    assert.match(result.reason, /queue timeout/)
    assert.match(result.reason, /memory/)
    assert.equal(result.worker, '')
    assert.equal(result.attempts, 0)
    assert.equal(result.price, 0)
    const types = events.map(e => e.type)
    assert.deepEqual(types.filter(t => ['offered', 'bid', 'assigned', 'running'].includes(t)), [], `never offered: ${types.join(', ')}`)
    assert.equal(types.at(-1), 'done')
  })

  it('ledger: the worker is credited the price exactly once, even when the result arrives twice', async () => {
    const coordinator = swarm.coordinator
    const before = new Map(await Promise.all(workerIds(swarm).map(async w => [w, await ledgerBalance(coordinator, w)] as const)))
    const clientBefore = await ledgerBalance(coordinator, client.peerId)
    const result = await runFixture(client, 'hello', { args: ['pay me'] })
    assert.equal(result.status, 'completed')
    assert.ok(result.price > 0)
    const paid = async (): Promise<void> => {
      for (const w of workerIds(swarm)) {
        assert.equal(await ledgerBalance(coordinator, w), before.get(w)! + (w === result.worker ? result.price : 0), `balance of ${w}`)
      }
      assert.equal(await ledgerBalance(coordinator, client.peerId), clientBefore - result.price)
    }
    await paid()
    assert.equal(await coordinator.coordinator!.store.settlements.ledger.applied(`pay/${result.taskId}`), true)

    // the worker delivers the same result again (as after a lost ack): acknowledged, not paid again
    const record = await coordinator.coordinator!.store.getTask(result.taskId)
    const worker = swarm.workers.find(w => w.peerId === result.worker)!
    const again = await request(worker.host.libp2p, swarm.coordinatorAddr, {
      networkId: NETWORK_ID,
      result: {
        taskId: result.taskId,
        attempt: record!.attempts,
        receipt: pb.SignedReceipt.decode(Buffer.from(record!.outcome!.receipt, 'base64')),
        stdout: result.stdout,
        stderr: new Uint8Array(0)
      }
    }, { networkId: NETWORK_ID, timeoutMs: 5000, maxMessageBytes: 8 * 1024 * 1024 })
    assert.equal(again.body, 'ack')
    assert.match(again.ack?.reason ?? '', /already completed/)
    await paid()

    // the payment is sealed into exactly one block entry, and sealing changes no balance
    await waitUntil(async () => (await coordinator.chain.locate(result.taskId, coordinator.peerId)) != null, 10_000, 'the receipt sealed')
    assert.equal(await sealedCount(coordinator, result.taskId), 1)
    await paid()
  })
})

describe('market: no workers yet', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 0 })
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('a task stays QUEUED saying there are no workers, then completes once a worker joins', async () => {
    const taskId = await client.submitDetached(await fixtureInput('hello', { args: ['late worker'] }))
    await waitUntil(async () => /no workers/.test((await client.status(taskId)).reason), 5000, 'a no-workers reason')
    await new Promise(resolve => setTimeout(resolve, 500))
    const waiting = await client.status(taskId)
    assert.equal(waiting.state, 'queued', 'still queued a while later')
    assert.match(waiting.reason, /no workers/)
    assert.equal(waiting.attempts, 0)

    const worker = await swarm.addWorker()
    const result = await client.waitForResult(taskId)
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(result.worker, worker.peerId)
    assert.equal(text(result.stdout), 'hello from wasm\nlate worker\n')
  })
})

describe('market: a worker dies mid-task', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    // one failure opens a breaker, and it stays open for the test's length
    swarm = await startSwarm({ workers: 2, coordinator: { retry: { breakerThreshold: 1, breakerHalfOpenAfterMs: 60_000 } } })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('the task completes on another worker; the dead one loses reputation and its breaker opens', async () => {
    const scheduler = swarm.coordinator.coordinator!.orchestrator
    const taskId = await client.submitDetached(await fixtureInput('primes', { args: ['10000000'], timeoutMs: 60_000 }))
    const done = client.waitForResult(taskId)
    // the victim is the worker the coordinator leased the task to, once it runs it
    let victimId = ''
    await waitUntil(async () => {
      const status = await client.status(taskId)
      victimId = status.state === 'running' ? status.worker : ''
      return victimId !== '' && (swarm.workers.find(w => w.peerId === victimId)?.worker?.service.running ?? 0) > 0
    }, 15_000, 'the leased worker running the task')
    const victim = swarm.workers.find(w => w.peerId === victimId)!
    const others = swarm.workers.filter(w => w !== victim && (w.worker?.service.running ?? 0) > 0).map(w => w.peerId)
    assert.deepEqual(others, [], 'no worker but the leased one runs the task')
    const reputationBefore = scheduler.peers().find(p => p.peerId === victimId)!.reputation ?? 0
    // hard stop: the node's libp2p goes away with the task still running in its sandbox
    await victim.host.stop()

    const result = await done
    assert.equal(result.status, 'completed', result.reason)
    assert.match(text(result.stdout), /^primes below 10000000: 664579\n/)
    assert.ok(result.attempts >= 2, `attempts: ${result.attempts}`)
    assert.notEqual(result.worker, victimId)
    assert.ok(workerIds(swarm).includes(result.worker))
    assert.equal(result.receipt?.valid, true)
    assert.equal(result.receipt?.workerPeerId, result.worker)

    // the first attempt's decision records the loss
    const status = await client.status(result.taskId)
    const first = status.decisions.find(d => d.attempt === 1)!
    assert.equal(first.candidates.find(c => c.chosen)?.worker, victimId)
    assert.match(first.outcome, /^lost: /)
    const last = status.decisions.at(-1)!
    assert.equal(last.candidates.find(c => c.chosen)?.worker, result.worker)

    // the coordinator's view of the dead worker: not alive, a timeout on record, lower reputation, breaker open
    const view = scheduler.peers().find(p => p.peerId === victimId)!
    assert.equal(view.alive, false)
    assert.ok((view.timeouts ?? 0) + (view.failures ?? 0) >= 1, `timeouts ${view.timeouts}, failures ${view.failures}`)
    assert.ok((view.reputation ?? 1) < reputationBefore, `reputation ${view.reputation} < ${reputationBefore}`)
    assert.equal(view.breaker, 'open')
    const survivor = scheduler.peers().find(p => p.peerId === result.worker)!
    assert.ok((survivor.reputation ?? 0) > (view.reputation ?? 1))
    assert.equal(survivor.breaker, 'closed')
    // only the worker that produced the result is paid
    assert.equal(await ledgerBalance(swarm.coordinator, victimId), 0)
    assert.equal(await ledgerBalance(swarm.coordinator, result.worker), result.price)
    // the client sees the same through `peers`
    const listed = (await client.peers()).find(p => p.peerId === victimId)!
    assert.equal(listed.breaker, 'open')
    assert.equal(listed.alive, false)
  })
})
