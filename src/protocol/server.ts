/**
 * Server side of `/ailee/task/1.0.0`: a generic engine (Lodestar `reqresp`
 * style) that admits a stream, reads one length-prefixed `pb.Request`, checks
 * it, and hands it to the role's handler, which answers with one or more
 * `pb.Response`s. Every failure of the peer's making is answered with
 * `Response{ error }` and never reaches the rest of the node:
 *
 * | what                                          | answer                     |
 * | --------------------------------------------- | -------------------------- |
 * | too many open streams or requests per second  | RATE_LIMITED               |
 * | node's in-flight frame budget used up         | RATE_LIMITED ("node busy: ..."), then reset |
 * | length prefix over `maxMessageBytes`          | MESSAGE_TOO_LARGE, then reset |
 * | bad prefix, truncated frame, not a Request, no body | INVALID_MESSAGE      |
 * | `network_id` of another network               | WRONG_NETWORK              |
 * | handler throws `ProtocolError(code, ...)`     | that code                  |
 * | handler throws anything else                  | INTERNAL (error logged with its stack) |
 * | server stopping                               | SHUTTING_DOWN              |
 *
 * The stream is closed after the handler resolves (or after the error answer);
 * one the peer leaves open after that is reset `requestTimeoutMs` later.
 * Modelled on js-libp2p `protocol-fetch/src/fetch.ts`: a timeout on every
 * read and write, `close()` on success, `abort()` on failure.
 *
 * The same server also serves sessions (`options.session`, session-server.ts):
 * many exchanges on one long-lived stream, each admitted, checked and
 * answered through the same methods as a stream of its own.
 */
import { defaultLogger } from '@libp2p/logger'
import { pb } from '../proto/index.ts'
import { TASK_PROTOCOL, TASK_SESSION_PROTOCOL } from '../p2p/topics.ts'
import { FrameBudgetExceededError, InvalidMessageError, MessageTooLargeError, ProtocolError, RemoteClosedError, errorCodeName } from './errors.ts'
import type { FrameBudget } from './frame-budget.ts'
import { FrameReader, encodeFrame, withTimeoutSignal, writeFrameWithin } from './framing.ts'
import { PeerRateLimiter, PeerStreamCounter } from './rate-limit.ts'
import { serveSession, type SessionPorts } from './session-server.ts'
import type { ailee } from '../proto/index.ts'
import type { ComponentLogger, Connection, Libp2p, Logger, PeerId, Stream } from '@libp2p/interface'

/** What a handler gets besides the request. */
export interface RequestContext {
  /** The requesting peer. */
  peerId: PeerId
  connection: Connection
  /**
   * Aborts when the stream closes or resets (the client went away) or the
   * server stops. A handler that stops early because of it should throw, so
   * the client is told (SHUTTING_DOWN) instead of seeing a clean end.
   */
  signal: AbortSignal
  /**
   * Sends one response. Calls are written in order.
   *
   * @throws {MessageTooLargeError} the encoded response is over `maxMessageBytes` (nothing is sent)
   * @throws {RemoteClosedError} the stream is closed or reset
   */
  send: (response: ailee.v1.IResponse) => Promise<void>
}

/** Serves one request; resolves when every response has been sent. */
export type RequestHandler = (request: ailee.v1.Request, ctx: RequestContext) => Promise<void>

