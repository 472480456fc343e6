/**
 * "libp2p plus the .proto files is all a client needs" (issue 12, part 6): a
 * client that imports NOTHING from src/. It loads proto/ailee/v1/*.proto at run
 * time with protobufjs `load`, dials a coordinator running in another process
 * (test/integration/fixtures/foreign-client-swarm.ts: a real swarm with one
 * worker) with plain libp2p (TCP, Noise, Yamux), writes the protocol's framing
 * by hand (an unsigned LEB128 length, then the protobuf `Request`), signs its
 * submission by hand (docs/accounts.md, "Signed submissions") with
 * @noble/curves, submits the module and stdin inline (no bitswap, no UnixFS
 * CIDs), reads `Response` frames until the DONE event, and checks the result
 * itself: state, verified, stdout, and the worker's receipt (its Ed25519
 * signature over "ailee/receipt/v1\n" || receipt, and the plaintext hashes it
 * binds). The README's "Clients in other languages" walks through the same steps.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import protobuf from 'protobufjs'
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PROTO_DIR = join(ROOT, 'proto')
const TASK_PROTOCOL = '/ailee/task/1.0.0'

/** Loads the .proto files the way any protobuf runtime would: imports resolve against proto/. */
async function loadProto (): Promise<protobuf.Root> {
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target)
  return await root.load('ailee/v1/task.proto')
}

/** An unsigned LEB128 varint length prefix, then the bytes (docs: src/protocol/framing.ts). */
function frame (body: Uint8Array): Uint8Array {
  const prefix: number[] = []
  let n = body.byteLength
  while (n >= 0x80) { prefix.push((n & 0x7f) | 0x80); n = Math.floor(n / 128) }
  prefix.push(n)
  const out = new Uint8Array(prefix.length + body.byteLength)
  out.set(prefix)
  out.set(body, prefix.length)
  return out
}

/** Splits a byte stream into frames: yields each frame's body. */
async function * frames (chunks: AsyncIterable<Uint8Array | { subarray: () => Uint8Array }>): AsyncGenerator<Uint8Array> {
  let buf = new Uint8Array(0)
  for await (const chunk of chunks) {
    const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
    const joined = new Uint8Array(buf.byteLength + bytes.byteLength)
    joined.set(buf)
    joined.set(bytes, buf.byteLength)
    buf = joined
    while (true) {
      let len = 0
      let shift = 1
      let i = 0
      for (; i < buf.byteLength; i++) {
        len += (buf[i] & 0x7f) * shift
        shift *= 128
        if ((buf[i] & 0x80) === 0) break
      }
      if (i >= buf.byteLength || buf.byteLength < i + 1 + len) break
      yield buf.slice(i + 1, i + 1 + len)
      buf = buf.slice(i + 1 + len)
    }
  }
}

const u32be = (n: number): Uint8Array => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n); return b }
const u64be = (n: number): Uint8Array => { const b = new Uint8Array(8); new DataView(b.buffer).setBigUint64(0, BigInt(n)); return b }
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) { out.set(p, at); at += p.byteLength }
  return out
}
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

