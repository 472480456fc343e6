import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { TelemetryStore } from '../../src/coordinator/telemetry-store.ts'
import { StateDb } from '../../src/storage/index.ts'

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
      await store.record('w1', { peerId: 'w1', seq: i, capacitySlots: 2, cpuLoad: i / 10 }, 10_000 + i * 500)
    }
    const history = await store.history('w1')
    assert.deepEqual(history.map(t => t.seq), [8, 6, 4], 'one sample per second, newest first, three kept')
    await db.close()
    db = await StateDb.open(join(dir, 'state'))
    const nodes = await new TelemetryStore(db).nodes()
    assert.equal(nodes.length, 1)
    assert.equal(nodes[0].peerId, 'w1')
    assert.equal(nodes[0].telemetry.seq, 8)
    assert.equal(nodes[0].lastSeenMs, 14_000)
  })
})
