/**
 * Options of `submit` and their translation into the client library's
 * `TaskInput` (reading `--wasm` and `--stdin`).
 */
import { readFile } from 'node:fs/promises'
import type { TaskInput } from '../../../client/index.ts'
import type { VerificationPolicy } from '../../../protocol/verification-policy.ts'
import type { ClientCliOptions } from '../../util/client-options.ts'
import { CliError, EXIT } from '../../util/exit.ts'

/** `submit` options as commander parses them. */
export interface SubmitCliOptions extends ClientCliOptions {
  /** required unless `jobs` names every job's module */
  wasm?: string
  stdin?: string
  arg?: string[]
  env?: Record<string, string>
  timeoutMs?: number
  memoryMb?: number
  maxPrice?: number
  queueTimeoutMs?: number
  bidWindowMs?: number
  totalTimeoutMs?: number
  out?: string
  detach?: boolean
  verify?: VerificationPolicy
  /** JSON-lines file of tasks (./jobs.ts) */
  jobs?: string
  /** submit each job this many times */
  repeat?: number
  /** tasks in flight at most (many-task mode) */
  concurrency?: number
}

/** True when the options ask for more than one task (`--jobs`, or `--repeat` over 1): the many-task mode of ./batch.ts. */
export function isBatch (opts: SubmitCliOptions): boolean {
  return opts.jobs != null || (opts.repeat ?? 1) > 1
}

/**
 * Reads the files the options name and builds the task input.
 *
 * @throws {CliError} status 2 when a file cannot be read, or there is no `--wasm`
 */
export async function toTaskInput (opts: SubmitCliOptions): Promise<TaskInput> {
  if (opts.wasm == null) throw new CliError(EXIT.usage, 'submit needs --wasm FILE or --jobs FILE')
  return {
    wasm: await readInput(opts.wasm, '--wasm'),
    stdin: opts.stdin != null ? await readInput(opts.stdin, '--stdin') : undefined,
    args: opts.arg ?? [],
    env: opts.env ?? {},
    timeoutMs: opts.timeoutMs,
    memoryMb: opts.memoryMb,
    maxPrice: opts.maxPrice,
    queueTimeoutMs: opts.queueTimeoutMs,
    bidWindowMs: opts.bidWindowMs,
    totalTimeoutMs: opts.totalTimeoutMs,
    verify: opts.verify
  }
}

async function readInput (path: string, option: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (err) {
    throw new CliError(EXIT.usage, `cannot read ${option} ${path}: ${(err as Error).message}`, { cause: err })
  }
}
