/**
 * Streams the TaskProtocolServer leaves behind: after an exchange, a stream
 * whose peer never closes its side is reset within `requestTimeoutMs`
 * (regression of the handler fuzzing, test/fuzz/handlers-fuzz.test.ts: such
 * streams stayed open on the server for good, one per request).
 */
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { pb, type ailee } from '../../src/proto/index.ts'
import { FrameReader, encodeFrame } from '../../src/protocol/framing.ts'
import { ProtocolError, TASK_PROTOCOL, TaskProtocolServer } from '../../src/protocol/index.ts'
import { Cleanup, startHost, waitConnected, waitUntil } from '../helpers/swarm-host.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import type { Stream } from '@libp2p/interface'

const NET = 'streams-net'
const REQUEST_TIMEOUT_MS = 400

describe('TaskProtocolServer streams after the exchange', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  /** A server answering `peers` with an empty list and refusing everything else, and a client connected to it. */
  async function pair (): Promise<{ server: AileeHost, client: AileeHost }> {
    const server = await startHost(cleanup, { dht: false, networkId: NET })
    const client = await startHost(cleanup, { dht: false, networkId: NET, bootstrap: server.multiaddrs() })
    await waitConnected(client, server)
    const proto = new TaskProtocolServer(server.libp2p, {
      networkId: NET, maxMessageBytes: 64 * 1024, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000, requestTimeoutMs: REQUEST_TIMEOUT_MS
    }, async (request, ctx) => {
      if (request.body !== 'peers') throw new ProtocolError(pb.ErrorCode.ERROR_CODE_NOT_FOUND, 'nothing here')
      await ctx.send({ peers: { workers: [] } })
    })
    await proto.start()
    cleanup.add(async () => { await proto.stop() })
    return { server, client }
  }

  /** Sends `frame`, reads the answer up to the server's close, and leaves the client's side open. */
  async function answeredButLeftOpen (client: AileeHost, server: AileeHost, frame: Uint8Array): Promise<{ stream: Stream, answer: ailee.v1.Response }> {
    const stream = await client.libp2p.dialProtocol(server.peerId, TASK_PROTOCOL)
    const reader = new FrameReader(stream, { maxFrameBytes: 64 * 1024 })
    stream.send(frame)
    const answer = pb.Response.decode((await reader.next({ timeoutMs: 5000 }))!)
    assert.equal(await reader.next({ timeoutMs: 5000 }), null, 'the server closed its side')
    reader.dispose()
    return { stream, answer }
  }

  function serverStreams (server: AileeHost, client: AileeHost): Stream[] {
    return server.libp2p.getConnections(client.peerId).flatMap(c => c.streams).filter(s => s.protocol === TASK_PROTOCOL)
  }

  it('resets a stream its peer leaves open after an answer, an error answer or a refused frame', async () => {
    const { server, client } = await pair()
    const frames = [
      encodeFrame(pb.Request.encode({ networkId: NET, peers: {} }).finish()),
      encodeFrame(pb.Request.encode({ networkId: NET, status: { taskId: 'x' } }).finish()),
      encodeFrame(Uint8Array.from([0xff, 0xff]))
    ]
    const held: Array<{ stream: Stream, answer: ailee.v1.Response }> = []
    for (const frame of frames) held.push(await answeredButLeftOpen(client, server, frame))
    assert.equal(held[0].answer.body, 'peers')
    assert.equal(held[1].answer.error?.code, pb.ErrorCode.ERROR_CODE_NOT_FOUND)
    assert.equal(held[2].answer.error?.code, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE)
    assert.ok(held.every(h => h.stream.status === 'open'), 'the client never closed')
    await waitUntil(() => serverStreams(server, client).length === 0, REQUEST_TIMEOUT_MS + 3000, `server streams gone (left: ${serverStreams(server, client).map(s => s.status).join(', ')})`)
    await waitUntil(() => held.every(h => h.stream.status !== 'open'), 3000, 'the client sees its streams reset')
  })
})
