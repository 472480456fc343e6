/**
 * `bin/node proof` and `bin/node verify-proof` (real processes) against a
 * real in-process swarm: the proof of a sealed task is written and verifies
 * offline (exit 0, facts printed, `--json`, base64 on stdout); a copy with
 * one flipped bit, a truncated copy and a proof of another task exit 1 with
 * the reason; a missing file exits 2; an unknown task exits 3.
 */
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { AileeClient, TaskResult } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, tempDir } from '../helpers/swarm-host.ts'
import { connectClient, NETWORK_ID, runFixture, sealedCount, waitUntil } from '../integration/helpers.ts'
import { parseJsonOutput, runCli } from './helpers.ts'

describe('bin/node proof and verify-proof against a real swarm', { timeout: 180_000 }, () => {
  const cleanup = new Cleanup()
  let swarm: Swarm
  let client: AileeClient
  let dir: string
  let args: string[]
  let result: TaskResult

  before(async () => {
    swarm = await startSwarm({ workers: 1 })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
    dir = await tempDir(cleanup, 'ailee-proof-cli-')
    args = ['--coordinator', swarm.coordinatorAddr, '--network-id', NETWORK_ID]
    result = await runFixture(client, 'hello')
    assert.equal(result.status, 'completed', result.reason)
    await waitUntil(async () => await sealedCount(swarm.coordinator, result.taskId) === 1, 10_000, 'the receipt sealed')
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
    await cleanup.run()
  })

  it('writes a proof that verify-proof accepts; any changed bit, a truncation or a wrong file is refused with the reason', async () => {
    const file = join(dir, 'proof.bin')
    const wrote = await runCli(['proof', result.taskId, ...args, '--out', file])
    assert.equal(wrote.code, 0, wrote.stderr)
    assert.match(wrote.stdout.toString(), new RegExp(`^wrote the proof of task ${result.taskId} \\(\\d+ bytes\\) to `))

    const ok = await runCli(['verify-proof', file])
    assert.equal(ok.code, 0, ok.stderr)
    const out = ok.stdout.toString()
    assert.match(out, /^valid proof$/m)
    assert.match(out, new RegExp(`^task\\s+${result.taskId} \\(attempt 1\\)$`, 'm'))
    assert.match(out, new RegExp(`^worker\\s+${result.worker}$`, 'm'))
    assert.match(out, new RegExp(`^coordinator\\s+${swarm.coordinator.peerId}$`, 'm'))

    const json = parseJsonOutput(await runCli(['verify-proof', file, '--json']))
    assert.equal(json.valid, true)
    assert.equal(json.facts.taskId, result.taskId)
    assert.equal(json.facts.workerPeerId, result.worker)
    assert.equal(json.facts.producerPeerId, swarm.coordinator.peerId)
    assert.equal(json.facts.price, result.price)

    const bytes = await readFile(file)
    // one bit flipped in the middle (the exhaustive every-byte loop is in test/chain/proof.test.ts)
    const flipped = Buffer.from(bytes)
    flipped[flipped.length >> 1] ^= 0x10
    await writeFile(join(dir, 'flipped.bin'), flipped)
    const bad = await runCli(['verify-proof', join(dir, 'flipped.bin')])
    assert.equal(bad.code, 1, bad.stderr)
    assert.match(bad.stderr, /^error: invalid receipt proof \([a-z-]+\): /)
    const badJson = parseJsonOutput(await runCli(['verify-proof', join(dir, 'flipped.bin'), '--json']))
    assert.equal(badJson.error.name, 'InvalidProofError')
    assert.equal(badJson.error.exitStatus, 1)

    await writeFile(join(dir, 'short.bin'), bytes.subarray(0, bytes.length - 3))
    const short = await runCli(['verify-proof', join(dir, 'short.bin')])
    assert.equal(short.code, 1)
    assert.match(short.stderr, /invalid receipt proof/)

    const missing = await runCli(['verify-proof', join(dir, 'nope.bin')])
    assert.equal(missing.code, 2)
  })

  it('without --out prints the proof as base64, which verify-proof --base64 accepts; --json carries it too', async () => {
    const printed = await runCli(['proof', result.taskId, ...args])
    assert.equal(printed.code, 0, printed.stderr)
    const file = join(dir, 'proof.b64')
    await writeFile(file, printed.stdout)
    const ok = await runCli(['verify-proof', '--base64', file])
    assert.equal(ok.code, 0, ok.stderr)
    const raw = await runCli(['verify-proof', file])
    assert.equal(raw.code, 1, 'base64 text is not a binary proof')

    const json = parseJsonOutput(await runCli(['proof', result.taskId, ...args, '--json']))
    assert.equal(json.taskId, result.taskId)
    assert.equal(json.facts.taskId, result.taskId)
    assert.equal(Buffer.from(json.proof, 'base64').byteLength, json.bytes)
  })

  it('an unknown task exits 3', async () => {
    const run = await runCli(['proof', 'f'.repeat(32), ...args, '--json'])
    assert.equal(run.code, 3, run.stderr)
    assert.equal(parseJsonOutput(run).error.name, 'TaskNotFoundError')
  })
})
