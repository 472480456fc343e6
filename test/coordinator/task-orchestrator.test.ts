/**
 * The TaskOrchestrator with stubbed ports (an in-memory task store, a network
 * whose Assign answers the test controls) and a manual clock; one test with
 * the real RocksDB store, settlement log and block producer across a restart.
 */
import assert from 'node:assert/strict'
import { describe, it, type TestContext } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { PrivateKey } from '@libp2p/interface'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfig, NodeConfigInput } from '../../src/config/schema.ts'
import { signReceipt } from '../../src/chain/receipt.ts'
import { SettlementLog } from '../../src/chain/settlement-log.ts'
import { ChainStore } from '../../src/chain/chain-store.ts'
import { BlockProducer } from '../../src/coordinator/block-producer.ts'
import { RocksTaskStore } from '../../src/coordinator/rocks-task-store.ts'
import { TaskOrchestrator, type OrchestratorNetwork } from '../../src/coordinator/task-orchestrator.ts'
import type { TaskStore } from '../../src/coordinator/task-store.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import type { TaskEvent } from '../../src/protocol/task-events.ts'
import type { TaskResult } from '../../src/protocol/messages/worker-reports.ts'
import type { Telemetry } from '../../src/protocol/messages/telemetry.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { StateDb } from '../../src/storage/index.ts'
import { ManualClock } from '../helpers/manual-clock.ts'
import { MemoryTaskStore, MODULE, receivedTask } from './orchestrator-fixtures.ts'
import { openTempDb } from '../storage/helpers.ts'
import pino from 'pino'

const STDOUT = new TextEncoder().encode('hello\n')

/** A network whose Assign answers are given by `answer` (default: accept). */
class StubNetwork implements OrchestratorNetwork {
  readonly offers: ailee.v1.ITaskOffer[] = []
  readonly assigns: Array<{ worker: string, assign: ailee.v1.IAssign }> = []
  readonly outputs: Uint8Array[] = []
  answer: (worker: string) => Promise<{ accepted: boolean, reason: string }> = async () => ({ accepted: true, reason: '' })
  publishOffer = async (offer: ailee.v1.ITaskOffer): Promise<void> => { this.offers.push(offer) }
  sendAssign = async (worker: string, assign: ailee.v1.IAssign): Promise<{ accepted: boolean, reason: string }> => {
    this.assigns.push({ worker, assign })
    return await this.answer(worker)
  }

  cidFor = async (bytes: Uint8Array): Promise<string> => `cid-${bytesToHex(sha256(bytes)).slice(0, 16)}`
  storeOutput = async (bytes: Uint8Array): Promise<void> => { this.outputs.push(bytes) }
}

interface Worker { key: PrivateKey, id: string }

async function worker (): Promise<Worker> {
  const key = await generateKeyPair('Ed25519')
  return { key, id: peerIdFromPrivateKey(key).toString() }
}

/** {@link config} with replicas in the first round (verification.replicasInFirstRound, off by default). */
function firstRound (): NodeConfig {
  const c = config()
  return { ...c, verification: { ...c.verification, replicasInFirstRound: true } }
}

function config (limits: NodeConfigInput['limits'] = {}): NodeConfig {
  return resolveConfig({
    role: 'coordinator',
    logLevel: 'silent',
    limits,
    timeouts: { bidWindowMs: 100, leaseMs: 1_000, fetchMs: 1_000 },
    retry: { initialBackoffMs: 50, maxBackoffMs: 200, maxAttempts: 3 },
    coordinator: { telemetryStaleMs: 60_000, shutdownGraceMs: 2_000 }
  })
}

function telemetry (w: Worker, slots: number): Telemetry {
  return { peerId: w.id, timestampMs: 1, seq: 1, cpuLoad: 0.1, memoryUsedBytes: 1, memoryTotalBytes: 4, runningTasks: 0, capacitySlots: slots, maxMemoryPages: 4096, price: 10, version: 'test', draining: false, uptimeMs: 1 }
}

/**
 * The worker's result for `attempt` of `taskId`, with a receipt it signed, bound to `nonce`
 * (default: the nonce of the last Assign of that attempt sent to `w`, as an honest worker does),
 * printing `stdout`.
 */
async function resultOf (w: Worker, taskId: string, attempt: number, network: StubNetwork, coordinator = 'coordinator', nonce?: Uint8Array, stdout = STDOUT): Promise<TaskResult> {
  const assignmentNonce = nonce ?? network.assigns.findLast(a => a.worker === w.id && a.assign.taskId === taskId && a.assign.attempt === attempt)?.assign.nonce ?? new Uint8Array(0)
  const STDOUT = stdout
  const receipt = await signReceipt({
    taskId,
    attempt,
    moduleHash: sha256(MODULE),
    inputHash: sha256(new Uint8Array(0)),
    outputHash: sha256(STDOUT),
    stderrHash: sha256(new Uint8Array(0)),
    exitCode: 0,
    status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED,
    resources: { wallMs: 5, peakMemoryPages: 1, stdoutBytes: STDOUT.byteLength, stderrBytes: 0 },
    workerPeerId: w.id,
    coordinatorPeerId: coordinator,
    timestampMs: 1,
    outputCid: await network.cidFor(STDOUT),
    assignmentNonce
  }, w.key)
  return { taskId, attempt, receipt, stdout: STDOUT, stderr: new Uint8Array(0), error: '', handedBack: false }
}

interface Harness {
  orchestrator: TaskOrchestrator
  clock: ManualClock
  store: MemoryTaskStore
  network: StubNetwork
  events: TaskEvent[]
}

