/**
 * Range sync over real libp2p (`/ailee/sync/1.0.0`, docs/chain-sync.md): the
 * coordinator seals a block per transfer every 10 ms; a worker that was
 * stopped while 200 blocks were sealed catches up after rejoining; a fresh
 * node joining when the chain has 1,000 blocks fetches and validates them
 * all; a peer serving a forged block is refused and banned while an honest
 * peer completes the chain; malformed sync requests get clear errors.
 */
import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { AileeClient } from '../../src/client/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { SYNC_PROTOCOL } from '../../src/p2p/topics.ts'
import { pb, type ailee } from '../../src/proto/index.ts'
import { RemoteError, TaskProtocolServer, request } from '../../src/protocol/index.ts'
import { blockHash } from '../../src/chain/block.ts'
import { FAST, merge, startSwarm, startTestNode, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { TEST_CLIENT_KEYS } from '../helpers/accounts.ts'
import { connectClient, NETWORK_ID, waitUntil } from './helpers.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'

/** One block per transfer, sealed every 10 ms; requests of the transfers not rate limited. */
const BASE: NodeConfigInput = merge(FAST, {
  coordinator: { blockIntervalMs: 10, maxReceiptsPerBlock: 1 },
  limits: { maxRequestsPerPeerPerSecond: 5000 },
  chain: { sync: { maxBlocksPerRequest: 128 } }
})

/** Seals `n` more blocks of `coordinator` (one transfer each) and waits until they are stored. */
async function produceBlocks (client: AileeClient, coordinator: StartedNode, n: number): Promise<number> {
  const payee = peerIdFromPrivateKey(TEST_CLIENT_KEYS[7]).toString()
  const start = (await coordinator.chain.head(coordinator.peerId))?.height ?? -1
  // 16 transfers in flight: the coordinator seals them one a block, every 10 ms
  let next = 0
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < n) {
      next++
      await client.transfer(payee, 1n)
    }
  }))
  await waitUntil(async () => ((await coordinator.chain.head(coordinator.peerId))?.height ?? -1) >= start + n, 60_000, `${n} blocks sealed`)
  return (await coordinator.chain.head(coordinator.peerId))!.height
}

/** Waits until `node` stores `producer`'s chain up to `height`. */
async function caughtUp (node: StartedNode, producer: string, height: number, timeoutMs = 60_000): Promise<void> {
  await waitUntil(async () => ((await node.chain.head(producer))?.height ?? -1) >= height, timeoutMs, `${node.peerId} at height ${height} of ${producer}`)
}

