/**
 * The sandbox runs the fixtures exactly like a native build of the same C sources: stdout, stderr
 * and exit code compared byte for byte (native: test/helpers/fixtures.ts runNative).
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { releaseSandboxThreads, runInSandbox } from '../../src/runtime/index.ts'
import { fixtureTask, runNative } from '../helpers/fixtures.ts'
import type { FixtureName } from '../helpers/fixtures.ts'
import type { NativeRunOptions } from '../helpers/fixtures.ts'

/** 1 MiB of deterministic text: words from a small vocabulary (xorshift32 picks), tabs, some UTF-8. */
function corpus (size: number): Uint8Array {
  const vocabulary = ['the', 'node', 'worker', 'coordinator', 'receipt', 'block', 'wasm', 'task', 'peer', 'épreuve', 'λ', 'merkle', 'a', 'of']
  let x = 0x9e3779b9
  const next = (): number => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x }
  const parts: string[] = []
  let length = 0
  while (length < size) {
    const r = next()
    const word = r % 7 === 0 ? `w${r % 5003}` : vocabulary[r % vocabulary.length]
    const sep = r % 11 === 0 ? '\n' : r % 13 === 0 ? '\t' : r % 17 === 0 ? '  ' : ' '
    parts.push(word, sep)
    length += Buffer.byteLength(word) + sep.length
  }
  return new Uint8Array(Buffer.from(parts.join('')).subarray(0, size))
}

async function assertSameAsNative (name: FixtureName, options: NativeRunOptions = {}): Promise<string> {
  const stdin = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin ?? new Uint8Array()
  const [sandboxed, native] = await Promise.all([
    runInSandbox(await fixtureTask(name, { args: options.args ?? [], env: options.env ?? {}, stdin, maxOutputBytes: 4 * 1024 * 1024, timeoutMs: 60_000 })),
    runNative(name, options)
  ])
  assert.equal(sandboxed.outcome, 'exited', sandboxed.error)
  assert.equal(sandboxed.exitCode, native.exitCode)
  assert.ok(Buffer.from(sandboxed.stdout).equals(native.stdout), `${name} stdout differs:\n${Buffer.from(sandboxed.stdout).toString()}\n---\n${native.stdout.toString()}`)
  assert.ok(Buffer.from(sandboxed.stderr).equals(native.stderr), `${name} stderr differs`)
  return native.stdout.toString()
}

describe('sandbox output equals the native build', () => {
  after(async () => { await releaseSandboxThreads() })

  it('hello with args and env', async () => {
    const out = await assertSameAsNative('hello', { args: ['x', 'y z', ''], env: { GREETING: 'salut' } })
    assert.equal(out, 'hello from wasm\nx\ny z\n\nGREETING=salut\n')
  })

  it('exit_code: stderr and exit code', async () => {
    await assertSameAsNative('exit_code', { args: ['9'] })
  })

  it('primes with the default N (CPU-heavy)', async () => {
    const out = await assertSameAsNative('primes')
    assert.match(out, /^primes below 3000000: 216816\n/)
  })

  it('primes listing every prime below 100000', async () => {
    const out = await assertSameAsNative('primes', { args: ['100000', 'list'] })
    assert.equal(out.split('\n').length - 1, 9592 + 6)
  })

  it('wordfreq on 1 MiB of stdin', async () => {
    const input = corpus(1024 * 1024)
    const out = await assertSameAsNative('wordfreq', { stdin: input })
    assert.match(out, /^bytes: 1048576\n/)
  })

  it('wordfreq on empty stdin and on input without a final newline', async () => {
    await assertSameAsNative('wordfreq', { stdin: '' })
    await assertSameAsNative('wordfreq', { stdin: 'one two\ttwo\nthree  three three' })
  })

  it('trivial', async () => {
    assert.equal(await assertSameAsNative('trivial'), 'ok\n')
  })
})
