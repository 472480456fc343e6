/**
 * Client side of `/ailee/task/1.0.0`: open a stream, send one `pb.Request`
 * (length-prefixed), half-close, and read the `pb.Response`s the remote sends
 * until it closes its side. An error response becomes a thrown `RemoteError`.
 *
 * A single-response exchange (`request`) goes on the connection's session
 * (`/ailee/task-session/1.0.0`, session-client.ts) when the remote speaks it:
 * one long-lived stream carrying many exchanges, which costs a fraction of a
 * stream per request. `requestStream` always opens its own stream.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { pb } from '../proto/index.ts'
import { TASK_PROTOCOL, TASK_SESSION_PROTOCOL } from '../p2p/topics.ts'
import {
  InvalidMessageError, MessageTooLargeError, PeerUnreachableError, RemoteClosedError, RemoteError,
  RequestAbortedError, RequestTimeoutError
} from './errors.ts'
import { FrameReader, encodeFrame, writeFrame } from './framing.ts'
import { SESSION_MAX_REQUEST_BYTES, sessionFor } from './session-client.ts'
import type { FrameBudget } from './frame-budget.ts'
import type { ailee } from '../proto/index.ts'
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'

/** A peer to send a request to: its ID (known to the peer store), a multiaddr, or either as a string. */
export type PeerTarget = PeerId | Multiaddr | string

/** Options of {@link request} and {@link requestStream}. */
export interface RequestOptions {
  /** Written into the request's `network_id`. */
  networkId: string
  /**
   * `request`: limit on dialling plus the wait for the response.
   * `requestStream`: limit on dialling, then on the wait for each next response (idle timeout). Ms.
   */
  timeoutMs: number
  /** Largest request we send and largest response we accept (protobuf bytes, prefix excluded). */
  maxMessageBytes: number
  /** Cancels the exchange (throws `RequestAbortedError`). */
  signal?: AbortSignal
  /** @default TASK_PROTOCOL */
  protocol?: string
  /**
   * The node's budget of bytes buffered for incomplete inbound frames (see
   * `FrameReader`): a response frame that does not fit fails the exchange with
   * `FrameBudgetExceededError`. @default none
   */
  frameBudget?: FrameBudget
  /**
   * `request` only: the session protocol to carry the exchange on when the
   * remote speaks it (session-client.ts), or `false` for a stream of its own.
   * @default TASK_SESSION_PROTOCOL when `protocol` is TASK_PROTOCOL, else false
   */
  session?: string | false
}

/** What the client needs from libp2p. */
export type RequestComponents = Pick<Libp2p, 'dial'>

/**
 * Sends `req` and returns the first response; the rest of the exchange, if
 * any, is abandoned (the stream is reset).
 *
 * @throws {RemoteError} the response is `Response{ error }` (see `code`)
 * @throws {RequestTimeoutError} dial plus response took over `timeoutMs`
 * @throws {RequestAbortedError} `signal` aborted
 * @throws {PeerUnreachableError} the peer could not be dialled, does not speak the protocol, or `peer` is not a valid address
 * @throws {RemoteClosedError} the remote closed or reset the stream, or went away, before responding
 * @throws {MessageTooLargeError} `req` encodes to more than `maxMessageBytes` (nothing is sent), or the response declares more
 * @throws {InvalidMessageError} the response is not a decodable `Response`
 * @throws {FrameBudgetExceededError} the response frame did not fit in `frameBudget`
 */
