/**
 * The coordinator directory (src/node/coordinator-directory.ts): announcements
 * are kept only from their own author, with a dialable address of it, newest
 * by the author's clock; entries expire after the ttl; addresses are cleaned.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { cleanAddrs, CoordinatorDirectory, MAX_ANNOUNCED_ADDRS } from '../../src/node/coordinator-directory.ts'

const A = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
const B = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
const addr = (peer: string, port = 4001): string => `/ip4/127.0.0.1/tcp/${port}/p2p/${peer}`

describe('CoordinatorDirectory', () => {
  it('keeps an announcement from its author, and lists the most recently heard first', () => {
    const d = new CoordinatorDirectory(1_000)
    assert.equal(d.record({ peerId: A, multiaddrs: [addr(A)], accepting: true, openTasks: 2, timestampMs: 10 }, A, 100), 'accept')
    assert.equal(d.record({ peerId: B, multiaddrs: [addr(B)], accepting: true, timestampMs: 10 }, B, 200), 'accept')
    assert.deepEqual(d.list(300).map(c => [c.peerId, c.openTasks, c.lastSeenMs]), [[B, 0, 200], [A, 2, 100]])
  })

  it('rejects an announcement naming another peer than its author, or an accepting one with no address', () => {
    const d = new CoordinatorDirectory(1_000)
    assert.equal(d.record({ peerId: A, multiaddrs: [addr(A)], accepting: true }, B, 0), 'reject')
    assert.equal(d.record({ peerId: A, multiaddrs: ['not a multiaddr', addr(B)], accepting: true }, A, 0), 'reject')
    assert.equal(d.list(0).length, 0)
    // a stopping coordinator may announce without addresses
    assert.equal(d.record({ peerId: A, accepting: false, timestampMs: 1 }, A, 0), 'accept')
    assert.equal(d.list(0)[0].accepting, false)
  })

  it('keeps the newest announcement by its author\'s clock, and forgets one not renewed within the ttl', () => {
    const d = new CoordinatorDirectory(1_000)
    d.record({ peerId: A, multiaddrs: [addr(A)], accepting: false, timestampMs: 20 }, A, 100)
    d.record({ peerId: A, multiaddrs: [addr(A)], accepting: true, timestampMs: 10 }, A, 150) // late delivery of an older one
    assert.equal(d.list(200)[0].accepting, false)
    assert.equal(d.list(1_100).length, 1)
    assert.equal(d.list(1_101).length, 0)
  })

  it('cleans addresses: adds /p2p/ when missing, drops other peers\' and unparsable ones, keeps at most the cap', () => {
    assert.deepEqual(cleanAddrs(['/ip4/10.0.0.1/tcp/1', addr(B), 'garbage', addr(A, 2)], A), [`/ip4/10.0.0.1/tcp/1/p2p/${A}`, addr(A, 2)])
    assert.equal(cleanAddrs(Array.from({ length: 40 }, (_, i) => addr(A, 1000 + i)), A).length, MAX_ANNOUNCED_ADDRS)
    assert.throws(() => new CoordinatorDirectory(0), RangeError)
  })
})
