/**
 * Finding 4 ("any self-signed producer's chain is accepted") performed against
 * a real swarm: a rogue libp2p host, in the blocks mesh of the coordinator and
 * of both workers, gossips blocks of thousands of validly signed receipts
 * under self-signed producer identities. Each node verifies at most its
 * budget (`chain.maxForeignEntriesPerMinute` per producer,
 * `chain.maxForeignEntriesPerMinuteTotal` for producers it does not list),
 * stores nothing beyond it, rejects a block over `chain.maxForeignBlockEntries`
 * unverified, and counts every refusal with its reason; a worker that lists
 * its coordinator (`worker.coordinators`) verifies none of them. Meanwhile an
 * honest client's task completes and its block is stored by the workers.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ZERO_HASH, blockHash, buildBlock } from '../../src/chain/block.ts'
import type { AileeClient } from '../../src/client/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { topicsFor } from '../../src/p2p/topics.ts'
import { pb, type ailee } from '../../src/proto/index.ts'
import { entryFor, identity, type Identity } from '../chain/fixtures.ts'
import { FAST, localAddr, merge, startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { connectClient, NETWORK_ID, runFixture, text, waitUntil } from './helpers.ts'

/** The bounds every node of the swarm applies (small, so the attack stays quick). */
const CHAIN = {
  maxForeignBlockEntries: 1500,
  maxForeignBlockBytes: 1024 * 1024,
  maxForeignEntriesPerMinute: 1600,
  maxForeignEntriesPerMinuteTotal: 2000
}
const topic = topicsFor(NETWORK_ID).blocks

/** `n` validly signed receipt entries of `producer`, task ids `{prefix}-{i}`. */
async function signedEntries (prefix: string, n: number, worker: Identity, producer: Identity): Promise<ailee.v1.IBlockEntry[]> {
  const entries: ailee.v1.IBlockEntry[] = []
  for (let i = 0; i < n; i++) entries.push(await entryFor(`${prefix}-${i}`, worker, producer))
  return entries
}

async function block (producer: Identity, height: number, prevHash: Uint8Array, entries: ailee.v1.IBlockEntry[]): Promise<ailee.v1.Block> {
  return await buildBlock({ height, prevHash, entries, producerKey: producer.key, timestampMs: Date.now(), stateRoot: ZERO_HASH })
}