export async function request (libp2p: RequestComponents, peer: PeerTarget, req: ailee.v1.IRequest, opts: RequestOptions): Promise<ailee.v1.Response> {
  const session = opts.session ?? ((opts.protocol ?? TASK_PROTOCOL) === TASK_PROTOCOL ? TASK_SESSION_PROTOCOL : false)
  const body = pb.Request.encode({ ...req, networkId: opts.networkId }).finish()
  if (session !== false && body.byteLength <= SESSION_MAX_REQUEST_BYTES) {
    const response = await requestOnSession(libp2p, peer, body, opts, session)
    if (response != null) return response
  }
  const deadline = Date.now() + opts.timeoutMs
  const { stream, reader } = await openExchange(libp2p, peer, body, opts)
  try {
    const frame = await reader.next({ timeoutMs: Math.max(0, deadline - Date.now()), signal: opts.signal })
    if (frame == null) throw new RemoteClosedError('the remote closed the stream without a response')
    return decodeResponse(frame)
  } finally {
    closeExchange(stream, reader, 'response received, rest of the exchange not wanted')
  }
}

/**
 * Sends `req` and yields every response until the remote closes the stream.
 * Breaking out of the loop resets the stream.
 *
 * @throws {RemoteError} on an error response (after yielding the ones before it)
 * @throws {RequestTimeoutError} the dial, or the wait for any next response, took over `timeoutMs`
 * @throws {RemoteClosedError} the stream was reset or the connection dropped (the remote went away) before the remote closed it
 * @throws the other errors of {@link request}
 */
export async function * requestStream (libp2p: RequestComponents, peer: PeerTarget, req: ailee.v1.IRequest, opts: RequestOptions): AsyncGenerator<ailee.v1.Response, void, undefined> {
  const { stream, reader } = await openExchange(libp2p, peer, pb.Request.encode({ ...req, networkId: opts.networkId }).finish(), opts)
  try {
    while (true) {
      const frame = await reader.next({ timeoutMs: opts.timeoutMs, signal: opts.signal })
      if (frame == null) return
      yield decodeResponse(frame)
    }
  } finally {
    closeExchange(stream, reader, 'exchange abandoned by the client')
  }
}

/**
 * {@link request} of the encoded `body` on the connection's session of protocol
 * `session`; resolves `undefined`, having sent nothing, when the remote does not speak it.
 */
async function requestOnSession (libp2p: RequestComponents, peer: PeerTarget, body: Uint8Array, opts: RequestOptions, session: string): Promise<ailee.v1.Response | undefined> {
  const deadline = Date.now() + opts.timeoutMs
  const target = toDialTarget(peer)
  const open = await underRequestTimeout(peer, opts, async (signal, cutShort) => {
    try {
      const connection = await libp2p.dial(target, { signal })
      return await sessionFor(connection, { protocol: session, maxMessageBytes: opts.maxMessageBytes, frameBudget: opts.frameBudget }, signal)
    } catch (err) {
      throw cutShort(err, 'open a session to') ?? new PeerUnreachableError(`cannot reach ${String(peer)}: ${(err as Error).message}`, { cause: err })
    }
  })
  if (open == null) return undefined
  return checkResponse(await open.exchange(body, Math.max(0, deadline - Date.now()), opts.signal))
}

/**
 * Runs `fn` under the caller's signal and a `timeoutMs` timer, cleared once
 * `fn` settles (AbortSignal.timeout would fire, and build a DOMException, long
 * after). `fn` gets the combined signal and `cutShort(err, step)`: the
 * `RequestAbortedError` or `RequestTimeoutError` of a step that the caller's
 * signal or the timer cut short, else undefined.
 */
async function underRequestTimeout<T> (
  peer: PeerTarget, opts: RequestOptions, fn: (signal: AbortSignal, cutShort: (err: unknown, step: string) => Error | undefined) => Promise<T>
): Promise<T> {
  const timeout = new AbortController()
  const timer = setTimeout(() => { timeout.abort(new DOMException(`timed out after ${opts.timeoutMs} ms`, 'TimeoutError')) }, opts.timeoutMs)
  const signal = opts.signal != null ? AbortSignal.any([opts.signal, timeout.signal]) : timeout.signal
  const cutShort = (err: unknown, step: string): Error | undefined => {
    if (opts.signal?.aborted === true) return new RequestAbortedError('aborted by the caller', { cause: err })
    if (timeout.signal.aborted) return new RequestTimeoutError(`could not ${step} ${String(peer)} within ${opts.timeoutMs} ms`, { cause: err })
    return undefined
  }
  try {
    return await fn(signal, cutShort)
  } finally {
    clearTimeout(timer)
  }
}

