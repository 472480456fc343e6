/**
 * State checked against the chain, on real RocksDB data directories of
 * stopped nodes (docs/maintenance.md, "Verify and repair the chain"):
 *
 * - a worker's stored copy of the coordinator's chain with block 5 corrupted:
 *   `bin/node chain verify --json` reports exactly that block and field, the
 *   node refuses to start and names the way out, `bin/node chain repair`
 *   truncates to block 4, and the restarted worker catches up by range sync;
 * - the coordinator's ledger with one balance changed: verify names the
 *   account, start refuses, repair rewrites the balance from the chain, the
 *   coordinator starts and seals blocks whose state roots still replay.
 */
import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { AileeClient } from '../../src/client/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import { pb } from '../../src/proto/index.ts'
import { Prefix, StateDb, blockId } from '../../src/storage/index.ts'
import { FAST, localAddr, merge, startTestNode } from '../helpers/swarm.ts'
import { TEST_CLIENT_KEYS } from '../helpers/accounts.ts'
import { connectClient, waitUntil } from './helpers.ts'
import { parseJsonOutput, runCli } from '../cli/helpers.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'

/** One block per transfer, sealed every 10 ms. */
const BASE: NodeConfigInput = merge(FAST, {
  coordinator: { blockIntervalMs: 10, maxReceiptsPerBlock: 1 },
  limits: { maxRequestsPerPeerPerSecond: 5000 }
})
const PAYEE = peerIdFromPrivateKey(TEST_CLIENT_KEYS[7]).toString()

/** Seals `n` more blocks (one transfer of 1 unit each) and returns the head height. */
async function produceBlocks (client: AileeClient, coordinator: StartedNode, n: number): Promise<number> {
  const start = (await coordinator.chain.head(coordinator.peerId))?.height ?? -1
  for (let i = 0; i < n; i++) await client.transfer(PAYEE, 1n)
  await waitUntil(async () => ((await coordinator.chain.head(coordinator.peerId))?.height ?? -1) >= start + n, 60_000, `${n} blocks sealed`)
  return (await coordinator.chain.head(coordinator.peerId))!.height
}

/** Rewrites one stored value of a stopped node's state database. */
async function rewrite (dataDir: string, key: string, change: (value: Uint8Array) => Uint8Array): Promise<void> {
  const db = await StateDb.open(join(dataDir, 'state'))
  try {
    const value = await db.get(key)
    assert.ok(value != null, `${key} is stored`)
    await db.batch().put(key, change(value)).commit()
  } finally {
    await db.close()
  }
}

