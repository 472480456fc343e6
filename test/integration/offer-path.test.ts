/**
 * The offer path through real swarms (issues 9 and 12): offers opened together
 * travel in fewer gossip messages than tasks (`TaskOfferBatch`), and with a
 * bidder sample (`coordinator.offerSampleSize`) only the workers an offer names
 * bid; every task completes, verified.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Message } from '@libp2p/gossipsub'
import type { AileeClient, TaskProgressEvent } from '../../src/client/index.ts'
import { topicsFor } from '../../src/p2p/topics.ts'
import { decodeOfferBatch } from '../../src/protocol/messages/offer-batch.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { connectClient, fixtureInput, NETWORK_ID, text, waitUntil } from './helpers.ts'

/** Offers-topic messages as `node` receives them after validation: each batch's offers, task id / attempt / invited. */
function offersSeenBy (node: StartedNode): Array<Array<{ taskId: string, attempt: number, invited: string[] }>> {
  const topic = topicsFor(NETWORK_ID).offers
  const seen: Array<Array<{ taskId: string, attempt: number, invited: string[] }>> = []
  const pubsub = node.host.libp2p.services.pubsub as unknown as EventTarget
  pubsub.addEventListener('message', evt => {
    const msg = (evt as CustomEvent<Message>).detail
    if (msg.topic !== topic) return
    seen.push(decodeOfferBatch(msg.data).offers.map(o => ({ taskId: o.taskId, attempt: o.attempt, invited: o.invitedWorkers })))
  })
  return seen
}

describe('offer path: offers opened together go out in one gossip message', () => {
  const TASKS = 12
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 0, worker: { worker: { slots: 6 } } })
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it(`${TASKS} tasks queued while no worker is up: a worker's slots are offered in one message, fewer messages than offers, every task completes verified`, async () => {
    const orchestrator = swarm.coordinator.coordinator!.orchestrator
    const input = await fixtureInput('hello')
    const ids = await Promise.all(Array.from({ length: TASKS }, async () => await client.submitDetached(input)))
    await waitUntil(() => orchestrator.openTaskCount === TASKS, 30_000, `${TASKS} tasks queued`)
    const offers = swarm.coordinator.coordinator!.offers
    assert.equal(offers.published.messages, 0, 'nothing offered without a worker')
    // the workers come up: each one's first telemetry opens a round for every task its slots take, in one pump
    await swarm.addWorker()
    await swarm.addWorker()
    const results = await Promise.all(ids.map(async id => await client.waitForResult(id)))
    for (const r of results) {
      assert.equal(r.status, 'completed', r.reason)
      assert.equal(r.verified, true)
      assert.equal(text(r.stdout), 'hello from wasm\n')
    }
    const { messages, offers: carried, largest } = offers.published
    assert.ok(carried >= TASKS, `${carried} offers for ${TASKS} tasks`)
    // the first worker's telemetry opened a round for each of its 6 slots in one pump: one message
    // (rounds offered again later, e.g. when a loaded worker missed a bid window, go out as they open)
    assert.ok(largest >= 6, `the most offers in one message: ${largest}`)
    assert.ok(messages < carried, `${messages} offer messages for ${carried} offers`)
  })
})

describe('offer path: a bidder sample of 2 among 6 workers', () => {
  const TASKS = 12
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 6, coordinator: { coordinator: { offerSampleSize: 2 } }, worker: { worker: { slots: 2 } } })
    await swarm.waitForWorkers(6)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('only the workers an offer names bid, and every task completes', async () => {
    // a worker receives every offer (6 workers: the coordinator's mesh holds them all)
    const seen = offersSeenBy(swarm.workers[0])
    const bids: Array<{ taskId: string, attempt: number, worker: string }> = []
    const input = await fixtureInput('hello')
    const results = await Promise.all(Array.from({ length: TASKS }, async () => await client.submit({
      ...input,
      onProgress: (e: TaskProgressEvent) => { if (e.type === 'bid') bids.push({ taskId: e.taskId, attempt: e.attempt, worker: e.worker }) }
    })))
    for (const r of results) assert.equal(r.status, 'completed', r.reason)
    const offers = seen.flat()
    const sampled = offers.filter(o => o.invited.length > 0)
    assert.ok(sampled.length > 0, 'some offers named a sample')
    for (const o of sampled) assert.equal(o.invited.length, 2, `a sample of 2: ${o.invited.join(', ')}`)
    assert.ok(bids.length >= TASKS, `${bids.length} bids`)
    for (const b of bids) {
      const rounds = offers.filter(o => o.taskId === b.taskId && o.attempt === b.attempt)
      assert.ok(rounds.length > 0, `the offer of ${b.taskId} attempt ${b.attempt} was seen`)
      // a round that named nobody (too few capable workers with room for a sample) is open to all
      if (rounds.every(o => o.invited.length > 0)) {
        assert.ok(rounds.some(o => o.invited.includes(b.worker)), `${b.worker} bid on ${b.taskId} without being invited (${rounds.map(o => o.invited.join('+')).join(' / ')})`)
      }
    }
  })
})
