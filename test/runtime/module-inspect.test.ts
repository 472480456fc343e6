/**
 * inspectModule on hand-assembled modules (each check in isolation) and on the fixtures: what is
 * refused and why, the memory maximum patch, and the memory.grow probe.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { InvalidModuleError, MemoryLimitError, inspectModule, releaseSandboxThreads, runInSandbox } from '../../src/runtime/index.ts'
import { concatBytes, encodeName, encodeU32, encodeVec, readSections, WASM_PREAMBLE } from '../../src/runtime/wasm-binary.ts'
import { readFixture, testSeed } from '../helpers/fixtures.ts'

interface ModuleSpec {
  /** Function imports (type () -> ()), as [module, name]. */
  imports?: Array<[string, string]>
  /** Raw import entries (module, name, kind and descriptor already encoded). */
  rawImports?: Uint8Array[]
  /** Memory limits: flags, min, max. null: no memory section. */
  memory?: { flags: number, min: number, max?: number } | null
  /** Export names: `_start`, `_initialize` (functions), `memory`. @default ['_start', 'memory'] */
  exports?: string[]
  /** Body of the one defined function (no locals), `end` excluded. */
  body?: number[]
  /** One funcref table: min and optional max elements. @default none */
  table?: { min: number, max?: number }
  /** i32 locals of the defined function. @default 0 */
  locals?: number
}

/** Assembles a tiny module: one type () -> (), the given imports, one function, memory, exports. */
function assemble (spec: ModuleSpec = {}): Uint8Array {
  const section = (id: number, payload: Uint8Array): Uint8Array => concatBytes([[id], encodeU32(payload.length), payload])
  const imports = [
    ...(spec.imports ?? []).map(([m, n]) => concatBytes([encodeName(m), encodeName(n), [0x00, 0x00]])),
    ...(spec.rawImports ?? [])
  ]
  const importedFuncs = (spec.imports ?? []).length
  const memory = spec.memory === undefined ? { flags: 0, min: 1 } : spec.memory
  const exports = (spec.exports ?? ['_start', 'memory']).map(name => name === 'memory'
    ? concatBytes([encodeName(name), [0x02, 0x00]])
    : concatBytes([encodeName(name), [0x00], encodeU32(importedFuncs)]))
  const locals = spec.locals ?? 0
  const body = concatBytes([locals === 0 ? [0x00] : concatBytes([[0x01], encodeU32(locals), [0x7f]]), spec.body ?? [], [0x0b]])
  return concatBytes([
    WASM_PREAMBLE,
    section(1, encodeVec([Uint8Array.of(0x60, 0x00, 0x00)])),
    imports.length > 0 ? section(2, encodeVec(imports)) : new Uint8Array(),
    section(3, encodeVec([Uint8Array.of(0x00)])),
    spec.table === undefined
      ? new Uint8Array()
      : section(4, encodeVec([concatBytes([[0x70, spec.table.max === undefined ? 0x00 : 0x01], encodeU32(spec.table.min), spec.table.max === undefined ? [] : encodeU32(spec.table.max)])])),
    memory === null
      ? new Uint8Array()
      : section(5, encodeVec([concatBytes([[memory.flags], encodeU32(memory.min), memory.max === undefined ? [] : encodeU32(memory.max)])])),
    section(7, encodeVec(exports)),
    section(10, encodeVec([concatBytes([encodeU32(body.length), body])]))
  ])
}

const refusal = (bytes: Uint8Array, pattern: RegExp, limit = 16): void => {
  assert.throws(() => inspectModule(bytes, { maxMemoryPages: limit }), (err: Error) => {
    assert.ok(err instanceof InvalidModuleError, `${err.name}: ${err.message}`)
    assert.equal(err.name, 'InvalidModuleError')
    assert.match(err.message, pattern)
    return true
  })
}

