/**
 * Fuzzing of the request handlers and gossip handlers over real streams
 * (fast-check, fixed seed in `npm test`): one in-process swarm (a coordinator
 * and a worker) and rogue libp2p hosts.
 *
 * `/ailee/task/1.0.0`: requests of every body, with random and
 * well-formed-but-wrong field values (unknown and real task ids, wrong
 * attempts, uint64 near 2^64, empty strings, random bytes as signatures and
 * receipts, properly signed submissions and transfers), then mutated (bit
 * flips, truncation, splices, random bytes) and framed or mis-framed (bad
 * varint prefixes, frames split across writes, several frames in one write,
 * early close or reset), are sent to the coordinator and to the worker. Every
 * exchange ends with decodable `Response`s (a body, or an `Error` with a known
 * code other than INTERNAL) or a clean close/reset, within a bound; no
 * process-level error occurs. Afterwards an honest task completes and no task
 * is left open once the rogue's own tasks are cancelled.
 *
 * Gossip: mutated valid and random payloads on the offers, telemetry and
 * blocks topics, published from a rogue host (its gossip score drops) and,
 * for volume, handed to the nodes' topic validators as gossipsub would (a
 * graylisted rogue's messages would not be validated at all). Nothing
 * escapes, and the nodes keep serving.
 *
 * Runs: `npm test` runs a few hundred of each; `npm run fuzz` scales them with
 * FUZZ_RUNS (a fiftieth of it for exchanges, each a network round trip to both
 * nodes; a tenth for gossip payloads).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { TopicValidatorResult } from '@libp2p/gossipsub'
import type { Message } from '@libp2p/gossipsub'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { FrameReader, encodeFrame } from '../../src/protocol/framing.ts'
import { TASK_PROTOCOL, request } from '../../src/protocol/index.ts'
import { InvalidMessageError, MessageTooLargeError, RemoteClosedError, RemoteError, RequestTimeoutError } from '../../src/protocol/errors.ts'
import { signSubmission, signTransfer } from '../../src/chain/account-signing.ts'
import { receiptSigningBytes } from '../../src/chain/receipt.ts'
import { topicsFor } from '../../src/p2p/topics.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import { localAddr, startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost, waitUntil } from '../helpers/swarm-host.ts'
import { TEST_CLIENT_KEYS } from '../helpers/accounts.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { NETWORK_ID, connectClient, runFixture } from '../integration/helpers.ts'
import type { AileeClient } from '../../src/client/index.ts'
import { fuzzParameters, mutate, mutationArb } from './mutations.ts'

/**
 * fast-check parameters of a property whose runs are costlier than a decoder's:
 * `runs` in `npm test`, FUZZ_RUNS / `divisor` (at least `runs`) in `npm run fuzz`.
 */
function scaledParameters (runs: number, divisor: number): { numRuns: number, seed?: number } {
  const p = fuzzParameters(runs)
  return process.env.FUZZ_RUNS == null ? p : { ...p, numRuns: Math.max(runs, Math.round(p.numRuns / divisor)) }
}

const MAX_U64 = (1n << 64n) - 1n
/** The rogue's key: a funded test account (so its signed submissions and transfers pass), not used by the honest client. */
const ROGUE_KEY = TEST_CLIENT_KEYS[TEST_CLIENT_KEYS.length - 1]
const ROGUE_ID = peerIdFromPrivateKey(ROGUE_KEY).toString()
const OTHER_ACCOUNT = peerIdFromPrivateKey(TEST_CLIENT_KEYS[TEST_CLIENT_KEYS.length - 2]).toString()
/** Longest an exchange may take: the server's request timeout (3 s in test swarms) plus slack. */
const EXCHANGE_BOUND_MS = 12_000
/** Error codes a peer may be answered with (INTERNAL is a bug, UNSPECIFIED is not an answer). */
const KNOWN_CODES = new Set<number>([
  pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE, pb.ErrorCode.ERROR_CODE_MESSAGE_TOO_LARGE, pb.ErrorCode.ERROR_CODE_WRONG_NETWORK,
  pb.ErrorCode.ERROR_CODE_NOT_FOUND, pb.ErrorCode.ERROR_CODE_REJECTED, pb.ErrorCode.ERROR_CODE_RATE_LIMITED,
  pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, pb.ErrorCode.ERROR_CODE_UNSUPPORTED
])

