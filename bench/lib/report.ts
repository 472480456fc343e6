/**
 * Output of the benchmarks: a plain-text table on stdout and the raw figures
 * as JSON under `bench/results/` (one file per run plus `<name>-latest.json`).
 */
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem, release } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Directory of the JSON results. */
export const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url))

/** Where and on what a benchmark ran. */
export interface Environment {
  node: string
  os: string
  cpus: number
  cpuModel: string
  memoryBytes: number
  /** `git rev-parse HEAD` of the working tree, or '' */
  commit: string
  startedAt: string
}

/** Describes the machine and the commit. */
export function environment (): Environment {
  let commit = ''
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' }).trim()
  } catch { /* not a git checkout */ }
  return {
    node: process.version,
    os: `${process.platform} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryBytes: totalmem(),
    commit,
    startedAt: new Date().toISOString()
  }
}

/** Renders rows as an aligned text table; the first row is the header. */
export function table (rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = rows.map(r => r.map(c => typeof c === 'number' ? fmt(c) : c))
  const widths = cells[0].map((_, i) => Math.max(...cells.map(r => (r[i] ?? '').length)))
  const line = (r: string[]): string => r.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join('  ')
  return [line(cells[0]), widths.map(w => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

/**
 * Writes `data` as `bench/results/<name>-<timestamp>.json` and
 * `bench/results/<name>-latest.json`; returns the first path.
 */
export async function writeResults (name: string, data: unknown): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true })
  const text = JSON.stringify(data, null, 2) + '\n'
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const path = join(RESULTS_DIR, `${name}-${stamp}.json`)
  await writeFile(path, text)
  await writeFile(join(RESULTS_DIR, `${name}-latest.json`), text)
  return path
}

function fmt (x: number): string {
  if (Number.isNaN(x)) return 'n/a'
  if (Number.isInteger(x)) return String(x)
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)
}

/**
 * Takes `--json [FILE]` out of `argv` (in place), as `parseArgs` wants a fixed arity: the next
 * argument is the file unless it starts with `--`.
 *
 * @returns `{ file }` when `--json` was given (`file` undefined without a path), else undefined
 */
export function takeJsonFlag (argv: string[]): { file?: string } | undefined {
  const at = argv.indexOf('--json')
  if (at < 0) return undefined
  const next = argv[at + 1]
  const file = next != null && !next.startsWith('--') ? next : undefined
  argv.splice(at, file == null ? 1 : 2)
  return { file }
}
