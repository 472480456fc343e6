/**
 * Loading the node configuration: embedded defaults (the zod schema), then an
 * optional YAML or JSON file, then command-line overrides.
 */
import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { limitContradictions } from './limits.ts'
import { configSchema, type NodeConfig, type NodeConfigInput } from './schema.ts'

/** Thrown when a config file cannot be read or does not match the schema. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/**
 * Validates `input`, fills every missing key with its default and checks that
 * the limits agree with each other (`limitContradictions`).
 *
 * @throws {ConfigError} listing each invalid key with its path, or each pair of
 *   limits that contradict each other
 */
export function resolveConfig (input: NodeConfigInput = {}): NodeConfig {
  const parsed = configSchema.safeParse(input)
  if (!parsed.success) {
    throw new ConfigError(`invalid configuration:\n${z.prettifyError(parsed.error)}`)
  }
  const contradictions = limitContradictions(parsed.data)
  if (contradictions.length > 0) {
    throw new ConfigError(`limits contradict each other:\n${contradictions.map(c => `  - ${c}`).join('\n')}`)
  }
  return parsed.data
}

/**
 * Reads a YAML (or JSON, which is YAML) config file and deep-merges `overrides`
 * over it before validation.
 *
 * @throws {ConfigError} when the file is unreadable, not YAML, or invalid
 */
export async function loadConfigFile (path: string | undefined, overrides: NodeConfigInput = {}): Promise<NodeConfig> {
  let fromFile: unknown = {}
  if (path != null) {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      throw new ConfigError(`cannot read config file ${path}: ${(err as Error).message}`)
    }
    try {
      fromFile = parseYaml(text) ?? {}
    } catch (err) {
      throw new ConfigError(`config file ${path} is not valid YAML: ${(err as Error).message}`)
    }
    if (typeof fromFile !== 'object' || Array.isArray(fromFile)) {
      throw new ConfigError(`config file ${path} must hold a mapping at the top level`)
    }
  }
  return resolveConfig(deepMerge(fromFile as Record<string, unknown>, overrides as Record<string, unknown>) as NodeConfigInput)
}

function deepMerge (base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue
    const prev = out[key]
    out[key] = isPlainObject(prev) && isPlainObject(value) ? deepMerge(prev, value) : value
  }
  return out
}

function isPlainObject (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
