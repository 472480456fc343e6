/**
 * Forks: two different blocks signed by one producer at one height
 * (equivocation). Real Ed25519-signed blocks on a real RocksDB: the second
 * block is refused with a ForkError carrying both signed headers, the
 * evidence is stored once per height (and survives a reopen), the stored
 * chain is untouched, a conflicting block the producer did not sign is an
 * invalid block (the sender's fault), evidence is re-verifiable and a
 * tampered record fails verification, records per producer are capped, and
 * `bin/node chain verify --json` lists the evidence (exit 0: the chain is valid).
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { ZERO_HASH, blockHash, buildBlock } from '../../src/chain/block.ts'
import { ChainStore } from '../../src/chain/chain-store.ts'
import { InvalidBlockError } from '../../src/chain/errors.ts'
import { ForkError, ForkEvidenceStore, MAX_FORKS_PER_PRODUCER, verifyForkEvidence } from '../../src/chain/fork-evidence.ts'
import type { ForkEvidence } from '../../src/chain/fork-evidence.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { StateDb } from '../../src/storage/index.ts'
import { tempDir } from '../storage/helpers.ts'
import { parseJsonOutput, runCli } from '../cli/helpers.ts'
import { entryFor, identity } from './fixtures.ts'
import type { Identity } from './fixtures.ts'

const STATE_ROOT = new Uint8Array(32).fill(7)
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** `count` blocks of `producer` (one receipt each, task ids `{tag}-{height}`), linked from height 0. */
async function chainOf (producer: Identity, worker: Identity, count: number, tag: string): Promise<ailee.v1.Block[]> {
  const blocks: ailee.v1.Block[] = []
  for (let height = 0; height < count; height++) {
    blocks.push(await buildBlock({
      height,
      prevHash: height === 0 ? ZERO_HASH : blockHash(blocks[height - 1].header),
      entries: [await entryFor(`${tag}-${height}`, worker, producer)],
      producerKey: producer.key,
      timestampMs: 1000 * (height + 1),
      stateRoot: STATE_ROOT
    }))
  }
  return blocks
}

async function open (t: TestContext, path?: string): Promise<{ path: string, db: StateDb, chain: ChainStore }> {
  path ??= join(await tempDir(t), 'state')
  const db = await StateDb.open(path)
  t.after(async () => { await db.close() })
  return { path, db, chain: new ChainStore(db, { now: () => 50_000 }) }
}

