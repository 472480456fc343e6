/**
 * The committed fixture modules are what test/fixtures/build.sh makes of the committed C sources:
 * rebuilds them into a temp dir and compares bytes. Skips when clang cannot target wasm32-wasi here.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { FIXTURES_DIR, buildWasmFixtures, wasiToolchainAvailable } from '../helpers/fixtures.ts'

describe('test fixtures', () => {
  it('committed .wasm files equal a fresh deterministic build of the .c sources', async (t) => {
    if (!await wasiToolchainAvailable()) {
      t.skip('clang with the wasm32-wasi target (clang, lld, wasi-libc) is not installed')
      return
    }
    const dir = await mkdtemp(join(tmpdir(), 'ailee-fixtures-'))
    try {
      await buildWasmFixtures(dir)
      const built = (await readdir(dir)).filter(f => f.endsWith('.wasm')).sort()
      const sources = (await readdir(FIXTURES_DIR)).filter(f => f.endsWith('.c')).map(f => f.replace(/\.c$/, '.wasm')).sort()
      assert.deepEqual(built, sources, 'every .c source builds to one .wasm')
      for (const file of built) {
        const fresh = await readFile(join(dir, file))
        const committed = await readFile(join(FIXTURES_DIR, file)).catch(() => null)
        assert.ok(committed !== null, `${file} is committed (run test/fixtures/build.sh)`)
        assert.ok(fresh.equals(committed), `${file} is stale: run test/fixtures/build.sh and commit the result`)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('not_wasm.wasm is a text file, not WebAssembly', async () => {
    const bytes = await readFile(join(FIXTURES_DIR, 'not_wasm.wasm'))
    assert.notDeepEqual([...bytes.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d])
  })
})
