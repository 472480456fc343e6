import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it, mock } from 'node:test'
import { pino, type Logger } from 'pino'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfig } from '../../src/config/schema.ts'
import { sealedSizeLimit } from '../../src/content/envelope.ts'
import { RequestTimeoutError } from '../../src/protocol/errors.ts'
import type { ailee } from '../../src/proto/index.ts'
import {
  ASSIGN_REFUSALS, BID_HOLD_AFTER_DEADLINE_MS, DECLINE_REASONS, NODE_VERSION, WorkerService, type BidAck
} from '../../src/worker/worker-service.ts'
import type { HostSample } from '../../src/worker/telemetry-sampler.ts'
import {
  T0, advance, bidAndAssign, deferred, enableMockTimers, flush, makeAssign, makeOffer, makeSpec, runUntilAborted, sandboxResult,
  silentLog, stubExecutor, type Deferred, type ExecutorStub
} from './helpers.ts'

// bidOvercommit 1 and bidSpreadMs 0: a bid holds a whole slot and goes out at once (spreading has its own tests below)
const config = resolveConfig({
  worker: { slots: 2, price: 10, maxMemoryPages: 100, telemetryIntervalMs: 500, shutdownGraceMs: 1_000, bidOvercommit: 1, bidSpreadMs: 0 },
  limits: { maxModuleBytes: 1_000, maxOutputBytes: 8_192 },
  timeouts: { maxExecutionMs: 5_000, maxBidWindowMs: 1_000, requestMs: 1_500 }
})

/** How long after its offer's bid deadline a bid can still be assigned, ms. */
const BID_LIFE_AFTER_DEADLINE_MS = BID_HOLD_AFTER_DEADLINE_MS + config.timeouts.requestMs

interface Harness {
  service: WorkerService
  executor: ExecutorStub
  bids: Array<{ coordinator: string, bid: ailee.v1.IBid, ack: Deferred<BidAck> }>
  telemetry: ailee.v1.ITelemetry[]
}

const host: HostSample = { cpuLoad: 0.25, memoryUsedBytes: 1_000, memoryTotalBytes: 4_000 }

/**
 * A service on stub ports; bids stay unanswered until the test settles
 * `bids[i].ack` (as a coordinator does when its round is decided, after the
 * winner acknowledged its Assign).
 */
function harness (executor = stubExecutor(), cfg: NodeConfig = config, log: Logger = silentLog): Harness {
  const h: Harness = { executor, bids: [], telemetry: [], service: undefined as never }
  h.service = new WorkerService(cfg, {
    publishTelemetry: async t => { h.telemetry.push(t) },
    sendBid: async (coordinator, bid) => {
      const ack = deferred<BidAck>()
      h.bids.push({ coordinator, bid, ack })
      if (bid.decline === true) ack.resolve({ accepted: false, reason: 'declined' })
      return await ack.promise
    }
  }, executor.deps, log, { sampler: { sample: () => host } })
  return h
}

/** A pino logger at warn that keeps its records in `records`. */
function capturingLog (): { log: Logger, records: Array<Record<string, unknown>> } {
  const records: Array<Record<string, unknown>> = []
  return { records, log: pino({ level: 'warn' }, { write: (line: string) => { records.push(JSON.parse(line)) } }) }
}

