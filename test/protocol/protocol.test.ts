import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, it } from 'node:test'
import { pb } from '../../src/proto/index.ts'
import {
  MessageTooLargeError, PeerUnreachableError, ProtocolError, RemoteClosedError, RemoteError, RequestAbortedError,
  RequestTimeoutError, TASK_PROTOCOL, TaskProtocolServer, request, requestStream
} from '../../src/protocol/index.ts'
import { FrameReader, encodeFrame } from '../../src/protocol/framing.ts'
import { Cleanup, startHost, waitConnected } from '../helpers/swarm-host.ts'
import type { ailee } from '../../src/proto/index.ts'
import type { RequestHandler, TaskProtocolServerOptions } from '../../src/protocol/index.ts'
import type { AileeHost } from '../../src/p2p/host.ts'

const NET = 'test-net'
const E = pb.ErrorCode
const opts = { networkId: NET, timeoutMs: 5000, maxMessageBytes: 1024 * 1024 }
const statusOf = (taskId: string): ailee.v1.IRequest => ({ status: { taskId } })

/** Answers `status` with a report, `follow` with `count` events (taken from the task id), `peers` with nothing. */
const echoHandler: RequestHandler = async (req, ctx) => {
  if (req.body === 'status') {
    if (req.status!.taskId === 'missing') throw new ProtocolError(E.ERROR_CODE_NOT_FOUND, 'unknown task missing')
    if (req.status!.taskId === 'boom') throw new Error('handler bug')
    await ctx.send({ status: { taskId: req.status!.taskId, reason: `from ${ctx.peerId}` } })
  } else if (req.body === 'follow') {
    const count = Number(req.follow!.taskId)
    for (let i = 0; i < count; i++) await ctx.send({ event: { taskId: req.follow!.taskId, attempt: i } })
  } else {
    throw new ProtocolError(E.ERROR_CODE_UNSUPPORTED, `no ${req.body}`)
  }
}

async function pairWithServer (cleanup: Cleanup, handler: RequestHandler = echoHandler, options: Partial<TaskProtocolServerOptions> = {}): Promise<{ server: AileeHost, client: AileeHost, proto: TaskProtocolServer }> {
  const server = await startHost(cleanup, { dht: false })
  const client = await startHost(cleanup, { dht: false, bootstrap: server.multiaddrs() })
  await waitConnected(client, server)
  const proto = new TaskProtocolServer(server.libp2p, {
    networkId: NET, maxMessageBytes: 64 * 1024, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000, requestTimeoutMs: 2000, ...options
  }, handler)
  await proto.start()
  cleanup.add(async () => { await proto.stop() })
  return { server, client, proto }
}

/** Sends raw bytes on a fresh stream and returns the decoded responses. */
async function rawExchange (client: AileeHost, server: AileeHost, bytes: Uint8Array): Promise<ailee.v1.Response[]> {
  const stream = await client.libp2p.dialProtocol(server.peerId, TASK_PROTOCOL)
  const reader = new FrameReader(stream, { maxFrameBytes: 1024 * 1024 })
  stream.send(bytes)
  await stream.close()
  const out: ailee.v1.Response[] = []
  for (let frame = await reader.next({ timeoutMs: 5000 }); frame != null; frame = await reader.next({ timeoutMs: 5000 })) {
    out.push(pb.Response.decode(frame))
  }
  return out
}

function isRemote (code: number): (err: Error) => boolean {
  return (err: Error) => {
    assert.ok(err instanceof RemoteError, `expected RemoteError, got ${err.name}: ${err.message}`)
    assert.equal(err.code, code, err.message)
    assert.equal(err.codeName, pb.ErrorCode[code])
    return true
  }
}