describe('a client that imports nothing from src/ (libp2p + the .proto files)', () => {
  let child: ChildProcessWithoutNullStreams
  let info: { coordinator: string, networkId: string, clientSeed: string }
  let node: Libp2p

  before(async () => {
    child = spawn(process.execPath, [join(ROOT, 'test/integration/fixtures/foreign-client-swarm.ts')], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env } })
    const stderr: string[] = []
    child.stderr.on('data', (b: Buffer) => stderr.push(b.toString()))
    const lines = createInterface({ input: child.stdout })
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve)
      child.once('exit', code => { reject(new Error(`swarm process exited (${code}) before it was ready: ${stderr.join('')}`)) })
    })
    info = JSON.parse(first)
  })

  after(async () => {
    await node?.stop()
    child.stdin.end()
    await new Promise(resolve => { if (child.exitCode != null) resolve(undefined); else child.once('exit', resolve) })
  })

  it('submits inline, gets the verified result, and checks the receipt signature itself', async () => {
    const root = await loadProto()
    const Request = root.lookupType('ailee.v1.Request')
    const Response = root.lookupType('ailee.v1.Response')
    const TaskSpec = root.lookupType('ailee.v1.TaskSpec')
    const ExecutionReceipt = root.lookupType('ailee.v1.ExecutionReceipt')
    const TaskEventKind = root.lookupEnum('ailee.v1.TaskEventKind').values
    const TaskState = root.lookupEnum('ailee.v1.TaskState').values

    // the account's key: the libp2p identity and the submission signer are the same Ed25519 key
    const seed = Uint8Array.from(Buffer.from(info.clientSeed, 'hex'))
    node = await createLibp2p({
      privateKey: await generateKeyPairFromSeed('Ed25519', seed),
      addresses: { listen: [] },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()]
    })
    const coordinatorPeerId = info.coordinator.slice(info.coordinator.lastIndexOf('/p2p/') + 5)

    const module = new Uint8Array(await readFile(join(ROOT, 'test/fixtures/wordfreq.wasm')))
    const stdin = new TextEncoder().encode('the cat saw the dog\n')
    // 1. the spec, with the plaintext SHA-256s of the inline content (so the signature covers it)
    //    and a fresh content key (the coordinator stores module and input sealed with it)
    const spec = TaskSpec.fromObject({
      contentKey: randomBytes(32),
      moduleSha256: sha256(module),
      inputSha256: sha256(stdin),
      verification: { kind: 'VERIFICATION_KIND_NONE' }
    })
    // 2. S: the spec's encoding as decoded from its own encoding (docs/accounts.md)
    const S = TaskSpec.encode(TaskSpec.decode(TaskSpec.encode(spec).finish())).finish()
    // 3. the signed bytes and the signature
    const nonce = randomBytes(16)
    const signedAtMs = Date.now()
    const C = new TextEncoder().encode(coordinatorPeerId)
    const signature = ed25519.sign(concat(new TextEncoder().encode('ailee/submit/v1\n'), u32be(C.byteLength), C, nonce, u64be(signedAtMs), S), seed)
    // 4. the request: SubmitTask with the module and stdin inline
    const request = Request.encode(Request.fromObject({
      networkId: info.networkId,
      submit: { spec: TaskSpec.toObject(TaskSpec.decode(S)), nonce, signedAtMs, signature, coordinatorPeerId, module, input: stdin }
    })).finish()

    // 5. one stream per request: write the frame, close our side, read Response frames to the end
    const stream = await node.dialProtocol(multiaddr(info.coordinator), TASK_PROTOCOL)
    stream.send(frame(request))
    await stream.close()
    const events: any[] = []
    for await (const body of frames(stream)) {
      const response: any = Response.toObject(Response.decode(body), { enums: Number, longs: Number, bytes: Uint8Array as any })
      assert.equal(response.error, undefined, `error response: ${JSON.stringify(response.error)}`)
      events.push(response.event)
      if (response.event?.kind === TaskEventKind.TASK_EVENT_KIND_DONE) break
    }
    assert.equal(events[0].kind, TaskEventKind.TASK_EVENT_KIND_ACCEPTED)
    const done = events.at(-1)
    assert.equal(done.kind, TaskEventKind.TASK_EVENT_KIND_DONE)
    const outcome = done.outcome
    assert.equal(outcome.state, TaskState.TASK_STATE_COMPLETED, `task ended ${outcome.state}: ${outcome.reason}`)
    assert.equal(outcome.verified, true)
    // 6. the output is inline in the outcome: no bitswap fetch by CID
    const stdout = new TextDecoder().decode(outcome.stdout)
    assert.match(stdout, /^bytes: 20\nlines: 1\nwords: 5\n/, 'wordfreq counted the stdin sent inline')
    assert.match(stdout, /^ +2 the$/m)

    // 7. the receipt: the worker's Ed25519 signature over "ailee/receipt/v1\n" || the encoded receipt
    const signed = outcome.receipt
    const receipt: any = ExecutionReceipt.toObject(ExecutionReceipt.decode(signed.receipt), { longs: Number, bytes: Uint8Array as any })
    const workerKey = peerIdFromString(receipt.workerPeerId).publicKey!.raw
    assert.equal(ed25519.verify(signed.signature, concat(new TextEncoder().encode('ailee/receipt/v1\n'), signed.receipt), workerKey), true, 'the receipt signature verifies')
    assert.equal(receipt.workerPeerId, outcome.workerPeerId)
    assert.equal(receipt.taskId, outcome.taskId)
    assert.equal(receipt.coordinatorPeerId, coordinatorPeerId)
    assert.equal(hex(receipt.moduleHash), hex(sha256(module)), 'the receipt binds the module submitted')
    assert.equal(hex(receipt.inputHash), hex(sha256(stdin)), 'and the stdin submitted')
    assert.equal(hex(receipt.outputHash), hex(sha256(outcome.stdout)), 'and the stdout received')
    // a tampered receipt does not verify
    const tampered = Uint8Array.from(signed.receipt)
    tampered[tampered.byteLength - 1] ^= 1
    assert.equal(ed25519.verify(signed.signature, concat(new TextEncoder().encode('ailee/receipt/v1\n'), tampered), workerKey), false)
  })

  it('a submission signed over other bytes is refused by name', async () => {
    const root = await loadProto()
    const Request = root.lookupType('ailee.v1.Request')
    const Response = root.lookupType('ailee.v1.Response')
    const coordinatorPeerId = info.coordinator.slice(info.coordinator.lastIndexOf('/p2p/') + 5)
    const module = new Uint8Array(await readFile(join(ROOT, 'test/fixtures/hello.wasm')))
    const request = Request.encode(Request.fromObject({
      networkId: info.networkId,
      submit: { spec: { moduleSha256: sha256(module) }, nonce: randomBytes(16), signedAtMs: Date.now(), signature: new Uint8Array(64), coordinatorPeerId, module }
    })).finish()
    const stream = await node.dialProtocol(multiaddr(info.coordinator), TASK_PROTOCOL)
    stream.send(frame(request))
    await stream.close()
    const answers: any[] = []
    for await (const body of frames(stream)) answers.push(Response.toObject(Response.decode(body), { enums: String }))
    assert.equal(answers[0].error?.code, 'ERROR_CODE_REJECTED')
    assert.match(answers[0].error?.message, /bad-signature/)
  })
})
