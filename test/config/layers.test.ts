/**
 * The configuration layers: built-in defaults < config/<env>.yaml <
 * --config FILE < AILEE_* variables < flags, each value with its source, and
 * bad values refused naming key, source and rule.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadLayeredConfig, type LayeredConfigOptions } from '../../src/config/layers.ts'
import { ConfigError, resolveConfig } from '../../src/config/load.ts'
import { DEV_CLIENT_ACCOUNT } from '../../src/config/dev-account.ts'

async function withDir (fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ailee-config-'))
  try { await fn(dir) } finally { await rm(dir, { recursive: true, force: true }) }
}

/** Env files in `dir` (development.yaml etc.) with `text` for `env`, `{}` for the others. */
async function envFiles (dir: string, files: Record<string, string>): Promise<void> {
  for (const env of ['development', 'staging', 'production']) await writeFile(join(dir, `${env}.yaml`), files[env] ?? '{}\n')
}

async function rejects (options: LayeredConfigOptions, ...patterns: RegExp[]): Promise<string> {
  try {
    await loadLayeredConfig(options)
  } catch (err) {
    assert.ok(err instanceof ConfigError, `not a ConfigError: ${String(err)}`)
    for (const p of patterns) assert.match(err.message, p)
    return err.message
  }
  assert.fail('accepted')
}

test('each layer overrides the one below, key by key, and says where each value came from', async () => {
  await withDir(async dir => {
    await envFiles(dir, { staging: 'worker:\n  slots: 3\n  price: 3\nnetwork:\n  maxConnections: 3\nretry:\n  maxAttempts: 3\n' })
    const file = join(dir, 'my.yaml')
    await writeFile(file, 'worker:\n  slots: 4\n  price: 4\nnetwork:\n  maxConnections: 4\n')
    const loaded = await loadLayeredConfig({
      envFileDir: dir,
      environ: { AILEE_ENV: 'staging', AILEE_WORKER_SLOTS: '5', AILEE_WORKER_PRICE: '5' },
      configFile: file,
      flags: { worker: { slots: 6 } },
      flagNames: { 'worker.slots': '--slots' }
    })
    assert.equal(loaded.environment, 'staging')
    assert.deepEqual(loaded.environmentFrom, { source: 'env var', from: 'AILEE_ENV' })
    assert.equal(loaded.config.worker.slots, 6)
    assert.deepEqual(loaded.origins['worker.slots'], { source: 'flag', from: '--slots' })
    assert.equal(loaded.config.worker.price, 5)
    assert.deepEqual(loaded.origins['worker.price'], { source: 'env var', from: 'AILEE_WORKER_PRICE' })
    assert.equal(loaded.config.network.maxConnections, 4)
    assert.deepEqual(loaded.origins['network.maxConnections'], { source: 'config file', from: file })
    assert.equal(loaded.config.retry.maxAttempts, 3)
    assert.equal(loaded.origins['retry.maxAttempts'].source, 'env file')
    assert.match(loaded.origins['retry.maxAttempts'].from!, /staging\.yaml$/)
    assert.equal(loaded.config.timeouts.leaseMs, resolveConfig({}).timeouts.leaseMs)
    assert.deepEqual(loaded.origins['timeouts.leaseMs'], { source: 'default' })
  })
})

test('a list or map of a higher layer replaces the lower one whole', async () => {
  await withDir(async dir => {
    await envFiles(dir, { development: 'network:\n  listen: [/ip4/0.0.0.0/tcp/1, /ip4/0.0.0.0/tcp/2]\n' })
    const loaded = await loadLayeredConfig({ envFileDir: dir, environ: { AILEE_NETWORK_LISTEN: '/ip4/127.0.0.1/tcp/3', AILEE_LEDGER_GENESIS: '{}' } })
    assert.deepEqual(loaded.config.network.listen, ['/ip4/127.0.0.1/tcp/3'])
    assert.deepEqual(loaded.config.ledger.genesis, {})
  })
})