/** Options of {@link TaskProtocolServer}. */
export interface TaskProtocolServerOptions {
  /** Requests whose `network_id` differs are answered WRONG_NETWORK. */
  networkId: string
  /** Largest request and response (protobuf bytes, prefix excluded). */
  maxMessageBytes: number
  /** Concurrent streams per peer; more are answered RATE_LIMITED. */
  maxStreamsPerPeer: number
  /** Requests per peer per second (token bucket, burst 2x); more are answered RATE_LIMITED. */
  maxRequestsPerPeerPerSecond: number
  /** Time for the request to arrive, and for each response to be written. @default 10000 ms */
  requestTimeoutMs?: number
  /** Time `stop()` lets handlers finish after aborting their signals. @default 2000 ms */
  stopGraceMs?: number
  /** @default TASK_PROTOCOL */
  protocol?: string
  /**
   * Also serve sessions of this protocol (session-server.ts): many exchanges
   * on one long-lived stream per connection, each admitted, checked and
   * answered as on a stream of its own. `false`: streams only.
   * @default TASK_SESSION_PROTOCOL when `protocol` is TASK_PROTOCOL, else false
   */
  session?: string | false
  /**
   * The node's budget of bytes buffered for incomplete inbound frames, shared
   * with every other reader of the node (one per node, `limits.maxInFlightFrameBytes`).
   * A request frame that does not fit is answered RATE_LIMITED ("node busy: ...")
   * and its stream reset before its body is buffered.
   * @default none: only `maxStreamsPerPeer` x `maxMessageBytes` per peer bounds it
   */
  frameBudget?: FrameBudget
  /**
   * Where the server logs (component `ailee:protocol:server`). A handler that
   * throws anything but a `ProtocolError` is logged at error level with fields
   * `{ err, peer, request }` (`err` with its stack, `peer` the requesting peer
   * id, `request` the request's body kind); with a pino-backed logger
   * (`pinoComponentLogger`) these are fields of the JSON line. Expected
   * refusals (`ProtocolError`, rate limits, bad input) are logged at debug.
   * @default `libp2p.logger` (the host's, the node's pino when the host was
   *   created with one), else `defaultLogger()` of `@libp2p/logger`
   */
  logger?: ComponentLogger
}

/** What the server needs from libp2p. */
export type TaskProtocolServerComponents = Pick<Libp2p, 'handle' | 'unhandle'> & { logger?: ComponentLogger }

/** An error answer: its code and message. */
interface Refusal {
  code: ailee.v1.ErrorCode
  message: string
}

interface Exchange {
  stream: Stream
  controller: AbortController
  done: Promise<void>
}

/** Serves `/ailee/task/1.0.0` with one handler. */
export class TaskProtocolServer {
  readonly #libp2p: TaskProtocolServerComponents
  readonly #options: Required<Omit<TaskProtocolServerOptions, 'logger' | 'frameBudget' | 'session'>>
  readonly #session: string | false
  readonly #frameBudget: FrameBudget | undefined
  readonly #handler: RequestHandler
  readonly #log: Logger
  readonly #rate: PeerRateLimiter
  readonly #streams: PeerStreamCounter
  readonly #exchanges = new Set<Exchange>()
  /** What a session gets of this server: the same admission, checks, handler and error answers as a stream. */
  readonly #sessionPorts: SessionPorts
  /** Timers of {@link TaskProtocolServer.#reap}. */
  readonly #reaping = new Set<ReturnType<typeof setTimeout>>()
  #started = false
  #stopping = false

  constructor (libp2p: TaskProtocolServerComponents, options: TaskProtocolServerOptions, handler: RequestHandler) {
    this.#libp2p = libp2p
    this.#options = {
      requestTimeoutMs: 10_000,
      stopGraceMs: 2000,
      protocol: TASK_PROTOCOL,
      ...options
    }
    this.#session = options.session ?? (this.#options.protocol === TASK_PROTOCOL ? TASK_SESSION_PROTOCOL : false)
    this.#frameBudget = options.frameBudget
    this.#handler = handler
    this.#log = (options.logger ?? libp2p.logger ?? defaultLogger()).forComponent('ailee:protocol:server')
    this.#rate = new PeerRateLimiter(options.maxRequestsPerPeerPerSecond)
    this.#streams = new PeerStreamCounter(options.maxStreamsPerPeer)
    this.#sessionPorts = {
      maxMessageBytes: this.#options.maxMessageBytes,
      requestTimeoutMs: this.#options.requestTimeoutMs,
      frameBudget: this.#frameBudget,
      log: this.#log,
      admit: peer => this.#admit(peer),
      release: peer => { this.#streams.close(peer) },
      check: request => this.#check(request),
      handler: async (request, ctx) => { await this.#handler(request, ctx) },
      failure: (err, request, peer, signal, closed) => this.#failure(err, request, peer, signal, closed)
    }
  }