describe('WorkerService', () => {
  beforeEach(() => { enableMockTimers() })
  afterEach(() => { mock.timers.reset() })

  describe('offers', () => {
    it('bids when it can serve the offer', async () => {
      const h = harness()
      await h.service.publishTelemetry() // reads the host once (health = 1 - cpu load)
      void h.service.onOffer(makeOffer('t1', T0))
      await flush()
      assert.equal(h.bids.length, 1)
      assert.equal(h.bids[0].coordinator, 'coord')
      assert.deepEqual(h.bids[0].bid, { taskId: 't1', attempt: 1, price: 10, health: 0.75, queueDepth: 1, freeSlots: 1 })
    })

    const declines: Array<[string, Parameters<typeof makeOffer>[2], string]> = [
      ['memory', { memoryPages: 101 }, DECLINE_REASONS.memory],
      ['price', { maxPrice: 9 }, DECLINE_REASONS.price],
      ['module size', { moduleSizeBytes: sealedSizeLimit(1_000) + 1 }, DECLINE_REASONS.moduleSize],
      ['execution time', { executionMs: 5_001 }, DECLINE_REASONS.executionTime],
      ['bid deadline too far ahead', { bidDeadlineMs: T0 + 1_001 }, DECLINE_REASONS.deadlineTooFar]
    ]
    for (const [what, patch, reason] of declines) {
      it(`declines with a reason and sends the decline: ${what}`, async () => {
        const h = harness()
        await h.service.onOffer(makeOffer('t1', T0, patch))
        assert.deepEqual(h.bids.map(b => b.bid), [{ taskId: 't1', attempt: 1, price: 10, decline: true, reason }])
        assert.equal(h.bids[0].coordinator, 'coord')
      })
    }

    it('declines when draining', async () => {
      const h = harness()
      await h.service.drain()
      await h.service.onOffer(makeOffer('t1', T0))
      assert.deepEqual(h.bids.map(b => [b.bid.decline, b.bid.reason]), [[true, DECLINE_REASONS.draining]])
    })

    it('declines an offer when its bids hold every slot (bids reserve slots), so the round need not wait for its deadline (issue 9)', async () => {
      const h = harness()
      void h.service.onOffer(makeOffer('t1', T0))
      void h.service.onOffer(makeOffer('t2', T0))
      await h.service.onOffer(makeOffer('t3', T0))
      assert.deepEqual(h.bids.map(b => [b.bid.taskId, b.bid.decline === true, b.bid.reason ?? '']), [
        ['t1', false, ''], ['t2', false, ''], ['t3', true, DECLINE_REASONS.bidsOutstanding]
      ])
      assert.equal(h.bids[1].bid.freeSlots, 0)
      assert.equal(h.bids[1].bid.queueDepth, 2)
    })

    it('an offer that excludes this worker (a re-execution of a task it ran) gets no bid, no answer and holds no bid room', async () => {
      const h = harness()
      await h.service.onOffer(makeOffer('t1', T0, { attempt: 2, excludedWorkers: ['worker-1'] }))
      assert.equal(h.bids.length, 0)
      assert.equal(h.service.pendingBids(), 0)
      // its two slots are still there for offers it may win
      void h.service.onOffer(makeOffer('t2', T0))
      void h.service.onOffer(makeOffer('t3', T0, { excludedWorkers: ['worker-9'] }))
      await flush()
      assert.deepEqual(h.bids.map(b => [b.bid.taskId, b.bid.decline === true]), [['t2', false], ['t3', false]])
    })

    it('does not answer at all when the bid deadline passed', async () => {
      const h = harness()
      await h.service.onOffer(makeOffer('t1', T0, { bidDeadlineMs: T0 - 1 }))
      assert.equal(h.bids.length, 0)
    })

    it('bids on an offer that arrives after its deadline but before its late-bid end; the bid lives until the late end + hold + request timeout', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      // the coordinator keeps a round without bids open until lateBidUntilMs (coordinator.lateBidMs)
      void h.service.onOffer(makeOffer('t1', T0, { bidDeadlineMs: T0 - 100, lateBidUntilMs: T0 + 400 }))
      void h.service.onOffer(makeOffer('t2', T0, { bidDeadlineMs: T0 - 100, lateBidUntilMs: T0 + 400 }))
      await flush()
      assert.deepEqual(h.bids.map(b => [b.bid.taskId, b.bid.decline ?? false]), [['t1', false], ['t2', false]], 'late offers get real bids')
      await advance(400 + BID_LIFE_AFTER_DEADLINE_MS)
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t2')), { accepted: true, reason: '' }, 'still live at its last ms')
      await advance(1)
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: false, reason: ASSIGN_REFUSALS.noBid })
    })

    it('does not answer a late offer whose late-bid end passed, is unset, or lies more than maxBidWindowMs after its deadline', async () => {
      const h = harness()
      await h.service.onOffer(makeOffer('t1', T0, { bidDeadlineMs: T0 - 200, lateBidUntilMs: T0 - 1 }))
      await h.service.onOffer(makeOffer('t2', T0, { bidDeadlineMs: T0 - 200, lateBidUntilMs: 0 }))
      // timeouts.maxBidWindowMs is 1000 here: a late end 1001 ms after the deadline would hold a slot too long
      await h.service.onOffer(makeOffer('t3', T0, { bidDeadlineMs: T0 - 200, lateBidUntilMs: T0 - 200 + 1_001 }))
      assert.equal(h.bids.length, 0)
      void h.service.onOffer(makeOffer('t4', T0, { bidDeadlineMs: T0 - 200, lateBidUntilMs: T0 - 200 + 1_000 }))
      await flush()
      assert.equal(h.bids.length, 1, 'at exactly maxBidWindowMs after the deadline it bids')
    })

    it('a bid holds its slot until deadline + hold; a lost bid frees it at once', async () => {
      const h = harness()
      void h.service.onOffer(makeOffer('t1', T0)) // deadline T0 + 300
      void h.service.onOffer(makeOffer('t2', T0))
      await flush()
      await h.service.onOffer(makeOffer('t3', T0))
      const bids = (): typeof h.bids => h.bids.filter(b => b.bid.decline !== true)
      assert.equal(bids().length, 2, 't3 gets no bid: both slots are held')

      h.bids[0].ack.resolve({ accepted: false, reason: 'lost' })
      await flush()
      void h.service.onOffer(makeOffer('t4', T0))
      await flush()
      assert.equal(bids()[2].bid.taskId, 't4', 'the lost bid freed its slot')

      // t2 and t4 stay unanswered: their slots are held until deadline + hold, then free again
      await advance(300 + BID_HOLD_AFTER_DEADLINE_MS)
      await h.service.onOffer(makeOffer('t5', Date.now()))
      assert.equal(bids().length, 3, 'still held at deadline + hold: no bid on t5')
      assert.equal(h.bids.at(-1)?.bid.reason, DECLINE_REASONS.bidsOutstanding, 't5 is declined')
      await advance(1)
      void h.service.onOffer(makeOffer('t6', Date.now()))
      await flush()
      assert.equal(bids()[3].bid.taskId, 't6')
      assert.equal(bids()[3].bid.decline, undefined, 'held slots expired')
      assert.equal(bids()[3].bid.freeSlots, 1)
    })

    it('a won bid keeps the slot for the Assign', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      void h.service.onOffer(makeOffer('t1', T0))
      void h.service.onOffer(makeOffer('t2', T0))
      await flush()
      h.bids[0].ack.resolve({ accepted: true, reason: '' })
      await flush()
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: true, reason: '' })
      assert.equal(h.service.running, 1)
      assert.equal(h.service.pendingBids(), 1, 't1 used its bid; t2 still waits')
    })

    it('acknowledges an Assign with inline content as running (it starts at once; the ack stands for the running heartbeat)', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      void h.service.onOffer(makeOffer('t1', T0))
      await flush()
      const content = { module: new Uint8Array([1]), input: new Uint8Array(0) }
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1', { content })), { accepted: true, reason: '', running: true })
    })
  })

  describe('assignments', () => {
    it('starts an execution when a slot is free; refuses one beyond the slots with the reason', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      // t3's bid goes out first; its answer times out: the slot is freed, the bid kept (the coordinator may have it)
      void h.service.onOffer(makeOffer('t3', T0))
      await flush()
      h.bids[0].ack.reject(new RequestTimeoutError('no response within 1500 ms'))
      await flush()
      assert.equal(h.service.pendingBids(), 1)
      assert.deepEqual(await bidAndAssign(h.service, makeAssign('t1')), { accepted: true, reason: '' })
      assert.deepEqual(await bidAndAssign(h.service, makeAssign('t2')), { accepted: true, reason: '' })
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t3')), { accepted: false, reason: 'all 2 slots busy' })
      assert.equal(h.service.running, 2)
      await flush()
      assert.deepEqual(h.executor.runs.map(r => r.task.programName), ['t1', 't2'])
    })

    it('refuses an Assign needing more memory than it accepts', async () => {
      const h = harness()
      const spec = makeSpec({ limits: { memoryPages: 101, executionMs: 1_000, maxOutputBytes: 10 } })
      assert.deepEqual(await bidAndAssign(h.service, makeAssign('t1', { spec })), { accepted: false, reason: DECLINE_REASONS.memory })
    })

    it('frees the slot when the execution ends', async () => {
      const run = deferred<ReturnType<typeof sandboxResult>>()
      const h = harness(stubExecutor({ runSandbox: async () => await run.promise }))
      await bidAndAssign(h.service, makeAssign('t1'))
      await bidAndAssign(h.service, makeAssign('t2'))
      assert.equal(h.service.running, 2)
      run.resolve(sandboxResult())
      await flush()
      assert.equal(h.service.running, 0)
      assert.equal(h.executor.results.length, 2)
      assert.equal((await bidAndAssign(h.service, makeAssign('t3'))).accepted, true)
    })
  })

  describe('a worker serves only its own bids, within its own maxima (hostile coordinators)', () => {
    /** Bids on and runs an honest task `taskId` from 'coord' on `h`, asserting it starts. */
    async function honestTaskRuns (h: Harness, taskId: string): Promise<void> {
      assert.deepEqual(await bidAndAssign(h.service, makeAssign(taskId)), { accepted: true, reason: '' })
      await flush()
      assert.ok(h.executor.runs.some(r => r.task.programName === taskId), `honest ${taskId} runs`)
    }

    it('refuses an Assign it never bid on, logs the sender at warn, and still runs an honest task', async () => {
      const { log, records } = capturingLog()
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }), config, log)
      assert.deepEqual(h.service.onAssign('evil', makeAssign('x1')), { accepted: false, reason: ASSIGN_REFUSALS.noBid })
      assert.equal(h.service.running, 0)
      assert.deepEqual(records.map(r => [r.level, r.peer, r.task, r.reason]), [[40, 'evil', 'x1', ASSIGN_REFUSALS.noBid]])
      await honestTaskRuns(h, 't1')
      assert.deepEqual(h.executor.runs.map(r => r.task.programName), ['t1'])
    })

    it('refuses an Assign from another coordinator than the one it bid to; the bidder\'s Assign still runs', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      void h.service.onOffer(makeOffer('t1', T0))
      await flush()
      assert.equal(h.bids[0].coordinator, 'coord')
      assert.deepEqual(h.service.onAssign('evil', makeAssign('t1')), { accepted: false, reason: ASSIGN_REFUSALS.noBid })
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: true, reason: '' })
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: false, reason: ASSIGN_REFUSALS.noBid }, 'a bid is used up by its Assign')
      assert.equal(h.service.running, 1)
    })

    it('an offer replaying another coordinator\'s task id neither takes nor drops that coordinator\'s bid', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      void h.service.onOffer(makeOffer('t1', T0))
      void h.service.onOffer(makeOffer('t1', T0, { coordinatorPeerId: 'evil' }))
      await flush()
      assert.deepEqual(h.bids.map(b => [b.coordinator, b.bid.decline === true]), [['coord', false], ['evil', false]])
      h.bids[1].ack.resolve({ accepted: false, reason: 'lost' })
      await flush()
      assert.deepEqual(h.service.onAssign('evil', makeAssign('t1')), { accepted: false, reason: ASSIGN_REFUSALS.noBid })
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: true, reason: '' })
    })

    it('refuses an Assign after its bid expired (deadline + hold + request timeout) or was lost', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      void h.service.onOffer(makeOffer('t1', T0)) // bid deadline T0 + 300
      void h.service.onOffer(makeOffer('t2', T0))
      await flush()
      await advance(300 + BID_LIFE_AFTER_DEADLINE_MS)
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t2')), { accepted: true, reason: '' }, 'still live at its last ms')
      await advance(1)
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: false, reason: ASSIGN_REFUSALS.noBid })
      assert.equal(h.service.pendingBids(), 0, 'expired bids are pruned')

      void h.service.onOffer(makeOffer('t3', Date.now()))
      await flush()
      h.bids[2].ack.resolve({ accepted: false, reason: 'lost to w2' })
      await flush()
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t3')), { accepted: false, reason: ASSIGN_REFUSALS.noBid }, 'a lost bid')
      await honestTaskRuns(h, 't4')
      assert.equal(h.service.running, 2)
    })

    it('forgets a bid whose delivery failed (not a timeout)', async () => {
      const h = harness()
      void h.service.onOffer(makeOffer('t1', T0))
      await flush()
      h.bids[0].ack.reject(new Error('peer unreachable'))
      await flush()
      assert.equal(h.service.pendingBids(), 0)
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: false, reason: ASSIGN_REFUSALS.noBid })
    })

    const overLimits: Array<[string, Partial<ReturnType<typeof makeSpec>['limits']>, string]> = [
      ['executionMs over timeouts.maxExecutionMs', { executionMs: 5_001 }, ASSIGN_REFUSALS.executionTime],
      ['maxOutputBytes over limits.maxOutputBytes', { maxOutputBytes: 8_193 }, ASSIGN_REFUSALS.outputSize]
    ]
    for (const [what, patch, reason] of overLimits) {
      it(`refuses a bid-on Assign with ${what}, frees the bid's slot, and still runs honest tasks`, async () => {
        const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
        const spec = makeSpec({ limits: { ...makeSpec().limits, ...patch } })
        assert.deepEqual(await bidAndAssign(h.service, makeAssign('x1', { spec })), { accepted: false, reason })
        assert.equal(h.service.running, 0)
        assert.equal(h.service.pendingBids(), 0)
        await flush()
        assert.equal(h.executor.runs.length, 0)
        // both slots are free again: two honest tasks run
        await honestTaskRuns(h, 't1')
        await honestTaskRuns(h, 't2')
        assert.equal(h.service.running, 2)
      })
    }

    it('accepts an Assign at exactly its maxima', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      const spec = makeSpec({ limits: { memoryPages: 100, executionMs: 5_000, maxOutputBytes: 8_192 } })
      assert.deepEqual(await bidAndAssign(h.service, makeAssign('t1', { spec })), { accepted: true, reason: '' })
    })

    it('declines offers a year ahead without holding a slot: a following honest offer gets a bid', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      const yearMs = 365 * 24 * 3_600_000
      await h.service.onOffer(makeOffer('x1', T0, { coordinatorPeerId: 'evil', bidDeadlineMs: T0 + yearMs }))
      await h.service.onOffer(makeOffer('x2', T0, { coordinatorPeerId: 'evil', bidDeadlineMs: T0 + yearMs }))
      assert.deepEqual(h.bids.map(b => [b.coordinator, b.bid.decline, b.bid.reason]), [
        ['evil', true, DECLINE_REASONS.deadlineTooFar], ['evil', true, DECLINE_REASONS.deadlineTooFar]
      ])
      assert.equal(h.service.pendingBids(), 0)
      // at most maxBidWindowMs ahead is fine
      void h.service.onOffer(makeOffer('t1', T0, { bidDeadlineMs: T0 + config.timeouts.maxBidWindowMs }))
      await flush()
      assert.deepEqual(h.bids[2].bid, { taskId: 't1', attempt: 1, price: 10, health: 1, queueDepth: 1, freeSlots: 1 })
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t1')), { accepted: true, reason: '' })
      await honestTaskRuns(h, 't2')
    })

    describe('worker.coordinators', () => {
      const allowing = resolveConfig({ ...config, worker: { ...config.worker, coordinators: ['coord'] } })

      it('ignores offers from a coordinator not listed (no bid, no decline) and bids on a listed one\'s', async () => {
        const h = harness(stubExecutor({ runSandbox: runUntilAborted }), allowing)
        await h.service.onOffer(makeOffer('x1', T0, { coordinatorPeerId: 'evil' }))
        await h.service.onOffer(makeOffer('x2', T0, { coordinatorPeerId: 'evil', memoryPages: 1_000 }))
        assert.equal(h.bids.length, 0)
        assert.equal(h.service.pendingBids(), 0)
        void h.service.onOffer(makeOffer('t1', T0))
        await flush()
        assert.deepEqual(h.bids.map(b => [b.coordinator, b.bid.taskId, b.bid.freeSlots]), [['coord', 't1', 1]])
      })

      it('refuses an Assign from a coordinator not listed; a listed one\'s runs', async () => {
        const { log, records } = capturingLog()
        const h = harness(stubExecutor({ runSandbox: runUntilAborted }), allowing, log)
        assert.deepEqual(h.service.onAssign('evil', makeAssign('x1')), { accepted: false, reason: ASSIGN_REFUSALS.coordinatorNotAccepted })
        assert.deepEqual(records.map(r => [r.peer, r.reason]), [['evil', ASSIGN_REFUSALS.coordinatorNotAccepted]])
        await honestTaskRuns(h, 't1')
      })

      it('empty (the default) accepts any coordinator', async () => {
        assert.deepEqual(config.worker.coordinators, [])
        const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
        assert.deepEqual(await bidAndAssign(h.service, makeAssign('t1'), 'coord-x'), { accepted: true, reason: '' })
      })
    })
  })

  describe('drain', () => {
    it('stops bidding, says draining in telemetry, and waits for tasks that end within the grace period', async () => {
      const run = deferred<ReturnType<typeof sandboxResult>>()
      const h = harness(stubExecutor({ runSandbox: async () => await run.promise }))
      await bidAndAssign(h.service, makeAssign('t1'))
      let drained = false
      const draining = h.service.drain().then(() => { drained = true })
      await flush()
      assert.equal(h.service.draining, true)
      assert.equal(h.telemetry.at(-1)?.draining, true)
      assert.equal(h.telemetry.at(-1)?.runningTasks, 1)
      assert.deepEqual(h.service.onAssign('coord', makeAssign('t2')), { accepted: false, reason: DECLINE_REASONS.draining })

      await advance(config.worker.shutdownGraceMs - 100)
      assert.equal(drained, false, 'waits for the running task')
      run.resolve(sandboxResult())
      await draining
      assert.deepEqual(h.executor.results.map(r => r.result.handedBack), [undefined], 'the task finished, no hand-back')
    })

    it('after the grace period hands back what still runs, and the hand-back reaches the coordinator', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      await bidAndAssign(h.service, makeAssign('t1'), 'coord-a')
      await bidAndAssign(h.service, makeAssign('t2', { attempt: 2 }), 'coord-b')
      let drained = false
      const draining = h.service.drain().then(() => { drained = true })
      await advance(config.worker.shutdownGraceMs - 1)
      assert.equal(drained, false)
      assert.equal(h.executor.results.length, 0)
      await advance(1)
      await draining
      assert.deepEqual(h.executor.results.map(r => [r.coordinator, r.result]).sort(), [
        ['coord-a', { taskId: 't1', attempt: 1, handedBack: true }],
        ['coord-b', { taskId: 't2', attempt: 2, handedBack: true }]
      ])
      assert.equal(h.service.running, 0)
    })

    it('is idempotent', async () => {
      const h = harness()
      await h.service.drain()
      await h.service.drain()
      assert.equal(h.telemetry.filter(t => t.draining === true).length, 1)
    })
  })

  describe('telemetry', () => {
    it('publishes at start and every interval with seq, capacity and running tasks; stop ends it', async () => {
      const h = harness(stubExecutor({ runSandbox: runUntilAborted }))
      await h.service.start()
      assert.equal(h.telemetry.length, 1)
      assert.deepEqual(h.telemetry[0], {
        peerId: 'worker-1',
        timestampMs: T0,
        seq: 1,
        cpuLoad: 0.25,
        memoryUsedBytes: 1_000,
        memoryTotalBytes: 4_000,
        runningTasks: 0,
        capacitySlots: 2,
        maxMemoryPages: 100,
        price: 10,
        version: NODE_VERSION,
        draining: false,
        uptimeMs: 0
      })
      await bidAndAssign(h.service, makeAssign('t1'))
      await advance(500)
      assert.equal(h.telemetry.length, 2)
      assert.equal(h.telemetry[1].seq, 2)
      assert.equal(h.telemetry[1].runningTasks, 1)
      assert.equal(h.telemetry[1].timestampMs, T0 + 500)
      assert.equal(h.telemetry[1].uptimeMs, 500)
      await advance(1_000)
      assert.deepEqual(h.telemetry.map(t => t.seq), [1, 2, 3, 4])
      await h.service.stop()
      await advance(2_000)
      assert.equal(h.telemetry.length, 4)
    })

    it('a failed publish is swallowed', async () => {
      const executor = stubExecutor()
      const service = new WorkerService(config, {
        publishTelemetry: async () => { throw new Error('no peers') },
        sendBid: async () => ({ accepted: false, reason: '' })
      }, executor.deps, silentLog, { sampler: { sample: () => host } })
      await service.start()
      await service.stop()
    })
  })
})
