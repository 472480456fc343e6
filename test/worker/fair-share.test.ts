/**
 * Fair share of a worker's slots between coordinators (worker.fairShareWindowMs):
 * with offers from two coordinators within the window, one coordinator gets at
 * most ceil(slots / 2) of the slots and the other is still served; with one
 * active coordinator every slot is its; the window 0 turns the cap off.
 */
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it, mock } from 'node:test'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import type { ailee } from '../../src/proto/index.ts'
import { DECLINE_REASONS, WorkerService, type BidAck } from '../../src/worker/worker-service.ts'
import { advance, enableMockTimers, flush, makeAssign, makeOffer, runUntilAborted, silentLog, stubExecutor } from './helpers.ts'

const host = { cpuLoad: 0.25, memoryUsedBytes: 1_000, memoryTotalBytes: 4_000 }

/** A worker with 4 slots whose bids are answered at once (accepted: the test assigns). */
function worker (overrides: NodeConfigInput['worker'] = {}): { w: WorkerService, sent: Array<{ coordinator: string, bid: ailee.v1.IBid }> } {
  const config = resolveConfig({ worker: { slots: 4, bidOvercommit: 1, bidSpreadMs: 0, price: 10, ...overrides }, timeouts: { maxBidWindowMs: 1_000 } })
  const sent: Array<{ coordinator: string, bid: ailee.v1.IBid }> = []
  const w = new WorkerService(config, {
    publishTelemetry: async () => {},
    sendBid: async (coordinator, bid): Promise<BidAck> => {
      sent.push({ coordinator, bid })
      return { accepted: bid.decline !== true, reason: '' }
    }
  }, stubExecutor({ runSandbox: runUntilAborted }).deps, silentLog, { sampler: { sample: () => host } })
  return { w, sent }
}

/** Offers task `id` from `coordinator` and assigns it when the worker bid; the last message sent. */
async function offerAndAssign (w: WorkerService, sent: Array<{ coordinator: string, bid: ailee.v1.IBid }>, coordinator: string, id: string): Promise<ailee.v1.IBid> {
  await w.onOffer(makeOffer(id, Date.now(), { coordinatorPeerId: coordinator }))
  await flush()
  const last = sent.at(-1)!.bid
  if (last.decline !== true) assert.equal(w.onAssign(coordinator, makeAssign(id)).accepted, true)
  return last
}

describe('WorkerService fair share between coordinators', () => {
  beforeEach(() => { enableMockTimers() })
  afterEach(() => { mock.timers.reset() })

  it('a lone active coordinator may fill every slot', async () => {
    const { w, sent } = worker()
    for (const id of ['a1', 'a2', 'a3', 'a4']) assert.notEqual((await offerAndAssign(w, sent, 'A', id)).decline, true)
    assert.equal(w.running, 4)
  })

  it('with two active coordinators each gets ceil(slots / 2); the other is served, the busy one declined by name', async () => {
    const { w, sent } = worker()
    // B made an offer this worker serves: two coordinators are active, each may hold 2 of the 4 slots
    assert.notEqual((await offerAndAssign(w, sent, 'B', 'b0')).decline, true)
    assert.notEqual((await offerAndAssign(w, sent, 'A', 'a1')).decline, true)
    assert.notEqual((await offerAndAssign(w, sent, 'A', 'a2')).decline, true)
    const third = await offerAndAssign(w, sent, 'A', 'a3')
    assert.equal(third.decline, true)
    assert.equal(third.reason, DECLINE_REASONS.fairShare)
    assert.notEqual((await offerAndAssign(w, sent, 'B', 'b1')).decline, true, 'the other coordinator still gets a slot')
    assert.equal(w.running, 4)
  })

  it('a coordinator whose offers this worker cannot serve (price) takes no share', async () => {
    const { w, sent } = worker()
    await w.onOffer(makeOffer('b0', Date.now(), { coordinatorPeerId: 'B', maxPrice: 1 }))
    assert.equal(sent.at(-1)!.bid.reason, DECLINE_REASONS.price)
    for (const id of ['a1', 'a2', 'a3', 'a4']) assert.notEqual((await offerAndAssign(w, sent, 'A', id)).decline, true)
  })

  it('once the other coordinator has made no offer for the window, the cap lifts', async () => {
    const { w, sent } = worker({ fairShareWindowMs: 1_000 })
    await offerAndAssign(w, sent, 'B', 'b0')
    await offerAndAssign(w, sent, 'A', 'a1')
    await offerAndAssign(w, sent, 'A', 'a2')
    assert.equal((await offerAndAssign(w, sent, 'A', 'a3')).reason, DECLINE_REASONS.fairShare)
    await advance(1_100, 100)
    assert.notEqual((await offerAndAssign(w, sent, 'A', 'a4')).decline, true)
  })

  it('fairShareWindowMs 0: first come, first served', async () => {
    const { w, sent } = worker({ fairShareWindowMs: 0 })
    await offerAndAssign(w, sent, 'B', 'b0')
    for (const id of ['a1', 'a2', 'a3']) assert.notEqual((await offerAndAssign(w, sent, 'A', id)).decline, true)
  })
})
