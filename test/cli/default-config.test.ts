/**
 * config/default.yaml documents every config key with its default: loading it
 * gives exactly the schema's defaults, and it names every key the schema has.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { loadConfigFile, resolveConfig } from '../../src/config/load.ts'

const DEFAULT_YAML = fileURLToPath(new URL('../../config/default.yaml', import.meta.url))

/** Dotted paths of every leaf (arrays count as leaves). */
function leafPaths (value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix === '' ? k : `${prefix}.${k}`))
}

test('config/default.yaml loads to the schema defaults', async () => {
  assert.deepEqual(await loadConfigFile(DEFAULT_YAML), resolveConfig({}))
})

test('config/default.yaml names every key of the schema (dataDir as a comment)', async () => {
  const raw = parse(await readFile(DEFAULT_YAML, 'utf8'))
  const inFile = new Set(leafPaths(raw))
  const expected = leafPaths(resolveConfig({})).filter(p => p !== 'dataDir')
  assert.deepEqual(expected.filter(p => !inFile.has(p)), [], 'keys missing from config/default.yaml')
  assert.deepEqual([...inFile].filter(p => !expected.includes(p)), [], 'keys in config/default.yaml the schema does not have')
  assert.match(await readFile(DEFAULT_YAML, 'utf8'), /^# dataDir: /m)
})
