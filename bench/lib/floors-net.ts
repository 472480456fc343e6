/**
 * Network floors between two real libp2p hosts on 127.0.0.1, each built by
 * the project's own `createHost` (src/p2p/host.ts: TCP, Noise, Yamux,
 * identify, ping, gossipsub with StrictSign and peer scoring; no DHT, no mDNS,
 * in-memory stores), connected once before measuring:
 *
 * - ping: `@libp2p/ping` (`libp2p.services.ping.ping(peer)`): the whole call
 *   timed here with `performance.now()` (it opens a stream, echoes 32 bytes and
 *   closes the stream both ways), and the RTT the service returns (send to
 *   echo, whole ms);
 * - request/response: a new stream on the open connection, 64 bytes sent,
 *   64 bytes echoed back, timed from `newStream` to the last byte received
 *   (what `src/protocol/client.ts` `request` does, without protobuf, with a
 *   peer that speaks no session);
 * - an exchange on an open stream: 64 bytes sent and 64 echoed on one stream
 *   kept open for the whole series (what a task-protocol session does per
 *   exchange, src/protocol/session-client.ts, without protobuf);
 * - gossip: one gossipsub message (64 bytes) from publish on one host to its
 *   delivery through `GossipBus` on the other, once each host has the other
 *   in its mesh for the topic.
 *
 * Every wait has a timeout, and both hosts are stopped whatever happens.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import { createHost, type AileeHost } from '../../src/p2p/host.ts'
import type { Connection, Stream } from '@libp2p/interface'
import { summarize, type Summary } from './stats.ts'

/** Protocol of the echo floor (registered on the answering host only for the bench). */
export const ECHO_PROTOCOL = '/ailee-bench/echo/1.0.0'
/** Protocol of the open-stream floor: one stream echoing every chunk until it closes. */
export const ECHO_SESSION_PROTOCOL = '/ailee-bench/echo-session/1.0.0'
/** Gossip topic of the gossip floor. */
export const GOSSIP_TOPIC = 'ailee-bench/floor/1'
const PAYLOAD_BYTES = 64

/** Network floor figures, latency per operation, ms. */
export interface NetworkFloor {
  /** the whole `ping()` call: stream opened, 32 bytes echoed, stream closed both ways */
  ping: Summary
  /** the RTT `ping()` returns: send to echo received, whole ms (`Date.now()`) */
  pingReportedRtt: Summary
  requestResponse: Summary
  /** 64 bytes out and back on a stream opened once for the whole series */
  openStreamExchange: Summary
  gossip: Summary
  /** bytes sent each way (request/response) and published (gossip) */
  payloadBytes: number
}

/** Options of {@link measureNetworkFloor}. */
export interface NetworkFloorOptions {
  /** measured operations of each kind */
  iterations: number
  /** limit of any one operation, ms. @default 10000 */
  opTimeoutMs?: number
  /** limit of the start-up (hosts, connection, mesh), ms. @default 30000 */
  setupTimeoutMs?: number
}

/**
 * Starts two hosts, connects them and measures ping, request/response and
 * gossip, `iterations` each, one at a time (after a short warm-up).
 *
 * @throws Error when an operation or the start-up passes its timeout, or an echo comes back wrong
 */
