/**
 * Inspection done once per module (src/runtime/module-cache.ts, security
 * finding 14): the real inspector, run on the real inspection thread, counted
 * through the injected `prepare` port. A module of about 3.6 MiB of
 * `memory.grow`s is inspected once however often, and with whatever memory
 * limit, it is submitted; an invalid module is refused again from the cache;
 * the cache stays within its bounds; and while the thread inspects, the event
 * loop keeps turning.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { InspectThread, inspectModule, InvalidModuleError, limitModule, LruMap, MemoryLimitError, ModuleCache, moduleHash, prepareModule } from '../../src/runtime/index.ts'
import { effectiveMemoryLimit } from '../../src/runtime/module-inspect.ts'
import type { PreparedModule } from '../../src/runtime/index.ts'
import { concatBytes, encodeName, encodeU32 } from '../../src/runtime/wasm-binary.ts'
import { readFixture } from '../helpers/fixtures.ts'

const HELLO = await readFixture('hello')
const NOT_WASM = await readFixture('not_wasm')

function section (id: number, payload: Uint8Array): Uint8Array {
  return concatBytes([[id], encodeU32(payload.length), payload])
}

/**
 * A WASI command whose `_start` is `grows` times `(drop (memory.grow (i32.const 0)))`,
 * in functions of at most 1 MiB of code: about 5 bytes a grow.
 */
