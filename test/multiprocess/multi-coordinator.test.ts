/**
 * Two coordinators as separate `bin/node` processes (issue 12, part 5): two
 * workers serve both; a client given both addresses lists them; the first
 * coordinator is SIGKILLed (no goodbye announcement); new submissions from the
 * client go to the second and complete there.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { AileeClient } from '../../src/client/index.ts'
import { DEV_CLIENT_KEY_FILE } from '../../src/config/dev-account.ts'
import { loadKeyFile } from '../../src/p2p/identity.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { merge } from '../helpers/swarm.ts'
import { TEST_CONFIG, waitForLiveWorkers } from './cluster.ts'
import { NodeGroup } from './node-process.ts'

const CONFIG = merge(TEST_CONFIG, { coordinator: { announceIntervalMs: 500 } })

describe('two coordinator processes, one killed', { timeout: 300_000 }, () => {
  const group = new NodeGroup()
  const clients: AileeClient[] = []
  let root = ''
  after(async () => {
    await Promise.allSettled(clients.map(async c => { await c.close() }))
    await group.stopAll()
    if (root !== '') await rm(root, { recursive: true, force: true })
  })

  it('new submissions of a client given both go to the survivor and complete', async () => {
    root = await mkdtemp(join(tmpdir(), 'ailee-mp-coords-'))
    const first = await group.start({ role: 'coordinator', dataDir: join(root, 'c1'), config: CONFIG })
    const second = await group.start({ role: 'coordinator', dataDir: join(root, 'c2'), bootstrap: [first.addr], config: CONFIG })
    await Promise.all([0, 1].map(async i => await group.start({ role: 'worker', dataDir: join(root, `w${i}`), bootstrap: [first.addr, second.addr], config: CONFIG })))
    // the public development key: the development genesis funds it in each coordinator's ledger
    const privateKey = await loadKeyFile(DEV_CLIENT_KEY_FILE)
    const options = { networkId: 'ailee-dev', reconnectIntervalMs: 200, privateKey }
    const client = await AileeClient.connect([first.addr, second.addr], options)
    clients.push(client)
    // another identity: two hosts of one peer id would get each other's bitswap wants
    const ofSecond = await AileeClient.connect(second.addr, { networkId: 'ailee-dev' })
    clients.push(ofSecond)
    await waitForLiveWorkers(client, 2)
    await waitForLiveWorkers(ofSecond, 2)
    const deadline = Date.now() + 30_000
    while ((await client.coordinators()).length < 2 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 200))
    assert.deepEqual((await client.coordinators()).map(c => c.peerId), [first.peerId, second.peerId])

    const exit = await first.stop('SIGKILL')
    assert.equal(exit.signal, 'SIGKILL')
    const wasm = await readFixture('hello')
    const results = await Promise.all([1, 2].map(async i => await client.submit({ wasm, args: [`after-${i}`] })))
    for (const [i, result] of results.entries()) {
      assert.equal(result.status, 'completed', result.reason)
      assert.equal(result.verified, true)
      assert.match(Buffer.from(result.stdout).toString(), new RegExp(`after-${i + 1}`))
      assert.equal(client.coordinatorOf(result.taskId), second.addr, 'taken by the surviving coordinator')
      assert.equal((await ofSecond.status(result.taskId)).state, 'completed')
    }
    assert.equal(client.coordinator, second.addr)
  })
})
