/**
 * The ops endpoint of real nodes (in-process swarm: libp2p over TCP, RocksDB,
 * the WASI sandbox): a task moves the counters it should on the coordinator and
 * the worker, every scrape passes `promtool check metrics`, and /health and
 * /ready answer with what is missing, a draining worker included.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { AileeClient } from '../../src/client/index.ts'
import { startSwarm, startTestNode, type Swarm } from '../helpers/swarm.ts'
import { connectClient, fixtureInput, runFixture, waitUntil } from '../integration/helpers.ts'
import { promtoolCheck, promtoolOrSkip, scrape, valueOf, type Sample } from './scrape.ts'
import { rm } from 'node:fs/promises'

/** `url` with its path replaced by `path`. */
function at (metricsUrl: string, path: string): string {
  return new URL(path, metricsUrl).toString()
}

/** The `ailee_*` lines of a scrape, with their HELP and TYPE. */
function aileeOnly (text: string): string {
  return text.split('\n').filter(l => /^(# (HELP|TYPE) )?ailee_/.test(l)).join('\n') + '\n'
}

describe('ops endpoint of a coordinator and a worker', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    // content by CID, not inline, so the bitswap counters move too: the client serves the module
    // to the coordinator's admission, and the coordinator serves it to the worker
    swarm = await startSwarm({ workers: 1, coordinator: { limits: { assignInlineBytes: 0 } } })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr, undefined, undefined, { inlineMaxBytes: 0 })
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  it('every node serves /metrics on the address it reports', async () => {
    for (const node of [swarm.coordinator, ...swarm.workers]) {
      assert.match(node.metricsUrl ?? '', /^http:\/\/127\.0\.0\.1:\d+\/metrics$/)
      const { samples, contentType } = await scrape(node.metricsUrl!)
      assert.match(contentType, /^text\/plain; version=0\.0\.4/)
      assert.equal(valueOf(samples, 'ailee_node_info', { role: node.role, peer_id: node.peerId }), 1)
      // prom-client's default process metrics and libp2p's own are there
      assert.ok(samples.some(s => s.name === 'process_cpu_user_seconds_total'), 'process metrics')
      assert.ok(samples.some(s => s.name.startsWith('libp2p_')), 'libp2p metrics')
    }
  })

  it('a task moves the counters it should on both nodes', async () => {
    const coordinatorUrl = swarm.coordinator.metricsUrl!
    const workerUrl = swarm.workers[0].metricsUrl!
    const c0 = (await scrape(coordinatorUrl)).samples
    const w0 = (await scrape(workerUrl)).samples

    const result = await runFixture(client, 'hello')
    assert.equal(result.status, 'completed', result.reason)
    // the receipt is sealed into a block and the worker validates it (blocks every 300 ms in FAST)
    await waitUntil(async () => valueOf((await scrape(workerUrl)).samples, 'ailee_blocks_validated_total') > valueOf(w0, 'ailee_blocks_validated_total'), 15_000, 'the worker validated a block')

    const c1 = (await scrape(coordinatorUrl)).samples
    const w1 = (await scrape(workerUrl)).samples
    const delta = (a: Sample[], b: Sample[], name: string, labels = {}): number => valueOf(b, name, labels) - valueOf(a, name, labels)

    // exact where the task decides it; where a loaded machine may add rounds (a bid later than the
    // bid window) or attempts (a lease lost), the counters must agree with each other
    assert.equal(delta(c0, c1, 'ailee_tasks_admitted_total'), 1)
    assert.equal(delta(c0, c1, 'ailee_tasks_finished_total', { state: 'completed' }), 1)
    assert.equal(delta(c0, c1, 'ailee_tasks_finished_total'), 1, 'no other terminal state moved')
    assert.equal(delta(c0, c1, 'ailee_task_failures_total'), 0)
    const offers = delta(c0, c1, 'ailee_offers_published_total')
    const bids = delta(c0, c1, 'ailee_bids_received_total', { result: 'recorded' })
    const accepted = delta(c0, c1, 'ailee_assignments_total', { result: 'accepted' })
    assert.ok(offers >= 1, `${offers} offers`)
    assert.ok(bids >= 1 && bids <= offers, `${bids} bids recorded for ${offers} offers from one worker`)
    assert.ok(accepted >= 1 && accepted <= bids, `${accepted} assignments accepted for ${bids} bids`)
    assert.equal(accepted, 1 + delta(c0, c1, 'ailee_leases_lost_total'), 'each accepted assignment ended in the result or a lost lease')
    assert.equal(delta(c0, c1, 'ailee_ledger_payments_total'), 1)
    assert.equal(delta(c0, c1, 'ailee_ledger_paid_total'), 10, 'the worker\'s price (worker.price)')
    assert.equal(delta(c0, c1, 'ailee_task_queued_seconds_count'), offers, 'one stay in the queue before each offer round')
    assert.equal(delta(c0, c1, 'ailee_task_bid_window_seconds_count'), offers, 'every round closed')
    assert.equal(delta(c0, c1, 'ailee_task_execution_seconds_count'), 1, 'one result received')
    assert.equal(delta(c0, c1, 'ailee_task_total_seconds_count', { state: 'completed' }), 1)
    assert.equal(valueOf(c1, 'ailee_queue_depth'), 0)
    assert.equal(valueOf(c1, 'ailee_tasks_open'), 0)
    assert.ok(delta(c0, c1, 'ailee_blocks_produced_total') >= 1, 'the coordinator sealed a block')
    assert.ok(delta(c0, c1, 'ailee_content_served_bytes_total') > 0, 'the coordinator served the module over bitswap')
    assert.equal(valueOf(c1, 'ailee_workers', { state: 'alive' }), 1)
    assert.equal(valueOf(c1, 'ailee_fleet_slots', { state: 'total' }), 2)
    assert.equal(valueOf(c1, 'ailee_worker_breakers', { state: 'closed' }), 1)
    assert.equal(valueOf(c1, 'ailee_peers', { role: 'worker' }), 1)
    assert.ok(delta(c0, c1, 'ailee_gossip_messages_total', { topic: 'telemetry', result: 'accept' }) >= 0)

    const exited = delta(w0, w1, 'ailee_sandbox_executions_total', { outcome: 'exited' })
    assert.ok(exited >= 1 && exited <= accepted, `${exited} executions exited for ${accepted} assignments`)
    assert.equal(delta(w0, w1, 'ailee_sandbox_executions_total'), delta(w0, w1, 'ailee_sandbox_duration_seconds_count'), 'each execution timed')
    assert.equal(delta(w0, w1, 'ailee_bids_sent_total', { result: 'accepted' }), bids, 'the worker\'s bids the coordinator recorded')
    assert.ok(delta(w0, w1, 'ailee_content_fetched_bytes_total') > 0, 'the worker fetched the module over bitswap')
    assert.ok(delta(w0, w1, 'ailee_gossip_messages_total', { topic: 'offers', result: 'accept' }) >= 1)
    assert.equal(valueOf(w1, 'ailee_worker_slots', { state: 'total' }), 2)
    assert.equal(valueOf(w1, 'ailee_peers', { role: 'coordinator' }), 1)
    const height = valueOf(c1, 'ailee_block_height', { own: 'true' })
    assert.ok(height >= 0)
    assert.ok(valueOf(w1, 'ailee_block_height', { producer: swarm.coordinator.peerId }) >= 0)
    for (const node of [c1, w1]) {
      // RocksDB's memory for the state database: a memtable holds the writes so far, the cache stays within its bound
      assert.ok(valueOf(node, 'ailee_state_db_memory_bytes', { part: 'memtables' }) > 0)
      assert.ok(valueOf(node, 'ailee_state_db_memory_bytes', { part: 'block_cache' }) <= valueOf(node, 'ailee_state_db_memory_bytes', { part: 'block_cache_capacity' }))
      assert.equal(valueOf(node, 'ailee_state_db_memory_bytes', { part: 'block_cache_capacity' }), 32 * 1024 * 1024, "RocksDB's default cache")
    }
  })

  it('promtool check metrics: the ailee_* series are clean; the whole scrape parses, its only findings are upstream names', async (t) => {
    const promtool = promtoolOrSkip(t)
    if (promtool == null) return
    for (const node of [swarm.coordinator, ...swarm.workers]) {
      const { text } = await scrape(node.metricsUrl!)
      const ours = promtoolCheck(promtool, aileeOnly(text))
      assert.equal(ours.status, 0, `promtool on ${node.role}'s ailee_* series:\n${ours.problems.join('\n')}`)
      const all = promtoolCheck(promtool, text)
      assert.ok(all.status === 0 || all.status === 3, `promtool could not parse the ${node.role}'s scrape (status ${all.status}):\n${all.problems.join('\n')}`)
      // prom-client's nodejs_active_*_total gauges and some libp2p_* gauges end in _total (their names, not ours)
      const ownFindings = all.problems.filter(p => p.startsWith('ailee_'))
      assert.deepEqual(ownFindings, [])
      for (const p of all.problems) assert.match(p, /^(nodejs_|libp2p_|process_|helia_)/, `finding about an unexpected series: ${p}`)
    }
  })

  it('/health answers 200 with the role and the event loop lag; /ready 200 with every check ok', async () => {
    for (const node of [swarm.coordinator, ...swarm.workers]) {
      const health = await fetch(at(node.metricsUrl!, '/health'))
      assert.equal(health.status, 200)
      assert.match(health.headers.get('content-type') ?? '', /^application\/json/)
      const body = await health.json() as { status: string, role: string, uptimeSeconds: number, eventLoopLagMs: number }
      assert.equal(body.status, 'ok')
      assert.equal(body.role, node.role)
      assert.ok(body.uptimeSeconds > 0)
      assert.ok(body.eventLoopLagMs >= 0)

      const ready = await fetch(at(node.metricsUrl!, '/ready'))
      const report = await ready.json() as { ready: boolean, missing: string[], checks: Record<string, { ok: boolean }> }
      assert.equal(ready.status, 200, JSON.stringify(report))
      assert.equal(report.ready, true)
      assert.deepEqual(report.missing, [])
      const roleCheck = node.role === 'coordinator' ? 'coordinator' : 'worker'
      assert.deepEqual(Object.keys(report.checks).sort(), ['chain', 'draining', 'listening', roleCheck, 'state'].sort())
    }
  })

  it('answers HEAD without a body, 404 for other paths and 405 for other methods', async () => {
    const url = swarm.coordinator.metricsUrl!
    const head = await fetch(url, { method: 'HEAD' })
    assert.equal(head.status, 200)
    assert.equal(await head.text(), '')
    const missing = await fetch(at(url, '/nope'))
    assert.equal(missing.status, 404)
    assert.match(await missing.text(), /serves \/metrics, \/health and \/ready/)
    const post = await fetch(url, { method: 'POST' })
    assert.equal(post.status, 405)
    assert.equal(post.headers.get('allow'), 'GET, HEAD')
  })
})

