/**
 * Content lifecycle on a real coordinator (Helia blockstore on disk, RocksDB,
 * real worker and WASM; docs/maintenance.md, "Content retention and garbage
 * collection"): with retention 0, once tasks complete the coordinator's
 * blockstore shrinks back (bytes on disk measured) while the module of a task
 * still running survives every collection; `bin/node gc` refuses a running
 * node's data directory and collects a stopped one's.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { AileeClient } from '../../src/client/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import { directoryBytes } from '../../src/content/disk-usage.ts'
import { FAST, localAddr, merge, startTestNode } from '../helpers/swarm.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { connectClient, waitUntil } from './helpers.ts'
import { parseJsonOutput, runCli } from '../cli/helpers.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'

const BASE: NodeConfigInput = merge(FAST, { content: { retention: { inputsMs: 0, outputsMs: 0 }, gc: { intervalMs: 0 } } })
const INPUT_BYTES = 256 * 1024

/** `n` KiB of words, different on every call. */
function words (bytes: number): Uint8Array {
  return new TextEncoder().encode(randomBytes(bytes / 2).toString('hex').replace(/(.{7})/g, '$1 ').slice(0, bytes))
}

describe('content retention and garbage collection', () => {
  let coordinator: { node: StartedNode, dataDir: string }
  let worker: { node: StartedNode, dataDir: string }
  let client: AileeClient
  const blocksDir = (): string => join(coordinator.dataDir, 'content', 'blocks')

  before(async () => {
    coordinator = await startTestNode('coordinator', {}, undefined, BASE)
    worker = await startTestNode('worker', { worker: { slots: 2 }, network: { bootstrap: [localAddr(coordinator.node)] } }, undefined, BASE)
    await waitUntil(() => coordinator.node.coordinator!.orchestrator.peers().some(p => p.alive === true), 30_000, 'worker seen')
    client = await connectClient(localAddr(coordinator.node))
  })

  after(async () => {
    await client?.close()
    await worker?.node.stop()
    await coordinator?.node.stop()
    for (const dir of [coordinator?.dataDir, worker?.dataDir]) if (dir != null) await rm(dir, { recursive: true, force: true })
  })

  it('after tasks complete the blockstore shrinks back, while a running task\'s module survives gc', async () => {
    const retention = coordinator.node.coordinator!.retention
    const content = coordinator.node.host.content
    await retention.collect()
    const bytesAtStart = await directoryBytes(blocksDir())

    // a task that runs until cancelled
    const spinning = await client.submitDetached({ wasm: await readFixture('spin'), timeoutMs: 120_000, totalTimeoutMs: 300_000 })
    await waitUntil(async () => (await client.status(spinning)).state === 'running', 30_000, 'spin running')
    const spinModule = (await client.status(spinning)).moduleCid

    const results = []
    for (let i = 0; i < 4; i++) results.push(await client.submit({ wasm: await readFixture('wordfreq'), stdin: words(INPUT_BYTES) }))
    for (const r of results) assert.equal(r.status, 'completed', r.reason)
    const bytesPeak = await directoryBytes(blocksDir())
    assert.ok(bytesPeak >= bytesAtStart + 4 * INPUT_BYTES, `inputs stored (${bytesAtStart} -> ${bytesPeak} bytes)`)
    for (const r of results) assert.equal(await content.isPinned(r.inputCid), true)

    const swept = await retention.collect()
    const bytesAfter = await directoryBytes(blocksDir())
    console.log(`# coordinator blockstore: ${bytesAtStart} bytes at start, ${bytesPeak} after 4 tasks, ${bytesAfter} after gc (one task still running)`)
    assert.ok(swept.released >= 4 * 3 - 3, `module, input and output uses of the ended tasks released (${swept.released})`)
    assert.ok(bytesAfter < bytesPeak - 4 * INPUT_BYTES + INPUT_BYTES / 2, `the blockstore shrank back (${bytesPeak} -> ${bytesAfter})`)
    for (const r of results) {
      assert.equal(await content.has(r.inputCid), false, 'an ended task\'s input is collected')
      if (r.outputCid !== '') assert.equal(await content.has(r.outputCid), false, 'an ended task\'s output is collected')
    }
    assert.equal(await content.has(spinModule), true, 'the running task\'s module survives gc')
    assert.deepEqual(await retention.uses(spinModule), [`task/${spinning}/module`])

    await client.cancel(spinning, 'test over')
    await waitUntil(async () => (await client.status(spinning)).state === 'cancelled', 30_000, 'spin cancelled')
    await waitUntil(() => coordinator.node.coordinator!.orchestrator.openTaskCount === 0, 30_000, 'no task open')
    await retention.collect()
    assert.equal(await content.has(spinModule), false, 'released once its task ended')
    const bytesEnd = await directoryBytes(blocksDir())
    assert.ok(bytesEnd <= bytesAtStart, `back to the start (${bytesAtStart} -> ${bytesEnd})`)
  })

  it('bin/node gc refuses a running node\'s data directory and collects a stopped one\'s', async () => {
    const r = await client.submit({ wasm: await readFixture('wordfreq'), stdin: words(INPUT_BYTES) })
    assert.equal(r.status, 'completed', r.reason)
    const running = await runCli(['gc', '--data-dir', coordinator.dataDir, '--json'])
    assert.equal(running.code, 3, running.stderr)
    assert.match(parseJsonOutput(running).error.message, /locked by another process.*collects on its own every content\.gc\.intervalMs/)

    await client.close()
    await worker.node.stop()
    await coordinator.node.stop()
    const dir = await mkdtemp(join(tmpdir(), 'ailee-gc-config-'))
    try {
      const file = join(dir, 'retention.yaml')
      await writeFile(file, 'content:\n  retention:\n    inputsMs: 0\n    outputsMs: 0\n')
      const run = await runCli(['gc', '--data-dir', coordinator.dataDir, '--config', file, '--json'])
      assert.equal(run.code, 0, run.stderr)
      const out = parseJsonOutput(run)
      assert.ok(out.released >= 2, `uses released (${out.released})`)
      assert.ok(out.bytesAfter <= out.bytesBefore - INPUT_BYTES, `${out.bytesBefore} -> ${out.bytesAfter}`)
    } finally {
      await rm(dir, { recursive: true, force: true })
      // restarted so after() stops live nodes
      coordinator = await startTestNode('coordinator', {}, coordinator.dataDir, BASE)
      worker = await startTestNode('worker', { worker: { slots: 2 }, network: { bootstrap: [localAddr(coordinator.node)] } }, worker.dataDir, BASE)
      client = await connectClient(localAddr(coordinator.node))
    }
  })
})
