/**
 * Task content is private on a real swarm (docs/privacy.md): a client's module,
 * stdin and output are stored and served over bitswap only as envelopes sealed
 * with the task's content key, which travels only on point-to-point streams.
 *
 * A third peer (a bare libp2p host with Helia, connected to the same swarm)
 * that learns the CIDs (an output CID is in every receipt) fetches them by
 * bitswap and gets only ciphertext, while the owner's result is the plaintext
 * and the owner can open the fetched output with its key. A coordinator whose
 * stored content key is wrong makes the worker refuse to run (its content does
 * not authenticate): the task fails with that reason, and the next honest task
 * on the same worker completes.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js'
import type { AileeClient } from '../../src/client/index.ts'
import { ENVELOPE_OVERHEAD_BYTES, newContentKey, openContent, openOutput } from '../../src/content/envelope.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost, waitConnected } from '../helpers/swarm-host.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { connectClient, NETWORK_ID, text, waitUntil } from './helpers.ts'

const SECRET = 'swordfish-7c1e'
/** A string of wordfreq.wasm's data section (its error message prefix). */
const MODULE_STRING = 'wordfreq: '

function contains (haystack: Uint8Array, needle: string | Uint8Array): boolean {
  return Buffer.from(haystack).includes(typeof needle === 'string' ? Buffer.from(needle) : Buffer.from(needle))
}

describe('content privacy: what bitswap serves is sealed', () => {
  let swarm: Swarm
  let client: AileeClient
  let third: AileeHost
  const cleanup = new Cleanup()

  before(async () => {
    swarm = await startSwarm({ workers: 1, coordinator: { retry: { maxAttempts: 1 } } })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
    // the third peer: no role, no key, only Helia, in the same swarm
    third = await startHost(cleanup, { networkId: NETWORK_ID, dht: false, bootstrap: [swarm.coordinatorAddr] })
    await waitConnected(third, swarm.coordinator.host)
  })

  after(async () => {
    await cleanup.run()
    await client?.close()
    await swarm?.stop()
  })

  it('a third peer fetching module, stdin and output by CID gets ciphertext; the owner gets plaintext', async () => {
    const wasm = await readFixture('wordfreq')
    assert.ok(contains(wasm, MODULE_STRING), 'the fixture carries the recognisable string')
    const stdin = new TextEncoder().encode(`the launch code is ${SECRET} and ${SECRET} again\n`)
    const key = newContentKey()
    const result = await client.submit({ wasm, stdin, contentKey: key })
    assert.equal(result.status, 'completed', result.reason)
    assert.ok(text(result.stdout).includes(SECRET), 'the owner gets the plaintext stdout (the secret is among its frequent words)')
    assert.ok(result.receipt != null && result.receipt.valid, result.receipt?.invalidReason)

    const fetch = async (cid: string): Promise<Uint8Array> => await third.content.get(cid, { maxBytes: 1024 * 1024, timeoutMs: 10_000 })
    const [module, input, output] = await Promise.all([fetch(result.moduleCid), fetch(result.inputCid), fetch(result.outputCid)])
    // ciphertext: version byte, no wasm magic, no recognisable string, no secret
    for (const [what, bytes] of [['module', module], ['stdin', input], ['output', output]] as const) {
      assert.equal(bytes[0], 1, `${what}: envelope version byte`)
      assert.ok(!contains(bytes, SECRET), `${what} served by CID must not contain the secret`)
    }
    assert.ok(!contains(module, MODULE_STRING), 'the module served by CID must not contain its strings')
    assert.ok(!contains(module, new Uint8Array([0, 0x61, 0x73, 0x6d])), 'the module served by CID is not WebAssembly')
    assert.equal(module.byteLength, wasm.byteLength + ENVELOPE_OVERHEAD_BYTES)

    // the owner opens what bitswap served with its key; the receipt hashes the plaintext
    assert.deepEqual(await openContent(key, module, 'module'), wasm)
    assert.deepEqual(await openContent(key, input, 'input'), stdin)
    const r = result.receipt
    assert.deepEqual(await openOutput(key, { taskId: r.taskId, attempt: r.attempt, assignmentNonce: hexToBytes(r.assignmentNonce) }, output), result.stdout)
  })

  it('a worker given the wrong key fails the task with the reason and keeps serving', async () => {
    // no worker while the task waits, so its record can be corrupted at rest before anyone is assigned
    const coordinator = swarm.coordinator
    const worker = swarm.workers[0]
    await worker.stop()
    await waitUntil(() => coordinator.coordinator!.orchestrator.peers().every(p => p.alive !== true), 15_000, 'worker seen gone')
    const taskId = await client.submitDetached({ wasm: await readFixture('hello'), args: ['world'] })
    await waitUntil(async () => (await coordinator.coordinator!.orchestrator.get(taskId))?.state === 'queued', 10_000, 'task queued')
    // the coordinator's record now holds a key that does not open the content (a corrupted record)
    const stored = (await coordinator.coordinator!.orchestrator.get(taskId))!
    await coordinator.coordinator!.store.saveTask({ ...stored, contentKey: bytesToHex(randomBytes(32)) })
    await swarm.restartCoordinator()
    await swarm.addWorker()
    await swarm.waitForWorkers(1)

    const failed = await client.waitForResult(taskId)
    assert.equal(failed.status, 'failed')
    assert.match(failed.reason, /the worker reports: task content does not open with the assigned content key \(authentication-failed\): module envelope failed authentication/)

    const honest = await client.submit({ wasm: await readFixture('hello'), args: ['world'] })
    assert.equal(honest.status, 'completed', honest.reason)
    assert.match(text(honest.stdout), /world/)
  })
})
