/**
 * Many tasks in one `submit`: the jobs of `--jobs FILE` (JSON lines) and
 * `--repeat N`, turned into the client library's `TaskInput`s.
 *
 * A jobs file holds one JSON object per line (blank lines and lines starting
 * with `#` are skipped). Every key is optional and falls back to the
 * command-line option of the same meaning:
 *
 * ```
 * {"wasm": "hello.wasm", "args": ["world"], "env": {"GREETING": "hi"}}
 * {"args": ["2"], "stdin": "input.txt", "timeoutMs": 5000, "memoryMb": 16, "maxPrice": 10, "verify": "replicate:2"}
 * ```
 *
 * Keys: `wasm`, `stdin` (paths, relative to the jobs file's directory),
 * `args` (strings), `env` (string values), `timeoutMs`, `memoryMb`, `maxPrice`,
 * `queueTimeoutMs`, `bidWindowMs`, `totalTimeoutMs` (non-negative integers; ms,
 * MiB, credits), `verify` (`none`, `spot:P`, `replicate:K`, `adaptive`). A file
 * named by several jobs is read once, and its bytes are shared (the client
 * adds them to its content store once).
 */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import type { TaskInput } from '../../../client/index.ts'
import { parseVerificationPolicy } from '../../../protocol/verification-policy.ts'
import { CliError, EXIT } from '../../util/exit.ts'
import type { SubmitCliOptions } from './options.ts'

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

/** One line of a jobs file, as parsed (paths not yet resolved). */
const JobLine = z.strictObject({
  wasm: z.string().min(1).optional(),
  stdin: z.string().min(1).optional(),
  args: z.array(z.string()).optional(),
  env: z.record(z.string().min(1).refine(k => !k.includes('='), 'env keys contain no "="'), z.string()).optional(),
  timeoutMs: count.positive().optional(),
  memoryMb: count.positive().optional(),
  maxPrice: count.optional(),
  queueTimeoutMs: count.positive().optional(),
  bidWindowMs: count.positive().optional(),
  totalTimeoutMs: count.positive().optional(),
  verify: z.string().optional()
})

/** A job: where its files are (absolute or as given on the command line) and its other options. */
export interface Job extends Omit<z.infer<typeof JobLine>, 'wasm' | 'stdin'> {
  /** 1-based line number in the jobs file (0 for a job made from the command line) */
  line: number
  wasm: string
  stdin?: string
}

/**
 * Parses a jobs file's text (see the module comment).
 *
 * @param text the file's content
 * @param path the file's path: relative `wasm`/`stdin` paths are resolved against its directory
 * @param defaults the command-line options every key falls back to
 * @throws {CliError} status 2 naming the line: not JSON, an unknown key, a value of the wrong type or range,
 *   an invalid `verify` policy, a job without a module (no `wasm` and no `--wasm`), or no job at all
 */
export function parseJobs (text: string, path: string, defaults: SubmitCliOptions): Job[] {
  const dir = dirname(resolve(path))
  const jobs: Job[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim()
    if (raw === '' || raw.startsWith('#')) continue
    const where = `${path} line ${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (err) {
      throw new CliError(EXIT.usage, `${where}: not JSON (${(err as Error).message})`, { cause: err })
    }
    const parsed = JobLine.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new CliError(EXIT.usage, `${where}: ${issue.path.length > 0 ? `"${issue.path.join('.')}": ` : ''}${issue.message}`)
    }
    const { wasm, stdin, ...rest } = parsed.data
    if (rest.verify != null) checkPolicy(rest.verify, where)
    const module = wasm != null ? resolve(dir, wasm) : defaults.wasm
    if (module == null) throw new CliError(EXIT.usage, `${where}: no "wasm" and no --wasm to fall back to`)
    jobs.push({ line: i + 1, ...rest, wasm: module, stdin: stdin != null ? resolve(dir, stdin) : defaults.stdin })
  }
  if (jobs.length === 0) throw new CliError(EXIT.usage, `${path} holds no job (one JSON object per line)`)
  return jobs
}

/**
 * The jobs of a `submit` invocation: the lines of `--jobs` (each `--repeat` times), or the
 * command-line task `--repeat` times.
 *
 * @throws {CliError} status 2 for an unreadable or invalid jobs file, or neither `--wasm` nor `--jobs`
 */
export async function jobsOf (opts: SubmitCliOptions): Promise<Job[]> {
  const repeat = opts.repeat ?? 1
  let base: Job[]
  if (opts.jobs != null) {
    let text: string
    try {
      text = await readFile(opts.jobs, 'utf8')
    } catch (err) {
      throw new CliError(EXIT.usage, `cannot read --jobs ${opts.jobs}: ${(err as Error).message}`, { cause: err })
    }
    base = parseJobs(text, opts.jobs, opts)
  } else {
    if (opts.wasm == null) throw new CliError(EXIT.usage, 'submit needs --wasm FILE or --jobs FILE')
    base = [{ line: 0, wasm: opts.wasm, stdin: opts.stdin }]
  }
  return Array.from({ length: repeat }, () => base).flat()
}

/**
 * The task inputs of `jobs`, reading each distinct file once (jobs naming the
 * same file share its bytes); keys a job leaves out come from `opts`.
 *
 * @throws {CliError} status 2 when a file cannot be read
 */
export async function inputsOf (jobs: Job[], opts: SubmitCliOptions): Promise<TaskInput[]> {
  const files = new Map<string, Promise<Uint8Array>>()
  const read = async (path: string, what: string): Promise<Uint8Array> => {
    let bytes = files.get(path)
    if (bytes == null) {
      bytes = readFile(path).then(b => new Uint8Array(b), err => {
        throw new CliError(EXIT.usage, `cannot read ${what} ${path}: ${(err as Error).message}`, { cause: err })
      })
      files.set(path, bytes)
    }
    return await bytes
  }
  return await Promise.all(jobs.map(async job => ({
    wasm: await read(job.wasm, '--wasm'),
    stdin: job.stdin != null ? await read(job.stdin, '--stdin') : undefined,
    args: job.args ?? opts.arg ?? [],
    env: job.env ?? opts.env ?? {},
    timeoutMs: job.timeoutMs ?? opts.timeoutMs,
    memoryMb: job.memoryMb ?? opts.memoryMb,
    maxPrice: job.maxPrice ?? opts.maxPrice,
    queueTimeoutMs: job.queueTimeoutMs ?? opts.queueTimeoutMs,
    bidWindowMs: job.bidWindowMs ?? opts.bidWindowMs,
    totalTimeoutMs: job.totalTimeoutMs ?? opts.totalTimeoutMs,
    verify: job.verify != null ? parseVerificationPolicy(job.verify) : opts.verify
  })))
}

function checkPolicy (text: string, where: string): void {
  try {
    parseVerificationPolicy(text)
  } catch (err) {
    throw new CliError(EXIT.usage, `${where}: "verify": ${(err as Error).message}`, { cause: err })
  }
}
