/**
 * Range sync logic against a real ChainStore (RocksDB in a temp dir) with the
 * peers stubbed as ports: the catch-up stores every valid block in order,
 * bans a peer that serves a forged or unasked-for block and goes on with the
 * next peer, does not ban a peer that serves the producer's other block of a
 * fork (the producer's fault) nor one that serves, at head + 1, a block of the
 * producer's other branch (it finds and records the fork point below, within
 * bounds), bans one whose unlinked block is forged, never syncs its own or an unfollowed chain, pauses when the
 * producer's budget is spent; the peer scores ban after repeated failures and
 * let a ban run out (fake clock).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pino } from 'pino'
import { ZERO_HASH, blockHash, buildBlock } from '../../src/chain/block.ts'
import { ChainStore } from '../../src/chain/chain-store.ts'
import { verifyForkEvidence } from '../../src/chain/fork-evidence.ts'
import { MAX_FORK_SEARCH_REQUESTS } from '../../src/node/fork-search.ts'
import { pb } from '../../src/proto/index.ts'
import { ChainCatchUp } from '../../src/node/chain-catch-up.ts'
import { ForeignBlockGuard } from '../../src/node/chain-guard.ts'
import { SyncPeerScores } from '../../src/node/sync-peers.ts'
import type { ChainHeadClaim } from '../../src/protocol/messages/sync.ts'
import { entryFor, identity, type Identity } from '../chain/fixtures.ts'
import { openTempDb } from '../storage/helpers.ts'

const log = pino({ level: 'silent' })

/** A valid chain of `n` blocks of `producer`, one receipt each, encoded. */
async function chainOf (producer: Identity, worker: Identity, n: number): Promise<Uint8Array[]> {
  return await extend([], producer, worker, n)
}

/**
 * `base` (encoded blocks of `producer`, heights 0..) continued to `n` blocks, one receipt of `worker`
 * each (`entries: false`: none): two calls with the same base and different workers give the
 * producer's two branches parting at height `base.length`, both validly signed.
 */
async function extend (base: Uint8Array[], producer: Identity, worker: Identity, n: number, options: { entries?: boolean } = {}): Promise<Uint8Array[]> {
  const out = [...base]
  let prevHash = out.length === 0 ? ZERO_HASH : blockHash(pb.Block.decode(out[out.length - 1]).header)
  for (let height = out.length; height < n; height++) {
    const entries = options.entries === false ? [] : [await entryFor(`t-${height}`, worker, producer)]
    const block = await buildBlock({ height, prevHash, entries, producerKey: producer.key, timestampMs: 1000 + height, stateRoot: ZERO_HASH })
    prevHash = blockHash(block.header)
    out.push(pb.Block.encode(block).finish())
  }
  return out
}

/** `block` with its first entry's price changed: the receipts Merkle root no longer matches. */
function forged (bytes: Uint8Array): Uint8Array {
  const block = pb.Block.decode(bytes)
  block.entries[0].price = Number(block.entries[0].price ?? 0) + 1
  return pb.Block.encode(block).finish()
}

interface Peer { heads: ChainHeadClaim[], blocks: Map<string, Uint8Array[]>, asked: number }

function setup (db: ConstructorParameters<typeof ChainStore>[0], peers: Record<string, Peer>, options: { self?: string, follow?: string[], entriesPerMinute?: number, now?: () => number, staleHead?: boolean } = {}) {
  const chain = new ChainStore(db, { now: () => 10_000 })
  // staleHead: the catch-up's first head read finds none, as if gossip stored blocks between that read and its appends
  let stale = options.staleHead === true
  const port = {
    head: async (producer: string) => {
      if (stale) { stale = false; return undefined }
      return await chain.head(producer)
    },
    append: chain.append.bind(chain),
    get: chain.get.bind(chain)
  }
  const now = options.now ?? (() => 0)
  const scores = new SyncPeerScores({ banMs: 60_000, now })
  const guard = new ForeignBlockGuard({ self: options.self ?? 'self', follow: options.follow ?? [], maxBlockEntries: 100, maxBlockBytes: 1 << 20, entriesPerMinute: options.entriesPerMinute ?? 10_000, totalEntriesPerMinute: options.entriesPerMinute ?? 10_000, now })
  const stored: string[] = []
  const catchUp = new ChainCatchUp({
    self: options.self ?? 'self',
    chain: port,
    guard,
    scores,
    heads: async peer => peers[peer].heads,
    range: async (peer, producer, from, count) => {
      const p = peers[peer]
      p.asked++
      return (p.blocks.get(producer) ?? []).slice(from, from + count)
    },
    maxBlocksPerRequest: 4,
    onStored: producer => { stored.push(producer) },
    log
  })
  return { chain, scores, catchUp, stored }
}