test('--env wins over AILEE_ENV; the default environment is development; an unknown one is refused', async () => {
  assert.equal((await loadLayeredConfig({ environ: {} })).environment, 'development')
  const chosen = await loadLayeredConfig({ env: 'production', environ: { AILEE_ENV: 'staging' } })
  assert.equal(chosen.environment, 'production')
  assert.deepEqual(chosen.environmentFrom, { source: 'flag', from: '--env' })
  await rejects({ environ: { AILEE_ENV: 'prod' } }, /unknown environment "prod" \(env var AILEE_ENV\)/, /development \| staging \| production/)
})

test('the shipped environments: development is the built-in defaults, production is safe, staging in between', async () => {
  const dev = await loadLayeredConfig({ environ: {} })
  assert.deepEqual(dev.config, resolveConfig({}), 'development changes nothing (npm run demo and the quick start rely on it)')
  assert.equal(dev.config.ledger.genesis[DEV_CLIENT_ACCOUNT], '1000000000000000')

  const prod = await loadLayeredConfig({ environ: { AILEE_ENV: 'production' } })
  assert.deepEqual(prod.config.ledger.genesis, {}, 'no free credits')
  assert.equal(prod.config.network.mdns, false)
  assert.notEqual(prod.config.network.networkId, dev.config.network.networkId)
  assert.ok(prod.config.verification.assumedFaultFraction > dev.config.verification.assumedFaultFraction)
  assert.ok(prod.config.verification.workerBond > 0)

  const staging = await loadLayeredConfig({ environ: { AILEE_ENV: 'staging' } })
  assert.deepEqual(staging.config.ledger.genesis, {})
  assert.equal(staging.config.network.mdns, false)
  const f = staging.config.verification.assumedFaultFraction
  assert.ok(f > dev.config.verification.assumedFaultFraction && f < prod.config.verification.assumedFaultFraction)
  assert.equal(staging.config.verification.workerBond, 0)
})

test('AILEE_NETWORK is an alias of the network id; AILEE_NETWORK_ID wins over it with a warning', async () => {
  const alias = await loadLayeredConfig({ environ: { AILEE_NETWORK: 'seed-net' } })
  assert.equal(alias.config.network.networkId, 'seed-net')
  assert.deepEqual(alias.origins['network.networkId'], { source: 'env var', from: 'AILEE_NETWORK' })
  assert.deepEqual(alias.warnings, [])
  const both = await loadLayeredConfig({ environ: { AILEE_NETWORK: 'seed-net', AILEE_NETWORK_ID: 'own-net' } })
  assert.equal(both.config.network.networkId, 'own-net')
  assert.match(both.warnings.join('\n'), /AILEE_NETWORK is ignored: AILEE_NETWORK_ID is set too/)
})

test('AILEE_CONFIG names the config file; --config wins over it', async () => {
  await withDir(async dir => {
    const a = join(dir, 'a.yaml')
    const b = join(dir, 'b.yaml')
    await writeFile(a, 'worker: { slots: 11 }\n')
    await writeFile(b, 'worker: { slots: 12 }\n')
    assert.equal((await loadLayeredConfig({ environ: { AILEE_CONFIG: a } })).config.worker.slots, 11)
    assert.equal((await loadLayeredConfig({ environ: { AILEE_CONFIG: a }, configFile: b })).config.worker.slots, 12)
  })
})

test('an AILEE_* variable that is no key is reported, not applied; the meta variables are not', async () => {
  const loaded = await loadLayeredConfig({ environ: { AILEE_WORKER_SLOT: '9', AILEE_DEBUG: '1', AILEE_ENV: 'development', AILEE_TEST_LOG: 'debug', AILEE_NODE_V8_FLAGS: '--max-semi-space-size=8' } })
  assert.equal(loaded.config.worker.slots, resolveConfig({}).worker.slots)
  assert.deepEqual(loaded.warnings, ['AILEE_WORKER_SLOT is not a configuration variable and is ignored (docs/configuration.md lists them)'])
})

