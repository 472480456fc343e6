/**
 * Property test of the orchestrator across tasks (fast-check, seeded): random
 * interleavings of submissions, bids, Assign answers (accepted, refused,
 * unreachable, late), heartbeats, results, disconnects, telemetry and time,
 * with stubbed store and network and a manual clock. After every action: no
 * worker holds more leases than its slots, and no task is settled twice; at the
 * end, with time run past every total timeout, every task has ended.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import pino from 'pino'
import { resolveConfig } from '../../src/config/load.ts'
import { signReceipt } from '../../src/chain/receipt.ts'
import { TaskOrchestrator, type OrchestratorNetwork } from '../../src/coordinator/task-orchestrator.ts'
import type { Telemetry } from '../../src/protocol/messages/telemetry.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import type { PrivateKey } from '@libp2p/interface'
import { ManualClock } from '../helpers/manual-clock.ts'
import { MemoryTaskStore, MODULE, receivedTask } from './orchestrator-fixtures.ts'

const STDOUT = new TextEncoder().encode('out\n')
const SLOTS = [1, 2, 1]
const TOTAL_MS = 20_000

/** Assigns wait until the test answers them. */
class Network implements OrchestratorNetwork {
  readonly assigns: Array<{ worker: string, taskId: string, attempt: number, answer: (a: { accepted: boolean, reason: string } | Error) => void }> = []
  publishOffer = async (_o: ailee.v1.ITaskOffer): Promise<void> => {}
  sendAssign = async (worker: string, assign: ailee.v1.IAssign): Promise<{ accepted: boolean, reason: string }> => {
    const { promise, resolve, reject } = Promise.withResolvers<{ accepted: boolean, reason: string }>()
    this.assigns.push({ worker, taskId: assign.taskId!, attempt: assign.attempt!, answer: a => { if (a instanceof Error) reject(a); else resolve(a) } })
    return await promise
  }

  cidFor = async (bytes: Uint8Array): Promise<string> => `cid-${bytesToHex(sha256(bytes)).slice(0, 12)}`
  storeOutput = async (_b: Uint8Array): Promise<void> => {}
}

const actionArb = fc.oneof(
  fc.record({ kind: fc.constant('submit' as const) }),
  fc.record({ kind: fc.constant('bid' as const), task: fc.nat(7), worker: fc.nat(2) }),
  fc.record({ kind: fc.constant('answerAssign' as const), pick: fc.nat(10), how: fc.constantFrom('accept', 'refuse', 'unreachable') }),
  fc.record({ kind: fc.constant('heartbeat' as const), task: fc.nat(7), worker: fc.nat(2) }),
  fc.record({ kind: fc.constant('result' as const), task: fc.nat(7), worker: fc.nat(2) }),
  fc.record({ kind: fc.constant('disconnect' as const), worker: fc.nat(2) }),
  fc.record({ kind: fc.constant('telemetry' as const), worker: fc.nat(2) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 2_000 }) })
)

function telemetry (id: string, slots: number): Telemetry {
  return { peerId: id, timestampMs: 1, seq: 1, cpuLoad: 0.1, memoryUsedBytes: 1, memoryTotalBytes: 4, runningTasks: 0, capacitySlots: slots, maxMemoryPages: 4096, price: 10, version: 't', draining: false, uptimeMs: 1 }
}

