import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { TelemetryStore } from '../../src/coordinator/telemetry-store.ts'
import { pb, type ailee } from '../../src/proto/index.ts'
import { InvalidMessageError } from '../../src/protocol/errors.ts'
import type { Telemetry } from '../../src/protocol/messages/telemetry.ts'
import { Bucket, jsonCodec, Prefix, protobufCodec, stringCodec, StateDb, telemetryId } from '../../src/storage/index.ts'

function telemetry (peerId: string, over: Partial<Telemetry> = {}): Telemetry {
  return {
    peerId, timestampMs: 10_000, seq: 1, cpuLoad: 0.5, memoryUsedBytes: 100, memoryTotalBytes: 400, runningTasks: 0,
    capacitySlots: 2, maxMemoryPages: 1024, price: 10, version: '1.2.3', draining: false, uptimeMs: 5_000, ...over
  }
}

describe('telemetry store', () => {
  let dir: string
  let db: StateDb
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ailee-telemetry-'))
    db = await StateDb.open(join(dir, 'state'))
  })
  after(async () => {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps the last telemetry per worker and a throttled, pruned history that survives a reopen', async () => {
    const store = new TelemetryStore(db, { sampleEveryMs: 1000, keepPerPeer: 3 })
    for (let i = 0; i < 10; i++) {
      await store.record('w1', telemetry('w1', { seq: i, cpuLoad: i / 10 }), 10_000 + i * 500)
    }
    const history = await store.history('w1')
    assert.deepEqual(history.map(t => t.seq), [8, 6, 4], 'one sample per second, newest first, three kept')
    assert.deepEqual(history[0], telemetry('w1', { seq: 8, cpuLoad: 0.8 }), 'a complete domain value')
    await db.close()
    db = await StateDb.open(join(dir, 'state'))
    const nodes = await new TelemetryStore(db).nodes()
    assert.equal(nodes.length, 1)
    assert.equal(nodes[0].peerId, 'w1')
    assert.deepEqual(nodes[0].telemetry, telemetry('w1', { seq: 8, cpuLoad: 0.8 }))
    assert.equal(nodes[0].lastSeenMs, 14_000)
  })

  it('loads wire-shaped records of older versions and skips, without throwing, those that do not convert', async () => {
    const legacyDb = await StateDb.open(join(dir, 'legacy'))
    try {
      const nodes = new Bucket<unknown>(legacyDb, Prefix.nodes, jsonCodec<unknown>())
      // fields missing as an older version wrote them: they count as proto3 defaults
      await nodes.put('old', { peerId: 'old', role: 'worker', lastSeenMs: 9_000, telemetry: { peerId: 'old', seq: 3, capacitySlots: 2, maxMemoryPages: 256, price: 5 } })
      await nodes.put('no-slots', { peerId: 'no-slots', role: 'worker', lastSeenMs: 9_000, telemetry: { peerId: 'no-slots', seq: 3, maxMemoryPages: 256 } })
      await nodes.put('hot', { peerId: 'hot', role: 'worker', lastSeenMs: 9_000, telemetry: { peerId: 'hot', capacitySlots: 1, maxMemoryPages: 16, cpuLoad: 3 } })
      await nodes.put('other', { peerId: 'other', role: 'worker', lastSeenMs: 9_000, telemetry: { peerId: 'someone-else', capacitySlots: 1, maxMemoryPages: 16 } })
      await nodes.put('no-telemetry', { peerId: 'no-telemetry', role: 'worker', lastSeenMs: 9_000 })
      await new Bucket(legacyDb, Prefix.nodes, stringCodec).put('garbled', '{not json')
      const samples = new Bucket(legacyDb, Prefix.telemetry, protobufCodec<ailee.v1.ITelemetry>(pb.Telemetry))
      await samples.put(telemetryId('old', 8_000), { peerId: 'old', seq: 2, capacitySlots: 2, maxMemoryPages: 256 })
      await samples.put(telemetryId('old', 9_000), { peerId: 'old', seq: 3, capacitySlots: 0, maxMemoryPages: 256 })
      await new Bucket(legacyDb, Prefix.telemetry, stringCodec).put(telemetryId('old', 9_500), '\xff\xff\xff')

      const skipped: Array<{ key: string, err: unknown }> = []
      const store = new TelemetryStore(legacyDb, { onInvalid: (key, err) => { skipped.push({ key, err }) } })
      const loaded = await store.nodes()
      assert.deepEqual(loaded, [{
        peerId: 'old',
        role: 'worker',
        lastSeenMs: 9_000,
        telemetry: {
          peerId: 'old', timestampMs: 0, seq: 3, cpuLoad: 0, memoryUsedBytes: 0, memoryTotalBytes: 0, runningTasks: 0,
          capacitySlots: 2, maxMemoryPages: 256, price: 5, version: '', draining: false, uptimeMs: 0
        }
      }])
      assert.deepEqual(skipped.map(s => s.key).sort(), ['nodes/garbled', 'nodes/hot', 'nodes/no-slots', 'nodes/no-telemetry', 'nodes/other'])
      const byKey = new Map(skipped.map(s => [s.key, s.err]))
      assert.ok(byKey.get('nodes/no-slots') instanceof InvalidMessageError)
      assert.match((byKey.get('nodes/no-slots') as Error).message, /telemetry\.capacitySlots/)
      assert.match((byKey.get('nodes/hot') as Error).message, /telemetry\.cpuLoad/)

      skipped.length = 0
      const history = await store.history('old')
      assert.deepEqual(history.map(t => t.seq), [2], 'the sample with no slots and the undecodable one are skipped')
      assert.equal(skipped.length, 2)

      // without onInvalid, nothing throws either
      assert.equal((await new TelemetryStore(legacyDb).nodes()).length, 1)
    } finally {
      await legacyDb.close()
    }
  })
})
