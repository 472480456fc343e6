/** `bin/node config print`: loads the layered configuration and prints it with its sources. */
import { writeAll, printJson } from '../../output/write.ts'
import { EXIT } from '../../util/exit.ts'
import { loadCliConfig } from '../node/options.ts'
import { configPrintJson, formatConfigTable } from './format.ts'
import type { ConfigPrintOptions } from './index.ts'

/**
 * Prints the effective configuration: a table (key, value, source) or, with
 * `--json`, one object (see {@link configPrintJson}). Warnings (e.g. an
 * `AILEE_*` variable that is no key) go to stderr.
 *
 * @returns 0
 * @throws ConfigError (exit 2) for a bad value, naming the key, its source and the rule it breaks
 */
export async function runConfigPrint (opts: ConfigPrintOptions): Promise<number> {
  const loaded = await loadCliConfig(opts)
  for (const warning of loaded.warnings) await writeAll(process.stderr, `warning: ${warning}\n`)
  if (opts.json === true) {
    await printJson(configPrintJson(loaded), true)
  } else {
    await writeAll(process.stdout, formatConfigTable(loaded))
  }
  return EXIT.ok
}
