/**
 * docs/configuration.md lists every config key with its environment variable:
 * its generated table equals what scripts/gen-config-docs.ts writes now.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { configDocsTable, TABLE_BEGIN, TABLE_END } from '../../src/config/docs-table.ts'
import { configKeys } from '../../src/config/keys.ts'

const DOC = fileURLToPath(new URL('../../docs/configuration.md', import.meta.url))

test('docs/configuration.md has the current key table (regenerate: node scripts/gen-config-docs.ts)', async () => {
  const text = await readFile(DOC, 'utf8')
  const table = text.slice(text.indexOf(TABLE_BEGIN), text.indexOf(TABLE_END) + TABLE_END.length)
  assert.equal(table, await configDocsTable())
  for (const key of configKeys()) assert.ok(table.includes(`| \`${key.key}\` | \`${key.envVar}\` |`), `${key.key} missing`)
})
