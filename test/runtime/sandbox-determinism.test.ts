/**
 * Deterministic execution: randomness comes from the task seed and time is virtual, so two runs of
 * one task give the same bytes, whatever the host's clock and entropy.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { releaseSandboxThreads, runInSandbox, VIRTUAL_EPOCH_NS } from '../../src/runtime/index.ts'
import { fixtureTask, testSeed } from '../helpers/fixtures.ts'

const lines = (bytes: Uint8Array): string[] => Buffer.from(bytes).toString().trimEnd().split('\n')

describe('deterministic WASI', () => {
  after(async () => { await releaseSandboxThreads() })

  it('two runs with one seed print identical random bytes and clocks', async () => {
    const task = await fixtureTask('entropy', { seed: testSeed('task-1') })
    const first = await runInSandbox(task)
    const second = await runInSandbox(task)
    assert.equal(first.outcome, 'exited', first.error)
    assert.ok(Buffer.from(first.stdout).equals(Buffer.from(second.stdout)))
    assert.match(lines(first.stdout)[0], /^random: [0-9a-f]{64}$/)
  })

  it('another seed gives other random bytes but the same clocks', async () => {
    const a = lines((await runInSandbox(await fixtureTask('entropy', { seed: testSeed('task-1') }))).stdout)
    const b = lines((await runInSandbox(await fixtureTask('entropy', { seed: testSeed('task-2') }))).stdout)
    assert.notEqual(a[0], b[0])
    assert.deepEqual(a.slice(1), b.slice(1))
  })

  it('clocks start at the virtual epoch, advance per reading, and sleep takes no real time', async () => {
    // entropy sleeps 5 s between two clock readings; a 3 s limit proves the sleep is virtual
    const result = await runInSandbox(await fixtureTask('entropy', { timeoutMs: 3000 }))
    assert.equal(result.outcome, 'exited', result.error)
    const epoch = VIRTUAL_EPOCH_NS / 1_000_000_000n
    assert.deepEqual(lines(result.stdout).slice(1), [
      `realtime: ${epoch}.001000000`,
      'monotonic: 0.002000000',
      `realtime: ${epoch + 5n}.003000000`,
      'monotonic: 5.004000000',
      `time: ${epoch + 5n}`
    ])
  })

  it('concurrent runs of one task agree', async () => {
    const task = await fixtureTask('entropy', { seed: testSeed('concurrent') })
    const results = await Promise.all([1, 2, 3, 4].map(async () => await runInSandbox(task)))
    for (const r of results) assert.ok(Buffer.from(r.stdout).equals(Buffer.from(results[0].stdout)))
  })
})
