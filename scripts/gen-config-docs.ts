/**
 * Writes the key table of docs/configuration.md (between its markers) from
 * the zod schema and config/<env>.yaml. Run after adding a config key:
 *   node_modules/.bin/node scripts/gen-config-docs.ts
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { configDocsTable, TABLE_BEGIN, TABLE_END } from '../src/config/docs-table.ts'

const DOC = fileURLToPath(new URL('../docs/configuration.md', import.meta.url))
const text = await readFile(DOC, 'utf8')
const begin = text.indexOf(TABLE_BEGIN)
const end = text.indexOf(TABLE_END)
if (begin < 0 || end < begin) throw new Error(`${DOC} has no ${TABLE_BEGIN} ... ${TABLE_END} markers`)
await writeFile(DOC, text.slice(0, begin) + await configDocsTable() + text.slice(end + TABLE_END.length))
process.stdout.write(`wrote the key table of ${DOC}\n`)
