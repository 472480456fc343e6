/**
 * Bad input through a real swarm: every kind of bad module, program or message
 * ends with a clear outcome, and after each one the swarm still completes a
 * normal task.
 */
import assert from 'node:assert/strict'
import { after, afterEach, before, describe, it } from 'node:test'
import { pb } from '../../src/proto/index.ts'
import { encodeFrame } from '../../src/protocol/framing.ts'
import type { AileeClient } from '../../src/client/index.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { NETWORK_ID, connectClient, rawExchange, runFixture, text } from './helpers.ts'

/** Coordinator's module limit here: the fixtures (under 33 KiB) fit, a padded one does not. */
const MAX_MODULE_BYTES = 64 * 1024

/**
 * `module` with a custom section (id 0) of `padding` bytes appended: still a
 * valid module that runs the same, only bigger (WebAssembly core spec 5.5.3).
 */
function padModule (module: Uint8Array, padding: number): Uint8Array {
  const name = new TextEncoder().encode('pad')
  const payload = new Uint8Array(1 + name.length + padding)
  payload[0] = name.length
  payload.set(name, 1)
  const size = leb128(payload.length)
  const out = new Uint8Array(module.length + 1 + size.length + payload.length)
  out.set(module)
  out[module.length] = 0
  out.set(size, module.length + 1)
  out.set(payload, module.length + 1 + size.length)
  return out
}

function leb128 (value: number): Uint8Array {
  const bytes: number[] = []
  do {
    let byte = value & 0x7f
    value >>>= 7
    if (value !== 0) byte |= 0x80
    bytes.push(byte)
  } while (value !== 0)
  return Uint8Array.from(bytes)
}

