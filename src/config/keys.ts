/**
 * The configuration keys, derived from the zod schema (src/config/schema.ts)
 * so that a key added there gets its environment variable, its place in
 * `config print` and in docs/configuration.md without further code.
 *
 * A key is a leaf of the schema: a scalar, a list or a map (`ledger.genesis`);
 * nested objects are sections. Each key has one environment variable, named
 * mechanically (see {@link envVarName}): `worker.slots` -> `AILEE_WORKER_SLOTS`.
 */
import type { z } from 'zod'
import { configSchema } from './schema.ts'

/** What kind of value a key holds, which decides how an environment variable's text is read. */
export type ConfigKeyKind = 'string' | 'number' | 'boolean' | 'enum' | 'list' | 'map' | 'other'

/** One configuration key. */
export interface ConfigKey {
  /** Dotted path, e.g. `network.networkId`. */
  key: string
  /** The path's segments, e.g. `['network', 'networkId']`. */
  path: string[]
  /** Its environment variable, e.g. `AILEE_NETWORK_ID`. */
  envVar: string
  kind: ConfigKeyKind
  /** For `list`: the kind of its elements. */
  elementKind?: ConfigKeyKind
  /** For `enum`: the values allowed. */
  values?: string[]
  /** The key's schema (wrappers such as `.default()` removed). */
  schema: z.ZodType
}

/** Prefix of every configuration environment variable. */
export const ENV_PREFIX = 'AILEE_'

/**
 * Environment variables that name a key other than by its own variable:
 * `AILEE_NETWORK` is the network id (the seed deployment examples use it).
 * A key's own variable wins over its alias when both are set.
 */
export const ENV_ALIASES: Readonly<Record<string, string>> = { AILEE_NETWORK: 'network.networkId' }

/**
 * `AILEE_*` variables that are not configuration keys: the environment
 * (`AILEE_ENV`), a config file (`AILEE_CONFIG`), stack traces on errors
 * (`AILEE_DEBUG`), the test suite's log level (`AILEE_TEST_LOG`) and the V8 flags bin/node
 * starts Node with (`AILEE_NODE_V8_FLAGS`).
 */
export const ENV_META = ['AILEE_ENV', 'AILEE_CONFIG', 'AILEE_DEBUG', 'AILEE_TEST_LOG', 'AILEE_NODE_V8_FLAGS'] as const

type Def = { type: string, [k: string]: any }

function defOf (schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def
}

/** Removes `.default()`, `.prefault()`, `.optional()`, `.nullable()` and `.readonly()` wrappers. */
function unwrap (schema: z.ZodType): z.ZodType {
  let s = schema
  for (;;) {
    const def = defOf(s)
    if (['default', 'prefault', 'optional', 'nullable', 'readonly', 'nonoptional', 'catch'].includes(def.type)) {
      s = def.innerType
    } else {
      return s
    }
  }
}

function kindOf (schema: z.ZodType): Pick<ConfigKey, 'kind' | 'elementKind' | 'values'> {
  const s = unwrap(schema)
  const def = defOf(s)
  switch (def.type) {
    case 'string': return { kind: 'string' }
    case 'number': case 'int': return { kind: 'number' }
    case 'boolean': return { kind: 'boolean' }
    case 'enum': return { kind: 'enum', values: Object.values(def.entries as Record<string, string>) }
    case 'array': return { kind: 'list', elementKind: kindOf(def.element).kind }
    case 'record': return { kind: 'map' }
    case 'pipe': return kindOf(def.in)
    default: return { kind: 'other' }
  }
}

/** Splits a camelCase name into upper-case words (`fetchMsPerMiB` -> FETCH, MS, PER, MIB). */
function words (name: string): string[] {
  return name
    .replace(/MiB/g, 'Mib').replace(/KiB/g, 'Kib').replace(/GiB/g, 'Gib')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .split('_')
    .map(w => w.toUpperCase())
}

/**
 * The environment variable of a key: `AILEE_` then the path's segments, each
 * camelCase name in UPPER_SNAKE_CASE (`MiB` is one word), joined by `_`; a key
 * whose first word repeats its section's name drops the repeat
 * (`network.networkId` -> `AILEE_NETWORK_ID`, not `AILEE_NETWORK_NETWORK_ID`).
 *
 * @param path the key's segments, e.g. `['worker', 'slots']`
 */
