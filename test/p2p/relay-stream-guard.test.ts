/**
 * A relayed connection whose relay stream closes under it must not end the process
 * (src/p2p/relay-stream-guard.ts). Real hosts over TCP: a dialer reaches a node through a relay,
 * then closes the write side of the relay stream under that relayed connection (what a graceful
 * close of the connection to the relay does to every stream on it) and opens a stream on the
 * relayed connection in the round trip before the relay answers. Unguarded, yamux's window update
 * for the new stream threw `StreamStateError: Cannot write to a stream that is closed` from a
 * microtask: an uncaught exception, which ends a node process.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { multiaddr } from '@multiformats/multiaddr'
import { request, TaskProtocolServer } from '../../src/protocol/index.ts'
import { isRelayed } from '../../src/p2p/reachability.ts'
import { guardRelayedConnection } from '../../src/p2p/relay-stream-guard.ts'
import { Cleanup, startHost, waitUntil } from '../helpers/swarm-host.ts'
import type { MultiaddrConnection } from '@libp2p/interface'

const NET = 'test-net'

describe('guardRelayedConnection', () => {
  it('aborts the connection instead of throwing when sendData throws, and leaves other shapes alone', () => {
    const aborted: Error[] = []
    const boom = new Error('Cannot write to a stream that is closed')
    let throwNext = false
    const conn = {
      sendData (data: Uint8Array) {
        if (throwNext) throw boom
        return { sentBytes: data.byteLength, canSendMore: true }
      },
      abort (err: Error) { aborted.push(err) }
    }
    assert.equal(guardRelayedConnection(conn as unknown as MultiaddrConnection), true)
    assert.equal(guardRelayedConnection(conn as unknown as MultiaddrConnection), true, 'idempotent')
    assert.deepEqual(conn.sendData(new Uint8Array(3)), { sentBytes: 3, canSendMore: true })
    assert.deepEqual(aborted, [])
    throwNext = true
    assert.deepEqual(conn.sendData(new Uint8Array(5)), { sentBytes: 5, canSendMore: false })
    assert.deepEqual(aborted, [boom], 'aborted once, with the error sendData threw')
    assert.equal(guardRelayedConnection({ abort () {} } as unknown as MultiaddrConnection), false, 'no sendData: not guarded')
  })
})

describe('a relayed connection whose relay stream closes under it', { timeout: 120_000 }, () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('fails the new stream and closes the relayed connection without an uncaught exception; the node stays reachable', async () => {
    const uncaught: unknown[] = []
    const onUncaught = (err: unknown): void => { uncaught.push(err) }
    process.on('uncaughtException', onUncaught)
    cleanup.add(async () => { process.off('uncaughtException', onUncaught) })

    const relay = await startHost(cleanup, { dht: false, reachability: { relayServer: { maxReservations: 4, reservationTtlMs: 60_000, durationLimitMs: 0, dataLimitBytes: 0 } } })
    const hidden = await startHost(cleanup, { dht: false, bootstrap: relay.multiaddrs(), noAnnounce: ['/ip4/127.0.0.1'], reachability: { relayReserve: true } })
    await waitUntil(() => hidden.multiaddrs().some(a => a.includes('/p2p-circuit')), 20_000, 'a reservation on the relay')
    const relayedAddr = hidden.multiaddrs().find(a => a.includes('/p2p-circuit'))!
    const proto = new TaskProtocolServer(hidden.libp2p, { networkId: NET, maxMessageBytes: 64 * 1024, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000 }, async (req, ctx) => {
      await ctx.send({ status: { taskId: req.status!.taskId, reason: 'served' } })
    })
    await proto.start()
    cleanup.add(async () => { await proto.stop() })
    const dialer = await startHost(cleanup, { dht: false })

    const conn = await dialer.libp2p.dial(multiaddr(relayedAddr))
    assert.ok(isRelayed(conn))
    // the stream to the relay that carries this relayed connection (circuit-relay-v2's
    // StreamMultiaddrConnection keeps it as `stream`)
    const relayStream = (conn as any).maConn.stream
    assert.equal(relayStream.writeStatus, 'writable')
    void relayStream.close().catch(() => {})
    assert.notEqual(relayStream.writeStatus, 'writable')
    await assert.rejects(conn.newStream('/ipfs/id/1.0.0'))
    // aborted by the guard, and gone from the dialer's connections
    await waitUntil(() => conn.status !== 'open' && dialer.libp2p.getConnections(hidden.peerId).every(c => c.id !== conn.id), 10_000, 'the relayed connection closed')
    assert.equal(conn.status, 'aborted')
    await new Promise(resolve => setTimeout(resolve, 200))
    assert.deepEqual(uncaught, [])

    // the hidden node is still reached through the relay
    const res = await request(dialer.libp2p, relayedAddr, { status: { taskId: 'after' } }, { networkId: NET, timeoutMs: 10_000, maxMessageBytes: 64 * 1024 })
    assert.equal(res.status!.reason, 'served')
  })
})
