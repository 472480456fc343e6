/**
 * The `/ailee/task/1.0.0` request/response engine: `TaskProtocolServer` serves
 * one handler; `request` and `requestStream` call a peer. Messages are
 * `pb.Request` / `pb.Response` of `proto/ailee/v1/task.proto`, each a varint
 * length-prefixed protobuf, one request per stream. Also the domain types
 * shared by coordinator, client and CLI: task states (`task-states.ts`) and
 * task progress events (`task-events.ts`) with their wire mappings.
 */
export { TASK_PROTOCOL } from '../p2p/topics.ts'
export { TaskProtocolServer } from './server.ts'
export type { RequestContext, RequestHandler, TaskProtocolServerOptions, TaskProtocolServerComponents } from './server.ts'
export { request, requestStream } from './client.ts'
export type { PeerTarget, RequestOptions, RequestComponents } from './client.ts'
export {
  ProtocolError, RemoteError, RequestTimeoutError, RequestAbortedError, PeerUnreachableError,
  RemoteClosedError, MessageTooLargeError, InvalidMessageError, FrameBudgetExceededError, errorCodeName
} from './errors.ts'
export { FrameBudget } from './frame-budget.ts'
export type { FrameBudgetStats, FrameReservation } from './frame-budget.ts'
export {
  taskEventToWire, taskEventFromWire, taskEventKindToWire, taskEventKindFromWire, TASK_EVENT_KINDS
} from './task-events.ts'
export type { TaskEvent, TaskEventKind } from './task-events.ts'
export {
  taskStateFromWire, taskStateToWire, isTerminalState, executionStatusFromWire, executionStatusToWire
} from './task-states.ts'
export type { TaskStateName, TerminalStateName, ExecutionStatusName } from './task-states.ts'
