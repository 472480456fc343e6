/**
 * Keeps a relayed connection that lost its relay stream from ending the process
 * (docs/reachability.md, "A relayed connection must not end the process").
 *
 * A relayed connection of `@libp2p/circuit-relay-v2` (4.2, `transport/stream-to-conn.js`) is a
 * `StreamMultiaddrConnection` over one stream of our connection to the relay. It learns that this
 * stream ended only from the stream's `close` (both directions done) and `remoteCloseWrite`
 * events. When our side closes the relay connection gracefully (AutoNAT, the connection manager
 * pruning, `connection.close()`), every stream on it closes its write side at once and its
 * `close` event waits for the relay's answer, one round trip later; in between the relayed
 * connection is still open, and whatever it sends reaches `sendData`, whose
 * `this.stream.send(data)` throws `StreamStateError: Cannot write to a stream that is closed`
 * (or `closing`). `processSendQueue` of `@libp2p/utils` aborts the connection and throws the
 * error on to its caller; when that caller is yamux's `queueMicrotask` that opens a new stream
 * (`sendWindowUpdate`, `@chainsafe/libp2p-yamux` 8.0 `muxer.js` `onCreateStream`), nothing
 * catches it and Node ends the process (reproduced in test/p2p/relay-stream-guard.test.ts).
 *
 * The guard wraps `sendData` of each relayed connection the transport hands to the upgrader: when
 * it throws, the connection is aborted (what `processSendQueue` does too) and the bytes are
 * reported sent instead of the error thrown on, so the streams on the connection end with the
 * abort's error. Nothing else changes. The wrapper sits on the upgrader the relay transport is
 * given, the one place where our code sees those connections before anything sends on them.
 */
import type { MultiaddrConnection, Upgrader } from '@libp2p/interface'

/** What the guard uses of the relay transport's connection (`StreamMultiaddrConnection`). */
interface SendDataResult { sentBytes: number, canSendMore: boolean }
interface GuardableConnection {
  sendData?: (data: unknown) => SendDataResult
  abort: (err: Error) => void
  log?: { error: (formatter: string, ...args: unknown[]) => void }
}

const guarded = new WeakSet<object>()

/**
 * Makes `maConn.sendData` abort the connection instead of throwing. A connection without a
 * `sendData` method (another transport's, or a library version that changed shape) is left as
 * it is. Idempotent.
 *
 * @returns true when the connection is guarded (now or before)
 */
export function guardRelayedConnection (maConn: MultiaddrConnection): boolean {
  const conn = maConn as unknown as GuardableConnection
  if (guarded.has(conn)) return true
  const sendData = conn.sendData
  if (typeof sendData !== 'function') return false
  conn.sendData = (data: unknown): SendDataResult => {
    try {
      return sendData.call(conn, data)
    } catch (err) {
      conn.log?.error('relay stream under this relayed connection no longer takes data, aborting the connection - %e', err)
      conn.abort(err as Error)
      return { sentBytes: (data as { byteLength: number }).byteLength, canSendMore: false }
    }
  }
  guarded.add(conn)
  return true
}

/** An upgrader that guards ({@link guardRelayedConnection}) every connection before upgrading it. */
export function guardingUpgrader (upgrader: Upgrader): Upgrader {
  return new Proxy(upgrader, {
    get (target, prop) {
      if (prop === 'upgradeInbound' || prop === 'upgradeOutbound') {
        const upgrade = target[prop].bind(target)
        return async (maConn: MultiaddrConnection, options: any) => {
          guardRelayedConnection(maConn)
          return await upgrade(maConn, options)
        }
      }
      const value = Reflect.get(target, prop, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

/**
 * Wraps a transport factory (`circuitRelayTransport(...)`) so that the transport sees a
 * {@link guardingUpgrader} in place of libp2p's upgrader; every other component is libp2p's.
 */
export function withGuardedRelayedConnections<C extends { upgrader: Upgrader }, T> (factory: (components: C) => T): (components: C) => T {
  return (components: C) => {
    let upgrader: Upgrader | undefined
    const view = Object.create(components, {
      upgrader: { get: () => (upgrader ??= guardingUpgrader(components.upgrader)), enumerable: true }
    }) as C
    return factory(view)
  }
}