export function envVarName (path: readonly string[]): string {
  const out: string[] = []
  let previous: string[] = []
  for (const segment of path) {
    let w = words(segment)
    const last = previous.at(-1)
    if (w.length > 1 && last != null && w[0] === last) w = w.slice(1)
    out.push(...w)
    previous = w
  }
  return ENV_PREFIX + out.join('_')
}

function collect (schema: z.ZodType, path: string[], out: ConfigKey[]): void {
  const s = unwrap(schema)
  const def = defOf(s)
  if (def.type === 'object') {
    for (const [name, child] of Object.entries(def.shape as Record<string, z.ZodType>)) collect(child, [...path, name], out)
    return
  }
  out.push({ key: path.join('.'), path, envVar: envVarName(path), schema: s, ...kindOf(s) })
}

/**
 * Every key of `schema` in schema order.
 *
 * @param schema @default configSchema
 */
export function configKeys (schema: z.ZodType = configSchema): ConfigKey[] {
  const out: ConfigKey[] = []
  collect(schema, [], out)
  return out
}

/** True when `schema` (wrappers removed) is an object, i.e. a section rather than a key. */
export function isSection (schema: z.ZodType): boolean {
  return defOf(unwrap(schema)).type === 'object'
}

/** The section schemas by dotted path (`''` is the root), for finding unknown keys. */
export function configSections (schema: z.ZodType = configSchema): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  const walk = (s: z.ZodType, path: string[]): void => {
    const def = defOf(unwrap(s))
    if (def.type !== 'object') return
    const shape = def.shape as Record<string, z.ZodType>
    out.set(path.join('.'), new Set(Object.keys(shape)))
    for (const [name, child] of Object.entries(shape)) walk(child, [...path, name])
  }
  walk(schema, [])
  return out
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
const TRUE = new Set(['true', '1', 'yes', 'on'])
const FALSE = new Set(['false', '0', 'no', 'off'])

function scalarOf (kind: ConfigKeyKind | undefined, text: string): unknown {
  const t = text.trim()
  if (kind === 'number') return NUMBER.test(t) ? Number(t) : text
  if (kind === 'boolean') {
    const lower = t.toLowerCase()
    if (TRUE.has(lower)) return true
    if (FALSE.has(lower)) return false
    return text
  }
  return kind === 'string' || kind === 'enum' ? t : text
}

/** Thrown by {@link parseEnvValue} for text that cannot be the key's shape (e.g. a map that is not JSON). */
export class EnvValueError extends Error {
  override name = 'EnvValueError'
}

/**
 * Reads an environment variable's text as a value of `key`'s type; the
 * schema then checks it (so a value of the wrong type is passed through as
 * text and refused by zod with the key's rule).
 *
 * - number: decimal or exponent notation (`8388608`, `0.2`, `1e6`)
 * - boolean: `true|false`, `1|0`, `yes|no`, `on|off` (any case)
 * - list: a JSON array (`["/ip4/0.0.0.0/tcp/4001"]`), or items separated by
 *   commas (`a,b`; whitespace around items dropped; empty text = empty list)
 * - map: a JSON object (`{"12D3KooW...": "1000"}`), or `key=value` items
 *   separated by commas (empty text = empty map)
 * - anything else: the text as it is (trimmed for strings and enums)
 *
 * @throws {EnvValueError} for a list or map given as invalid JSON
 */
export function parseEnvValue (key: Pick<ConfigKey, 'kind' | 'elementKind'>, text: string): unknown {
  const t = text.trim()
  if (key.kind === 'list') {
    if (t.startsWith('[')) return parseJson(t, 'a JSON array')
    if (t === '') return []
    return t.split(',').map(item => scalarOf(key.elementKind, item.trim()))
  }
  if (key.kind === 'map') {
    if (t.startsWith('{')) return parseJson(t, 'a JSON object')
    if (t === '') return {}
    const out: Record<string, string> = {}
    for (const item of t.split(',')) {
      const eq = item.indexOf('=')
      if (eq <= 0) throw new EnvValueError(`"${item.trim()}" is not key=value (give a JSON object or key=value,key=value)`)
      out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim()
    }
    return out
  }
  return scalarOf(key.kind, text)
}

function parseJson (text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new EnvValueError(`not ${what}: ${(err as Error).message}`)
  }
}
