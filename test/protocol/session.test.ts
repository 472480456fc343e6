/**
 * Task-protocol sessions (`/ailee/task-session/1.0.0`, src/protocol/session-client.ts
 * and session-server.ts) between two real libp2p hosts over TCP: many
 * exchanges on one stream, answers matched by id in any order, the same
 * admission and error answers as a stream per request, a peer without
 * sessions served over streams, and every way a session can end.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { pb } from '../../src/proto/index.ts'
import {
  ProtocolError, RemoteClosedError, RemoteError, RequestTimeoutError, TASK_PROTOCOL, TaskProtocolServer, request
} from '../../src/protocol/index.ts'
import { TASK_SESSION_PROTOCOL } from '../../src/p2p/topics.ts'
import { FrameReader, encodeFrame } from '../../src/protocol/framing.ts'
import { encodeRequestFrame } from '../../src/protocol/session-client.ts'
import { Cleanup, startHost, waitConnected } from '../helpers/swarm-host.ts'
import type { ailee } from '../../src/proto/index.ts'
import type { RequestHandler, TaskProtocolServerOptions } from '../../src/protocol/index.ts'
import type { AileeHost } from '../../src/p2p/host.ts'

const NET = 'test-net'
const E = pb.ErrorCode
const opts = { networkId: NET, timeoutMs: 5000, maxMessageBytes: 1024 * 1024 }
const statusOf = (taskId: string): ailee.v1.IRequest => ({ status: { taskId } })

/**
 * `status` answered after the number of ms in its task id's suffix (`t-30`), `never` never,
 * `missing` NOT_FOUND, `follow` with three events.
 */
const handler: RequestHandler = async (req, ctx) => {
  if (req.body === 'follow') {
    for (let i = 0; i < 3; i++) await ctx.send({ event: { taskId: req.follow!.taskId, attempt: i } })
    return
  }
  const id = req.status!.taskId ?? ''
  if (id === 'missing') throw new ProtocolError(E.ERROR_CODE_NOT_FOUND, 'unknown task missing')
  if (id === 'never') {
    await new Promise((_resolve, reject) => { ctx.signal.addEventListener('abort', () => { reject(ctx.signal.reason) }, { once: true }) })
  }
  await sleep(Number(id.split('-')[1] ?? 0))
  await ctx.send({ status: { taskId: id, reason: `from ${ctx.peerId}` } })
}

async function pair (cleanup: Cleanup, options: Partial<TaskProtocolServerOptions> = {}): Promise<{ server: AileeHost, client: AileeHost, proto: TaskProtocolServer }> {
  const server = await startHost(cleanup, { dht: false })
  const client = await startHost(cleanup, { dht: false, bootstrap: server.multiaddrs() })
  await waitConnected(client, server)
  const proto = new TaskProtocolServer(server.libp2p, {
    networkId: NET, maxMessageBytes: 64 * 1024, maxStreamsPerPeer: 64, maxRequestsPerPeerPerSecond: 10_000, requestTimeoutMs: 2000, ...options
  }, handler)
  await proto.start()
  cleanup.add(async () => { await proto.stop() })
  return { server, client, proto }
}

/** The client's streams to `server` by protocol, open ones only. */
function streamsByProtocol (client: AileeHost, server: AileeHost): Record<string, number> {
  const out: Record<string, number> = {}
  for (const conn of client.libp2p.getConnections(server.peerId)) {
    for (const s of conn.streams) {
      if (s.status !== 'open') continue
      out[s.protocol ?? '?'] = (out[s.protocol ?? '?'] ?? 0) + 1
    }
  }
  return out
}

