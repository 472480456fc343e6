/**
 * The size limits of the layers agree (src/p2p/transport-limits.ts,
 * src/config/limits.ts): a request frame just under `limits.maxMessageBytes`
 * is never reset by yamux, even when it arrives before the protocol handler
 * attaches its reader (libp2p runs the peer store write and middleware first),
 * and a configuration whose limits contradict each other is refused at start.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { ConfigError, resolveConfig } from '../../src/config/load.ts'
import { fetchWindowMs, limitContradictions, taskFetchWindowMs } from '../../src/config/limits.ts'
import { CONFIG_DEFAULTS } from '../../src/config/schema.ts'
import { BITSWAP_MAX_MESSAGE_BYTES, MAX_CONTENT_BLOCK_BYTES, yamuxStreamLimits } from '../../src/p2p/transport-limits.ts'
import { RemoteClosedError, TASK_PROTOCOL, TaskProtocolServer, request } from '../../src/protocol/index.ts'
import { Cleanup, startHost, waitConnected } from '../helpers/swarm-host.ts'
import type { AileeHost } from '../../src/p2p/host.ts'

const MiB = 1024 * 1024
const NET = 'test-net'
const MAX = 8 * MiB

/**
 * A server host whose protocol handler attaches `delayMs` late (a middleware
 * waits), so a request's bytes pile up in the muxer's read buffer meanwhile.
 */
async function slowHandlerPair (cleanup: Cleanup, serverMaxMessageBytes: number, delayMs: number): Promise<{ server: AileeHost, client: AileeHost }> {
  const server = await startHost(cleanup, { dht: false, maxMessageBytes: serverMaxMessageBytes })
  const client = await startHost(cleanup, { dht: false, bootstrap: server.multiaddrs() })
  await waitConnected(client, server)
  const proto = new TaskProtocolServer(server.libp2p, { networkId: NET, maxMessageBytes: MAX, maxStreamsPerPeer: 16, maxRequestsPerPeerPerSecond: 1000, requestTimeoutMs: 20_000 }, async (req, ctx) => {
    await ctx.send({ ack: { ok: true, reason: `got ${req.result?.stdout?.byteLength ?? 0} bytes` } })
  })
  await proto.start()
  cleanup.add(async () => { await proto.stop() })
  server.libp2p.use(TASK_PROTOCOL, (stream, connection, next) => { setTimeout(() => { next(stream, connection) }, delayMs) })
  return { server, client }
}

/** A `TaskResult` request whose encoding is `MAX - 1024` bytes. */
function requestJustUnderMax (): { result: { taskId: string, attempt: number, stdout: Uint8Array } } {
  return { result: { taskId: 't', attempt: 1, stdout: new Uint8Array(MAX - 1024 - 16).fill(7) } }
}

describe('muxer, framing and bitswap limits agree', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('a request just under maxMessageBytes is not reset by the muxer, even before the handler reads', async () => {
    const { server, client } = await slowHandlerPair(cleanup, MAX, 1500)
    const res = await request(client.libp2p, server.peerId, requestJustUnderMax(), { networkId: NET, maxMessageBytes: MAX, timeoutMs: 30_000 })
    assert.match(res.ack?.reason ?? '', /^got \d+ bytes$/)
  })

  it('control: with yamux\'s read buffer sized for a smaller frame limit the same request is reset', async () => {
    const { server, client } = await slowHandlerPair(cleanup, 1 * MiB, 1500)
    await assert.rejects(request(client.libp2p, server.peerId, requestJustUnderMax(), { networkId: NET, maxMessageBytes: MAX, timeoutMs: 30_000 }), RemoteClosedError)
  })

  it('the muxer\'s buffer holds a whole frame of the protocol and of bitswap; the window never overfills it', () => {
    for (const max of [64 * 1024, MiB, 8 * MiB, 32 * MiB]) {
      const { maxReadBufferLength, maxStreamWindowSize } = yamuxStreamLimits(max)
      assert.ok(maxReadBufferLength > max + 10, `${max}: a frame and its prefix fit`)
      assert.ok(maxReadBufferLength > BITSWAP_MAX_MESSAGE_BYTES, `${max}: a bitswap message fits`)
      assert.ok(maxStreamWindowSize <= maxReadBufferLength, `${max}: a paused stream cannot be sent more than it buffers`)
      assert.ok(maxStreamWindowSize >= 256 * 1024, 'yamux\'s minimum window')
    }
    assert.ok(MAX_CONTENT_BLOCK_BYTES < BITSWAP_MAX_MESSAGE_BYTES, 'a content block fits a bitswap message')
  })

  it('the default limits agree, and the fetch window grows with the size', () => {
    assert.deepEqual(limitContradictions(CONFIG_DEFAULTS), [])
    const t = { fetchMs: 20_000, fetchMsPerMiB: 1000 }
    assert.equal(fetchWindowMs(t, 0), 20_000)
    assert.equal(fetchWindowMs(t, MiB), 20_000)
    assert.equal(fetchWindowMs(t, MiB + 1), 21_000)
    assert.equal(fetchWindowMs(t, 32 * MiB), 51_000)
    assert.equal(taskFetchWindowMs(CONFIG_DEFAULTS), 20_000 + 19_000, '16 MiB module + 4 MiB input')
  })

  it('refuses a configuration whose limits contradict each other, naming the keys', () => {
    const refused = (input: Parameters<typeof resolveConfig>[0], pattern: RegExp): void => {
      assert.throws(() => resolveConfig(input), (err: Error) => {
        assert.ok(err instanceof ConfigError, err.name)
        assert.match(err.message, /^limits contradict each other:/)
        assert.match(err.message, pattern)
        return true
      })
    }
    refused({ limits: { maxInFlightFrameBytes: 4 * MiB } }, /limits\.maxInFlightFrameBytes \(4194304\) is below limits\.maxMessageBytes \(8388608\)/)
    refused({ limits: { maxMessageBytes: MiB } }, /limits\.maxMessageBytes \(1048576\) is below the largest message the other limits allow/)
    refused({ limits: { maxModuleBytes: 2048 * MiB } }, /limits\.maxModuleBytes \(2147483648\) is over 1073741824/)
    refused({ timeouts: { totalMs: 60_000 } }, /timeouts\.totalMs \(60000\) is shorter than fetching a module and input of the largest sizes \(39000 ms/)
    refused({ chain: { sync: { maxResponseBytes: 8 * MiB } } }, /chain\.sync\.maxResponseBytes \(8388608\) plus envelope \(65536\) is over limits\.maxMessageBytes \(8388608\)/)
    refused({ chain: { maxForeignBlockBytes: 2 * MiB, sync: { maxResponseBytes: MiB } } }, /chain\.maxForeignBlockBytes \(2097152\) is over chain\.sync\.maxResponseBytes \(1048576\)/)
    // agreeing non-defaults pass
    assert.equal(resolveConfig({ limits: { maxMessageBytes: 32 * MiB, maxInFlightFrameBytes: 128 * MiB, maxModuleBytes: 64 * MiB } }).limits.maxMessageBytes, 32 * MiB)
  })
})
