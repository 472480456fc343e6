/**
 * `bin/node --role ...` with the ops endpoint: `--metrics-listen` binds it
 * (port 0: any free port) and node.json names it as `metricsUrl`;
 * `--no-metrics` leaves it out.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { startChildNode, stopChildNode } from '../../src/cli/cmds/demo/processes.ts'

const COMMON = ['--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns', '--no-dht', '--log-level', 'warn', '--network-id', 'ailee-metrics-flags']

test('--metrics-listen: node.json has metricsUrl, serving /metrics, /health and /ready; --no-metrics: none', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ailee-metrics-flags-'))
  try {
    const worker = await startChildNode({ name: 'worker', role: 'worker', dataDir: join(dir, 'worker'), args: [...COMMON, '--metrics-listen', '127.0.0.1:0'] })
    try {
      const url = worker.info.metricsUrl
      assert.match(url ?? '', /^http:\/\/127\.0\.0\.1:[1-9]\d*\/metrics$/)
      const metrics = await fetch(url!)
      assert.equal(metrics.status, 200)
      assert.match(await metrics.text(), new RegExp(`^ailee_node_info\\{role="worker",peer_id="${worker.info.peerId}"`, 'm'))
      const health = await fetch(new URL('/health', url))
      assert.equal(health.status, 200)
      assert.equal((await health.json() as { role: string }).role, 'worker')
      // alone, the worker has no coordinator
      const ready = await fetch(new URL('/ready', url))
      assert.equal(ready.status, 503)
      assert.match((await ready.json() as { missing: string[] }).missing.join('\n'), /not connected to a coordinator/)
    } finally {
      assert.equal(await stopChildNode(worker), 0)
    }

    const quiet = await startChildNode({ name: 'quiet', role: 'coordinator', dataDir: join(dir, 'quiet'), args: [...COMMON, '--no-metrics'] })
    try {
      assert.equal(quiet.info.metricsUrl, undefined)
    } finally {
      assert.equal(await stopChildNode(quiet), 0)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
