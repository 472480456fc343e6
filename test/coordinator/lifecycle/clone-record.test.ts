import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { clonePlain } from '../../../src/coordinator/lifecycle/clone-record.ts'

describe('clonePlain', () => {
  it('copies plain data deeply, as structuredClone does, sharing no object with the input', () => {
    const record = {
      id: 't1', n: 3, ok: true, none: null, gone: undefined, args: ['a', 'b'], env: { A: '1' },
      leases: [{ worker: 'w', phase: 'running', nested: { deep: [1, [2, 3]] } }],
      round: undefined as unknown
    }
    const copy = clonePlain(record)
    assert.deepStrictEqual(copy, structuredClone(record))
    assert.ok('gone' in copy && 'round' in copy, 'keys holding undefined are kept')
    assert.notEqual(copy, record)
    assert.notEqual(copy.args, record.args)
    assert.notEqual(copy.env, record.env)
    assert.notEqual(copy.leases[0], record.leases[0])
    assert.notEqual(copy.leases[0].nested.deep[1], record.leases[0].nested.deep[1])
    copy.leases[0].phase = 'verifying'
    copy.args.push('c')
    assert.equal(record.leases[0].phase, 'running')
    assert.deepEqual(record.args, ['a', 'b'])
  })

  it('copies what is not plain data (bytes, maps, dates) with structuredClone, still unshared', () => {
    const bytes = new Uint8Array([1, 2, 3])
    const value = { bytes, map: new Map([['k', { v: 1 }]]), at: new Date(5), list: [new Uint8Array([9])] }
    const copy = clonePlain(value)
    assert.deepStrictEqual(copy, value)
    assert.ok(copy.bytes instanceof Uint8Array && copy.map instanceof Map && copy.at instanceof Date)
    copy.bytes[0] = 7
    copy.map.get('k')!.v = 2
    assert.equal(bytes[0], 1)
    assert.equal(value.map.get('k')!.v, 1)
  })

  it('returns primitives as they are', () => {
    assert.equal(clonePlain(5), 5)
    assert.equal(clonePlain('s'), 's')
    assert.equal(clonePlain(null), null)
    assert.equal(clonePlain(undefined), undefined)
  })
})
