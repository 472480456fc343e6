/**
 * A stub coordinator for client and CLI tests: a real libp2p host on
 * 127.0.0.1 serving `/ailee/task/1.0.0` through the real `TaskProtocolServer`,
 * with a handler the test scripts (no scheduler, no workers). It lets the
 * client's side of the protocol (event decoding, cancel, error mapping) be
 * tested on its own, whatever the real coordinator currently does.
 */
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { ProtocolError, TaskProtocolServer, taskEventToWire, type RequestHandler, type TaskEvent } from '../../src/protocol/index.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'

/** Network id the stub serves (pass it to the client / `--network-id`). */
export const STUB_NETWORK = 'stub-net'

/** A running stub. */
export interface StubCoordinator {
  /** `/ip4/127.0.0.1/tcp/<port>/p2p/<peer id>` */
  addr: string
  /** Every request received, in order, with the requesting peer id. */
  requests: Array<{ peer: string, request: ailee.v1.Request }>
}

/**
 * Starts a stub serving `handler` (every request is also recorded); stopped
 * by `cleanup`.
 */
export async function startStubCoordinator (cleanup: Cleanup, handler: RequestHandler): Promise<StubCoordinator> {
  const host = await startHost(cleanup, { dht: false, networkId: STUB_NETWORK })
  const requests: StubCoordinator['requests'] = []
  const server = new TaskProtocolServer(host.libp2p, {
    networkId: STUB_NETWORK, maxMessageBytes: 8 * 1024 * 1024, maxStreamsPerPeer: 32, maxRequestsPerPeerPerSecond: 1000
  }, async (request, ctx) => {
    requests.push({ peer: ctx.peerId.toString(), request })
    await handler(request, ctx)
  })
  await server.start()
  cleanup.add(async () => { await server.stop() })
  const addr = host.multiaddrs().find(a => a.includes('/127.0.0.1/'))!
  return { addr, requests }
}

/** A full {@link TaskEvent} with defaults for what `fields` leaves out. */
export function event (fields: Partial<TaskEvent> & Pick<TaskEvent, 'kind'>): TaskEvent {
  return { taskId: TASK_ID, state: 'queued', reason: '', attempt: 0, timestampMs: Date.now(), workerPeerId: '', bids: 0, ...fields }
}

/** The task id the stub's tasks use. */
export const TASK_ID = 'a'.repeat(32)

/**
 * One task the stub knows, submitted by `owner`, cancellable as the real
 * coordinator's contract says: NOT_FOUND for other task ids, REJECTED for
 * another peer or an ended task, else the status report in state CANCELLED.
 * Answers `status` and `follow` as well (follow: a `done` event once cancelled,
 * else nothing until the stream is aborted).
 */
export function cancellableTask (owner: () => string): RequestHandler {
  let cancelledReason: string | undefined
  const report = (): ailee.v1.ITaskStatusReport => cancelledReason == null
    ? { taskId: TASK_ID, state: pb.TaskState.TASK_STATE_RUNNING, attempts: 1, workerPeerId: 'w1', clientPeerId: owner() }
    : {
        taskId: TASK_ID,
        state: pb.TaskState.TASK_STATE_CANCELLED,
        reason: cancelledReason,
        attempts: 1,
        clientPeerId: owner(),
        outcome: { taskId: TASK_ID, state: pb.TaskState.TASK_STATE_CANCELLED, reason: cancelledReason, exitCode: -1, attempts: 1 }
      }
  return async (req, ctx) => {
    const taskId = req.cancel?.taskId ?? req.status?.taskId ?? req.follow?.taskId
    if (taskId !== TASK_ID) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, `unknown task ${taskId ?? ''}`)
    if (req.body === 'cancel') {
      if (ctx.peerId.toString() !== owner()) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `task ${TASK_ID} was submitted by another peer`)
      if (cancelledReason != null) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_REJECTED, `task ${TASK_ID} has already ended (cancelled)`)
      cancelledReason = `cancelled by its client${req.cancel!.reason !== '' ? `: ${req.cancel!.reason}` : ''}`
      await ctx.send({ status: report() })
    } else if (req.body === 'status') {
      await ctx.send({ status: report() })
    } else if (req.body === 'follow') {
      if (cancelledReason == null) throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, 'the stub follows only ended tasks')
      await ctx.send({ event: taskEventToWire(event({ kind: 'done', state: 'cancelled', reason: cancelledReason, attempt: 1, outcome: report().outcome! })) })
    } else {
      throw new ProtocolError(pb.ErrorCode.ERROR_CODE_UNSUPPORTED, `the stub does not serve ${req.body ?? 'nothing'}`)
    }
  }
}
