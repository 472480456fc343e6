import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it, mock } from 'node:test'
import { sha256 } from '@noble/hashes/sha2.js'
import { pb } from '../../src/proto/index.ts'
import { releaseSandboxThreads, runInSandbox } from '../../src/runtime/index.ts'
import {
  HAND_BACK_BUDGET_MS, HEARTBEAT_FLOOR_MS, RESULT_RETRY_INITIAL_MS, RESULT_RETRY_MAX_MS,
  heartbeatIntervalMs, seedFor, startExecution
} from '../../src/worker/task-executor.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { ENVELOPE_OVERHEAD_BYTES, newContentKey, openOutput, sealContent, sealedSizeLimit, sealOutput } from '../../src/content/envelope.ts'
import {
  T0, advance, deferred, enableMockTimers, flush, makeAssign, makeSpec, runUntilAborted, sandboxResult, stubExecutor
} from './helpers.ts'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('task executor', () => {
  beforeEach(() => { enableMockTimers() })
  afterEach(() => { mock.timers.reset() })

  it('heartbeats every third of the lease, never more often than the floor', () => {
    assert.equal(heartbeatIntervalMs(3_000), 1_000)
    assert.equal(heartbeatIntervalMs(90), HEARTBEAT_FLOOR_MS)
  })

  it('fetches, runs with the spec as given, signs and delivers the result', async () => {
    const stub = stubExecutor({ runSandbox: async () => sandboxResult('the output', 'the errors') })
    const assign = makeAssign('t1', { attempt: 2 })
    const ex = startExecution('coord', assign, stub.deps)
    assert.equal(ex.taskId, 't1')
    assert.equal(ex.attempt, 2)
    await ex.done

    assert.deepEqual(stub.fetches, [{ cid: 'bafk-module', maxBytes: 1_000 }, { cid: 'bafk-input', maxBytes: 500 }])
    assert.equal(stub.runs.length, 1)
    const task = stub.runs[0].task
    assert.deepEqual(task.module, bytes('module bytes'))
    assert.deepEqual(task.stdin, bytes('input bytes'))
    assert.deepEqual(task.args, ['a', 'b'])
    assert.deepEqual(task.env, { GREETING: 'hi' })
    assert.equal(task.memoryPages, 32)
    assert.equal(task.timeoutMs, 2_000)
    assert.equal(task.maxOutputBytes, 4_096)
    assert.deepEqual(task.seed, seedFor('t1'))
    assert.equal(task.programName, 't1')

    assert.equal(stub.receipts.length, 1)
    const r = stub.receipts[0]
    assert.equal(r.taskId, 't1')
    assert.equal(r.attempt, 2)
    assert.deepEqual(r.moduleHash, sha256(bytes('module bytes')))
    assert.deepEqual(r.inputHash, sha256(bytes('input bytes')))
    assert.deepEqual(r.outputHash, sha256(bytes('the output')))
    assert.deepEqual(r.stderrHash, sha256(bytes('the errors')))
    assert.equal(r.outputCid, `bafk-out-${'the output'.length}`)
    assert.equal(r.status, pb.ExecutionStatus.EXECUTION_STATUS_EXITED)
    assert.equal(r.exitCode, 0)
    assert.equal(r.workerPeerId, 'worker-1')
    assert.equal(r.coordinatorPeerId, 'coord')
    assert.deepEqual(r.assignmentNonce, assign.nonce, 'the receipt is bound to the Assign\'s nonce')
    assert.equal(r.timestampMs, T0, 'timestamp from the (mock) clock')
    assert.deepEqual(r.resources, { wallMs: 12, peakMemoryPages: 3, stdoutBytes: 10, stderrBytes: 10 })

    assert.equal(stub.results.length, 1)
    const { coordinator, result } = stub.results[0]
    assert.equal(coordinator, 'coord')
    assert.equal(result.taskId, 't1')
    assert.equal(result.attempt, 2)
    assert.deepEqual(result.stdout, bytes('the output'))
    assert.deepEqual(result.stderr, bytes('the errors'))
    assert.deepEqual(result.receipt?.signature, new Uint8Array(64))
    assert.notEqual(result.handedBack, true)
  })

  it('fetches no input when the spec names none', async () => {
    const stub = stubExecutor()
    await startExecution('coord', makeAssign('t1', { spec: makeSpec({ inputCid: '' }) }), stub.deps).done
    assert.deepEqual(stub.fetches.map(f => f.cid), ['bafk-module'])
    assert.deepEqual(stub.runs[0].task.stdin, new Uint8Array(0))
    assert.deepEqual(stub.receipts[0].inputHash, sha256(new Uint8Array(0)))
  })

  it('heartbeats every lease/3: phase "fetching" during the fetch, then "running"', async () => {
    const fetch = deferred<Uint8Array>()
    const run = deferred<ReturnType<typeof sandboxResult>>()
    const stub = stubExecutor({ runSandbox: async () => await run.promise })
    stub.deps.fetchContent = async () => await fetch.promise
    const ex = startExecution('coord', makeAssign('t1', { leaseMs: 3_000, spec: makeSpec({ inputCid: '' }) }), stub.deps)

    await advance(999)
    assert.equal(stub.heartbeats.length, 0, 'no heartbeat before lease/3')
    await advance(1)
    assert.deepEqual(stub.heartbeats.map(h => [h.hb.phase, h.atMs - T0]), [['fetching', 1_000]])
    await advance(1_000)
    assert.deepEqual(stub.heartbeats.map(h => h.hb.phase), ['fetching', 'fetching'])

    fetch.resolve(bytes('m'))
    await flush()
    assert.deepEqual(stub.heartbeats.map(h => h.hb.phase), ['fetching', 'fetching', 'running'], 'a heartbeat as soon as the run starts')
    await advance(1_000)
    assert.deepEqual(stub.heartbeats.map(h => [h.hb.phase, h.atMs - T0]).slice(3), [['running', 3_000]])
    assert.deepEqual(stub.heartbeats[0].hb, { taskId: 't1', attempt: 1, phase: 'fetching' })
    assert.equal(stub.heartbeats[0].coordinator, 'coord')

    run.resolve(sandboxResult())
    await ex.done
    const count = stub.heartbeats.length
    await advance(5_000)
    assert.equal(stub.heartbeats.length, count, 'heartbeats stop when the execution is done')
  })

  it('a heartbeat answered ok:false aborts the run and delivers nothing', async () => {
    let ok = true
    const stub = stubExecutor({ runSandbox: runUntilAborted, heartbeatAck: () => ({ ok, reason: 'no lease' }) })
    const ex = startExecution('coord', makeAssign(), stub.deps)
    await advance(1_000)
    assert.equal(stub.runs.length, 1)
    assert.equal(stub.runs[0].signal.aborted, false)
    ok = false
    await advance(1_000)
    assert.equal(stub.runs[0].signal.aborted, true)
    assert.match(String(stub.runs[0].signal.reason), /lease lost: no lease/)
    await ex.done
    assert.equal(stub.receipts.length, 0)
    assert.equal(stub.resultAttempts.length, 0)
  })

  it('a run that finishes after its lease was lost is not delivered', async () => {
    const run = deferred<ReturnType<typeof sandboxResult>>()
    const stub = stubExecutor({ runSandbox: async () => await run.promise, heartbeatAck: () => ({ ok: false, reason: 'no lease' }) })
    const ex = startExecution('coord', makeAssign(), stub.deps)
    await advance(1)
    run.resolve(sandboxResult())
    await ex.done
    assert.equal(stub.resultAttempts.length, 0)
  })

  it('a content fetch failure delivers nothing (the lease lapses)', async () => {
    const stub = stubExecutor()
    stub.content.delete('bafk-input')
    await startExecution('coord', makeAssign(), stub.deps).done
    assert.equal(stub.runs.length, 0)
    assert.equal(stub.resultAttempts.length, 0)
    const beats = stub.heartbeats.length
    await advance(5_000)
    assert.equal(stub.heartbeats.length, beats, 'no heartbeat after giving up: the lease lapses')
  })

  it('a fetch slower than fetchMs is abandoned', async () => {
    const stub = stubExecutor()
    let seen: AbortSignal | undefined
    stub.deps.fetchContent = async (_cid, _max, signal) => {
      seen = signal
      return await new Promise((_resolve, reject) => { signal.addEventListener('abort', () => { reject(signal.reason) }) })
    }
    const ex = startExecution('coord', makeAssign(), stub.deps)
    await advance(stub.deps.limits.fetchMs - 1)
    assert.equal(seen?.aborted, false)
    await advance(1)
    await ex.done
    assert.equal(seen?.aborted, true)
    assert.equal(stub.runs.length, 0)
    assert.equal(stub.resultAttempts.length, 0)
  })

  it('retries result delivery with backoff while the coordinator is unreachable', async () => {
    const stub = stubExecutor({
      sendResult: n => {
        if (n < 4) throw new Error('unreachable')
        return { ok: true, reason: '' }
      }
    })
    const ex = startExecution('coord', makeAssign(), stub.deps)
    await advance(10_000)
    await ex.done
    const d = RESULT_RETRY_INITIAL_MS
    assert.deepEqual(stub.resultAttempts.map(t => t - T0), [0, d, 3 * d, 7 * d])
    assert.equal(stub.results.length, 1, 'delivered on the fourth try')
  })

  it('gives up delivering after resultDeliveryMs; pauses never exceed the maximum', async () => {
    const stub = stubExecutor({ resultDeliveryMs: 10_000, sendResult: () => { throw new Error('unreachable') } })
    const ex = startExecution('coord', makeAssign(), stub.deps)
    let settled = false
    void ex.done.then(() => { settled = true })
    await advance(20_000, 100)
    assert.equal(settled, true)
    const times = stub.resultAttempts.map(t => t - T0)
    // 0, 200, 600, 1400, 3000, 6000, 9000; the next (12000) would be past the 10 s budget
    assert.deepEqual(times, [0, 200, 600, 1_400, 3_000, 6_000, 9_000])
    const gaps = times.slice(1).map((t, i) => t - times[i])
    assert.ok(gaps.every(g => g <= RESULT_RETRY_MAX_MS))
  })

  it('an aborted run with handBack set delivers handedBack: true', async () => {
    const stub = stubExecutor({ runSandbox: runUntilAborted })
    const ex = startExecution('coord', makeAssign('t7', { attempt: 3 }), stub.deps)
    await advance(10)
    assert.equal(stub.runs.length, 1)
    ex.handBack = true
    ex.controller.abort(new Error('worker shutting down'))
    await ex.done
    assert.equal(stub.receipts.length, 0)
    assert.deepEqual(stub.results.map(r => r.result), [{ taskId: 't7', attempt: 3, handedBack: true }])
  })

  it('a hand-back is retried for at most the hand-back budget', async () => {
    const stub = stubExecutor({ runSandbox: runUntilAborted, sendResult: () => { throw new Error('unreachable') } })
    const ex = startExecution('coord', makeAssign(), stub.deps)
    await advance(10)
    ex.handBack = true
    ex.controller.abort(new Error('worker shutting down'))
    await advance(HAND_BACK_BUDGET_MS * 2, 100)
    await ex.done
    const last = stub.resultAttempts.at(-1)! - stub.resultAttempts[0]
    assert.ok(stub.resultAttempts.length > 1)
    assert.ok(last <= HAND_BACK_BUDGET_MS, `last hand-back try ${last} ms after the first`)
  })

  it('an aborted run without handBack delivers nothing', async () => {
    const stub = stubExecutor({ runSandbox: runUntilAborted })
    const ex = startExecution('coord', makeAssign(), stub.deps)
    await advance(10)
    ex.controller.abort(new Error('stop'))
    await ex.done
    assert.equal(stub.resultAttempts.length, 0)
  })
})

