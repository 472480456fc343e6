/** Writing to stdout/stderr and waiting until the bytes are handed to the OS. */
import type { Writable } from 'node:stream'

/** Writes `data` and resolves once it is flushed to the OS (safe to exit afterwards). */
export async function writeAll (stream: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return
  await new Promise<void>((resolve, reject) => {
    stream.write(data, err => { if (err != null) reject(err); else resolve() })
  })
}

/** Writes one JSON value (pretty when `pretty`) and a newline to stdout; bigints as decimal strings. */
export async function printJson (value: unknown, pretty = false): Promise<void> {
  // amounts are bigints (smallest units, up to 2^64 - 1): printed as decimal strings, exact
  await writeAll(process.stdout, JSON.stringify(value, (_key, v: unknown) => typeof v === 'bigint' ? v.toString() : v, pretty ? 2 : undefined) + '\n')
}
