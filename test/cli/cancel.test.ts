/**
 * `bin/node cancel` (a real process) against a stub coordinator
 * (test/client/stub-coordinator.ts) whose one task belongs to the identity in
 * a temporary `--identity-dir`: exit statuses and output of a cancel that
 * works, one refused (another peer, already ended) and an unknown task; then
 * `result` of the cancelled task exits 1. The same flow against a real swarm
 * is in network.test.ts.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { loadOrCreateIdentity } from '../../src/p2p/identity.ts'
import { Cleanup, tempDir } from '../helpers/swarm-host.ts'
import { STUB_NETWORK, TASK_ID, cancellableTask, startStubCoordinator, type StubCoordinator } from '../client/stub-coordinator.ts'
import { parseJsonOutput, runCli } from './helpers.ts'

describe('bin/node cancel against a stub coordinator', { timeout: 120_000 }, () => {
  const cleanup = new Cleanup()
  let stub: StubCoordinator
  let identityDir: string
  let args: string[]

  before(async () => {
    identityDir = await tempDir(cleanup, 'ailee-cancel-id-')
    const owner = peerIdFromPrivateKey(await loadOrCreateIdentity(identityDir)).toString()
    stub = await startStubCoordinator(cleanup, cancellableTask(() => owner))
    args = ['--coordinator', stub.addr, '--network-id', STUB_NETWORK]
  })
  after(async () => { await cleanup.run() })

  test('another peer is refused: exit 1, CancelRefusedError in --json', async () => {
    const run = await runCli(['cancel', TASK_ID, ...args, '--json'])
    assert.equal(run.code, 1, run.stderr)
    assert.equal(parseJsonOutput(run).error.name, 'CancelRefusedError')
    assert.match(run.stderr, /cannot cancel task a{32}: .*another peer/)
  })

  test('an unknown task exits 3', async () => {
    const run = await runCli(['cancel', 'f'.repeat(32), ...args, '--identity-dir', identityDir])
    assert.equal(run.code, 3, run.stderr)
  })

  test('the submitter\'s identity cancels: exit 0, status printed; then result exits 1 with status cancelled and a second cancel exits 1', async () => {
    const run = await runCli(['cancel', TASK_ID, ...args, '--identity-dir', identityDir, '--reason', 'changed my mind'])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout.toString(), /^state\s+cancelled$/m)
    assert.match(run.stdout.toString(), /^reason\s+cancelled by its client: changed my mind$/m)
    assert.equal(stub.requests.filter(r => r.request.body === 'cancel').at(-1)?.request.cancel?.reason, 'changed my mind')

    const json = await runCli(['status', TASK_ID, ...args, '--json'])
    assert.equal(json.code, 0, json.stderr)
    assert.equal(parseJsonOutput(json).state, 'cancelled')
    assert.equal(parseJsonOutput(json).result.status, 'cancelled')

    const result = await runCli(['result', TASK_ID, ...args, '--json'])
    assert.equal(result.code, 1, result.stderr)
    assert.equal(parseJsonOutput(result).status, 'cancelled')
    assert.equal(parseJsonOutput(result).success, false)
    const plain = await runCli(['result', TASK_ID, ...args])
    assert.equal(plain.code, 1)
    assert.match(plain.stderr, /task a{32} cancelled: cancelled by its client: changed my mind \(1 attempt/)

    const again = await runCli(['cancel', TASK_ID, ...args, '--identity-dir', identityDir, '--json'])
    assert.equal(again.code, 1)
    assert.match(parseJsonOutput(again).error.message, /already ended/)
  })
})