// ------------------------------------------------------------------ process-level errors

const processErrors: string[] = []
const onProcessError = (err: unknown): void => { processErrors.push(String((err as Error)?.stack ?? err)) }
process.on('uncaughtException', onProcessError)
process.on('unhandledRejection', onProcessError)

function assertNoProcessErrors (): void {
  assert.deepEqual(processErrors, [], 'no uncaughtException or unhandledRejection')
}

// ------------------------------------------------------------------ generated requests

/** Task ids: random, empty, or `@n`, resolved at run time to the n-th task id known to exist. */
const taskIdArb = fc.oneof(
  { weight: 2, arbitrary: fc.nat().map(n => `@${n}`) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() }
)
const textArb = fc.oneof(fc.constant(''), fc.string({ maxLength: 30 }), fc.constant('x'.repeat(5000)), fc.constant('\u0000\uffff'))
const u32Arb = fc.oneof(fc.constant(0), fc.nat(5), fc.constant(0xffffffff), fc.nat(0xffffffff))
/** uint64 values as protobufjs here takes them: a number up to 2^53, a bigint above. */
const u64Arb: fc.Arbitrary<number | bigint> = fc.oneof(
  fc.constant(0), fc.nat(10_000), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(MAX_U64),
  fc.bigInt({ min: MAX_U64 - 1000n, max: MAX_U64 }), fc.bigInt({ min: 0n, max: MAX_U64 }), fc.nat(2 ** 31)
)
const doubleArb = fc.oneof(fc.constant(0.5), fc.double(), fc.constant(Number.NaN), fc.constant(-1))
const bytesArb = fc.oneof(fc.uint8Array({ maxLength: 80 }), fc.constant(new Uint8Array(64)), fc.constant(new Uint8Array(16)), fc.constant(new Uint8Array(0)))
const specArb = fc.record({
  moduleCid: fc.oneof(fc.constant('@module'), textArb, fc.constant('bafkreie6qvsmxmtwlubl4xeywkdlibxftgymbfsscgia5tf6wxx27z5pkm')),
  inputCid: fc.oneof(fc.constant(''), textArb, fc.constant('@module')),
  args: fc.array(textArb, { maxLength: 3 }),
  env: fc.dictionary(fc.string({ maxLength: 8 }), textArb, { maxKeys: 3 }),
  limits: fc.record({ memoryPages: u32Arb, executionMs: u64Arb, maxOutputBytes: u64Arb }),
  timeouts: fc.record({ queueMs: u64Arb, bidWindowMs: u64Arb, totalMs: u64Arb }),
  maxPrice: u64Arb,
  clientAccount: fc.oneof(fc.constant(''), fc.constant('@self'), textArb),
  verification: fc.option(fc.record({ kind: fc.nat(6), probability: doubleArb, replicas: u32Arb }), { nil: undefined })
}, { requiredKeys: [] })
/** How a submission or transfer is signed: by the rogue's funded key (valid), or not at all (random fields). */
const signArb = fc.constantFrom('valid', 'valid', 'raw' as const)

