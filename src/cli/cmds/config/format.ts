/** The two shapes of `bin/node config print`: a text table and a JSON object. */
import { configKeys } from '../../../config/keys.ts'
import { describeOrigin, type ConfigSource, type Environment, type LayeredConfig } from '../../../config/layers.ts'

/** One key of `config print --json`'s `sources`. */
export interface KeySource {
  /** default | env file | config file | env var | flag */
  source: ConfigSource
  /** The file path, environment variable or flag; absent for `default`. */
  from?: string
  /** The key's environment variable, e.g. `AILEE_WORKER_SLOTS`. */
  envVar: string
}

/** What `config print --json` prints. */
export interface ConfigPrintJson {
  environment: Environment
  /** Where the environment's name came from (`--env`, `AILEE_ENV` or the default). */
  environmentFrom: { source: ConfigSource, from?: string }
  /** The effective configuration, every key filled. */
  config: unknown
  /** Dotted key -> its source. */
  sources: Record<string, KeySource>
  warnings: string[]
}

/** The JSON object of `config print --json`. */
export function configPrintJson (loaded: LayeredConfig): ConfigPrintJson {
  const sources: Record<string, KeySource> = {}
  for (const key of configKeys()) sources[key.key] = { ...loaded.origins[key.key], envVar: key.envVar }
  return { environment: loaded.environment, environmentFrom: loaded.environmentFrom, config: loaded.config, sources, warnings: loaded.warnings }
}

function valueAt (config: unknown, path: readonly string[]): unknown {
  let node = config
  for (const segment of path) node = (node as Record<string, unknown> | undefined)?.[segment]
  return node
}

function showValue (key: string, value: unknown, config: LayeredConfig['config']): string {
  if (value === undefined) return key === 'dataDir' ? `(unset: ./.data/${config.role})` : '(unset)'
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/**
 * The text table of `config print`: a line naming the environment, then one
 * line per key: key, value (lists and maps as JSON), source (`default`,
 * `env file <path>`, `config file <path>`, `env var <NAME>`, `flag <--flag>`).
 */
export function formatConfigTable (loaded: LayeredConfig): string {
  const rows = configKeys().map(key => [key.key, showValue(key.key, valueAt(loaded.config, key.path), loaded.config), describeOrigin(loaded.origins[key.key])])
  const header = ['KEY', 'VALUE', 'SOURCE']
  const width = (i: number): number => Math.max(header[i].length, ...rows.map(r => Math.min(r[i].length, 60)))
  const [w0, w1] = [width(0), width(1)]
  const line = (r: string[]): string => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`.trimEnd()
  return `# environment: ${loaded.environment} (${describeOrigin(loaded.environmentFrom)})\n` +
    [header, ...rows].map(line).join('\n') + '\n'
}
