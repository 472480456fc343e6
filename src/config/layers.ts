/**
 * The node's configuration from its layers, each overriding the one before:
 *
 *   1. built-in defaults (the zod schema, src/config/schema.ts)
 *   2. the environment's file `config/<env>.yaml`: `development` (the
 *      default), `staging` or `production`, chosen by `--env` or `AILEE_ENV`
 *   3. a config file: `--config FILE` or `AILEE_CONFIG`
 *   4. environment variables, one per key (src/config/keys.ts), e.g.
 *      `AILEE_WORKER_SLOTS`, plus the alias `AILEE_NETWORK` (network id)
 *   5. command-line flags (`--role`, `--slots`, ...)
 *
 * Layers merge key by key (a key is a leaf of the schema: a list or a map
 * given by a later layer replaces the earlier one whole). Every key's value
 * remembers where it came from, so `config print` can show it and a bad value
 * is refused naming the key, its source (file path, variable or flag) and
 * the rule it breaks (zod's issue).
 */
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { ConfigError } from './load.ts'
import { configKeys, configSections, ENV_ALIASES, ENV_META, ENV_PREFIX, parseEnvValue, type ConfigKey } from './keys.ts'
import { limitContradictions } from './limits.ts'
import { configSchema, type NodeConfig, type NodeConfigInput } from './schema.ts'

/** The environments that have a file `config/<env>.yaml`. */
export const ENVIRONMENTS = ['development', 'staging', 'production'] as const
/** An environment name. */
export type Environment = typeof ENVIRONMENTS[number]
/** The environment used when neither `--env` nor `AILEE_ENV` names one. */
export const DEFAULT_ENVIRONMENT: Environment = 'development'

/** Directory of the environment files in the checkout (`config/`). */
export const ENV_FILE_DIR: string = fileURLToPath(new URL('../../config/', import.meta.url))

/** Where a value came from, lowest precedence first. */
export const CONFIG_SOURCES = ['default', 'env file', 'config file', 'env var', 'flag'] as const
/** One of {@link CONFIG_SOURCES}. */
export type ConfigSource = typeof CONFIG_SOURCES[number]

/** The origin of one key's value. */
export interface ValueOrigin {
  source: ConfigSource
  /** The file path, environment variable or flag; absent for `default`. */
  from?: string
}

/** What {@link loadLayeredConfig} reads. */
export interface LayeredConfigOptions {
  /** `--env`: wins over `AILEE_ENV`. */
  env?: string
  /** `--config FILE`: wins over `AILEE_CONFIG`. */
  configFile?: string
  /** The environment variables. @default process.env */
  environ?: Readonly<Record<string, string | undefined>>
  /** Values from command-line flags (keys left `undefined` are not given). */
  flags?: NodeConfigInput
  /** Flag of each key for messages, dotted key -> e.g. `--slots`. */
  flagNames?: Readonly<Record<string, string>>
  /** Directory of the `<env>.yaml` files. @default {@link ENV_FILE_DIR} */
  envFileDir?: string
}

/** A configuration with the origin of each value. */
export interface LayeredConfig {
  config: NodeConfig
  environment: Environment
  /** Where the environment's name came from. */
  environmentFrom: ValueOrigin
  /** Every key of the schema (dotted) -> where its value came from. */
  origins: Record<string, ValueOrigin>
  /** Things worth telling the operator that do not stop the node (e.g. an `AILEE_*` variable that is no key). */
  warnings: string[]
}

interface Given { value: unknown, origin: ValueOrigin }

/** Describes an origin for messages: `env var AILEE_WORKER_SLOTS`, `config file ./my.yaml`, `default`. */
export function describeOrigin (origin: ValueOrigin): string {
  return origin.from == null ? origin.source : `${origin.source} ${origin.from}`
}

