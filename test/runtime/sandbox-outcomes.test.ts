/**
 * runInSandbox on the real fixture modules: one test per outcome, plus isolation (a spinning task
 * does not stall others) and aborts.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, describe, it } from 'node:test'
import { InvalidSandboxTaskError, releaseSandboxThreads, runInSandbox } from '../../src/runtime/index.ts'
import { fixtureTask } from '../helpers/fixtures.ts'

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8')

describe('runInSandbox outcomes', () => {
  after(async () => { await releaseSandboxThreads() })

  it('hello: exits 0 and prints its args and $GREETING', async () => {
    const result = await runInSandbox(await fixtureTask('hello', { args: ['one', 'two words'], env: { GREETING: 'bonjour' } }))
    assert.equal(result.outcome, 'exited')
    assert.equal(result.exitCode, 0)
    assert.equal(text(result.stdout), 'hello from wasm\none\ntwo words\nGREETING=bonjour\n')
    assert.equal(result.stderr.length, 0)
    assert.equal(result.error, undefined)
    assert.ok(result.peakMemoryPages >= 1)
  })

  it('hello: passes no host environment', async () => {
    process.env.GREETING = 'from the host'
    try {
      const result = await runInSandbox(await fixtureTask('hello'))
      assert.equal(text(result.stdout), 'hello from wasm\n')
    } finally {
      delete process.env.GREETING
    }
  })

  it('host_probe: no file system, no stray descriptors, no host environment', async () => {
    const result = await runInSandbox(await fixtureTask('host_probe'))
    assert.equal(result.outcome, 'exited', result.error)
    const lines = text(result.stdout).trimEnd().split('\n')
    assert.equal(lines.length, 7)
    for (const line of lines) assert.match(line, /: refused$/)
    assert.equal(existsSync('probe.txt'), false)
  })

  it('exit_code: reports the exit code and stderr', async () => {
    const result = await runInSandbox(await fixtureTask('exit_code', { args: ['42'] }))
    assert.equal(result.outcome, 'exited')
    assert.equal(result.exitCode, 42)
    assert.equal(text(result.stderr), 'exiting with code 42\n')
    assert.equal(result.stdout.length, 0)

    const byDefault = await runInSandbox(await fixtureTask('exit_code'))
    assert.equal(byDefault.exitCode, 3)
  })

  it('trap: abort() is a trap, output before it is kept', async () => {
    const result = await runInSandbox(await fixtureTask('trap'))
    assert.equal(result.outcome, 'trapped')
    assert.equal(result.exitCode, -1)
    assert.equal(text(result.stdout), 'about to trap\n')
    assert.match(result.error ?? '', /unreachable/)
  })

  it('spin: times out, keeps its output, and the next task still runs', async () => {
    const result = await runInSandbox(await fixtureTask('spin', { timeoutMs: 300 }))
    assert.equal(result.outcome, 'timed_out')
    assert.equal(result.exitCode, -1)
    assert.equal(text(result.stdout), 'spinning\n')
    assert.ok(result.wallMs > 0)
    assert.match(result.error ?? '', /300 ms/)

    const next = await runInSandbox(await fixtureTask('trivial'))
    assert.equal(next.outcome, 'exited')
    assert.equal(text(next.stdout), 'ok\n')
  })

  it('spin: does not stall other tasks running at the same time', async () => {
    const order: string[] = []
    const spinning = runInSandbox(await fixtureTask('spin', { timeoutMs: 3000 })).then(r => { order.push('spin'); return r })
    const quick = await Promise.all([1, 2, 3].map(async i => {
      const r = await runInSandbox(await fixtureTask('hello', { args: [`task ${i}`] }))
      order.push(`hello ${i}`)
      return r
    }))
    for (const [i, r] of quick.entries()) assert.equal(text(r.stdout), `hello from wasm\ntask ${i + 1}\n`)
    assert.equal((await spinning).outcome, 'timed_out')
    assert.equal(order.at(-1), 'spin', 'the quick tasks finished while the spinning one ran')
  })

  it('alloc_bomb: memory_exceeded at the page limit', async () => {
    const result = await runInSandbox(await fixtureTask('alloc_bomb', { memoryPages: 256 }))
    assert.equal(result.outcome, 'memory_exceeded')
    assert.ok(result.peakMemoryPages <= 256, `peak ${result.peakMemoryPages} pages within the limit`)
    assert.ok(result.peakMemoryPages > 200, `peak ${result.peakMemoryPages} pages: it really used the memory`)
    assert.match(text(result.stderr), /^malloc failed after 1[0-9] MiB\n$/)
    assert.match(result.error ?? '', /memory\.grow of \d+ pages refused/)
  })

  it('no_start: a reactor is an invalid module', async () => {
    const result = await runInSandbox(await fixtureTask('no_start'))
    assert.equal(result.outcome, 'invalid_module')
    assert.match(result.error ?? '', /no _start export.*reactor/)
    assert.equal(result.wallMs, 0)
  })

  it('not_wasm: a text file is an invalid module', async () => {
    const result = await runInSandbox(await fixtureTask('not_wasm'))
    assert.equal(result.outcome, 'invalid_module')
    assert.match(result.error ?? '', /not a WebAssembly binary/)
  })

  it('output over the cap: output_exceeded, bytes up to the cap kept', async () => {
    const small = await runInSandbox(await fixtureTask('hello', { maxOutputBytes: 10 }))
    assert.equal(small.outcome, 'output_exceeded')
    assert.equal(text(small.stdout), 'hello from')
    assert.match(small.error ?? '', /stdout exceeded the limit of 10 bytes/)

    const big = await runInSandbox(await fixtureTask('primes', { args: ['200000', 'list'], maxOutputBytes: 64 * 1024 }))
    assert.equal(big.outcome, 'output_exceeded')
    assert.equal(big.stdout.length, 64 * 1024)
    assert.ok(text(big.stdout).startsWith('2\n3\n5\n7\n11\n'))

    const stderrCapped = await runInSandbox(await fixtureTask('exit_code', { maxOutputBytes: 5 }))
    assert.equal(stderrCapped.outcome, 'output_exceeded')
    assert.equal(text(stderrCapped.stderr), 'exiti')
  })

  it('output exactly at the cap is fine', async () => {
    const result = await runInSandbox(await fixtureTask('trivial', { maxOutputBytes: 3 }))
    assert.equal(result.outcome, 'exited')
    assert.equal(text(result.stdout), 'ok\n')
  })

  it('a programName does not shift the arguments', async () => {
    // exit_code parses argv[1]; a programName must not shift the arguments
    const result = await runInSandbox(await fixtureTask('exit_code', { programName: 'custom', args: ['7'] }))
    assert.equal(result.exitCode, 7)
  })

  it('an aborted run rejects with the reason and frees its thread', async () => {
    const controller = new AbortController()
    const running = runInSandbox(await fixtureTask('spin', { timeoutMs: 60_000 }), { signal: controller.signal })
    setTimeout(() => { controller.abort(new Error('stop now')) }, 200)
    await assert.rejects(running, /stop now/)
    await assert.rejects(runInSandbox(await fixtureTask('trivial'), { signal: AbortSignal.abort() }), { name: 'AbortError' })
    const next = await runInSandbox(await fixtureTask('trivial'))
    assert.equal(next.outcome, 'exited')
  })

  it('bad task fields reject with InvalidSandboxTaskError', async () => {
    const task = await fixtureTask('trivial')
    await assert.rejects(runInSandbox({ ...task, seed: new Uint8Array(5) }), InvalidSandboxTaskError)
    await assert.rejects(runInSandbox({ ...task, memoryPages: 0 }), { name: 'InvalidSandboxTaskError' })
    await assert.rejects(runInSandbox({ ...task, memoryPages: 65537 }), { name: 'InvalidSandboxTaskError' })
    await assert.rejects(runInSandbox({ ...task, timeoutMs: 0 }), { name: 'InvalidSandboxTaskError' })
    await assert.rejects(runInSandbox({ ...task, env: { 'A=B': 'x' } }), { name: 'InvalidSandboxTaskError' })
  })
})