describe('ChainCatchUp', () => {
  it('fetches the missing range in bounded requests and stores every block in order', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker] = await Promise.all([identity(), identity()])
    const blocks = await chainOf(producer, worker, 10)
    const honest: Peer = { heads: [], blocks: new Map([[producer.peerId, blocks]]), asked: 0 }
    const { chain, catchUp, stored } = setup(db, { honest })
    catchUp.noteHead(producer.peerId, 9, 'honest')
    await catchUp.idle()
    assert.equal((await chain.head(producer.peerId))?.height, 9)
    assert.equal(honest.asked, 3, '10 blocks, at most 4 a request')
    assert.equal(stored.length, 10)
    assert.deepEqual(catchUp.stats(), { ranges: 3, blocksStored: 10, duplicates: 0, invalidBlocks: 0, forks: 0, forkPoints: 0, failedRequests: 0, budgetPauses: 0 })
    assert.equal((await chain.validateChain(producer.peerId))?.height, 9)
  })

  it('bans a peer that serves a forged block, keeps the blocks before it, and finishes from an honest peer', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker] = await Promise.all([identity(), identity()])
    const blocks = await chainOf(producer, worker, 8)
    const bad = [...blocks]
    bad[2] = forged(blocks[2])
    const rogue: Peer = { heads: [{ producer: producer.peerId, height: 20, hash: new Uint8Array(32) }], blocks: new Map([[producer.peerId, bad]]), asked: 0 }
    const honest: Peer = { heads: [], blocks: new Map([[producer.peerId, blocks]]), asked: 0 }
    const { chain, catchUp, scores } = setup(db, { rogue, honest })
    await catchUp.askHeads('rogue') // claims the highest head: asked first
    catchUp.noteHead(producer.peerId, 7, 'honest')
    await catchUp.idle()
    assert.equal(rogue.asked, 1, 'the rogue is asked once')
    const record = scores.get('rogue')!
    assert.equal(record.invalidBlocks, 1)
    assert.match(record.reason, /block 2 of .*receipts-root-mismatch/)
    assert.equal(scores.usable('rogue'), false)
    assert.equal(scores.usable('honest'), true)
    assert.equal((await chain.head(producer.peerId))?.height, 7)
    assert.equal(catchUp.stats().invalidBlocks, 1)
    const stored = await chain.get(producer.peerId, 2)
    assert.deepEqual(pb.Block.encode(stored!).finish(), blocks[2], 'the genuine block 2 is stored')

    // banned: its claims and heads are not acted on
    catchUp.noteHead(producer.peerId, 30, 'rogue')
    await catchUp.askHeads('rogue')
    await catchUp.idle()
    assert.equal(rogue.asked, 1)
  })

  it('does not ban a peer that serves the other block of a fork: the evidence is stored, the chain kept', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker, otherWorker] = await Promise.all([identity(), identity(), identity()])
    const ours = await chainOf(producer, worker, 3)
    const theirs = await chainOf(producer, otherWorker, 3) // the same heights, other receipts: every block differs
    const relay: Peer = { heads: [], blocks: new Map([[producer.peerId, theirs]]), asked: 0 }
    const { chain, catchUp, scores } = setup(db, { relay }, { staleHead: true })
    for (const bytes of ours) await chain.append(pb.Block.decode(bytes))
    catchUp.noteHead(producer.peerId, 2, 'relay')
    await catchUp.idle()
    assert.equal(scores.usable('relay'), true, 'the relaying peer is not banned')
    assert.equal(scores.get('relay')?.invalidBlocks ?? 0, 0)
    assert.equal(catchUp.stats().forks, 1)
    assert.equal(catchUp.stats().invalidBlocks, 0)
    const [fork] = await chain.forks(producer.peerId)
    assert.equal(fork.height, 0)
    assert.deepEqual(fork.headers[1].header, Uint8Array.from(pb.Block.decode(theirs[0]).header))
    assert.deepEqual((await chain.head(producer.peerId))?.hash, blockHash(pb.Block.decode(ours[2]).header))
  })

  it('does not ban a peer that serves the producer\'s other branch at head + 1: finds the fork point, stores its evidence, keeps the chain', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker, otherWorker] = await Promise.all([identity(), identity(), identity()])
    // the producer signed two branches parting at height 3: blocks 0-2 shared
    const shared = await chainOf(producer, worker, 3)
    const ours = await extend(shared, producer, worker, 6)
    const theirs = await extend(shared, producer, otherWorker, 8)
    const relay: Peer = { heads: [], blocks: new Map([[producer.peerId, theirs]]), asked: 0 }
    const { chain, catchUp, scores } = setup(db, { relay })
    for (const bytes of ours) await chain.append(pb.Block.decode(bytes))
    catchUp.noteHead(producer.peerId, 7, 'relay')
    await catchUp.idle()
    assert.equal(scores.usable('relay'), true, 'the relaying peer is not banned')
    assert.deepEqual([scores.get('relay')?.invalidBlocks ?? 0, scores.get('relay')?.failures ?? 0], [0, 0])
    const stats = catchUp.stats()
    assert.deepEqual([stats.forks, stats.forkPoints, stats.invalidBlocks, stats.blocksStored], [1, 1, 0, 0])
    // blocks 6-7 asked, then blocks 2-5 (at most 4 a request): block 2 is the stored one, so they part at 3
    assert.equal(relay.asked, 2)
    const forks = await chain.forks(producer.peerId)
    assert.deepEqual(forks.map(f => f.height), [3])
    assert.deepEqual(forks[0].headers[0].header, Uint8Array.from(pb.Block.decode(ours[3]).header), 'the stored block first')
    assert.deepEqual(forks[0].headers[1].header, Uint8Array.from(pb.Block.decode(theirs[3]).header))
    assert.equal(await verifyForkEvidence(forks[0]), true)
    assert.deepEqual((await chain.head(producer.peerId))?.hash, blockHash(pb.Block.decode(ours[5]).header), 'our chain unchanged')
    assert.equal((await chain.validateChain(producer.peerId))?.height, 5)

    // the peer holds the other branch: its later claims are not acted on
    catchUp.noteHead(producer.peerId, 9, 'relay')
    await catchUp.idle()
    assert.equal(relay.asked, 2)
  })

  it('finds a fork point at height 0 (two different genesis blocks)', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker, otherWorker] = await Promise.all([identity(), identity(), identity()])
    const ours = await chainOf(producer, worker, 2)
    const theirs = await chainOf(producer, otherWorker, 3)
    const relay: Peer = { heads: [], blocks: new Map([[producer.peerId, theirs]]), asked: 0 }
    const { chain, catchUp, scores } = setup(db, { relay })
    for (const bytes of ours) await chain.append(pb.Block.decode(bytes))
    catchUp.noteHead(producer.peerId, 2, 'relay')
    await catchUp.idle()
    assert.equal(scores.usable('relay'), true)
    assert.deepEqual((await chain.forks(producer.peerId)).map(f => f.height), [0])
    assert.equal(catchUp.stats().forkPoints, 1)
  })

  it('bounds the search for the fork point: a fork deeper than the bound is only counted', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker] = await Promise.all([identity(), identity()])
    // parting at height 1, the unlinked block at 300: 299 heights below it, more than the search covers
    const shared = await extend([], producer, worker, 1, { entries: false })
    const ours = await extend(shared, producer, worker, 300, { entries: false })
    // their branch: the same heights with other timestamps, so every block from 1 differs
    const theirs = [...shared]
    let prevHash = blockHash(pb.Block.decode(shared[0]).header)
    for (let height = 1; height <= 300; height++) {
      const block = await buildBlock({ height, prevHash, entries: [], producerKey: producer.key, timestampMs: 5000 + height, stateRoot: ZERO_HASH })
      prevHash = blockHash(block.header)
      theirs.push(pb.Block.encode(block).finish())
    }
    const relay: Peer = { heads: [], blocks: new Map([[producer.peerId, theirs]]), asked: 0 }
    const { chain, catchUp, scores } = setup(db, { relay })
    for (const bytes of ours) await chain.append(pb.Block.decode(bytes))
    catchUp.noteHead(producer.peerId, 300, 'relay')
    await catchUp.idle()
    assert.equal(relay.asked, 1 + MAX_FORK_SEARCH_REQUESTS, 'the unlinked block, then the bounded search')
    assert.equal(scores.usable('relay'), true)
    assert.deepEqual(await chain.forks(producer.peerId), [])
    assert.deepEqual([catchUp.stats().forks, catchUp.stats().forkPoints], [1, 0])
    assert.equal((await chain.head(producer.peerId))?.height, 299)
  })

  it('bans a peer whose unlinked block at head + 1 is not signed by its producer', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker, otherWorker] = await Promise.all([identity(), identity(), identity()])
    const ours = await chainOf(producer, worker, 3)
    const theirs = await chainOf(producer, otherWorker, 4)
    const block3 = pb.Block.decode(theirs[3])
    block3.signature = Uint8Array.from(block3.signature).fill(1, 0, 8)
    theirs[3] = pb.Block.encode(block3).finish()
    const rogue: Peer = { heads: [], blocks: new Map([[producer.peerId, theirs]]), asked: 0 }
    const { chain, catchUp, scores } = setup(db, { rogue })
    for (const bytes of ours) await chain.append(pb.Block.decode(bytes))
    catchUp.noteHead(producer.peerId, 3, 'rogue')
    await catchUp.idle()
    assert.equal(scores.usable('rogue'), false)
    assert.match(scores.get('rogue')!.reason, /block 3 of .*bad-signature/)
    assert.deepEqual([catchUp.stats().forks, catchUp.stats().invalidBlocks], [0, 1])
    assert.deepEqual(await chain.forks(producer.peerId), [])
  })

  it('refuses a block that is not the one asked for (another height or producer)', async t => {
    const { db } = await openTempDb(t)
    const [producer, other, worker] = await Promise.all([identity(), identity(), identity()])
    const blocks = await chainOf(producer, worker, 3)
    const others = await chainOf(other, worker, 3)
    const swapped: Peer = { heads: [], blocks: new Map([[producer.peerId, [blocks[0], others[1]]]]), asked: 0 }
    // serves block 2 where block 1 was asked for
    const shifted: Peer = { heads: [], blocks: new Map([[producer.peerId, [blocks[1], blocks[2], blocks[2]]]]), asked: 0 }
    const { chain, catchUp, scores } = setup(db, { swapped, shifted })
    catchUp.noteHead(producer.peerId, 2, 'swapped')
    await catchUp.idle()
    assert.equal((await chain.head(producer.peerId))?.height, 0)
    assert.match(scores.get('swapped')!.reason, /not the block asked for/)
    catchUp.noteHead(producer.peerId, 2, 'shifted')
    await catchUp.idle()
    assert.match(scores.get('shifted')!.reason, /^block 1 of .*: is block 2 of .*, not the block asked for/)
  })

  it('never syncs its own chain or a producer it does not follow', async t => {
    const { db } = await openTempDb(t)
    const [producer, listed, worker] = await Promise.all([identity(), identity(), identity()])
    const blocks = await chainOf(producer, worker, 2)
    const peer: Peer = { heads: [], blocks: new Map([[producer.peerId, blocks]]), asked: 0 }
    const own = setup(db, { peer }, { self: producer.peerId })
    own.catchUp.noteHead(producer.peerId, 1, 'peer')
    const picky = setup(db, { peer }, { follow: [listed.peerId] })
    picky.catchUp.noteHead(producer.peerId, 1, 'peer')
    await Promise.all([own.catchUp.idle(), picky.catchUp.idle()])
    assert.equal(peer.asked, 0)
    assert.equal(await own.chain.head(producer.peerId), undefined)
  })

  it('pauses when the producer\'s verification budget is spent and goes on when it refills', async t => {
    const { db } = await openTempDb(t)
    const [producer, worker] = await Promise.all([identity(), identity()])
    const blocks = await chainOf(producer, worker, 4)
    const peer: Peer = { heads: [], blocks: new Map([[producer.peerId, blocks]]), asked: 0 }
    let now = 0
    // a budget of 2 entries a minute: 2 blocks now, the rest once the clock moves on
    const { chain, catchUp } = setup(db, { peer }, { entriesPerMinute: 2, now: () => now })
    catchUp.noteHead(producer.peerId, 3, 'peer')
    while (catchUp.stats().budgetPauses < 1) await new Promise(resolve => setTimeout(resolve, 10))
    assert.equal((await chain.head(producer.peerId))?.height, 1)
    now += 60_000
    await catchUp.idle()
    assert.equal((await chain.head(producer.peerId))?.height, 3)
  })
})

