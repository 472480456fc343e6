/**
 * The client's side of task events and cancellation, against a stub
 * coordinator (test/client/stub-coordinator.ts: the real protocol server, a
 * scripted handler): every event kind arrives as its progress event, a
 * cancelled task's `done` event gives `status: 'cancelled'`, malformed events
 * are refused, and `cancel` maps the coordinator's answers (status report,
 * NOT_FOUND, REJECTED) to its result and errors.
 */
import { afterEach, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import {
  AileeClient, CancelRefusedError, CoordinatorError, TaskNotFoundError, UnexpectedResponseError, type TaskProgressEvent
} from '../../src/client/index.ts'
import { ProtocolError, taskEventToWire, type RequestHandler } from '../../src/protocol/index.ts'
import { Cleanup } from '../helpers/swarm-host.ts'
import { STUB_NETWORK, TASK_ID, cancellableTask, event, startStubCoordinator } from './stub-coordinator.ts'

const WASM = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])

describe('client events and cancel against a stub coordinator', { timeout: 60_000 }, () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  async function connect (addr: string, options: Parameters<typeof AileeClient.connect>[1] = {}): Promise<AileeClient> {
    const client = await AileeClient.connect(addr, { networkId: STUB_NETWORK, timeoutMs: 5000, ...options })
    cleanup.add(async () => { await client.close() })
    return client
  }

  /** Answers `submit` with the given wire events, in order. */
  function submitAnswers (events: ailee.v1.ITaskEvent[]): RequestHandler {
    return async (req, ctx) => {
      if (req.body !== 'submit') throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, 'submit only')
      for (const e of events) await ctx.send({ event: e })
    }
  }

  test('every event kind reaches onProgress in order as its progress event; done carries the result', async () => {
    const stub = await startStubCoordinator(cleanup, submitAnswers([
      taskEventToWire(event({ kind: 'accepted', timestampMs: 1 })),
      taskEventToWire(event({ kind: 'queued', reason: 'no capable worker yet', timestampMs: 2 })),
      taskEventToWire(event({ kind: 'offered', state: 'offered', attempt: 1, timestampMs: 3 })),
      taskEventToWire(event({ kind: 'bid', state: 'offered', attempt: 1, workerPeerId: 'w1', bids: 1, timestampMs: 4 })),
      taskEventToWire(event({ kind: 'assigned', state: 'assigned', attempt: 1, workerPeerId: 'w1', bids: 2, timestampMs: 5 })),
      taskEventToWire(event({ kind: 'running', state: 'running', attempt: 1, workerPeerId: 'w1', timestampMs: 6 })),
      taskEventToWire(event({ kind: 'retry', state: 'queued', attempt: 1, workerPeerId: 'w1', reason: 'lease lost', timestampMs: 7 })),
      taskEventToWire(event({
        kind: 'done', state: 'failed', attempt: 2, reason: 'no attempts left', timestampMs: 8,
        outcome: { taskId: TASK_ID, state: pb.TaskState.TASK_STATE_FAILED, reason: 'no attempts left', exitCode: -1, attempts: 2 }
      }))
    ]))
    const client = await connect(stub.addr)
    const events: TaskProgressEvent[] = []
    const result = await client.submit({ wasm: WASM, onProgress: e => events.push(e) })
    assert.equal(result.status, 'failed')
    assert.equal(result.taskId, TASK_ID)
    assert.deepEqual(events.map(e => e.type), ['accepted', 'queued', 'offered', 'bid', 'assigned', 'running', 'retry', 'done'])
    assert.deepEqual(events.map(e => e.timestampMs), [1, 2, 3, 4, 5, 6, 7, 8])
    assert.deepEqual(events[3], { type: 'bid', taskId: TASK_ID, timestampMs: 4, attempt: 1, reason: '', worker: 'w1', bids: 1 })
    assert.deepEqual(events[4], { type: 'assigned', taskId: TASK_ID, timestampMs: 5, attempt: 1, reason: '', worker: 'w1', bids: 2 })
    assert.equal(events[1].reason, 'no capable worker yet')
    assert.equal(events[6].reason, 'lease lost')
    const done = events[7]
    assert.ok(done.type === 'done')
    assert.equal(done.result, result)
    assert.equal(done.attempt, 2)
  })

  test('a cancelled task ends with status cancelled', async () => {
    const reason = 'cancelled by its client: changed my mind'
    const stub = await startStubCoordinator(cleanup, submitAnswers([
      taskEventToWire(event({ kind: 'accepted' })),
      taskEventToWire(event({ kind: 'done', state: 'cancelled', reason, outcome: { taskId: TASK_ID, state: pb.TaskState.TASK_STATE_CANCELLED, reason, exitCode: -1 } }))
    ]))
    const result = await (await connect(stub.addr)).submit({ wasm: WASM })
    assert.equal(result.status, 'cancelled')
    assert.equal(result.reason, reason)
    assert.equal(result.receipt, null)
  })

  test('malformed events are refused with UnexpectedResponseError: no kind, unknown kind, unknown state, done without outcome', async () => {
    const accepted = taskEventToWire(event({ kind: 'accepted' }))
    const bad: ailee.v1.ITaskEvent[] = [
      { ...accepted, kind: pb.TaskEventKind.TASK_EVENT_KIND_UNSPECIFIED },
      { ...accepted, kind: 99 as ailee.v1.TaskEventKind },
      { ...accepted, state: 42 as ailee.v1.TaskState },
      { ...accepted, kind: pb.TaskEventKind.TASK_EVENT_KIND_DONE, state: pb.TaskState.TASK_STATE_COMPLETED }
    ]
    for (const wire of bad) {
      const stub = await startStubCoordinator(cleanup, submitAnswers([wire]))
      const client = await connect(stub.addr)
      await assert.rejects(client.submit({ wasm: WASM }), (err: unknown) => {
        assert.ok(err instanceof UnexpectedResponseError, `${JSON.stringify(wire)}: ${String(err)}`)
        assert.match(err.message, /malformed task event/)
        return true
      })
      await assert.rejects(client.submitDetached({ wasm: WASM }), UnexpectedResponseError)
    }
  })

  test('submitDetached returns the task id of the accepted event', async () => {
    const stub = await startStubCoordinator(cleanup, submitAnswers([taskEventToWire(event({ kind: 'accepted' }))]))
    assert.equal(await (await connect(stub.addr)).submitDetached({ wasm: WASM }), TASK_ID)
  })

  test('cancel: the submitter gets the cancelled status; another peer, a second cancel and unknown tasks are refused', async () => {
    const key = await generateKeyPair('Ed25519')
    const owner = peerIdFromPrivateKey(key).toString()
    const stub = await startStubCoordinator(cleanup, cancellableTask(() => owner))
    const mine = await connect(stub.addr, { privateKey: key })
    assert.equal(mine.peerId, owner)
    const stranger = await connect(stub.addr)

    await assert.rejects(stranger.cancel(TASK_ID), (err: unknown) => {
      assert.ok(err instanceof CancelRefusedError, String(err))
      assert.equal(err.taskId, TASK_ID)
      assert.match(err.remoteMessage, /another peer/)
      assert.ok(err.cause instanceof CoordinatorError)
      return true
    })
    await assert.rejects(mine.cancel('f'.repeat(32)), TaskNotFoundError)

    const status = await mine.cancel(TASK_ID, 'changed my mind')
    assert.equal(status.state, 'cancelled')
    assert.equal(status.reason, 'cancelled by its client: changed my mind')
    assert.equal(status.result?.status, 'cancelled')
    const sent = stub.requests.filter(r => r.request.body === 'cancel').at(-1)!
    assert.equal(sent.peer, owner)
    assert.deepEqual({ taskId: sent.request.cancel!.taskId, reason: sent.request.cancel!.reason }, { taskId: TASK_ID, reason: 'changed my mind' })

    await assert.rejects(mine.cancel(TASK_ID), /already ended/)
    assert.equal((await mine.waitForResult(TASK_ID)).status, 'cancelled')
  })

  test('cancel refuses an answer that is not a status report', async () => {
    const stub = await startStubCoordinator(cleanup, async (_req, ctx) => { await ctx.send({ ack: { ok: true } }) })
    await assert.rejects((await connect(stub.addr)).cancel(TASK_ID), UnexpectedResponseError)
  })
})