/** A request plan: pure data, turned into a wire Request by {@link buildRequest}. */
const planArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ body: fc.constant('submit' as const), spec: specArb, detach: fc.boolean(), sign: signArb, nonce: bytesArb, signedAtMs: u64Arb, signature: bytesArb, coordinatorPeerId: fc.oneof(fc.constant('@coordinator'), textArb) }) },
  fc.record({ body: fc.constant('bid' as const), taskId: taskIdArb, attempt: u32Arb, price: u64Arb, health: doubleArb, queueDepth: u32Arb, freeSlots: u32Arb, decline: fc.boolean(), reason: textArb }),
  fc.record({ body: fc.constant('assign' as const), taskId: taskIdArb, attempt: u32Arb, spec: specArb, leaseMs: u64Arb, nonce: bytesArb }),
  fc.record({ body: fc.constant('heartbeat' as const), taskId: taskIdArb, attempt: u32Arb, phase: fc.constantFrom('', 'running', 'fetching', 'x') }),
  fc.record({
    body: fc.constant('result' as const),
    taskId: taskIdArb,
    attempt: u32Arb,
    receipt: fc.oneof(
      fc.constant(undefined),
      fc.record({ kind: fc.constant('random' as const), receipt: bytesArb, signature: bytesArb }),
      fc.record({ kind: fc.constant('signed' as const), attempt: u32Arb, status: fc.nat(8), exitCode: fc.integer(), outputHash: bytesArb, nonce: bytesArb, timestampMs: u64Arb, wallMs: u64Arb })
    ),
    stdout: bytesArb,
    stderr: bytesArb,
    error: textArb,
    handedBack: fc.boolean()
  }),
  fc.record({ body: fc.constantFrom('status' as const, 'follow' as const, 'proof' as const), taskId: taskIdArb }),
  fc.record({ body: fc.constant('peers' as const) }),
  fc.record({ body: fc.constant('cancel' as const), taskId: taskIdArb, reason: textArb }),
  fc.record({ body: fc.constant('transfer' as const), sign: signArb, to: fc.oneof(fc.constant(OTHER_ACCOUNT), fc.constant(ROGUE_ID), textArb), amount: fc.oneof(fc.constant(0n), fc.constant(1n), fc.constant(MAX_U64), fc.bigInt({ min: 0n, max: MAX_U64 })), nonce: bytesArb, signedAtMs: u64Arb, signature: bytesArb }),
  fc.record({ body: fc.constant('balance' as const), account: fc.oneof(fc.constant(''), fc.constant(ROGUE_ID), textArb) }),
  fc.record({ body: fc.constant('none' as const) })
)
type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never