function growModule (grows: number, minPages = 1): Uint8Array {
  const perFunction = 200_000
  const functions = Math.ceil(grows / perFunction)
  const bodies: Uint8Array[] = []
  for (let f = 0; f < functions; f++) {
    const n = Math.min(perFunction, grows - f * perFunction)
    const code = new Uint8Array(n * 5)
    for (let i = 0; i < n; i++) code.set([0x41, 0x00, 0x40, 0x00, 0x1a], i * 5)
    const body = concatBytes([[0x00], code, [0x0b]])
    bodies.push(concatBytes([encodeU32(body.length), body]))
  }
  return concatBytes([
    [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    section(1, Uint8Array.of(0x01, 0x60, 0x00, 0x00)), // one type: [] -> []
    section(3, concatBytes([encodeU32(functions), new Uint8Array(functions)])),
    section(5, concatBytes([[0x01, 0x00], encodeU32(minPages)])),
    section(7, concatBytes([[0x02], encodeName('_start'), [0x00, 0x00], encodeName('memory'), [0x02, 0x00]])),
    section(10, concatBytes([encodeU32(functions), ...bodies]))
  ])
}

const LARGE = growModule(750_000) // about 3.6 MiB

describe('ModuleCache', () => {
  const thread = new InspectThread()
  after(async () => { await thread.close() })

  it('inspects a 3.6 MiB module of memory.grows once, whatever the memory limit, off the event loop', async () => {
    assert.ok(LARGE.byteLength > 3.5 * 1024 * 1024, `${LARGE.byteLength} bytes`)
    let prepares = 0
    const cache = new ModuleCache({ maxBytes: 64 * 1024 * 1024, keepModules: false, prepare: async bytes => { prepares++; return await thread.prepare(bytes) } })
    let ticks = 0
    let ticking = true
    const tick = (): void => { ticks++; if (ticking) setImmediate(tick) }
    setImmediate(tick)
    try {
      await cache.check(LARGE, 16)
    } finally {
      ticking = false
    }
    assert.equal(prepares, 1)
    assert.ok(ticks > 1, 'the event loop turned while the module was inspected')
    for (const pages of [16, 17, 1024, 65536]) await cache.check(LARGE, pages)
    await Promise.all(Array.from({ length: 8 }, async () => { await cache.check(LARGE, 32) }))
    assert.equal(prepares, 1, 'the same module is never inspected again')
    assert.equal(cache.stats.prepared, 1)
    assert.equal(cache.stats.hits, 12)
  })

  it('a concurrent first burst of the same module prepares it once', async () => {
    let prepares = 0
    const cache = new ModuleCache({ maxBytes: 1 << 20, keepModules: false, prepare: async bytes => { prepares++; return await thread.prepare(bytes) } })
    await Promise.all(Array.from({ length: 6 }, async () => { await cache.check(HELLO, 64) }))
    assert.equal(prepares, 1)
  })

  it('refuses an invalid module again from the cache, with the same reason', async () => {
    let prepares = 0
    const cache = new ModuleCache({ maxBytes: 1 << 20, prepare: async bytes => { prepares++; return await thread.prepare(bytes) } })
    const first = await cache.check(NOT_WASM, 16).then(() => undefined, (err: Error) => err)
    const second = await cache.check(NOT_WASM, 16).then(() => undefined, (err: Error) => err)
    assert.ok(first instanceof InvalidModuleError && second instanceof InvalidModuleError)
    assert.equal(second.message, first.message)
    assert.match(first.message, /not a WebAssembly binary/)
    assert.equal(prepares, 1)
  })

  it('applies each limit to the cached verdict: a minimum over the limit is a MemoryLimitError', async () => {
    const cache = new ModuleCache({ maxBytes: 1 << 26, keepModules: false })
    const module = growModule(10, 40)
    await assert.rejects(cache.check(module, 39), MemoryLimitError)
    await cache.check(module, 40)
    assert.equal(cache.stats.prepared, 1)
  })

  it('inspect() gives what inspectModule gives, limit applied', async () => {
    const cache = new ModuleCache({ maxBytes: 1 << 26, prepare: async bytes => await thread.prepare(bytes) })
    for (const pages of [2, 100]) {
      const cached = await cache.inspect(HELLO, pages)
      const direct = inspectModule(HELLO, { maxMemoryPages: pages })
      assert.deepEqual(cached, direct)
    }
    assert.equal(cache.stats.prepared, 1)
  })

  it('prepared() gives the unpatched module, checked against the limit; limitModule of it is what inspect() gives', async () => {
    const cache = new ModuleCache({ maxBytes: 1 << 26 })
    const prepared = await cache.prepared(HELLO, 100)
    assert.deepEqual(prepared, prepareModule(HELLO))
    assert.deepEqual(limitModule(prepared, 100), await cache.inspect(HELLO, 100))
    assert.equal(effectiveMemoryLimit(prepared.declaredMemory, 100), (await cache.inspect(HELLO, 100)).memoryLimitPages)
    await assert.rejects(cache.prepared(growModule(10, 40), 39), MemoryLimitError)
    assert.equal(cache.stats.prepared, 2)
  })

  it('stays within its byte and entry bounds, evicting the least recently used', async () => {
    const a = growModule(1000)
    const b = growModule(2000)
    const c = growModule(3000)
    const size = (m: Uint8Array): number => { const p = prepareModule(m); return p.head.byteLength + p.tail.byteLength + 256 }
    const cache = new ModuleCache({ maxBytes: size(b) + size(c), maxEntries: 10 })
    await cache.inspect(a, 1)
    await cache.inspect(b, 1)
    await cache.inspect(c, 1) // a is evicted (bytes)
    assert.ok(cache.stats.bytes <= size(b) + size(c))
    assert.equal(cache.stats.entries, 2)
    await cache.inspect(b, 1)
    assert.equal(cache.stats.prepared, 3, 'b still cached')
    await cache.inspect(a, 1)
    assert.equal(cache.stats.prepared, 4, 'a was evicted and is prepared again')
  })

  it('a host fault is not cached', async () => {
    let calls = 0
    const cache = new ModuleCache({
      maxBytes: 1 << 20,
      prepare: (bytes): PreparedModule => { if (calls++ === 0) throw new Error('thread died'); return prepareModule(bytes) }
    })
    await assert.rejects(cache.check(HELLO, 16), /thread died/)
    await cache.check(HELLO, 16)
    assert.equal(calls, 2)
  })

  it('moduleHash is the hex SHA-256', () => {
    assert.equal(moduleHash(new Uint8Array()), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})

describe('LruMap', () => {
  it('evicts by entries and by bytes, least recently used first; too large is not stored', () => {
    const lru = new LruMap<number>(2, 100)
    lru.set('a', 1, 10)
    lru.set('b', 2, 10)
    assert.equal(lru.get('a'), 1) // a now most recent
    lru.set('c', 3, 10)
    assert.equal(lru.get('b'), undefined)
    assert.equal(lru.size, 2)
    lru.set('d', 4, 95)
    assert.equal(lru.size, 1)
    assert.equal(lru.bytes, 95)
    lru.set('e', 5, 101)
    assert.equal(lru.get('e'), undefined)
    assert.equal(lru.bytes, 95)
  })
})
