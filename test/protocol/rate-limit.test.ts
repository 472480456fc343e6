import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PeerRateLimiter, PeerStreamCounter } from '../../src/protocol/rate-limit.ts'

describe('PeerRateLimiter', () => {
  it('allows a burst of 2x the rate, then refills continuously, per peer', () => {
    let now = 0
    const limiter = new PeerRateLimiter(10, undefined, () => now)
    let allowed = 0
    for (let i = 0; i < 30; i++) if (limiter.tryTake('a')) allowed++
    assert.equal(allowed, 20)
    assert.equal(limiter.tryTake('b'), true) // other peers have their own bucket
    now += 100 // 10/s for 100 ms: one token
    assert.equal(limiter.tryTake('a'), true)
    assert.equal(limiter.tryTake('a'), false)
    now += 60_000
    allowed = 0
    for (let i = 0; i < 30; i++) if (limiter.tryTake('a')) allowed++
    assert.equal(allowed, 20) // never more than the burst
  })
})

describe('PeerStreamCounter', () => {
  it('counts open streams per peer up to the limit', () => {
    const counter = new PeerStreamCounter(2)
    assert.equal(counter.tryOpen('a'), true)
    assert.equal(counter.tryOpen('a'), true)
    assert.equal(counter.tryOpen('a'), false)
    assert.equal(counter.tryOpen('b'), true)
    counter.close('a')
    assert.equal(counter.count('a'), 1)
    assert.equal(counter.tryOpen('a'), true)
    counter.close('a'); counter.close('a'); counter.close('a')
    assert.equal(counter.count('a'), 0)
  })
})
