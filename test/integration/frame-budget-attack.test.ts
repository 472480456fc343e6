/**
 * Finding 15 against a real swarm: three attacker peers open many streams to
 * the coordinator, each sending the length prefix of an 8 MiB request and a
 * few bytes of its body, then stall. The coordinator buffers incomplete
 * frames only within its in-flight frame budget (`limits.maxInFlightFrameBytes`,
 * 64 MiB): every stream past it is answered `ERROR_CODE_RATE_LIMITED` with the
 * named reason ("node busy: ... in-flight frame budget ...") and reset, the
 * budget's high-water mark never passes the limit, and an honest client's
 * task in the same swarm completes while the attackers' streams are held.
 * (The high-water mark of reserved bytes is asserted, not RSS: reservations
 * are the declared lengths, an upper bound of what the frames could buffer.)
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { multiaddr } from '@multiformats/multiaddr'
import type { AileeClient } from '../../src/client/index.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { pb, type ailee } from '../../src/proto/index.ts'
import { TASK_PROTOCOL } from '../../src/protocol/index.ts'
import { FrameReader, encodeFrame } from '../../src/protocol/framing.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost } from '../helpers/swarm-host.ts'
import { connectClient, NETWORK_ID, runFixture, text, waitUntil } from './helpers.ts'

const MiB = 1024 * 1024
const BUDGET = 64 * MiB
const FRAME = 8 * MiB - 64
const ATTACKERS = 3
const STREAMS_PER_ATTACKER = 24

/** What became of one attacker stream. */
interface Outcome { answer?: ailee.v1.Response, error?: Error }

/**
 * Opens a stream from `attacker` to `target`, sends the prefix of a `FRAME`-byte
 * request and 16 bytes of its body, and stalls; resolves with the first
 * response (or the error) once one arrives.
 */
async function stallInsideFrame (attacker: AileeHost, target: string): Promise<{ outcome: Promise<Outcome> }> {
  const stream = await attacker.libp2p.dialProtocol(multiaddr(target), TASK_PROTOCOL)
  const reader = new FrameReader(stream, { maxFrameBytes: 1024 * 1024 })
  const frame = encodeFrame(new Uint8Array(FRAME))
  stream.send(frame.subarray(0, 20))
  const outcome = (async (): Promise<Outcome> => {
    try {
      const body = await reader.next({ timeoutMs: 60_000 })
      return body == null ? { error: new Error('closed without an answer') } : { answer: pb.Response.decode(body) }
    } catch (err) {
      return { error: err as Error }
    } finally {
      reader.dispose()
    }
  })()
  return { outcome }
}

describe('in-flight frame budget: stalled large frames from many streams (finding 15)', () => {
  let swarm: Swarm
  let client: AileeClient
  const cleanup = new Cleanup()

  before(async () => {
    // the coordinator waits long for a request's body, so stalled streams stay held during the test
    swarm = await startSwarm({ workers: 1, coordinator: { limits: { maxInFlightFrameBytes: BUDGET }, timeouts: { requestMs: 30_000 } } })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await cleanup.run()
    await swarm?.stop()
  })

  it('caps what the coordinator buffers, refuses the rest by name, and keeps serving an honest client', async () => {
    const budget = swarm.coordinator.frameBudget
    assert.equal(budget.limitBytes, BUDGET)
    const attackers = await Promise.all(Array.from({ length: ATTACKERS }, async () => await startHost(cleanup, { networkId: NETWORK_ID, dht: false })))
    const outcomes: Array<Promise<Outcome>> = []
    for (let i = 0; i < STREAMS_PER_ATTACKER; i++) {
      for (const attacker of attackers) outcomes.push((await stallInsideFrame(attacker, swarm.coordinatorAddr)).outcome)
    }
    const total = ATTACKERS * STREAMS_PER_ATTACKER
    const fits = Math.floor(BUDGET / FRAME)
    // every stream was either granted a share or refused
    await waitUntil(() => budget.stats().granted + budget.stats().refused >= total, 20_000, 'every attacker frame seen by the budget')
    const stats = budget.stats()
    assert.ok(stats.highWaterBytes <= BUDGET, `high-water ${stats.highWaterBytes} over the budget`)
    assert.ok(stats.usedBytes >= (fits - 1) * FRAME, `the attack fills the budget (${stats.usedBytes} bytes held)`)
    assert.ok(stats.refused + stats.evicted >= total - fits, `streams past the budget are refused (${stats.refused} refused, ${stats.evicted} evicted)`)

    // the honest client's task completes while the attackers' frames are still held
    const result = await runFixture(client, 'hello', { args: ['under attack'] })
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(text(result.stdout), 'hello from wasm\nunder attack\n')
    assert.ok(budget.usedBytes >= (fits - 2) * FRAME, 'attackers still hold their share: the task was served beside them')
    assert.ok(budget.highWaterBytes <= BUDGET)

    // each refused or evicted attacker stream got the named refusal
    const settled = await Promise.all(outcomes.map(async o => await Promise.race([o, new Promise<undefined>(resolve => { setTimeout(() => { resolve(undefined) }, 2000) })])))
    const answers = settled.filter((o): o is Outcome => o?.answer != null).map(o => o.answer!)
    assert.ok(answers.length >= total - fits, `${answers.length} attacker streams answered`)
    for (const answer of answers) {
      assert.equal(answer.error?.code, pb.ErrorCode.ERROR_CODE_RATE_LIMITED)
      assert.match(answer.error?.message ?? '', /^node busy: .*in-flight frame budget of 67108864 bytes.*retry later$/)
    }
  })
})
