/**
 * A worker serves only its own bids, through a real swarm: a foreign peer
 * (a bare libp2p host, no coordinator) that sends an `Assign` straight to a
 * worker on `/ailee/task/1.0.0` (huge output, an hour of run time, as in
 * finding 6) is refused with the reason, and nothing runs, while a client's
 * honest tasks on the same swarm complete. A worker that lists its
 * coordinator in `worker.coordinators` refuses the foreign peer as such.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { AileeClient } from '../../src/client/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { request } from '../../src/protocol/index.ts'
import { assignToWire, type Assign } from '../../src/protocol/messages/assignment.ts'
import type { ailee } from '../../src/proto/index.ts'
import { ASSIGN_REFUSALS } from '../../src/worker/worker-service.ts'
import { localAddr, startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { connectClient, NETWORK_ID, runFixture, text, waitUntil } from './helpers.ts'

const MiB = 1024 * 1024

/** The Assign of finding 6: 192 MiB of output, one hour, for a task no worker bid on. */
function hostileAssign (taskId: string, overrides: Partial<Assign['spec']['limits']> = {}): Assign {
  return {
    taskId,
    attempt: 1,
    leaseMs: 3_600_000,
    nonce: new Uint8Array(16),
    spec: {
      moduleCid: 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
      inputCid: '',
      args: [],
      env: {},
      limits: { memoryPages: 16, executionMs: 3_600_000, maxOutputBytes: 192 * MiB, ...overrides },
      timeouts: { queueMs: 10_000, bidWindowMs: 300, totalMs: 3_600_000 },
      maxPrice: 1_000_000,
      clientAccount: 'attacker'
    }
  }
}

describe('hostile Assign: a worker runs only Assigns for its own bids', () => {
  let swarm: Swarm
  let client: AileeClient
  /** a worker that accepts any coordinator (the default) */
  let open: StartedNode
  /** a worker that serves only the swarm's coordinator (`worker.coordinators`) */
  let listing: StartedNode
  let attacker: AileeHost
  const cleanup = new Cleanup()

  before(async () => {
    swarm = await startSwarm({ workers: 1 })
    open = swarm.workers[0]
    listing = await swarm.addWorker({ worker: { coordinators: [swarm.coordinator.peerId] } })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr)
    attacker = await startHost(cleanup, { networkId: NETWORK_ID, dht: false })
  })

  after(async () => {
    await cleanup.run()
    await client?.close()
    await swarm?.stop()
  })

  async function sendAssign (worker: StartedNode, assign: Assign): Promise<ailee.v1.Response> {
    return await request(attacker.libp2p, localAddr(worker), { networkId: NETWORK_ID, assign: assignToWire(assign) }, {
      networkId: NETWORK_ID, timeoutMs: 10_000, maxMessageBytes: 8 * MiB
    })
  }

  it('a foreign peer\'s Assign is refused with the reason while an honest task completes', async () => {
    const honest = runFixture(client, 'hello')
    const [huge, modest, toListing] = await Promise.all([
      sendAssign(open, hostileAssign('attack-1')),
      sendAssign(open, hostileAssign('attack-2', { executionMs: 1_000, maxOutputBytes: 1_024 })),
      sendAssign(listing, hostileAssign('attack-3'))
    ])
    assert.equal(huge.body, 'assignAck')
    assert.equal(huge.assignAck?.accepted, false)
    assert.equal(huge.assignAck?.reason, ASSIGN_REFUSALS.noBid)
    assert.equal(modest.assignAck?.accepted, false, 'within limits, but never bid on')
    assert.equal(modest.assignAck?.reason, ASSIGN_REFUSALS.noBid)
    assert.equal(toListing.assignAck?.accepted, false)
    assert.equal(toListing.assignAck?.reason, ASSIGN_REFUSALS.coordinatorNotAccepted)

    const result = await honest
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(result.verified, true)
    assert.match(text(result.stdout), /hello/i)

    // the worker that lists the coordinator serves it: it takes honest tasks too
    const workersSeen = new Set([result.worker])
    for (let batch = 0; batch < 5 && !workersSeen.has(listing.peerId); batch++) {
      const more = await Promise.all(Array.from({ length: 4 }, async () => await runFixture(client, 'hello')))
      for (const r of more) {
        assert.equal(r.status, 'completed', r.reason)
        workersSeen.add(r.worker)
      }
    }
    assert.ok(workersSeen.has(listing.peerId), 'the worker with worker.coordinators ran an honest task')
    await waitUntil(() => open.worker!.service.running === 0 && listing.worker!.service.running === 0, 10_000, 'workers idle')
  })
})
