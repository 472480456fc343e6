/**
 * The AILEE_* variables that docker/Dockerfile, docker/compose.yaml and
 * deploy/k8s/ set are configuration keys the node knows (src/config/keys.ts:
 * one variable per key, plus AILEE_ENV, AILEE_CONFIG and aliases), so a
 * misspelt or renamed key cannot pass unnoticed as an ignored variable.
 * Skipped, with the reason, while the node has no AILEE_* configuration.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse, parseAllDocuments } from 'yaml'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const KEYS_MODULE = new URL('../../src/config/keys.ts', import.meta.url)

/** Every AILEE_* name set by the deployment files, with where it is set. */
function deploymentVariables (): Array<{ name: string, where: string }> {
  const out: Array<{ name: string, where: string }> = []
  const dockerfile = readFileSync(`${ROOT}docker/Dockerfile`, 'utf8').replace(/\\\n/g, ' ')
  for (const line of dockerfile.split('\n').filter(l => /^ENV\s/.test(l))) {
    for (const m of line.matchAll(/\b(AILEE_[A-Z0-9_]+)=/g)) out.push({ name: m[1], where: 'docker/Dockerfile ENV' })
  }
  const compose = parse(readFileSync(`${ROOT}docker/compose.yaml`, 'utf8'), { merge: true })
  for (const [service, def] of Object.entries<any>(compose.services)) {
    for (const name of Object.keys(def.environment ?? {})) if (name.startsWith('AILEE_')) out.push({ name, where: `docker/compose.yaml ${service}` })
  }
  const dir = `${ROOT}deploy/k8s/`
  for (const file of readdirSync(dir).filter(f => f.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(dir + file, 'utf8'))) {
      const o: any = doc.toJS()
      if (o?.kind === 'ConfigMap') for (const name of Object.keys(o.data ?? {})) if (name.startsWith('AILEE_')) out.push({ name, where: `deploy/k8s/${file}` })
      for (const c of [...(o?.spec?.template?.spec?.containers ?? []), ...(o?.spec?.template?.spec?.initContainers ?? [])]) {
        for (const e of c.env ?? []) if (e.name.startsWith('AILEE_')) out.push({ name: e.name, where: `deploy/k8s/${file} ${c.name}` })
      }
    }
  }
  return out
}

const keys: any = existsSync(fileURLToPath(KEYS_MODULE)) ? await import(KEYS_MODULE.href) : undefined
const skip = typeof keys?.configKeys !== 'function' ? 'the node reads no AILEE_* configuration yet (src/config/keys.ts)' : false

test('every AILEE_* variable the deployment sets is a configuration variable of the node', { skip }, () => {
  const known = new Set<string>([
    ...keys.configKeys().map((k: { envVar: string }) => k.envVar),
    ...(keys.ENV_META ?? []),
    ...Object.keys(keys.ENV_ALIASES ?? {})
  ])
  const variables = deploymentVariables()
  assert.ok(variables.length >= 10, `only ${variables.length} variables found`)
  const unknown = variables.filter(v => !known.has(v.name))
  assert.deepEqual(unknown, [], 'not configuration variables (the node would ignore them)')
})
