/**
 * The `metrics.*` configuration keys (schema defaults, validation naming the
 * key, the command-line flags) and the listener's address handling (port 0, a
 * port in use, malformed addresses).
 */
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { describe, it } from 'node:test'
import { Command } from 'commander'
import { resolveConfig } from '../../src/config/load.ts'
import { CONFIG_DEFAULTS, isListenAddress } from '../../src/config/schema.ts'
import { nodeCommand } from '../../src/cli/cmds/node/index.ts'
import { nodeConfigOverrides, type NodeCliOptions } from '../../src/cli/cmds/node/options.ts'
import { MetricsListenError, parseListenAddress, startOpsServer } from '../../src/metrics/http-server.ts'
import { evaluateReadiness } from '../../src/metrics/readiness.ts'

const ENDPOINTS = {
  metrics: async () => ({ contentType: 'text/plain; version=0.0.4; charset=utf-8', body: '# HELP x_total x\n# TYPE x_total counter\nx_total 1\n' }),
  health: async () => ({ status: 'ok' as const, role: 'worker', uptimeSeconds: 1, eventLoopLagMs: 0 }),
  ready: () => evaluateReadiness([])
}

/** The options commander parses from `argv` (the node command's flags). */
function parseFlags (argv: string[]): NodeCliOptions {
  const program = new Command().exitOverride()
  nodeCommand(program)
  program.action(() => {})
  program.parse(argv, { from: 'user' })
  return program.opts() as NodeCliOptions
}

describe('metrics config', () => {
  it('defaults: enabled, on 127.0.0.1:9464', () => {
    assert.deepEqual(CONFIG_DEFAULTS.metrics, { enabled: true, listen: '127.0.0.1:9464' })
  })

  it('accepts host:port forms and refuses others naming metrics.listen', () => {
    for (const ok of ['127.0.0.1:0', '0.0.0.0:9464', '[::1]:9464', 'localhost:65535']) assert.equal(isListenAddress(ok), true, ok)
    for (const bad of ['9464', '127.0.0.1', '127.0.0.1:65536', 'http://127.0.0.1:9464', ':9464']) assert.equal(isListenAddress(bad), false, bad)
    assert.throws(() => resolveConfig({ metrics: { listen: '127.0.0.1' } }), (err: Error) => /metrics\.listen/.test(err.message) && /host:port/.test(err.message))
  })

  it('--metrics-listen and --no-metrics override the file; without them the file decides', () => {
    assert.deepEqual(nodeConfigOverrides(parseFlags(['--metrics-listen', '0.0.0.0:9100'])).metrics, { enabled: undefined, listen: '0.0.0.0:9100' })
    assert.deepEqual(nodeConfigOverrides(parseFlags(['--no-metrics'])).metrics, { enabled: false, listen: undefined })
    assert.deepEqual(nodeConfigOverrides(parseFlags([])).metrics, { enabled: undefined, listen: undefined })
    assert.equal(resolveConfig({ metrics: { enabled: false } }).metrics.enabled, false)
  })
})

describe('ops listener', () => {
  it('port 0 binds a free port and reports it', async () => {
    const server = await startOpsServer('127.0.0.1:0', ENDPOINTS)
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/)
      assert.equal(server.metricsUrl, `${server.url}/metrics`)
      assert.equal(await (await fetch(server.metricsUrl)).text(), '# HELP x_total x\n# TYPE x_total counter\nx_total 1\n')
      assert.equal((await fetch(`${server.url}/ready`)).status, 200)
    } finally {
      await server.close()
      await server.close()
    }
  })

  it('a port in use is refused with the key, the address and the system error', async () => {
    const blocker = createServer()
    await new Promise<void>(resolve => { blocker.listen(0, '127.0.0.1', resolve) })
    const port = (blocker.address() as { port: number }).port
    try {
      await assert.rejects(startOpsServer(`127.0.0.1:${port}`, ENDPOINTS), (err: Error) =>
        err instanceof MetricsListenError && err.message.includes(`metrics.listen 127.0.0.1:${port}`) && err.message.includes('EADDRINUSE'))
    } finally {
      blocker.close()
    }
  })

  it('parseListenAddress unbrackets IPv6 and refuses what is not host:port', () => {
    assert.deepEqual(parseListenAddress('[::1]:9464'), { host: '::1', port: 9464 })
    assert.deepEqual(parseListenAddress('0.0.0.0:0'), { host: '0.0.0.0', port: 0 })
    assert.throws(() => parseListenAddress('localhost'), MetricsListenError)
    assert.throws(() => parseListenAddress('h:70000'), MetricsListenError)
  })
})
