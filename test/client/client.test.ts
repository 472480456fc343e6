/**
 * The client library against a real in-process swarm (one coordinator, two
 * workers; libp2p over TCP on 127.0.0.1, Helia, RocksDB, the WASI sandbox).
 */
import { nextTestClientKey } from '../helpers/accounts.ts'
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import {
  AileeClient, CancelRefusedError, ClientAbortedError, ClientClosedError, CoordinatorUnreachableError, FollowDeadlineError,
  InvalidCoordinatorAddressError, TaskNotFoundError, TaskRejectedError, type TaskProgressEvent
} from '../../src/client/index.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { startSwarm, startTestNode, type Swarm } from '../helpers/swarm.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import { rm } from 'node:fs/promises'

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

describe('AileeClient against a coordinator and two workers', { timeout: 120_000 }, () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 2 })
    await swarm.waitForWorkers(2)
    client = await AileeClient.connect(swarm.coordinatorAddr, { reconnectIntervalMs: 100, privateKey: nextTestClientKey() })
  })
  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  test('submit runs the task and reports its progress in order', async () => {
    const events: TaskProgressEvent[] = []
    const result = await client.submit({ wasm: await readFixture('hello'), args: ['x'], env: { GREETING: 'hey' }, onProgress: e => events.push(e) })
    assert.equal(result.status, 'completed')
    assert.equal(result.exitCode, 0)
    assert.equal(text(result.stdout), 'hello from wasm\nx\nGREETING=hey\n')
    assert.equal(result.verified, true)
    assert.equal(result.receipt?.valid, true, result.receipt?.invalidReason)
    assert.ok(swarm.workers.some(w => w.peerId === result.worker))
    assert.ok(result.timings.clientMs > 0)

    const types = events.map(e => e.type)
    assert.equal(types[0], 'accepted')
    assert.equal(types.at(-1), 'done')
    const assigned = events.find(e => e.type === 'assigned')
    assert.ok(assigned != null && assigned.type === 'assigned')
    assert.equal(assigned.worker, result.worker)
    assert.ok(types.indexOf('assigned') < types.indexOf('done'))
    const done = events.at(-1)
    assert.ok(done?.type === 'done')
    assert.equal(done.result, result)
    assert.ok(events.every(e => e.taskId === result.taskId))
  })

  test('submitDetached returns once accepted; waitForResult and status follow the task', async () => {
    const taskId = await client.submitDetached({ wasm: await readFixture('primes'), args: ['50000'] })
    assert.match(taskId, /^[0-9a-f]{32}$/)
    const result = await client.waitForResult(taskId)
    assert.equal(result.taskId, taskId)
    assert.equal(result.status, 'completed')
    assert.match(text(result.stdout), /^primes below 50000: 5133$/m)

    const status = await client.status(taskId)
    assert.equal(status.state, 'completed')
    assert.equal(status.worker, result.worker)
    assert.deepEqual(status.args, ['50000'])
    assert.equal(status.result?.status, 'completed')
    const decision = status.decisions.at(-1)!
    assert.equal(decision.candidates.filter(c => c.chosen).length, 1)
    assert.equal(decision.candidates.find(c => c.chosen)?.worker, result.worker)
  })

  test('a module that is not WebAssembly: submit returns rejected, submitDetached throws TaskRejectedError', async () => {
    const wasm = await readFixture('not_wasm')
    const result = await client.submit({ wasm })
    assert.equal(result.status, 'rejected')
    assert.notEqual(result.reason, '')
    assert.equal(result.receipt, null)
    await assert.rejects(client.submitDetached({ wasm }), (err: unknown) => {
      assert.ok(err instanceof TaskRejectedError)
      assert.equal(err.result.status, 'rejected')
      return true
    })
  })

  test('peers lists both workers', async () => {
    const peers = await client.peers()
    assert.deepEqual(peers.map(p => p.peerId).sort(), swarm.workers.map(w => w.peerId).sort())
    assert.ok(peers.every(p => p.alive && p.capacitySlots > 0 && p.breaker === 'closed'))
  })

  test('unknown tasks throw TaskNotFoundError', async () => {
    await assert.rejects(client.status('f'.repeat(32)), TaskNotFoundError)
    await assert.rejects(client.waitForResult('f'.repeat(32)), TaskNotFoundError)
  })

  test('waitForResult gives up at its deadline, and on abort', async () => {
    const taskId = await client.submitDetached({ wasm: await readFixture('spin'), timeoutMs: 1500 })
    await assert.rejects(client.waitForResult(taskId, { deadlineMs: 200 }), FollowDeadlineError)
    await assert.rejects(client.waitForResult(taskId, { signal: AbortSignal.timeout(200) }), ClientAbortedError)
    const result = await client.waitForResult(taskId)
    assert.equal(result.status, 'timed_out')
  })

  test('cancel stops a running task: its follower gets status cancelled; a second cancel, another peer and unknown tasks are refused', async () => {
    const taskId = await client.submitDetached({ wasm: await readFixture('spin'), timeoutMs: 30_000 })
    const events: TaskProgressEvent[] = []
    const waiting = client.waitForResult(taskId, { onProgress: e => events.push(e) })
    const deadline = Date.now() + 20_000
    while (!events.some(e => e.type === 'running' || e.type === 'done') && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 20))
    assert.ok(events.some(e => e.type === 'running'), `events: ${events.map(e => e.type).join(', ')}`)

    const other = await AileeClient.connect(swarm.coordinatorAddr)
    try {
      await assert.rejects(other.cancel(taskId), CancelRefusedError)
    } finally {
      await other.close()
    }

    const status = await client.cancel(taskId, 'no longer needed')
    assert.equal(status.taskId, taskId)
    assert.equal(status.state, 'cancelled')
    assert.match(status.reason, /no longer needed/)

    const result = await waiting
    assert.equal(result.status, 'cancelled')
    assert.equal(result.taskId, taskId)
    assert.match(result.reason, /no longer needed/)
    assert.equal(events.at(-1)?.type, 'done')
    assert.equal((await client.status(taskId)).state, 'cancelled')

    await assert.rejects(client.cancel(taskId), (err: unknown) => {
      assert.ok(err instanceof CancelRefusedError, String(err))
      assert.equal(err.taskId, taskId)
      return true
    })
    await assert.rejects(client.cancel('f'.repeat(32)), TaskNotFoundError)
  })

  test('connect refuses bad addresses and reports unreachable coordinators; a closed client refuses calls', async () => {
    await assert.rejects(AileeClient.connect('/ip4/127.0.0.1/tcp/1'), InvalidCoordinatorAddressError)
    await assert.rejects(AileeClient.connect('not a multiaddr'), InvalidCoordinatorAddressError)
    await assert.rejects(AileeClient.connect(`/ip4/127.0.0.1/tcp/1/p2p/${swarm.coordinator.peerId}`, { timeoutMs: 3000 }), CoordinatorUnreachableError)
    const other = await AileeClient.connect(swarm.coordinatorAddr)
    await other.close()
    await other.close()
    await assert.rejects(other.peers(), ClientClosedError)
  })
})