describe('bad input through a swarm', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 2, coordinator: { limits: { maxModuleBytes: MAX_MODULE_BYTES } } })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  // after every bad input, the swarm still completes a normal task
  afterEach(async () => {
    const result = await runFixture(client, 'hello', { args: ['still here'] })
    assert.equal(result.status, 'completed', `normal task after bad input: ${result.reason}`)
    assert.equal(text(result.stdout), 'hello from wasm\nstill here\n')
    assert.equal(swarm.coordinator.coordinator!.orchestrator.openTaskCount, 0, 'no task left open')
  })

  it('a file that is not WebAssembly is rejected with a clear reason', async () => {
    const result = await runFixture(client, 'not_wasm')
    assert.equal(result.status, 'rejected')
    assert.match(result.reason, /invalid module/i)
    assert.match(result.reason, /magic|not a WebAssembly|wasm/i)
    assert.equal(result.worker, '', 'no worker ran it')
    assert.equal(result.attempts, 0)
    assert.equal(result.receipt, null)
    assert.equal(result.verified, false)
    // the rejection is recorded: status by id reports it
    const status = await client.status(result.taskId)
    assert.equal(status.state, 'rejected')
    assert.equal(status.reason, result.reason)
  })

  it('a module without _start is rejected', async () => {
    const result = await runFixture(client, 'no_start')
    assert.equal(result.status, 'rejected')
    assert.match(result.reason, /_start/)
    assert.equal(result.worker, '')
    assert.equal(result.attempts, 0)
    assert.equal(result.receipt, null)
  })

  it('a module over maxModuleBytes is rejected, naming the size', async () => {
    const big = padModule(await readFixture('hello'), 100 * 1024)
    assert.ok(big.byteLength > MAX_MODULE_BYTES)
    const result = await client.submit({ wasm: big })
    assert.equal(result.status, 'rejected')
    assert.match(result.reason, /larger than/)
    assert.match(result.reason, new RegExp(String(MAX_MODULE_BYTES)))
    assert.equal(result.worker, '')
    assert.equal(result.attempts, 0)
    assert.equal(result.receipt, null)
  })

  it('a padded module under the limit still runs (the padding itself is valid)', async () => {
    const padded = padModule(await readFixture('hello'), 8 * 1024)
    const result = await client.submit({ wasm: padded, args: ['padded'] })
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(text(result.stdout), 'hello from wasm\npadded\n')
  })

  it('spin with a small execution timeout ends TIMED_OUT', async () => {
    const result = await runFixture(client, 'spin', { timeoutMs: 500 })
    assert.equal(result.status, 'timed_out', result.reason)
    assert.equal(result.receipt?.status, 'timed_out')
    assert.equal(result.receipt?.valid, true)
    assert.equal(text(result.stdout), 'spinning\n', 'output before the timeout is kept')
    assert.ok(swarm.workers.some(w => w.peerId === result.worker))
  })

  it('alloc_bomb with small memory ends MEMORY_EXCEEDED', async () => {
    const result = await runFixture(client, 'alloc_bomb', { memoryMb: 16 })
    assert.equal(result.status, 'memory_exceeded', result.reason)
    assert.equal(result.receipt?.status, 'memory_exceeded')
    assert.ok((result.receipt?.resources.peakMemoryPages ?? Infinity) <= 16 * 16, 'never grew past the limit')
    assert.ok(swarm.workers.some(w => w.peerId === result.worker))
  })

  it('a non-zero exit ends FAILED with that exit code and the stderr', async () => {
    const result = await runFixture(client, 'exit_code', { args: ['7'] })
    assert.equal(result.status, 'failed')
    assert.equal(result.exitCode, 7)
    assert.equal(result.stderr, 'exiting with code 7\n')
    assert.match(result.reason, /exit(ed)? with code 7/)
    assert.equal(result.verified, true, 'a failing program is still a verified result')
    assert.equal(result.receipt?.exitCode, 7)
  })

  describe('raw bytes on /ailee/task/1.0.0', () => {
    const cleanup = new Cleanup()
    let raw: AileeHost
    // a bare host on the test network: no DHT, in-memory stores
    before(async () => { raw = await startHost(cleanup, { networkId: NETWORK_ID, dht: false }) })
    after(async () => { await cleanup.run() })

    it('garbage is answered INVALID_MESSAGE', async () => {
      // a well-framed body that is not a Request (wire type 7 does not exist)
      const [bad] = await rawExchange(raw, swarm.coordinatorAddr, encodeFrame(Uint8Array.from([0x0f, 0xff, 0xff, 0x00, 0x13, 0x37])))
      assert.equal(bad.error?.code, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE)
      assert.match(bad.error?.message ?? '', /not a Request/)
      // a frame cut short
      const [cut] = await rawExchange(raw, swarm.coordinatorAddr, Uint8Array.from([200, 1, 1, 2, 3]))
      assert.equal(cut.error?.code, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE)
      // a Request for another network
      const [wrong] = await rawExchange(raw, swarm.coordinatorAddr, encodeFrame(pb.Request.encode({ networkId: 'other-net', peers: {} }).finish()))
      assert.equal(wrong.error?.code, pb.ErrorCode.ERROR_CODE_WRONG_NETWORK)
      // and a good request on the same connection is still served
      const [ok] = await rawExchange(raw, swarm.coordinatorAddr, encodeFrame(pb.Request.encode({ networkId: NETWORK_ID, peers: {} }).finish()))
      assert.equal(ok.body, 'peers')
      assert.equal(ok.peers?.workers?.length, 2)
    })

    it('an oversized length prefix is answered MESSAGE_TOO_LARGE before the body arrives', async () => {
      // declares 1 GiB, sends 3 bytes: the server must not wait for (or buffer) the body
      const prefix = leb128(1024 * 1024 * 1024)
      const [answer] = await rawExchange(raw, swarm.coordinatorAddr, Uint8Array.from([...prefix, 1, 2, 3]))
      assert.equal(answer.error?.code, pb.ErrorCode.ERROR_CODE_MESSAGE_TOO_LARGE)
      assert.match(answer.error?.message ?? '', /1073741824|larger|too large|over/i)
    })

    it('garbage sent to a worker is answered too', async () => {
      const worker = swarm.workers[0].multiaddrs().find(a => a.includes('/127.0.0.1/'))!
      const [bad] = await rawExchange(raw, worker, encodeFrame(Uint8Array.from([0xff, 0xff, 0xff])))
      assert.equal(bad.error?.code, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE)
      // a coordinator-only request is refused by a worker
      const [refused] = await rawExchange(raw, worker, encodeFrame(pb.Request.encode({ networkId: NETWORK_ID, peers: {} }).finish()))
      assert.equal(refused.error?.code, pb.ErrorCode.ERROR_CODE_UNSUPPORTED)
    })
  })
})
