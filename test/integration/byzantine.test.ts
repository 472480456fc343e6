/**
 * A lying worker in a real swarm (libp2p over TCP, Helia, RocksDB, real WASM):
 * it runs the task, then returns a wrong stdout under a correctly signed
 * receipt, through the worker role's `runSandbox` port. Verification by
 * re-execution must give the client the right output, pay the honest workers
 * only, catch the liar, take its bond and seal the evidence in a block every
 * node can check.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { decodeReceipt } from '../../src/chain/receipt.ts'
import { runInSandbox, type SandboxResult } from '../../src/runtime/index.ts'
import type { AileeClient } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { waitUntil } from '../helpers/swarm-host.ts'
import { connectClient, runFixture, text } from './helpers.ts'

/** Bid window of the tasks the liar must win, ms: ample for every worker's bid; the round closes once all have answered. */
const ALL_BIDS_MS = 10_000

describe('verification against a lying worker', () => {
  let swarm: Swarm
  let client: AileeClient
  let liar = ''

  before(async () => {
    // three honest workers at 50 units; the liar bids 1. The first two tests need the liar to run
    // the task first, so nothing is left to chance: the coordinator ranks bids by price alone (health,
    // reputation and load, which vary with the machine's load, weigh nothing), and those tasks give
    // their round a bid window long enough for every worker's bid (it closes as soon as all four
    // answered), so the liar's bid is always in the round and always ranked first.
    // Workers lock a bond of up to 5 units from their earnings.
    swarm = await startSwarm({
      workers: 3,
      worker: { worker: { price: 50 } },
      coordinator: { verification: { workerBond: 5 }, selection: { healthWeight: 0, reputationWeight: 0, priceWeight: 1, loadWeight: 0 } }
    })
    const node = await swarm.addWorker({ worker: { price: 1 } }, {
      runSandbox: async (task, signal): Promise<SandboxResult> => {
        const honest = await runInSandbox(task, { signal })
        return { ...honest, stdout: new TextEncoder().encode(`${text(honest.stdout)}(forged)\n`) }
      }
    })
    liar = node.peerId
    await swarm.waitForWorkers(4)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('without verification the lie is accepted (what the policy is for)', async () => {
    // the task pays at most 10 units: the liar (1) is the only worker that can take it
    const result = await runFixture(client, 'hello', { verify: { kind: 'none' }, args: ['world'], maxPrice: 10, bidWindowMs: ALL_BIDS_MS })
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(result.worker, liar)
    assert.match(text(result.stdout), /\(forged\)\n$/)
    const peers = new Map((await client.peers()).map(p => [p.peerId, p]))
    assert.equal(peers.get(liar)?.bond, 1n, 'its pay went into its bond')
  })

  it('replicate:2: the client gets the honest output, the liar is outvoted, unpaid, caught, excluded, and the evidence is sealed', async () => {
    const result = await runFixture(client, 'hello', { verify: { kind: 'replicate', replicas: 2 }, args: ['world'], bidWindowMs: ALL_BIDS_MS })
    assert.equal(result.status, 'completed', result.reason)
    assert.doesNotMatch(text(result.stdout), /forged/)
    assert.notEqual(result.worker, liar)
    assert.equal(result.verification, 'replicate:2')
    const verdicts = new Map(result.replicas.map(r => [r.worker, r.verdict]))
    assert.equal(verdicts.get(liar), 'disagreed', JSON.stringify(result.replicas))
    assert.equal(result.replicas.filter(r => r.verdict === 'agreed').length, 2)
    assert.equal(result.replicas.find(r => r.worker === liar)?.price, 0, 'the liar is not paid')
    assert.equal(result.price, 100, 'the client pays the two agreeing executions')

    const status = await client.status(result.taskId)
    assert.deepEqual(status.replicas.map(r => r.verdict).sort(), ['agreed', 'agreed', 'disagreed'])

    const peers = new Map((await client.peers()).map(p => [p.peerId, p]))
    assert.equal(peers.get(liar)?.caught, 1)
    assert.equal(peers.get(liar)?.credibility, 0)
    assert.ok((peers.get(liar)?.excludedUntilMs ?? 0) > Date.now())
    assert.equal(peers.get(liar)?.bond, 0n, 'the bond is forfeited')

    // the evidence entry reaches the chain, and every worker's copy of it validated the conflicting receipts
    const evidenceIn = async (node: Swarm['coordinator']): Promise<boolean> => {
      for await (const block of node.chain.blocks(swarm.coordinator.peerId)) {
        for (const entry of block.entries) {
          if (entry.contradictedBy != null && decodeReceipt(entry.receipt!).taskId === result.taskId) {
            return decodeReceipt(entry.receipt!).workerPeerId === liar && Number(entry.bondForfeited) === 1
          }
        }
      }
      return false
    }
    await waitUntil(async () => await evidenceIn(swarm.coordinator), 15_000, 'evidence sealed by the coordinator')
    await waitUntil(async () => await evidenceIn(swarm.workers[0]), 15_000, 'evidence stored by a worker after validation')
  })

  it('the caught liar gets no more tasks: the next one is never assigned to it', async () => {
    const result = await runFixture(client, 'hello', { verify: { kind: 'none' }, args: ['again'] })
    assert.equal(result.status, 'completed', result.reason)
    assert.notEqual(result.worker, liar)
    assert.doesNotMatch(text(result.stdout), /forged/)
  })
})
