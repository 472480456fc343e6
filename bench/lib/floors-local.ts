/**
 * Floors that need no network, measured in this process: what the cheapest
 * way of doing each part of a task costs on this machine, so the project's
 * figures can be printed beside them (bench/e2e-latency.ts).
 *
 * - Ed25519 sign and verify of a receipt-sized message (`@libp2p/crypto`, the
 *   library the project signs receipts, submissions and blocks with);
 * - a raw RocksDB write batch (`rocksdb-native`, as src/storage/state-db.ts
 *   uses it): one put per batch, and many puts per batch (puts per second);
 * - a cached bare WASI run: `node:wasi` (preview1) on a module compiled once,
 *   a fresh WASI context and instance per run, stdout to /dev/null. This is
 *   the least a WASI run costs in Node, without isolation or limits.
 */
import { closeSync, openSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WASI } from 'node:wasi'
import { generateKeyPair } from '@libp2p/crypto/keys'
import RocksDB from 'rocksdb-native'
import { summarize, type Summary } from './stats.ts'

/** Ed25519 figures: latencies of one operation, ms. */
export interface CryptoFloor {
  sign: Summary
  verify: Summary
  /** bytes signed per operation */
  messageBytes: number
}

/**
 * Signs and verifies a `messageBytes`-byte message `iterations` times each
 * with a fresh Ed25519 key (one at a time, each awaited).
 *
 * @throws Error when a signature does not verify
 */
export async function measureEd25519 (iterations: number, messageBytes = 256): Promise<CryptoFloor> {
  const key = await generateKeyPair('Ed25519')
  const message = new Uint8Array(messageBytes).map((_, i) => i & 0xff)
  for (let i = 0; i < 50; i++) await key.publicKey.verify(message, await key.sign(message)) // warm-up
  const signMs: number[] = []
  const verifyMs: number[] = []
  let sig = new Uint8Array()
  let t = performance.now()
  const signStart = t
  for (let i = 0; i < iterations; i++) {
    message[0] = i & 0xff
    sig = Uint8Array.from(await key.sign(message))
    const now = performance.now()
    signMs.push(now - t)
    t = now
  }
  const signWall = performance.now() - signStart
  const verifyStart = performance.now()
  t = verifyStart
  for (let i = 0; i < iterations; i++) {
    if (!await key.publicKey.verify(message, sig)) throw new Error('Ed25519 floor: a fresh signature did not verify')
    const now = performance.now()
    verifyMs.push(now - t)
    t = now
  }
  return { sign: summarize(signMs, signWall), verify: summarize(verifyMs, performance.now() - verifyStart), messageBytes }
}

/** RocksDB figures. */
export interface RocksDbFloor {
  /** one batch holding one put, flushed and awaited: latency per batch, ms */
  singlePut: Summary
  /** batches of `putsPerBatch` puts: latency per batch, ms */
  batched: Summary
  putsPerBatch: number
  /** puts per second over the batched series */
  putsPerS: number
  valueBytes: number
}

/**
 * Writes into a fresh RocksDB in a temp directory (removed afterwards):
 * `iterations` batches of one put, then `batches` batches of `putsPerBatch`
 * puts; keys 16 bytes (a counter), values `valueBytes` bytes.
 */
export async function measureRocksDb (options: { iterations: number, batches: number, putsPerBatch: number, valueBytes?: number }): Promise<RocksDbFloor> {
  const valueBytes = options.valueBytes ?? 256
  const dir = await mkdtemp(join(tmpdir(), 'ailee-bench-rocks-'))
  const db = new RocksDB(join(dir, 'db'))
  try {
    await db.ready()
    const value = new Uint8Array(valueBytes).fill(7)
    let n = 0
    const key = (): Uint8Array => {
      const k = new Uint8Array(16)
      new DataView(k.buffer).setBigUint64(8, BigInt(n++))
      return k
    }
    const write = async (puts: number): Promise<void> => {
      const batch = db.write({ capacity: puts })
      try {
        for (let i = 0; i < puts; i++) batch.tryPut(key(), value)
        await batch.flush()
      } finally {
        batch.destroy()
      }
    }
    for (let i = 0; i < 20; i++) await write(1) // warm-up
    const single = await timeSeries(options.iterations, async () => { await write(1) })
    const batched = await timeSeries(options.batches, async () => { await write(options.putsPerBatch) })
    return {
      singlePut: single,
      batched,
      putsPerBatch: options.putsPerBatch,
      putsPerS: Math.round((options.batches * options.putsPerBatch) / (batched.wallMs / 1000)),
      valueBytes
    }
  } finally {
    await db.close().catch(() => {})
    await rm(dir, { recursive: true, force: true })
  }
}

/** Bare WASI figures: latency of one run, ms, and the module's compile time. */
export interface WasiFloor {
  run: Summary
  /** `WebAssembly.compile` of the module, once, ms */
  compileMs: number
}

/**
 * Compiles `module` once, then runs it `iterations` times, each with a fresh
 * `node:wasi` context (`args: ['task']`, empty environment, stdout and stderr
 * to /dev/null) and a fresh instance.
 *
 * @throws Error when a run does not exit with code 0
 */
export async function measureBareWasi (module: Uint8Array, iterations: number): Promise<WasiFloor> {
  const t0 = performance.now()
  const compiled = await WebAssembly.compile(new Uint8Array(module))
  const compileMs = performance.now() - t0
  const devNull = openSync('/dev/null', 'w')
  try {
    const once = (): void => {
      const wasi = new WASI({ version: 'preview1', args: ['task'], env: {}, returnOnExit: true, stdout: devNull, stderr: devNull })
      const instance = new WebAssembly.Instance(compiled, wasi.getImportObject() as WebAssembly.Imports)
      const code = wasi.start(instance)
      if (code !== 0) throw new Error(`bare WASI run exited with ${code}`)
    }
    for (let i = 0; i < 50; i++) once() // warm-up
    const run = await timeSeries(iterations, async () => { once() })
    return { run, compileMs: Math.round(compileMs * 100) / 100 }
  } finally {
    closeSync(devNull)
  }
}

/** Runs `fn` `n` times one after the other and summarises the latencies. */
export async function timeSeries (n: number, fn: () => Promise<void>): Promise<Summary> {
  const latencies: number[] = []
  const start = performance.now()
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn()
    latencies.push(performance.now() - t)
  }
  return summarize(latencies, performance.now() - start)
}