describe('TaskOrchestrator properties', () => {
  it('random interleavings: slots never exceeded, no double settlement, every task ends by its total timeout', async () => {
    const keys: PrivateKey[] = await Promise.all(SLOTS.map(async () => await generateKeyPair('Ed25519')))
    const workers = keys.map(k => peerIdFromPrivateKey(k).toString())
    const config = resolveConfig({
      role: 'coordinator',
      logLevel: 'silent',
      timeouts: { bidWindowMs: 100, leaseMs: 500, fetchMs: 500 },
      retry: { initialBackoffMs: 20, maxBackoffMs: 100, maxAttempts: 3 },
      coordinator: { telemetryStaleMs: 1_000_000, shutdownGraceMs: 100 }
    })
    await fc.assert(fc.asyncProperty(fc.array(actionArb, { minLength: 20, maxLength: 60, size: 'max' }), async actions => {
      const clock = new ManualClock()
      const store = new MemoryTaskStore()
      const network = new Network()
      const orchestrator = new TaskOrchestrator({ config, selfPeerId: 'coordinator', store, network, clock, random: () => 0.5, log: pino({ level: 'silent' }) })
      await orchestrator.start()
      const taskIds: string[] = []
      try {
        workers.forEach((w, i) => { orchestrator.onTelemetry(w, telemetry(w, SLOTS[i])) })
        for (const a of actions) {
          switch (a.kind) {
            case 'submit': {
              const id = `task-${taskIds.length}`
              taskIds.push(id)
              await orchestrator.submit(receivedTask(id, clock.now(), { executionMs: 2_000, queueMs: 10_000, totalMs: TOTAL_MS }))
              break
            }
            case 'bid': {
              const task = await orchestrator.get(taskIds[a.task % Math.max(1, taskIds.length)] ?? 'none')
              if (task != null) void orchestrator.onBid(workers[a.worker], { taskId: task.id, attempt: task.round?.attempt ?? task.attempts + 1, price: 10, queueDepth: 0, freeSlots: 1, decline: false, reason: '' })
              break
            }
            case 'answerAssign': {
              const pending = network.assigns.splice(a.pick % Math.max(1, network.assigns.length), 1)[0]
              pending?.answer(a.how === 'accept' ? { accepted: true, reason: '' } : a.how === 'refuse' ? { accepted: false, reason: 'busy' } : new Error('connection refused'))
              break
            }
            case 'heartbeat': {
              const task = await orchestrator.get(taskIds[a.task % Math.max(1, taskIds.length)] ?? 'none')
              const lease = task?.leases.find(l => l.worker === workers[a.worker])
              if (task != null && lease != null) await orchestrator.onHeartbeat(lease.worker, { taskId: task.id, attempt: lease.attempt, phase: 'running' })
              break
            }
            case 'result': {
              const task = await orchestrator.get(taskIds[a.task % Math.max(1, taskIds.length)] ?? 'none')
              const lease = task?.leases.find(l => l.worker === workers[a.worker])
              const attempt = lease?.attempt ?? task?.lapsed?.attempt ?? 1
              if (task == null) break
              // an honest worker binds its receipt to its lease's nonce
              const assignmentNonce = hexToBytes(lease?.nonce ?? task.lapsed?.nonce ?? '')
              const receipt = await signReceipt({
                taskId: task.id, attempt, moduleHash: sha256(MODULE), inputHash: sha256(new Uint8Array(0)), outputHash: sha256(STDOUT), stderrHash: sha256(new Uint8Array(0)),
                exitCode: 0, status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED, resources: { wallMs: 1 }, workerPeerId: workers[a.worker], coordinatorPeerId: 'coordinator', timestampMs: 1, outputCid: await network.cidFor(STDOUT), assignmentNonce
              }, keys[a.worker])
              await orchestrator.onResult(workers[a.worker], { taskId: task.id, attempt, receipt, stdout: STDOUT, stderr: new Uint8Array(0), error: '', handedBack: false })
              break
            }
            case 'disconnect':
              orchestrator.onWorkerDisconnected(workers[a.worker])
              break
            case 'telemetry':
              orchestrator.onTelemetry(workers[a.worker], telemetry(workers[a.worker], SLOTS[a.worker]))
              break
            case 'advance':
              await clock.advance(a.ms)
              break
          }
          await clock.settle()
          workers.forEach((w, i) => { assert.ok(orchestrator.leasesOf(w) <= SLOTS[i], `${w} holds ${orchestrator.leasesOf(w)} leases with ${SLOTS[i]} slots`) })
          const settled = store.finished.map(f => f.task.id)
          assert.equal(new Set(settled).size, settled.length, `a task settled twice: ${settled.join(',')}`)
        }
        // answer every Assign still in flight, then let every total timeout pass
        for (const pending of network.assigns.splice(0)) pending.answer(new Error('gone'))
        await clock.advance(TOTAL_MS + 1_000)
        for (const id of taskIds) assert.ok(store.finished.some(f => f.task.id === id), `${id} did not end by its total timeout (${(await orchestrator.get(id))?.state})`)
        assert.equal(orchestrator.openTaskCount, 0)
      } finally {
        await orchestrator.stop()
      }
    }), { numRuns: 50, seed: 20261127 })
  })
})
