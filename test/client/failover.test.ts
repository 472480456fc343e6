/**
 * The client with several coordinators, against stub coordinators
 * (test/client/stub-coordinator.ts: the real protocol server, scripted
 * handlers): a submission moves on to the next coordinator when one is
 * unreachable, shutting down or full, never after one refused or took the
 * task; a task is then queried where it went, and `coordinators()` decodes the
 * list.
 */
import { afterEach, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { pb } from '../../src/proto/index.ts'
import { AileeClient, CoordinatorError, CoordinatorUnreachableError, InvalidCoordinatorAddressError } from '../../src/client/index.ts'
import { ProtocolError, taskEventToWire, type RequestHandler } from '../../src/protocol/index.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { STUB_NETWORK, TASK_ID, event, startStubCoordinator } from './stub-coordinator.ts'

const WASM = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])

/** Refuses every submission with `code`. */
function refusing (code: number): RequestHandler {
  return async () => { throw new ProtocolError(code, 'refused by the stub') }
}

/** Takes the submission (accepted, then done: completed) and answers status of TASK_ID. */
const taking: RequestHandler = async (req, ctx) => {
  if (req.body === 'status') {
    if (req.status?.taskId !== TASK_ID) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, 'unknown task')
    return await ctx.send({ status: { taskId: TASK_ID, state: pb.TaskState.TASK_STATE_COMPLETED } })
  }
  if (req.body !== 'submit') throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, 'submit and status only')
  await ctx.send({ event: taskEventToWire(event({ kind: 'accepted' })) })
  if (req.submit?.detach === true) return
  await ctx.send({
    event: taskEventToWire(event({
      kind: 'done', state: 'completed', attempt: 1, timestampMs: 2,
      outcome: { taskId: TASK_ID, state: pb.TaskState.TASK_STATE_COMPLETED, exitCode: 0, attempts: 1 }
    }))
  })
}

describe('client failover between coordinators', { timeout: 60_000 }, () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  async function connect (addrs: string[]): Promise<AileeClient> {
    const client = await AileeClient.connect(addrs, { networkId: STUB_NETWORK, timeoutMs: 3000 })
    cleanup.add(async () => { await client.close() })
    return client
  }

  /** A multiaddr of a peer that is gone: a host started and stopped again. */
  async function goneAddr (): Promise<string> {
    const local = new Cleanup()
    const host = await startHost(local, { dht: false, networkId: STUB_NETWORK })
    const addr = host.multiaddrs().find(a => a.includes('/127.0.0.1/'))!
    await local.run()
    return addr
  }

  for (const [name, code] of [['SHUTTING_DOWN', pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN], ['RATE_LIMITED', pb.ErrorCode.ERROR_CODE_RATE_LIMITED]] as const) {
    test(`a coordinator answering ${name} passes the submission to the next, which takes it`, async () => {
      const first = await startStubCoordinator(cleanup, refusing(code))
      const second = await startStubCoordinator(cleanup, taking)
      const client = await connect([first.addr, second.addr])
      assert.equal(client.coordinator, first.addr)
      const result = await client.submit({ wasm: WASM })
      assert.equal(result.status, 'completed')
      assert.equal(first.requests.filter(r => r.request.body === 'submit').length, 1)
      assert.equal(second.requests.filter(r => r.request.body === 'submit').length, 1)
      // signed for the coordinator that got it: each submission names its own coordinator
      assert.notDeepEqual(first.requests[0].request.submit?.signature, second.requests[0].request.submit?.signature)
      assert.equal(client.coordinatorOf(TASK_ID), second.addr)
      assert.equal(client.coordinator, second.addr, 'the second became the current coordinator')
    })
  }

  test('an unreachable coordinator is skipped at connect; a detached task is remembered where it went', async () => {
    const gone = await goneAddr()
    const second = await startStubCoordinator(cleanup, taking)
    const client = await connect([gone, second.addr])
    assert.equal(client.coordinator, second.addr, 'the first reachable one is current')
    assert.equal(await client.submitDetached({ wasm: WASM }), TASK_ID)
    assert.equal(client.coordinatorOf(TASK_ID), second.addr)
  })

  test('a coordinator that refuses the task (REJECTED) ends the submission: nothing goes to the next', async () => {
    const first = await startStubCoordinator(cleanup, refusing(pb.ErrorCode.ERROR_CODE_REJECTED))
    const second = await startStubCoordinator(cleanup, taking)
    const client = await connect([first.addr, second.addr])
    await assert.rejects(client.submit({ wasm: WASM }), (err: unknown) => err instanceof CoordinatorError && err.code === 'ERROR_CODE_REJECTED')
    assert.equal(second.requests.length, 0)
  })

  test('the last coordinator\'s refusal is the error when every one is shutting down', async () => {
    const first = await startStubCoordinator(cleanup, refusing(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN))
    const second = await startStubCoordinator(cleanup, refusing(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN))
    const client = await connect([first.addr, second.addr])
    await assert.rejects(client.submit({ wasm: WASM }), (err: unknown) => err instanceof CoordinatorError && err.code === 'ERROR_CODE_SHUTTING_DOWN')
    assert.equal(second.requests.length, 1)
  })

  test('a task this client did not submit is looked up at each coordinator in turn', async () => {
    const first = await startStubCoordinator(cleanup, async (req) => { throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, `unknown ${req.body ?? ''}`) })
    const second = await startStubCoordinator(cleanup, taking)
    const client = await connect([first.addr, second.addr])
    const status = await client.status(TASK_ID)
    assert.equal(status.state, 'completed')
    assert.equal(client.coordinatorOf(TASK_ID), second.addr)
  })

  test('connect refuses an empty list and reports every unreachable coordinator', async () => {
    await assert.rejects(AileeClient.connect([], { networkId: STUB_NETWORK }), InvalidCoordinatorAddressError)
    const [a, b] = [await goneAddr(), await goneAddr()]
    await assert.rejects(AileeClient.connect([a, b], { networkId: STUB_NETWORK, timeoutMs: 2000 }), (err: unknown) =>
      err instanceof CoordinatorUnreachableError && err.message.includes('any of the 2 coordinators') && err.message.includes(a) && err.message.includes(b))
  })

  test('coordinators() decodes the coordinator list', async () => {
    const stub = await startStubCoordinator(cleanup, async (req, ctx) => {
      if (req.body !== 'coordinators') throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, 'coordinators only')
      await ctx.send({ coordinators: { coordinators: [{ peerId: 'p1', multiaddrs: ['/ip4/127.0.0.1/tcp/1/p2p/p1'], accepting: true, openTasks: 3, timestampMs: 5 }, { peerId: 'p2', accepting: false }] } })
    })
    const client = await connect([stub.addr])
    assert.deepEqual(await client.coordinators(), [
      { peerId: 'p1', multiaddrs: ['/ip4/127.0.0.1/tcp/1/p2p/p1'], accepting: true, openTasks: 3, timestampMs: 5 },
      { peerId: 'p2', multiaddrs: [], accepting: false, openTasks: 0, timestampMs: 0 }
    ])
  })
})
