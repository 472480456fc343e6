/**
 * ContentRetention's rules on a real RocksDB with a recording content store
 * (pins as a set) and task records as a map, on a fake clock: a use is
 * released only when its task is live nowhere and ended longer ago than its
 * retention; a CID stays pinned while any use of it is kept.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as raw from 'multiformats/codecs/raw'
import { ContentRetention, taskUse } from '../../src/coordinator/content-retention.ts'
import type { TaskRecord } from '../../src/coordinator/task-record.ts'
import { openTempDb } from '../storage/helpers.ts'
import { receivedTask } from './orchestrator-fixtures.ts'

async function cidOf (text: string): Promise<CID> {
  return CID.createV1(raw.code, await sha256.digest(new TextEncoder().encode(text)))
}

async function harness (t: TestContext) {
  const { db } = await openTempDb(t)
  const pins = new Set<string>()
  const clock = { now: 1_000_000 }
  const tasks = new Map<string, TaskRecord>()
  const live = new Set<string>()
  let gcRuns = 0
  const retention = new ContentRetention({
    db,
    content: {
      add: async bytes => await cidOf(new TextDecoder().decode(bytes)),
      pin: async cid => { pins.add(cid.toString()) },
      unpin: async cid => { await unpinNow(cid) },
      gc: async () => { gcRuns++ },
      pinned: async function * () { for (const p of [...pins]) yield CID.parse(p) }
    },
    tasks: { getTask: async id => tasks.get(id) },
    retention: { inputsMs: 1_000, outputsMs: 5_000 },
    isLive: id => live.has(id),
    now: () => clock.now
  })
  const unpin = async (cid: CID | string): Promise<void> => { pins.delete(cid.toString()) }
  let unpinNow = unpin
  const ended = (id: string, atMs: number): void => { tasks.set(id, { ...receivedTask(id, atMs), state: 'completed', updatedAtMs: atMs }) }
  return { retention, pins, clock, tasks, live, ended, gcRuns: () => gcRuns, unpin, setUnpin: (f: typeof unpin) => { unpinNow = f } }
}

describe('ContentRetention', () => {
  it('keeps content of live and open tasks, releases inputs after inputsMs and outputs after outputsMs', async t => {
    const h = await harness(t)
    const module = (await cidOf('module')).toString()
    const input = (await cidOf('input')).toString()
    await h.retention.hold(module, taskUse('a', 'module'))
    await h.retention.hold(module, taskUse('b', 'module'))
    await h.retention.hold(input, taskUse('a', 'input'))
    const output = (await h.retention.storeAndHold(new TextEncoder().encode('output'), taskUse('a', 'output'))).toString()
    assert.deepEqual(await h.retention.uses(module), ['task/a/module', 'task/b/module'])

    // a is being admitted (live, no record yet); b is queued (record not terminal)
    h.live.add('a')
    h.tasks.set('b', receivedTask('b', h.clock.now))
    h.tasks.set('b', { ...h.tasks.get('b')!, state: 'queued' })
    assert.deepEqual(await h.retention.sweep(), { released: 0, kept: 4, unpinned: [] })

    // a ended now: nothing before inputsMs
    h.live.delete('a')
    h.ended('a', h.clock.now)
    h.clock.now += 999
    assert.equal((await h.retention.sweep()).released, 0)
    // inputsMs passed: a's module and input uses go; the module stays pinned for b
    h.clock.now += 1
    const swept = await h.retention.sweep()
    assert.deepEqual([swept.released, swept.unpinned], [2, [input]])
    assert.deepEqual([...h.pins].sort(), [module, output].sort())
    // outputsMs passed: the output goes
    h.clock.now += 4_000
    assert.deepEqual((await h.retention.sweep()).unpinned, [output])
    // b ends: its module is released once inputsMs passed, and collect runs gc
    h.ended('b', h.clock.now)
    h.clock.now += 1_000
    const collected = await h.retention.collect()
    assert.deepEqual(collected.unpinned, [module])
    assert.equal(h.pins.size, 0)
    assert.equal(h.gcRuns(), 1)
  })

  it('releases the content of an admission that never became a task, and pins that have no use (older versions)', async t => {
    const h = await harness(t)
    const orphan = (await cidOf('orphan')).toString()
    const legacy = (await cidOf('legacy')).toString()
    await h.retention.hold(orphan, taskUse('gone', 'module'))
    h.pins.add(legacy)
    const swept = await h.retention.sweep()
    assert.equal(swept.released, 1)
    assert.deepEqual(swept.unpinned.sort(), [orphan, legacy].sort())
  })
  it('after its first sweep looks only at the CIDs it released, and tries a failed unpin again', async t => {
    const h = await harness(t)
    const a = (await cidOf('a')).toString()
    const b = (await cidOf('b')).toString()
    assert.deepEqual((await h.retention.sweep()).unpinned, [])
    // pinned without a use after the first sweep: left to the next process's first sweep
    h.pins.add(a)
    await h.retention.hold(b, taskUse('t', 'module'))
    h.ended('t', h.clock.now - 1_000)
    // the content store fails the first unpin of b
    const unpin = h.unpin
    let failures = 1
    h.setUnpin(async cid => { if (failures-- > 0) throw new Error('disk full'); await unpin(cid) })
    await assert.rejects(h.retention.sweep(), /disk full/)
    assert.deepEqual(await h.retention.uses(b), [], 'the use is released')
    assert.deepEqual((await h.retention.sweep()).unpinned, [b], 'the unpin is tried again')
    assert.deepEqual([...h.pins], [a])
  })

  it('collects only when no hold is in progress, and holds wait for a collection', async t => {
    const { db } = await openTempDb(t)
    const events: string[] = []
    const pinGate = Promise.withResolvers<void>()
    const gcGate = Promise.withResolvers<void>()
    const retention = new ContentRetention({
      db,
      content: {
        add: async bytes => { events.push('add'); return await cidOf(new TextDecoder().decode(bytes)) },
        pin: async cid => { events.push(`pin ${cid.toString().slice(-4)} start`); if (events.length < 4) await pinGate.promise; events.push('pin end') },
        unpin: async () => {},
        gc: async () => { events.push('gc start'); await gcGate.promise; events.push('gc end') },
        pinned: async function * () {}
      },
      tasks: { getTask: async () => undefined },
      retention: { inputsMs: 0, outputsMs: 0 },
      isLive: () => true
    })
    // an add and its pin in progress: the collection waits for them
    const stored = retention.storeAndHold(new TextEncoder().encode('output'), taskUse('a', 'output'))
    await new Promise(resolve => setImmediate(resolve))
    const collected = retention.collect()
    await new Promise(resolve => setTimeout(resolve, 20))
    assert.deepEqual(events.map(e => e.replace(/pin \S+ start/, 'pin start')), ['add', 'pin start'])
    pinGate.resolve()
    await stored
    // the collection runs; a hold that comes meanwhile waits for it
    while (!events.includes('gc start')) await new Promise(resolve => setTimeout(resolve, 5))
    const module = (await cidOf('module')).toString()
    const held = retention.hold(module, taskUse('b', 'module'))
    await new Promise(resolve => setTimeout(resolve, 20))
    assert.equal(events.at(-1), 'gc start')
    gcGate.resolve()
    await collected
    await held
    assert.deepEqual(events.map(e => e.replace(/pin \S+ start/, 'pin start')), ['add', 'pin start', 'pin end', 'gc start', 'gc end', 'pin start', 'pin end'])
  })
})