describe('task executor with sealed content (src/content/envelope.ts)', () => {
  beforeEach(() => { enableMockTimers() })
  afterEach(() => { mock.timers.reset() })

  const key = newContentKey()
  /** a stub whose content is sealed with `sealKey`, recording what it stores */
  async function sealedStub (sealKey = key): Promise<{ stub: ReturnType<typeof stubExecutor>, added: Uint8Array[] }> {
    const stub = stubExecutor({ runSandbox: async () => sandboxResult('the output', 'the errors') })
    stub.content.set('bafk-module', await sealContent(sealKey, bytes('module bytes'), 'module'))
    stub.content.set('bafk-input', await sealContent(sealKey, bytes('input bytes'), 'input'))
    const added: Uint8Array[] = []
    stub.deps.addContent = async b => { added.push(b); return `bafk-out-${b.byteLength}` }
    return { stub, added }
  }

  it('opens module and input with the Assign\'s key, runs the plaintext, stores the output sealed for this assignment', async () => {
    const { stub, added } = await sealedStub()
    const assign = makeAssign('t1', { attempt: 2, spec: makeSpec({ contentKey: key }) })
    await startExecution('coord', assign, stub.deps).done
    // fetch caps allow the envelope's overhead over the plaintext limits
    assert.deepEqual(stub.fetches, [{ cid: 'bafk-module', maxBytes: sealedSizeLimit(1_000) }, { cid: 'bafk-input', maxBytes: sealedSizeLimit(500) }])
    assert.deepEqual(stub.runs[0].task.module, bytes('module bytes'))
    assert.deepEqual(stub.runs[0].task.stdin, bytes('input bytes'))
    // receipts hash the plaintext; the stored output is the envelope for (task, attempt, nonce)
    const r = stub.receipts[0]
    assert.deepEqual(r.moduleHash, sha256(bytes('module bytes')))
    assert.deepEqual(r.inputHash, sha256(bytes('input bytes')))
    assert.deepEqual(r.outputHash, sha256(bytes('the output')))
    assert.equal(added.length, 1)
    const ctx = { taskId: 't1', attempt: 2, assignmentNonce: assign.nonce }
    assert.deepEqual(added[0], await sealOutput(key, ctx, bytes('the output')))
    assert.deepEqual(await openOutput(key, ctx, added[0]), bytes('the output'))
    assert.equal(r.outputCid, `bafk-out-${'the output'.length + ENVELOPE_OVERHEAD_BYTES}`)
    // the coordinator still gets the plaintext over its stream
    assert.deepEqual(stub.results[0].result.stdout, bytes('the output'))
  })

  it('a wrong key runs nothing and delivers a result that names the authentication failure, without a receipt', async () => {
    const { stub, added } = await sealedStub(newContentKey())
    const ex = startExecution('coord', makeAssign('t1', { spec: makeSpec({ contentKey: key }) }), stub.deps)
    await ex.done
    assert.equal(stub.runs.length, 0)
    assert.equal(stub.receipts.length, 0)
    assert.equal(added.length, 0)
    assert.equal(stub.results.length, 1)
    const { result } = stub.results[0]
    assert.equal(result.receipt, undefined)
    assert.equal(result.handedBack, undefined)
    assert.match(result.error!, /^task content does not open with the assigned content key \(authentication-failed\): module envelope failed authentication/)
  })

  it('tampered input (one flipped bit) fails the same way', async () => {
    const { stub } = await sealedStub()
    const tampered = Uint8Array.from(stub.content.get('bafk-input')!)
    tampered[tampered.byteLength - 1] ^= 0x80
    stub.content.set('bafk-input', tampered)
    await startExecution('coord', makeAssign('t1', { spec: makeSpec({ contentKey: key }) }), stub.deps).done
    assert.equal(stub.runs.length, 0)
    assert.match(stub.results[0].result.error!, /\(authentication-failed\): input envelope failed authentication/)
  })

  it('plaintext content given a key (truncated as an envelope) is refused by name', async () => {
    const stub = stubExecutor()
    stub.content.set('bafk-module', bytes('short'))
    await startExecution('coord', makeAssign('t1', { spec: makeSpec({ contentKey: key }) }), stub.deps).done
    assert.equal(stub.runs.length, 0)
    assert.match(stub.results[0].result.error!, /\(truncated\): module envelope of 5 bytes is shorter than the 29 bytes/)
  })
})

