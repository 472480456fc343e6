/**
 * The C test fixtures (test/fixtures/*.c, built to *.wasm by test/fixtures/build.sh) and a native
 * build of the same sources, so tests can compare sandbox output byte-for-byte with the native run.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { constants, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { sha256 } from '@noble/hashes/sha2.js'
import type { SandboxTask } from '../../src/runtime/index.ts'

const execFileAsync = promisify(execFile)

/** Absolute path of test/fixtures/ (with a trailing separator). */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** Names of the committed fixture modules (test/fixtures/<name>.wasm). */
export const FIXTURE_NAMES = [
  'hello', 'primes', 'wordfreq', 'spin', 'alloc_bomb', 'exit_code', 'no_start', 'not_wasm', 'trivial', 'entropy', 'trap',
  'host_probe', 'leak_probe', 'recurse'
] as const

/** A fixture name, e.g. `hello`. */
export type FixtureName = typeof FIXTURE_NAMES[number]

/**
 * Path of a fixture file: `fixturePath('hello')` is `.../test/fixtures/hello.wasm`; a name with an
 * extension (`hello.c`, `build.sh`) is taken as is.
 */
export function fixturePath (name: string): string {
  return join(FIXTURES_DIR, /\.[a-z]+$/.test(name) ? name : `${name}.wasm`)
}

/** The bytes of a fixture module (`readFixture('primes')`). */
export async function readFixture (name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(fixturePath(name)))
}

/** A deterministic 32-byte task seed: SHA-256 of `label`. */
export function testSeed (label = 'test'): Uint8Array {
  return sha256(new TextEncoder().encode(label))
}

/**
 * A sandbox task running a fixture with test-friendly limits (1024 pages = 64 MiB, 10 s, 1 MiB of
 * output, no args, env or stdin, seed `testSeed(name)`); `overrides` replace any field.
 */
export async function fixtureTask (name: FixtureName, overrides: Partial<SandboxTask> = {}): Promise<SandboxTask> {
  return {
    module: await readFixture(name),
    args: [],
    env: {},
    stdin: new Uint8Array(),
    memoryPages: 1024,
    timeoutMs: 10_000,
    maxOutputBytes: 1024 * 1024,
    seed: testSeed(name),
    ...overrides
  }
}

/** What a native run produced. */
export interface NativeRun {
  stdout: Buffer
  stderr: Buffer
  /** The exit code, or 128 + signal number when a signal ended the process (as a shell reports it). */
  exitCode: number
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null
}

/** Options of {@link runNative}. */
export interface NativeRunOptions {
  /** argv[1..]. */
  args?: string[]
  /** The whole environment of the process (nothing is inherited). */
  env?: Record<string, string>
  stdin?: Uint8Array | string
  /** Kill the process after this many ms. @default 60000 */
  timeoutMs?: number
}

let nativeDir: string | undefined
const nativeBuilds = new Map<string, Promise<string>>()

/** The C compiler for native builds: $NATIVE_CC, else `cc`. */
function nativeCompiler (): string {
  return process.env.NATIVE_CC ?? 'cc'
}

/** Compiles test/fixtures/<name>.c natively once per process; resolves to the executable's path. */
export async function buildNative (name: string): Promise<string> {
  let build = nativeBuilds.get(name)
  if (build === undefined) {
    if (nativeDir === undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'ailee-native-'))
      nativeDir = dir
      process.once('exit', () => { rmSync(dir, { recursive: true, force: true }) })
    }
    const out = join(nativeDir, name)
    build = execFileAsync(nativeCompiler(), ['-O2', '-o', out, fixturePath(`${name}.c`)]).then(() => out)
    nativeBuilds.set(name, build)
    build.catch(() => nativeBuilds.delete(name))
  }
  return await build
}

/**
 * Runs the native build of fixture `name` (compiled from the same C source as its .wasm) with the
 * given args, environment and stdin, and collects its output.
 */
export async function runNative (name: string, options: NativeRunOptions = {}): Promise<NativeRun> {
  const exe = await buildNative(name)
  const child = spawn(exe, options.args ?? [], { env: options.env ?? {}, stdio: ['pipe', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 60_000 })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (b: Buffer) => stdout.push(b))
  child.stderr.on('data', (b: Buffer) => stderr.push(b))
  child.stdin.on('error', () => {}) // the program may exit without reading all of stdin (EPIPE)
  child.stdin.end(options.stdin ?? '')
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (c, s) => { resolve([c, s]) })
  })
  const signo = signal === null ? 0 : constants.signals[signal]
  return { stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr), exitCode: code ?? 128 + signo, signal }
}

/** True when clang can build wasm32-wasi programs here (Debian clang + lld + wasi-libc). */
export async function wasiToolchainAvailable (): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'ailee-wasi-probe-'))
  try {
    await execFileAsync(process.env.WASI_CC ?? 'clang', [
      '--target=wasm32-wasi', '--sysroot=/usr', '-O2', '-s', '-o', join(dir, 'trivial.wasm'), fixturePath('trivial.c')
    ])
    return true
  } catch {
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Builds every fixture into `outDir` with test/fixtures/build.sh. */
export async function buildWasmFixtures (outDir: string): Promise<void> {
  await execFileAsync('bash', [fixturePath('build.sh'), outDir])
}
