/**
 * The client's coordinator list (src/client/coordinator-set.ts), without a
 * network: failover order and what it may fail over on, the current
 * coordinator, remembered task homes (bounded), and finding a task's home.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Multiaddr } from '@multiformats/multiaddr'
import {
  CoordinatorSet, FailOver, MAX_REMEMBERED_TASKS, canFailOver, parseCoordinatorAddress, peerIdOf
} from '../../src/client/coordinator-set.ts'
import { ClientAbortedError, CoordinatorUnreachableError, InvalidCoordinatorAddressError } from '../../src/client/errors.ts'
import { PeerUnreachableError, RemoteError } from '../../src/protocol/errors.ts'
import { pb } from '../../src/proto/index.ts'

async function addresses (n: number): Promise<Multiaddr[]> {
  const out: Multiaddr[] = []
  for (let i = 0; i < n; i++) {
    const id = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    out.push(parseCoordinatorAddress(`/ip4/127.0.0.1/tcp/${4001 + i}/p2p/${id.toString()}`))
  }
  return out
}

describe('coordinator set', () => {
  it('parses only addresses with a valid /p2p/ peer id, and names it', async () => {
    const [a] = await addresses(1)
    assert.equal(peerIdOf(a), a.getComponents().at(-1)!.value)
    assert.throws(() => parseCoordinatorAddress('/ip4/127.0.0.1/tcp/1'), InvalidCoordinatorAddressError)
    assert.throws(() => parseCoordinatorAddress('/ip4/127.0.0.1/tcp/1/p2p/notapeer'), InvalidCoordinatorAddressError)
    assert.throws(() => parseCoordinatorAddress('not a multiaddr'), InvalidCoordinatorAddressError)
    assert.throws(() => new CoordinatorSet([]), InvalidCoordinatorAddressError)
  })

  it('fails over only where the submission cannot have been admitted', () => {
    assert.equal(canFailOver(new PeerUnreachableError('dial failed')), true)
    assert.equal(canFailOver(new RemoteError(pb.ErrorCode.ERROR_CODE_SHUTTING_DOWN, 'stopping')), true)
    assert.equal(canFailOver(new RemoteError(pb.ErrorCode.ERROR_CODE_RATE_LIMITED, 'full')), true)
    assert.equal(canFailOver(new RemoteError(pb.ErrorCode.ERROR_CODE_REJECTED, 'bad signature')), false)
    assert.equal(canFailOver(new Error('something else')), false)
  })

  it('tries the current coordinator first, then the next ones wrapping around, and keeps the one that served', async () => {
    const addrs = await addresses(3)
    const set = new CoordinatorSet(addrs)
    set.setCurrent(1)
    const tried: number[] = []
    const served = await set.failover(async (target, last) => {
      const i = addrs.indexOf(target)
      tried.push(i)
      if (i !== 0) throw new FailOver(new Error(`down ${i}`))
      assert.equal(last, true, 'the third attempt is the last')
      return 'ok'
    })
    assert.equal(served, 'ok')
    assert.deepEqual(tried, [1, 2, 0])
    assert.equal(set.current, addrs[0])
    // an error that is not FailOver ends the loop at once
    await assert.rejects(set.failover(async () => { throw new Error('rejected') }), /rejected/)
    // every coordinator failing over
    await assert.rejects(set.failover(async () => { throw new FailOver(new Error('down')) }), CoordinatorUnreachableError)
    assert.throws(() => { set.setCurrent(3) }, RangeError)
  })

  it('remembers task homes up to the bound, forgetting the oldest', async () => {
    const [a, b] = await addresses(2)
    const set = new CoordinatorSet([a, b])
    for (let i = 0; i <= MAX_REMEMBERED_TASKS; i++) set.remember(`t${i}`, i % 2 === 0 ? a : b)
    assert.equal(set.homeKnown('t0'), undefined, 'the oldest is forgotten')
    assert.equal(set.homeKnown('t1'), b)
    assert.equal(set.homeKnown(`t${MAX_REMEMBERED_TASKS}`), a)
  })

  it('finds a task home by asking the current coordinator first, skips failures, and falls back to the current one', async () => {
    const addrs = await addresses(3)
    const set = new CoordinatorSet(addrs)
    const asked: number[] = []
    const home = await set.homeOf('t', async target => {
      asked.push(addrs.indexOf(target))
      if (target !== addrs[2]) throw new Error('not found here')
    })
    assert.equal(home, addrs[2])
    assert.deepEqual(asked, [0, 1, 2])
    // remembered now: nobody is asked again
    assert.equal(await set.homeOf('t', async () => { throw new Error('must not be asked') }), addrs[2])
    // nobody knows it: the current coordinator, which will answer NOT_FOUND
    assert.equal(await set.homeOf('u', async () => { throw new Error('unknown') }), addrs[0])
    // an abort by the caller is passed on
    await assert.rejects(set.homeOf('v', async () => { throw new ClientAbortedError('aborted') }), ClientAbortedError)
  })
})
