/**
 * The node-wide budget of bytes buffered for incomplete inbound frames
 * (src/protocol/frame-budget.ts) and its use by `FrameReader`: a reservation
 * is taken when a frame's prefix arrives without its body, and given back on
 * every way the frame can end (completion, close, reset, abort, dispose after
 * a timeout, eviction), so nothing leaks.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { streamPair } from '@libp2p/utils'
import { FrameBudget, type FrameReservation } from '../../src/protocol/frame-budget.ts'
import { FrameBudgetExceededError, InvalidMessageError, RemoteClosedError, RequestTimeoutError } from '../../src/protocol/errors.ts'
import { FrameReader, encodeFrame } from '../../src/protocol/framing.ts'
import { waitUntil } from '../helpers/swarm-host.ts'
import type { Stream } from '@libp2p/interface'

const KiB = 1024

/** The first `n` bytes of a frame of `size` body bytes (prefix included). */
function framePart (size: number, n: number): Uint8Array {
  return encodeFrame(new Uint8Array(size).fill(1)).subarray(0, n)
}

const noEvict = (): void => { assert.fail('unexpected eviction') }

describe('FrameBudget', () => {
  it('grants within the limit, counts the high-water mark, and release is idempotent', () => {
    const budget = new FrameBudget(100)
    const a = budget.reserve('a', 60, noEvict)
    const b = budget.reserve('b', 40, noEvict)
    assert.equal(budget.usedBytes, 100)
    assert.equal(budget.highWaterBytes, 100)
    a.release()
    a.release()
    assert.equal(budget.usedBytes, 40)
    assert.equal(budget.heldBy('a'), 0)
    b.release()
    assert.deepEqual(budget.stats(), { limitBytes: 100, usedBytes: 0, highWaterBytes: 100, granted: 2, refused: 0, evicted: 0, peers: 0 })
  })

  it('refuses a frame over the whole budget, and one that would take more than the holders have', () => {
    const budget = new FrameBudget(100)
    assert.throws(() => budget.reserve('a', 101, noEvict), FrameBudgetExceededError)
    budget.reserve('a', 50, noEvict)
    budget.reserve('b', 50, noEvict)
    // c would hold 50, as much as the largest holder: no eviction, refused with the named reason
    assert.throws(() => budget.reserve('c', 50, noEvict), (err: Error) => {
      assert.ok(err instanceof FrameBudgetExceededError)
      assert.equal(err.name, 'FrameBudgetExceededError')
      assert.equal(err.limitBytes, 100)
      assert.equal(err.frameBytes, 50)
      assert.match(err.message, /^node busy: the in-flight frame budget of 100 bytes is used .*retry later$/)
      return true
    })
    // a holder asking for more of what it already leads is refused too
    assert.throws(() => budget.reserve('a', 10, noEvict), FrameBudgetExceededError)
    assert.equal(budget.stats().refused, 3)
    assert.equal(budget.usedBytes, 100)
  })

  it('evicts the largest holder\'s largest frame for a peer holding less (max-min fair)', () => {
    const budget = new FrameBudget(100)
    const evicted: Array<{ peer: string, bytes: number, err: FrameBudgetExceededError }> = []
    const hold = (peer: string, bytes: number): FrameReservation => budget.reserve(peer, bytes, err => { evicted.push({ peer, bytes, err }) })
    hold('attacker', 30)
    hold('attacker', 40)
    hold('attacker2', 30)
    const honest = budget.reserve('honest', 5, noEvict)
    assert.deepEqual(evicted.map(e => [e.peer, e.bytes]), [['attacker', 40]])
    assert.match(evicted[0].err.message, /^node busy: a frame of 40 bytes was dropped .* for a peer holding less; retry later$/)
    assert.equal(budget.usedBytes, 65)
    assert.equal(budget.heldBy('attacker'), 30)
    honest.release()
    assert.equal(budget.stats().evicted, 1)
  })

  it('refuses without evicting anything when eviction could not make room fairly', () => {
    const budget = new FrameBudget(100)
    budget.reserve('a', 45, noEvict)
    budget.reserve('b', 45, noEvict)
    const evicted: string[] = []
    budget.reserve('x', 10, () => { evicted.push('x') })
    // full; d asks 46: evicting a's 45 would make room, but no holder holds more than d would (46)
    assert.throws(() => budget.reserve('d', 46, noEvict), FrameBudgetExceededError)
    assert.deepEqual(evicted, [])
    assert.equal(budget.usedBytes, 100)
  })
})