/** How the encoded request goes on the wire. */
const wireArb = fc.record({
  networkId: fc.oneof({ weight: 8, arbitrary: fc.constant(NETWORK_ID) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }),
  // the encoded Request as is, mutated, or replaced by random bytes
  payload: fc.oneof(
    { weight: 4, arbitrary: fc.constant({ kind: 'intact' as const }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('mutated' as const), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ maxLength: 64 }) }) }
  ),
  framing: fc.oneof(
    { weight: 6, arbitrary: fc.constant({ kind: 'frame' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('prefix' as const), prefix: fc.uint8Array({ minLength: 1, maxLength: 11 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('length' as const), delta: fc.integer({ min: -20, max: 20 }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'bare' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('several' as const), count: fc.integer({ min: 2, max: 3 }), extra: fc.uint8Array({ maxLength: 8 }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) }
  ),
  // write in one piece, or split at these fractions of the length
  splits: fc.oneof({ weight: 3, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }) }),
  end: fc.oneof({ weight: 12, arbitrary: fc.constant('close' as const) }, { weight: 1, arbitrary: fc.constant('reset' as const) }, { weight: 1, arbitrary: fc.constant('open' as const) })
})
type Wire = typeof wireArb extends fc.Arbitrary<infer T> ? T : never

/** What the run needs to turn a plan into a request. */
interface Context {
  coordinatorId: string
  moduleCid: string
  /** Task ids known to exist (the honest task's, and the rogue's own). */
  taskIds: string[]
}

function resolveId (id: string, ctx: Context): string {
  const m = /^@(\d+)$/.exec(id)
  return m == null || ctx.taskIds.length === 0 ? id : ctx.taskIds[Number(m[1]) % ctx.taskIds.length]
}

function resolveSpec (spec: Plan & { body: 'submit' } extends { spec: infer S } ? S : never, ctx: Context): ailee.v1.ITaskSpec {
  const out: Record<string, unknown> = { ...spec }
  if (spec.moduleCid === '@module') out.moduleCid = ctx.moduleCid
  if (spec.inputCid === '@module') out.inputCid = ctx.moduleCid
  if (spec.clientAccount === '@self') out.clientAccount = ROGUE_ID
  return out as ailee.v1.ITaskSpec
}

/** The wire Request of `plan` (signing with the rogue's key where asked). */
async function buildRequest (plan: Plan, ctx: Context): Promise<Record<string, unknown>> {
  switch (plan.body) {
    case 'submit': {
      const spec = resolveSpec(plan.spec, ctx)
      if (plan.sign === 'valid') {
        // signed by the account it names (a spec naming another account is the raw case's)
        if (spec.clientAccount !== ROGUE_ID) spec.clientAccount = ''
        return { submit: { ...await signSubmission(spec, ROGUE_KEY, ctx.coordinatorId), detach: plan.detach } }
      }
      const coordinatorPeerId = plan.coordinatorPeerId === '@coordinator' ? ctx.coordinatorId : plan.coordinatorPeerId
      return { submit: { spec, detach: plan.detach, nonce: plan.nonce, signedAtMs: plan.signedAtMs, signature: plan.signature, coordinatorPeerId } }
    }
    case 'bid': return { bid: { ...plan, body: undefined, taskId: resolveId(plan.taskId, ctx) } }
    case 'assign': return { assign: { taskId: resolveId(plan.taskId, ctx), attempt: plan.attempt, spec: resolveSpec(plan.spec, ctx), leaseMs: plan.leaseMs, nonce: plan.nonce } }
    case 'heartbeat': return { heartbeat: { taskId: resolveId(plan.taskId, ctx), attempt: plan.attempt, phase: plan.phase } }
    case 'result': {
      const taskId = resolveId(plan.taskId, ctx)
      let receipt: ailee.v1.ISignedReceipt | undefined
      if (plan.receipt?.kind === 'random') receipt = { receipt: plan.receipt.receipt, signature: plan.receipt.signature }
      if (plan.receipt?.kind === 'signed') {
        const r = plan.receipt
        // signed as a worker signs, whatever the fields (signReceipt would refuse some)
        const bytes = pb.ExecutionReceipt.encode({
          taskId, attempt: r.attempt, moduleHash: new Uint8Array(32), inputHash: new Uint8Array(32), outputHash: r.outputHash, stderrHash: new Uint8Array(32),
          exitCode: r.exitCode, status: r.status, resources: { wallMs: r.wallMs as number }, workerPeerId: ROGUE_ID, coordinatorPeerId: ctx.coordinatorId,
          timestampMs: r.timestampMs as number, assignmentNonce: r.nonce
        }).finish()
        receipt = { receipt: bytes, signature: await ROGUE_KEY.sign(receiptSigningBytes(bytes)) }
      }
      return { result: { taskId, attempt: plan.attempt, receipt, stdout: plan.stdout, stderr: plan.stderr, error: plan.error, handedBack: plan.handedBack } }
    }
    case 'status': case 'follow': case 'proof': return { [plan.body]: { taskId: resolveId(plan.taskId, ctx) } }
    case 'peers': return { peers: {} }
    case 'cancel': return { cancel: { taskId: resolveId(plan.taskId, ctx), reason: plan.reason } }
    case 'transfer': {
      if (plan.sign === 'valid') {
        try {
          return { transfer: await signTransfer(plan.to, plan.amount, ROGUE_KEY, ctx.coordinatorId) }
        } catch {
          // an amount signTransfer refuses: send the random fields instead
        }
      }
      return { transfer: { from: ROGUE_ID, to: plan.to, amount: plan.amount, nonce: plan.nonce, signedAtMs: plan.signedAtMs, signature: plan.signature } }
    }
    case 'balance': return { balance: { account: plan.account } }
    case 'none': return {}
  }
}

/** LEB128 of a non-negative integer. */
function varint (value: number): number[] {
  const out: number[] = []
  do {
    let byte = value % 128
    value = Math.floor(value / 128)
    if (value > 0) byte |= 0x80
    out.push(byte)
  } while (value > 0)
  return out
}

/** The bytes `wire` says to send for `body`, cut into writes. */
function onTheWire (body: Uint8Array, wire: Wire): Uint8Array[] {
  let payload = body
  if (wire.payload.kind === 'mutated') for (const m of wire.payload.mutations) payload = mutate(payload, m)
  if (wire.payload.kind === 'random') payload = wire.payload.bytes
  let bytes: Uint8Array
  switch (wire.framing.kind) {
    case 'frame': bytes = encodeFrame(payload); break
    case 'prefix': bytes = Uint8Array.from([...wire.framing.prefix, ...payload]); break
    case 'length': bytes = Uint8Array.from([...varint(Math.max(0, payload.length + wire.framing.delta)), ...payload]); break
    case 'bare': bytes = payload; break
    case 'several': {
      const frames = Array.from({ length: wire.framing.count }, () => encodeFrame(payload))
      bytes = Uint8Array.from([...frames.flatMap(f => [...f]), ...wire.framing.extra])
      break
    }
    case 'empty': bytes = Uint8Array.from([0]); break
  }
  const cuts = [...new Set(wire.splits.map(f => Math.floor(f * bytes.length)))].filter(c => c > 0 && c < bytes.length).sort((a, b) => a - b)
  const chunks: Uint8Array[] = []
  let from = 0
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(from, cut))
    from = cut
  }
  return chunks.filter(c => c.length > 0)
}

