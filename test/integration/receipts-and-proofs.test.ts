/**
 * Receipts that cannot be reused and proofs anyone can check, through a real
 * in-process swarm (libp2p over TCP, RocksDB, real WASM):
 *
 * - a peer without a lease (a bare libp2p host with its own Ed25519 key) sends
 *   a correctly signed result for a running task, and replays an old valid
 *   receipt of a completed task as the result of the running one: both are
 *   refused on the wire with the reason, the task runs on, nothing is credited;
 * - a sealed task's proof, fetched with `ProofQuery`, verifies offline and
 *   states the task's worker, output and price, and flipping any bit of it
 *   makes verification fail; an unknown task is NOT_FOUND
 *   and a running one has no proof yet; nor has a completed one before its
 *   block, nor one that ended without an accepted receipt.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { signReceipt } from '../../src/chain/receipt.ts'
import { verifyProofBytes } from '../../src/chain/proof.ts'
import { ProofUnavailableError, TaskNotFoundError, type AileeClient } from '../../src/client/index.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { request } from '../../src/protocol/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { connectClient, fixtureInput, ledgerBalance, NETWORK_ID, runFixture, sealedCount, waitUntil } from './helpers.ts'

describe('receipts that cannot be reused, and proofs, in a real swarm', () => {
  let swarm: Swarm
  let client: AileeClient
  let intruder: AileeHost
  let intruderKey: PrivateKey
  const cleanup = new Cleanup()

  before(async () => {
    swarm = await startSwarm({ workers: 1 })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
    intruderKey = await generateKeyPair('Ed25519')
    intruder = await startHost(cleanup, { networkId: NETWORK_ID, dht: false, privateKey: intruderKey })
  })

  after(async () => {
    await cleanup.run()
    await client?.close()
    await swarm?.stop()
  })

  async function sendResult (result: ailee.v1.ITaskResult): Promise<ailee.v1.Response> {
    return await request(intruder.libp2p, swarm.coordinatorAddr, { networkId: NETWORK_ID, result }, { networkId: NETWORK_ID, timeoutMs: 10_000, maxMessageBytes: 1 << 20 })
  }

  it('a sealed task\'s proof verifies offline and states its facts, and fails with any one of its bits flipped; an unknown task has none', async () => {
    const result = await runFixture(client, 'hello')
    assert.equal(result.status, 'completed', result.reason)
    await waitUntil(async () => await sealedCount(swarm.coordinator, result.taskId) === 1, 10_000, 'the receipt sealed')
    const bytes = await client.proof(result.taskId)
    const facts = await verifyProofBytes(bytes)
    assert.equal(facts.taskId, result.taskId)
    assert.equal(facts.workerPeerId, result.worker)
    assert.equal(facts.producerPeerId, swarm.coordinator.peerId)
    assert.equal(facts.outputHash, bytesToHex(sha256(result.stdout)))
    assert.equal(facts.price, result.price)
    assert.equal(facts.assignmentNonce.length, 32, 'the receipt is bound to its 16-byte assignment nonce')
    // byte for byte what the chain stores
    const block = (await swarm.coordinator.chain.get(swarm.coordinator.peerId, facts.blockHeight))!
    assert.deepEqual(pb.ReceiptProof.decode(bytes).header, block.header)

    await assert.rejects(client.proof('f'.repeat(32)), TaskNotFoundError)

    // every bit of every byte of this real proof matters
    for (let i = 0; i < bytes.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const changed = Uint8Array.from(bytes)
        changed[i] ^= 1 << bit
        await assert.rejects(verifyProofBytes(changed), { name: 'InvalidProofError' }, `byte ${i} bit ${bit}`)
      }
    }
    await assert.rejects(verifyProofBytes(bytes.subarray(0, bytes.length - 1)), { name: 'InvalidProofError' })
  })

  it('a correctly signed result from a peer without a lease, and an old receipt replayed for a running task, are refused with the reason; nothing is credited', async () => {
    const old = await runFixture(client, 'hello')
    assert.equal(old.status, 'completed', old.reason)
    const taskId = await client.submitDetached(await fixtureInput('spin', { timeoutMs: 60_000, totalTimeoutMs: 90_000 }))
    await waitUntil(async () => (await client.status(taskId)).state === 'running', 20_000, 'the spinning task runs')
    const before = await ledgerBalance(swarm.coordinator, intruder.peerId.toString())

    await assert.rejects(client.proof(taskId), (err: Error) => {
      assert.ok(err instanceof ProofUnavailableError, err.message)
      assert.match(err.remoteMessage, /has not ended/)
      return true
    })

    // (a) its own, correctly signed receipt for this task and attempt
    const own = await signReceipt({
      taskId,
      attempt: 1,
      moduleHash: sha256(new Uint8Array(1)),
      outputHash: sha256(new Uint8Array(0)),
      exitCode: 0,
      status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED,
      coordinatorPeerId: swarm.coordinator.peerId,
      timestampMs: Date.now(),
      assignmentNonce: new Uint8Array(16)
    }, intruderKey)
    const a = await sendResult({ taskId, attempt: 1, receipt: own, stdout: new Uint8Array(0), stderr: new Uint8Array(0) })
    assert.equal(a.body, 'ack')
    assert.equal(a.ack?.ok, false)
    assert.equal(a.ack?.reason, `no lease for attempt 1 of task ${taskId}: ${intruder.peerId.toString()} was never assigned it; result refused, nothing credited`)

    // (b) the old task's valid receipt, signed by the real worker, replayed as this task's result
    const stored = await swarm.coordinator.coordinator!.orchestrator.get(old.taskId)
    const replayed = pb.SignedReceipt.decode(Buffer.from(stored!.outcome!.receipt, 'base64'))
    const b = await sendResult({ taskId, attempt: 1, receipt: replayed, stdout: old.stdout, stderr: new Uint8Array(0) })
    assert.equal(b.ack?.ok, false)
    assert.match(b.ack?.reason ?? '', /^no lease for attempt 1 of task /)

    const status = await client.status(taskId)
    assert.equal(status.state, 'running', 'the leaseholder still runs the task')
    assert.equal(status.worker, swarm.workers[0].peerId)
    assert.equal(await ledgerBalance(swarm.coordinator, intruder.peerId.toString()), before, 'nothing credited to the intruder')
    await client.cancel(taskId, 'test over')
  })
})

describe('proofs before the block: a coordinator that seals rarely', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 1, coordinator: { coordinator: { blockIntervalMs: 600_000 } } })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('a completed task whose receipt is not sealed yet, and a task without an accepted receipt, have no proof, and say why', async () => {
    const done = await runFixture(client, 'hello')
    assert.equal(done.status, 'completed', done.reason)
    await assert.rejects(client.proof(done.taskId), (err: Error) => {
      assert.ok(err instanceof ProofUnavailableError, err.message)
      assert.equal(err.remoteMessage, `the receipt of task ${done.taskId} is not sealed into a block yet; try again after the next block`)
      return true
    })
    const rejected = await runFixture(client, 'not_wasm')
    assert.equal(rejected.status, 'rejected')
    await assert.rejects(client.proof(rejected.taskId), (err: Error) => {
      assert.ok(err instanceof ProofUnavailableError, err.message)
      assert.match(err.remoteMessage, /ended rejected without an accepted receipt: there is nothing to prove$/)
      return true
    })
  })
})