describe('fork evidence', () => {
  it('refuses a second signed block at a stored height as a fork, stores both signed headers once, and keeps the chain', async t => {
    const [producer, worker] = await Promise.all([identity(), identity()])
    const a = await chainOf(producer, worker, 3, 'a')
    const b = await chainOf(producer, worker, 3, 'b')
    const { path, db, chain } = await open(t)
    for (const block of a) await chain.append(block)

    const err = await chain.append(b[1]).then(() => undefined, (e: Error) => e)
    assert.ok(err instanceof ForkError, `expected a ForkError, got ${String(err)}`)
    assert.equal(err.recorded, true)
    assert.equal(err.evidence.producer, producer.peerId)
    assert.equal(err.evidence.height, 1)
    assert.equal(err.evidence.detectedAtMs, 50_000)
    assert.deepEqual(err.evidence.headers.map(h => h.hash), [hex(blockHash(a[1].header)), hex(blockHash(b[1].header))])
    assert.deepEqual(err.evidence.headers[1].signature, b[1].signature)
    assert.match(err.message, new RegExp(`producer ${producer.peerId} signed two different blocks at height 1`))

    // the chain is as it was
    const head = await chain.head(producer.peerId)
    assert.equal(head?.height, 2)
    assert.deepEqual(head?.hash, blockHash(a[2].header))
    assert.deepEqual(pb.Block.encode((await chain.get(producer.peerId, 1))!).finish(), pb.Block.encode(a[1]).finish())
    assert.equal((await chain.validateChain(producer.peerId))?.height, 2)

    // the same fork again, or another block at that height: one record per height
    const again = await chain.append(b[1]).then(() => undefined, (e: Error) => e)
    assert.ok(again instanceof ForkError)
    assert.equal(again.recorded, false)
    // a fork at another height is a second record
    const at0 = await chain.append(b[0]).then(() => undefined, (e: Error) => e)
    assert.ok(at0 instanceof ForkError && at0.recorded)

    const forks = await chain.forks()
    assert.deepEqual(forks.map(f => f.height), [0, 1])
    assert.deepEqual(forks[1].headers[0].header, a[1].header)
    assert.deepEqual(forks[1].headers[1].header, b[1].header)
    for (const f of forks) assert.equal(await verifyForkEvidence(f), true)

    // persisted: a reopened store lists the same evidence
    await db.close()
    const reopened = await open(t, path)
    assert.deepEqual((await reopened.chain.forks(producer.peerId)).map(f => [f.height, f.headers[1].hash]), forks.map(f => [f.height, f.headers[1].hash]))
    assert.deepEqual(await reopened.chain.forks('someone-else'), [])
  })

  it('refuses a conflicting block its producer did not sign as invalid, and stores no evidence', async t => {
    const [producer, worker, forger] = await Promise.all([identity(), identity(), identity()])
    const a = await chainOf(producer, worker, 2, 'a')
    const { chain } = await open(t)
    for (const block of a) await chain.append(block)
    // block 1 naming the producer, signed by another key
    const header = pb.BlockHeader.decode(a[1].header)
    header.stateRoot = new Uint8Array(32).fill(9)
    const headerBytes = pb.BlockHeader.encode(header).finish()
    const forged = { ...a[1], header: headerBytes, signature: await forger.key.sign(headerBytes) }
    await assert.rejects(chain.append(forged), (err: Error) => err instanceof InvalidBlockError && err.reason === 'bad-signature')
    assert.deepEqual(await chain.forks(), [])
  })

  it('verification fails for evidence that was altered or is not a fork', async t => {
    const [producer, worker, other] = await Promise.all([identity(), identity(), identity()])
    const a = await chainOf(producer, worker, 1, 'a')
    const b = await chainOf(producer, worker, 1, 'b')
    const { chain } = await open(t)
    await chain.append(a[0])
    await assert.rejects(chain.append(b[0]), ForkError)
    const [evidence] = await chain.forks()
    assert.equal(await verifyForkEvidence(evidence), true)
    const copy = (e: ForkEvidence): ForkEvidence => ({ ...e, headers: [{ ...e.headers[0] }, { ...e.headers[1] }] })
    const badSignature = copy(evidence)
    badSignature.headers[1].signature = Uint8Array.from(badSignature.headers[1].signature).fill(1, 0, 8)
    assert.equal(await verifyForkEvidence(badSignature), false)
    const sameTwice = copy(evidence)
    sameTwice.headers[1] = sameTwice.headers[0]
    assert.equal(await verifyForkEvidence(sameTwice), false)
    assert.equal(await verifyForkEvidence({ ...copy(evidence), producer: other.peerId }), false)
    assert.equal(await verifyForkEvidence({ ...copy(evidence), height: 1 }), false)
  })

  it(`keeps at most ${MAX_FORKS_PER_PRODUCER} records per producer`, async t => {
    const [producer, worker] = await Promise.all([identity(), identity()])
    const [a] = await chainOf(producer, worker, 1, 'a')
    const [b] = await chainOf(producer, worker, 1, 'b')
    const { db } = await open(t)
    const store = new ForkEvidenceStore(db)
    const record = (height: number, who = producer.peerId): ForkEvidence => ({
      producer: who,
      height,
      detectedAtMs: 1,
      headers: [{ hash: hex(blockHash(a.header)), header: a.header, signature: a.signature }, { hash: hex(blockHash(b.header)), header: b.header, signature: b.signature }]
    })
    for (let h = 0; h < MAX_FORKS_PER_PRODUCER; h++) assert.equal(await store.record(record(h)), true)
    assert.equal(await store.record(record(MAX_FORKS_PER_PRODUCER)), false)
    assert.equal(await store.record(record(0, 'another-producer')), true, 'the cap is per producer')
    assert.equal((await store.list(producer.peerId)).length, MAX_FORKS_PER_PRODUCER)
  })

  it('bin/node chain verify --json lists the forks with both signed headers, and exits 0', async t => {
    const [producer, worker] = await Promise.all([identity(), identity()])
    const a = await chainOf(producer, worker, 2, 'a')
    const b = await chainOf(producer, worker, 2, 'b')
    const dataDir = await tempDir(t)
    const { db, chain } = await open(t, join(dataDir, 'state'))
    for (const block of a) await chain.append(block)
    await assert.rejects(chain.append(b[1]), ForkError)
    await db.close()

    const run = await runCli(['chain', 'verify', '--data-dir', dataDir, '--json'])
    assert.equal(run.code, 0, run.stderr)
    const report = parseJsonOutput(run)
    assert.equal(report.valid, true)
    assert.equal(report.forks.length, 1)
    const [fork] = report.forks
    assert.equal(fork.producer, producer.peerId)
    assert.equal(fork.height, 1)
    assert.deepEqual(fork.hashes, [hex(blockHash(a[1].header)), hex(blockHash(b[1].header))])
    assert.equal(fork.headers[1], Buffer.from(b[1].header).toString('base64'))
    assert.equal(fork.signatures[1], Buffer.from(b[1].signature).toString('base64'))
    assert.equal(fork.evidenceValid, true)

    const text = await runCli(['chain', 'verify', '--data-dir', dataDir])
    assert.equal(text.code, 0)
    assert.match(text.stdout.toString(), new RegExp(`FORK ${producer.peerId} at height 1: .* evidence valid`))
  })
})
