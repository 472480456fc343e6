/** Writing to stdout/stderr and waiting until the bytes are handed to the OS. */
import type { Writable } from 'node:stream'

/** Writes `data` and resolves once it is flushed to the OS (safe to exit afterwards). */
export async function writeAll (stream: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return
  await new Promise<void>((resolve, reject) => {
    stream.write(data, err => { if (err != null) reject(err); else resolve() })
  })
}

/** Writes one JSON value (pretty when `pretty`) and a newline to stdout. */
export async function printJson (value: unknown, pretty = false): Promise<void> {
  await writeAll(process.stdout, JSON.stringify(value, null, pretty ? 2 : undefined) + '\n')
}