async function harness (t: TestContext, store: TaskStore = new MemoryTaskStore(), clock = new ManualClock()): Promise<Harness> {
  const network = new StubNetwork()
  const orchestrator = new TaskOrchestrator({ config: config(), selfPeerId: 'coordinator', store, network, clock, random: () => 0.5, log: pino({ level: 'silent' }) })
  await orchestrator.start()
  t.after(async () => { await orchestrator.stop() })
  return { orchestrator, clock, store: store as MemoryTaskStore, network, events: [] }
}

async function submit (h: Harness, id: string): Promise<void> {
  const task = receivedTask(id, h.clock.now())
  h.orchestrator.follow(id, e => h.events.push(e))
  await h.orchestrator.submit(task)
  await h.clock.settle()
}

describe('TaskOrchestrator', () => {
  it('verification: a lying worker is outvoted by replicas drawn at random, not paid, caught and excluded; the evidence is settled', async t => {
    const clock = new ManualClock()
    const network = new StubNetwork()
    const store = new MemoryTaskStore()
    const draws: number[] = []
    // replicas one round after another (verification.replicasInFirstRound: false, the default; the next test has them in one round)
    const sequential = config()
    const orchestrator = new TaskOrchestrator({
      config: { ...sequential, verification: { ...sequential.verification, replicasInFirstRound: false } }, selfPeerId: 'coordinator', store, network, clock, random: () => 0.5, log: pino({ level: 'silent' }),
      randomInt: n => { draws.push(n); return n - 1 }
    })
    await orchestrator.start()
    t.after(async () => { await orchestrator.stop() })
    const [liar, w2, w3] = [await worker(), await worker(), await worker()]
    for (const w of [liar, w2, w3]) orchestrator.onTelemetry(w.id, telemetry(w, 1))
    const task = { ...receivedTask('task-v', clock.now()), verification: { policy: { kind: 'replicate' as const, replicas: 2 }, spotCheck: false, results: [] } }
    await orchestrator.submit(task)
    await clock.settle()
    const bidAll = async (attempt: number, bidders: Worker[]): Promise<void> => {
      await Promise.all(bidders.map(async (w, i) => await orchestrator.onBid(w.id, { taskId: 'task-v', attempt, price: w === liar ? 1 : 5 + i, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })))
      await clock.settle()
    }
    // attempt 1: the cheapest bidder, the liar, wins on score
    await bidAll(1, [liar, w2, w3])
    assert.equal(network.assigns.at(-1)?.worker, liar.id)
    assert.deepEqual(await orchestrator.onResult(liar.id, await resultOf(liar, 'task-v', 1, network, 'coordinator', undefined, new TextEncoder().encode('wrong\n'))), { ok: true, reason: '' })
    await clock.settle()
    assert.match((await orchestrator.get('task-v'))?.decisions.at(-1)?.outcome ?? '', /verifying by re-execution: 1 of 2 agreeing results/)
    assert.match((await orchestrator.get('task-v'))?.reason ?? '', /offered to 2 capable worker\(s\)/, 'the replica round opens at once, without the liar')
    assert.equal(store.finished.length, 0, 'not paid before a second execution')
    // attempt 2: a replica drawn at random among the eligible bidders (the draw picks the last one), never the liar again
    await bidAll(2, [w2, w3])
    assert.deepEqual(draws, [2])
    const second = network.assigns.at(-1)!.worker
    assert.notEqual(second, liar.id)
    const secondWorker = second === w2.id ? w2 : w3
    await orchestrator.onResult(second, await resultOf(secondWorker, 'task-v', 2, network))
    await clock.settle()
    assert.match((await orchestrator.get('task-v'))?.decisions.at(-1)?.outcome ?? '', /2 different results/)
    // attempt 3: the one worker left
    const third = secondWorker === w2 ? w3 : w2
    await bidAll(3, [third])
    assert.equal(network.assigns.at(-1)?.worker, third.id)
    await orchestrator.onResult(third.id, await resultOf(third, 'task-v', 3, network))
    await clock.settle()
    const done = store.finished.at(-1)!
    assert.equal(done.task.state, 'completed')
    assert.deepEqual(Buffer.from(done.task.outcome!.stdout, 'base64'), Buffer.from(STDOUT))
    assert.deepEqual(done.settlement?.payments.map(p => p.worker), [second, third.id])
    assert.deepEqual(done.settlement?.evidence.map(e => e.worker), [liar.id])
    assert.deepEqual(done.task.verification.results.map(r => [r.worker, r.verdict]), [[liar.id, 'disagreed'], [second, 'agreed'], [third.id, 'agreed']])
    const rows = new Map(orchestrator.peers().map(p => [p.peerId, p]))
    assert.equal(rows.get(liar.id)?.caught, 1)
    assert.equal(rows.get(liar.id)?.credibility, 0)
    assert.ok(Number(rows.get(liar.id)?.excludedUntilMs) > clock.now(), 'the liar is excluded')
    assert.equal(rows.get(w2.id)?.confirmed, 1)
    assert.equal(rows.get(w3.id)?.confirmed, 1)
    // the liar gets nothing while excluded: a new task is offered to the others only
    await orchestrator.submit(receivedTask('task-next', clock.now()))
    await clock.settle()
    assert.deepEqual(network.offers.at(-1)?.taskId, 'task-next')
    const rankedLiar = (await orchestrator.get('task-next'))?.round?.awaiting ?? []
    assert.ok(!rankedLiar.includes(liar.id), 'the excluded liar is not asked to bid')
  })

  it('verification, replicas in the first round: replicate:2 assigns the best-ranked bidder and one drawn at random in one round; the liar is still outvoted, unpaid and caught', async t => {
    const clock = new ManualClock()
    const network = new StubNetwork()
    const store = new MemoryTaskStore()
    const draws: number[] = []
    const orchestrator = new TaskOrchestrator({
      config: firstRound(), selfPeerId: 'coordinator', store, network, clock, random: () => 0.5, log: pino({ level: 'silent' }),
      randomInt: n => { draws.push(n); return n - 1 }
    })
    await orchestrator.start()
    t.after(async () => { await orchestrator.stop() })
    const [liar, w2, w3] = [await worker(), await worker(), await worker()]
    for (const w of [liar, w2, w3]) orchestrator.onTelemetry(w.id, telemetry(w, 1))
    const task = { ...receivedTask('task-p', clock.now()), verification: { policy: { kind: 'replicate' as const, replicas: 2 }, spotCheck: false, results: [] } }
    await orchestrator.submit(task)
    await clock.settle()
    const bidAll = async (attempt: number, bidders: Worker[]): Promise<void> => {
      await Promise.all(bidders.map(async (w, i) => await orchestrator.onBid(w.id, { taskId: 'task-p', attempt, price: w === liar ? 1 : 5 + i, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })))
      await clock.settle()
    }
    // one round, two Assigns of attempt 1: the liar (best score) and a replica drawn among the other two (the draw picks the last)
    await bidAll(1, [liar, w2, w3])
    assert.equal(network.offers.length, 1, 'one offer round for both executions')
    assert.deepEqual(draws, [2], 'the replica is drawn uniformly among the 2 other eligible bidders')
    const round1 = network.assigns.filter(a => a.assign.taskId === 'task-p')
    assert.deepEqual(round1.map(a => [a.worker, a.assign.attempt]), [[liar.id, 1], [w3.id, 1]])
    assert.notDeepEqual(round1[0].assign.nonce, round1[1].assign.nonce, 'each lease has its own nonce')
    const decision = (await orchestrator.get('task-p'))?.decisions.at(-1)
    assert.deepEqual(decision?.candidates.filter(c => c.chosen).map(c => [c.workerPeerId, c.note]), [[liar.id, ''], [w3.id, 'drawn at random among the eligible bidders (a re-execution)']])
    // the liar's wrong result waits for the replica already running
    assert.deepEqual(await orchestrator.onResult(liar.id, await resultOf(liar, 'task-p', 1, network, 'coordinator', undefined, new TextEncoder().encode('wrong\n'))), { ok: true, reason: '' })
    await clock.settle()
    assert.equal((await orchestrator.get('task-p'))?.state, 'assigned', 'the replica is still assigned: no new round')
    assert.match((await orchestrator.get('task-p'))?.reason ?? '', /waiting for the execution already assigned/)
    assert.equal(network.offers.length, 1)
    assert.equal(store.finished.length, 0, 'not paid before a second execution')
    // the replica disagrees: no majority, a third execution on the one worker left
    await orchestrator.onResult(w3.id, await resultOf(w3, 'task-p', 1, network))
    await clock.settle()
    assert.match((await orchestrator.get('task-p'))?.reason ?? '', /offered to 1 capable worker/)
    await bidAll(3, [w2])
    assert.equal(network.assigns.at(-1)?.worker, w2.id)
    await orchestrator.onResult(w2.id, await resultOf(w2, 'task-p', 3, network))
    await clock.settle()
    const done = store.finished.at(-1)!
    assert.equal(done.task.state, 'completed')
    assert.deepEqual(Buffer.from(done.task.outcome!.stdout, 'base64'), Buffer.from(STDOUT))
    assert.deepEqual(done.settlement?.payments.map(p => p.worker), [w3.id, w2.id])
    assert.deepEqual(done.settlement?.evidence.map(e => e.worker), [liar.id])
    assert.deepEqual(done.task.verification.results.map(r => [r.worker, r.attempt, r.verdict]), [[liar.id, 1, 'disagreed'], [w3.id, 1, 'agreed'], [w2.id, 3, 'agreed']])
    const rows = new Map(orchestrator.peers().map(p => [p.peerId, p]))
    assert.equal(rows.get(liar.id)?.caught, 1)
    assert.ok(Number(rows.get(liar.id)?.excludedUntilMs) > clock.now(), 'the liar is excluded')
  })

  it('verification, replicas in the first round: a task with verify none, and an adaptive task whose best bidder is credible, get one Assign', async t => {
    const clock = new ManualClock()
    const network = new StubNetwork()
    const store = new MemoryTaskStore()
    const orchestrator = new TaskOrchestrator({ config: firstRound(), selfPeerId: 'coordinator', store, network, clock, random: () => 0.5, log: pino({ level: 'silent' }), randomInt: n => n - 1 })
    await orchestrator.start()
    t.after(async () => { await orchestrator.stop() })
    const [w1, w2] = [await worker(), await worker()]
    for (const w of [w1, w2]) orchestrator.onTelemetry(w.id, telemetry(w, 4))
    // w1 has 4 confirmed results: 1 - 0.01/(4e) >= 0.999, its lone result is accepted
    for (let i = 0; i < 4; i++) orchestrator.reputation.record(w1.id, 'confirmed', clock.now())
    const run = async (id: string, verification: TaskRecord['verification']): Promise<string[]> => {
      await orchestrator.submit({ ...receivedTask(id, clock.now()), verification })
      await clock.settle()
      await Promise.all([w1, w2].map(async (w, i) => await orchestrator.onBid(w.id, { taskId: id, attempt: 1, price: 5 + i, queueDepth: 0, freeSlots: 4, decline: false, reason: '' })))
      await clock.settle()
      return network.assigns.filter(a => a.assign.taskId === id).map(a => a.worker)
    }
    assert.deepEqual(await run('task-none', { policy: { kind: 'none' }, spotCheck: false, results: [] }), [w1.id])
    assert.deepEqual(await run('task-credible', { policy: { kind: 'adaptive' }, spotCheck: false, results: [] }), [w1.id], 'a credible worker\'s lone result will do')
    assert.deepEqual(await run('task-spot', { policy: { kind: 'adaptive' }, spotCheck: true, results: [] }), [w1.id, w2.id], 'a drawn spot check needs a second execution: it goes out at once')
  })

  it('runs a task from submission to settlement: offer, bid, Assign, heartbeat, verified result, one credit', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    assert.equal(h.network.offers.length, 1)
    assert.deepEqual({ ...h.network.offers[0], excludedWorkers: undefined }, {
      taskId: 'task-a', coordinatorPeerId: 'coordinator', attempt: 1, memoryPages: 16, executionMs: 5_000, maxPrice: 100,
      bidDeadlineMs: h.clock.now() + 100, moduleSizeBytes: MODULE.byteLength, moduleCid: 'bafy-module', excludedWorkers: undefined,
      // coordinator.lateBidMs (default 5 s) after the deadline
      lateBidUntilMs: h.clock.now() + 100 + 5_000,
      // one capable worker, fewer than coordinator.offerSampleSize: no sample, anyone may bid
      invitedWorkers: []
    })
    const bid = await h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    assert.deepEqual(bid, { accepted: true, reason: 'won' }, 'the only bidder wins once its Assign is accepted')
    assert.equal(h.network.assigns.length, 1)
    assert.equal(h.network.assigns[0].assign.spec?.limits?.memoryPages, 16)
    assert.equal(h.orchestrator.leasesOf(w.id), 1)
    assert.deepEqual(await h.orchestrator.onHeartbeat(w.id, { taskId: 'task-a', attempt: 1, phase: 'running' }), { ok: true, reason: '' })
    assert.deepEqual(await h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network)), { ok: true, reason: '' })
    assert.equal(h.store.finished.length, 1)
    assert.equal(h.store.finished[0].settlement?.payments[0].worker, w.id)
    assert.equal(h.store.finished[0].settlement?.payments[0].price, 7)
    assert.equal(h.store.finished[0].task.state, 'completed')
    assert.deepEqual(h.network.outputs, [STDOUT])
    assert.deepEqual(h.events.map(e => e.kind), ['accepted', 'offered', 'bid', 'assigned', 'running', 'done'])
    assert.equal(h.events.at(-1)?.outcome?.verified, true)
    assert.equal(h.orchestrator.openTaskCount, 0)
    assert.equal(h.orchestrator.leasesOf(w.id), 0)
    assert.deepEqual(await h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network)), { ok: true, reason: 'task already completed' }, 'a duplicate is answered ok and not credited')
    assert.equal(h.store.finished.length, 1)
  })

  it('a bid that arrives after the bid deadline of a round nobody bid in is taken, and the task is assigned without a new offer', async t => {
    const h = await harness(t)
    const [a, b] = [await worker(), await worker()]
    h.orchestrator.onTelemetry(a.id, telemetry(a, 1))
    h.orchestrator.onTelemetry(b.id, telemetry(b, 1))
    await submit(h, 'task-a')
    assert.equal(h.network.offers.length, 1)
    await h.clock.advance(100 + 1_000) // the 100 ms window passed without a bid: the round waits for a late one
    assert.equal((await h.orchestrator.get('task-a'))?.state, 'offered')
    const won = await h.orchestrator.onBid(b.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    assert.deepEqual(won, { accepted: true, reason: 'won' }, 'the late bid closed the round at once and won (a has not answered)')
    assert.equal(h.network.offers.length, 1, 'no second offer')
    assert.equal(h.network.assigns[0].worker, b.id)
    assert.equal(h.orchestrator.leasesOf(b.id), 1)
    const late = await h.orchestrator.onBid(a.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    assert.equal(late.accepted, false, 'the round is decided: a second late bid is refused')
  })

  it('one client cannot fill the queue for all: its own quota is refused by name, another client is still served', async t => {
    const clock = new ManualClock()
    const orchestrator = new TaskOrchestrator({ config: config({ maxOpenTasksPerClient: 2 }), selfPeerId: 'coordinator', store: new MemoryTaskStore(), network: new StubNetwork(), clock, log: pino({ level: 'silent' }) })
    await orchestrator.start()
    t.after(async () => { await orchestrator.stop() })
    await orchestrator.submit(receivedTask('a1', clock.now()))
    await orchestrator.submit(receivedTask('a2', clock.now()))
    assert.throws(() => { orchestrator.assertRoom('client') }, (err: Error) => err.name === 'CoordinatorFullError' && /you hold 2 open tasks, the most one client may/.test(err.message))
    await assert.rejects(orchestrator.submit(receivedTask('a3', clock.now())), { name: 'CoordinatorFullError' })
    assert.equal(await orchestrator.get('a3'), undefined, 'nothing kept of the refused task')
    orchestrator.assertRoom('another-client')
    await orchestrator.submit({ ...receivedTask('b1', clock.now()), clientPeerId: 'another-client' })
    assert.equal(await orchestrator.cancel('a1', 'client', ''), undefined)
    orchestrator.assertRoom('client')
    await orchestrator.submit(receivedTask('a3', clock.now()))
    assert.equal(orchestrator.openTaskCount, 3)
  })

  it('a worker never holds more leases than its slots; the second task waits and says why', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await submit(h, 'task-b')
    assert.equal(h.network.offers.length, 1, 'one slot, one round at a time')
    assert.match(h.events.filter(e => e.taskId === 'task-b' && e.kind === 'queued').at(-1)?.reason ?? '', /busy/)
    await h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    assert.equal(h.orchestrator.leasesOf(w.id), 1)
    await h.clock.advance(10)
    assert.equal(h.network.offers.length, 1, 'no offer while the only slot is leased')
    await h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network))
    await h.clock.settle()
    assert.equal(h.network.offers.length, 2, 'the freed slot is offered to the waiting task')
    assert.equal(h.network.offers[1].taskId, 'task-b')
  })

  it('the oldest waiting task is offered first, also after a round of its found nobody (no starvation under load)', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await h.clock.advance(1)
    await submit(h, 'task-b')
    await h.clock.advance(1)
    await submit(h, 'task-c')
    assert.deepEqual(h.network.offers.map(o => o.taskId), ['task-a'])
    const decline = (taskId: string): Promise<unknown> => h.orchestrator.onBid(w.id, { taskId, attempt: 1, price: 0, queueDepth: 1, freeSlots: 0, decline: true, reason: 'no free slot' })
    await decline('task-a')
    await h.clock.settle()
    assert.deepEqual(h.network.offers.map(o => o.taskId), ['task-a', 'task-b'], 'a backs off; b is next')
    await h.clock.advance(100)
    await decline('task-b')
    await h.clock.settle()
    assert.deepEqual(h.network.offers.map(o => o.taskId), ['task-a', 'task-b', 'task-a'], 'a, older than c, goes before it')
  })

  it('with 5,000 tasks queued and no free slot a pump does bounded work; new tasks still get their reason, and the oldest goes first once a slot frees (issue 9)', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    await h.clock.settle()
    assert.equal(h.orchestrator.leasesOf(w.id), 1, 'the only slot is leased')
    const queuedReasons = new Map<string, string>()
    const ids = Array.from({ length: 5_000 }, (_, i) => `q-${String(i).padStart(4, '0')}`)
    for (const [i, id] of ids.entries()) {
      h.orchestrator.follow(id, e => { if (e.kind === 'queued') queuedReasons.set(id, e.reason) })
      // over several clients: one client may hold at most limits.maxOpenTasksPerClient
      await h.orchestrator.submit({ ...receivedTask(id, h.clock.now() + i), clientPeerId: `client-${i % 10}` })
    }
    await h.clock.settle(20)
    assert.equal(queuedReasons.size, ids.length, 'each task was told why it waits as it entered the queue')
    assert.match(queuedReasons.get('q-4999') ?? '', /all 1 capable workers are busy/)

    // the port the pump reads every worker through: count its calls (each per-task eligibility check makes one)
    const registry = h.orchestrator.registry
    const list = registry.list.bind(registry)
    let listCalls = 0
    registry.list = () => { listCalls++; return list() }
    t.after(() => { registry.list = list })
    const announced = queuedReasons.size
    queuedReasons.clear()
    for (let i = 0; i < 20; i++) {
      h.orchestrator.onTelemetry(w.id, { ...telemetry(w, 1), seq: 2 + i })
      await h.clock.settle()
    }
    assert.ok(listCalls <= 20 * 2, `20 pumps with no room read the workers ${listCalls} times, not once per queued task (${announced})`)
    assert.equal(queuedReasons.size, 0, 'nothing changed, nobody is told again')
    assert.equal(h.network.offers.length, 1)

    // a task that queues now gets its reason at once, without a walk over the others
    listCalls = 0
    h.orchestrator.follow('late', e => { if (e.kind === 'queued') queuedReasons.set('late', e.reason) })
    await h.orchestrator.submit({ ...receivedTask('late', h.clock.now() + 10_000), clientPeerId: 'client-late' })
    await h.clock.settle(20)
    assert.match(queuedReasons.get('late') ?? '', /busy/)
    assert.ok(listCalls <= 10, `one new task: ${listCalls} reads of the workers`)

    // the slot frees: the oldest queued task is offered, and the walk stops there
    listCalls = 0
    await h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network))
    await h.clock.settle()
    assert.deepEqual(h.network.offers.map(o => o.taskId), ['task-a', 'q-0000'])
    assert.ok(listCalls <= 20, `a pump with room for one round: ${listCalls} reads of the workers`)
  })

  it('a lease without heartbeats is lost at its expiry; the task is offered again and the worker judged', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 2))
    await submit(h, 'task-a')
    await h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    await h.clock.advance(1_001)
    const retry = h.events.find(e => e.kind === 'retry')
    assert.match(retry?.reason ?? '', /no heartbeat/)
    assert.equal(h.orchestrator.leasesOf(w.id), 0)
    assert.ok((h.store.reputation.get(w.id)?.timeouts ?? 0) > 0, 'the timeout is persisted with the task')
    assert.deepEqual(await h.orchestrator.onHeartbeat(w.id, { taskId: 'task-a', attempt: 1, phase: 'running' }), { ok: false, reason: 'no lease: the task was reassigned or has ended' })
    await h.clock.advance(200)
    assert.equal(h.network.offers.at(-1)?.attempt, 2, 'offered again after the backoff')
  })

  it('a timer that fires a millisecond early (as setTimeout may) does not leave the task asleep: the round still closes', async t => {
    const clock = new ManualClock()
    const base = clock.setTimer
    const seen = new Set<number>()
    clock.setTimer = (atMs, fn) => {
      const early = !seen.has(atMs)
      seen.add(atMs)
      return base(early ? atMs - 1 : atMs, fn)
    }
    const h = await harness(t, new MemoryTaskStore(), clock)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    assert.equal(h.network.offers.length, 1)
    await h.clock.advance(100)
    assert.match((await h.orchestrator.get('task-a'))?.reason ?? '', /^no bid within the bid window; open for a late bid until /, 'the bid window ended although its first tick came early')
    await h.clock.advance(5_000)
    assert.equal(h.events.at(-1)?.reason, 'no bids within the bid window or the late-bid time after it', 'the late-bid time ended although its first tick came early')
  })

  it('an unreachable worker is skipped for the next candidate in the same round', async t => {
    const h = await harness(t)
    const [a, b] = [await worker(), await worker()]
    h.orchestrator.onTelemetry(a.id, telemetry(a, 1))
    h.orchestrator.onTelemetry(b.id, telemetry(b, 1))
    h.network.answer = async w => { if (w === a.id) throw new Error('connection refused'); return { accepted: true, reason: '' } }
    await submit(h, 'task-a')
    const bids = [
      h.orchestrator.onBid(a.id, { taskId: 'task-a', attempt: 1, price: 1, queueDepth: 0, freeSlots: 1, decline: false, reason: '' }),
      h.orchestrator.onBid(b.id, { taskId: 'task-a', attempt: 1, price: 90, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    ]
    const [ackA, ackB] = await Promise.all(bids)
    assert.deepEqual(h.network.assigns.map(x => x.worker), [a.id, b.id], 'the cheaper bidder first, then the other')
    assert.deepEqual(ackA, { accepted: false, reason: `lost to ${b.id}` })
    assert.deepEqual(ackB, { accepted: true, reason: 'won' })
    const status = await h.orchestrator.get('task-a')
    assert.match(status?.decisions[0].candidates.find(c => c.workerPeerId === a.id)?.note ?? '', /unreachable: connection refused/)
    assert.equal(status?.attempts, 1, 'the unreachable worker used no attempt')
  })

  it('losing bidders are answered as soon as the round is ranked, before the winner acknowledges its Assign (issue 12)', async t => {
    const h = await harness(t)
    const [a, b, c] = [await worker(), await worker(), await worker()]
    for (const w of [a, b, c]) h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    const gate = Promise.withResolvers<{ accepted: boolean, reason: string }>()
    h.network.answer = async w => w === a.id ? await gate.promise : { accepted: true, reason: '' }
    await submit(h, 'task-a')
    const answered = new Map<string, { accepted: boolean, reason: string }>()
    for (const [w, price] of [[a, 1], [b, 50], [c, 90]] as const) {
      void h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price, queueDepth: 0, freeSlots: 1, decline: false, reason: '' }).then(ack => answered.set(w.id, ack))
    }
    await h.clock.settle()
    assert.deepEqual(h.network.assigns.map(x => x.worker), [a.id], 'the Assign to the best bidder is in flight')
    assert.deepEqual([...answered.keys()], [c.id], 'the third bidder is answered while the Assign is in flight')
    assert.deepEqual(answered.get(c.id), { accepted: false, reason: `lost to ${a.id}` })
    // the winner refuses: the runner-up, still waiting, takes the task
    gate.resolve({ accepted: false, reason: 'all 1 slots busy' })
    await h.clock.settle()
    assert.deepEqual(h.network.assigns.map(x => x.worker), [a.id, b.id])
    assert.deepEqual(answered.get(b.id), { accepted: true, reason: 'won' })
    assert.deepEqual(answered.get(a.id), { accepted: false, reason: `lost to ${b.id}` })
    assert.equal(h.orchestrator.leasesOf(b.id), 1)
  })

  it('memory follows the open tasks: after 60 tasks (some losing bidders, some followed) every per-task structure is empty again', async t => {
    const h = await harness(t)
    const [a, b] = [await worker(), await worker()]
    h.orchestrator.onTelemetry(a.id, telemetry(a, 4))
    h.orchestrator.onTelemetry(b.id, telemetry(b, 4))
    for (let i = 0; i < 60; i++) {
      const id = `task-${i}`
      await submit(h, id)
      const bids = [a, b].map(async (w, j) => await h.orchestrator.onBid(w.id, { taskId: id, attempt: 1, price: 5 + j, queueDepth: 0, freeSlots: 1, decline: false, reason: '' }))
      await Promise.all(bids)
      const winner = h.network.assigns.at(-1)!.worker === a.id ? a : b
      assert.deepEqual(await h.orchestrator.onResult(winner.id, await resultOf(winner, id, 1, h.network)), { ok: true, reason: '' })
    }
    await h.clock.settle()
    assert.equal(h.store.finished.length, 60)
    assert.deepEqual(h.orchestrator.footprint(), { open: 0, timers: 0, queueKeys: 0, queued: 0, offering: 0, workersWithLeases: 0, clientsWithOpenTasks: 0, bidAnswers: 0, followed: 0 })
    assert.equal((await h.orchestrator.get('task-0'))?.state, 'completed', 'a settled task is still read from the task store')
  })

  it('a worker disconnecting while its Assign is in flight: the late acknowledgement is refused and the round moves on', async t => {
    const h = await harness(t)
    const [a, b] = [await worker(), await worker()]
    h.orchestrator.onTelemetry(a.id, telemetry(a, 1))
    h.orchestrator.onTelemetry(b.id, telemetry(b, 1))
    const gate = Promise.withResolvers<{ accepted: boolean, reason: string }>()
    h.network.answer = async w => w === a.id ? await gate.promise : { accepted: true, reason: '' }
    await submit(h, 'task-a')
    void h.orchestrator.onBid(a.id, { taskId: 'task-a', attempt: 1, price: 1, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    void h.orchestrator.onBid(b.id, { taskId: 'task-a', attempt: 1, price: 90, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    await h.clock.settle()
    assert.equal(h.network.assigns.length, 1)
    h.orchestrator.onWorkerDisconnected(a.id)
    await h.clock.settle()
    assert.deepEqual(h.network.assigns.map(x => x.worker), [a.id, b.id])
    gate.resolve({ accepted: true, reason: '' })
    await h.clock.settle()
    const task = await h.orchestrator.get('task-a')
    assert.deepEqual(task?.leases.map(l => l.worker), [b.id], 'only the second worker holds the task')
    assert.equal(h.orchestrator.leasesOf(a.id), 0)
  })

  it('stop() lets a settlement in flight finish within the grace period, then refuses new events', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    const gate = Promise.withResolvers<void>()
    h.store.finishGate = gate.promise
    const ack = h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network))
    await h.clock.settle()
    let stopped = false
    const stopping = h.orchestrator.stop().then(() => { stopped = true })
    await h.clock.settle()
    assert.equal(stopped, false, 'stop waits for the settlement')
    gate.resolve()
    await stopping
    assert.deepEqual(await ack, { ok: true, reason: '' })
    assert.equal(h.store.finished.length, 1)
    assert.deepEqual(await h.orchestrator.onHeartbeat(w.id, { taskId: 'task-a', attempt: 1, phase: 'running' }), { ok: false, reason: 'coordinator shutting down' })
  })

  it('stop() gives up on a stuck settlement once the grace period has passed', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    h.store.finishGate = new Promise(() => {})
    void h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network))
    let stopped = false
    const stopping = h.orchestrator.stop().then(() => { stopped = true })
    await h.clock.advance(1_999)
    assert.equal(stopped, false)
    await h.clock.advance(1)
    await stopping
    assert.equal(stopped, true)
  })

  it('a result whose receipt does not verify loses the attempt and is answered with the reason', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await h.orchestrator.onBid(w.id, { taskId: 'task-a', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    const lying = { ...await resultOf(w, 'task-a', 1, h.network), stdout: new TextEncoder().encode('not what was signed') }
    const ack = await h.orchestrator.onResult(w.id, lying)
    assert.equal(ack.ok, false)
    assert.match(ack.reason, /output hash does not match/)
    const task = await h.orchestrator.get('task-a')
    assert.equal(task?.state, 'queued')
    assert.deepEqual(task?.excludedWorkers, [w.id])
    assert.equal(h.store.finished.length, 0, 'nothing settled, nothing credited')
  })

  it('a coordinator restart between the terminal write and the block: the settlement is sealed once, the task stays ended, a re-delivered result is not credited again', async t => {
    const { db, path } = await openTempDb(t)
    const cfg = config()
    const key = await generateKeyPair('Ed25519')
    const self = peerIdFromPrivateKey(key).toString()
    const w = await worker()
    const network = new StubNetwork()
    const clock = new ManualClock()
    const log = pino({ level: 'silent' })

    let settlements = new SettlementLog(db)
    await settlements.applyGenesis([{ account: 'client', amount: 1_000_000n }])
    let orchestrator = new TaskOrchestrator({ config: cfg, selfPeerId: self, store: new RocksTaskStore(db, settlements), network, clock, log })
    await orchestrator.start()
    orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await orchestrator.submit(receivedTask('task-r', clock.now()))
    await clock.settle()
    await orchestrator.onBid(w.id, { taskId: 'task-r', attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
    assert.deepEqual(await orchestrator.onResult(w.id, await resultOf(w, 'task-r', 1, network, self)), { ok: true, reason: '' })
    await orchestrator.stop()
    await db.close()

    const reopened = await StateDb.open(path)
    t.after(async () => { await reopened.close() })
    settlements = new SettlementLog(reopened)
    assert.equal(await settlements.applyGenesis([{ account: 'client', amount: 1_000_000n }]), false, 'genesis is not applied again')
    orchestrator = new TaskOrchestrator({ config: cfg, selfPeerId: self, store: new RocksTaskStore(reopened, settlements), network, clock, log })
    await orchestrator.start()
    t.after(async () => { await orchestrator.stop() })
    assert.equal(orchestrator.openTaskCount, 0, 'the ended task is not reloaded as open')
    assert.deepEqual(await orchestrator.onResult(w.id, await resultOf(w, 'task-r', 1, network, self)), { ok: true, reason: 'task already completed' })
    assert.equal((await settlements.pending()).length, 1, 'one pending entry survived the restart')

    const chain = new ChainStore(reopened)
    const blocks: ailee.v1.IBlock[] = []
    const producer = new BlockProducer({ settlements, chain, privateKey: key, intervalMs: 60_000, maxEntries: 16, publish: async b => { blocks.push(b) }, log })
    await producer.seal()
    assert.equal(blocks.length, 1)
    assert.equal(blocks[0].entries?.length, 1)
    assert.equal(blocks[0].entries?.[0].price, 7)
    assert.equal(await producer.seal(), undefined, 'nothing left to seal')
    assert.equal(await settlements.balance(w.id), 7n, 'credited once')
  })
})

/** `w` bids on attempt 1 of `taskId` and wins (the only bidder); its Assign is accepted. */
async function leaseTo (h: Harness, w: Worker, taskId: string): Promise<void> {
  const bid = await h.orchestrator.onBid(w.id, { taskId, attempt: 1, price: 7, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
  assert.deepEqual(bid, { accepted: true, reason: 'won' })
  await h.clock.settle()
}

describe('TaskOrchestrator: receipts that cannot be reused', () => {
  it('every Assign carries its lease\'s 16-byte nonce, fresh for each lease', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 2))
    await submit(h, 'task-a')
    await submit(h, 'task-b')
    await leaseTo(h, w, 'task-a')
    await leaseTo(h, w, 'task-b')
    const [a, b] = h.network.assigns.map(x => x.assign.nonce!)
    assert.equal(a.byteLength, 16)
    assert.equal(b.byteLength, 16)
    assert.notDeepEqual(a, b)
    assert.equal(bytesToHex(a), (await h.orchestrator.get('task-a'))?.leases[0].nonce)
  })

  it('(a) a correctly signed result from a peer without a lease for that attempt is refused, credits nothing, and leaves the lease alone', async t => {
    const h = await harness(t)
    const w = await worker()
    const intruder = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await leaseTo(h, w, 'task-a')
    // the intruder even knows the lease's nonce: the lease, not the receipt, decides who may answer
    const nonce = h.network.assigns[0].assign.nonce!
    const ack = await h.orchestrator.onResult(intruder.id, await resultOf(intruder, 'task-a', 1, h.network, 'coordinator', nonce))
    assert.deepEqual(ack, { ok: false, reason: `no lease for attempt 1 of task task-a: ${intruder.id} was never assigned it; result refused, nothing credited` })
    const task = await h.orchestrator.get('task-a')
    assert.equal(task?.state, 'assigned')
    assert.equal(task?.leases[0].worker, w.id)
    assert.equal(h.store.finished.length, 0, 'nothing settled')
    assert.equal(h.orchestrator.leasesOf(intruder.id), 0)
    // the leaseholder's own result still counts
    assert.deepEqual(await h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network)), { ok: true, reason: '' })
    assert.equal(h.store.finished[0].settlement?.payments[0].worker, w.id)
  })

  it('(b) an old valid receipt (of an earlier completed task) replayed as the result of a new task is refused with the reason, in the ack and in the status', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-old')
    await leaseTo(h, w, 'task-old')
    const old = await resultOf(w, 'task-old', 1, h.network)
    assert.deepEqual(await h.orchestrator.onResult(w.id, old), { ok: true, reason: '' })
    await submit(h, 'task-new')
    await leaseTo(h, w, 'task-new')
    const replay: TaskResult = { ...old, taskId: 'task-new' }
    const ack = await h.orchestrator.onResult(w.id, replay)
    const why = 'receipt is for task task-old, not task-new'
    assert.deepEqual(ack, { ok: false, reason: why })
    const task = await h.orchestrator.get('task-new')
    assert.equal(task?.state, 'queued')
    assert.equal(task?.reason, `retrying after attempt 1: result rejected: ${why}`)
    assert.equal(task?.decisions[0].outcome, `lost: result rejected: ${why}`)
    assert.deepEqual(h.store.finished.map(f => f.task.id), ['task-old'], 'only the old task was ever credited')
  })

  it('(c) a worker delivering another worker\'s signed receipt is refused with the reason, in the ack and in the status', async t => {
    const h = await harness(t)
    const honest = await worker()
    const thief = await worker()
    h.orchestrator.onTelemetry(thief.id, telemetry(thief, 1))
    await submit(h, 'task-a')
    await leaseTo(h, thief, 'task-a')
    const nonce = h.network.assigns[0].assign.nonce!
    // a receipt the honest worker signed for this very task, attempt and nonce
    const stolen = await resultOf(honest, 'task-a', 1, h.network, 'coordinator', nonce)
    const ack = await h.orchestrator.onResult(thief.id, stolen)
    const why = `receipt names worker ${honest.id}, sent by ${thief.id}`
    assert.deepEqual(ack, { ok: false, reason: why })
    const task = await h.orchestrator.get('task-a')
    assert.equal(task?.reason, `retrying after attempt 1: result rejected: ${why}`)
    assert.deepEqual(task?.excludedWorkers, [thief.id])
    assert.equal(h.store.finished.length, 0, 'nothing settled, nothing credited')
  })

  it('(d) a receipt with the right task and attempt but another nonce is refused as bound to another assignment', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-a')
    await leaseTo(h, w, 'task-a')
    const ack = await h.orchestrator.onResult(w.id, await resultOf(w, 'task-a', 1, h.network, 'coordinator', new Uint8Array(16).fill(0x5a)))
    const why = 'receipt is bound to another assignment (nonce mismatch)'
    assert.deepEqual(ack, { ok: false, reason: why })
    const task = await h.orchestrator.get('task-a')
    assert.equal(task?.state, 'queued')
    assert.equal(task?.reason, `retrying after attempt 1: result rejected: ${why}`)
    assert.equal(h.store.finished.length, 0, 'nothing settled, nothing credited')
    assert.equal((await h.orchestrator.get('task-a'))?.outcome, undefined)
  })
})

