/**
 * Content envelope benchmark (`node bench/envelope.ts`): what sealing and
 * opening task content (src/content/envelope.ts) cost a node, beside a floor
 * measured in the same run.
 *
 * For each size (`--sizes` MiB, default 1,8,32), `--runs` times (default 3):
 * - floor: SHA-256 of the bytes (`@noble/hashes`), which admission and the
 *   worker already compute over every module and input;
 * - seal and open with the envelope (AES-256-GCM through WebCrypto);
 * - for comparison, the pure-JS XChaCha20-Poly1305 of `@noble/ciphers`
 *   (the cipher first tried) on the same bytes.
 * Each run also counts how often a 5 ms interval fired meanwhile and the
 * longest gap between firings (event-loop stall): WebCrypto runs on Node's
 * thread pool, the pure-JS cipher on the main thread.
 *
 * Prints a table (median ms, MiB/s, longest event-loop gap) and writes the raw
 * figures to bench/results/envelope-<time>.json and envelope-latest.json.
 */
import { parseArgs } from 'node:util'
import { randomFillSync } from 'node:crypto'
import { sha256 } from '@noble/hashes/sha2.js'
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { randomBytes } from '@noble/ciphers/utils.js'
import { newContentKey, openContent, sealContent } from '../src/content/envelope.ts'
import { environment, table, writeResults } from './lib/report.ts'

const { values: opts } = parseArgs({ options: { sizes: { type: 'string', default: '1,8,32' }, runs: { type: 'string', default: '3' } } })
const sizes = opts.sizes.split(',').map(Number)
const runs = Number(opts.runs)
if (sizes.some(s => !(s > 0)) || !(runs > 0)) throw new Error('--sizes takes positive MiB values, --runs a positive count')

/** One measured operation: wall ms and the longest event-loop gap, ms. */
interface Measure { ms: number, maxGapMs: number }

/** Runs `fn` while a 5 ms interval records the longest gap between its firings. */
async function measure (fn: () => unknown): Promise<Measure> {
  let last = performance.now()
  let maxGapMs = 0
  const timer = setInterval(() => {
    const now = performance.now()
    maxGapMs = Math.max(maxGapMs, now - last)
    last = now
  }, 5)
  const start = performance.now()
  await fn()
  const ms = performance.now() - start
  await new Promise(resolve => setTimeout(resolve, 10))
  clearInterval(timer)
  maxGapMs = Math.max(maxGapMs, performance.now() - last - 10)
  return { ms, maxGapMs }
}

function median (xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

const rows: Array<Array<string | number>> = [['MiB', 'operation', 'median ms', 'MiB/s', 'max event-loop gap ms', 'x floor']]
const raw: Array<{ mib: number, op: string, runs: Measure[] }> = []
for (const mib of sizes) {
  const data = randomFillSync(new Uint8Array(mib * 1024 * 1024))
  const key = newContentKey()
  const sealed = await sealContent(key, data, 'module')
  const nonce = randomBytes(24)
  const ops: Array<[string, () => unknown]> = [
    ['floor: sha256', () => sha256(data)],
    ['seal (AES-256-GCM, WebCrypto)', async () => await sealContent(key, data, 'module')],
    ['open (AES-256-GCM, WebCrypto)', async () => await openContent(key, sealed, 'module')],
    ['XChaCha20-Poly1305 seal (pure JS)', () => xchacha20poly1305(key, nonce).encrypt(data)]
  ]
  let floorMs = 0
  for (const [op, fn] of ops) {
    const measures: Measure[] = []
    for (let i = 0; i < runs; i++) measures.push(await measure(fn))
    const ms = median(measures.map(m => m.ms))
    if (op.startsWith('floor')) floorMs = ms
    raw.push({ mib, op, runs: measures })
    rows.push([mib, op, ms.toFixed(1), (mib / (ms / 1000)).toFixed(0), Math.max(...measures.map(m => m.maxGapMs)).toFixed(1), (ms / floorMs).toFixed(2)])
  }
}
console.log(table(rows))
console.log(`results: ${await writeResults('envelope', { environment: environment(), sizes, runs, raw })}`)
