/**
 * What `submit`/`result` print: progress lines, the `--json` object (with and
 * without `--out`), the success rule behind exit 0 (a cancelled task is no
 * success), and the status table's explanation of each candidate.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import type { TaskResult, TaskStatus } from '../../src/client/index.ts'
import { createProgressPrinter, progressLine } from '../../src/cli/output/progress.ts'
import { isSuccess, resultJson, summaryLine } from '../../src/cli/output/task-output.ts'
import { formatStatus } from '../../src/cli/cmds/status/handler.ts'

const WORKER = '12D3KooWLw3uadQyFAyNa7HfQRY87JasGgyQ3mQ5EWcZYi7QA2cN'

function result (overrides: Partial<TaskResult> = {}): TaskResult {
  return {
    taskId: 'a'.repeat(32),
    status: 'completed',
    exitCode: 0,
    worker: WORKER,
    moduleCid: 'bafkm',
    inputCid: '',
    outputCid: 'bafko',
    verified: true,
    stdout: new TextEncoder().encode('out\n'),
    stderr: '',
    reason: 'exited with code 0',
    attempts: 1,
    price: 10,
    replicas: [],
    verification: 'none',
    timings: { submittedAtMs: 1, queuedMs: 2, executionMs: 3, totalMs: 4, clientMs: 5 },
    receipt: { valid: true, invalidReason: '' } as TaskResult['receipt'],
    ...overrides
  }
}

test('progress lines name the step, the reason, the bids and the worker', () => {
  const base = { taskId: 't', timestampMs: 0, attempt: 1, reason: '' }
  assert.equal(progressLine({ ...base, type: 'queued', reason: 'no capable worker' }), 'queued (no capable worker)')
  assert.equal(progressLine({ ...base, type: 'offered' }), 'offered (attempt 1)')
  assert.equal(progressLine({ ...base, type: 'bid', worker: WORKER, bids: 2 }), '2 bids (latest from 12D3KooW…7QA2cN)')
  assert.equal(progressLine({ ...base, type: 'assigned', worker: WORKER, bids: 2 }), 'assigned to 12D3KooW…7QA2cN out of 2 bids')
  assert.equal(progressLine({ ...base, type: 'running', worker: WORKER }), 'running on 12D3KooW…7QA2cN')
})

test('the printer shows one line per event but done (the summary reports the end), and nothing when disabled', () => {
  const lines = (events: Parameters<ReturnType<typeof createProgressPrinter>>[0][], enabled = true): string[] => {
    const stream = new PassThrough()
    const print = createProgressPrinter(stream, enabled)
    for (const e of events) print(e)
    return String(stream.read() ?? '').split('\n').filter(l => l !== '').map(l => l.replace(/^\[\s*[\d.]+s\] /, ''))
  }
  const base = { taskId: 't', timestampMs: 0, attempt: 1, reason: '' }
  const done = { ...base, type: 'done' as const, result: result() }
  assert.deepEqual(lines([{ ...base, type: 'accepted' }, { ...base, type: 'retry', worker: WORKER, reason: 'lease lost' }, done]), ['accepted as task t', 'retry: lease lost'])
  assert.deepEqual(lines([done, { ...done, result: result({ status: 'cancelled' }) }]), [])
  assert.deepEqual(lines([{ ...base, type: 'accepted' }, done], false), [])
})

test('--json carries stdout as text and base64 without --out, the file path with it', () => {
  const json = resultJson(result())
  assert.equal(json.stdout, 'out\n')
  assert.equal(json.stdoutBase64, Buffer.from('out\n').toString('base64'))
  assert.equal(json.success, true)
  const binary = resultJson(result({ stdout: new Uint8Array([0xff, 0xfe]) }))
  assert.equal(binary.stdout, null)
  assert.equal(binary.stdoutBase64, '//4=')
  const withOut = resultJson(result(), 'x.out')
  assert.equal('stdout' in withOut, false)
  assert.equal('stdoutBase64' in withOut, false)
  assert.match(String(withOut.stdoutFile), /x\.out$/)
  assert.equal(withOut.stdoutBytes, 4)
})

test('success (exit 0) needs completed, verified and a receipt the client checked', () => {
  assert.equal(isSuccess(result()), true)
  assert.equal(isSuccess(result({ verified: false })), false)
  assert.equal(isSuccess(result({ status: 'failed', exitCode: 1 })), false)
  assert.equal(isSuccess(result({ receipt: null })), false)
  assert.equal(isSuccess(result({ receipt: { valid: false, invalidReason: 'x' } as TaskResult['receipt'] })), false)
  assert.match(summaryLine(result({ status: 'rejected', reason: 'invalid module' })), /rejected: invalid module$/)
})

test('a cancelled task is not a success; its summary gives the reason and the attempts', () => {
  const cancelled = result({ status: 'cancelled', exitCode: -1, verified: false, receipt: null, reason: 'cancelled by its client: no longer needed' })
  assert.equal(isSuccess(cancelled), false)
  assert.equal(resultJson(cancelled).status, 'cancelled')
  assert.equal(resultJson(cancelled).success, false)
  assert.match(summaryLine(cancelled), /^task a{32} cancelled: cancelled by its client: no longer needed \(1 attempt, total 4 ms\)$/)
  assert.match(summaryLine({ ...cancelled, reason: '', attempts: 0 }), /^task a{32} cancelled \(0 attempts/)
})

test('status explains why the winner won and the others lost', () => {
  const status: TaskStatus = {
    taskId: 't', state: 'completed', reason: '', attempts: 1, worker: 'w1', moduleCid: 'm', inputCid: '', args: [], env: {},
    limits: { memoryPages: 16, executionMs: 1000, maxOutputBytes: 1, queueMs: 1, bidWindowMs: 1, totalMs: 1, maxPrice: 1 },
    decisions: [{
      attempt: 1, decidedAtMs: 0, outcome: 'completed',
      candidates: [
        { worker: 'w1', score: 0.9, health: 1, reputation: 1, priceScore: 1, loadScore: 1, price: 1, chosen: true, note: '' },
        { worker: 'w2', score: 0.5, health: 1, reputation: 0, priceScore: 1, loadScore: 1, price: 1, chosen: false, note: '' },
        { worker: 'w3', score: 0, health: 0, reputation: 0, priceScore: 0, loadScore: 0, price: 0, chosen: false, note: 'circuit breaker open' }
      ]
    }],
    result: null, updatedAtMs: 0, clientPeerId: 'c', replicas: [], verification: 'adaptive'
  }
  const text = formatStatus(status)
  assert.match(text, /\*\s+w1 .*chosen: highest score/)
  assert.match(text, /w2 .*lower score than the winner \(0\.500 < 0\.900\)/)
  assert.match(text, /w3 .*circuit breaker open/)
})
