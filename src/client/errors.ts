/**
 * Errors of the client library, one class per kind of failure with a stable
 * `name` that callers (and the CLI's exit codes) match on.
 */
import type { TaskResult } from './types.ts'

/** The coordinator address is not a multiaddr ending in `/p2p/<peer id>`. */
export class InvalidCoordinatorAddressError extends Error {
  static readonly NAME = 'InvalidCoordinatorAddressError'
  override name = InvalidCoordinatorAddressError.NAME
}

/** The coordinator could not be dialled (nothing listening, wrong peer id, timeout). */
export class CoordinatorUnreachableError extends Error {
  static readonly NAME = 'CoordinatorUnreachableError'
  override name = CoordinatorUnreachableError.NAME
}

/** The coordinator does not know this task id. */
export class TaskNotFoundError extends Error {
  static readonly NAME = 'TaskNotFoundError'
  override name = TaskNotFoundError.NAME
  readonly taskId: string

  constructor (taskId: string, message: string) {
    super(message)
    this.taskId = taskId
  }
}

/**
 * The coordinator answered with an error response (other than "not found"):
 * it is shutting down, rate limits us, refuses the request, or failed inside.
 */
export class CoordinatorError extends Error {
  static readonly NAME = 'CoordinatorError'
  override name = CoordinatorError.NAME
  /** `ERROR_CODE_*` name of the wire code, e.g. `ERROR_CODE_SHUTTING_DOWN`. */
  readonly code: string
  /** The message the coordinator sent. */
  readonly remoteMessage: string

  constructor (code: string, remoteMessage: string, options?: ErrorOptions) {
    super(`coordinator error ${code}: ${remoteMessage}`, options)
    this.code = code
    this.remoteMessage = remoteMessage
  }
}

/**
 * The coordinator refused to cancel a task (it answered `ERROR_CODE_REJECTED`):
 * the task has already ended, or this client is not the peer that submitted it
 * (a client has a new peer id per `connect` unless given a `privateKey`).
 */
export class CancelRefusedError extends Error {
  static readonly NAME = 'CancelRefusedError'
  override name = CancelRefusedError.NAME
  readonly taskId: string
  /** The coordinator's explanation. */
  readonly remoteMessage: string

  constructor (taskId: string, remoteMessage: string, options?: ErrorOptions) {
    super(`cannot cancel task ${taskId}: ${remoteMessage}`, options)
    this.taskId = taskId
    this.remoteMessage = remoteMessage
  }
}

/**
 * The coordinator has no proof of the task's receipt (it answered
 * `ERROR_CODE_REJECTED` to a `ProofQuery`): the task has not ended, ended
 * without an accepted receipt, or its receipt is not sealed into a block yet
 * (then a later query succeeds). `remoteMessage` says which.
 */
export class ProofUnavailableError extends Error {
  static readonly NAME = 'ProofUnavailableError'
  override name = ProofUnavailableError.NAME
  readonly taskId: string
  /** The coordinator's explanation. */
  readonly remoteMessage: string

  constructor (taskId: string, remoteMessage: string, options?: ErrorOptions) {
    super(`no proof of task ${taskId}: ${remoteMessage}`, options)
    this.taskId = taskId
    this.remoteMessage = remoteMessage
  }
}

/**
 * The coordinator broke the protocol: an unexpected response, a malformed task
 * event (unknown kind or state, `done` without outcome), or a stream that ended
 * before the task did.
 */
export class UnexpectedResponseError extends Error {
  static readonly NAME = 'UnexpectedResponseError'
  override name = UnexpectedResponseError.NAME
}

/** `waitForResult` (or the following part of `submit`) passed its `deadlineMs` before the task ended. */
export class FollowDeadlineError extends Error {
  static readonly NAME = 'FollowDeadlineError'
  override name = FollowDeadlineError.NAME
  readonly taskId: string

  constructor (taskId: string, message: string) {
    super(message)
    this.taskId = taskId
  }
}

/** The caller's `signal` aborted the call. */
export class ClientAbortedError extends Error {
  static readonly NAME = 'ClientAbortedError'
  override name = ClientAbortedError.NAME
}

/** The client was used after `close()`. */
export class ClientClosedError extends Error {
  static readonly NAME = 'ClientClosedError'
  override name = ClientClosedError.NAME
}

/** `submitDetached` was answered with a `rejected` outcome instead of `accepted`. */
export class TaskRejectedError extends Error {
  static readonly NAME = 'TaskRejectedError'
  override name = TaskRejectedError.NAME
  /** The rejected task's outcome (`status: 'rejected'`, `reason`). */
  readonly result: TaskResult

  constructor (result: TaskResult) {
    super(`task ${result.taskId} was ${result.status}: ${result.reason}`)
    this.result = result
  }
}

/**
 * The coordinator refused a transfer (it answered `ERROR_CODE_REJECTED`):
 * insufficient funds, an amount that would overflow the payee's balance, zero
 * amount, a transfer to oneself, or a signature / freshness / replay check
 * (docs/accounts.md). `remoteMessage` names the check. Nothing was applied.
 */
export class TransferRejectedError extends Error {
  static readonly NAME = 'TransferRejectedError'
  override name = TransferRejectedError.NAME
  /** The coordinator's explanation. */
  readonly remoteMessage: string

  constructor (remoteMessage: string, options?: ErrorOptions) {
    super(`transfer refused: ${remoteMessage}`, options)
    this.remoteMessage = remoteMessage
  }
}