describe('/ailee/task/1.0.0', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('round-trips a request and its response, by peer ID and by multiaddr', async () => {
    const { server, client } = await pairWithServer(cleanup)
    const res = await request(client.libp2p, server.peerId, statusOf('t1'), opts)
    assert.equal(res.body, 'status')
    assert.equal(res.status!.taskId, 't1')
    assert.equal(res.status!.reason, `from ${client.peerId}`)
    const viaAddr = await request(client.libp2p, server.multiaddrs()[0], statusOf('t2'), opts)
    assert.equal(viaAddr.status!.taskId, 't2')
    const viaIdString = await request(client.libp2p, server.peerId.toString(), statusOf('t3'), opts)
    assert.equal(viaIdString.status!.taskId, 't3')
  })

  it('carries a message over yamux\'s 4 MiB read buffer when the protocol allows it (6 MiB of 8)', async () => {
    const MAX = 8 * 1024 * 1024
    const server = await startHost(cleanup, { dht: false })
    const client = await startHost(cleanup, { dht: false, bootstrap: server.multiaddrs() })
    await waitConnected(client, server)
    const proto = new TaskProtocolServer(server.libp2p, { networkId: NET, maxMessageBytes: MAX, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000, requestTimeoutMs: 10_000 }, async (req, ctx) => {
      await ctx.send({ ack: { ok: true, reason: `got ${req.result?.stdout?.byteLength ?? 0} bytes` } })
    })
    await proto.start()
    cleanup.add(async () => { await proto.stop() })
    const stdout = new Uint8Array(6 * 1024 * 1024).fill(7)
    const res = await request(client.libp2p, server.peerId, { result: { taskId: 't', attempt: 1, stdout } }, { ...opts, maxMessageBytes: MAX, timeoutMs: 20_000 })
    assert.equal(res.ack?.reason, `got ${stdout.byteLength} bytes`)
  })

  it('streams every response until the server closes', async () => {
    const { server, client } = await pairWithServer(cleanup)
    const attempts: number[] = []
    for await (const res of requestStream(client.libp2p, server.peerId, { follow: { taskId: '5' } }, opts)) {
      assert.equal(res.body, 'event')
      attempts.push(res.event!.attempt ?? -1)
    }
    assert.deepEqual(attempts, [0, 1, 2, 3, 4])
    const none = []
    for await (const res of requestStream(client.libp2p, server.peerId, { follow: { taskId: '0' } }, opts)) none.push(res)
    assert.deepEqual(none, [])
    // `request` takes the first of many
    const first = await request(client.libp2p, server.peerId, { follow: { taskId: '3' } }, opts)
    assert.equal(first.event!.attempt, 0)
  })

  it('answers garbage with INVALID_MESSAGE and keeps serving', async () => {
    const { server, client } = await pairWithServer(cleanup)
    // a well-framed body that is not a Request (wire type 7 does not exist)
    const [bad] = await rawExchange(client, server, encodeFrame(new Uint8Array([0x0f, 0xff, 0xff, 0x00])))
    assert.equal(bad.error!.code, E.ERROR_CODE_INVALID_MESSAGE)
    assert.match(bad.error!.message ?? "", /not a Request/)
    // a frame cut short
    const truncated = new Uint8Array([100, 1, 2, 3])
    const [cut] = await rawExchange(client, server, truncated)
    assert.equal(cut.error!.code, E.ERROR_CODE_INVALID_MESSAGE)
    // nothing at all
    const [empty] = await rawExchange(client, server, new Uint8Array(0))
    assert.equal(empty.error!.code, E.ERROR_CODE_INVALID_MESSAGE)
    // a Request without a body
    const [bodyless] = await rawExchange(client, server, encodeFrame(pb.Request.encode({ networkId: NET }).finish()))
    assert.equal(bodyless.error!.code, E.ERROR_CODE_INVALID_MESSAGE)

    const res = await request(client.libp2p, server.peerId, statusOf('after-garbage'), opts)
    assert.equal(res.status!.taskId, 'after-garbage')
  })

  it('answers an oversized request with MESSAGE_TOO_LARGE; refuses to send one', async () => {
    const { server, client } = await pairWithServer(cleanup, echoHandler, { maxMessageBytes: 1024 })
    const big: ailee.v1.IRequest = { submit: { spec: { moduleCid: 'x', args: ['a'.repeat(200_000)] } } }
    await assert.rejects(request(client.libp2p, server.peerId, big, { ...opts, maxMessageBytes: 1024 * 1024 }), isRemote(E.ERROR_CODE_MESSAGE_TOO_LARGE))
    await assert.rejects(request(client.libp2p, server.peerId, big, { ...opts, maxMessageBytes: 1024 }), (err: Error) => {
      assert.ok(err instanceof MessageTooLargeError)
      assert.equal(err.maxBytes, 1024)
      return true
    })
    const res = await request(client.libp2p, server.peerId, statusOf('still-up'), opts)
    assert.equal(res.status!.taskId, 'still-up')
  })

  it('answers a request for another network with WRONG_NETWORK', async () => {
    const { server, client } = await pairWithServer(cleanup)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('t'), { ...opts, networkId: 'other-net' }), (err: Error) => {
      isRemote(E.ERROR_CODE_WRONG_NETWORK)(err)
      assert.match(err.message, /other-net/)
      return true
    })
  })

  it('turns handler errors into their code, or INTERNAL, and survives them', async () => {
    const { server, client } = await pairWithServer(cleanup)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('missing'), opts), isRemote(E.ERROR_CODE_NOT_FOUND))
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('boom'), opts), (err: Error) => {
      isRemote(E.ERROR_CODE_INTERNAL)(err)
      assert.match((err as RemoteError).remoteMessage, /handler bug/)
      return true
    })
    await assert.rejects(request(client.libp2p, server.peerId, { peers: {} }, opts), isRemote(E.ERROR_CODE_UNSUPPORTED))
    // an error after some responses reaches a streaming client after them
    const handler: RequestHandler = async (_req, ctx) => {
      await ctx.send({ ack: { ok: true } })
      throw new ProtocolError(E.ERROR_CODE_REJECTED, 'changed my mind')
    }
    const other = await pairWithServer(cleanup, handler)
    const seen: string[] = []
    await assert.rejects((async () => {
      for await (const res of requestStream(other.client.libp2p, other.server.peerId, statusOf('x'), opts)) seen.push(String(res.body))
    })(), isRemote(E.ERROR_CODE_REJECTED))
    assert.deepEqual(seen, ['ack'])
    assert.equal((await request(client.libp2p, server.peerId, statusOf('ok'), opts)).status!.taskId, 'ok')
  })

  it('rate-limits requests per second per peer', async () => {
    const { server, client } = await pairWithServer(cleanup, echoHandler, { maxRequestsPerPeerPerSecond: 2 })
    const results = await Promise.allSettled(Array.from({ length: 10 }, async (_, i) => request(client.libp2p, server.peerId, statusOf(`r${i}`), opts)))
    const ok = results.filter(r => r.status === 'fulfilled').length
    const limited = results.filter(r => r.status === 'rejected' && r.reason instanceof RemoteError && r.reason.code === E.ERROR_CODE_RATE_LIMITED).length
    assert.ok(ok >= 1 && ok <= 5, `ok=${ok}`) // burst of 4, plus refill during the test
    assert.equal(ok + limited, 10)
  })

  it('limits concurrent streams per peer', async () => {
    const release = Promise.withResolvers<void>()
    let entered = 0
    const handler: RequestHandler = async (req, ctx) => {
      entered++
      await release.promise
      await ctx.send({ ack: { ok: true, reason: req.status!.taskId } })
    }
    const { server, client } = await pairWithServer(cleanup, handler, { maxStreamsPerPeer: 2 })
    const first = [request(client.libp2p, server.peerId, statusOf('1'), opts), request(client.libp2p, server.peerId, statusOf('2'), opts)]
    while (entered < 2) await new Promise(resolve => setTimeout(resolve, 10))
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('3'), opts), isRemote(E.ERROR_CODE_RATE_LIMITED))
    release.resolve()
    assert.deepEqual((await Promise.all(first)).map(r => r.ack!.reason), ['1', '2'])
    assert.equal((await request(client.libp2p, server.peerId, statusOf('4'), opts)).ack!.reason, '4')
  })

  it('gives the client a clear error when the server disappears mid-stream', async () => {
    const sentFirst = Promise.withResolvers<void>()
    const handler: RequestHandler = async (_req, ctx) => {
      await ctx.send({ event: { taskId: 'a', attempt: 0 } })
      sentFirst.resolve()
      await new Promise((_resolve, reject) => { ctx.signal.addEventListener('abort', () => { reject(ctx.signal.reason) }) })
    }
    const { server, client } = await pairWithServer(cleanup, handler)
    const seen: number[] = []
    const consume = (async () => {
      for await (const res of requestStream(client.libp2p, server.peerId, { follow: { taskId: 'a' } }, { ...opts, timeoutMs: 10_000 })) {
        seen.push(res.event!.attempt ?? -1)
      }
    })()
    await sentFirst.promise
    // simulate a crash: the server's connections drop without a goodbye
    for (const conn of server.libp2p.getConnections(client.peerId)) conn.abort(new Error('simulated crash'))
    await assert.rejects(consume, (err: Error) => {
      assert.ok(err instanceof RemoteClosedError, `${err.name}: ${err.message}`)
      return true
    })
    assert.deepEqual(seen, [0])
  })

  it('gives the client a clear error when the server process is killed mid-stream', async () => {
    const client = await startHost(cleanup, { dht: false })
    const child = spawn(process.execPath, [fileURLToPath(new URL('./fixtures/streaming-server.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] })
    cleanup.add(async () => { if (child.exitCode == null && child.signalCode == null) { child.kill('SIGKILL'); await once(child, 'exit') } })
    let out = ''
    for await (const chunk of child.stdout) {
      out += String(chunk)
      if (out.includes('\n')) break
    }
    const addr = out.trim()
    const seen: number[] = []
    await assert.rejects((async () => {
      for await (const res of requestStream(client.libp2p, addr, { follow: { taskId: 'crash' } }, { ...opts, timeoutMs: 20_000 })) {
        seen.push(res.event!.attempt ?? -1)
        child.kill('SIGKILL')
      }
    })(), (err: Error) => {
      assert.ok(err instanceof RemoteClosedError, `${err.name}: ${err.message}`)
      return true
    })
    assert.deepEqual(seen, [0])
  })

  it('tells streaming clients SHUTTING_DOWN when the server stops', async () => {
    const sentFirst = Promise.withResolvers<void>()
    const handler: RequestHandler = async (_req, ctx) => {
      await ctx.send({ event: { taskId: 'a', attempt: 0 } })
      sentFirst.resolve()
      await new Promise((_resolve, reject) => { ctx.signal.addEventListener('abort', () => { reject(ctx.signal.reason) }) })
    }
    const { server, client, proto } = await pairWithServer(cleanup, handler)
    const seen: number[] = []
    const consume = (async () => {
      for await (const res of requestStream(client.libp2p, server.peerId, { follow: { taskId: 'a' } }, opts)) seen.push(res.event!.attempt ?? -1)
    })()
    await sentFirst.promise
    await proto.stop()
    await assert.rejects(consume, isRemote(E.ERROR_CODE_SHUTTING_DOWN))
    assert.deepEqual(seen, [0])
    // the protocol is gone
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('t'), opts), PeerUnreachableError)
  })

  it('times out, aborts, and reports unreachable peers', async () => {
    const handler: RequestHandler = async (_req, ctx) => {
      await new Promise(resolve => { ctx.signal.addEventListener('abort', resolve) })
    }
    const { server, client } = await pairWithServer(cleanup, handler)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('slow'), { ...opts, timeoutMs: 300 }), RequestTimeoutError)
    await assert.rejects((async () => {
      for await (const _ of requestStream(client.libp2p, server.peerId, statusOf('slow'), { ...opts, timeoutMs: 300 })) { /* none */ }
    })(), RequestTimeoutError)
    const controller = new AbortController()
    setTimeout(() => { controller.abort() }, 100)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('slow'), { ...opts, signal: controller.signal }), RequestAbortedError)

    const gone = await startHost(cleanup, { dht: false })
    const goneAddr = gone.multiaddrs()[0]
    await gone.stop()
    await assert.rejects(request(client.libp2p, goneAddr, statusOf('t'), opts), PeerUnreachableError)
    await assert.rejects(request(client.libp2p, 'not a peer', statusOf('t'), opts), PeerUnreachableError)
  })

  it('refuses a response over the client limit', async () => {
    const handler: RequestHandler = async (_req, ctx) => { await ctx.send({ ack: { ok: true, reason: 'r'.repeat(5000) } }) }
    const { server, client } = await pairWithServer(cleanup, handler)
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('t'), { ...opts, maxMessageBytes: 1000 }), MessageTooLargeError)
  })

  it('does not let a handler send a response over the limit', async () => {
    let sendError: Error | undefined
    const handler: RequestHandler = async (_req, ctx) => {
      try {
        await ctx.send({ ack: { ok: true, reason: 'r'.repeat(5000) } })
      } catch (err) {
        sendError = err as Error
        throw err
      }
    }
    const { server, client } = await pairWithServer(cleanup, handler, { maxMessageBytes: 1000 })
    await assert.rejects(request(client.libp2p, server.peerId, statusOf('t'), opts), isRemote(E.ERROR_CODE_INTERNAL))
    assert.equal(sendError?.name, 'MessageTooLargeError')
  })
})
