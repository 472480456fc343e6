/**
 * Accounts that belong to a key (docs/accounts.md), on a real swarm (libp2p
 * over TCP, RocksDB, WASM): signed submissions and their refusals, transfers
 * and their refusals, transfers sealed into blocks that another node
 * validates, genesis applied once. Requests are sent from a raw host so that
 * each refusal can be provoked exactly; every refusal is checked to create no
 * task, no account and no credit.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { signSubmission, signTransfer, submissionSigningBytes } from '../../src/chain/account-signing.ts'
import { MAX_AMOUNT } from '../../src/chain/amount.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { RemoteError, request } from '../../src/protocol/index.ts'
import { TransferRejectedError } from '../../src/client/index.ts'
import { TEST_CLIENT_KEYS, TEST_FUNDS, TEST_GENESIS } from '../helpers/accounts.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { NETWORK_ID, connectClient, ledgerBalance, sealedCount, waitUntil } from './helpers.ts'

const account = (key: PrivateKey): string => peerIdFromPrivateKey(key).toString()

describe('accounts on a swarm', () => {
  let swarm: Swarm
  const cleanup = new Cleanup()
  let payer: PrivateKey        // funded by genesis
  let payerHost: AileeHost     // a raw host with the payer's key
  let stranger: PrivateKey     // never funded
  let strangerHost: AileeHost
  let rich: PrivateKey         // funded with 2^64 - 2 units (for the overflow refusal)
  let moduleCid: string
  let payerTaskId: string      // the payer's task of the first test (it costs the payer its price once it is paid)

  before(async () => {
    rich = await generateKeyPair('Ed25519')
    swarm = await startSwarm({ workers: 1, coordinator: { ledger: { genesis: { ...TEST_GENESIS, [account(rich)]: (MAX_AMOUNT - 1n).toString() } } } })
    await swarm.waitForWorkers(1)
    payer = TEST_CLIENT_KEYS[7]
    stranger = await generateKeyPair('Ed25519')
    payerHost = await startHost(cleanup, { privateKey: payer, networkId: NETWORK_ID, dht: false, bootstrap: [swarm.coordinatorAddr] })
    strangerHost = await startHost(cleanup, { privateKey: stranger, networkId: NETWORK_ID, dht: false, bootstrap: [swarm.coordinatorAddr] })
    moduleCid = (await payerHost.content.add(await readFixture('hello'))).toString()
    await strangerHost.content.add(await readFixture('hello'))
  })
  after(async () => {
    await cleanup.run()
    await swarm?.stop()
  })

  const send = async (host: AileeHost, body: ailee.v1.IRequest): Promise<ailee.v1.Response> =>
    await request(host.libp2p, swarm.coordinatorAddr, { networkId: NETWORK_ID, ...body }, { networkId: NETWORK_ID, timeoutMs: 10_000, maxMessageBytes: 8 << 20 })

  /** Sends `body` and expects ERROR_CODE_REJECTED whose message matches `reason`. */
  const refused = async (host: AileeHost, body: ailee.v1.IRequest, reason: RegExp): Promise<void> => {
    await assert.rejects(send(host, body), (err: Error) => {
      assert.ok(err instanceof RemoteError, String(err))
      assert.equal(err.codeName, 'ERROR_CODE_REJECTED')
      assert.match(err.remoteMessage, reason)
      return true
    })
  }

  const taskCount = async (): Promise<number> => {
    let n = 0
    for await (const _ of swarm.coordinator.db.iterate({ prefix: 'tasks/', values: false })) n++
    return n
  }
  const coordinatorId = (): string => swarm.coordinator.peerId
  const spec = (over: ailee.v1.ITaskSpec = {}): ailee.v1.ITaskSpec => ({ moduleCid, args: ['x'], maxPrice: 50, ...over })

  test('a submission signed by the paying account runs; the same signed submission again is refused as a replay', async () => {
    const signed = await signSubmission(spec(), payer, coordinatorId())
    const first = await send(payerHost, { submit: { ...signed, detach: true } })
    assert.equal(first.body, 'event')
    assert.equal(first.event?.kind, pb.TaskEventKind.TASK_EVENT_KIND_ACCEPTED, first.event?.reason ?? '')
    payerTaskId = first.event!.taskId!
    const tasks = await taskCount()
    await refused(payerHost, { submit: { ...signed, detach: true } }, /replay: .*already received/)
    assert.equal(await taskCount(), tasks, 'the replay created no task')
  })

  test('refusals name the check, create no task, no account and credit nothing', async () => {
    const tasks = await taskCount()
    const before = await ledgerBalance(swarm.coordinator, account(payer))
    const signed = await signSubmission(spec(), payer, coordinatorId())
    // missing signature
    await refused(payerHost, { submit: { spec: spec() } }, /missing-signature/)
    // bad signature: one byte flipped
    const bad = Uint8Array.from(signed.signature!)
    bad[0] ^= 1
    await refused(payerHost, { submit: { ...signed, signature: bad } }, /bad-signature/)
    // a spec changed after signing
    await refused(payerHost, { submit: { ...signed, spec: spec({ maxPrice: 1 }) } }, /bad-signature/)
    // the stranger signs a spec that names the payer's account (it pays with someone else's credits)
    const theftSpec = spec({ clientAccount: account(payer) })
    const nonce = new Uint8Array(16).fill(3)
    const signedAtMs = Date.now()
    const theft = { spec: theftSpec, nonce, signedAtMs, signature: await stranger.sign(submissionSigningBytes({ coordinatorPeerId: coordinatorId(), nonce, signedAtMs, spec: theftSpec })) }
    await refused(strangerHost, { submit: theft }, /account-mismatch: the spec names account .* but is signed by the submitting peer/)
    // signed for another coordinator
    const elsewhere = await signSubmission(spec(), payer, account(await generateKeyPair('Ed25519')))
    await refused(payerHost, { submit: elsewhere }, /wrong-coordinator/)
    // signed too long ago, and too far ahead
    await refused(payerHost, { submit: await signSubmission(spec(), payer, coordinatorId(), { nowMs: Date.now() - 400_000 }) }, /stale: .*at most ±300000 ms/)
    await refused(payerHost, { submit: await signSubmission(spec(), payer, coordinatorId(), { nowMs: Date.now() + 400_000 }) }, /stale/)
    assert.equal(await taskCount(), tasks, 'no task was created')
    assert.equal(await swarm.coordinator.coordinator!.store.settlements.ledger.exists(account(stranger)), false, 'no account was created')
    assert.equal(await ledgerBalance(swarm.coordinator, account(payer)), before, 'nothing was charged')
  })

  test('an unfunded account is refused at admission (insufficient funds): naming an account creates no credits', async () => {
    const signed = await signSubmission(spec(), stranger, coordinatorId())
    const response = await send(strangerHost, { submit: { ...signed, detach: true } })
    assert.equal(response.event?.kind, pb.TaskEventKind.TASK_EVENT_KIND_DONE)
    assert.equal(response.event?.state, pb.TaskState.TASK_STATE_REJECTED)
    assert.match(response.event?.reason ?? '', /cannot cover the task's max price of 50 units \(insufficient funds\)/)
    assert.equal(await ledgerBalance(swarm.coordinator, account(stranger)), 0)
    assert.equal(await swarm.coordinator.coordinator!.store.settlements.ledger.exists(account(stranger)), false)
  })

  test('transfers: applied and sealed into a block that another node validates; refusals name the check and apply nothing', async () => {
    // its own account: the payer's task of the first test may still be settling
    const client = await connectClient(swarm.coordinatorAddr, 60_000, TEST_CLIENT_KEYS[6])
    try {
      const to = account(stranger)
      const start = (await client.balance()).balance
      const after = await client.transfer(to, 1_500_000_000n)
      assert.equal(after.balance, start - 1_500_000_000n)
      assert.equal(after.decimals, 9)
      assert.equal((await client.balance(to)).balance, 1_500_000_000n)

      const rejected = async (work: Promise<unknown>, reason: RegExp): Promise<void> => {
        await assert.rejects(work, (err: Error) => {
          assert.ok(err instanceof TransferRejectedError, String(err))
          assert.match(err.remoteMessage, reason)
          return true
        })
      }
      await rejected(client.transfer(to, TEST_FUNDS * 10n), /insufficient-funds/)
      await rejected(client.transfer(to, 0n), /zero-amount/)
      await rejected(client.transfer(client.peerId, 1n), /self-transfer/)
      await rejected(client.transfer(account(rich), 2n), /overflow: .*2\^64 - 1/)
      // the stranger signs a transfer out of the payer's account
      const forged = { ...await signTransfer(to, 5n, stranger, coordinatorId()), from: account(payer) }
      await refused(strangerHost, { transfer: forged }, /bad-signature/)
      // replay of an applied transfer
      const once = await signTransfer(to, 7n, payer, coordinatorId())
      assert.equal((await send(payerHost, { transfer: once })).body, 'balance')
      await refused(payerHost, { transfer: once }, /replay/)
      // stale
      await refused(payerHost, { transfer: await signTransfer(to, 7n, payer, coordinatorId(), { nowMs: Date.now() - 400_000 }) }, /stale/)
      assert.equal((await client.balance()).balance, start - 1_500_000_000n, 'refused transfers moved nothing')
      assert.equal((await client.balance(to)).balance, 1_500_000_007n)
      assert.equal((await client.balance(account(rich))).balance, MAX_AMOUNT - 1n, 'past 2^53: exact on the wire')

      // both transfers are sealed into the coordinator's chain, and the worker (chain sync) validated and stored them
      const transfersIn = async (node: typeof swarm.coordinator): Promise<number> => {
        let n = 0
        for await (const block of node.chain.blocks(coordinatorId())) n += block.entries.filter(e => e.transfer != null).length
        return n
      }
      await waitUntil(async () => await transfersIn(swarm.coordinator) === 2, 10_000, 'transfers sealed')
      await waitUntil(async () => await transfersIn(swarm.workers[0]) === 2, 10_000, 'the worker stored the blocks')
      await swarm.coordinator.chain.validateChain(coordinatorId())
    } finally {
      await client.close()
    }
  })

  test('genesis is applied once: after a restart the balances are what the transfers left', async () => {
    // the payer's detached task of the first test is charged when it is paid: wait until it is sealed,
    // or a restart in between would change the payer's balance by its price (a race seen under load)
    await waitUntil(async () => await sealedCount(swarm.coordinator, payerTaskId) === 1, 60_000, "the payer's task sealed")
    const before = await ledgerBalance(swarm.coordinator, account(payer))
    assert.ok(BigInt(before) < TEST_FUNDS)
    await swarm.restartCoordinator()
    assert.equal(await ledgerBalance(swarm.coordinator, account(payer)), before)
    assert.equal(await swarm.coordinator.coordinator!.store.settlements.ledger.applied('genesis'), true)
  })
})