  /** Registers the protocol handler. Idempotent. */
  async start (): Promise<void> {
    if (this.#started) return
    this.#stopping = false
    await this.#libp2p.handle(this.#options.protocol, (stream, connection) => { this.#onStream(stream, connection) }, {
      // our own limit answers RATE_LIMITED first; libp2p's resets streams past twice that
      maxInboundStreams: Math.max(32, 2 * this.#options.maxStreamsPerPeer),
      maxOutboundStreams: 1024,
      // a peer reached only through a relay that limits its connections (src/p2p/reachability.ts) is served too
      runOnLimitedConnection: true
    })
    if (this.#session !== false) {
      await this.#libp2p.handle(this.#session, (stream, connection) => { this.#onSession(stream, connection) }, {
        // one session per connection and direction is the norm; a few more tolerate a client reopening one
        maxInboundStreams: 8,
        maxOutboundStreams: 8,
        runOnLimitedConnection: true
      })
    }
    this.#started = true
  }

  /**
   * Unregisters the protocol, aborts every handler's signal, waits up to
   * `stopGraceMs` for them (their clients get SHUTTING_DOWN), then resets what
   * is left. Idempotent.
   */
  async stop (): Promise<void> {
    if (!this.#started) return
    this.#started = false
    this.#stopping = true
    await this.#libp2p.unhandle(this.#options.protocol).catch(err => { this.#log('unhandle failed - %e', err) })
    if (this.#session !== false) await this.#libp2p.unhandle(this.#session).catch(err => { this.#log('unhandle failed - %e', err) })
    const pending = [...this.#exchanges]
    for (const ex of pending) ex.controller.abort(new ProtocolError(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, 'server is shutting down'))
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      Promise.allSettled(pending.map(async ex => ex.done)),
      new Promise<void>(resolve => { timer = setTimeout(resolve, this.#options.stopGraceMs) })
    ])
    clearTimeout(timer)
    for (const ex of this.#exchanges) ex.stream.abort(new Error('server stopped'))
    for (const timer of this.#reaping) clearTimeout(timer)
    this.#reaping.clear()
    this.#rate.clear()
  }

  #onStream (stream: Stream, connection: Connection): void {
    const controller = new AbortController()
    const exchange: Exchange = { stream, controller, done: Promise.resolve() }
    exchange.done = this.#serve(stream, connection, controller)
      .catch(err => {
        this.#log('exchange with %p failed - %e', connection.remotePeer, err)
        stream.abort(err)
      })
      .finally(() => {
        this.#exchanges.delete(exchange)
        this.#reap(stream)
      })
    this.#exchanges.add(exchange)
  }

  /** Serves a session stream (session-server.ts), tracked like an exchange so that `stop()` ends it. */
  #onSession (stream: Stream, connection: Connection): void {
    const controller = new AbortController()
    const exchange: Exchange = { stream, controller, done: Promise.resolve() }
    if (this.#stopping) {
      stream.abort(new Error('server is shutting down'))
      return
    }
    exchange.done = serveSession(stream, connection, this.#sessionPorts, controller.signal)
      .finally(() => { this.#exchanges.delete(exchange) })
    this.#exchanges.add(exchange)
  }

  /**
   * After the exchange: a stream the remote has not closed its side of yet
   * (ours is closed, the request read) is aborted `requestTimeoutMs` later. A
   * peer that reads the answer and never closes would otherwise keep every
   * such stream open on the connection for good (found by
   * test/fuzz/handlers-fuzz.test.ts).
   */
  #reap (stream: Stream): void {
    if (stream.status !== 'open') return
    if (this.#stopping) {
      stream.abort(new Error('server stopped'))
      return
    }
    const timer = setTimeout(() => {
      this.#reaping.delete(timer)
      if (stream.status === 'open') stream.abort(new Error('the peer did not close the stream after the exchange'))
    }, this.#options.requestTimeoutMs)
    this.#reaping.add(timer)
    stream.addEventListener('close', () => {
      clearTimeout(timer)
      this.#reaping.delete(timer)
    }, { once: true })
  }

  async #serve (stream: Stream, connection: Connection, controller: AbortController): Promise<void> {
    const peer = connection.remotePeer.toString()
    const refusal = this.#admit(peer)
    if (refusal != null) return this.#refuse(stream, refusal.code, refusal.message)
    const onClose = (): void => { controller.abort(new RemoteClosedError('stream closed by the client')) }
    stream.addEventListener('close', onClose, { once: true })
    try {
      const request = await this.#readRequest(stream, connection, controller.signal)
      if (request == null) return
      await this.#handle(request, stream, connection, controller.signal)
    } finally {
      stream.removeEventListener('close', onClose)
      this.#streams.close(peer)
    }
  }

  /** Reads and checks the request; answers and returns undefined when it is unusable. */
  async #readRequest (stream: Stream, connection: Connection, signal: AbortSignal): Promise<ailee.v1.Request | undefined> {
    const reader = new FrameReader(stream, {
      maxFrameBytes: this.#options.maxMessageBytes,
      connection,
      budget: this.#frameBudget,
      peer: connection.remotePeer.toString()
    })
    let frame: Uint8Array | null
    try {
      frame = await reader.next({ timeoutMs: this.#options.requestTimeoutMs, signal })
    } catch (err) {
      if (err instanceof MessageTooLargeError) {
        await this.#refuse(stream, pb.ErrorCode.ERROR_CODE_MESSAGE_TOO_LARGE, err.message)
        stream.abort(err) // stop the rest of the upload
      } else if (err instanceof FrameBudgetExceededError) {
        await this.#refuse(stream, pb.ErrorCode.ERROR_CODE_RATE_LIMITED, err.message)
        stream.abort(err) // nothing of the frame is kept: stop the upload
      } else if (err instanceof InvalidMessageError) {
        await this.#refuse(stream, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, err.message)
      } else {
        this.#log('no request from the stream - %e', err)
        stream.abort(err as Error)
      }
      return undefined
    } finally {
      reader.dispose()
    }
    if (frame == null) {
      await this.#refuse(stream, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, 'stream closed without a request')
      return undefined
    }
    await stream.closeRead().catch(() => {}) // one request per stream: ignore anything after it
    let request: ailee.v1.Request
    try {
      request = pb.Request.decode(frame)
    } catch (err) {
      await this.#refuse(stream, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, `not a Request: ${(err as Error).message}`)
      return undefined
    }
    const refusal = this.#check(request)
    if (refusal != null) {
      await this.#refuse(stream, refusal.code, refusal.message)
      return undefined
    }
    return request
  }

  /** Why a decoded request cannot be served (another network, no body), or undefined. */
  #check (request: ailee.v1.Request): Refusal | undefined {
    if (request.networkId !== this.#options.networkId) {
      return { code: pb.ErrorCode.ERROR_CODE_WRONG_NETWORK, message: `this node is on network "${this.#options.networkId}", the request is for "${request.networkId}"` }
    }
    if (request.body == null) return { code: pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, message: 'Request has no body' }
    return undefined
  }

  /**
   * Admits one exchange of `peer` (counted until {@link #release}): the
   * refusal when the server is stopping, the peer has `maxStreamsPerPeer`
   * exchanges open, or it is over its request rate.
   */
  #admit (peer: string): Refusal | undefined {
    if (this.#stopping) return { code: pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, message: 'server is shutting down' }
    if (!this.#streams.tryOpen(peer)) {
      return { code: pb.ErrorCode.ERROR_CODE_RATE_LIMITED, message: `too many concurrent streams (limit ${this.#options.maxStreamsPerPeer} per peer)` }
    }
    if (!this.#rate.tryTake(peer)) {
      this.#streams.close(peer)
      return { code: pb.ErrorCode.ERROR_CODE_RATE_LIMITED, message: `too many requests (limit ${this.#options.maxRequestsPerPeerPerSecond} per second per peer)` }
    }
    return undefined
  }

  /**
   * The answer to a handler that threw `err`, logged: SHUTTING_DOWN when the
   * server is stopping, a `ProtocolError`'s own code (debug), else INTERNAL
   * (error level, with the stack). `closed`: the stream can take no answer,
   * so only the log line is written (undefined is returned).
   */
  #failure (err: any, request: ailee.v1.Request, peer: string, signal: AbortSignal, closed: boolean): Refusal | undefined {
    const kind = request.body ?? 'none'
    const expected = err instanceof ProtocolError || err instanceof RemoteClosedError || signal.aborted
    if (closed) {
      if (expected) {
        this.#log({ peer, request: kind }, '%s request from %p ended with the stream closed: %s', kind, peer, err?.message ?? String(err))
      } else {
        this.#log.error({ err, peer, request: kind }, 'handler of %s request from %p failed (stream already closed): %s', kind, peer, err?.message ?? String(err))
      }
      return undefined
    }
    if (this.#stopping && signal.aborted) return { code: pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, message: 'server is shutting down' }
    if (err instanceof ProtocolError) {
      // an expected refusal (unknown task, bad argument, ...): not our failure
      this.#log({ peer, request: kind, code: errorCodeName(err.code) }, 'handler refused %s request from %p: %s', kind, peer, err.message)
      return { code: err.code, message: err.message }
    }
    // a bug or an unexpected failure: the client only sees INTERNAL, the stack goes to our log
    this.#log.error({ err, peer, request: kind }, 'handler of %s request from %p failed: %s', kind, peer, err?.message ?? String(err))
    return { code: pb.ErrorCode.ERROR_CODE_INTERNAL, message: `internal error: ${err?.message ?? String(err)}` }
  }

  async #handle (request: ailee.v1.Request, stream: Stream, connection: Connection, signal: AbortSignal): Promise<void> {
    let writing: Promise<void> = Promise.resolve()
    const send = async (response: ailee.v1.IResponse): Promise<void> => {
      const body = pb.Response.encode(response).finish()
      if (body.byteLength > this.#options.maxMessageBytes) {
        throw new MessageTooLargeError(body.byteLength, this.#options.maxMessageBytes, 'response')
      }
      const frame = encodeFrame(body)
      const write = writing.then(async () => { await this.#write(stream, frame) })
      writing = write.catch(() => {})
      return write
    }
    try {
      await this.#handler(request, { peerId: connection.remotePeer, connection, signal, send })
      await writing
      await withTimeoutSignal(this.#options.requestTimeoutMs, async signal => { await stream.close({ signal }) })
    } catch (err: any) {
      await writing
      const refusal = this.#failure(err, request, connection.remotePeer.toString(), signal, stream.writeStatus !== 'writable')
      if (refusal != null) await this.#refuse(stream, refusal.code, refusal.message)
    }
  }

  /** Writes one frame within `requestTimeoutMs`. */
  async #write (stream: Stream, frame: Uint8Array): Promise<void> {
    if (stream.writeStatus !== 'writable' || stream.status !== 'open') {
      throw new RemoteClosedError(`stream is ${stream.status}, cannot send`)
    }
    try {
      await writeFrameWithin(stream, frame, this.#options.requestTimeoutMs)
    } catch (err) {
      stream.abort(err as Error)
      throw new RemoteClosedError(`could not send: ${(err as Error).message}`, { cause: err })
    }
  }

  /** Answers `Response{ error }` and closes our side; never throws. */
  async #refuse (stream: Stream, code: ailee.v1.ErrorCode, message: string): Promise<void> {
    this.#log('answering %s: %s', errorCodeName(code), message)
    try {
      if (stream.readStatus === 'readable' || stream.readStatus === 'paused') {
        await stream.closeRead().catch(() => {})
      }
      await this.#write(stream, encodeFrame(pb.Response.encode({ error: { code, message } }).finish()))
      await withTimeoutSignal(this.#options.requestTimeoutMs, async signal => { await stream.close({ signal }) })
    } catch (err) {
      this.#log('could not answer %s - %e', errorCodeName(code), err)
      stream.abort(err as Error)
    }
  }
}
