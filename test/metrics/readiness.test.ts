/**
 * Readiness as /ready reports it: the checks of a node from its progress
 * (src/node/readiness-checks.ts) and their evaluation (src/metrics/readiness.ts).
 * Ports are plain objects standing for the node's parts.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { resolveConfig } from '../../src/config/load.ts'
import { evaluateReadiness, healthReport } from '../../src/metrics/readiness.ts'
import { nodeReadinessChecks, type NodeProgress } from '../../src/node/readiness-checks.ts'
import { topicsFor } from '../../src/p2p/topics.ts'

const TELEMETRY = topicsFor('ailee-dev').telemetry
const COORDINATOR = '12D3KooWRcPNNC9WZZivLfinjxiG9u1WRa1bzHvtZ7CNhb2zdWfW'

/** A started node's progress: listening, db open, chain validated, serving. */
function started (over: Partial<NodeProgress> = {}, peers: string[] = [], subscribers: string[] = []): NodeProgress {
  return {
    host: { multiaddrs: () => ['/ip4/127.0.0.1/tcp/1/p2p/x'], connectedPeers: () => peers, subscribers: topic => topic === TELEMETRY ? subscribers : [] },
    db: { closed: false },
    chainValidated: true,
    serving: true,
    stopping: false,
    ...over
  }
}

describe('evaluateReadiness', () => {
  it('is ready when no check misses anything, and lists what the others miss in order', () => {
    assert.deepEqual(evaluateReadiness([{ name: 'a', missing: () => undefined }]), { ready: true, status: 'ready', checks: { a: { ok: true } }, missing: [] })
    const report = evaluateReadiness([
      { name: 'a', missing: () => 'first' },
      { name: 'b', missing: () => undefined },
      { name: 'c', missing: () => { throw new Error('boom') } }
    ])
    assert.equal(report.ready, false)
    assert.equal(report.status, 'not ready')
    assert.deepEqual(report.missing, ['first', 'check failed: boom'])
    assert.deepEqual(report.checks.b, { ok: true })
  })

  it('healthReport says ok with the role, uptime and a measured event loop turn', async () => {
    const report = await healthReport('worker', 1_000, () => 3_500)
    assert.equal(report.status, 'ok')
    assert.equal(report.role, 'worker')
    assert.equal(report.uptimeSeconds, 2.5)
    assert.ok(report.eventLoopLagMs >= 0)
  })
})

describe('nodeReadinessChecks', () => {
  const coordinatorConfig = resolveConfig({ role: 'coordinator', limits: { maxOpenTasks: 10, maxOpenTasksPerClient: 10 } })
  const workerConfig = resolveConfig({ role: 'worker' })

  it('a node still starting says which step it has not reached', () => {
    const progress: NodeProgress = { chainValidated: false, serving: false, stopping: false }
    const report = evaluateReadiness(nodeReadinessChecks(coordinatorConfig, progress))
    assert.deepEqual(report.missing, ['libp2p host not started yet', 'state database not open yet', 'stored chain not validated yet', 'coordinator role not started yet'])
    progress.db = { closed: false }
    progress.host = started().host
    assert.deepEqual(evaluateReadiness(nodeReadinessChecks(coordinatorConfig, progress)).checks.listening, { ok: false, missing: 'task protocol server not started yet' })
  })

  it('a coordinator is ready while it accepts tasks and has room', () => {
    let accepting = true
    let open = 0
    const progress = started({ coordinator: { accepting: () => accepting, openTasks: () => open } })
    const checks = nodeReadinessChecks(coordinatorConfig, progress)
    assert.equal(evaluateReadiness(checks).ready, true)
    open = 10
    assert.deepEqual(evaluateReadiness(checks).missing, ['coordinator full: 10 open tasks, limits.maxOpenTasks is 10'])
    open = 0
    accepting = false
    assert.deepEqual(evaluateReadiness(checks).missing, ['coordinator does not accept tasks (shutting down)'])
  })

  it('a worker is ready once a connected peer subscribes to the telemetry topic (a coordinator)', () => {
    const alone = started({ worker: { draining: () => false } }, ['12D3KooWOther'], [])
    assert.match(evaluateReadiness(nodeReadinessChecks(workerConfig, alone)).missing[0], /not connected to a coordinator/)
    // subscribed but not connected (gossipsub may remember a peer briefly): not enough
    const gone = started({ worker: { draining: () => false } }, [], [COORDINATOR])
    assert.equal(evaluateReadiness(nodeReadinessChecks(workerConfig, gone)).ready, false)
    const connected = started({ worker: { draining: () => false } }, [COORDINATOR], [COORDINATOR])
    assert.equal(evaluateReadiness(nodeReadinessChecks(workerConfig, connected)).ready, true)
  })

  it('a worker with worker.coordinators counts only those coordinators', () => {
    const config = resolveConfig({ role: 'worker', worker: { coordinators: ['12D3KooWSomeoneElse'] } })
    const progress = started({ worker: { draining: () => false } }, [COORDINATOR], [COORDINATOR])
    assert.deepEqual(evaluateReadiness(nodeReadinessChecks(config, progress)).missing, ['not connected to any coordinator of worker.coordinators (check network.bootstrap)'])
  })

  it('a draining worker and a stopping node are not ready', () => {
    let draining = false
    const progress = started({ worker: { draining: () => draining } }, [COORDINATOR], [COORDINATOR])
    const checks = nodeReadinessChecks(workerConfig, progress)
    assert.equal(evaluateReadiness(checks).ready, true)
    draining = true
    progress.stopping = true
    assert.deepEqual(evaluateReadiness(checks).missing, ['worker draining: it takes no tasks', 'node is stopping (draining)'])
    progress.db = { closed: true }
    assert.equal(evaluateReadiness(checks).checks.state.missing, 'state database closed')
  })
})
