/**
 * The boundary checks of chain sync messages (src/protocol/messages/sync.ts):
 * a malformed query or answer is refused with an InvalidMessageError naming
 * the field and its value; a well-formed one converts as is (counts clamped).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { InvalidMessageError } from '../../src/protocol/errors.ts'
import { MAX_HEADS, blockRangeFromWire, blockRangeQueryFromWire, chainHeadsFromWire } from '../../src/protocol/messages/sync.ts'

const P = '12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq'
const hash = new Uint8Array(32)

function refused (fn: () => unknown, message: RegExp): void {
  assert.throws(fn, (err: unknown) => err instanceof InvalidMessageError && message.test(err.message))
}

describe('sync messages', () => {
  it('a BlockRangeQuery: checked, and a count over the bound clamped', () => {
    assert.deepEqual(blockRangeQueryFromWire({ producerPeerId: P, fromHeight: 7, count: 1000 }, 256), { producer: P, from: 7, count: 256 })
    refused(() => blockRangeQueryFromWire(undefined, 256), /blockRange is missing/)
    refused(() => blockRangeQueryFromWire({ producerPeerId: P, count: 0 }, 256), /blockRange.count must be a positive integer, got 0/)
    refused(() => blockRangeQueryFromWire({ count: 1 }, 256), /blockRange.producerPeerId must be a non-empty string/)
    refused(() => blockRangeQueryFromWire({ producerPeerId: 'p'.repeat(129), count: 1 }, 256), /at most 128 characters/)
    refused(() => blockRangeQueryFromWire({ producerPeerId: P, fromHeight: 2 ** 60 as number, count: 1 }, 256), /blockRange.fromHeight must be a non-negative integer/)
  })

  it('a ChainHeads answer: every head checked', () => {
    assert.deepEqual(chainHeadsFromWire({ chainHeads: { heads: [{ producerPeerId: P, height: 3, headHash: hash }] } }), [{ producer: P, height: 3, hash }])
    assert.deepEqual(chainHeadsFromWire({ chainHeads: {} }), [])
    refused(() => chainHeadsFromWire({ blockRange: { blocks: [] }, body: 'blockRange' } as never), /expected a chainHeads answer, got "blockRange"/)
    refused(() => chainHeadsFromWire({ chainHeads: { heads: [{ producerPeerId: P, height: 3, headHash: new Uint8Array(31) }] } }), /heads\[0\].headHash must be 32 bytes, got 31/)
    refused(() => chainHeadsFromWire({ chainHeads: { heads: [{ producerPeerId: P, headHash: hash }, { producerPeerId: P, headHash: hash }] } }), /heads\[1\].producerPeerId must not repeat a producer/)
    const many = Array.from({ length: MAX_HEADS + 1 }, (_, i) => ({ producerPeerId: `p${i}`, headHash: hash }))
    refused(() => chainHeadsFromWire({ chainHeads: { heads: many } }), /at most 1024 heads, got 1025/)
  })

  it('a BlockRange answer: at most the blocks asked for and the byte bound, none empty', () => {
    const blocks = [new Uint8Array(10), new Uint8Array(20)]
    assert.deepEqual(blockRangeFromWire({ blockRange: { blocks } }, 2, 30), blocks)
    refused(() => blockRangeFromWire({ chainHeads: {}, body: 'chainHeads' } as never, 2, 30), /expected a blockRange answer, got "chainHeads"/)
    refused(() => blockRangeFromWire({ blockRange: { blocks } }, 1, 30), /at most the 1 blocks asked for, got 2/)
    refused(() => blockRangeFromWire({ blockRange: { blocks } }, 2, 29), /at most 29 bytes, got 30/)
    refused(() => blockRangeFromWire({ blockRange: { blocks: [new Uint8Array(0)] } }, 2, 30), /blocks\[0\] must not be empty/)
  })
})