/** Dials, sends the encoded request `body` and half-closes; returns the stream with a reader attached. */
async function openExchange (libp2p: RequestComponents, peer: PeerTarget, body: Uint8Array, opts: RequestOptions): Promise<{ stream: Stream, reader: FrameReader }> {
  if (body.byteLength > opts.maxMessageBytes) {
    throw new MessageTooLargeError(body.byteLength, opts.maxMessageBytes, 'request')
  }
  const target = toDialTarget(peer)
  const protocol = opts.protocol ?? TASK_PROTOCOL
  return await underRequestTimeout(peer, opts, async (signal, cutShort) => await dialAndSend(libp2p, peer, body, protocol, target, signal, opts, cutShort))
}

/** The steps of {@link openExchange} under `signal`; `cutShort` names the error of a step that the caller's signal or the timeout cut short. */
async function dialAndSend (
  libp2p: RequestComponents, peer: PeerTarget, body: Uint8Array, protocol: string, target: PeerId | Multiaddr, signal: AbortSignal,
  opts: RequestOptions, cutShort: (err: unknown, step: string) => Error | undefined
): Promise<{ stream: Stream, reader: FrameReader }> {
  let stream: Stream
  let connection: Connection
  try {
    connection = await libp2p.dial(target, { signal })
    // a relayed connection under the relay's limits carries requests too (src/p2p/reachability.ts)
    stream = await connection.newStream(protocol, { signal, runOnLimitedConnection: true })
  } catch (err) {
    throw cutShort(err, 'open a stream to') ??
      new PeerUnreachableError(`cannot open ${protocol} to ${String(peer)}: ${(err as Error).message}`, { cause: err })
  }

  const reader = new FrameReader(stream, { maxFrameBytes: opts.maxMessageBytes, connection, budget: opts.frameBudget, peer: connection.remotePeer.toString() })
  try {
    await writeFrame(stream, encodeFrame(body), signal)
    await stream.close({ signal })
  } catch (err) {
    // the remote may have answered (e.g. MESSAGE_TOO_LARGE) and reset the
    // stream while we were writing: unless we timed out, let reading decide
    const failure = cutShort(err, 'send the request to')
    if (failure != null) {
      reader.dispose()
      stream.abort(err as Error)
      throw failure
    }
  }
  return { stream, reader }
}

/** Stops reading and resets the stream unless the remote already finished the exchange. */
function closeExchange (stream: Stream, reader: FrameReader, why: string): void {
  reader.dispose()
  if (stream.status === 'open' && stream.remoteWriteStatus !== 'closed') stream.abort(new Error(why))
}

function decodeResponse (frame: Uint8Array): ailee.v1.Response {
  let response: ailee.v1.Response
  try {
    response = pb.Response.decode(frame)
  } catch (err) {
    throw new InvalidMessageError(`not a Response: ${(err as Error).message}`, { cause: err })
  }
  return checkResponse(response)
}

/** `response`, or the `RemoteError` of an error response; `InvalidMessageError` when it has no body. */
function checkResponse (response: ailee.v1.Response): ailee.v1.Response {
  if (response.body === 'error') {
    throw new RemoteError(response.error?.code ?? pb.ErrorCode.ERROR_CODE_UNSPECIFIED, response.error?.message ?? '')
  }
  if (response.body == null) throw new InvalidMessageError('Response has no body')
  return response
}

function toDialTarget (peer: PeerTarget): PeerId | Multiaddr {
  if (typeof peer !== 'string') return peer
  try {
    return peer.startsWith('/') ? multiaddr(peer) : peerIdFromString(peer)
  } catch (err) {
    throw new PeerUnreachableError(`not a peer ID or multiaddr: ${JSON.stringify(peer)}`, { cause: err })
  }
}
