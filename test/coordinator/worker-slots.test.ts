import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { resolveLimits, TaskRejectedError } from '../../src/coordinator/admission.ts'
import { resolveConfig } from '../../src/config/load.ts'
import { SlotBook } from '../../src/worker/slots.ts'
import { seedFor } from '../../src/worker/task-executor.ts'

describe('worker slots', () => {
  it('never hands out more slots than the capacity, counting bid reservations', () => {
    const slots = new SlotBook(2)
    assert.equal(slots.reserve('a', 100, 0), true)
    assert.equal(slots.reserve('b', 100, 0), true)
    assert.equal(slots.reserve('c', 100, 0), false)
    assert.equal(slots.acquire('a', 10), true, 'a reservation becomes a running slot')
    assert.equal(slots.acquire('x', 10), false, 'no free slot for an unreserved assignment')
    assert.equal(slots.free(200), 1, 'expired reservations free their slot')
    slots.release('a')
    assert.equal(slots.free(200), 2)
  })
})

describe('admission limits', () => {
  const config = resolveConfig({})
  it('fills defaults and accepts overrides within the maxima', () => {
    const l = resolveLimits({ limits: { executionMs: 1234 } }, config)
    assert.equal(l.executionMs, 1234)
    assert.equal(l.memoryPages, config.limits.defaultMemoryPages)
    assert.equal(l.queueMs, config.timeouts.queueMs)
  })
  it('rejects a value over its maximum with a clear error', () => {
    assert.throws(() => resolveLimits({ limits: { memoryPages: config.limits.maxMemoryPages + 1 } }, config), (err: Error) => err instanceof TaskRejectedError && /memory of \d+ pages is over/.test(err.message))
    assert.throws(() => resolveLimits({ timeouts: { totalMs: config.timeouts.maxTotalMs + 1 } }, config), /total timeout/)
  })
})

describe('sandbox seed', () => {
  it('is 32 bytes, the same for the same task and different across tasks', () => {
    assert.equal(seedFor('t').length, 32)
    assert.deepEqual(seedFor('t'), seedFor('t'))
    assert.notDeepEqual(seedFor('t'), seedFor('u'))
  })
})
