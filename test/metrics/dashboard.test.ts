/**
 * The monitoring files beside the compose stack: docker/prometheus.yml is a
 * valid Prometheus configuration, and every query of the Grafana dashboard
 * (docker/grafana/dashboards/ailee-node.json) is valid PromQL naming only
 * series a node exposes (checked with promtool).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { stringify } from 'yaml'
import { NodeMetrics } from '../../src/metrics/node-metrics.ts'
import { topicsFor } from '../../src/p2p/topics.ts'
import { promtoolOrSkip } from './scrape.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DASHBOARD = join(ROOT, 'docker/grafana/dashboards/ailee-node.json')

interface Dashboard { uid: string, panels: Array<{ title: string, datasource: { uid: string }, targets: Array<{ expr: string, refId: string }> }> }

/** Every series name a coordinator or a worker registers (without running one: nothing is collected). */
function exposedNames (): Set<string> {
  const metrics = new NodeMetrics({ role: 'coordinator', version: 'test' })
  metrics.observeStep()
  metrics.workerObserver(() => undefined)
  metrics.attachCoordinator({ registry: { list: () => [], breakerState: () => 'closed' }, admissionQueue: { waiting: () => 0, running: 0 }, pinQuota: { totalBytes: 0 } })
  metrics.attachNode({ peerId: 'p', host: {} as never, chain: { heads: async () => [] }, chainSync: { stats: () => ({ blocksStored: 0, invalid: 0, refused: {}, gaps: 0, duplicates: 0 }) }, topics: topicsFor('ailee-dev'), stateDb: { memoryUsage: async () => ({ blockCacheBytes: 0, blockCacheCapacityBytes: 0, memtablesBytes: 0, tableReadersBytes: 0 }) } })
  return new Set(metrics.registry.getMetricsAsArray().map(m => m.name))
}

describe('monitoring files', () => {
  it('promtool check config docker/prometheus.yml', (t) => {
    const promtool = promtoolOrSkip(t)
    if (promtool == null) return
    const run = spawnSync(promtool, ['check', 'config', join(ROOT, 'docker/prometheus.yml')], { encoding: 'utf8' })
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`)
  })

  it('every dashboard query names only series a node exposes, through the provisioned datasource', async () => {
    const dashboard = JSON.parse(await readFile(DASHBOARD, 'utf8')) as Dashboard
    const names = exposedNames()
    const exprs = dashboard.panels.flatMap(p => p.targets.map(t => ({ panel: p.title, expr: t.expr })))
    assert.ok(exprs.length >= 20)
    for (const p of dashboard.panels) assert.equal(p.datasource.uid, 'prometheus', p.title)
    for (const { panel, expr } of exprs) {
      for (const [name] of expr.matchAll(/\bailee_[a-z_]+/g)) {
        const base = name.replace(/_(bucket|sum|count)$/, '')
        assert.ok(names.has(name) || names.has(base), `panel "${panel}" reads ${name}, which no node exposes`)
      }
    }
    // the panels the dashboard must have
    const titles = dashboard.panels.map(p => p.title).join('\n')
    for (const want of [/Tasks per second/, /latency/, /Queue/, /Workers and slots/, /Failures by cause/, /Block height/]) assert.match(titles, want)
  })

  it('every dashboard query is valid PromQL (promtool check rules)', async (t) => {
    const promtool = promtoolOrSkip(t)
    if (promtool == null) return
    const dashboard = JSON.parse(await readFile(DASHBOARD, 'utf8')) as Dashboard
    const rules = dashboard.panels.flatMap((p, i) => p.targets.map(target => ({ record: `dashboard:panel_${i}_${target.refId}`, expr: target.expr })))
    const dir = await mkdtemp(join(tmpdir(), 'ailee-dashboard-'))
    try {
      const file = join(dir, 'rules.yml')
      await writeFile(file, stringify({ groups: [{ name: 'dashboard', rules }] }))
      const run = spawnSync(promtool, ['check', 'rules', file], { encoding: 'utf8' })
      assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`)
      assert.match(run.stdout, new RegExp(`SUCCESS: ${rules.length} rules found`))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