/** Opens a raw session stream to `server`, writes `frames`, and returns the decoded answers until the server ends it. */
async function rawSession (client: AileeHost, server: AileeHost, frames: Uint8Array[]): Promise<{ answers: ailee.v1.SessionFrame[], error?: Error }> {
  const stream = await client.libp2p.dialProtocol(server.peerId, TASK_SESSION_PROTOCOL)
  const reader = new FrameReader(stream, { maxFrameBytes: 1024 * 1024 })
  for (const f of frames) stream.send(encodeFrame(f))
  await stream.close().catch(() => {}) // our side is done: the server answers what it read, then ends the session
  const answers: ailee.v1.SessionFrame[] = []
  try {
    for (let frame = await reader.next({ timeoutMs: 5000 }); frame != null; frame = await reader.next({ timeoutMs: 5000 })) {
      answers.push(pb.SessionFrame.decode(frame))
    }
  } catch (err) {
    return { answers, error: err as Error }
  }
  return { answers }
}

const requestBody = (req: ailee.v1.IRequest, networkId = NET): Uint8Array => pb.Request.encode({ ...req, networkId }).finish()

describe('/ailee/task-session/1.0.0', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('carries many concurrent exchanges on one stream and matches answers to requests in any order', async () => {
    const { server, client } = await pair(cleanup)
    // the first asked is answered last
    const ids = Array.from({ length: 40 }, (_, i) => `t-${(40 - i) * 3}`)
    const responses = await Promise.all(ids.map(async id => await request(client.libp2p, server.peerId, statusOf(id), opts)))
    assert.deepEqual(responses.map(r => r.status!.taskId), ids)
    assert.ok(responses.every(r => r.status!.reason === `from ${client.peerId}`))
    const open = streamsByProtocol(client, server)
    assert.equal(open[TASK_SESSION_PROTOCOL], 1, JSON.stringify(open))
    assert.equal(open[TASK_PROTOCOL] ?? 0, 0, 'no stream per request was opened')
  })

  it('answers errors with the request id, as on a stream, and keeps the session', async () => {
    const { server, client } = await pair(cleanup)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('missing'), opts), (err: Error) => err instanceof RemoteError && err.code === E.ERROR_CODE_NOT_FOUND)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('t'), { ...opts, networkId: 'other-net' }), (err: Error) => err instanceof RemoteError && err.code === E.ERROR_CODE_WRONG_NETWORK)
    const ok = await request(client.libp2p, server.peerId, statusOf('t-0'), opts)
    assert.equal(ok.status!.taskId, 't-0')
    assert.equal(streamsByProtocol(client, server)[TASK_SESSION_PROTOCOL], 1)
  })

  it('applies the per-peer limit on open exchanges to each exchange of a session', async () => {
    const { server, client } = await pair(cleanup, { maxStreamsPerPeer: 2 })
    const results = await Promise.allSettled(Array.from({ length: 6 }, async (_, i) => await request(client.libp2p, server.peerId, statusOf(`t${i}-200`), opts)))
    const limited = results.filter(r => r.status === 'rejected' && r.reason instanceof RemoteError && r.reason.code === E.ERROR_CODE_RATE_LIMITED)
    assert.equal(results.filter(r => r.status === 'fulfilled').length, 2)
    assert.equal(limited.length, 4)
    // the limit is per open exchange: once they finish, more are served
    assert.equal((await request(client.libp2p, server.peerId, statusOf('t-0'), opts)).status!.taskId, 't-0')
  })

  it('times one exchange out without ending the session, and drops its late answer', async () => {
    const { server, client } = await pair(cleanup)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('late-300'), { ...opts, timeoutMs: 100 }), RequestTimeoutError)
    const ok = await request(client.libp2p, server.peerId, statusOf('t-0'), opts)
    assert.equal(ok.status!.taskId, 't-0')
    await sleep(300) // the late answer arrives and is dropped
    assert.equal((await request(client.libp2p, server.peerId, statusOf('t-1'), opts)).status!.taskId, 't-1')
    assert.equal(streamsByProtocol(client, server)[TASK_SESSION_PROTOCOL], 1)
  })

  it('fails open exchanges with RemoteClosedError when the session is reset, and opens a new one for the next request', async () => {
    const { server, client } = await pair(cleanup)
    await request(client.libp2p, server.peerId, statusOf('t-0'), opts)
    const pending = request(client.libp2p, server.peerId, statusOf('slow-2000'), opts)
    await sleep(100)
    for (const conn of server.libp2p.getConnections(client.peerId)) {
      for (const s of conn.streams) if (s.protocol === TASK_SESSION_PROTOCOL) s.abort(new Error('test resets the session'))
    }
    await assert.rejects(pending, RemoteClosedError)
    const next = await request(client.libp2p, server.peerId, statusOf('t-0'), opts)
    assert.equal(next.status!.taskId, 't-0')
  })

  it('answers SHUTTING_DOWN to exchanges open when the server stops', async () => {
    const { server, client, proto } = await pair(cleanup)
    const pending = request(client.libp2p, server.peerId, statusOf('never'), opts)
    await sleep(100)
    await proto.stop()
    await assert.rejects(pending, (err: Error) => err instanceof RemoteError && err.code === E.ERROR_CODE_SHUTTING_DOWN)
  })

  it('gives a request that streams answers only its first one', async () => {
    const { server, client } = await pair(cleanup)
    const res = await request(client.libp2p, server.peerId, { follow: { taskId: 'f' } }, opts)
    assert.equal(res.event!.attempt, 0)
    assert.equal((await request(client.libp2p, server.peerId, statusOf('t-0'), opts)).status!.taskId, 't-0')
  })

  it('serves a peer without sessions over a stream per request', async () => {
    const { server, client } = await pair(cleanup, { session: false })
    const responses = await Promise.all(['a', 'b', 'c'].map(async id => await request(client.libp2p, server.peerId, statusOf(id), opts)))
    assert.deepEqual(responses.map(r => r.status!.taskId), ['a', 'b', 'c'])
    assert.equal(streamsByProtocol(client, server)[TASK_SESSION_PROTOCOL] ?? 0, 0)
  })

  it('sends a request over 64 KiB on a stream of its own (MESSAGE_TOO_LARGE from a server that takes less)', async () => {
    const { server, client } = await pair(cleanup, { maxMessageBytes: 70 * 1024 })
    const big = { submit: { spec: { moduleCid: 'x', args: ['a'.repeat(80 * 1024)] } } }
    await assert.rejects(request(client.libp2p, server.peerId, big, opts), (err: Error) => err instanceof RemoteError && err.code === E.ERROR_CODE_MESSAGE_TOO_LARGE)
    assert.equal((await request(client.libp2p, server.peerId, statusOf('t-0'), opts)).status!.taskId, 't-0')
  })

  it('answers raw session frames by id and ends a session on an undecodable frame or a response from the opener', async () => {
    const { server, client } = await pair(cleanup)
    // two requests, one for another network: both answered with their ids, then the server closes the session we closed
    const good = await rawSession(client, server, [encodeRequestFrame(7, requestBody(statusOf('t-50'))), encodeRequestFrame(9, requestBody(statusOf('t'), 'other-net'))])
    assert.equal(good.error, undefined)
    assert.deepEqual(good.answers.map(a => [Number(a.id), a.response!.body]).sort(), [[7, 'status'], [9, 'error']])
    assert.equal(good.answers.find(a => Number(a.id) === 9)!.response!.error!.code, E.ERROR_CODE_WRONG_NETWORK)

    const garbage = await rawSession(client, server, [new Uint8Array([0xff, 0xff, 0xff, 0x01])])
    assert.equal(garbage.answers.length, 0)
    assert.ok(garbage.error instanceof RemoteClosedError, `the server resets the session: ${String(garbage.error)}`)

    const wrongWay = await rawSession(client, server, [pb.SessionFrame.encode({ id: 1, response: { ack: { ok: true } } }).finish()])
    assert.equal(wrongWay.answers.length, 0)
    assert.ok(wrongWay.error instanceof RemoteClosedError, `the server resets the session: ${String(wrongWay.error)}`)

    // the node is unharmed
    assert.equal((await request(client.libp2p, server.peerId, statusOf('t-0'), opts)).status!.taskId, 't-0')
  })
})
