import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { pino, type Logger as PinoLogger } from 'pino'
import { pb } from '../../src/proto/index.ts'
import { ProtocolError, RemoteError, TaskProtocolServer, request } from '../../src/protocol/index.ts'
import { pinoComponentLogger } from '../../src/p2p/pino-component-logger.ts'
import { Cleanup, startHost, waitConnected } from '../helpers/swarm-host.ts'
import type { RequestHandler } from '../../src/protocol/index.ts'
import type { AileeHost } from '../../src/p2p/host.ts'

const NET = 'test-net'
const E = pb.ErrorCode
const opts = { networkId: NET, timeoutMs: 5000, maxMessageBytes: 1024 * 1024 }

interface Line extends Record<string, any> { level: number, msg: string }

function capture (level: string): { log: PinoLogger, lines: Line[] } {
  const lines: Line[] = []
  return { log: pino({ level }, { write: (s: string) => { lines.push(JSON.parse(s)) } }), lines }
}

/** Throws a bug for task 'boom', refuses task 'missing', answers anything else. */
const handler: RequestHandler = async (req, ctx) => {
  const taskId = req.status?.taskId
  if (taskId === 'boom') throw new TypeError('handler bug')
  if (taskId === 'missing') throw new ProtocolError(E.ERROR_CODE_NOT_FOUND, 'unknown task missing')
  await ctx.send({ status: { taskId } })
}

const serverLines = (lines: Line[]): Line[] => lines.filter(l => l.component === 'ailee:protocol:server')

describe('TaskProtocolServer logging', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  async function pair (server: AileeHost, logger?: ReturnType<typeof pinoComponentLogger>): Promise<AileeHost> {
    const client = await startHost(cleanup, { dht: false, bootstrap: server.multiaddrs() })
    await waitConnected(client, server)
    const proto = new TaskProtocolServer(server.libp2p, {
      networkId: NET, maxMessageBytes: 64 * 1024, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000, requestTimeoutMs: 2000, logger
    }, handler)
    await proto.start()
    cleanup.add(async () => { await proto.stop() })
    return client
  }

  it('logs a handler that throws at error level with err (stack), peer and request kind; the client gets INTERNAL', async () => {
    const { log, lines } = capture('info')
    // the server logs through the host's libp2p logger, i.e. the node's pino
    const server = await startHost(cleanup, { dht: false, pino: log })
    const client = await pair(server)
    await assert.rejects(request(client.libp2p, server.peerId, { status: { taskId: 'boom' } }, opts), (err: Error) => {
      assert.ok(err instanceof RemoteError)
      assert.equal(err.code, E.ERROR_CODE_INTERNAL)
      return true
    })
    const errors = serverLines(lines).filter(l => l.level === 50)
    assert.equal(errors.length, 1, JSON.stringify(serverLines(lines)))
    const [line] = errors
    assert.equal(line.peer, client.peerId.toString())
    assert.equal(line.request, 'status')
    assert.equal(line.peerId, server.peerId.toString())
    assert.equal(line.err.type, 'TypeError')
    assert.equal(line.err.message, 'handler bug')
    assert.match(line.err.stack, /TypeError: handler bug\n\s+at \S*handler \(\S*server-logging\.test\.ts:\d+/)
    assert.match(line.msg, /handler of status request from \S+ failed: handler bug/)
  })

  it('logs ProtocolError refusals at debug only, and with an explicit logger', async () => {
    const { log, lines } = capture('debug')
    const server = await startHost(cleanup, { dht: false })
    const client = await pair(server, pinoComponentLogger(log))
    await assert.rejects(request(client.libp2p, server.peerId, { status: { taskId: 'missing' } }, opts), (err: Error) => {
      assert.ok(err instanceof RemoteError)
      assert.equal(err.code, E.ERROR_CODE_NOT_FOUND)
      return true
    })
    const ours = serverLines(lines)
    assert.deepEqual(ours.filter(l => l.level > 20), [])
    const refusal = ours.find(l => l.code === 'ERROR_CODE_NOT_FOUND' || /refused/.test(l.msg))
    assert.ok(refusal != null, JSON.stringify(ours))
    assert.equal(refusal.level, 20)
    assert.equal(refusal.peer, client.peerId.toString())
    assert.equal(refusal.request, 'status')
    // and a normal request logs nothing at error
    const ok = await request(client.libp2p, server.peerId, { status: { taskId: 'fine' } }, opts)
    assert.equal(ok.status!.taskId, 'fine')
    assert.deepEqual(serverLines(lines).filter(l => l.level > 20), [])
  })
})