// ------------------------------------------------------------------ exchanges

/** How an exchange ended, from the sender's side. */
interface Outcome {
  responses: ailee.v1.Response[]
  ending: 'closed' | 'reset' | 'we-reset' | 'bound'
  /** Why the exchange broke a property; undefined when it did not. */
  failure?: string
}

/** Sends `chunks` on a new stream from `from` to `target`, ending as `end` says, and reads the answer. */
async function exchange (from: AileeHost, target: string, chunks: Uint8Array[], end: Wire['end']): Promise<Outcome> {
  const stream = await from.libp2p.dialProtocol(multiaddr(target), TASK_PROTOCOL)
  const reader = new FrameReader(stream, { maxFrameBytes: 16 * 1024 * 1024 })
  const responses: ailee.v1.Response[] = []
  const deadline = Date.now() + EXCHANGE_BOUND_MS
  try {
    for (const [i, chunk] of chunks.entries()) {
      if (stream.writeStatus !== 'writable') break
      stream.send(chunk)
      if (i < chunks.length - 1) await new Promise(resolve => setTimeout(resolve, 1))
    }
    if (end === 'reset') {
      stream.abort(new Error('fuzz: sender resets'))
      return { responses, ending: 'we-reset' }
    }
    if (end === 'close') void stream.close().catch(() => {})
    while (true) {
      let frame: Uint8Array | null
      try {
        frame = await reader.next({ timeoutMs: Math.max(1, deadline - Date.now()) })
      } catch (err) {
        if (err instanceof RemoteClosedError) return { responses, ending: 'reset' }
        if (err instanceof RequestTimeoutError) {
          stream.abort(new Error('fuzz: bound reached'))
          return { responses, ending: 'bound' }
        }
        if (err instanceof InvalidMessageError || err instanceof MessageTooLargeError) return { responses, ending: 'closed', failure: `the response frame is broken: ${err.message}` }
        throw err
      }
      if (frame == null) return { responses, ending: 'closed' }
      try {
        responses.push(pb.Response.decode(frame))
      } catch (err) {
        return { responses, ending: 'closed', failure: `a response does not decode: ${(err as Error).message}` }
      }
    }
  } finally {
    reader.dispose()
    // an 'open' exchange never closes its side: the server must reset it (checked after the run)
    if (end !== 'open' && stream.status === 'open') stream.abort(new Error('fuzz: exchange over'))
  }
}

/** Streams of `/ailee/task/1.0.0` that `node` holds open with `peer`. */
function openTaskStreams (node: StartedNode, peer: AileeHost): number {
  return node.host.libp2p.getConnections(peer.peerId).flatMap(c => c.streams).filter(s => s.protocol === TASK_PROTOCOL && s.status === 'open').length
}

/** The property every exchange must satisfy; the reason it does not, else undefined. */
function judge (outcome: Outcome, plan: Plan): string | undefined {
  if (outcome.failure != null) return outcome.failure
  for (const r of outcome.responses) {
    if (r.body == null) return 'a response without a body'
    if (r.body === 'error') {
      const code = r.error?.code ?? 0
      if (code === pb.ErrorCode.ERROR_CODE_INTERNAL) return `INTERNAL error: ${r.error?.message ?? ''}`
      if (!KNOWN_CODES.has(code)) return `unknown error code ${code}: ${r.error?.message ?? ''}`
    }
  }
  if (outcome.ending === 'bound') {
    // only a task's event stream (submit, follow) may legitimately outlive the bound
    const streaming = (plan.body === 'submit' || plan.body === 'follow') && outcome.responses.length > 0 && outcome.responses.every(r => r.body === 'event')
    if (!streaming) return `no answer and no close within ${EXCHANGE_BOUND_MS} ms (${outcome.responses.length} responses)`
  }
  return undefined
}