describe('range sync over /ailee/sync/1.0.0', () => {
  let swarm: Swarm
  let client: AileeClient
  let coordinatorId: string
  const cleanup = new Cleanup()

  before(async () => {
    swarm = await startSwarm({ workers: 1, base: BASE })
    coordinatorId = swarm.coordinator.peerId
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await cleanup.run()
    await client?.close()
    await swarm?.stop()
  })

  it('a worker stopped while 200 blocks are sealed catches up after rejoining', async () => {
    const config = { network: { bootstrap: [swarm.coordinatorAddr] } }
    const first = await startTestNode('worker', config, undefined, BASE)
    cleanup.add(async () => { await rm(first.dataDir, { recursive: true, force: true }) })
    const before = await produceBlocks(client, swarm.coordinator, 5)
    await caughtUp(first.node, coordinatorId, before)
    await first.node.stop()

    const head = await produceBlocks(client, swarm.coordinator, 200)
    const again = (await startTestNode('worker', config, first.dataDir, BASE)).node
    cleanup.add(async () => { await again.stop() })
    const started = Date.now()
    await caughtUp(again, coordinatorId, head)
    const tookMs = Date.now() - started
    const stats = again.chainSync.producerStats(coordinatorId)!
    assert.ok(stats.blocksSynced >= 200 - 5, `the missed blocks came by range sync (${stats.blocksSynced} synced)`)
    assert.equal(again.chainSync.range.catchUp.stats().invalidBlocks, 0)
    assert.equal((await again.chain.validateChain(coordinatorId))?.height, head, 'the stored chain validates')
    assert.deepEqual((await again.chain.head(coordinatorId))!.hash, (await swarm.coordinator.chain.head(coordinatorId))!.hash.slice(0))
    console.log(`# rejoining worker caught up on ${stats.blocksSynced} blocks in ${tookMs} ms`)
  })

  it('a fresh node joining a chain of 1,000 blocks fetches and validates them all; a peer serving a forged block is banned', async () => {
    const current = (await swarm.coordinator.chain.head(coordinatorId))?.height ?? -1
    const head = current >= 999 ? current : await produceBlocks(client, swarm.coordinator, 999 - current)
    assert.ok(head >= 999)

    // a rogue peer that claims the chain and serves it with block 500 forged (an entry's price changed)
    const rogue: AileeHost = await startHost(cleanup, { networkId: NETWORK_ID, dht: false })
    let rogueRanges = 0
    const server = new TaskProtocolServer(rogue.libp2p, { protocol: SYNC_PROTOCOL, networkId: NETWORK_ID, maxMessageBytes: 8 << 20, maxStreamsPerPeer: 8, maxRequestsPerPeerPerSecond: 1000 }, async (req, ctx) => {
      if (req.body === 'chainHeads') {
        const h = (await swarm.coordinator.chain.head(coordinatorId))!
        await ctx.send({ chainHeads: { heads: [{ producerPeerId: coordinatorId, height: h.height, headHash: h.hash }] } })
        return
      }
      rogueRanges++
      const q = req.blockRange!
      const blocks: Uint8Array[] = []
      for await (const { height, bytes } of swarm.coordinator.chain.encodedBlocks(coordinatorId, Number(q.fromHeight), q.count!)) {
        if (height !== 500) { blocks.push(bytes); continue }
        const forged = pb.Block.decode(bytes)
        forged.entries[0].price = Number(forged.entries[0].price ?? 0) + 1
        blocks.push(pb.Block.encode(forged).finish())
      }
      await ctx.send({ blockRange: { blocks } })
    })
    await server.start()
    cleanup.add(async () => { await server.stop() })

    // the fresh node knows only the rogue at first
    const { node: fresh, dataDir } = await startTestNode('worker', { network: { bootstrap: [rogue.multiaddrs()[0]] } }, undefined, BASE)
    cleanup.add(async () => { await rm(dataDir, { recursive: true, force: true }) })
    cleanup.add(async () => { await fresh.stop() })
    const scores = fresh.chainSync.range.scores
    await waitUntil(() => scores.get(rogue.peerId.toString())?.invalidBlocks === 1, 60_000, 'the rogue banned')
    assert.equal((await fresh.chain.head(coordinatorId))?.height, 499, 'the blocks before the forged one are valid and kept')
    assert.match(scores.get(rogue.peerId.toString())!.reason, /block 500 of .*receipts-root-mismatch/)
    const rangesAtBan = rogueRanges

    // now an honest peer: the rest comes from it, the rogue is not asked again
    const started = Date.now()
    await fresh.host.libp2p.dial(swarm.coordinator.host.libp2p.getMultiaddrs()[0])
    await caughtUp(fresh, coordinatorId, head)
    const tookMs = Date.now() - started
    await fresh.chainSync.range.catchUp.askHeads(rogue.peerId.toString())
    fresh.chainSync.range.catchUp.noteHead(coordinatorId, head + 10, rogue.peerId.toString())
    await fresh.chainSync.range.catchUp.idle()
    assert.equal(rogueRanges, rangesAtBan, 'a banned peer is not asked again')
    assert.equal((await fresh.chain.validateChain(coordinatorId))?.height, head, 'all blocks validate')
    const stored = await fresh.chain.get(coordinatorId, 500)
    const genuine = await swarm.coordinator.chain.get(coordinatorId, 500)
    assert.deepEqual(blockHash(stored!.header), blockHash(genuine!.header))
    assert.deepEqual(pb.Block.encode(stored!).finish(), pb.Block.encode(genuine!).finish(), 'the genuine block 500 is stored')
    const stats = fresh.chainSync.range.catchUp.stats()
    assert.equal(stats.invalidBlocks, 1)
    assert.ok(stats.blocksStored >= 1000, `${stats.blocksStored} blocks stored by range sync`)
    console.log(`# fresh node: ${head + 1} blocks, the last ${head - 499} fetched and validated in ${tookMs} ms`)
  })

  it('malformed sync requests get clear errors; an over-large count is clamped', async () => {
    const peer = await startHost(cleanup, { networkId: NETWORK_ID, dht: false })
    const target = swarm.coordinator.host.libp2p.getMultiaddrs()[0]
    const ask = async (body: object): Promise<ailee.v1.Response> =>
      await request(peer.libp2p, target, body, { protocol: SYNC_PROTOCOL, networkId: NETWORK_ID, timeoutMs: 10_000, maxMessageBytes: 8 << 20 }) 
    const refused = async (body: object, code: number, message: RegExp): Promise<void> => {
      await assert.rejects(ask(body), (err: unknown) => err instanceof RemoteError && err.code === code && message.test(err.message))
    }
    await refused({ blockRange: { producerPeerId: coordinatorId, fromHeight: 0, count: 0 } }, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, /blockRange.count must be a positive integer, got 0/)
    await refused({ blockRange: { producerPeerId: '', count: 1 } }, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, /blockRange.producerPeerId must be a non-empty string/)
    await refused({ blockRange: { producerPeerId: 'x'.repeat(500), count: 1 } }, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, /at most 128 characters/)
    await refused({ blockRange: { producerPeerId: peer.peerId.toString(), count: 1 } }, pb.ErrorCode.ERROR_CODE_NOT_FOUND, /no chain of .* is stored here/)
    await refused({ status: { taskId: 'x' } }, pb.ErrorCode.ERROR_CODE_UNSUPPORTED, /serves only chainHeads and blockRange/)
    const clamped = await ask({ blockRange: { producerPeerId: coordinatorId, fromHeight: 0, count: 100_000 } })
    assert.equal(clamped.blockRange?.blocks?.length, 128, 'at most chain.sync.maxBlocksPerRequest')
    const beyond = await ask({ blockRange: { producerPeerId: coordinatorId, fromHeight: 1_000_000, count: 5 } })
    assert.equal(beyond.blockRange?.blocks?.length, 0)
    const heads = await ask({ chainHeads: {} })
    assert.ok(heads.chainHeads?.heads?.some(h => h.producerPeerId === coordinatorId))
    // the task protocol does not serve sync requests
    await assert.rejects(request(peer.libp2p, target, { chainHeads: {} }, { networkId: NETWORK_ID, timeoutMs: 10_000, maxMessageBytes: 8 << 20 }),
      (err: unknown) => err instanceof RemoteError && err.code === pb.ErrorCode.ERROR_CODE_UNSUPPORTED)
  })
})