describe('chain verify and repair on stopped nodes', () => {
  let coordinator: { node: StartedNode, dataDir: string }
  let client: AileeClient
  const dirs: string[] = []

  before(async () => {
    coordinator = await startTestNode('coordinator', {}, undefined, BASE)
    dirs.push(coordinator.dataDir)
    client = await connectClient(localAddr(coordinator.node))
  })

  after(async () => {
    await client?.close()
    await coordinator?.node.stop()
    await Promise.allSettled(dirs.map(async d => { await rm(d, { recursive: true, force: true }) }))
  })

  it('a corrupt stored block: verify names it, start refuses with the way out, repair truncates, range sync catches up', async () => {
    const producer = coordinator.node.peerId
    const config = { network: { bootstrap: [localAddr(coordinator.node)] } }
    const first = await startTestNode('worker', config, undefined, BASE)
    dirs.push(first.dataDir)
    const height = await produceBlocks(client, coordinator.node, 10)
    await waitUntil(async () => ((await first.node.chain.head(producer))?.height ?? -1) >= height, 60_000, 'worker caught up')
    await first.node.stop()

    // a bit flips in the signature of block 5 on the worker's disk
    await rewrite(first.dataDir, Prefix.blocks + blockId(producer, 5), bytes => {
      const block = pb.Block.decode(bytes)
      block.signature[0] ^= 1
      return pb.Block.encode(block).finish()
    })

    const verify = await runCli(['chain', 'verify', '--data-dir', first.dataDir, '--json'])
    assert.equal(verify.code, 1, verify.stderr)
    const report = parseJsonOutput(verify)
    assert.equal(report.valid, false)
    const chain = report.chains.find((c: any) => c.producer === producer)
    assert.equal(chain.chainValid, false)
    assert.equal(chain.height, height)
    assert.equal(chain.lastValidHeight, 4)
    assert.deepEqual([chain.error.height, chain.error.field], [5, 'signature'])
    assert.equal(chain.stateValid, null, 'another producer\'s ledger is not on a worker')

    await assert.rejects(startTestNode('worker', config, first.dataDir, BASE), (err: Error) => {
      assert.equal(err.name, 'ChainStateError')
      assert.match(err.message, new RegExp(`producer ${producer}, height 5, field signature`))
      assert.match(err.message, new RegExp(`bin/node chain repair --data-dir ${first.dataDir}`))
      return true
    })

    const repair = await runCli(['chain', 'repair', '--data-dir', first.dataDir, '--json'])
    assert.equal(repair.code, 0, repair.stderr)
    const repaired = parseJsonOutput(repair)
    assert.deepEqual(repaired.truncated, [{ producer, keptHeight: 4, deleted: height - 4, requeued: 0 }])
    assert.equal(repaired.after.valid, true)

    const more = await produceBlocks(client, coordinator.node, 3)
    const again = (await startTestNode('worker', config, first.dataDir, BASE)).node
    try {
      await waitUntil(async () => ((await again.chain.head(producer))?.height ?? -1) >= more, 60_000, 'repaired worker caught up')
      // the blocks repair deleted (5..height) can only come back by range sync; the newer ones may also
      // arrive by gossip once the worker is at their parent (a CI run under load stored one that way)
      const synced = again.chainSync.producerStats(producer)!.blocksSynced
      assert.ok(synced >= height - 4, `the dropped blocks came back by range sync: ${synced} synced, ${height - 4} dropped`)
      assert.deepEqual((await again.chain.head(producer))!.hash, (await coordinator.node.chain.head(producer))!.hash)
      assert.equal((await again.chain.validateChain(producer))?.height, more)
    } finally {
      await again.stop()
    }
  })

  it('a changed balance: verify names the account, start refuses, repair rewrites it from the chain', async () => {
    const producer = coordinator.node.peerId
    await produceBlocks(client, coordinator.node, 3)
    const balance = await coordinator.node.coordinator!.store.settlements.balance(PAYEE)
    await coordinator.node.stop()

    await rewrite(coordinator.dataDir, `${Prefix.ledger}${PAYEE}`, () => new TextEncoder().encode(String(balance + 1_000n)))
    const verify = await runCli(['chain', 'verify', '--data-dir', coordinator.dataDir, '--json'])
    assert.equal(verify.code, 1, verify.stderr)
    const own = parseJsonOutput(verify).chains.find((c: any) => c.own === true)
    assert.equal(own.producer, producer)
    assert.equal(own.chainValid, true, 'the blocks themselves are fine')
    assert.equal(own.stateValid, false)
    assert.equal(own.error.field, `ledger/${PAYEE}`)
    assert.match(own.error.message, new RegExp(`stored balance of ${PAYEE} is ${balance + 1_000n}, the chain and the pending settlements give ${balance}`))

    await assert.rejects(startTestNode('coordinator', {}, coordinator.dataDir, BASE), /ChainStateError|field ledger\//)

    const repair = await runCli(['chain', 'repair', '--data-dir', coordinator.dataDir])
    assert.equal(repair.code, 0, repair.stderr)
    assert.match(repair.stdout.toString(), new RegExp(`ledger balance of ${PAYEE} rewritten from the chain`))
    assert.match(repair.stdout.toString(), /state valid/)

    coordinator = await startTestNode('coordinator', {}, coordinator.dataDir, BASE)
    assert.equal(await coordinator.node.coordinator!.store.settlements.balance(PAYEE), balance)
    await client.close()
    client = await connectClient(localAddr(coordinator.node))
    await produceBlocks(client, coordinator.node, 2)
    await coordinator.node.stop()
    const after = await runCli(['chain', 'verify', '--data-dir', coordinator.dataDir, '--json'])
    assert.equal(after.code, 0, after.stdout.toString())
    coordinator = await startTestNode('coordinator', {}, coordinator.dataDir, BASE)
  })
})
