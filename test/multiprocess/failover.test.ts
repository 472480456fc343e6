/**
 * Failover with real processes: every node is a separate `bin/node` process
 * on 127.0.0.1 (temp data dirs, ports discovered through node.json), killed
 * with real signals. Each test stops every process it started, even on failure.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { resolveConfig } from '../../src/config/load.ts'
import { AileeClient, type TaskProgressEvent } from '../../src/client/index.ts'
import { DEV_CLIENT_KEY_FILE } from '../../src/config/dev-account.ts'
import { loadKeyFile } from '../../src/p2p/identity.ts'
import { readFixture, runNative } from '../helpers/fixtures.ts'
import { tcpPort } from '../helpers/swarm.ts'
import { startCluster, waitForStatus, type Cluster } from './cluster.ts'
import { auditCoordinator } from './ledger-audit.ts'

/** primes below this take several seconds in the sandbox (about 8 s on a 2.1 GHz Xeon). */
const LONG_PRIMES = '15000000'

const open = new Set<Cluster>()
after(async () => { await Promise.allSettled([...open].map(async c => { await c.close() })) })

/** Runs `fn` with a fresh cluster, printing the processes' log tails when it fails and closing it in any case. */
async function withCluster (options: Parameters<typeof startCluster>[0], fn: (c: Cluster) => Promise<void>): Promise<void> {
  const cluster = await startCluster(options)
  open.add(cluster)
  try {
    await fn(cluster)
  } catch (err) {
    process.stderr.write(`processes of the failed test:\n${cluster.group.report()}\n`)
    throw err
  } finally {
    open.delete(cluster)
    await cluster.close()
  }
}