describe('TaskOrchestrator: writes on the way of a task', () => {
  it('an offer round is not written; the output is stored while the settlement is written, and done waits for both', async t => {
    const h = await harness(t)
    const w = await worker()
    h.orchestrator.onTelemetry(w.id, telemetry(w, 1))
    await submit(h, 'task-w')
    assert.equal((await h.orchestrator.get('task-w'))?.state, 'offered')
    assert.equal(h.store.tasks.get('task-w')?.state, 'queued', 'the stored record still says queued, what a restart makes of an offered task')
    await leaseTo(h, w, 'task-w')
    const stored = Promise.withResolvers<void>()
    const finish = Promise.withResolvers<void>()
    let storeStarted = false
    h.network.storeOutput = async () => { storeStarted = true; await stored.promise }
    h.store.finishGate = finish.promise
    const answer = h.orchestrator.onResult(w.id, await resultOf(w, 'task-w', 1, h.network))
    while (!storeStarted) await new Promise(resolve => setImmediate(resolve))
    assert.equal(h.store.finished.length, 0, 'the settlement is still being written')
    finish.resolve()
    for (let turn = 0; turn < 100 && h.store.finished.length === 0; turn++) await new Promise(resolve => setImmediate(resolve))
    assert.equal(h.store.finished.length, 1, 'the settlement is written while the output is still being stored')
    assert.equal(h.events.some(e => e.kind === 'done'), false, 'done waits for the output store')
    stored.resolve()
    assert.deepEqual(await answer, { ok: true, reason: '' })
    assert.equal(h.events.at(-1)?.kind, 'done')
    assert.equal(h.store.finished[0].task.state, 'completed')
  })
})
