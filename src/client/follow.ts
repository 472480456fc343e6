/**
 * Following a task's event stream to its end: turns wire `TaskEvent`s into
 * progress events, and, when the stream breaks (the coordinator restarts, the
 * connection drops), follows the task again until it ends or a deadline passes.
 */
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { InvalidMessageError, PeerUnreachableError, RemoteClosedError, RemoteError, RequestTimeoutError, taskEventFromWire, type TaskEvent } from '../protocol/index.ts'
import { ClientAbortedError, CoordinatorError, CoordinatorUnreachableError, FollowDeadlineError, TaskNotFoundError, UnexpectedResponseError } from './errors.ts'
import { progressFromEvent, resultFromWire } from './convert.ts'
import type { TaskProgressEvent, TaskResult } from './types.ts'

/** What a stream consumer learnt before it returned or threw. */
export interface StreamProgress {
  /** Set from the first event that names the task. */
  taskId?: string
}

/**
 * Reads `responses` until the `done` event and returns the decoded result.
 * Every other event goes to `emit`. `progress.taskId` is set as soon as an
 * event names the task, so a caller whose stream broke knows what to follow.
 *
 * @param startedAt `performance.now()` at the start of the client call (for `timings.clientMs`)
 * @throws {UnexpectedResponseError} for a non-event response, a malformed event (see {@link decodeEvent}), or a stream that ends without `done`
 * @throws the stream's own errors (RemoteError, RemoteClosedError, ...) unchanged
 */
export async function consumeTaskEvents (
  responses: AsyncIterable<ailee.v1.Response> | Iterable<ailee.v1.Response>,
  progress: StreamProgress,
  emit: (event: TaskProgressEvent) => void,
  startedAt: number
): Promise<TaskResult> {
  for await (const response of responses) {
    if (response.body !== 'event' || response.event == null) {
      throw new UnexpectedResponseError(`expected a task event, got a "${response.body ?? 'empty'}" response`)
    }
    const event = decodeEvent(response.event)
    if (event.taskId !== '') progress.taskId ??= event.taskId
    if (event.kind === 'done' && event.outcome != null) {
      const outcomeTaskId = event.outcome.taskId ?? ''
      const result = await resultFromWire({ ...event.outcome, taskId: outcomeTaskId !== '' ? outcomeTaskId : event.taskId }, Math.round(performance.now() - startedAt))
      emit({ type: 'done', taskId: result.taskId, timestampMs: event.timestampMs, attempt: event.attempt, reason: result.reason, result })
      return result
    }
    const typed = progressFromEvent(event)
    if (typed != null) emit(typed)
  }
  throw new StreamEndedError('the coordinator closed the event stream before the task ended')
}

/**
 * Decodes a wire event with the shared `taskEventFromWire`.
 *
 * @throws {UnexpectedResponseError} (cause: the InvalidMessageError) for an unknown or unspecified kind or state, or a `done` event without an outcome
 */
export function decodeEvent (wire: ailee.v1.ITaskEvent): TaskEvent {
  try {
    return taskEventFromWire(wire)
  } catch (err) {
    if (err instanceof InvalidMessageError) throw new UnexpectedResponseError(`malformed task event from the coordinator: ${err.message}`, { cause: err })
    throw err
  }
}

/** The event stream ended cleanly but early (a restartable condition). */
class StreamEndedError extends Error {
  static readonly NAME = 'StreamEndedError'
  override name = StreamEndedError.NAME
}

/**
 * Error names after which following the task again may succeed: the protocol
 * layer's and ours, and libp2p's for a dial or stream that failed below the
 * protocol (connection refused, reset, closed, timed out).
 */
const TRANSIENT_NAMES = new Set([
  RemoteClosedError.NAME, PeerUnreachableError.NAME, RequestTimeoutError.NAME, StreamEndedError.NAME, CoordinatorUnreachableError.NAME,
  'DialError', 'ConnectionFailedError', 'NoValidAddressesError', 'UnsupportedProtocolError', 'ConnectionClosedError',
  'StreamResetError', 'StreamStateError', 'MuxerClosedError', 'AbortError', 'TimeoutError'
])
/** Error response codes after which following the task again may succeed. */
const TRANSIENT_CODES = new Set<number>([
  pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, pb.ErrorCode.ERROR_CODE_RATE_LIMITED, pb.ErrorCode.ERROR_CODE_INTERNAL
])

