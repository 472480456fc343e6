/**
 * The gossip path of a producer's other branch, over real libp2p and RocksDB:
 * a producer signed two branches of its chain parting at height 3; node A
 * stores one (blocks 0-5), a peer stores the other (blocks 0-6) and gossips its
 * block 6, which does not link to A's block 5. A ignores it (not rejected: the
 * peer keeps its gossipsub score), counts it as a fork, keeps its chain, and
 * range sync asks the peer for its blocks below 6 until they meet A's: the
 * fork evidence of height 3 is stored. The same block with a signature that
 * is not the producer's is rejected and lowers the peer's score.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pino } from 'pino'
import { ZERO_HASH, blockHash, buildBlock } from '../../src/chain/block.ts'
import { ChainStore } from '../../src/chain/chain-store.ts'
import { verifyForkEvidence } from '../../src/chain/fork-evidence.ts'
import { resolveConfig } from '../../src/config/load.ts'
import { startChainSync } from '../../src/node/chain-sync.ts'
import { createSyncHandler } from '../../src/node/sync-server.ts'
import { SYNC_PROTOCOL, topicsFor } from '../../src/p2p/topics.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { TaskProtocolServer } from '../../src/protocol/index.ts'
import { entryFor, identity, type Identity } from '../chain/fixtures.ts'
import { Cleanup, startHost, waitUntil } from '../helpers/swarm-host.ts'
import { openTempDb } from '../storage/helpers.ts'
import { NETWORK_ID } from './helpers.ts'

const log = pino({ level: 'silent' })
const topic = topicsFor(NETWORK_ID).blocks

/** `base` continued to `n` blocks of `producer`, one receipt of `worker` each. */
async function extend (base: ailee.v1.Block[], producer: Identity, worker: Identity, n: number): Promise<ailee.v1.Block[]> {
  const out = [...base]
  let prevHash = out.length === 0 ? ZERO_HASH : blockHash(out[out.length - 1].header)
  for (let height = out.length; height < n; height++) {
    const block = await buildBlock({ height, prevHash, entries: [await entryFor(`t-${height}`, worker, producer)], producerKey: producer.key, timestampMs: 1000 + height, stateRoot: ZERO_HASH })
    prevHash = blockHash(block.header)
    out.push(block)
  }
  return out
}

describe('a gossiped block of the producer\'s other branch', () => {
  it('is ignored, not rejected: the sender keeps its score, the chain is kept, the fork point is found and its evidence stored', async t => {
    const cleanup = new Cleanup()
    try {
      const [producer, worker, otherWorker] = await Promise.all([identity(), identity(), identity()])
      const shared = await extend([], producer, worker, 3)
      const ours = await extend(shared, producer, worker, 6)
      const theirs = await extend(shared, producer, otherWorker, 7)

      const [{ db: dbA }, { db: dbB }] = await Promise.all([openTempDb(t), openTempDb(t)])
      const chainA = new ChainStore(dbA)
      const chainB = new ChainStore(dbB)
      for (const b of ours) await chainA.append(b)
      for (const b of theirs) await chainB.append(b)

      // node A: chain sync (gossip and range sync) on a real host
      const hostA = await startHost(cleanup, { networkId: NETWORK_ID, dht: false })
      const sync = startChainSync(resolveConfig({ network: { networkId: NETWORK_ID } }), hostA, chainA, log)
      cleanup.add(async () => { sync.stop(); await sync.range.catchUp.idle() })

      // the peer: stores the other branch, serves it on /ailee/sync/1.0.0 and gossips its block 6
      const peer = await startHost(cleanup, { networkId: NETWORK_ID, dht: false, bootstrap: [hostA.multiaddrs()[0]] })
      let ranges = 0
      const handler = createSyncHandler(chainB, { maxBlocksPerRequest: 256, maxResponseBytes: 4 << 20 })
      const server = new TaskProtocolServer(peer.libp2p, { protocol: SYNC_PROTOCOL, networkId: NETWORK_ID, maxMessageBytes: 8 << 20, maxStreamsPerPeer: 8, maxRequestsPerPeerPerSecond: 1000 }, async (req, ctx) => {
        if (req.body === 'blockRange') ranges++
        await handler(req, ctx)
      })
      await server.start()
      cleanup.add(async () => { await server.stop() })
      peer.gossip.subscribe(topic, { decode: bytes => bytes, onMessage: () => {} })
      await waitUntil(() => peer.gossip.meshPeers(topic).includes(hostA.peerId.toString()), 20_000, 'A in the peer\'s blocks mesh')

      await peer.gossip.publish(topic, pb.Block.encode(theirs[6]).finish())
      await waitUntil(async () => (await chainA.forks(producer.peerId)).length > 0, 20_000, 'the fork evidence stored')
      await sync.range.catchUp.idle()

      const stats = sync.producerStats(producer.peerId)!
      assert.deepEqual([stats.forks, stats.invalid, stats.blocksStored], [1, 0, 0])
      assert.ok(hostA.gossip.score(peer.peerId) >= 0, `the peer keeps its gossip score (${hostA.gossip.score(peer.peerId)})`)
      assert.equal(sync.range.scores.usable(peer.peerId.toString()), true, 'not banned by range sync either')
      assert.equal(sync.range.scores.get(peer.peerId.toString())?.invalidBlocks ?? 0, 0)
      assert.ok(ranges >= 2, 'block 6 fetched again, then the blocks below it')
      assert.equal(sync.range.catchUp.stats().forkPoints, 1)
      const forks = await chainA.forks(producer.peerId)
      assert.deepEqual(forks.map(f => f.height), [3])
      assert.deepEqual(forks[0].headers[1].header, Uint8Array.from(theirs[3].header))
      assert.equal(await verifyForkEvidence(forks[0]), true)
      assert.deepEqual((await chainA.head(producer.peerId))?.hash, blockHash(ours[5].header), 'A keeps its chain')

      // the same block with a signature that is not the producer's: forged, rejected, the sender scored down
      const forged = pb.Block.decode(pb.Block.encode(theirs[6]).finish())
      forged.signature = new Uint8Array(64).fill(9)
      await peer.gossip.publish(topic, pb.Block.encode(forged).finish())
      await waitUntil(() => hostA.gossip.score(peer.peerId) < 0, 20_000, 'the sender of the forged block scored down')
      assert.equal(sync.producerStats(producer.peerId)!.invalid, 1)
      assert.equal((await chainA.forks(producer.peerId)).length, 1)
    } finally {
      await cleanup.run()
    }
  })
})
