/**
 * Responder side of a task-protocol session (`TASK_SESSION_PROTOCOL`,
 * `SessionFrame`; requester side in session-client.ts): reads requests from a
 * stream the peer opened, serves each with the server's handler as it
 * arrives (many at once), and writes each response tagged with its request's
 * id, in the order they are ready.
 *
 * Every exchange is admitted, checked and answered exactly as on a stream of
 * its own (server.ts): the same per-peer limit on open exchanges and request
 * rate, network id check and error answers, each carrying the request's id.
 * What cannot be answered ends the session (the stream is reset; the peer's
 * open exchanges on it fail): a frame over `maxMessageBytes`, one that does
 * not fit the node's frame budget, one that is not a `SessionFrame` carrying a
 * request, or a write that does not drain within `requestTimeoutMs`.
 */
import { pb } from '../proto/index.ts'
import { InvalidMessageError, MessageTooLargeError, RemoteClosedError } from './errors.ts'
import { FrameReader, encodeFrame, writeFrameWithin } from './framing.ts'
import { SESSION_FRAME_OVERHEAD_BYTES } from './session-client.ts'
import type { FrameBudget } from './frame-budget.ts'
import type { ailee } from '../proto/index.ts'
import type { Connection, Logger, Stream } from '@libp2p/interface'

/** An error answer: its code and message. */
export interface SessionRefusal {
  code: ailee.v1.ErrorCode
  message: string
}

/** What a session needs from the server that owns it (server.ts). */
export interface SessionPorts {
  /** Largest request and response (protobuf bytes of the embedded message). */
  maxMessageBytes: number
  /** Time each response frame has to be written (drained), ms. */
  requestTimeoutMs: number
  frameBudget?: FrameBudget
  log: Logger
  /** Admits one exchange of `peer` (counted until `release`), or the refusal. */
  admit: (peer: string) => SessionRefusal | undefined
  /** Releases an exchange counted by `admit`. */
  release: (peer: string) => void
  /** Why a decoded request cannot be served, or undefined. */
  check: (request: ailee.v1.Request) => SessionRefusal | undefined
  /** The server's handler (see `RequestHandler`). */
  handler: (request: ailee.v1.Request, ctx: { peerId: Connection['remotePeer'], connection: Connection, signal: AbortSignal, send: (response: ailee.v1.IResponse) => Promise<void> }) => Promise<void>
  /** The answer to a handler that threw (logged), or undefined when the session can take none. */
  failure: (err: unknown, request: ailee.v1.Request, peer: string, signal: AbortSignal, closed: boolean) => SessionRefusal | undefined
}

/**
 * Serves one session stream until the peer closes it (then it is closed once
 * every open exchange has answered), it fails, or `signal` aborts (the server
 * stops: handlers see it through their own signal, answer SHUTTING_DOWN, and
 * the stream is closed). Never throws: a failure resets the stream.
 */
export async function serveSession (stream: Stream, connection: Connection, ports: SessionPorts, signal: AbortSignal): Promise<void> {
  const peer = connection.remotePeer.toString()
  const reader = new FrameReader(stream, {
    maxFrameBytes: ports.maxMessageBytes + SESSION_FRAME_OVERHEAD_BYTES,
    connection,
    budget: ports.frameBudget,
    peer
  })
  // handlers see the session end (the peer went away, the stream failed) or the server stop
  const session = new AbortController()
  const onServerStop = (): void => { session.abort(signal.reason) }
  signal.addEventListener('abort', onServerStop, { once: true })
  const onClose = (): void => { session.abort(new RemoteClosedError('session closed by the peer')) }
  stream.addEventListener('close', onClose, { once: true })
  const open = new Set<Promise<void>>()
  let writing: Promise<void> = Promise.resolve()

  /** Writes one response frame after those before it; a write that fails ends the session. */
  const write = async (id: number, response: ailee.v1.IResponse): Promise<void> => {
    const frame = encodeFrame(pb.SessionFrame.encode({ id, response }).finish())
    const next = writing.then(async () => {
      if (stream.writeStatus !== 'writable' || stream.status !== 'open') throw new RemoteClosedError(`session stream is ${stream.status}, cannot send`)
      try {
        await writeFrameWithin(stream, frame, ports.requestTimeoutMs)
      } catch (err) {
        stream.abort(err as Error)
        throw new RemoteClosedError(`could not send on the session: ${(err as Error).message}`, { cause: err })
      }
    })
    writing = next.catch(() => {})
    return next
  }
  const refuse = async (id: number, refusal: SessionRefusal): Promise<void> => {
    await write(id, { error: { code: refusal.code, message: refusal.message } }).catch(err => { ports.log('could not answer session exchange %d of %p - %e', id, connection.remotePeer, err) })
  }

  /** Serves one admitted exchange: the handler's first response goes out, a second is refused to the handler. */
  const serve = async (id: number, request: ailee.v1.Request): Promise<void> => {
    let answered = false
    const send = async (response: ailee.v1.IResponse): Promise<void> => {
      if (answered) throw new RemoteClosedError('a session exchange carries one response: a request that streams responses needs a stream of its own')
      const body = pb.Response.encode(response).finish()
      if (body.byteLength > ports.maxMessageBytes) throw new MessageTooLargeError(body.byteLength, ports.maxMessageBytes, 'response')
      answered = true
      await write(id, response)
    }
    try {
      await ports.handler(request, { peerId: connection.remotePeer, connection, signal: session.signal, send })
      if (!answered) await refuse(id, { code: pb.ErrorCode.ERROR_CODE_INTERNAL, message: 'internal error: the handler sent no response' })
    } catch (err) {
      const closed = answered || stream.writeStatus !== 'writable'
      const refusal = ports.failure(err, request, peer, session.signal, closed)
      if (refusal != null) await refuse(id, refusal)
    } finally {
      ports.release(peer)
    }
  }

  try {
    while (true) {
      const frame = await reader.next({ signal: session.signal })
      if (frame == null) break
      let message: ailee.v1.SessionFrame
      try {
        message = pb.SessionFrame.decode(frame)
      } catch (err) {
        throw new InvalidMessageError(`not a SessionFrame: ${(err as Error).message}`, { cause: err })
      }
      if (message.body !== 'request' || message.request == null) throw new InvalidMessageError('a session carries only requests from the peer that opened it')
      const id = Number(message.id)
      const request = message.request as ailee.v1.Request
      const refusal = ports.admit(peer)
      if (refusal != null) {
        await refuse(id, refusal)
        continue
      }
      const invalid = ports.check(request)
      if (invalid != null) {
        ports.release(peer)
        await refuse(id, invalid)
        continue
      }
      const exchange = serve(id, request)
      open.add(exchange)
      void exchange.finally(() => open.delete(exchange))
    }
    await Promise.allSettled([...open])
    await writing
    if (stream.status === 'open') await stream.close({ signal: AbortSignal.timeout(ports.requestTimeoutMs) })
  } catch (err) {
    if (signal.aborted) {
      // the server stops: the handlers answer SHUTTING_DOWN through their aborted signal, then the stream closes
      await Promise.allSettled([...open])
      await writing
      if (stream.status === 'open') await stream.close({ signal: AbortSignal.timeout(ports.requestTimeoutMs) }).catch(() => { stream.abort(new Error('server stopped')) })
      return
    }
    ports.log('session of %p ended - %e', connection.remotePeer, err)
    session.abort(err)
    if (stream.status === 'open') stream.abort(err as Error)
  } finally {
    reader.dispose()
    signal.removeEventListener('abort', onServerStop)
    stream.removeEventListener('close', onClose)
  }
}
