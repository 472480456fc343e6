/**
 * The worker role's `runSandbox` port (`StartNodeOptions.worker.runSandbox`):
 * a program embedding a worker replaces its execution, and what the port
 * returns is what the worker stores, signs and delivers. The Byzantine bench
 * (bench/byzantine.ts) makes workers lie through it.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { runInSandbox, type SandboxResult, type SandboxTask } from '../../src/runtime/index.ts'
import type { AileeClient } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { connectClient, runFixture, sha256Hex, text } from './helpers.ts'

describe('worker role: injected runSandbox', () => {
  let swarm: Swarm
  let client: AileeClient
  const calls: SandboxTask[] = []

  before(async () => {
    swarm = await startSwarm({ workers: 0 })
    await swarm.addWorker({}, {
      runSandbox: async (task, signal): Promise<SandboxResult> => {
        calls.push(task)
        const honest = await runInSandbox(task, { signal })
        return { ...honest, stdout: new TextEncoder().encode(`${text(honest.stdout)}forged for ${task.programName ?? ''}\n`) }
      }
    })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('runs every execution through the port and delivers, signs and stores what it returns', async () => {
    const result = await runFixture(client, 'hello', { verify: { kind: 'none' } })
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(calls.length, 1)
    assert.equal(calls[0].programName, result.taskId, 'the port sees the task id as argv[0]')
    const out = text(result.stdout)
    assert.ok(out.endsWith(`forged for ${result.taskId}\n`), out)
    assert.equal(result.receipt?.outputHash, sha256Hex(result.stdout), 'the receipt signs the returned stdout')
    assert.equal(result.worker, swarm.workers[0].peerId)
  })
})
