/**
 * Several producers in one swarm: two coordinators each seal their own chain
 * (one block per transfer); a worker stores and validates both chains as
 * they are gossiped, and a node that joins late, knowing only the first
 * coordinator, fetches both chains by range sync (the first coordinator
 * serves the second's chain too) and validates them.
 */
import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { AileeClient } from '../../src/client/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { FAST, localAddr, merge, startSwarm, startTestNode, type Swarm } from '../helpers/swarm.ts'
import { Cleanup } from '../helpers/swarm-host.ts'
import { TEST_CLIENT_KEYS } from '../helpers/accounts.ts'
import { connectClient, waitUntil } from './helpers.ts'

const BASE: NodeConfigInput = merge(FAST, {
  coordinator: { blockIntervalMs: 10, maxReceiptsPerBlock: 1 },
  limits: { maxRequestsPerPeerPerSecond: 5000 }
})

async function transfers (client: AileeClient, n: number): Promise<void> {
  const payee = peerIdFromPrivateKey(TEST_CLIENT_KEYS[7]).toString()
  for (let i = 0; i < n; i++) await client.transfer(payee, 1n)
}

async function headOf (node: StartedNode, producer: string): Promise<number> {
  return (await node.chain.head(producer))?.height ?? -1
}

describe('two coordinators in one swarm', () => {
  let swarm: Swarm
  let second: StartedNode
  const clients: AileeClient[] = []
  const cleanup = new Cleanup()

  before(async () => {
    swarm = await startSwarm({ workers: 1, base: BASE })
    const started = await startTestNode('coordinator', { network: { bootstrap: [swarm.coordinatorAddr] } }, undefined, BASE)
    second = started.node
    cleanup.add(async () => { await rm(started.dataDir, { recursive: true, force: true }) })
    cleanup.add(async () => { await second.stop() })
    clients.push(await connectClient(swarm.coordinatorAddr), await connectClient(localAddr(second)))
  })

  after(async () => {
    for (const c of clients) await c.close()
    await cleanup.run()
    await swarm?.stop()
  })

  it('every node stores and validates both chains; a late node fetches both', async () => {
    const first = swarm.coordinator
    const producers = [first.peerId, second.peerId]
    await Promise.all([transfers(clients[0], 30), transfers(clients[1], 30)])
    const heads: number[] = []
    for (const [i, node] of [first, second].entries()) {
      await waitUntil(async () => await headOf(node, producers[i]) >= 29, 30_000, `30 blocks of coordinator ${i}`)
      heads.push(await headOf(node, producers[i]))
    }

    const late = await startTestNode('worker', { network: { bootstrap: [swarm.coordinatorAddr] } }, undefined, BASE)
    cleanup.add(async () => { await rm(late.dataDir, { recursive: true, force: true }) })
    cleanup.add(async () => { await late.node.stop() })
    const nodes: Array<[string, StartedNode]> = [['first coordinator', first], ['second coordinator', second], ['worker', swarm.workers[0]], ['late worker', late.node]]
    for (const [name, node] of nodes) {
      for (const [i, producer] of producers.entries()) {
        await waitUntil(async () => await headOf(node, producer) >= heads[i], 30_000, `${name} stores chain ${i} up to ${heads[i]}`)
        const valid = await node.chain.validateChain(producer)
        assert.equal(valid?.height, await headOf(node, producer), `${name}: chain ${i} validates`)
        const original = producer === first.peerId ? first : second
        assert.deepEqual((await node.chain.get(producer, heads[i]))?.header, (await original.chain.get(producer, heads[i]))?.header, `${name}: block ${heads[i]} of chain ${i} is the producer's`)
      }
    }
    // the late worker knew only the first coordinator: the second's chain came from it by range sync
    assert.ok((late.node.chainSync.producerStats(second.peerId)?.blocksSynced ?? 0) >= 30, 'the second chain was range synced')
    assert.ok((late.node.chainSync.producerStats(first.peerId)?.blocksSynced ?? 0) >= 30, 'the first chain was range synced')
  })
})