export async function measureNetworkFloor (options: NetworkFloorOptions): Promise<NetworkFloor> {
  const opTimeoutMs = options.opTimeoutMs ?? 10_000
  const setupTimeoutMs = options.setupTimeoutMs ?? 30_000
  const hosts: AileeHost[] = []
  try {
    for (let i = 0; i < 2; i++) {
      hosts.push(await createHost({
        privateKey: await generateKeyPair('Ed25519'),
        networkId: 'ailee-bench-floor',
        listen: ['/ip4/127.0.0.1/tcp/0'],
        bootstrap: [],
        mdns: false,
        dht: false
      }))
    }
    const [a, b] = hosts
    await b.libp2p.handle(ECHO_PROTOCOL, (stream) => { void echo(stream, opTimeoutMs) })
    await b.libp2p.handle(ECHO_SESSION_PROTOCOL, (stream) => { void echoForever(stream) })
    const target = b.multiaddrs().find(m => m.includes('/127.0.0.1/')) ?? b.multiaddrs()[0]
    const connection = await a.libp2p.dial(multiaddr(target), { signal: AbortSignal.timeout(setupTimeoutMs) })

    // gossip: both subscribe; deliveries resolve the waiter of their sequence number
    const waiters = new Map<number, () => void>()
    for (const h of hosts) {
      h.gossip.subscribe<number>(GOSSIP_TOPIC, {
        decode: bytes => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0),
        onMessage: seq => { waiters.get(seq)?.() }
      })
    }
    await waitFor(() => a.gossip.meshPeers(GOSSIP_TOPIC).includes(b.peerId.toString()) &&
      b.gossip.meshPeers(GOSSIP_TOPIC).includes(a.peerId.toString()), setupTimeoutMs, 'the two hosts in each other\'s gossip mesh')

    const warmup = Math.min(20, options.iterations)
    const reportedRtt: number[] = []
    const pingOnce = async (): Promise<void> => { reportedRtt.push(await a.libp2p.services.ping.ping(b.peerId, { signal: AbortSignal.timeout(opTimeoutMs) })) }
    const rrOnce = async (): Promise<void> => { await requestResponse(connection, opTimeoutMs) }
    let seq = 0
    const gossipOnce = async (): Promise<void> => {
      const n = seq++
      const data = new Uint8Array(PAYLOAD_BYTES)
      new DataView(data.buffer).setUint32(0, n)
      const delivered = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => { waiters.delete(n); reject(new Error(`gossip message ${n} not delivered within ${opTimeoutMs} ms`)) }, opTimeoutMs)
        waiters.set(n, () => { clearTimeout(timer); waiters.delete(n); resolve() })
      })
      await a.gossip.publish(GOSSIP_TOPIC, data)
      await delivered
    }
    const series = async (fn: () => Promise<void>): Promise<Summary> => {
      for (let i = 0; i < warmup; i++) await fn()
      const latencies: number[] = []
      const start = performance.now()
      for (let i = 0; i < options.iterations; i++) {
        const t = performance.now()
        await fn()
        latencies.push(performance.now() - t)
      }
      return summarize(latencies, performance.now() - start)
    }
    const ping = await series(pingOnce)
    const newStreamExchange = await series(rrOnce)
    const session = await connection.newStream(ECHO_SESSION_PROTOCOL, { signal: AbortSignal.timeout(setupTimeoutMs) })
    const sessionReader = session[Symbol.asyncIterator]()
    const openStreamExchange = await series(async () => { await exchangeOnOpenStream(session, sessionReader, opTimeoutMs) })
    session.abort(new Error('floor measured'))
    return {
      ping,
      pingReportedRtt: summarize(reportedRtt.slice(warmup), ping.wallMs),
      requestResponse: newStreamExchange,
      openStreamExchange,
      gossip: await series(gossipOnce),
      payloadBytes: PAYLOAD_BYTES
    }
  } finally {
    await Promise.allSettled(hosts.map(async h => { await h.stop() }))
  }
}

/** One exchange of the echo floor: new stream, 64 bytes out, 64 bytes back. */
async function requestResponse (connection: Connection, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs)
  const stream = await connection.newStream(ECHO_PROTOCOL, { signal })
  try {
    const request = new Uint8Array(PAYLOAD_BYTES).fill(0xab)
    if (!stream.send(request)) await stream.onDrain({ signal })
    const answer = await readExactly(stream, PAYLOAD_BYTES, signal)
    if (answer[0] !== 0xab || answer[PAYLOAD_BYTES - 1] !== 0xab) throw new Error('echo floor: the answer differs from the request')
  } finally {
    await stream.close({ signal }).catch(err => { stream.abort(err as Error) })
  }
}

/** One exchange of the open-stream floor: 64 bytes out, 64 bytes back, on `stream` (read through `reader`). */
async function exchangeOnOpenStream (stream: Stream, reader: AsyncIterator<Uint8Array | { subarray: () => Uint8Array }>, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs)
  if (!stream.send(new Uint8Array(PAYLOAD_BYTES).fill(0xcd))) await stream.onDrain({ signal })
  let got = 0
  while (got < PAYLOAD_BYTES) {
    const next = await reader.next()
    if (next.done === true) throw new Error('open-stream floor: the stream ended')
    got += (next.value instanceof Uint8Array ? next.value : next.value.subarray()).byteLength
  }
}

/** The open-stream echo side: sends back every chunk until the stream ends. */
async function echoForever (stream: Stream): Promise<void> {
  try {
    for await (const chunk of stream) {
      if (!stream.send(chunk instanceof Uint8Array ? chunk : chunk.subarray())) await stream.onDrain()
    }
  } catch {
    // the measuring side resets the stream when done
  }
}

/** The echo side: reads 64 bytes, sends them back, closes. */
async function echo (stream: Stream, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const bytes = await readExactly(stream, PAYLOAD_BYTES, signal)
    if (!stream.send(bytes)) await stream.onDrain({ signal })
    await stream.close({ signal })
  } catch (err) {
    stream.abort(err as Error)
  }
}

/**
 * Reads exactly `n` bytes from `stream`.
 *
 * @throws Error when the stream ends first or `signal` aborts
 */
async function readExactly (stream: Stream, n: number, signal: AbortSignal): Promise<Uint8Array> {
  const out = new Uint8Array(n)
  let got = 0
  const onAbort = (): void => { stream.abort(new Error('echo floor: timed out')) }
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    for await (const chunk of stream) {
      const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
      out.set(bytes.subarray(0, n - got), got)
      got += Math.min(bytes.byteLength, n - got)
      if (got === n) return out
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
  throw new Error(`echo floor: stream ended after ${got} of ${n} bytes`)
}

/**
 * Polls `ok()` every 50 ms until it is true.
 *
 * @throws Error naming `what` after `timeoutMs`
 */
async function waitFor (ok: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}
