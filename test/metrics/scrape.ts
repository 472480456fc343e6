/**
 * Test helpers around a node's ops endpoint: fetch a scrape, read one sample
 * of it, and run `promtool check metrics` on it (Debian package `prometheus`).
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Labels of a sample, e.g. `{ state: 'completed' }`. */
export type Labels = Record<string, string>

/** One sample line of the text format: name, labels, value. */
export interface Sample {
  name: string
  labels: Labels
  value: number
}

/** Parses the sample lines of a Prometheus text-format scrape (comments skipped). */
export function parseScrape (text: string): Sample[] {
  const samples: Sample[] = []
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)/.exec(line)
    if (m == null) throw new Error(`not a sample line: ${line}`)
    const labels: Labels = {}
    for (const l of (m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2]
    samples.push({ name: m[1], labels, value: Number(m[4]) })
  }
  return samples
}

/**
 * The value of the sample `name` whose labels include `labels`, summed when several match
 * (e.g. every `result` of a counter); 0 when none does.
 */
export function valueOf (samples: Sample[], name: string, labels: Labels = {}): number {
  return samples
    .filter(s => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0)
}

/** GETs `url` and parses the scrape. */
export async function scrape (url: string): Promise<{ text: string, samples: Sample[], contentType: string }> {
  const res = await fetch(url)
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`)
  const text = await res.text()
  return { text, samples: parseScrape(text), contentType: res.headers.get('content-type') ?? '' }
}

/** What `promtool check metrics` said about a scrape: exit status and its findings, one per line. */
export interface PromtoolVerdict {
  status: number
  problems: string[]
}

/**
 * Path of promtool, or undefined when it is not installed. Where it is missing, a test must
 * fail in CI (env CI set) and may skip locally: {@link promtoolOrSkip}.
 */
export function promtoolPath (): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, 'promtool')
    try {
      accessSync(path, constants.X_OK)
      return path
    } catch {}
  }
  return undefined
}

/**
 * promtool, or: throws in CI (`CI` set: .ci/run installs it), returns undefined elsewhere after
 * telling the test context to skip with the reason.
 */
export function promtoolOrSkip (t: { skip: (message?: string) => void }): string | undefined {
  const path = promtoolPath()
  if (path != null) return path
  const why = 'promtool not installed (Debian package prometheus: apt-get install -y prometheus)'
  if (process.env.CI != null && process.env.CI !== '') throw new Error(`${why}; CI must have it (.ci/run installs it)`)
  t.skip(why)
  return undefined
}

/**
 * Runs `promtool check metrics` on `text` (stdin). Status 0: clean; 1: the text does
 * not parse; 3: lint findings (listed in `problems`).
 */
export function promtoolCheck (promtool: string, text: string): PromtoolVerdict {
  const run = spawnSync(promtool, ['check', 'metrics'], { input: text, encoding: 'utf8' })
  if (run.error != null) throw run.error
  const problems = `${run.stdout}\n${run.stderr}`.split('\n').map(l => l.trim()).filter(l => l !== '')
  return { status: run.status ?? -1, problems }
}