describe('FrameReader with a budget', () => {
  const streams: Stream[] = []
  afterEach(() => { for (const s of streams.splice(0)) s.abort(new Error('test over')) })

  async function pair (budget: FrameBudget, peer = 'p'): Promise<{ out: Stream, inb: Stream, reader: FrameReader }> {
    const [out, inb] = await streamPair()
    streams.push(out, inb)
    const reader = new FrameReader(inb, { maxFrameBytes: 64 * KiB, budget, peer })
    return { out, inb, reader }
  }

  it('a frame that arrives whole reserves nothing', async () => {
    const budget = new FrameBudget(100 * KiB)
    const { out, reader } = await pair(budget)
    out.send(encodeFrame(new Uint8Array(10 * KiB)))
    const frame = await reader.next({ timeoutMs: 2000 })
    assert.equal(frame?.byteLength, 10 * KiB)
    assert.equal(budget.stats().granted, 0)
  })

  it('completion: the declared length is reserved when the prefix arrives and released when the frame completes', async () => {
    const budget = new FrameBudget(100 * KiB)
    const { out, reader } = await pair(budget)
    const whole = encodeFrame(new Uint8Array(32 * KiB).fill(3))
    out.send(whole.subarray(0, 10))
    await waitUntil(() => budget.usedBytes === 32 * KiB, 2000, 'reservation')
    out.send(whole.subarray(10))
    const frame = await reader.next({ timeoutMs: 2000 })
    assert.equal(frame?.byteLength, 32 * KiB)
    assert.equal(budget.usedBytes, 0)
    assert.equal(budget.highWaterBytes, 32 * KiB)
  })

  it('close: the remote ends its side inside a frame', async () => {
    const budget = new FrameBudget(100 * KiB)
    const { out, reader } = await pair(budget)
    out.send(framePart(32 * KiB, 100))
    await waitUntil(() => budget.usedBytes > 0, 2000, 'reservation')
    await out.close()
    await assert.rejects(reader.next({ timeoutMs: 2000 }), InvalidMessageError)
    assert.equal(budget.usedBytes, 0)
  })

  it('reset: the remote resets the stream inside a frame', async () => {
    const budget = new FrameBudget(100 * KiB)
    const { out, reader } = await pair(budget)
    out.send(framePart(32 * KiB, 100))
    await waitUntil(() => budget.usedBytes > 0, 2000, 'reservation')
    out.abort(new Error('attacker gone'))
    await assert.rejects(reader.next({ timeoutMs: 2000 }), RemoteClosedError)
    assert.equal(budget.usedBytes, 0)
  })

  it('abort: this side aborts the stream inside a frame', async () => {
    const budget = new FrameBudget(100 * KiB)
    const { out, inb, reader } = await pair(budget)
    out.send(framePart(32 * KiB, 100))
    await waitUntil(() => budget.usedBytes > 0, 2000, 'reservation')
    inb.abort(new Error('server stopping'))
    await assert.rejects(reader.next({ timeoutMs: 2000 }), RemoteClosedError)
    assert.equal(budget.usedBytes, 0)
  })

  it('timeout then dispose: a stalled frame is released when its reader is disposed', async () => {
    const budget = new FrameBudget(100 * KiB)
    const { out, reader } = await pair(budget)
    out.send(framePart(32 * KiB, 100))
    await assert.rejects(reader.next({ timeoutMs: 100 }), RequestTimeoutError)
    assert.equal(budget.usedBytes, 32 * KiB, 'still held while the stream is open')
    reader.dispose()
    assert.equal(budget.usedBytes, 0)
  })

  it('refusal: a frame that does not fit fails the reader at once and nothing of it is kept', async () => {
    const budget = new FrameBudget(40 * KiB)
    const first = await pair(budget, 'a')
    first.out.send(framePart(32 * KiB, 100))
    await waitUntil(() => budget.usedBytes === 32 * KiB, 2000, 'first reservation')
    const second = await pair(budget, 'a')
    second.out.send(framePart(32 * KiB, 100))
    await assert.rejects(second.reader.next({ timeoutMs: 2000 }), FrameBudgetExceededError)
    assert.equal(budget.usedBytes, 32 * KiB)
    assert.equal(budget.highWaterBytes, 32 * KiB)
  })

  it('eviction: a smaller holder\'s frame drops the largest holder\'s stalled frame, whose reader fails', async () => {
    const budget = new FrameBudget(40 * KiB)
    const attacker = await pair(budget, 'attacker')
    attacker.out.send(framePart(36 * KiB, 100))
    await waitUntil(() => budget.usedBytes === 36 * KiB, 2000, 'attacker reservation')
    const honest = await pair(budget, 'honest')
    const whole = encodeFrame(new Uint8Array(8 * KiB).fill(9))
    honest.out.send(whole.subarray(0, 50))
    await assert.rejects(attacker.reader.next({ timeoutMs: 2000 }), FrameBudgetExceededError)
    honest.out.send(whole.subarray(50))
    assert.equal((await honest.reader.next({ timeoutMs: 2000 }))?.byteLength, 8 * KiB)
    assert.equal(budget.usedBytes, 0)
    assert.ok(budget.highWaterBytes <= 40 * KiB)
  })
})