describe('inspectModule', () => {
  after(async () => { await releaseSandboxThreads() })

  it('accepts a minimal command and reports what it found', () => {
    const info = inspectModule(assemble({ imports: [['wasi_snapshot_preview1', 'proc_exit']] }), { maxMemoryPages: 16 })
    assert.deepEqual(info.imports, ['proc_exit'])
    assert.deepEqual(info.exports, ['_start', 'memory'])
    assert.deepEqual(info.declaredMemory, { minPages: 1, maxPages: null })
    assert.equal(info.memoryLimitPages, 16)
    assert.equal(info.growProbe, '__ailee_grow_refused')
    assert.ok(WebAssembly.validate(info.bytes as Uint8Array<ArrayBuffer>))
  })

  it('patches the memory maximum to the limit, or keeps a smaller declared one', async () => {
    const info = inspectModule(assemble({ memory: { flags: 0, min: 2 } }), { maxMemoryPages: 5 })
    const { instance } = await WebAssembly.instantiate(info.bytes as Uint8Array<ArrayBuffer>)
    const memory = instance.exports.memory as WebAssembly.Memory
    assert.equal(memory.grow(3), 2, 'growing up to the limit works')
    assert.throws(() => memory.grow(1), RangeError, 'growing past the limit fails')

    const declared = inspectModule(assemble({ memory: { flags: 1, min: 1, max: 3 } }), { maxMemoryPages: 100 })
    assert.equal(declared.memoryLimitPages, 3)
    assert.deepEqual(declared.declaredMemory, { minPages: 1, maxPages: 3 })
  })

  it('refuses a declared minimum over the limit with MemoryLimitError', async () => {
    const bytes = assemble({ memory: { flags: 0, min: 20 } })
    assert.throws(() => inspectModule(bytes, { maxMemoryPages: 10 }), (err: Error) => {
      assert.ok(err instanceof MemoryLimitError)
      assert.ok(err instanceof InvalidModuleError)
      assert.equal(err.name, 'MemoryLimitError')
      assert.equal(err.declaredPages, 20)
      assert.equal(err.limitPages, 10)
      return true
    })
    const result = await runInSandbox({ module: bytes, args: [], env: {}, stdin: new Uint8Array(), memoryPages: 10, timeoutMs: 5000, maxOutputBytes: 100, seed: testSeed() })
    assert.equal(result.outcome, 'memory_exceeded')
    assert.match(result.error ?? '', /minimum memory of 20 pages/)
  })

  it('refuses a table of ten million elements (it exhausted a worker\'s heap and aborted the process); the sandbox answers invalid_module and keeps serving', async () => {
    const bomb = assemble({ table: { min: 10_000_000 } })
    assert.ok(bomb.byteLength < 80, `${bomb.byteLength} bytes`)
    refusal(bomb, /table 0 declares 10000000 elements, over the maximum of 100000/)
    const result = await runInSandbox({ module: bomb, args: [], env: {}, stdin: new Uint8Array(), memoryPages: 16, timeoutMs: 5_000, maxOutputBytes: 1024, seed: testSeed(), programName: 'bomb' })
    assert.equal(result.outcome, 'invalid_module')
    assert.match(result.error ?? '', /over the maximum of 100000/)
    const honest = await runInSandbox({ module: await readFixture('hello.wasm'), args: ['x'], env: {}, stdin: new Uint8Array(), memoryPages: 256, timeoutMs: 5_000, maxOutputBytes: 1024, seed: testSeed(), programName: 'hello' })
    assert.equal(honest.outcome, 'exited')
  })

  it('refuses what the engine would refuse (50,001 locals in one function), so the coordinator rejects it at admission instead of every worker failing it', async () => {
    refusal(assemble({ locals: 50_001 }), /WebAssembly engine/)
    assert.ok(inspectModule(assemble({ locals: 50_000 }), { maxMemoryPages: 16 }).bytes.byteLength > 0, 'the limit itself is fine')
    const result = await runInSandbox({ module: assemble({ locals: 50_001 }), args: [], env: {}, stdin: new Uint8Array(), memoryPages: 16, timeoutMs: 5_000, maxOutputBytes: 1024, seed: testSeed(), programName: 'locals' })
    assert.equal(result.outcome, 'invalid_module', 'the worker refuses it by the same rule')
  })

  it('caps every table\'s growth at MAX_TABLE_ELEMENTS', () => {
    const tableLimits = (bytes: Uint8Array): number[] => {
      const table = readSections(bytes).find(s => s.id === 4)!.payload
      return [...table]
    }
    // count 1, funcref, flags 1 (max present), min 10, max 100000 (LEB128 a0 8d 06)
    assert.deepEqual(tableLimits(inspectModule(assemble({ table: { min: 10 } }), { maxMemoryPages: 16 }).bytes), [0x01, 0x70, 0x01, 0x0a, 0xa0, 0x8d, 0x06])
    assert.deepEqual(tableLimits(inspectModule(assemble({ table: { min: 10, max: 20 } }), { maxMemoryPages: 16 }).bytes), [0x01, 0x70, 0x01, 0x0a, 0x14])
    assert.deepEqual(tableLimits(inspectModule(assemble({ table: { min: 10, max: 5_000_000 } }), { maxMemoryPages: 16 }).bytes), [0x01, 0x70, 0x01, 0x0a, 0xa0, 0x8d, 0x06])
    refusal(assemble({ table: { min: 10, max: 5 } }), /table 0 maximum is below its minimum/)
  })

  it('refuses a name that is not valid UTF-8 as a malformed module (found by fuzzing: it escaped as a TypeError)', () => {
    const badName = concatBytes([encodeU32(2), [0xc3, 0x28], encodeName('fd_write'), [0x00, 0x00]])
    refusal(assemble({ rawImports: [badName] }), /malformed module: a name at byte \d+ is not valid UTF-8/)
  })

  it('refuses imports outside wasi_snapshot_preview1, naming them', () => {
    refusal(assemble({ imports: [['env', 'foo'], ['wasi_snapshot_preview1', 'fd_write']] }), /outside wasi_snapshot_preview1.*env\.foo \(function\)/)
    refusal(assemble({ imports: [['wasi_snapshot_preview1', 'not_a_function']] }), /wasi_snapshot_preview1\.not_a_function/)
    refusal(assemble({ imports: [['wasi_unstable', 'fd_write']] }), /wasi_unstable\.fd_write/)
    const importedMemory = concatBytes([encodeName('env'), encodeName('memory'), [0x02, 0x00, 0x01]])
    refusal(assemble({ rawImports: [importedMemory], memory: null }), /env\.memory \(memory\)/)
  })

  it('refuses modules without a usable memory', () => {
    refusal(assemble({ memory: null, exports: ['_start'] }), /defines no memory/)
    refusal(assemble({ exports: ['_start'] }), /does not export its memory/)
    refusal(assemble({ memory: { flags: 3, min: 1, max: 2 } }), /shared memory/)
    refusal(assemble({ memory: { flags: 4, min: 1 } }), /memory64/)
  })

  it('refuses modules without _start, or with _initialize too', async () => {
    refusal(assemble({ exports: ['memory'] }), /no _start export$/)
    refusal(assemble({ exports: ['_initialize', 'memory'] }), /no _start export.*reactor/)
    refusal(assemble({ exports: ['_start', '_initialize', 'memory'] }), /both _start and _initialize/)
    refusal(await readFixture('no_start'), /no _start export.*reactor/)
  })

  it('refuses bytes that are not a core module', async () => {
    refusal(await readFixture('not_wasm'), /not a WebAssembly binary/)
    refusal(new Uint8Array(), /not a WebAssembly binary/)
    refusal(Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00), /component/)
    const hello = await readFixture('hello')
    refusal(hello.subarray(0, hello.length - 100), /malformed module/)
  })

  it('a module whose code does not validate is refused at inspection, and is an invalid_module outcome in the sandbox', async () => {
    const bytes = assemble({ body: [0x6a] }) // i32.add with an empty stack
    refusal(bytes, /WebAssembly engine refuses it/, 4)
    const result = await runInSandbox({ module: bytes, args: [], env: {}, stdin: new Uint8Array(), memoryPages: 4, timeoutMs: 5000, maxOutputBytes: 100, seed: testSeed() })
    assert.equal(result.outcome, 'invalid_module')
    assert.match(result.error ?? '', /WebAssembly engine refuses it/)
  })

  it('the grow probe tells a refused memory.grow from a trap, and a program that copes still exits', async () => {
    const task = { args: [], env: {}, stdin: new Uint8Array(), memoryPages: 4, timeoutMs: 5000, maxOutputBytes: 100, seed: testSeed() }
    const growTooMuch = [0x41, 0xe8, 0x07, 0x40, 0x00, 0x1a] // (drop (memory.grow (i32.const 1000)))
    const refusedThenTrap = await runInSandbox({ ...task, module: assemble({ body: [...growTooMuch, 0x00] }) })
    assert.equal(refusedThenTrap.outcome, 'memory_exceeded')
    assert.match(refusedThenTrap.error ?? '', /memory\.grow of 1000 pages refused at 1 of 4 pages/)

    const refusedThenExit = await runInSandbox({ ...task, module: assemble({ body: growTooMuch }) })
    assert.equal(refusedThenExit.outcome, 'exited')
    assert.equal(refusedThenExit.exitCode, 0)

    const plainTrap = await runInSandbox({ ...task, module: assemble({ body: [0x41, 0x01, 0x40, 0x00, 0x1a, 0x00] }) })
    assert.equal(plainTrap.outcome, 'trapped')
    assert.equal(plainTrap.peakMemoryPages, 2)
  })

  it('unbounded recursion is a trap (stack overflow), not a host fault', async () => {
    const module = assemble({ body: [0x10, 0x00] }) // _start calls itself
    const result = await runInSandbox({ module, args: [], env: {}, stdin: new Uint8Array(), memoryPages: 4, timeoutMs: 10_000, maxOutputBytes: 100, seed: testSeed() })
    assert.equal(result.outcome, 'trapped')
    assert.match(result.error ?? '', /stack overflow/)
  })

  it('instruments every fixture and keeps it valid', async () => {
    for (const name of ['hello', 'primes', 'wordfreq', 'spin', 'alloc_bomb', 'exit_code', 'trivial', 'entropy', 'trap', 'host_probe']) {
      const info = inspectModule(await readFixture(name), { maxMemoryPages: 1024 })
      assert.equal(info.growProbe, '__ailee_grow_refused', name)
      assert.ok(WebAssembly.validate(info.bytes as Uint8Array<ArrayBuffer>), `${name} stays valid`)
      assert.ok(info.imports.every(i => i.length > 0), name)
    }
  })
})
