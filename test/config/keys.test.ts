/**
 * Every config key has an AILEE_* environment variable, named mechanically
 * from the schema, and each variable sets its key (values read per the
 * key's type).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { configKeys, envVarName, ENV_ALIASES, parseEnvValue, EnvValueError, type ConfigKey } from '../../src/config/keys.ts'
import { loadLayeredConfig } from '../../src/config/layers.ts'
import { CONFIG_DEFAULTS } from '../../src/config/schema.ts'

/** Leaf paths of the defaulted config (maps and lists are leaves), as the schema walk must find them. */
function leafPaths (value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix === '' ? k : `${prefix}.${k}`))
}

function valueAt (path: readonly string[]): unknown {
  let node: unknown = CONFIG_DEFAULTS
  for (const s of path) node = (node as Record<string, unknown>)?.[s]
  return node
}

/** A valid environment text for `key`: its default written the way an operator would (dataDir: a path). */
function envText (key: ConfigKey): { text: string, expected: unknown } {
  const value = valueAt(key.path)
  if (key.key === 'dataDir') return { text: '/var/lib/ailee', expected: '/var/lib/ailee' }
  if (key.kind === 'list') return { text: (value as string[]).join(','), expected: value }
  if (key.kind === 'map') return { text: JSON.stringify(value), expected: value }
  return { text: String(value), expected: value }
}

test('every key of the schema is found, once, with a variable of its own', () => {
  const keys = configKeys()
  const expected = leafPaths(CONFIG_DEFAULTS).filter(p => !p.startsWith('ledger.genesis.'))
  expected.push('ledger.genesis', 'dataDir')
  assert.deepEqual(keys.map(k => k.key).sort(), [...new Set(expected)].sort())
  const vars = keys.map(k => k.envVar)
  assert.equal(new Set(vars).size, vars.length, 'two keys share a variable')
  for (const k of keys) assert.match(k.envVar, /^AILEE_[A-Z0-9]+(_[A-Z0-9]+)*$/, k.key)
  for (const alias of Object.keys(ENV_ALIASES)) assert.ok(!vars.includes(alias), `alias ${alias} is some key's own variable`)
})

test('variable names: UPPER_SNAKE path, a repeated section name dropped, MiB one word', () => {
  assert.equal(envVarName(['role']), 'AILEE_ROLE')
  assert.equal(envVarName(['worker', 'slots']), 'AILEE_WORKER_SLOTS')
  assert.equal(envVarName(['network', 'networkId']), 'AILEE_NETWORK_ID')
  assert.equal(envVarName(['dataDir']), 'AILEE_DATA_DIR')
  assert.equal(envVarName(['timeouts', 'fetchMsPerMiB']), 'AILEE_TIMEOUTS_FETCH_MS_PER_MIB')
  assert.equal(envVarName(['limits', 'maxRequestsPerPeerPerSecond']), 'AILEE_LIMITS_MAX_REQUESTS_PER_PEER_PER_SECOND')
  assert.equal(envVarName(['metrics', 'listen']), 'AILEE_METRICS_LISTEN')
  assert.equal(envVarName(['coordinator', 'blockIntervalMs']), 'AILEE_COORDINATOR_BLOCK_INTERVAL_MS')
  const byKey = new Map(configKeys().map(k => [k.key, k.envVar]))
  assert.equal(byKey.get('network.networkId'), 'AILEE_NETWORK_ID')
  assert.equal(byKey.get('worker.slots'), 'AILEE_WORKER_SLOTS')
  assert.equal(byKey.get('logLevel'), 'AILEE_LOG_LEVEL')
})

test('each key\'s variable alone sets that key, read per its type', async () => {
  for (const key of configKeys()) {
    const { text, expected } = envText(key)
    const loaded = await loadLayeredConfig({ environ: { [key.envVar]: text } })
    assert.deepEqual(loaded.origins[key.key], { source: 'env var', from: key.envVar }, key.key)
    assert.deepEqual(pick(loaded.config, key.path), expected, key.key)
    const others = Object.entries(loaded.origins).filter(([k, o]) => k !== key.key && o.source === 'env var')
    assert.deepEqual(others, [], `${key.envVar} set other keys`)
  }
})