async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>(resolve => server.close(() => { resolve() }))
  return port
}

test('waitForResult follows the task again across a coordinator restart', { timeout: 120_000 }, async () => {
  const port = await freePort()
  const listen = { network: { listen: [`/ip4/127.0.0.1/tcp/${port}`] } }
  let coordinator: StartedNode | undefined
  const workers: StartedNode[] = []
  const dirs: string[] = []
  let client: AileeClient | undefined
  try {
    const first = await startTestNode('coordinator', listen)
    coordinator = first.node
    dirs.push(first.dataDir)
    const addr = `/ip4/127.0.0.1/tcp/${port}/p2p/${coordinator.peerId}`
    for (let i = 0; i < 2; i++) {
      const w = await startTestNode('worker', { network: { bootstrap: [addr] } })
      workers.push(w.node)
      dirs.push(w.dataDir)
    }
    client = await AileeClient.connect(addr, { reconnectIntervalMs: 200, followDeadlineMs: 90_000, privateKey: nextTestClientKey() })
    while ((await client.peers()).filter(p => p.alive).length < 2) await new Promise(resolve => setTimeout(resolve, 100))

    const taskId = await client.submitDetached({ wasm: await readFixture('primes'), args: ['2000000'] })
    const events: TaskProgressEvent[] = []
    const waiting = client.waitForResult(taskId, { onProgress: e => events.push(e) })
    while (!events.some(e => e.type === 'running' || e.type === 'done')) await new Promise(resolve => setTimeout(resolve, 20))

    await coordinator.stop()
    coordinator = (await startTestNode('coordinator', listen, first.dataDir)).node

    const result = await waiting
    assert.equal(result.taskId, taskId)
    assert.equal(result.status, 'completed', result.reason)
    assert.match(text(result.stdout), /^primes below 2000000: 148933$/m)
    assert.ok(events.some(e => e.type === 'reconnecting'), `events: ${events.map(e => e.type).join(', ')}`)
  } finally {
    await client?.close()
    await Promise.allSettled(workers.map(async w => { await w.stop() }))
    await coordinator?.stop()
    await Promise.allSettled(dirs.map(async d => { await rm(d, { recursive: true, force: true }) }))
  }
})