describe('failover across processes', { timeout: 300_000 }, () => {
  it('completes a long task on another worker when its worker is SIGKILLed', async () => {
    await withCluster({ workers: 2 }, async c => {
      await c.waitForWorkers(2)
      const taskId = await c.client.submitDetached({ wasm: await readFixture('primes'), args: [LONG_PRIMES], timeoutMs: 180_000 })
      const running = await waitForStatus(c.client, taskId, s => s.state === 'running' && s.worker !== '')
      const victim = c.workerById(running.worker)
      const exit = await victim.stop('SIGKILL')
      assert.equal(exit.signal, 'SIGKILL')

      const result = await c.client.waitForResult(taskId, { deadlineMs: 240_000 })
      assert.equal(result.status, 'completed', result.reason)
      assert.equal(result.verified, true)
      assert.equal(result.receipt?.valid, true, result.receipt?.invalidReason)
      assert.notEqual(result.worker, victim.peerId, 'the result must come from another worker')
      assert.ok(c.workers.some(w => w.peerId === result.worker && w.running))
      assert.ok(result.attempts >= 2, `attempts ${result.attempts}`)
      const native = await runNative('primes', { args: [LONG_PRIMES] })
      assert.deepEqual(Buffer.from(result.stdout), native.stdout)
    })
  })

  it('completes every detached task after the coordinator is SIGKILLed and restarted on the same dir and port, crediting each once', async () => {
    await withCluster({ workers: 2 }, async c => {
      await c.waitForWorkers(2)
      const trivial = await readFixture('trivial')
      const primes = await readFixture('primes')
      const ids: string[] = []
      for (let i = 0; i < 4; i++) ids.push(await c.client.submitDetached({ wasm: primes, args: ['2000000'] }))
      for (let i = 0; i < 4; i++) ids.push(await c.client.submitDetached({ wasm: trivial }))
      const before = c.coordinator
      const exit = await before.stop('SIGKILL')
      assert.equal(exit.signal, 'SIGKILL')

      const port = tcpPort(before.addr)
      c.coordinator = await c.group.restart(before, { listen: `/ip4/127.0.0.1/tcp/${port}` })
      assert.equal(c.coordinator.peerId, before.peerId, 'same data dir, same identity')
      assert.equal(tcpPort(c.coordinator.addr), port)
      await c.reconnect()

      const results = await Promise.all(ids.map(async id => await c.client.waitForResult(id, { deadlineMs: 180_000 })))
      for (const r of results) {
        assert.equal(r.status, 'completed', `${r.taskId}: ${r.reason}`)
        assert.equal(r.verified, true)
      }

      await c.client.close()
      for (const w of c.workers) assert.equal((await w.stop('SIGTERM')).code, 0)
      assert.equal((await c.coordinator.stop('SIGTERM')).code, 0)
      const audit = await auditCoordinator(c.coordinator.options.dataDir, c.coordinator.peerId, resolveConfig({}).ledger.genesis)
      assert.equal(audit.chainError, '')
      assert.deepEqual(audit.duplicates, [])
      assert.deepEqual(audit.mismatches, [])
      assert.equal(audit.pending, 0)
      assert.deepEqual(audit.missingMarkers, [])
      assert.deepEqual([...audit.sealed.keys()].sort(), [...ids].sort(), 'each task sealed (credited) exactly once')
      for (const r of results) {
        const sealed = audit.sealed.get(r.taskId)!
        assert.equal(sealed.worker, r.worker)
        assert.equal(sealed.price, r.price)
      }
    })
  })

  it('keeps a task queued while there are no workers and completes it when a worker process joins', async () => {
    await withCluster({ workers: 0 }, async c => {
      const taskId = await c.client.submitDetached({ wasm: await readFixture('trivial') })
      const queued = await waitForStatus(c.client, taskId, s => /no workers/.test(s.reason), 10_000)
      assert.equal(queued.state, 'queued')
      await sleep(1000)
      const still = await c.client.status(taskId)
      assert.equal(still.state, 'queued')
      assert.match(still.reason, /no workers/)

      const worker = await c.addWorker()
      const result = await c.client.waitForResult(taskId, { deadlineMs: 120_000 })
      assert.equal(result.status, 'completed', result.reason)
      assert.equal(result.verified, true)
      assert.equal(result.worker, worker.peerId)
      assert.equal(new TextDecoder().decode(result.stdout), 'ok\n')
    })
  })

  it('SIGTERM on a worker running a long task: it hands the task back within its grace period, exits 0, and the task completes elsewhere', async t => {
    await withCluster({ workers: 2, worker: { worker: { shutdownGraceMs: 2000 } } }, async c => {
      await c.waitForWorkers(2)
      const taskId = await c.client.submitDetached({ wasm: await readFixture('primes'), args: [LONG_PRIMES], timeoutMs: 180_000 })
      const running = await waitForStatus(c.client, taskId, s => s.state === 'running' && s.worker !== '')
      const victim = c.workerById(running.worker)
      const events: TaskProgressEvent[] = []
      const following = c.client.waitForResult(taskId, { deadlineMs: 240_000, onProgress: e => { events.push(e) } })

      const signalledAt = performance.now()
      const exit = await victim.stop('SIGTERM', 60_000)
      t.diagnostic(`the worker exited ${Math.round(performance.now() - signalledAt)} ms after SIGTERM`)
      assert.deepEqual(exit, { code: 0, signal: null })
      const seen = events.map(e => `${e.type}: ${e.reason}`).join('; ')
      const handedBack = events.find(e => e.type === 'retry' && /handed back/.test(e.reason))
      assert.ok(handedBack != null, `no hand-back event before the worker exited: ${seen}`)
      // it did not wait for the task: when it had exited, the task had not ended
      assert.ok(!events.some(e => e.type === 'done'), `the task ended before the worker exited: ${seen}`)
      assert.notEqual((await c.client.status(taskId)).state, 'completed')

      const result = await following
      assert.equal(result.status, 'completed', result.reason)
      assert.equal(result.verified, true)
      assert.notEqual(result.worker, victim.peerId)
      const native = await runNative('primes', { args: [LONG_PRIMES] })
      assert.deepEqual(Buffer.from(result.stdout), native.stdout)
    })
  })

  it('SIGTERM on a worker running a short task: it finishes the task within its grace period and exits 0', async () => {
    await withCluster({ workers: 1, worker: { worker: { shutdownGraceMs: 20_000 } } }, async c => {
      await c.waitForWorkers(1)
      const taskId = await c.client.submitDetached({ wasm: await readFixture('primes'), args: ['2000000'] })
      const running = await waitForStatus(c.client, taskId, s => s.state === 'running' && s.worker !== '')
      const worker = c.workerById(running.worker)
      const exit = await worker.stop('SIGTERM', 60_000)
      assert.deepEqual(exit, { code: 0, signal: null })

      const result = await c.client.waitForResult(taskId, { deadlineMs: 60_000 })
      assert.equal(result.status, 'completed', result.reason)
      assert.equal(result.verified, true)
      assert.equal(result.worker, worker.peerId, 'the draining worker finished the task itself')
      assert.equal(result.attempts, 1)
    })
  })
  // Found with 30 worker processes on 2 cores: the coordinator's event loop missed libp2p's 5 s ping
  // floor, every client's connection monitor aborted its connection, and submissions failed with
  // "stream reset/aborted before the exchange finished". network.pingTimeoutMs (30 s) is the fix.
  it('a coordinator frozen for 17 s (past libp2p\'s 5 s ping floor) keeps its client connection: a submission sent meanwhile is accepted', async () => {
    await withCluster({ workers: 1 }, async c => {
      await c.waitForWorkers(1)
      const client = await AileeClient.connect(c.coordinator.addr, { networkId: 'ailee-dev', privateKey: await loadKeyFile(DEV_CLIENT_KEY_FILE), timeoutMs: 60_000 })
      try {
        await client.peers()
        const wasm = await readFixture('trivial')
        c.coordinator.signal('SIGSTOP')
        let taskId: string
        try {
          // the connection monitor pings within 10 s of the freeze; at libp2p's floor it would abort 5 s later
          const submitted = client.submitDetached({ wasm })
          await sleep(17_000)
          c.coordinator.signal('SIGCONT')
          taskId = await submitted
        } finally {
          c.coordinator.signal('SIGCONT')
        }
        const result = await client.waitForResult(taskId, { deadlineMs: 60_000 })
        assert.equal(result.status, 'completed')
      } finally {
        await client.close()
      }
    })
  })
})
