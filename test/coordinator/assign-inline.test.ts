/**
 * Inline content in an Assign (src/coordinator/assign-inline.ts) and its
 * conversion at the protocol boundary (src/protocol/messages/assignment.ts),
 * with a local store stubbed as a map and real envelopes.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PlaintextCache, withInlineContent } from '../../src/coordinator/assign-inline.ts'
import { ContentTooLargeError, ContentUnavailableError } from '../../src/content/errors.ts'
import { newContentKey, sealContent } from '../../src/content/envelope.ts'
import { assignFromWire } from '../../src/protocol/messages/assignment.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const MODULE = bytes('module bytes')
const INPUT = bytes('input bytes')

function local (content: Record<string, Uint8Array>): (cid: string, maxBytes: number) => Promise<Uint8Array> {
  return async (cid, maxBytes) => {
    const b = content[cid]
    if (b == null) throw new ContentUnavailableError(`${cid} is not held here`)
    if (b.byteLength > maxBytes) throw new ContentTooLargeError(maxBytes, b.byteLength)
    return b
  }
}

function assign (spec: ailee.v1.ITaskSpec): ailee.v1.IAssign {
  return {
    taskId: 't1',
    attempt: 1,
    leaseMs: 3000,
    nonce: new Uint8Array(16),
    spec: { moduleCid: 'm', inputCid: 'i', limits: { memoryPages: 1, executionMs: 1, maxOutputBytes: 1 }, timeouts: { queueMs: 1, bidWindowMs: 1, totalMs: 1 }, clientAccount: 'c', ...spec }
  }
}

describe('withInlineContent', () => {
  it('inlines plaintext module and input that fit the limit', async () => {
    const out = await withInlineContent(assign({}), 1000, local({ m: MODULE, i: INPUT }))
    assert.equal(out.contentInline, true)
    assert.deepEqual(out.module, MODULE)
    assert.deepEqual(out.input, INPUT)
  })

  it('opens sealed content with the spec\'s key: the worker gets plaintext', async () => {
    const key = newContentKey()
    const out = await withInlineContent(assign({ contentKey: key }), 1000, local({ m: await sealContent(key, MODULE, 'module'), i: await sealContent(key, INPUT, 'input') }))
    assert.deepEqual(out.module, MODULE)
    assert.deepEqual(out.input, INPUT)
    // and it survives the wire and the boundary conversion
    const decoded = assignFromWire(pb.Assign.decode(pb.Assign.encode(out).finish()))
    assert.deepEqual(decoded.content, { module: MODULE, input: INPUT })
  })

  it('leaves the Assign as it is when module + input exceed the limit, when content is not held here, or with limit 0', async () => {
    const a = assign({})
    assert.equal(await withInlineContent(a, MODULE.byteLength + INPUT.byteLength - 1, local({ m: MODULE, i: INPUT })), a)
    assert.equal(await withInlineContent(a, 1000, local({ m: MODULE })), a)
    assert.equal(await withInlineContent(a, 0, local({ m: MODULE, i: INPUT })), a)
    // content that does not open with the key (never expected) is fetched by the worker instead
    const sealed = assign({ contentKey: newContentKey() })
    assert.equal(await withInlineContent(sealed, 1000, local({ m: MODULE, i: INPUT })), sealed)
  })

  it('takes plaintext admission kept (PlaintextCache) before reading the blockstore: a sealed task is neither read nor opened again (issue 9)', async () => {
    const key = newContentKey()
    const cache = new PlaintextCache(1000, 16)
    cache.remember('m', MODULE)
    cache.remember('i', INPUT)
    let reads = 0
    const counting = async (cid: string, maxBytes: number): Promise<Uint8Array> => { reads++; return await local({})(cid, maxBytes) }
    const out = await withInlineContent(assign({ contentKey: key }), 1000, counting, cid => cache.get(cid))
    assert.equal(reads, 0)
    assert.deepEqual(out.module, MODULE)
    assert.deepEqual(out.input, INPUT)
    // a hit still respects the inline limit
    const a = assign({})
    assert.equal(await withInlineContent(a, MODULE.byteLength + INPUT.byteLength - 1, counting, cid => cache.get(cid)), a)
    // a miss falls back to the blockstore
    const sealedModule = await sealContent(key, MODULE, 'module')
    const partial = await withInlineContent(assign({ contentKey: key, moduleCid: 'other' }), 1000, local({ other: sealedModule }), cid => cache.get(cid))
    assert.deepEqual(partial.module, MODULE)
    assert.deepEqual(partial.input, INPUT)
  })

  it('PlaintextCache keeps copies within its byte bound, least recently used out; 0 keeps nothing', () => {
    const cache = new PlaintextCache(2 * MODULE.byteLength, 16)
    const view = new Uint8Array([...MODULE, ...INPUT]).subarray(0, MODULE.byteLength)
    cache.remember('a', view)
    assert.deepEqual(cache.get('a'), MODULE)
    assert.equal(cache.get('a')!.buffer.byteLength, MODULE.byteLength, 'a copy, not a view of the larger buffer')
    cache.remember('b', MODULE)
    cache.get('a')
    cache.remember('c', MODULE)
    assert.equal(cache.get('b'), undefined, 'b was the least recently used')
    assert.notEqual(cache.get('a'), undefined)
    const off = new PlaintextCache(0, 16)
    off.remember('a', MODULE)
    assert.equal(off.get('a'), undefined)
  })

  it('a task without input inlines an empty input', async () => {
    const out = await withInlineContent(assign({ inputCid: '' }), 1000, local({ m: MODULE }))
    assert.deepEqual(out.input, new Uint8Array(0))
    assert.deepEqual(assignFromWire(pb.Assign.decode(pb.Assign.encode(out).finish())).content, { module: MODULE, input: new Uint8Array(0) })
  })
})

describe('assignFromWire: inline content', () => {
  it('no content_inline: no content (fetch by CID)', () => {
    assert.equal(assignFromWire(assign({})).content, undefined)
  })
  it('content_inline with an empty module is refused by name', () => {
    assert.throws(() => assignFromWire({ ...assign({}), contentInline: true }), /assign\.module must be non-empty when content_inline is set/)
  })
  it('stated hashes of the wrong length are refused by name', () => {
    assert.throws(() => assignFromWire(assign({ moduleSha256: new Uint8Array(3) })), /assign\.spec\.moduleSha256 must be empty or 32 bytes, got "3 bytes"/)
  })
})