describe('a rogue producer\'s chain costs each node at most its budget', () => {
  let swarm: Swarm
  let client: AileeClient
  /** follows any producer (the default), within the budgets */
  let open: StartedNode
  /** lists the swarm's coordinator in `worker.coordinators`: follows only its chain */
  let follower: StartedNode
  let rogue: AileeHost
  const cleanup = new Cleanup()

  before(async () => {
    swarm = await startSwarm({ workers: 1, base: merge(FAST, { chain: CHAIN }) })
    open = swarm.workers[0]
    follower = await swarm.addWorker({ worker: { coordinators: [swarm.coordinator.peerId] } })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr)
    rogue = await startHost(cleanup, { networkId: NETWORK_ID, bootstrap: [swarm.coordinatorAddr, localAddr(open), localAddr(follower)], dht: false })
    rogue.gossip.subscribe(topic, { decode: bytes => bytes, onMessage: () => {} })
    const nodes = [swarm.coordinator, open, follower]
    await waitUntil(() => nodes.every(n => rogue.gossip.meshPeers(topic).includes(n.peerId)), 20_000, 'every node in the rogue\'s blocks mesh')
  })

  after(async () => {
    await cleanup.run()
    await client?.close()
    await swarm?.stop()
  })

  async function publish (b: ailee.v1.Block): Promise<void> {
    await rogue.gossip.publish(topic, pb.Block.encode(b).finish())
  }

  it('verifies at most the budget, stores nothing beyond it, counts each refusal by reason, and keeps serving an honest client', async () => {
    const [a, b, c, worker] = await Promise.all([identity(), identity(), identity(), identity()])
    // 4,500 validly signed receipts, plus a block of 2,000 entries
    const a0 = await block(a, 0, ZERO_HASH, await signedEntries('a0', 1500, worker, a))
    const a1 = await block(a, 1, blockHash(a0.header), await signedEntries('a1', 1500, worker, a))
    const b0 = await block(b, 0, ZERO_HASH, await signedEntries('b0', 1500, worker, b))
    const cEntries = await signedEntries('c0', 1000, worker, c)
    const c0 = await block(c, 0, ZERO_HASH, [...cEntries, ...cEntries.map(e => ({ ...e, price: 11 }))])
    assert.equal(c0.entries.length, 2000)

    const honest = runFixture(client, 'hello')
    const bothFollowAny = [swarm.coordinator, open]

    // a0 fits a's budget (1,600 a minute) and the shared one (2,000): verified and stored; after it,
    // a has 100 left (+27 a second) and the shared budget 500 (+33 a second)
    await publish(a0)
    await waitUntil(async () => {
      for (const n of bothFollowAny) if ((await n.chain.head(a.peerId)) == null) return false
      return follower.chainSync.stats().refused['not-followed'] >= 1
    }, 30_000, 'a0 stored by the coordinator and the open worker, ignored by the follower')

    // a1: over a's budget; b0: within b's own budget but over the shared one; c0: over the entry bound
    await publish(a1)
    await publish(b0)
    await publish(c0)
    await waitUntil(() => bothFollowAny.every(n => {
      const r = n.chainSync.stats().refused
      return r['over-producer-budget'] >= 1 && r['over-total-budget'] >= 1 && r['too-many-entries'] >= 1
    }) && follower.chainSync.stats().refused['not-followed'] >= 4, 30_000, 'every rogue block refused')

    for (const n of bothFollowAny) {
      const name = n === open ? 'open worker' : 'coordinator'
      const ofA = n.chainSync.producerStats(a.peerId)!
      const ofB = n.chainSync.producerStats(b.peerId)!
      const ofC = n.chainSync.producerStats(c.peerId)!
      // a0: its header (checked once, before charging the budget) and 1,500 receipts; a1: its header only
      assert.equal(ofA.signaturesChecked, 1 + 1500 + 1, `${name}: signatures checked for a`)
      assert.ok(ofA.signaturesChecked - 2 <= CHAIN.maxForeignEntriesPerMinute, `${name}: within a's budget`)
      assert.deepEqual([ofA.blocksStored, ofA.entriesStored, ofA.refused['over-producer-budget']], [1, 1500, 1], `${name}: a`)
      assert.equal(ofB.signaturesChecked, 1, `${name}: b0's header only`)
      assert.deepEqual([ofB.blocksStored, ofB.refused['over-total-budget']], [0, 1], `${name}: b`)
      assert.equal(ofC.signaturesChecked, 0, `${name}: c0 is refused from its size, unverified`)
      assert.deepEqual([ofC.blocksStored, ofC.refused['too-many-entries']], [0, 1], `${name}: c`)
      assert.equal((await n.chain.head(a.peerId))?.height, 0)
      assert.equal(await n.chain.get(a.peerId, 1), undefined, `${name}: a1 not stored`)
      assert.equal(await n.chain.head(b.peerId), undefined, `${name}: b0 not stored`)
      assert.equal(await n.chain.head(c.peerId), undefined, `${name}: c0 not stored`)
      // c0 is invalid by the rules every node applies: rejected, which lowers the rogue's gossip score
      await waitUntil(() => n.host.gossip.score(rogue.peerId) < 0, 10_000, `${name}: the rogue penalised`)
    }
    for (const p of [a, b, c]) {
      const ofP = follower.chainSync.producerStats(p.peerId)!
      assert.equal(ofP.signaturesChecked, 0, 'the follower checks no signature of a producer it does not follow')
      assert.equal(await follower.chain.head(p.peerId), undefined)
    }
    assert.equal(follower.chainSync.stats().refused['not-followed'], 4)
    assert.equal(follower.chainSync.stats().signaturesChecked, follower.chainSync.producerStats(swarm.coordinator.peerId)?.signaturesChecked ?? 0,
      'the follower verified only its coordinator\'s blocks')

    // the honest client is served throughout, and its receipt's block reaches both workers
    const result = await honest
    assert.equal(result.status, 'completed', result.reason)
    assert.match(text(result.stdout), /hello/i)
    const coordinator = swarm.coordinator.peerId
    await waitUntil(async () => (await swarm.coordinator.chain.locate(result.taskId, coordinator)) != null, 15_000, 'the honest receipt sealed')
    for (const w of [follower, open]) {
      await waitUntil(async () => (await w.chain.locate(result.taskId, coordinator)) != null, 15_000, `the honest block stored by ${w === open ? 'the open worker' : 'the follower'}`)
    }
    assert.equal(follower.chainSync.producerStats(coordinator)?.refused['not-followed'] ?? 0, 0)
  })
})
