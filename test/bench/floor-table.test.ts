/**
 * The bench's pure helpers: figure-beside-floor ratios and rows
 * (bench/lib/floor-table.ts) and the /proc status parser (bench/lib/rss.ts).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { floorRatio, floorRows } from '../../bench/lib/floor-table.ts'
import { mib, parseProcStatus } from '../../bench/lib/rss.ts'

describe('floorRatio', () => {
  it('is value / floor for a cost (latency): 1 at the floor, larger when slower', () => {
    assert.equal(floorRatio({ value: 0.76, floor: 0.38, kind: 'cost' }), 2)
    assert.equal(floorRatio({ value: 67, floor: 0.38, kind: 'cost' }), 176.32)
  })

  it('is floor / value for a rate (throughput), so larger is still worse', () => {
    assert.equal(floorRatio({ value: 10.5, floor: 5263, kind: 'rate' }), 501.24)
    assert.equal(floorRatio({ value: 1000, floor: 500, kind: 'rate' }), 0.5)
  })

  it('is NaN when it cannot be computed (zero divisor, missing figure)', () => {
    assert.ok(Number.isNaN(floorRatio({ value: 0, floor: 5263, kind: 'rate' })))
    assert.ok(Number.isNaN(floorRatio({ value: 3, floor: 0, kind: 'cost' })))
    assert.ok(Number.isNaN(floorRatio({ value: Number.NaN, floor: 1, kind: 'cost' })))
  })
})

describe('floorRows', () => {
  it('puts each figure beside its floor with the ratio, and n/a where there is none', () => {
    const rows = floorRows([
      { figure: 'sandbox p50', value: 0.9, unit: 'ms', floorName: 'bare WASI p50', floor: 0.3, kind: 'cost' },
      { figure: 'processes', value: 0, unit: 'tasks/s', floorName: 'cores / bare WASI', floor: 6667, kind: 'rate' }
    ])
    assert.deepEqual(rows, [
      ['figure', 'value', 'unit', 'floor', 'floor value', 'x floor'],
      ['sandbox p50', 0.9, 'ms', 'bare WASI p50', 0.3, '3 x'],
      ['processes', 0, 'tasks/s', 'cores / bare WASI', 6667, 'n/a']
    ])
  })
})

describe('parseProcStatus', () => {
  const status = 'Name:\tnode\nState:\tS (sleeping)\nVmPeak:\t 1234567 kB\nVmHWM:\t  409600 kB\nVmRSS:\t  204800 kB\nThreads:\t11\n'

  it('reads VmRSS and VmHWM (kB = KiB) as bytes', () => {
    assert.deepEqual(parseProcStatus(status), { rssBytes: 204800 * 1024, hwmBytes: 409600 * 1024 })
    assert.equal(mib(204800 * 1024), 200)
  })

  it('takes the peak as the current size when VmHWM is missing', () => {
    assert.deepEqual(parseProcStatus('VmRSS:\t 1024 kB\n'), { rssBytes: 1024 * 1024, hwmBytes: 1024 * 1024 })
  })

  it('throws without a VmRSS line (a zombie has none)', () => {
    assert.throws(() => parseProcStatus('Name:\tnode\nState:\tZ (zombie)\n'), /VmRSS/)
  })
})