test('a bad value names the key, the value, its source and the rule, for every source', async () => {
  await withDir(async dir => {
    await envFiles(dir, { production: 'worker:\n  slots: -1\n' })
    await rejects({ envFileDir: dir, env: 'production', environ: {} },
      /worker\.slots = -1 from env file \S*production\.yaml: Too small: expected number to be >0/)

    const file = join(dir, 'bad.yaml')
    await writeFile(file, 'network:\n  networkId: Not_Valid\n')
    await rejects({ envFileDir: dir, configFile: file, environ: {} },
      new RegExp(`network\\.networkId = "Not_Valid" from config file ${file.replace(/[.]/g, '\\.')}: .*pattern`))

    await rejects({ environ: { AILEE_WORKER_SLOTS: 'many' } },
      /worker\.slots = "many" from env var AILEE_WORKER_SLOTS: .*expected number/)
    await rejects({ environ: { AILEE_NETWORK_MDNS: 'sometimes' } },
      /network\.mdns = "sometimes" from env var AILEE_NETWORK_MDNS: .*expected boolean/)
    await rejects({ environ: { AILEE_ROLE: 'boss' } },
      /role = "boss" from env var AILEE_ROLE: .*"coordinator"\|"worker"/)
    await rejects({ environ: { AILEE_LOG_LEVEL: 'coordinator=loud' } },
      /logLevel = "coordinator=loud" from env var AILEE_LOG_LEVEL: "loud" \(for coordinator\) is not a log level/)
    await rejects({ environ: { AILEE_LEDGER_GENESIS: '{"12D3KooWEFVRwgj1MceUNjy3METaNeM92rjmZfiq3fWPTBQYsFeh": "-5"}' } },
      /ledger\.genesis\.12D3KooW\S+ = .* from env var AILEE_LEDGER_GENESIS: /)
    await rejects({ environ: { AILEE_NETWORK_BOOTSTRAP: '[oops' } },
      /network\.bootstrap from env var AILEE_NETWORK_BOOTSTRAP: not a JSON array/)

    await rejects({ environ: {}, flags: { worker: { price: -3 } }, flagNames: { 'worker.price': '--price' } },
      /worker\.price = -3 from flag --price: Too small/)
  })
})

test('every problem is listed, not only the first', async () => {
  const message = await rejects({ environ: { AILEE_WORKER_SLOTS: '0', AILEE_NETWORK: 'Bad!' } })
  assert.match(message, /worker\.slots = 0 from env var AILEE_WORKER_SLOTS/)
  assert.match(message, /network\.networkId = "Bad!" from env var AILEE_NETWORK/)
})

test('limits that contradict each other name the sources that set them', async () => {
  await rejects({ environ: { AILEE_LIMITS_MAX_MESSAGE_BYTES: '1024' } },
    /limits contradict each other/, /limits\.maxMessageBytes from env var AILEE_LIMITS_MAX_MESSAGE_BYTES/)
})

test('an unknown key or a non-mapping in a file is refused naming the file', async () => {
  await withDir(async dir => {
    const file = join(dir, 'typo.yaml')
    await writeFile(file, 'network:\n  netwrkId: x\n')
    await rejects({ configFile: file, environ: {} }, new RegExp(`config file ${file.replace(/[.]/g, '\\.')}: unknown key network\\.netwrkId \\(keys of network: networkId`))
    await writeFile(file, 'worker: 3\n')
    await rejects({ configFile: file, environ: {} }, /worker must be a mapping/)
    await writeFile(file, 'worker: [\n')
    await rejects({ configFile: file, environ: {} }, /is not valid YAML/)
    await rejects({ configFile: join(dir, 'missing.yaml'), environ: {} }, /cannot read config file/)
  })
})
