/**
 * The memory.grow instrumentation decodes real compiler output, including post-MVP instructions
 * (SIMD, bulk memory, sign extension, saturating conversions): fixtures rebuilt with those
 * features on still validate, are instrumented, and behave as the plain build. Skips without clang.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { after, describe, it } from 'node:test'
import { inspectModule, releaseSandboxThreads, runInSandbox } from '../../src/runtime/index.ts'
import { fixturePath, fixtureTask, wasiToolchainAvailable } from '../helpers/fixtures.ts'

const FEATURES = ['-msimd128', '-mbulk-memory', '-msign-ext', '-mnontrapping-fptoint', '-mmutable-globals', '-mmultivalue', '-mtail-call']

describe('memory.grow instrumentation on post-MVP code', () => {
  after(async () => { await releaseSandboxThreads() })

  it('fixtures built with SIMD and bulk memory are instrumented and run as the plain build', async (t) => {
    if (!await wasiToolchainAvailable()) {
      t.skip('clang with the wasm32-wasi target is not installed')
      return
    }
    const dir = await mkdtemp(join(tmpdir(), 'ailee-features-'))
    try {
      const stdin = new TextEncoder().encode('the quick brown fox\tjumps over the lazy dog\nthe end\n'.repeat(2000))
      for (const name of ['wordfreq', 'alloc_bomb'] as const) {
        const out = join(dir, `${name}.wasm`)
        await promisify(execFile)('clang', ['--target=wasm32-wasi', '--sysroot=/usr', '-O3', '-s', ...FEATURES, fixturePath(`${name}.c`), '-o', out])
        const module = new Uint8Array(await readFile(out))
        const info = inspectModule(module, { maxMemoryPages: 128 })
        assert.equal(info.growProbe, '__ailee_grow_refused', `${name} is instrumented`)
        assert.ok(WebAssembly.validate(info.bytes as Uint8Array<ArrayBuffer>), `${name} stays valid`)

        const featured = await runInSandbox(await fixtureTask(name, { module, stdin, memoryPages: 128 }))
        const plain = await runInSandbox(await fixtureTask(name, { stdin, memoryPages: 128 }))
        assert.equal(featured.outcome, plain.outcome, featured.error)
        assert.ok(Buffer.from(featured.stdout).equals(Buffer.from(plain.stdout)), `${name} stdout`)
        assert.ok(Buffer.from(featured.stderr).equals(Buffer.from(plain.stderr)), `${name} stderr`)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
