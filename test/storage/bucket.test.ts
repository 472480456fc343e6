import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { z } from 'zod'
import { pb } from '../../src/proto/index.ts'
import {
  Bucket, CorruptValueError, Prefix, jsonCodec, padNumber, protobufCodec, safeIntegerCodec,
  stringCodec, telemetryId, blockId
} from '../../src/storage/index.ts'
import { all, openTempDb, utf8 } from './helpers.ts'

describe('keys', () => {
  it('pads numbers so that text order is numeric order', () => {
    assert.equal(padNumber(42), '0000000000000042')
    assert.equal(padNumber(Number.MAX_SAFE_INTEGER), '9007199254740991')
    assert.throws(() => padNumber(-1), RangeError)
    assert.throws(() => padNumber(1.5), RangeError)
    assert.equal(telemetryId('peer', 1700000000000), 'peer/0001700000000000')
    assert.equal(blockId('prod', 7), 'prod/0000000000000007')
    const ids = [10, 9, 100, 0].map(n => padNumber(n)).sort()
    assert.deepEqual(ids.map(Number), [0, 9, 10, 100])
  })

  it('declares every prefix of docs/storage.md with a trailing slash', () => {
    assert.deepEqual(Object.values(Prefix).sort(),
      ['blocks/', 'ledger/', 'meta/', 'nodes/', 'nonces/', 'pins/', 'proofs/', 'reputation/', 'tasks/', 'telemetry/'])
  })
})

describe('Bucket', () => {
  it('stores JSON values checked by a zod schema', async t => {
    const { db } = await openTempDb(t)
    const schema = z.object({ score: z.number(), samples: z.number().int() })
    const reputation = new Bucket(db, Prefix.reputation, jsonCodec(schema))
    await reputation.put('peerA', { score: 0.5, samples: 3 })
    assert.deepEqual(await reputation.get('peerA'), { score: 0.5, samples: 3 })
    assert.equal(await reputation.get('peerB'), undefined)
    assert.equal(await reputation.has('peerA'), true)
    await reputation.del('peerA')
    assert.equal(await reputation.has('peerA'), false)

    // a value that fails the schema is reported with its key
    await db.batch().put(reputation.key('bad'), utf8('{"score":"high"}')).commit()
    await assert.rejects(reputation.get('bad'), (err: Error) => {
      assert.ok(err instanceof CorruptValueError)
      assert.equal((err as CorruptValueError).key, 'reputation/bad')
      return true
    })
    await db.batch().put(reputation.key('bad'), utf8('{not json')).commit()
    await assert.rejects(reputation.get('bad'), CorruptValueError)
  })

  it('stores protobuf messages', async t => {
    const { db } = await openTempDb(t)
    const telemetry = new Bucket(db, Prefix.telemetry, protobufCodec(pb.Telemetry))
    const sample = pb.Telemetry.create({ peerId: 'p1', timestampMs: 1_700_000_000_123, cpuLoad: 0.25, capacitySlots: 2 })
    await telemetry.put(telemetryId('p1', sample.timestampMs), sample)
    const back = await telemetry.get(telemetryId('p1', sample.timestampMs))
    assert.equal(back?.peerId, 'p1')
    assert.equal(back?.timestampMs, 1_700_000_000_123)
    assert.equal(back?.cpuLoad, 0.25)
  })

  it('writes to several buckets in one atomic batch', async t => {
    const { db } = await openTempDb(t)
    const tasks = new Bucket(db, Prefix.tasks, stringCodec)
    const ledger = new Bucket(db, Prefix.ledger, safeIntegerCodec)
    const batch = db.batch()
    await tasks.put('t1', 'COMPLETED', batch)
    await ledger.put('client', 90, batch)
    await ledger.put('worker', 10, batch)
    assert.equal(await ledger.get('client'), undefined)
    assert.equal(await ledger.get('client', batch), 90)
    await batch.commit()
    assert.equal(await tasks.get('t1'), 'COMPLETED')
    assert.equal(await ledger.get('client'), 90)
    assert.equal(await ledger.get('worker'), 10)
  })

  it('lists entries in id order, by id prefix and bounds, never crossing into another bucket', async t => {
    const { db } = await openTempDb(t)
    const telemetry = new Bucket(db, Prefix.telemetry, stringCodec)
    const tasks = new Bucket(db, Prefix.tasks, stringCodec)
    const batch = db.batch()
    for (const [peer, ts] of [['p2', 5], ['p1', 100], ['p1', 9], ['p1', 20]] as const) {
      await telemetry.put(telemetryId(peer, ts), `${peer}@${ts}`, batch)
    }
    await tasks.put('t', 'x', batch)
    await db.batch().put('telemetryX', utf8('outside')).commit()
    await batch.commit()

    assert.deepEqual(await all(telemetry.values()), ['p1@9', 'p1@20', 'p1@100', 'p2@5'])
    assert.deepEqual(await all(telemetry.values({ prefix: 'p1/' })), ['p1@9', 'p1@20', 'p1@100'])
    assert.deepEqual(await all(telemetry.values({ prefix: 'p1/', reverse: true, limit: 1 })), ['p1@100'])
    assert.deepEqual(await all(telemetry.ids({ prefix: 'p1/', gte: telemetryId('p1', 10) })),
      [telemetryId('p1', 20), telemetryId('p1', 100)])
    const entries = await all(telemetry.entries({ prefix: 'p2/' }))
    assert.deepEqual(entries, [{ id: telemetryId('p2', 5), value: 'p2@5' }])
    assert.deepEqual(await all(tasks.ids()), ['t'])
  })

  it('safeIntegerCodec round-trips integers and refuses anything else', () => {
    for (const n of [0, 1, -5, Number.MAX_SAFE_INTEGER]) {
      assert.equal(safeIntegerCodec.decode(safeIntegerCodec.encode(n)), n)
    }
    assert.throws(() => safeIntegerCodec.encode(1.5), RangeError)
    assert.throws(() => safeIntegerCodec.decode(utf8('01')))
    assert.throws(() => safeIntegerCodec.decode(utf8('1e3')))
    assert.throws(() => safeIntegerCodec.decode(utf8('99999999999999999999')))
  })
})
