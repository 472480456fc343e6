/**
 * The system clock's timers never call back before their time by Date.now(),
 * even though setTimeout (monotonic) may fire a millisecond early; a cancelled
 * timer never calls back.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemClock } from '../../src/coordinator/clock.ts'

describe('systemClock', () => {
  it('calls back no earlier than atMs by Date.now()', async () => {
    const start = Date.now()
    const fired: Array<{ atMs: number, nowMs: number }> = []
    await Promise.all(Array.from({ length: 40 }, async (_, i) => {
      const atMs = start + 5 + (i % 10) * 3
      await new Promise<void>(resolve => systemClock.setTimer(atMs, () => { fired.push({ atMs, nowMs: Date.now() }); resolve() }))
    }))
    for (const f of fired) assert.ok(f.nowMs >= f.atMs, `fired at ${f.nowMs}, before ${f.atMs}`)
    assert.equal(fired.length, 40)
  })

  it('a time already passed calls back asynchronously; a cancelled timer never does', async () => {
    let called = false
    systemClock.setTimer(Date.now() - 1_000, () => { called = true })
    assert.equal(called, false, 'not synchronously')
    let cancelledCalled = false
    const cancel = systemClock.setTimer(Date.now() + 5, () => { cancelledCalled = true })
    cancel()
    await new Promise(resolve => setTimeout(resolve, 30))
    assert.equal(called, true)
    assert.equal(cancelledCalled, false)
  })
})