/** True when `err` means "the coordinator went away or is busy", not "this request is wrong". */
export function isTransient (err: unknown): boolean {
  if (err instanceof RemoteError) return TRANSIENT_CODES.has(err.code)
  return err instanceof Error && TRANSIENT_NAMES.has(err.name)
}

/**
 * Translates protocol-layer errors into the client's error classes.
 *
 * @param taskId the task concerned, for NOT_FOUND answers
 */
export function toClientError (err: unknown, taskId = ''): Error {
  if (err instanceof RemoteError) {
    if (err.code === pb.ErrorCode.ERROR_CODE_NOT_FOUND) return new TaskNotFoundError(taskId, err.remoteMessage)
    return new CoordinatorError(err.codeName, err.remoteMessage, { cause: err })
  }
  if (err instanceof PeerUnreachableError) return new CoordinatorUnreachableError(err.message, { cause: err })
  return err instanceof Error ? err : new Error(String(err))
}

/** Options of {@link followUntilDone}. */
export interface FollowLoopOptions {
  taskId: string
  /** Opens one follow stream (a `FollowTask` request). */
  open: (signal: AbortSignal) => AsyncIterable<ailee.v1.Response>
  emit: (event: TaskProgressEvent) => void
  startedAt: number
  /** Unix ms after which the loop gives up with FollowDeadlineError. */
  deadlineAtMs: number
  /** First pause between two attempts, ms; doubles up to 5000. */
  retryIntervalMs: number
  signal?: AbortSignal
  /** The error that broke the previous stream, if the loop resumes one. */
  previousError?: unknown
}

/**
 * Follows a task until its `done` event: opens a follow stream, and whenever
 * it breaks with a transient error, waits and opens another (reporting a
 * `reconnecting` progress event), until the deadline.
 *
 * @throws {TaskNotFoundError} the coordinator does not know the task
 * @throws {FollowDeadlineError} the deadline passed first
 * @throws {ClientAbortedError} `signal` aborted
 * @throws {CoordinatorError} a non-transient error response
 */
export async function followUntilDone (options: FollowLoopOptions): Promise<TaskResult> {
  const { taskId, emit } = options
  let lastError: unknown = options.previousError
  let pauseMs = options.retryIntervalMs
  while (true) {
    if (aborted(options.signal)) throw new ClientAbortedError('aborted by the caller', { cause: options.signal?.reason })
    if (lastError !== undefined) {
      const remaining = options.deadlineAtMs - Date.now()
      if (remaining <= 0) throw deadlineError(taskId, lastError)
      emit({ type: 'reconnecting', taskId, timestampMs: Date.now(), attempt: 0, reason: 'following the task again', error: (lastError as Error)?.message ?? String(lastError) })
      await sleep(Math.min(pauseMs, remaining), options.signal)
      pauseMs = Math.min(pauseMs * 2, 5_000)
      if (aborted(options.signal)) continue
    }
    const remaining = options.deadlineAtMs - Date.now()
    if (remaining <= 0) throw deadlineError(taskId, lastError)
    const deadline = AbortSignal.timeout(remaining)
    const signal = options.signal != null ? AbortSignal.any([options.signal, deadline]) : deadline
    try {
      return await consumeTaskEvents(options.open(signal), {}, emit, options.startedAt)
    } catch (err) {
      if (aborted(options.signal)) throw new ClientAbortedError('aborted by the caller', { cause: err })
      if (deadline.aborted) throw deadlineError(taskId, err)
      if (!isTransient(err)) throw toClientError(err, taskId)
      lastError = err
    }
  }
}

function deadlineError (taskId: string, cause: unknown): FollowDeadlineError {
  const why = cause === undefined ? '' : ` (last error: ${(cause as Error)?.message ?? String(cause)})`
  return new FollowDeadlineError(taskId, `task ${taskId} did not end before the follow deadline${why}`)
}

async function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  await new Promise<void>(resolve => {
    const timer = setTimeout(done, ms)
    function done (): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** A function, not an inline check, so TypeScript does not narrow `signal.aborted` across awaits. */
function aborted (signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true
}