function isPlainObject (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * The keys an object (from a file or from flags) gives, by dotted key.
 *
 * @throws {ConfigError} naming `where` for a key the schema does not have, or
 *   a section that is not a mapping
 */
function flatten (input: unknown, where: string, origin: ValueOrigin, into: Map<string, Given>): void {
  const sections = configSections()
  const walk = (value: unknown, path: string[]): void => {
    const dotted = path.join('.')
    if (!isPlainObject(value)) {
      throw new ConfigError(`${where}: ${dotted === '' ? 'the top level' : dotted} must be a mapping of keys, not ${JSON.stringify(value)}`)
    }
    const known = sections.get(dotted)!
    for (const [name, child] of Object.entries(value)) {
      if (child === undefined) continue
      const childPath = [...path, name]
      const childKey = childPath.join('.')
      if (!known.has(name)) {
        throw new ConfigError(`${where}: unknown key ${childKey} (${dotted === '' ? 'top-level keys' : `keys of ${dotted}`}: ${[...known].join(', ')})`)
      }
      if (sections.has(childKey)) {
        if (child === null) continue
        walk(child, childPath)
      } else {
        into.set(childKey, { value: child, origin })
      }
    }
  }
  walk(input, [])
}

async function readConfigFile (path: string, what: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new ConfigError(`cannot read ${what} ${path}: ${(err as Error).message}`)
  }
  try {
    return parseYaml(text) ?? {}
  } catch (err) {
    throw new ConfigError(`${what} ${path} is not valid YAML: ${(err as Error).message}`)
  }
}

