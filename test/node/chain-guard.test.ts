/**
 * The foreign-block guard on its own, with a fake clock: the entry budget
 * (token bucket), the cheap checks from header and size, and which producers
 * a configuration follows.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { resolveConfig } from '../../src/config/load.ts'
import { CONFIG_DEFAULTS } from '../../src/config/schema.ts'
import { EntryBudget, ForeignBlockGuard, ForeignBlockRefusedError, followedProducers, foreignBlockRules } from '../../src/node/chain-guard.ts'
import type { ForeignBlockRules } from '../../src/node/chain-guard.ts'
import { identity } from '../chain/fixtures.ts'

/** A clock tests move by hand, Unix ms. */
function fakeClock (start = 1_700_000_000_000): { now: () => number, advance: (ms: number) => void } {
  let t = start
  return { now: () => t, advance: ms => { t += ms } }
}

describe('EntryBudget (token bucket of entries)', () => {
  it('starts full (one minute\'s worth), takes weighted amounts, refills continuously, never above its size', () => {
    const clock = fakeClock()
    const budget = new EntryBudget(600, clock.now) // 10 a second
    assert.equal(budget.available('p'), 600)
    assert.ok(budget.tryTake('p', 500))
    assert.equal(budget.available('p'), 100)
    assert.equal(budget.tryTake('p', 101), false, 'more than is left')
    assert.equal(budget.available('p'), 100, 'a refused take takes nothing')
    clock.advance(1_000)
    assert.equal(budget.available('p'), 110)
    assert.ok(budget.tryTake('p', 110))
    assert.equal(budget.available('p'), 0)
    assert.equal(budget.available('q'), 600, 'buckets are per key')
    clock.advance(3_600_000)
    assert.equal(budget.available('p'), 600, 'capped at one minute\'s worth')
    assert.equal(budget.tryTake('p', 601), false, 'a take above the bucket size never succeeds')
  })

  it('keeps at most maxKeys buckets: full ones go first, then the least recently used', () => {
    const clock = fakeClock()
    const budget = new EntryBudget(60, clock.now, 2)
    assert.ok(budget.tryTake('a', 60))
    assert.ok(budget.tryTake('b', 1))
    clock.advance(59_000) // b is full again, a is not
    assert.ok(budget.tryTake('c', 1))
    assert.equal(budget.size, 2)
    assert.ok(budget.available('a') < 60, 'a (not full) was kept')
    assert.ok(budget.tryTake('d', 1))
    assert.equal(budget.size, 2)
  })

  it('refuses a non-positive rate', () => {
    assert.throws(() => new EntryBudget(0), RangeError)
    assert.throws(() => new EntryBudget(10, Date.now, 0), RangeError)
  })
})

describe('ForeignBlockGuard', () => {
  const SELF = 'self'
  function guard (over: Partial<ForeignBlockRules> = {}, now?: () => number): ForeignBlockGuard {
    return new ForeignBlockGuard({ self: SELF, follow: [], maxBlockEntries: 100, maxBlockBytes: 10_000, entriesPerMinute: 150, totalEntriesPerMinute: 250, now, ...over })
  }
  function refusal (err: ForeignBlockRefusedError | undefined, reason: string, verdict: 'ignore' | 'reject'): void {
    assert.ok(err instanceof ForeignBlockRefusedError, `expected a refusal (${reason})`)
    assert.equal(err.name, 'ForeignBlockRefusedError')
    assert.equal(err.reason, reason, err.message)
    assert.equal(err.verdict, verdict)
  }

  it('screens entry count and size before any signature; the own producer is never limited', () => {
    const g = guard()
    assert.equal(g.screen('p', 100, 10_000), undefined, 'at the bounds')
    refusal(g.screen('p', 101, 10), 'too-many-entries', 'reject')
    refusal(g.screen('p', 1, 10_001), 'too-large', 'reject')
    assert.match(g.screen('p', 101, 10)!.message, /101 entries, at most chain.maxForeignBlockEntries = 100/)
    assert.equal(g.screen(SELF, 1_000_000, 1e9), undefined)
    assert.equal(g.charge(SELF, 1_000_000), undefined)
  })

  it('with a follow list, ignores blocks of every other producer, whatever their size', () => {
    const g = guard({ follow: ['a'] })
    assert.ok(g.follows('a') && g.follows(SELF) && !g.follows('b'))
    refusal(g.screen('b', 1, 1), 'not-followed', 'ignore')
    refusal(g.screen('b', 1_000_000, 1e9), 'not-followed', 'ignore')
    assert.equal(g.screen('a', 1, 1), undefined)
  })

  it('charges entries to the producer\'s budget and, for producers not listed, to the shared one: over either is ignored, not invalid', () => {
    const clock = fakeClock()
    const g = guard({}, clock.now)
    assert.equal(g.charge('a', 100), undefined)
    refusal(g.charge('a', 100), 'over-producer-budget', 'ignore')
    assert.match(g.charge('a', 100)!.message, /not afforded now/)
    assert.equal(g.charge('b', 100), undefined, 'another producer has its own budget')
    refusal(g.charge('c', 100), 'over-total-budget', 'ignore') // 250 - 200 = 50 left in the shared bucket
    assert.equal(g.charge('c', 50), undefined)
    clock.advance(24_000) // +100 shared (now 100), +60 each (a and b: 110)
    assert.equal(g.charge('a', 100), undefined)
    refusal(g.charge('b', 100), 'over-total-budget', 'ignore')
    refusal(g.charge('a', 100), 'over-producer-budget', 'ignore')
    clock.advance(60_000)
    assert.equal(g.charge('a', 100), undefined, 'refilled')
    assert.equal(g.charge('empty', 0), undefined, 'an empty block costs one')
  })

  it('listed producers draw only on their own budget', () => {
    const g = guard({ follow: ['a', 'b', 'c'], totalEntriesPerMinute: 100 })
    for (const p of ['a', 'b', 'c']) assert.equal(g.charge(p, 100), undefined)
    refusal(g.charge('a', 100), 'over-producer-budget', 'ignore')
  })
})

describe('which producers a node follows', () => {
  it('chain.producers, else a worker\'s worker.coordinators, else any', async () => {
    const [a, b] = [(await identity()).peerId, (await identity()).peerId]
    assert.deepEqual(followedProducers(CONFIG_DEFAULTS), [])
    assert.deepEqual(followedProducers(resolveConfig({ role: 'worker', worker: { coordinators: [a] } })), [a])
    assert.deepEqual(followedProducers(resolveConfig({ role: 'coordinator', worker: { coordinators: [a] } })), [])
    assert.deepEqual(followedProducers(resolveConfig({ role: 'worker', worker: { coordinators: [a] }, chain: { producers: [b] } })), [b])
    const rules = foreignBlockRules(resolveConfig({}), 'me')
    assert.deepEqual({ ...rules, now: undefined }, {
      self: 'me', follow: [], maxBlockEntries: 1024, maxBlockBytes: 1024 * 1024, entriesPerMinute: 10_000, totalEntriesPerMinute: 20_000, now: undefined
    })
  })

  it('the schema refuses a producer that is not a peer id, and a budget below one full block', () => {
    assert.throws(() => resolveConfig({ chain: { producers: ['nope'] } }), /producers/)
    assert.throws(() => resolveConfig({ chain: { maxForeignBlockEntries: 15_000 } }), /maxForeignEntriesPerMinute/)
  })
})