function pick (config: unknown, path: readonly string[]): unknown {
  let node = config
  for (const s of path) node = (node as Record<string, unknown>)[s]
  return node
}

test('a value different from the default takes effect for keys of each kind', async () => {
  const loaded = await loadLayeredConfig({
    environ: {
      AILEE_WORKER_SLOTS: '7',
      AILEE_NETWORK_MDNS: 'off',
      AILEE_NETWORK_DHT: 'FALSE',
      AILEE_SELECTION_PRICE_WEIGHT: '0.5',
      AILEE_NETWORK_LISTEN: '/ip4/127.0.0.1/tcp/4001, /ip4/127.0.0.1/tcp/4002',
      AILEE_NETWORK_BOOTSTRAP: '["/ip4/10.0.0.1/tcp/4001/p2p/12D3KooWEFVRwgj1MceUNjy3METaNeM92rjmZfiq3fWPTBQYsFeh"]',
      AILEE_LEDGER_GENESIS: '12D3KooWEFVRwgj1MceUNjy3METaNeM92rjmZfiq3fWPTBQYsFeh=5',
      AILEE_ROLE: 'coordinator',
      AILEE_LOG_LEVEL: 'coordinator=debug,p2p=warn'
    }
  })
  const c = loaded.config
  assert.equal(c.worker.slots, 7)
  assert.equal(c.network.mdns, false)
  assert.equal(c.network.dht, false)
  assert.equal(c.selection.priceWeight, 0.5)
  assert.deepEqual(c.network.listen, ['/ip4/127.0.0.1/tcp/4001', '/ip4/127.0.0.1/tcp/4002'])
  assert.deepEqual(c.network.bootstrap, ['/ip4/10.0.0.1/tcp/4001/p2p/12D3KooWEFVRwgj1MceUNjy3METaNeM92rjmZfiq3fWPTBQYsFeh'])
  assert.deepEqual(c.ledger.genesis, { '12D3KooWEFVRwgj1MceUNjy3METaNeM92rjmZfiq3fWPTBQYsFeh': '5' })
  assert.equal(c.role, 'coordinator')
  assert.equal(c.logLevel, 'coordinator=debug,p2p=warn')
})

test('parseEnvValue: numbers, booleans, lists and maps', () => {
  const num = { kind: 'number' as const }
  assert.equal(parseEnvValue(num, ' 42 '), 42)
  assert.equal(parseEnvValue(num, '1e3'), 1000)
  assert.equal(parseEnvValue(num, '0.25'), 0.25)
  assert.equal(parseEnvValue(num, 'ten'), 'ten', 'left as text for the schema to refuse')
  const bool = { kind: 'boolean' as const }
  for (const t of ['true', 'TRUE', '1', 'yes', 'on']) assert.equal(parseEnvValue(bool, t), true, t)
  for (const t of ['false', '0', 'No', 'off']) assert.equal(parseEnvValue(bool, t), false, t)
  assert.equal(parseEnvValue(bool, 'maybe'), 'maybe')
  const list = { kind: 'list' as const, elementKind: 'string' as const }
  assert.deepEqual(parseEnvValue(list, ''), [])
  assert.deepEqual(parseEnvValue(list, 'a, b ,c'), ['a', 'b', 'c'])
  assert.deepEqual(parseEnvValue(list, '["a,b"]'), ['a,b'])
  assert.throws(() => parseEnvValue(list, '[nope'), EnvValueError)
  const map = { kind: 'map' as const }
  assert.deepEqual(parseEnvValue(map, ''), {})
  assert.deepEqual(parseEnvValue(map, '{"a":"1"}'), { a: '1' })
  assert.deepEqual(parseEnvValue(map, 'a=1, b=2'), { a: '1', b: '2' })
  assert.throws(() => parseEnvValue(map, 'a'), /not key=value/)
  assert.throws(() => parseEnvValue(map, '{bad'), /not a JSON object/)
})