describe('/ready of nodes that are not ready', () => {
  it('a worker with no coordinator is not ready and says so', async () => {
    const { node, dataDir } = await startTestNode('worker')
    try {
      const res = await fetch(at(node.metricsUrl!, '/ready'))
      const report = await res.json() as { ready: boolean, status: string, missing: string[], checks: Record<string, { ok: boolean, missing?: string }> }
      assert.equal(res.status, 503)
      assert.equal(report.ready, false)
      assert.equal(report.status, 'not ready')
      assert.equal(report.checks.worker.ok, false)
      assert.match(report.checks.worker.missing ?? '', /not connected to a coordinator/)
      assert.equal(report.checks.chain.ok, true)
      assert.deepEqual(report.missing, [report.checks.worker.missing])
      // /health is about liveness only: still 200
      assert.equal((await fetch(at(node.metricsUrl!, '/health'))).status, 200)
    } finally {
      await node.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('a worker draining a running task reports not ready over HTTP until it stops', async () => {
    const swarm = await startSwarm({ workers: 1, worker: { worker: { shutdownGraceMs: 3000 } } })
    const client = await connectClient(swarm.coordinatorAddr)
    try {
      await swarm.waitForWorkers(1)
      const worker = swarm.workers[0]
      const readyUrl = at(worker.metricsUrl!, '/ready')
      assert.equal((await fetch(readyUrl)).status, 200)
      const taskId = await client.submitDetached(await fixtureInput('spin', { timeoutMs: 60_000, totalTimeoutMs: 90_000 }))
      await waitUntil(() => worker.worker!.service.running === 1, 20_000, 'the spinning task runs')
      const stopping = worker.stop()
      // the worker waits up to worker.shutdownGraceMs for the task: it drains, and says so
      await waitUntil(() => worker.worker!.service.draining, 5_000, 'the worker drains')
      const res = await fetch(readyUrl)
      const report = await res.json() as { ready: boolean, checks: Record<string, { ok: boolean, missing?: string }> }
      assert.equal(res.status, 503)
      assert.equal(report.checks.draining.missing, 'node is stopping (draining)')
      assert.match(report.checks.worker.missing ?? '', /draining/)
      assert.equal(worker.readiness().ready, false)
      await stopping
      await assert.rejects(fetch(readyUrl), 'the endpoint is closed once the node stopped')
      await client.cancel(taskId).catch(() => {})
    } finally {
      await client.close()
      await swarm.stop()
    }
  })

  it('a stopping coordinator is not ready', async () => {
    const { node, dataDir } = await startTestNode('coordinator')
    try {
      assert.equal(node.readiness().ready, true, JSON.stringify(node.readiness()))
      const stopping = node.stop()
      const report = node.readiness()
      assert.equal(report.ready, false)
      assert.ok(report.missing.includes('node is stopping (draining)'), JSON.stringify(report))
      await stopping
      assert.match(node.readiness().checks.coordinator.missing ?? '', /does not accept tasks/)
    } finally {
      await node.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('--no-metrics (metrics.enabled false): no endpoint, readiness still known', async () => {
    const { node, dataDir } = await startTestNode('coordinator', { metrics: { enabled: false } })
    try {
      assert.equal(node.metricsUrl, undefined)
      assert.equal(node.metrics, undefined)
      assert.equal(node.readiness().ready, true)
    } finally {
      await node.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
