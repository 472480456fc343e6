/**
 * The random-walk pacer (src/p2p/random-walk-pacer.ts) with fake timers: its peer router answers
 * `getClosestPeers` with no peer, after the pace or at once when aborted. (Without it, a host
 * listening on `/p2p-circuit` with the DHT on and an empty routing table hung at start:
 * relay-discovery-swarm.test.ts starts such a host.)
 */
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it, mock } from 'node:test'
import { peerRoutingSymbol } from '@libp2p/interface'
import { randomWalkPacer } from '../../src/p2p/random-walk-pacer.ts'

async function drain (it: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('randomWalkPacer', () => {
  beforeEach(() => { mock.timers.enable({ apis: ['setTimeout'] }) })
  afterEach(() => { mock.timers.reset() })

  it('finds no peer, after the pace', async () => {
    const router = randomWalkPacer(2000)()[peerRoutingSymbol]
    let ended = false
    const done = drain(router.getClosestPeers(new Uint8Array(32))).then(peers => { ended = true; return peers })
    mock.timers.tick(1999)
    await new Promise(resolve => setImmediate(resolve))
    assert.equal(ended, false, 'not before the pace')
    mock.timers.tick(1)
    assert.deepEqual(await done, [])
  })

  it('ends at once when the caller aborts, and refuses a pace below 1 ms', async () => {
    const router = randomWalkPacer(2000)()[peerRoutingSymbol]
    const controller = new AbortController()
    const done = drain(router.getClosestPeers(new Uint8Array(32), { signal: controller.signal }))
    controller.abort()
    assert.deepEqual(await done, [])
    assert.deepEqual(await drain(router.getClosestPeers(new Uint8Array(32), { signal: AbortSignal.abort() })), [])
    assert.throws(() => randomWalkPacer(0), /at least 1 ms/)
  })
})