describe('SyncPeerScores', () => {
  it('bans after maxFailures failures in a row, a success resets them, and a ban runs out', () => {
    let now = 0
    const scores = new SyncPeerScores({ banMs: 1000, maxFailures: 2, now: () => now })
    scores.failed('p', 'timeout')
    scores.succeeded('p')
    scores.failed('p', 'timeout')
    assert.equal(scores.usable('p'), true, 'the success reset the count')
    scores.failed('p', 'reset')
    assert.equal(scores.usable('p'), false)
    assert.match(scores.get('p')!.reason, /2 failed requests in a row, the last: reset/)
    now = 1000
    assert.equal(scores.usable('p'), true, 'the ban is over')
    scores.invalid('p', 'bad root')
    assert.equal(scores.usable('p'), false)
    assert.deepEqual([scores.get('p')!.invalidBlocks, scores.bans], [1, 2])
  })

  it('remembers at most maxPeers peers and rejects bad options', () => {
    const scores = new SyncPeerScores({ banMs: 1000, maxPeers: 2 })
    for (const p of ['a', 'b', 'c']) scores.invalid(p, 'x')
    assert.equal(scores.get('a'), undefined)
    assert.equal(scores.usable('a'), true)
    assert.equal(scores.usable('c'), false)
    assert.throws(() => new SyncPeerScores({ banMs: 0 }), RangeError)
  })
})

