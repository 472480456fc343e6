/**
 * SandboxPool on real threads and real fixture modules: threads are reused across tasks, a reused
 * thread leaks nothing of one task into the next (memory, output, arguments, environment, stdin,
 * seed), traps and stack overflows keep the thread, and a timeout or heap exhaustion throws the
 * thread away without delaying tasks on other threads; later tasks still run. Past its size a task
 * waits for a thread. Modules are compiled once per hash and memory limit.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it, mock } from 'node:test'
import { promisify } from 'node:util'
import { runInSandbox, SandboxPool } from '../../src/runtime/index.ts'
import type { SandboxResult, SandboxTask } from '../../src/runtime/index.ts'
import { fixtureTask, testSeed } from '../helpers/fixtures.ts'

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8')

/** A leak_probe task whose every input carries `label` in a MARK{...} string. */
async function probe (label: string, extraArgs: string[] = []): Promise<SandboxTask> {
  return await fixtureTask('leak_probe', {
    args: [`MARK{arg-${label}}`, ...extraArgs],
    env: { TOKEN: `MARK{env-${label}}` },
    stdin: new TextEncoder().encode(`MARK{stdin-${label}}`),
    seed: testSeed(`seed-${label}`),
    memoryPages: 64
  })
}

describe('SandboxPool', () => {
  const pools: SandboxPool[] = []
  const newPool = (size: number): SandboxPool => {
    const pool = new SandboxPool({ size })
    pools.push(pool)
    return pool
  }
  after(async () => { await Promise.all(pools.map(async p => { await p.close() })) })

  it('runs many tasks on one thread and compiles a module once per hash and memory limit', async () => {
    const pool = newPool(1)
    for (const arg of ['one', 'two', 'three']) {
      const r = await runInSandbox(await fixtureTask('hello', { args: [arg] }), { pool })
      assert.equal(text(r.stdout), `hello from wasm\n${arg}\n`)
    }
    assert.equal(pool.stats.spawned, 1, 'one thread ran all three')
    assert.equal(pool.stats.compiled, 1, 'compiled once')
    await runInSandbox(await fixtureTask('hello', { memoryPages: 512 }), { pool })
    assert.equal(pool.stats.compiled, 2, 'another memory limit patches other bytes: compiled again')
    assert.equal(pool.stats.spawned, 1)
  })

  it('a reused thread shows a task nothing of the previous one: memory, output, args, env, stdin, seed', async () => {
    const pool = newPool(1)
    // A writes more output than B, marks a static buffer and 256 KiB of heap, and is never freed
    const a = await runInSandbox(await probe('A', ['padding so that A prints more than B does']), { pool })
    assert.equal(a.outcome, 'exited', a.error)
    const b = await runInSandbox(await probe('B'), { pool })
    assert.equal(b.outcome, 'exited', b.error)
    assert.equal(pool.stats.spawned, 1, 'B ran on the thread A ran on')

    const out = text(b.stdout)
    assert.match(out, /^stash: \n/, 'the static buffer A filled is empty again')
    const found = [...out.matchAll(/^found: (.*)$/gm)].map(m => m[1]).sort()
    assert.deepEqual(found, ['MARK{arg-B}', 'MARK{env-B}'], 'the probe sees its own marks in memory and none of A\'s')
    assert.ok(!out.includes('-A}') && !text(b.stderr).includes('-A}'), 'nothing of A in B\'s output')
    const randomOf = (r: SandboxResult): string => /^random: ([0-9a-f]{32})$/m.exec(text(r.stdout))![1]
    assert.notEqual(randomOf(a), randomOf(b))

    // the strongest check: B on a reused thread prints exactly what B prints on a fresh pool
    const fresh = await runInSandbox(await probe('B'), { pool: newPool(1) })
    assert.equal(out, text(fresh.stdout))
    assert.deepEqual(b.stderr, fresh.stderr)
    assert.equal(b.exitCode, fresh.exitCode)
  })

  it('a trap and a stack overflow keep the thread; the next task runs on it', async () => {
    const pool = newPool(1)
    const trapped = await runInSandbox(await fixtureTask('trap'), { pool })
    assert.equal(trapped.outcome, 'trapped')
    const overflow = await runInSandbox(await fixtureTask('recurse'), { pool })
    assert.equal(overflow.outcome, 'trapped')
    assert.equal(overflow.error, 'stack overflow')
    assert.equal(text(overflow.stdout), 'descending\n')
    const next = await runInSandbox(await fixtureTask('hello'), { pool })
    assert.equal(next.outcome, 'exited')
    assert.equal(text(next.stdout), 'hello from wasm\n')
    assert.equal(pool.stats.spawned, 1)
  })

  it('a spinning program is stopped at its timeout without delaying tasks on the other thread, and its thread is replaced', async () => {
    const pool = newPool(2)
    await runInSandbox(await fixtureTask('trivial'), { pool }) // both threads started (one as the spare)
    assert.equal(pool.stats.spawned, 2)
    const order: string[] = []
    const spinning = runInSandbox(await fixtureTask('spin', { timeoutMs: 3_000 }), { pool }).then(r => { order.push('spin'); return r })
    for (let i = 0; i < 5; i++) {
      const r = await runInSandbox(await fixtureTask('hello', { args: [`quick ${i}`] }), { pool })
      assert.equal(text(r.stdout), `hello from wasm\nquick ${i}\n`)
      order.push(`quick ${i}`)
    }
    assert.deepEqual(order, ['quick 0', 'quick 1', 'quick 2', 'quick 3', 'quick 4'], 'every quick task ended while the program spun')
    const spun = await spinning
    assert.equal(spun.outcome, 'timed_out')
    assert.equal(text(spun.stdout), 'spinning\n')
    assert.equal(pool.stats.spawned, 3, 'the terminated thread was replaced at once')
    assert.equal(pool.stats.threads, 2)

    const later = await Promise.all([1, 2].map(async i => await runInSandbox(await fixtureTask('hello', { args: [`after ${i}`] }), { pool })))
    for (const [i, r] of later.entries()) assert.equal(text(r.stdout), `hello from wasm\nafter ${i + 1}\n`)
    assert.equal(pool.stats.spawned, 3, 'two tasks at once ran on the two pooled threads')
    assert.equal(pool.stats.threads, 2)
  })

  it('a task that exhausts the thread\'s heap ends memory_exceeded; the thread is replaced and later tasks run', async () => {
    const pool = newPool(1)
    await runInSandbox(await fixtureTask('trivial'), { pool })
    // 160 MB of arguments cannot be copied into a sandbox thread's 64 MiB heap
    const huge = Array.from({ length: 40 }, (_, i) => `${i}`.padEnd(4_000_000, 'x'))
    const exhausted = await runInSandbox(await fixtureTask('hello', { args: huge }), { pool })
    assert.equal(exhausted.outcome, 'memory_exceeded')
    assert.match(exhausted.error ?? '', /heap limit/)
    const next = await runInSandbox(await fixtureTask('hello', { args: ['still here'] }), { pool })
    assert.equal(text(next.stdout), 'hello from wasm\nstill here\n')
    assert.equal(pool.stats.spawned, 2, 'one new thread replaced the exhausted one')
    assert.equal(pool.stats.threads, 1)
  })

  it('past its size a task waits for a thread (its timeout not counting the wait); an abort frees the thread; close ends idle threads and the pool stays usable', async () => {
    const pool = newPool(1)
    await runInSandbox(await fixtureTask('trivial'), { pool }) // the thread is loaded, so the spin below starts at once
    const controller = new AbortController()
    const running = runInSandbox(await fixtureTask('spin', { timeoutMs: 60_000 }), { pool, signal: controller.signal })
    let waited = false
    // a 1 s timeout: it would end timed_out if the 1.5 s wait for the spinning task's thread counted
    const queued = runInSandbox(await fixtureTask('hello', { args: ['waited'], timeoutMs: 1_000 }), { pool }).then(r => { waited = true; return r })
    await new Promise(resolve => setTimeout(resolve, 1_500))
    assert.equal(waited, false, 'the second task waits while the only thread spins')
    assert.equal(pool.stats.waiting, 1)
    assert.equal(pool.stats.threads, 1)
    controller.abort(new Error('stop now'))
    await assert.rejects(running, /stop now/)
    const after = await queued
    assert.equal(after.outcome, 'exited', after.error)
    assert.equal(text(after.stdout), 'hello from wasm\nwaited\n')
    assert.equal(pool.stats.spawned, 2, 'the aborted thread was replaced')
    assert.equal(pool.stats.threads, 1)

    // a waiting task can be aborted too: it leaves the queue
    const blocker = runInSandbox(await fixtureTask('spin', { timeoutMs: 1_000 }), { pool })
    const give = new AbortController()
    const gaveUp = runInSandbox(await fixtureTask('trivial'), { pool, signal: give.signal })
    await new Promise(resolve => setTimeout(resolve, 100))
    give.abort(new Error('gave up waiting'))
    await assert.rejects(gaveUp, /gave up waiting/)
    assert.equal(pool.stats.waiting, 0)
    assert.equal((await blocker).outcome, 'timed_out')

    await pool.close()
    assert.equal(pool.stats.threads, 0)
    assert.equal(pool.stats.idle, 0)
    assert.equal(pool.stats.compiledEntries, 0, 'compiled modules are dropped too')
    const again = await runInSandbox(await fixtureTask('trivial'), { pool })
    assert.equal(text(again.stdout), 'ok\n')
  })

  it('idle threads do not keep the process alive: a process that ran tasks and never released the pool exits by itself', async () => {
    const runtime = new URL('../../src/runtime/index.ts', import.meta.url).href
    const fixture = new URL('../fixtures/hello.wasm', import.meta.url)
    const script = `
      import { readFileSync } from 'node:fs'
      import { runInSandbox } from ${JSON.stringify(runtime)}
      const module = new Uint8Array(readFileSync(new URL(${JSON.stringify(fixture.href)})))
      for (const arg of ['one', 'two']) {
        const r = await runInSandbox({ module, args: [arg], env: {}, stdin: new Uint8Array(), memoryPages: 64, timeoutMs: 10000, maxOutputBytes: 1024, seed: new Uint8Array(32) })
        process.stdout.write(Buffer.from(r.stdout))
      }`
    const dir = await mkdtemp(join(tmpdir(), 'ailee-pool-'))
    try {
      await writeFile(join(dir, 'run.mjs'), script)
      // killed after 60 s if something keeps it alive; it needs well under a second
      const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'run.mjs')], { timeout: 60_000 })
      assert.equal(stdout, 'hello from wasm\none\nhello from wasm\ntwo\n')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('refuses a size that is not a positive integer, and an idle time that is not a non-negative integer', () => {
    assert.throws(() => new SandboxPool({ size: 0 }), RangeError)
    assert.throws(() => new SandboxPool({ size: 1.5 }), /positive integer/)
    assert.throws(() => new SandboxPool({ idleMs: -1 }), /idleMs must be a non-negative integer/)
    assert.throws(() => new SandboxPool({ idleMs: 0.5 }), RangeError)
  })

  it('with idleMs, a thread idle that long is terminated; a thread taken before then is kept; a later task starts a new one', async () => {
    // fake setTimeout only: the idle release timers (thread messages and setImmediate stay real)
    mock.timers.enable({ apis: ['setTimeout'] })
    try {
      const pool = new SandboxPool({ size: 1, idleMs: 1000 })
      pools.push(pool)
      await runInSandbox(await fixtureTask('hello', { args: ['a'] }), { pool })
      assert.deepEqual([pool.stats.spawned, pool.stats.threads], [1, 1])
      mock.timers.tick(999)
      assert.equal(pool.stats.threads, 1, 'not yet idle for 1000 ms')
      // taken again before its idle time ends: the release is cancelled and counts afresh
      await runInSandbox(await fixtureTask('hello', { args: ['b'] }), { pool })
      assert.equal(pool.stats.spawned, 1, 'the same thread ran the second task')
      mock.timers.tick(999)
      assert.equal(pool.stats.threads, 1, 'its idle time restarted when it was given back')
      assert.equal(pool.stats.released, 0)
      mock.timers.tick(1)
      assert.deepEqual([pool.stats.threads, pool.stats.idle, pool.stats.released], [0, 0, 1], 'terminated after 1000 ms idle')
      const later = await runInSandbox(await fixtureTask('hello', { args: ['c'] }), { pool })
      assert.equal(text(later.stdout), 'hello from wasm\nc\n')
      assert.equal(pool.stats.spawned, 2, 'a new thread ran the later task')
      assert.equal(pool.stats.compiled, 1, 'the compiled module outlives the released thread')
    } finally {
      mock.timers.reset()
    }
  })

  it('without idleMs, idle threads stay until close', async () => {
    mock.timers.enable({ apis: ['setTimeout'] })
    try {
      const pool = newPool(1)
      await runInSandbox(await fixtureTask('hello'), { pool })
      mock.timers.tick(24 * 3600_000)
      assert.deepEqual([pool.stats.threads, pool.stats.released], [1, 0])
    } finally {
      mock.timers.reset()
    }
  })
})