/** Bigints as strings: a failing input readable in the report. */
function show (value: unknown): string {
  return JSON.stringify(value, (_k, v) => typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? `bytes(${v.length}):${Buffer.from(v.subarray(0, 24)).toString('hex')}` : v)
}

// ------------------------------------------------------------------ the tests

describe('handler fuzzing over real streams', () => {
  let swarm: Swarm
  let worker: StartedNode
  let client: AileeClient
  let rogue: AileeHost
  let gossiper: AileeHost
  const cleanup = new Cleanup()
  const topics = topicsFor(NETWORK_ID)
  /** Valid gossip payloads seen by the rogue (the nodes' own blocks, offers and telemetry). */
  const captured: Record<string, Uint8Array[]> = { [topics.offers]: [], [topics.telemetry]: [], [topics.blocks]: [] }
  const ctx: Context = { coordinatorId: '', moduleCid: '', taskIds: [] }
  /** Tasks the rogue's own (validly signed) submissions created. */
  const rogueTasks = new Set<string>()

  before(async () => {
    const generous = { limits: { maxRequestsPerPeerPerSecond: 100_000, maxStreamsPerPeer: 256 } }
    swarm = await startSwarm({ workers: 1, coordinator: generous, worker: generous })
    worker = swarm.workers[0]
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
    rogue = await startHost(cleanup, { networkId: NETWORK_ID, dht: false, privateKey: ROGUE_KEY })
    ctx.coordinatorId = swarm.coordinator.peerId
    ctx.moduleCid = (await rogue.content.add(await readFixture('hello'))).toString()
    // the gossiper sits in every mesh and keeps what the nodes publish
    gossiper = await startHost(cleanup, { networkId: NETWORK_ID, dht: false, bootstrap: [swarm.coordinatorAddr] })
    await gossiper.libp2p.dial(multiaddr(localAddr(worker)))
    for (const topic of Object.values(topics)) {
      gossiper.gossip.subscribe(topic, { decode: bytes => bytes, onMessage: bytes => { if (captured[topic].length < 20) captured[topic].push(bytes) } })
    }
    await waitUntil(() => gossiper.gossip.meshPeers(topics.telemetry).includes(swarm.coordinator.peerId) &&
      gossiper.gossip.meshPeers(topics.offers).includes(worker.peerId) &&
      gossiper.gossip.meshPeers(topics.blocks).includes(worker.peerId), 20_000, 'the gossiper in the meshes')
    // an honest task: real task ids, offers, telemetry and a block to mutate
    const first = await runFixture(client, 'hello')
    assert.equal(first.status, 'completed', first.reason)
    ctx.taskIds.push(first.taskId)
    await waitUntil(() => Object.values(captured).every(c => c.length > 0), 20_000, 'an offer, telemetry and a block seen')
  })

  after(async () => {
    process.off('uncaughtException', onProcessError)
    process.off('unhandledRejection', onProcessError)
    await cleanup.run()
    await client?.close()
    await swarm?.stop()
  })

  it('every request, mutated or mis-framed, to the coordinator and the worker ends in a decodable answer or a clean close', async () => {
    const stats = { exchanges: 0, responses: 0, errors: new Map<string, number>(), resets: 0, bound: 0 }
    await fc.assert(fc.asyncProperty(planArb, wireArb, async (plan, wire) => {
      const req = { networkId: wire.networkId, ...await buildRequest(plan, ctx) }
      let body: Uint8Array
      try {
        body = pb.Request.encode(req).finish()
      } catch (err) {
        // protobufjs refuses to encode it (e.g. a string over 2^32 - 1 as uint32): nothing to send
        assert.ok(err instanceof Error)
        return
      }
      const chunks = onTheWire(body, wire)
      const targets = [swarm.coordinatorAddr, localAddr(worker)]
      const outcomes = await Promise.all(targets.map(async target => await exchange(rogue, target, chunks, wire.end)))
      for (const [i, outcome] of outcomes.entries()) {
        stats.exchanges++
        stats.responses += outcome.responses.length
        if (outcome.ending === 'reset') stats.resets++
        if (outcome.ending === 'bound') stats.bound++
        for (const r of outcome.responses) {
          if (r.body === 'error') {
            const name = pb.ErrorCode[r.error?.code ?? 0] ?? String(r.error?.code)
            stats.errors.set(name, (stats.errors.get(name) ?? 0) + 1)
          }
          // tasks the rogue created: cancelled at the end, and fuzzed by later runs
          if (r.body === 'event' && r.event?.taskId != null && r.event.taskId !== '' && i === 0 && plan.body === 'submit') {
            if (!rogueTasks.has(r.event.taskId)) ctx.taskIds.push(r.event.taskId)
            rogueTasks.add(r.event.taskId)
          }
        }
        const failure = judge(outcome, plan)
        assert.equal(failure, undefined, `${failure ?? ''}\n  target: ${i === 0 ? 'coordinator' : 'worker'}\n  request: ${show(req)}\n  wire: ${show(wire)}`)
      }
      assertNoProcessErrors()
    }), { ...scaledParameters(250, 50), endOnFailure: true })
    console.log(`handler fuzz: ${show({ ...stats, errors: Object.fromEntries(stats.errors) })}, rogue tasks ${rogueTasks.size}`)
    assert.ok(stats.errors.size >= 4, `the fuzz reached several refusals: ${show(Object.fromEntries(stats.errors))}`)
    assert.ok(stats.responses > stats.exchanges / 2, 'most exchanges were answered')
  })

  it('after the fuzz an honest task completes and no task is left open once the rogue\'s own are cancelled', async () => {
    const result = await runFixture(client, 'hello', { args: ['after fuzz'] })
    assert.equal(result.status, 'completed', result.reason)
    const orchestrator = swarm.coordinator.coordinator!.orchestrator
    for (const taskId of rogueTasks) {
      try {
        const answer = await request(rogue.libp2p, swarm.coordinatorAddr, { networkId: NETWORK_ID, cancel: { taskId, reason: 'fuzz over' } }, { networkId: NETWORK_ID, timeoutMs: 10_000, maxMessageBytes: 8 * 1024 * 1024 })
        assert.equal(answer.body, 'status', `cancel ${taskId}: ${show(answer)}`)
      } catch (err) {
        // it had ended already
        assert.ok(err instanceof RemoteError && err.code === pb.ErrorCode.ERROR_CODE_REJECTED, `cancel ${taskId}: ${String(err)}`)
      }
    }
    await waitUntil(() => orchestrator.openTaskCount === 0, 20_000, `no open task (open: ${orchestrator.openTaskCount})`)
    // no stream of the fuzz is left open on either node (each ended within the server's request timeout)
    await waitUntil(() => openTaskStreams(swarm.coordinator, rogue) === 0 && openTaskStreams(worker, rogue) === 0, 10_000,
      `no fuzz stream left open (coordinator ${openTaskStreams(swarm.coordinator, rogue)}, worker ${openTaskStreams(worker, rogue)})`)
    await waitUntil(() => worker.worker!.service.running === 0, 20_000, 'the worker idle')
    assertNoProcessErrors()
  })

  describe('gossip', () => {
    /** Payload arbitraries per topic: a captured valid message mutated, one authored by `author`, or random bytes. */
    function payloadArb (topic: string, author: () => string): fc.Arbitrary<() => Uint8Array> {
      const valid = (): Uint8Array[] => {
        const own = author()
        const made = topic === topics.offers
          ? pb.TaskOfferBatch.encode({ coordinatorPeerId: own, offers: [{ taskId: 't', coordinatorPeerId: own, attempt: 1, memoryPages: 16, executionMs: 1000, maxPrice: 10, bidDeadlineMs: Date.now() + 100, moduleSizeBytes: 100, moduleCid: ctx.moduleCid }] }).finish()
          : topic === topics.telemetry
            ? pb.Telemetry.encode({ peerId: own, timestampMs: Date.now(), seq: 1, cpuLoad: 0.5, memoryUsedBytes: 1, memoryTotalBytes: 2, runningTasks: 0, capacitySlots: 2, maxMemoryPages: 16, price: 1, version: 'v', uptimeMs: 1 }).finish()
            : undefined
        return [...captured[topic], ...(made != null ? [made] : [])]
      }
      return fc.oneof(
        { weight: 4, arbitrary: fc.tuple(fc.nat(), fc.array(mutationArb, { minLength: 0, maxLength: 3 })).map(([which, mutations]) => () => {
          const sources = valid()
          let bytes = sources[which % sources.length]
          for (const m of mutations) bytes = mutate(bytes, m)
          return bytes
        }) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map(bytes => () => bytes) }
      )
    }

    /** Hands `data` to `node`'s validator of `topic` as gossipsub does, and delivers it when accepted. */
    async function validateOn (node: StartedNode, topic: string, data: Uint8Array): Promise<TopicValidatorResult> {
      const pubsub = node.host.libp2p.services.pubsub as any
      const validator = pubsub.topicValidators.get(topic)
      if (validator == null) return TopicValidatorResult.Ignore
      const msg = { type: 'signed', from: gossiper.peerId, topic, data, sequenceNumber: 1n, signature: new Uint8Array(64), key: gossiper.peerId.publicKey } as unknown as Message
      const verdict = await validator(gossiper.peerId, msg)
      if (verdict === TopicValidatorResult.Accept) pubsub.dispatchEvent(new CustomEvent('message', { detail: msg }))
      return verdict
    }

    it('fuzzed payloads on the offers, telemetry and blocks topics are refused or taken, never escape, and the nodes keep serving', async () => {
      const self = (): string => gossiper.peerId.toString()
      const verdicts = new Map<string, number>()
      const topicArb = fc.constantFrom(topics.offers, topics.telemetry, topics.blocks)
      await fc.assert(fc.asyncProperty(topicArb.chain(topic => fc.tuple(fc.constant(topic), payloadArb(topic, self))), async ([topic, payload]) => {
        const data = payload()
        for (const node of [swarm.coordinator, worker]) {
          const verdict = await validateOn(node, topic, data)
          const key = `${topic.split("/")[3]}:${String(verdict)}`
          verdicts.set(key, (verdicts.get(key) ?? 0) + 1)
        }
        assertNoProcessErrors()
      }), { ...scaledParameters(400, 10), endOnFailure: true })
      console.log(`gossip validator fuzz: ${show(Object.fromEntries(verdicts))}`)
      assert.ok([...verdicts.keys()].some(k => k.endsWith(':reject')), 'some payloads were rejected')

      // the same through the network: published by the gossiper, whose score drops at both nodes
      const samples = fc.sample(fc.tuple(topicArb.chain(topic => fc.tuple(fc.constant(topic), payloadArb(topic, self)))), { numRuns: 12, seed: fuzzParameters(1).seed ?? 1 })
      // an undecodable payload on each node's topics first, so the score drop is certain
      await gossiper.gossip.publish(topics.telemetry, Uint8Array.from([0x0f, 0xff, 0xff]))
      await gossiper.gossip.publish(topics.offers, Uint8Array.from([0x0f, 0xff, 0xff]))
      for (const [[topic, payload]] of samples) await gossiper.gossip.publish(topic, payload()).catch(() => 0)
      await waitUntil(() => swarm.coordinator.host.gossip.score(gossiper.peerId) < 0 && worker.host.gossip.score(gossiper.peerId) < 0, 15_000, 'the gossiper penalised by both nodes')

      // the nodes keep serving
      const peers = await request(rogue.libp2p, swarm.coordinatorAddr, { networkId: NETWORK_ID, peers: {} }, { networkId: NETWORK_ID, timeoutMs: 10_000, maxMessageBytes: 8 * 1024 * 1024 })
      assert.ok(peers.peers?.workers?.some(w => w.peerId === worker.peerId), 'the coordinator still lists the worker')
      const result = await runFixture(client, 'hello', { args: ['after gossip'] })
      assert.equal(result.status, 'completed', result.reason)
      await waitUntil(() => swarm.coordinator.coordinator!.orchestrator.openTaskCount === 0, 20_000, 'no open task')
      assertNoProcessErrors()
    })
  })
})
