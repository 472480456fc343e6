import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, connect, type Socket } from 'node:net'
import { once } from 'node:events'
import { coalesce } from '../../src/p2p/coalesced-writes.ts'
import { Uint8ArrayList } from 'uint8arraylist'
import type { MultiaddrConnection } from '@libp2p/interface'

/** A connected pair of real TCP sockets on 127.0.0.1 and what the accepting side received. */
async function socketPair (): Promise<{ client: Socket, peer: Socket, received: () => Buffer, ended: Promise<unknown>, close: () => void }> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const port = (server.address() as { port: number }).port
  const accepted = once(server, 'connection')
  const client = connect(port, '127.0.0.1')
  await once(client, 'connect')
  const [peer] = await accepted as [Socket]
  const chunks: Buffer[] = []
  peer.on('data', (b: Buffer) => chunks.push(b))
  peer.on('error', () => {}) // a reset by the client
  client.on('error', () => {})
  return { client, peer, received: () => Buffer.concat(chunks), ended: once(peer, 'end').catch(() => undefined), close: () => { client.destroy(); peer.destroy(); server.close() } }
}

/** The shape of @libp2p/tcp's connection: a socket and a sendData that writes each buffer of a list. */
function fakeConn (socket: Socket): MultiaddrConnection & { sendData: (data: Uint8Array[]) => { canSendMore: boolean } } {
  return {
    socket,
    sendData (data: Uint8ArrayList) {
      let canSendMore = true
      for (const b of data) canSendMore = socket.write(b)
      return { canSendMore }
    }
  } as any
}

/** `sendData` of `conn` with `bufs` as a Uint8ArrayList, as noise hands them to @libp2p/tcp. */
function send (conn: ReturnType<typeof fakeConn>, ...bufs: Uint8Array[]): { canSendMore: boolean } {
  return conn.sendData(new Uint8ArrayList(...bufs) as any)
}

describe('coalesce', () => {
  it('corks the socket at the first write of a tick and flushes everything on the next tick, bytes in order', async () => {
    const { client, received, ended, close } = await socketPair()
    try {
      const conn = coalesce(fakeConn(client))
      let writev = 0
      const original = (client as any)._writev.bind(client)
      ;(client as any)._writev = (chunks: unknown, cb: unknown) => { writev++; return original(chunks, cb) }
      for (let i = 0; i < 5; i++) send(conn, Uint8Array.of(i, i), Uint8Array.of(100 + i))
      assert.equal(client.writableCorked, 1, 'corked within the tick')
      assert.equal(client.writableLength, 15, 'nothing written yet')
      await new Promise(resolve => process.nextTick(resolve))
      assert.equal(client.writableCorked, 0, 'uncorked on the next tick')
      assert.equal(writev, 1, 'the ten writes left in one writev')
      client.end()
      await ended
      assert.deepEqual([...received()], [0, 0, 100, 1, 1, 101, 2, 2, 102, 3, 3, 103, 4, 4, 104])
    } finally {
      close()
    }
  })

  it('a write that would pass the high-water mark flushes what is corked and goes out at once, in order', async () => {
    const { client, received, ended, close } = await socketPair()
    try {
      const conn = coalesce(fakeConn(client))
      send(conn, Uint8Array.of(1, 2))
      assert.equal(client.writableCorked, 1)
      const big = new Uint8Array(client.writableHighWaterMark + 1).fill(7)
      // uncorked, the kernel takes it (loopback): no backpressure, as without corking
      assert.equal(send(conn, big).canSendMore, true)
      assert.equal(client.writableLength, 0, 'flushed')
      send(conn, Uint8Array.of(3))
      await new Promise(resolve => process.nextTick(resolve))
      assert.equal(client.writableCorked, 0)
      client.end()
      await ended
      const got = received()
      assert.equal(got.byteLength, big.byteLength + 3)
      assert.deepEqual([...got.subarray(0, 2)], [1, 2])
      assert.equal(got[2], 7)
      assert.equal(got[got.byteLength - 1], 3)
    } finally {
      close()
    }
  })

  it('keeps backpressure: once the kernel buffer is full a write says so, and drain follows', async () => {
    const { client, peer, received, ended, close } = await socketPair()
    try {
      const conn = coalesce(fakeConn(client))
      peer.pause() // the receiver reads nothing: the kernel buffers fill up
      const chunk = new Uint8Array(256 * 1024).fill(5)
      let sent = 0
      let full = false
      for (let i = 0; i < 400 && !full; i++) {
        full = !send(conn, chunk).canSendMore
        sent += chunk.byteLength
      }
      assert.ok(full, 'a write reported backpressure')
      const drained = once(client, 'drain')
      peer.resume()
      await drained
      assert.equal(send(conn, Uint8Array.of(1)).canSendMore, true)
      client.end()
      await ended
      assert.equal(received().byteLength, sent + 1)
    } finally {
      close()
    }
  })

  it('an end() within the tick flushes the corked bytes first', async () => {
    const { client, received, ended, close } = await socketPair()
    try {
      const conn = coalesce(fakeConn(client))
      send(conn, Uint8Array.of(1, 2, 3))
      client.end()
      await ended
      assert.deepEqual([...received()], [1, 2, 3])
    } finally {
      close()
    }
  })

  it('a reset within the tick sends the corked bytes before the RST', async () => {
    const { client, received, close } = await socketPair()
    try {
      const base = fakeConn(client)
      let resets = 0
      const conn = coalesce(Object.assign(base, { sendReset: () => { resets++; client.resetAndDestroy() } }))
      send(conn as any, Uint8Array.of(4, 5, 6))
      ;(conn as any).sendReset(new Error('abort'))
      assert.equal(resets, 1)
      for (let i = 0; i < 50 && received().byteLength < 3; i++) await new Promise(resolve => setTimeout(resolve, 10))
      assert.deepEqual([...received()], [4, 5, 6])
    } finally {
      close()
    }
  })

  it('leaves a connection without a net.Socket as it is', () => {
    const sendData = (): { canSendMore: boolean } => ({ canSendMore: true })
    const conn = { sendData } as unknown as MultiaddrConnection
    assert.equal((coalesce(conn) as any).sendData, sendData)
  })
})
