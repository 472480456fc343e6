/**
 * Per-client quota of pinned bytes and fair admission, attacked through a real
 * swarm (security finding 14 and the "per-client quotas with fair queueing"
 * principle): a hostile client submits many 1 MiB inputs at once. An honest
 * client's small task, submitted while the hostile ones wait for admission,
 * is admitted after at most one more hostile admission than there are
 * admission slots (not after all of them, as a first-come queue would), and
 * completes; the hostile submissions past the quota are rejected naming
 * `limits.maxPinnedBytesPerClient`. The hostile tasks ask for more memory than
 * the only worker offers, so they stay open and keep holding their bytes.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { AileeClient } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { TEST_CLIENT_KEYS } from '../helpers/accounts.ts'
import { connectClient, fixtureInput, text, waitUntil } from './helpers.ts'
import { readFixture } from '../helpers/fixtures.ts'

const MiB = 1024 * 1024
const CONCURRENCY = 2
const HOSTILE_SUBMISSIONS = 12
/** Room for four 1 MiB inputs and the module. */
const QUOTA = 4 * MiB + 256 * 1024

describe('admission: pinned-bytes quota and fair queueing against a hostile client', () => {
  let swarm: Swarm
  let hostile: AileeClient
  let honest: AileeClient

  before(async () => {
    swarm = await startSwarm({
      workers: 1,
      coordinator: { limits: { maxInputBytes: MiB, maxPinnedBytesPerClient: QUOTA, admissionConcurrency: CONCURRENCY } },
      worker: { worker: { maxMemoryPages: 512 } }
    })
    await swarm.waitForWorkers(1)
    hostile = await connectClient(swarm.coordinatorAddr, 60_000, TEST_CLIENT_KEYS[6])
    honest = await connectClient(swarm.coordinatorAddr, 60_000, TEST_CLIENT_KEYS[7])
  })

  after(async () => {
    await hostile?.close()
    await honest?.close()
    await swarm?.stop()
  })

  it('an honest task is admitted promptly and completes; the hostile client past its quota is refused by name', async () => {
    const admission = swarm.coordinator.coordinator!.admission
    const wasm = await readFixture('hello')
    /** order in which submissions were answered: admitted or refused */
    const answered: Array<{ who: 'hostile' | 'honest', admitted: boolean, reason?: string }> = []
    const attacks = Array.from({ length: HOSTILE_SUBMISSIONS }, async () => {
      // 1024 pages: more than the worker's 512, so the task stays queued (open) and holds its bytes
      try {
        await hostile.submitDetached({ wasm, stdin: randomBytes(MiB), memoryMb: 64, maxPrice: 1 })
        answered.push({ who: 'hostile', admitted: true })
      } catch (err) {
        answered.push({ who: 'hostile', admitted: false, reason: (err as { result?: { reason?: string } }).result?.reason ?? (err as Error).message })
      }
    })
    // the honest client arrives while hostile submissions wait for an admission slot
    await waitUntil(() => admission.queue.waiting(hostile.peerId) >= 4, 30_000, 'hostile submissions queued')
    const hostileAnsweredBefore = answered.length
    const honestDone = honest.submit({
      ...(await fixtureInput('hello')),
      memoryMb: 4,
      onProgress: e => { if (e.type === 'accepted') answered.push({ who: 'honest', admitted: true }) }
    })
    const result = await honestDone
    await Promise.all(attacks)

    const honestAt = answered.findIndex(a => a.who === 'honest')
    assert.ok(honestAt >= 0, 'the honest task was accepted')
    const hostileBeforeHonest = answered.slice(0, honestAt).length - hostileAnsweredBefore
    assert.ok(hostileBeforeHonest <= CONCURRENCY + 1,
      `${hostileBeforeHonest} hostile admissions finished between the honest submission and its acceptance; at most ${CONCURRENCY + 1} expected of the ${HOSTILE_SUBMISSIONS - hostileAnsweredBefore} waiting`)
    assert.equal(result.status, 'completed', result.reason)
    assert.match(text(result.stdout), /hello/i)

    const hostileAnswers = answered.filter(a => a.who === 'hostile')
    assert.equal(hostileAnswers.length, HOSTILE_SUBMISSIONS)
    const admitted = hostileAnswers.filter(a => a.admitted).length
    const refused = hostileAnswers.filter(a => !a.admitted)
    assert.equal(admitted, 4, 'four 1 MiB inputs fit the quota')
    assert.equal(refused.length, HOSTILE_SUBMISSIONS - 4)
    for (const r of refused) assert.match(r.reason ?? '', /limits\.maxPinnedBytesPerClient/)
    assert.ok(admission.pinQuota.usedBy(hostile.peerId) <= QUOTA)
    assert.equal(admission.pinQuota.usedBy(honest.peerId), 0, 'the honest task ended: its bytes are released')
    // the module was inspected once for all thirteen submissions
    assert.equal(admission.modules.stats.prepared, 1)
  })
})
