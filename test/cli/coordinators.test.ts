/**
 * `bin/node coordinators` and repeated `--coordinator`, against stub
 * coordinators (the real protocol server, scripted answers): the list is
 * printed (table and --json), a node that is no coordinator exits 3, and a
 * submission given an unreachable coordinator first goes to the next one.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { pb } from '../../src/proto/index.ts'
import { ProtocolError, taskEventToWire } from '../../src/protocol/index.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { fixturePath } from '../helpers/fixtures.ts'
import { STUB_NETWORK, TASK_ID, event, startStubCoordinator, type StubCoordinator } from '../client/stub-coordinator.ts'
import { parseJsonOutput, runCli } from './helpers.ts'

describe('bin/node coordinators and --coordinator repeated', { timeout: 180_000 }, () => {
  const cleanup = new Cleanup()
  let stub: StubCoordinator
  let gone: string
  const listed = { peerId: 'other-coordinator', multiaddrs: ['/ip4/127.0.0.1/tcp/4002/p2p/other'], accepting: false, openTasks: 7, timestampMs: Date.now() }

  before(async () => {
    stub = await startStubCoordinator(cleanup, async (req, ctx) => {
      if (req.body === 'coordinators') return await ctx.send({ coordinators: { coordinators: [listed] } })
      if (req.body === 'submit') {
        await ctx.send({ event: taskEventToWire(event({ kind: 'accepted' })) })
        return
      }
      throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, 'coordinators and submit only')
    })
    const local = new Cleanup()
    const host = await startHost(local, { dht: false, networkId: STUB_NETWORK })
    gone = host.multiaddrs().find(a => a.includes('/127.0.0.1/'))!
    await local.run()
  })
  after(async () => { await cleanup.run() })

  test('lists the coordinators: --json and the table', async () => {
    const json = await runCli(['coordinators', '--coordinator', stub.addr, '--network-id', STUB_NETWORK, '--json'])
    assert.equal(json.code, 0, json.stderr)
    assert.deepEqual(parseJsonOutput(json), { coordinators: [listed] })
    const text = await runCli(['coordinators', '--coordinator', stub.addr, '--network-id', STUB_NETWORK])
    assert.equal(text.code, 0, text.stderr)
    assert.match(text.stdout.toString(), /other-coordinator +no +7 /)
  })

  test('an unreachable first --coordinator is skipped: the submission goes to the next', async () => {
    const before = stub.requests.length
    const run = await runCli(['submit', '--coordinator', gone, '--coordinator', stub.addr, '--network-id', STUB_NETWORK, '--wasm', fixturePath('hello'), '--detach', '--json'])
    assert.equal(run.code, 0, run.stderr)
    assert.equal(parseJsonOutput(run).taskId, TASK_ID)
    assert.equal(stub.requests.slice(before).filter(r => r.request.body === 'submit').length, 1)
  })

  test('every --coordinator unreachable: exit 3', async () => {
    const run = await runCli(['coordinators', '--coordinator', gone, '--coordinator', gone, '--network-id', STUB_NETWORK, '--request-timeout-ms', '2000'])
    assert.equal(run.code, 3, run.stderr)
    assert.match(run.stderr, /cannot reach any of the 2 coordinators/)
  })
})