/** `path` relative to the working directory when it lies below it (`config/production.yaml`), else as it is. */
function shortPath (path: string): string {
  const rel = relative(process.cwd(), path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

function chooseEnvironment (options: LayeredConfigOptions, environ: Readonly<Record<string, string | undefined>>): { environment: Environment, from: ValueOrigin } {
  const [name, from]: [string | undefined, ValueOrigin] = options.env != null
    ? [options.env, { source: 'flag', from: '--env' }]
    : environ.AILEE_ENV != null && environ.AILEE_ENV !== ''
      ? [environ.AILEE_ENV, { source: 'env var', from: 'AILEE_ENV' }]
      : [DEFAULT_ENVIRONMENT, { source: 'default' }]
  if (!(ENVIRONMENTS as readonly string[]).includes(name!)) {
    throw new ConfigError(`unknown environment "${name}" (${describeOrigin(from)}): expected ${ENVIRONMENTS.join(' | ')}`)
  }
  return { environment: name as Environment, from }
}

/**
 * The values the `AILEE_*` variables of `environ` give, by dotted key, and
 * warnings for `AILEE_*` variables that are no key.
 *
 * @throws {ConfigError} naming the variable for a list or map that is not readable
 */
export function envVarValues (environ: Readonly<Record<string, string | undefined>>, keys: ConfigKey[] = configKeys()): { values: Map<string, Given>, warnings: string[] } {
  const values = new Map<string, Given>()
  const warnings: string[] = []
  const byVar = new Map(keys.map(k => [k.envVar, k]))
  const read = (name: string, key: ConfigKey, text: string): void => {
    let value: unknown
    try {
      value = parseEnvValue(key, text)
    } catch (err) {
      throw new ConfigError(`invalid configuration:\n  - ${key.key} from env var ${name}: ${(err as Error).message}`)
    }
    values.set(key.key, { value, origin: { source: 'env var', from: name } })
  }
  for (const [alias, dotted] of Object.entries(ENV_ALIASES)) {
    const text = environ[alias]
    if (text == null) continue
    const key = keys.find(k => k.key === dotted)!
    if (environ[key.envVar] != null) {
      warnings.push(`${alias} is ignored: ${key.envVar} is set too and wins`)
      continue
    }
    read(alias, key, text)
  }
  for (const [name, text] of Object.entries(environ)) {
    if (!name.startsWith(ENV_PREFIX) || text == null) continue
    const key = byVar.get(name)
    if (key != null) {
      read(name, key, text)
    } else if (ENV_ALIASES[name] == null && !(ENV_META as readonly string[]).includes(name)) {
      warnings.push(`${name} is not a configuration variable and is ignored (docs/configuration.md lists them)`)
    }
  }
  return { values, warnings }
}

function setPath (target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target
  for (const segment of path.slice(0, -1)) {
    if (!isPlainObject(node[segment])) node[segment] = {}
    node = node[segment] as Record<string, unknown>
  }
  node[path.at(-1)!] = value
}

function showValue (value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/**
 * Validates the merged values, naming for each zod issue the key, the value,
 * where it came from and the rule.
 *
 * @throws {ConfigError}
 */
function validate (given: Map<string, Given>, keys: ConfigKey[]): { config: NodeConfig, origins: Record<string, ValueOrigin> } {
  const input: Record<string, unknown> = {}
  for (const key of keys) {
    const g = given.get(key.key)
    if (g != null) setPath(input, key.path, g.value)
  }
  const origins: Record<string, ValueOrigin> = {}
  for (const key of keys) origins[key.key] = given.get(key.key)?.origin ?? { source: 'default' }
  const parsed = configSchema.safeParse(input)
  if (!parsed.success) {
    const lines = parsed.error.issues.map(issue => {
      const path = issue.path.map(String)
      const key = keys.filter(k => k.path.every((s, i) => path[i] === s)).sort((a, b) => b.path.length - a.path.length)[0]
      const where = path.join('.') === '' ? '(top level)' : path.join('.')
      if (key == null) return `  - ${where}: ${issue.message}`
      const g = given.get(key.key)
      const origin = g == null ? 'the built-in default' : `${showValue(g.value)} from ${describeOrigin(g.origin)}`
      return `  - ${where} = ${origin}: ${issue.message}`
    })
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`)
  }
  const contradictions = limitContradictions(parsed.data)
  if (contradictions.length > 0) {
    const named = new Set(contradictions.flatMap(c => c.match(/\b[a-z]+\.[a-zA-Z]+\b/g) ?? []))
    const from = [...named].filter(k => origins[k] != null && origins[k].source !== 'default')
      .map(k => `${k} from ${describeOrigin(origins[k])}`)
    throw new ConfigError(`limits contradict each other:\n${contradictions.map(c => `  - ${c}`).join('\n')}` +
      (from.length > 0 ? `\n  (set: ${from.join('; ')})` : ''))
  }
  return { config: parsed.data, origins }
}

/**
 * Loads the configuration from its layers (module comment).
 *
 * @throws {ConfigError} for an unknown environment, an unreadable or invalid
 *   file, an unknown key in a file, or a value that breaks the schema
 *   (naming key, source and rule) or contradicts another limit
 */
export async function loadLayeredConfig (options: LayeredConfigOptions = {}): Promise<LayeredConfig> {
  const environ = options.environ ?? process.env
  const keys = configKeys()
  const { environment, from: environmentFrom } = chooseEnvironment(options, environ)
  const given = new Map<string, Given>()

  const envFile = shortPath(join(options.envFileDir ?? ENV_FILE_DIR, `${environment}.yaml`))
  flatten(await readConfigFile(envFile, 'environment file'), `environment file ${envFile}`, { source: 'env file', from: envFile }, given)

  const configFile = options.configFile ?? (environ.AILEE_CONFIG !== '' ? environ.AILEE_CONFIG : undefined)
  if (configFile != null) {
    flatten(await readConfigFile(configFile, 'config file'), `config file ${configFile}`, { source: 'config file', from: configFile }, given)
  }

  const env = envVarValues(environ, keys)
  for (const [k, g] of env.values) given.set(k, g)

  if (options.flags != null) {
    const fromFlags = new Map<string, Given>()
    flatten(options.flags, 'command line', { source: 'flag' }, fromFlags)
    for (const [k, g] of fromFlags) given.set(k, { value: g.value, origin: { source: 'flag', from: options.flagNames?.[k] } })
  }

  const { config, origins } = validate(given, keys)
  return { config, environment, environmentFrom, origins, warnings: env.warnings }
}
