/**
 * One socket write per turn of the event loop instead of one per message: a
 * decorator of a libp2p transport (`@libp2p/tcp`) that corks each
 * connection's socket at its first write in a tick and uncorks it on
 * `process.nextTick`, so that every frame written meanwhile (on any stream of
 * the connection: yamux frames, each sent by noise as a 2-byte length and its
 * ciphertext, i.e. two `socket.write` calls) leaves in one `writev` system
 * call. The technique is the one Node documents for `writable.cork()`
 * ("the uncork() call should be deferred with process.nextTick()", Node.js
 * `stream` docs, `writable.cork()`).
 *
 * Why: `bench/profile.ts` showed the coordinator under load spending about a
 * quarter of its CPU in `writeBuffer`, a system call per small write; a
 * coordinator answers many streams of one connection in the same tick (bids,
 * results, events), and a noise message was two system calls.
 *
 * Nothing else changes: bytes and their order are the same, backpressure
 * is signalled as before (a write that would take the corked bytes past the
 * socket's high-water mark flushes them and goes out uncorked, so `write`
 * returns false only when the kernel's buffer is full, and `drain` follows), a graceful close (`end()`) flushes
 * corked bytes, and so does a reset of the connection (`sendReset`, an abort)
 * before it sends the RST, so that what a stream wrote before an abort in the
 * same tick still leaves, as it did with a write per frame. Connections of other transports
 * (whose `MultiaddrConnection` has no `net.Socket`) are left as they are.
 */
import { Socket } from 'node:net'
import type { MultiaddrConnection, Transport, Upgrader } from '@libp2p/interface'

/** A transport factory as libp2p's `transports` option takes it. */
type TransportFactory = (components: any) => Transport

/**
 * Wraps `factory` (e.g. `tcp()`) so that the connections its transport dials
 * and accepts write at most once per tick, as described above.
 *
 * @returns a factory libp2p can take in its `transports` list
 */
export function coalescedWrites (factory: TransportFactory): TransportFactory {
  return (components: any) => {
    const transport = factory(components)
    return new Proxy(transport, {
      get (target, prop, receiver) {
        if (prop === 'dial') {
          return async (ma: Parameters<Transport['dial']>[0], options: Parameters<Transport['dial']>[1]) =>
            await target.dial(ma, { ...options, upgrader: coalescingUpgrader(options.upgrader) })
        }
        if (prop === 'createListener') {
          return (options: Parameters<Transport['createListener']>[0]) =>
            target.createListener({ ...options, upgrader: coalescingUpgrader(options.upgrader) })
        }
        const value = Reflect.get(target, prop, receiver)
        return typeof value === 'function' ? value.bind(target) : value
      }
    })
  }
}

/** `upgrader` with its `upgradeInbound`/`upgradeOutbound` coalescing the writes of the connection first. */
function coalescingUpgrader (upgrader: Upgrader): Upgrader {
  return new Proxy(upgrader, {
    get (target, prop) {
      if (prop === 'upgradeInbound') return async (maConn: MultiaddrConnection, opts: any) => { await target.upgradeInbound(coalesce(maConn), opts) }
      if (prop === 'upgradeOutbound') return async (maConn: MultiaddrConnection, opts: any) => await target.upgradeOutbound(coalesce(maConn), opts)
      const value = Reflect.get(target, prop, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

/**
 * Makes `maConn` cork its socket at the first write of a tick and uncork it
 * on the next tick. Returns `maConn` itself (changed in place); unchanged when
 * it has no `net.Socket` or no `sendData`.
 */
export function coalesce<T extends MultiaddrConnection> (maConn: T): T {
  const conn = maConn as T & { socket?: unknown, sendData?: (data: unknown) => unknown, sendReset?: (err: unknown) => unknown }
  const socket = conn.socket
  const sendData = conn.sendData
  const sendReset = conn.sendReset
  if (!(socket instanceof Socket) || typeof sendData !== 'function') return maConn
  let corked = false
  const uncork = (): void => {
    corked = false
    socket.uncork()
  }
  let flushed = 0 // ticks whose cork a reset already undid
  const uncorkOnTick = (): void => {
    if (flushed > 0) { flushed--; return }
    uncork()
  }
  conn.sendData = function (this: unknown, data: unknown) {
    if (socket.writableLength + byteLength(data) > socket.writableHighWaterMark) {
      // this would take the socket's buffer past its high-water mark: flush what is corked and write this
      // uncorked, so that `write` reports backpressure only when the kernel's buffer is full, as without
      // corking (a corked socket says "full" at its high-water mark, and every stream of the connection waits)
      if (!corked) return sendData.call(this, data)
      socket.uncork()
      try {
        return sendData.call(this, data)
      } finally {
        if (!socket.destroyed) socket.cork()
      }
    }
    if (!corked && !socket.destroyed) {
      corked = true
      socket.cork()
      process.nextTick(uncorkOnTick)
    }
    return sendData.call(this, data)
  }
  if (typeof sendReset === 'function') {
    // a reset right after a write (an abort in the same tick) sends what was written first, as
    // uncorked writes were sent: frames a stream accepted reach the remote before the RST
    conn.sendReset = function (this: unknown, err: unknown) {
      if (corked) {
        flushed++
        uncork()
      }
      return sendReset.call(this, err)
    }
  }
  return maConn
}

/** Bytes of what a connection is given to send (a `Uint8ArrayList` or a `Uint8Array`); 0 when unknown. */
function byteLength (data: unknown): number {
  const n = (data as { byteLength?: unknown } | null)?.byteLength
  return typeof n === 'number' ? n : 0
}
