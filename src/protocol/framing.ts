/**
 * Varint length-prefixed frames on a libp2p v3 stream: each message is an
 * unsigned LEB128 length followed by that many bytes (the framing of
 * `it-length-prefixed` and `lpStream` in `@libp2p/utils`, and of protobuf's
 * `writeDelimitedTo`).
 *
 * `FrameReader` is ours rather than `lpStream` because the engine must tell
 * apart what `lpStream` folds into one error: a clean end (the remote closed its
 * writable end between frames), a truncated frame, a declared length over the
 * limit (answered with MESSAGE_TOO_LARGE before the body arrives), and a stream
 * reset or dropped connection (the remote went away).
 */
import { Uint8ArrayList } from 'uint8arraylist'
import { InvalidMessageError, MessageTooLargeError, RemoteClosedError, RequestAbortedError, RequestTimeoutError } from './errors.ts'
import type { FrameBudget, FrameReservation } from './frame-budget.ts'
import type { Connection, Stream, StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface'

/** Bytes of the LEB128 encoding of `value` (a non-negative integer below 2^53). */
function varintLength (value: number): number {
  let n = 1
  while (value >= 0x80) { value = Math.floor(value / 128); n++ }
  return n
}

/** `body` prefixed with its length as an unsigned LEB128 varint. */
export function encodeFrame (body: Uint8Array): Uint8Array {
  const out = new Uint8Array(varintLength(body.byteLength) + body.byteLength)
  let value = body.byteLength
  let i = 0
  while (value >= 0x80) {
    out[i++] = (value & 0x7f) | 0x80
    value = Math.floor(value / 128)
  }
  out[i++] = value
  out.set(body, i)
  return out
}

/**
 * Writes `frame` to `stream`, waiting for the stream to drain when its buffer is full.
 *
 * @throws the stream's error when it is closed for writing or resets meanwhile
 */
export async function writeFrame (stream: Stream, frame: Uint8Array, signal?: AbortSignal): Promise<void> {
  if (!stream.send(frame)) {
    await stream.onDrain({ signal })
  }
}

/**
 * Runs `fn` with a signal that aborts after `ms` milliseconds with a
 * `TimeoutError` DOMException, as `AbortSignal.timeout(ms)` would; but the
 * timer is cleared as soon as `fn` settles, so a step that finished in time
 * leaves no timer behind and no exception is built (an `AbortSignal.timeout`
 * fires, and builds its DOMException, `ms` later whatever happened; on a
 * stream per request that was measurable CPU).
 */
export async function withTimeoutSignal<T> (ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(() => { controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')) }, ms)
  try {
    return await fn(controller.signal)
  } finally {
    clearTimeout(timer)
  }
}

/** {@link writeFrame} within `timeoutMs`: a timer is armed only when the stream must drain first. */
export async function writeFrameWithin (stream: Stream, frame: Uint8Array, timeoutMs: number): Promise<void> {
  if (stream.send(frame)) return
  await withTimeoutSignal(timeoutMs, async signal => { await stream.onDrain({ signal }) })
}

/** Options of {@link FrameReader}. */
export interface FrameReaderInit {
  /** Largest frame body accepted, bytes; a larger declared length fails the reader with `MessageTooLargeError`. */
  maxFrameBytes: number
  /**
   * The stream's connection. When the stream ends while the connection is no
   * longer open, the remote went away (crash, dropped link) rather than
   * closing the stream: the reader fails with `RemoteClosedError`.
   */
  connection?: Pick<Connection, 'status'>
  /** Decoded frames held before the stream is paused (backpressure). @default max(4 MiB, maxFrameBytes) */
  maxQueuedBytes?: number
  /**
   * The node's budget of bytes buffered for incomplete inbound frames. A
   * frame whose length prefix has arrived but whose body has not reserves its
   * declared length here before any of its body is kept; when it does not fit
   * (or is later evicted for a peer holding less) the reader fails with
   * `FrameBudgetExceededError` and drops what it buffered. The reservation is
   * released when the frame completes and when the reader fails or is
   * disposed. @default none (bounded by `maxFrameBytes` only)
   */
  budget?: FrameBudget
  /** The sending peer's id, the key of its share of `budget`. @default "unknown" */
  peer?: string
}

/** Options of {@link FrameReader.next}. */
export interface NextFrameOptions {
  /** Throw `RequestTimeoutError` when no frame arrives within this many ms. */
  timeoutMs?: number
  /** Throw `RequestAbortedError` when this aborts. */
  signal?: AbortSignal
}

/**
 * Reads frames from a stream. Attach it right after the stream opens: it takes
 * over the stream's `message` events.
 *
 * The end of the stream is judged from the stream's state, not from its
 * events alone: a response that arrives while libp2p is still finishing the
 * protocol negotiation can carry the remote's close with it, and those events
 * fire before anyone else listens.
 */
export class FrameReader {
  readonly #stream: Stream
  readonly #connection: Pick<Connection, 'status'> | undefined
  readonly #maxFrameBytes: number
  readonly #maxLengthBytes: number
  readonly #maxQueuedBytes: number
  readonly #buffer = new Uint8ArrayList()
  readonly #frames: Uint8Array[] = []
  readonly #budget: FrameBudget | undefined
  readonly #peer: string
  /** The budget reservation of the incomplete frame at the head of `#buffer`, if any. */
  #reservation: FrameReservation | undefined
  #queuedBytes = 0
  #done = false
  #error: Error | undefined
  #closeError: Error | undefined
  #wake: PromiseWithResolvers<void> | undefined

  constructor (stream: Stream, init: FrameReaderInit) {
    this.#stream = stream
    this.#connection = init.connection
    this.#maxFrameBytes = init.maxFrameBytes
    this.#maxLengthBytes = varintLength(init.maxFrameBytes)
    this.#maxQueuedBytes = init.maxQueuedBytes ?? Math.max(4 * 1024 * 1024, init.maxFrameBytes)
    this.#budget = init.budget
    this.#peer = init.peer ?? 'unknown'
    stream.addEventListener('message', this.#onMessage)
    stream.addEventListener('remoteCloseWrite', this.#checkEnd)
    stream.addEventListener('end', this.#checkEnd)
    stream.addEventListener('close', this.#onClose)
    this.#checkEnd()
  }

  /**
   * The next frame body, or `null` when the remote closed its writable end
   * cleanly between frames.
   *
   * @throws {MessageTooLargeError} a frame declared more than `maxFrameBytes`
   * @throws {FrameBudgetExceededError} a frame did not fit in (or was evicted from) the node's `budget`
   * @throws {InvalidMessageError} the stream ended inside a frame
   * @throws {RemoteClosedError} the stream was reset, or it ended because the connection closed
   * @throws {RequestTimeoutError} nothing arrived within `timeoutMs`
   * @throws {RequestAbortedError} `signal` aborted
   */
  async next (options: NextFrameOptions = {}): Promise<Uint8Array | null> {
    const deadline = options.timeoutMs != null ? Date.now() + options.timeoutMs : undefined
    while (true) {
      const frame = this.#frames.shift()
      if (frame != null) {
        this.#queuedBytes -= frame.byteLength
        if (this.#stream.readStatus === 'paused' && this.#queuedBytes < this.#maxQueuedBytes) this.#stream.resume()
        return frame
      }
      if (this.#error != null) throw this.#error
      if (this.#done) return null
      this.#wake ??= Promise.withResolvers()
      await waitFor(this.#wake.promise, deadline, options.signal, options.timeoutMs)
    }
  }

  /** Stops listening to the stream. Frames not read yet are dropped; a budget reservation is released. */
  dispose (): void {
    this.#release()
    this.#stream.removeEventListener('message', this.#onMessage)
    this.#stream.removeEventListener('remoteCloseWrite', this.#checkEnd)
    this.#stream.removeEventListener('end', this.#checkEnd)
    this.#stream.removeEventListener('close', this.#onClose)
  }

  #notify (): void {
    const wake = this.#wake
    this.#wake = undefined
    wake?.resolve()
  }

  #fail (err: Error): void {
    this.#error ??= err
    this.#buffer.consume(this.#buffer.byteLength)
    this.#release()
    this.#notify()
  }

  #release (): void {
    this.#reservation?.release()
    this.#reservation = undefined
  }

  readonly #onMessage = (evt: StreamMessageEvent): void => {
    if (this.#error != null || this.#done) return
    this.#buffer.append(evt.data)
    try {
      this.#parse()
    } catch (err) {
      this.#fail(err as Error)
      return
    }
    if (this.#queuedBytes >= this.#maxQueuedBytes && this.#stream.readStatus === 'readable') this.#stream.pause()
    this.#notify()
    this.#checkEnd()
  }

  #parse (): void {
    while (this.#buffer.byteLength > 0) {
      let length = 0
      let factor = 1
      let prefixBytes = 0
      let complete = false
      while (prefixBytes < this.#buffer.byteLength) {
        const byte = this.#buffer.get(prefixBytes)
        length += (byte & 0x7f) * factor
        factor *= 128
        prefixBytes++
        if ((byte & 0x80) === 0) { complete = true; break }
        if (prefixBytes >= this.#maxLengthBytes) {
          // more prefix bytes follow: the length is at least 128^prefixBytes, over the limit
          throw new MessageTooLargeError(factor, this.#maxFrameBytes)
        }
      }
      if (!complete) return
      if (length > this.#maxFrameBytes) throw new MessageTooLargeError(length, this.#maxFrameBytes)
      if (this.#buffer.byteLength < prefixBytes + length) {
        // incomplete: its body is kept only within the node's budget
        if (this.#budget != null && this.#reservation == null) {
          this.#reservation = this.#budget.reserve(this.#peer, length, err => { this.#fail(err) })
        }
        return
      }
      const body = this.#buffer.subarray(prefixBytes, prefixBytes + length)
      this.#buffer.consume(prefixBytes + length)
      this.#release()
      this.#frames.push(body)
      this.#queuedBytes += body.byteLength
    }
  }

  readonly #onClose = (evt: StreamCloseEvent): void => {
    this.#closeError ??= evt.error
    this.#checkEnd()
  }

  /** Settles the reader once the stream can deliver no more data. */
  readonly #checkEnd = (): void => {
    if (this.#done || this.#error != null) return
    const stream = this.#stream
    if (stream.status === 'reset' || stream.status === 'aborted') {
      const cause = this.#closeError
      this.#fail(new RemoteClosedError(`stream ${stream.status} before the exchange finished${cause != null ? `: ${cause.message}` : ''}`, { cause }))
      return
    }
    if (stream.remoteWriteStatus !== 'closed') return
    if (stream.readBufferLength > 0 && stream.readStatus !== 'closed') return // still to be delivered to us
    if (this.#connection != null && this.#connection.status !== 'open') {
      this.#fail(new RemoteClosedError(`connection ${this.#connection.status} before the remote finished the exchange`))
    } else if (this.#buffer.byteLength > 0) {
      this.#fail(new InvalidMessageError(`stream ended inside a message (${this.#buffer.byteLength} bytes of an incomplete frame)`))
    } else {
      this.#done = true
      this.#notify()
    }
  }
}

async function waitFor (promise: Promise<void>, deadline: number | undefined, signal: AbortSignal | undefined, timeoutMs: number | undefined): Promise<void> {
  if (deadline == null && signal == null) return promise
  let timer: ReturnType<typeof setTimeout> | undefined
  let onAbort: (() => void) | undefined
  try {
    await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        if (deadline != null) {
          timer = setTimeout(() => { reject(new RequestTimeoutError(`no message within ${timeoutMs} ms`)) }, Math.max(0, deadline - Date.now()))
        }
        if (signal != null) {
          onAbort = () => { reject(new RequestAbortedError('aborted by the caller', { cause: signal.reason })) }
          if (signal.aborted) onAbort()
          else signal.addEventListener('abort', onAbort, { once: true })
        }
      })
    ])
  } finally {
    clearTimeout(timer)
    if (onAbort != null) signal?.removeEventListener('abort', onAbort)
  }
}
