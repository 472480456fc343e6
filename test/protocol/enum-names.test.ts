/** The enum number <-> name mapping shared by task states, execution statuses and event kinds. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { enumNames } from '../../src/protocol/enum-names.ts'

describe('enumNames', () => {
  it('maps both ways, keeps the order, and has no name for unknown numbers', () => {
    const e = enumNames<'a' | 'b'>([[1, 'a'], [2, 'b']])
    assert.deepEqual(e.names, ['a', 'b'])
    assert.equal(e.fromWire(2), 'b')
    assert.equal(e.toWire('a'), 1)
    assert.equal(e.fromWire(0), undefined)
    assert.equal(e.fromWire(99), undefined)
    assert.equal(e.fromWire(null), undefined)
  })

  it('refuses a number or a name given twice', () => {
    assert.throws(() => enumNames([[1, 'a'], [1, 'b']]), /repeats/)
    assert.throws(() => enumNames([[1, 'a'], [2, 'a']]), /repeats/)
  })
})
