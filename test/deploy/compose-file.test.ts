/**
 * docker/compose.yaml read as data (no docker needed; test/docker/ runs it for
 * real): the rules the stack relies on, so that they hold where docker cannot
 * run too. Workers wait for a healthy coordinator and bootstrap to it by name,
 * every node has a health check and its own named volume at /data, the
 * coordinator's libp2p port and every metrics port are published, and the
 * `monitoring` profile's Prometheus scrapes exactly the compose nodes.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const DOCKER_DIR = fileURLToPath(new URL('../../docker/', import.meta.url))
const compose = parse(readFileSync(`${DOCKER_DIR}compose.yaml`, 'utf8'), { merge: true })
const NODES = ['coordinator', 'worker-1', 'worker-2']
const WORKERS = ['worker-1', 'worker-2']

test('every node: built from docker/Dockerfile, a health check, its own named volume at /data, metrics on 0.0.0.0:9464 published', () => {
  const volumes = new Set<string>()
  for (const name of NODES) {
    const s = compose.services[name]
    assert.equal(s.build.dockerfile, 'docker/Dockerfile', name)
    assert.deepEqual(s.healthcheck.test, ['CMD', 'node', '/app/docker/healthcheck.mjs'], name)
    const data = s.volumes.find((v: string) => v.endsWith(':/data'))
    assert.ok(data, `${name}: no volume at /data`)
    const volume = data.split(':')[0]
    assert.ok(volume in compose.volumes, `${name}: ${volume} is not a named volume`)
    volumes.add(volume)
    assert.equal(s.environment.AILEE_METRICS_LISTEN, '0.0.0.0:9464', name)
    assert.ok(s.ports.some((p: string) => p.endsWith(':9464')), `${name}: metrics port not published`)
    assert.equal(s.profiles, undefined, `${name} must start without a profile`)
  }
  assert.equal(volumes.size, NODES.length, 'each node needs a volume of its own (its identity key)')
  assert.equal(compose.services.coordinator.environment.AILEE_ROLE, 'coordinator')
  assert.ok(compose.services.coordinator.ports.some((p: string) => p.endsWith(':4001')), 'coordinator libp2p port not published')
})

test('workers start once the coordinator is healthy and bootstrap to it by its service name', () => {
  for (const name of WORKERS) {
    const s = compose.services[name]
    assert.deepEqual(s.depends_on, { coordinator: { condition: 'service_healthy' } }, name)
    assert.equal(s.environment.AILEE_ROLE, 'worker', name)
    assert.equal(s.environment.BOOTSTRAP_ADDR, '/dns4/coordinator/tcp/4001', name)
    assert.equal(s.environment.BOOTSTRAP_NODE_JSON, '/coordinator/node.json', name)
    assert.ok(s.volumes.includes('coordinator-data:/coordinator:ro'), `${name}: the coordinator's volume, read-only`)
  }
})

test('the monitoring profile: Prometheus and Grafana, off by default; Prometheus scrapes every compose node', () => {
  assert.deepEqual(compose.services.prometheus.profiles, ['monitoring'])
  assert.deepEqual(compose.services.grafana.profiles, ['monitoring'])
  assert.ok(compose.services.prometheus.volumes.includes('./prometheus.yml:/etc/prometheus/prometheus.yml:ro'))
  const scrape = `${DOCKER_DIR}prometheus.yml`
  if (!existsSync(scrape)) return // docker/prometheus.yml comes with the metrics endpoint
  const targets = parse(readFileSync(scrape, 'utf8')).scrape_configs
    .flatMap((c: any) => c.static_configs.flatMap((s: any) => s.targets as string[]))
  assert.deepEqual([...targets].sort(), NODES.map(n => `${n}:9464`).sort())
})
