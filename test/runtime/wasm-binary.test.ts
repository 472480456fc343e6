/** LEB128 and section framing of src/runtime/wasm-binary.ts against values from the spec's encoding rules. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { encodeU32, readSections, WasmDecodeError, WasmReader, writeSections } from '../../src/runtime/wasm-binary.ts'
import { readFixture } from '../helpers/fixtures.ts'

describe('wasm-binary', () => {
  it('encodes and decodes unsigned LEB128', () => {
    for (const [value, bytes] of [[0, [0x00]], [127, [0x7f]], [128, [0x80, 0x01]], [624485, [0xe5, 0x8e, 0x26]], [0xffffffff, [0xff, 0xff, 0xff, 0xff, 0x0f]]] as const) {
      assert.deepEqual([...encodeU32(value)], bytes)
      assert.equal(new WasmReader(Uint8Array.from(bytes)).u32(), value)
    }
    assert.throws(() => new WasmReader(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x01)).u32(), WasmDecodeError)
    assert.throws(() => new WasmReader(Uint8Array.of(0x80)).u32(), WasmDecodeError)
  })

  it('decodes signed 33-bit block types', () => {
    assert.equal(new WasmReader(Uint8Array.of(0x40)).s33(), -64) // empty block type
    assert.equal(new WasmReader(Uint8Array.of(0x7f)).s33(), -1) // i32
    assert.equal(new WasmReader(Uint8Array.of(0x05)).s33(), 5) // type index 5
    assert.equal(new WasmReader(Uint8Array.of(0xc0, 0xbb, 0x78)).s33(), -123456)
  })

  it('splits a module into sections and writes it back byte for byte', async () => {
    const hello = await readFixture('hello')
    const sections = readSections(hello)
    assert.deepEqual(sections.map(s => s.id).filter(id => id !== 0), [1, 2, 3, 4, 5, 6, 7, 9, 10, 11])
    assert.deepEqual(writeSections(sections), hello)
  })
})
