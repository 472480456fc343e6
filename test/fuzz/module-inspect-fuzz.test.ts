/**
 * Fuzzing of the module inspector (fast-check, fixed seed): mutated fixtures
 * (flipped, inserted, deleted and overwritten bytes, truncations) must either
 * inspect cleanly or be refused with InvalidModuleError / MemoryLimitError,
 * never throw anything else, and what passes must be a module the engine
 * accepts. Every crash found becomes a named case in module-inspect.test.ts.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { InvalidModuleError, MemoryLimitError, inspectModule } from '../../src/runtime/index.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { fuzzParameters, mutate, mutationArb } from './mutations.ts'

const FIXTURES = await Promise.all(['trivial', 'hello', 'exit_code', 'trap'].map(async name => await readFixture(name)))

describe('module inspector fuzzing', () => {
  it('a mutated module is inspected or refused with a named error, never anything else', () => {
    fc.assert(fc.property(fc.nat(FIXTURES.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (which, mutations) => {
      let bytes = FIXTURES[which]
      for (const m of mutations) bytes = mutate(bytes, m)
      try {
        const info = inspectModule(bytes, { maxMemoryPages: 256 })
        assert.ok(WebAssembly.validate(info.bytes as Uint8Array<ArrayBuffer>), 'what passes inspection validates')
      } catch (err) {
        if (err instanceof InvalidModuleError || err instanceof MemoryLimitError) return
        throw err
      }
    }), fuzzParameters(600))
  })

  it('random bytes behind a valid preamble are refused with a named error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 256 }), tail => {
      const bytes = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...tail])
      try {
        inspectModule(bytes, { maxMemoryPages: 16 })
      } catch (err) {
        if (err instanceof InvalidModuleError || err instanceof MemoryLimitError) return
        throw err
      }
    }), fuzzParameters(1000))
  })
})
