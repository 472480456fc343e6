/**
 * More than one coordinator (issue 12, part 5), real in-process nodes over TCP:
 * two coordinators announce themselves on gossip and each lists both; workers
 * serve both; a client given both addresses submits to the first, and once
 * that one is stopped, new submissions go to the other and complete there.
 */
import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { AileeClient } from '../../src/client/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { nextTestClientKey } from '../helpers/accounts.ts'
import { FAST, localAddr, merge, startSwarm, startTestNode, type Swarm } from '../helpers/swarm.ts'
import { Cleanup } from '../helpers/swarm-host.ts'
import { fixtureInput, NETWORK_ID, waitUntil } from './helpers.ts'

const BASE: NodeConfigInput = merge(FAST, { coordinator: { announceIntervalMs: 300 } })

describe('two coordinators: announcement, listing and client failover', () => {
  let swarm: Swarm
  let second: StartedNode
  let client: AileeClient
  const cleanup = new Cleanup()

  before(async () => {
    swarm = await startSwarm({ workers: 0, base: BASE })
    const started = await startTestNode('coordinator', { network: { bootstrap: [swarm.coordinatorAddr] } }, undefined, BASE)
    second = started.node
    cleanup.add(async () => { await rm(started.dataDir, { recursive: true, force: true }) })
    cleanup.add(async () => { await second.stop() })
    // workers know both coordinators (worker.coordinators empty: they serve any)
    for (let i = 0; i < 2; i++) await swarm.addWorker({ network: { bootstrap: [swarm.coordinatorAddr, localAddr(second)] } })
    await swarm.waitForWorkers(2)
    await waitUntil(() => second.coordinator!.orchestrator.peers().filter(p => p.alive === true).length >= 2, 15_000, 'the second coordinator sees both workers')
    client = await AileeClient.connect([swarm.coordinatorAddr, localAddr(second)], {
      privateKey: nextTestClientKey(), networkId: NETWORK_ID, timeoutMs: 5_000, streamIdleTimeoutMs: 60_000, followDeadlineMs: 60_000, reconnectIntervalMs: 200
    })
  })

  after(async () => {
    await client?.close()
    await cleanup.run()
    await swarm?.stop()
  })

  it('each coordinator lists itself first and the other from its announcements', async () => {
    const first = swarm.coordinator
    await waitUntil(async () => (await client.coordinators()).length >= 2, 15_000, 'the first coordinator lists two coordinators')
    const listed = await client.coordinators()
    assert.deepEqual(listed.map(c => c.peerId), [first.peerId, second.peerId])
    assert.ok(listed.every(c => c.accepting), 'both take tasks')
    assert.ok(listed[1].multiaddrs.includes(localAddr(second)), 'the other coordinator\'s address is dialable as announced')
  })

  it('a task goes to the first reachable coordinator and completes there', async () => {
    const result = await client.submit(await fixtureInput('hello', { args: ['one'] }))
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(client.coordinatorOf(result.taskId), swarm.coordinatorAddr)
    assert.ok(await swarm.coordinator.coordinator!.orchestrator.get(result.taskId) != null)
  })

  it('with the first coordinator stopped, new submissions go to the second and complete', async () => {
    const first = swarm.coordinator
    await first.stop()
    // the second heard the first's last announcement (accepting: false), or forgets it soon
    const clientOfSecond = await AileeClient.connect(localAddr(second), { privateKey: nextTestClientKey(), networkId: NETWORK_ID, timeoutMs: 5_000 })
    cleanup.add(async () => { await clientOfSecond.close() })
    await waitUntil(async () => !(await clientOfSecond.coordinators()).some(c => c.peerId === first.peerId && c.accepting), 15_000, 'the first coordinator no longer listed as accepting')

    const results = await Promise.all([1, 2].map(async i => await client.submit(await fixtureInput('hello', { args: [`after-${i}`] }))))
    for (const result of results) {
      assert.equal(result.status, 'completed', result.reason)
      assert.match(Buffer.from(result.stdout).toString(), /after-/)
      assert.equal(client.coordinatorOf(result.taskId), localAddr(second), 'taken by the second coordinator')
      const record = await second.coordinator!.orchestrator.get(result.taskId)
      assert.equal(record?.state, 'completed')
    }
    assert.equal(client.coordinator, localAddr(second), 'the second is now the current coordinator')
    // a detached submission and a status query also go to the second
    const taskId = await client.submitDetached(await fixtureInput('hello', { args: ['detached'] }))
    assert.equal(client.coordinatorOf(taskId), localAddr(second))
    const done = await client.waitForResult(taskId)
    assert.equal(done.status, 'completed', done.reason)
  })
})
