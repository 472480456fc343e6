/**
 * End to end through a real swarm (1 coordinator, 2 workers): the C fixtures
 * submitted by the client library produce the same bytes as their native
 * builds, with a valid, verified receipt from one of the swarm's workers and
 * an output CID that names the stdout sealed for its assignment (docs/privacy.md).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it, type TestContext } from 'node:test'
import type { AileeClient, TaskResult } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { connectClient, nativeRun, runFixture, sha256Hex, text, workerIds } from './helpers.ts'
import { hexToBytes } from '@noble/hashes/utils.js'
import { newContentKey, openOutput, sealOutput } from '../../src/content/envelope.ts'
import type { SubmitOptions } from '../../src/client/index.ts'

/** The content key of every task here, so the tests can open what the content stores hold. */
const KEY = newContentKey()

/** About 1 MiB of deterministic text: words from a small vocabulary, varied line lengths. */
function corpus (bytes = 1024 * 1024): Uint8Array {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu']
  const parts: string[] = []
  let size = 0
  let x = 12345
  for (let i = 0; size < bytes; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    const word = `${words[x % words.length]}${x % 7 === 0 ? String(i % 97) : ''}`
    const sep = i % 13 === 12 ? '\n' : (x % 5 === 0 ? '\t' : ' ')
    parts.push(word, sep)
    size += word.length + 1
  }
  return new TextEncoder().encode(parts.join('').slice(0, bytes))
}

describe('fixtures through a 1-coordinator / 2-worker swarm', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 2 })
    await swarm.waitForWorkers(2)
    client = await connectClient(swarm.coordinatorAddr)
  })

  /** Submits fixture `name` sealed with {@link KEY}. */
  async function run (name: string, extra: Omit<SubmitOptions, 'wasm'> = {}): Promise<TaskResult> {
    return await runFixture(client, name, { contentKey: KEY, ...extra })
  }

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  /** Checks what every successful task must satisfy, then compares stdout with the native run. */
  async function assertGoodResult (t: TestContext, name: string, result: TaskResult, native: { args?: string[], env?: Record<string, string>, stdin?: Uint8Array }): Promise<void> {
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(result.exitCode, 0)
    assert.equal(result.verified, true)
    assert.ok(workerIds(swarm).includes(result.worker), `worker ${result.worker} is one of the swarm's`)
    assert.equal(result.stderr, '')

    // the receipt decodes, is signed by the worker, and commits to the bytes of this task
    const receipt = result.receipt
    assert.ok(receipt != null, 'a receipt came with the result')
    assert.equal(receipt.valid, true, receipt.invalidReason)
    assert.equal(receipt.taskId, result.taskId)
    assert.equal(receipt.workerPeerId, result.worker)
    assert.equal(receipt.coordinatorPeerId, swarm.coordinator.peerId)
    assert.equal(receipt.outputHash, sha256Hex(result.stdout))
    assert.equal(receipt.moduleHash, sha256Hex(await readFixture(name)))
    assert.equal(receipt.inputHash, sha256Hex(native.stdin ?? new Uint8Array(0)))
    assert.equal(receipt.exitCode, 0)
    assert.equal(receipt.status, 'exited')
    assert.equal(receipt.resources.stdoutBytes, result.stdout.byteLength)

    // the output CID is the content CID of stdout sealed for this assignment, and the bytes behind it open to stdout
    const coordinatorContent = swarm.coordinator.host.content
    const assignment = { taskId: receipt.taskId, attempt: receipt.attempt, assignmentNonce: hexToBytes(receipt.assignmentNonce) }
    assert.equal(result.outputCid, (await coordinatorContent.cidFor(await sealOutput(KEY, assignment, result.stdout))).toString())
    assert.equal(receipt.outputCid, result.outputCid)
    const fetched = await coordinatorContent.get(result.outputCid, { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000 })
    assert.deepEqual(Buffer.from(await openOutput(KEY, assignment, fetched)), Buffer.from(result.stdout))

    const run = await nativeRun(name, native)
    if (run == null) {
      t.diagnostic('no C compiler: native comparison skipped')
      return
    }
    assert.equal(run.exitCode, 0)
    assert.deepEqual(Buffer.from(result.stdout), run.stdout, 'stdout equals the native build byte for byte')
  }

  it('hello: args and env reach the program', async t => {
    const args = ['first arg', 'ünïcode', '']
    const env = { GREETING: 'hi there', OTHER: 'x=y' }
    const result = await run('hello', { args, env })
    assert.equal(text(result.stdout), 'hello from wasm\nfirst arg\nünïcode\n\nGREETING=hi there\n')
    await assertGoodResult(t, 'hello', result, { args, env })
  })

  it('primes: a CPU-heavy run gives the native output', async t => {
    const result = await run('primes', { timeoutMs: 60_000 })
    assert.match(text(result.stdout), /^primes below 3000000: 216816\n/)
    await assertGoodResult(t, 'primes', result, {})
  })

  it('wordfreq: reads all of a ~1 MiB stdin', async t => {
    const stdin = corpus()
    assert.equal(stdin.byteLength, 1024 * 1024)
    const result = await run('wordfreq', { stdin })
    assert.notEqual(result.inputCid, '')
    assert.match(text(result.stdout), new RegExp(`^bytes: ${stdin.byteLength}\n`), 'the byte count covers the whole input')
    await assertGoodResult(t, 'wordfreq', result, { stdin })
  })

  it('the same task twice gives the same bytes (deterministic across workers and runs)', async () => {
    const [a, b] = await Promise.all([
      run('hello', { args: ['same'] }),
      run('hello', { args: ['same'] })
    ])
    assert.equal(a.status, 'completed', a.reason)
    assert.equal(b.status, 'completed', b.reason)
    assert.notEqual(a.taskId, b.taskId)
    assert.equal(text(a.stdout), 'hello from wasm\nsame\n')
    assert.deepEqual(Buffer.from(a.stdout), Buffer.from(b.stdout))
    // each assignment seals its output under its own key: same plaintext, different output CIDs
    assert.notEqual(a.outputCid, b.outputCid)
    assert.equal(a.receipt?.outputHash, b.receipt?.outputHash)
  })
})