describe('task executor: inline content and stated hashes', () => {
  beforeEach(() => { enableMockTimers() })
  afterEach(() => { mock.timers.reset() })

  const hashes = { moduleSha256: sha256(bytes('module bytes')), inputSha256: sha256(bytes('input bytes')) }

  it('runs inline content without fetching anything; the receipt hashes what ran', async () => {
    const key = newContentKey()
    const stub = stubExecutor({ runSandbox: async () => sandboxResult('the output') })
    const assign = makeAssign('t1', { spec: makeSpec({ ...hashes, contentKey: key }), content: { module: bytes('module bytes'), input: bytes('input bytes') } })
    await startExecution('coord', assign, stub.deps).done
    assert.deepEqual(stub.fetches, [])
    assert.deepEqual(stub.runs[0].task.module, bytes('module bytes'))
    assert.deepEqual(stub.runs[0].task.stdin, bytes('input bytes'))
    assert.deepEqual(stub.receipts[0].moduleHash, hashes.moduleSha256)
    assert.deepEqual(stub.receipts[0].inputHash, hashes.inputSha256)
    // the output is still sealed for this assignment (the task has a key)
    assert.equal(stub.receipts[0].outputCid, `bafk-out-${'the output'.length + ENVELOPE_OVERHEAD_BYTES}`)
  })

  it('sends no running heartbeat for inline content (its AssignAck said running); fetched content still gets one (issue 9)', async () => {
    const inline = stubExecutor({ runSandbox: async () => sandboxResult('the output') })
    await startExecution('coord', makeAssign('t1', { spec: makeSpec(hashes), content: { module: bytes('module bytes'), input: bytes('input bytes') } }), inline.deps).done
    assert.equal(inline.results.length, 1)
    assert.deepEqual(inline.heartbeats, [], 'a task shorter than the heartbeat period sends none at all')
    const fetched = stubExecutor({ runSandbox: async () => sandboxResult('the output') })
    await startExecution('coord', makeAssign('t1'), fetched.deps).done
    assert.deepEqual(fetched.heartbeats.map(h => h.hb.phase), ['running'])
  })

  it('inline bytes that do not match the spec\'s hashes (a lying coordinator) run nothing and sign nothing', async () => {
    for (const [what, content] of [['module', { module: bytes('other module'), input: bytes('input bytes') }], ['input', { module: bytes('module bytes'), input: bytes('other input') }]] as const) {
      const stub = stubExecutor()
      await startExecution('coord', makeAssign('t1', { spec: makeSpec(hashes), content }), stub.deps).done
      assert.equal(stub.runs.length, 0)
      assert.equal(stub.receipts.length, 0)
      const { result } = stub.results[0]
      assert.equal(result.receipt, undefined)
      assert.match(result.error!, new RegExp(`^assigned ${what} \\(\\d+ bytes, SHA-256 [0-9a-f]{64}\\) is not the task's ${what} \\(SHA-256 ${Buffer.from(hashes[`${what}Sha256`]).toString('hex')}\\)$`))
    }
  })

  it('fetched content is checked against the stated hashes too', async () => {
    const stub = stubExecutor()
    stub.content.set('bafk-module', bytes('swapped module'))
    await startExecution('coord', makeAssign('t1', { spec: makeSpec(hashes) }), stub.deps).done
    assert.equal(stub.runs.length, 0)
    assert.match(stub.results[0].result.error!, /^assigned module \(14 bytes/)
  })

  it('a module this worker ran before (same stated hash) is not fetched again; only matching modules are kept', async () => {
    const key = newContentKey()
    const cache = new Map<string, Uint8Array>()
    const modules = { get: (h: string) => cache.get(h), set: (h: string, m: Uint8Array) => { cache.set(h, m) } }
    const first = stubExecutor()
    first.deps.modules = modules
    first.content.set('bafk-module', await sealContent(key, bytes('module bytes'), 'module'))
    first.content.set('bafk-input', await sealContent(key, bytes('input bytes'), 'input'))
    await startExecution('coord', makeAssign('t1', { spec: makeSpec({ ...hashes, contentKey: key }) }), first.deps).done
    assert.deepEqual(first.fetches.map(f => f.cid), ['bafk-module', 'bafk-input'])
    assert.deepEqual([...cache.keys()], [Buffer.from(hashes.moduleSha256).toString('hex')])

    const second = stubExecutor()
    second.deps.modules = modules
    second.content.set('bafk-input', await sealContent(key, bytes('input bytes'), 'input'))
    await startExecution('coord', makeAssign('t2', { spec: makeSpec({ ...hashes, contentKey: key }) }), second.deps).done
    assert.deepEqual(second.fetches.map(f => f.cid), ['bafk-input'], 'the module came from the cache')
    assert.deepEqual(second.runs[0].task.module, bytes('module bytes'))
    assert.deepEqual(second.receipts[0].moduleHash, hashes.moduleSha256)

    // a module that failed its hash check is not cached
    const third = stubExecutor()
    const empty = new Map<string, Uint8Array>()
    third.deps.modules = { get: h => empty.get(h), set: (h, m) => { empty.set(h, m) } }
    third.content.set('bafk-module', bytes('swapped module'))
    await startExecution('coord', makeAssign('t3', { spec: makeSpec(hashes) }), third.deps).done
    assert.equal(empty.size, 0)
  })

  it('a spec without stated hashes (an older coordinator) runs what it fetched', async () => {
    const stub = stubExecutor()
    await startExecution('coord', makeAssign('t1'), stub.deps).done
    assert.equal(stub.runs.length, 1)
  })
})

describe('task executor with the real sandbox', () => {
  afterEach(async () => { await releaseSandboxThreads() })

  it('runs test/fixtures/hello.wasm and delivers its output', async () => {
    const module = await readFixture('hello')
    const stub = stubExecutor({ runSandbox: async (task, signal) => await runInSandbox(task, { signal }) })
    stub.content.set('bafk-module', module)
    await startExecution('coord', makeAssign('hello-task', { spec: makeSpec({ inputCid: '', args: ['x'], env: { GREETING: 'hey' } }) }), stub.deps).done
    assert.equal(stub.results.length, 1)
    const { result } = stub.results[0]
    assert.equal(new TextDecoder().decode(result.stdout!), 'hello from wasm\nx\nGREETING=hey\n')
    assert.equal(stub.receipts[0].status, pb.ExecutionStatus.EXECUTION_STATUS_EXITED)
    assert.deepEqual(stub.receipts[0].moduleHash, sha256(module))
    assert.deepEqual(stub.receipts[0].outputHash, sha256(result.stdout!))
  })
})
