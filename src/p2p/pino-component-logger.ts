/**
 * libp2p's `ComponentLogger` on top of a pino logger, so libp2p, its services
 * (gossipsub, kad-dht, identify, ...), Helia, bitswap and our own p2p code log
 * into the node's JSON lines with the node's level and fields instead of
 * through `debug`/`weald` and `DEBUG=`.
 *
 * `forComponent(name)` gives a libp2p `Logger`: calling it logs at pino's
 * `debug`, `.error(...)` at `error`, `.trace(...)` at `trace`; every line has
 * `component: name` (as if written through `pino.child({ component: name })`).
 * Arguments are printf-style like `@libp2p/logger`'s (see {@link formatLogArgs}).
 *
 * Lives in the p2p layer (the node layer re-exports it) because the host
 * builds libp2p with it and p2p must not depend on `src/node/`.
 */
import { inspect } from 'node:util'
import { base32 } from 'multiformats/bases/base32'
import { base58btc } from 'multiformats/bases/base58'
import { base64 } from 'multiformats/bases/base64'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import type { Logger as PinoLogger } from 'pino'

/** The pino levels a libp2p logger writes at. */
type BridgeLevel = 'debug' | 'info' | 'warn' | 'error' | 'trace'

/** Options of {@link pinoComponentLogger}. */
export interface PinoComponentLoggerOptions {
  /**
   * The pino level of `log.error(...)`. libp2p also uses `.error` for routine
   * network events (a peer resetting a connection, "closed after reading 0/1
   * bytes", a DHT query with no peers), so a node that finds these too loud at
   * `error` can move them to `warn` or `debug`, for every component or (a
   * function of the component name) for some. @default 'error'
   */
  errorLevel?: BridgeErrorLevel | ((component: string) => BridgeErrorLevel)
  /**
   * The pino level of each component (a pino level name, e.g. from the
   * node's per-component `logLevel`): its lines are written through a child
   * of `pino` at that level. @default every component at `pino`'s level
   */
  levelOf?: (component: string) => string
}

/** A pino level that `.error` calls may be written at. */
export type BridgeErrorLevel = 'debug' | 'info' | 'warn' | 'error'

/** A log call turned into what pino gets: merge fields and the message. */
export interface FormattedLogCall {
  /**
   * Merge fields of the line: a leading plain object's fields (see
   * {@link formatLogArgs}), plus `err` set to the first `Error` argument when
   * the caller gave no `err` field (pino's `err` serializer then writes its
   * `type`, `message` and `stack`).
   */
  fields: Record<string, unknown>
  /** The message with every `%x` placeholder replaced. */
  msg: string
}

/**
 * Formats one libp2p log call the way `@libp2p/logger` (weald) does.
 *
 * Placeholders, each taking the next argument:
 * - `%p` peer id, `%a` multiaddr, `%c` CID, `%k` datastore key: `String(v)`
 * - `%b` bytes as base58btc, `%t` bytes as base32, `%m` bytes as base64, `%h` bytes as hex
 * - `%e` an error: its stack (or message and stack, when the stack does not
 *   repeat the message); an `AggregateError` lists its errors, indented
 * - `%s` string, `%d`/`%i` integer, `%f` number, `%j` JSON,
 *   `%o` one-line inspect, `%O` multi-line inspect
 * - `%%` a literal `%`
 *
 * A `null`/`undefined` argument for a libp2p placeholder prints `undefined`.
 * Unknown placeholders, and placeholders past the last argument, are left as
 * they are. Arguments left over are appended, separated by spaces (strings as
 * they are, anything else through `util.inspect`), as `util.format` does. A
 * `formatter` that is not a string is inspected as by `%O`.
 *
 * Extension for our own code: when `formatter` is a plain object and the next
 * argument is a string, the object's fields become merge fields of the pino
 * line (pino's `log(obj, msg, ...args)`), e.g.
 * `log.error({ err, peer }, 'handler failed for %p', peerId)`.
 *
 * Never throws: a formatter that throws (an odd object) prints as
 * `[unformattable: <reason>]`.
 */
export function formatLogArgs (formatter: unknown, args: unknown[]): FormattedLogCall {
  let fields: Record<string, unknown> = {}
  let rest = args
  let format: string
  if (isPlainObject(formatter) && typeof rest[0] === 'string') {
    fields = { ...formatter }
    format = rest[0]
    rest = rest.slice(1)
  } else if (typeof formatter === 'string') {
    format = formatter
  } else {
    format = '%O'
    rest = [formatter, ...rest]
  }

  let index = 0
  let msg = format.replace(/%([a-zA-Z%])/g, (match: string, letter: string) => {
    if (letter === '%') return '%'
    const formatFn = FORMATTERS[letter]
    if (formatFn == null || index >= rest.length) return match
    const value = rest[index++]
    try {
      return formatFn(value)
    } catch (err) {
      return `[unformattable: ${(err as Error)?.message ?? String(err)}]`
    }
  })
  for (const extra of rest.slice(index)) {
    msg += ' ' + (typeof extra === 'string' ? extra : safeInspect(extra))
  }

  if (fields.err == null) {
    const err = [formatter, ...args].find(isError)
    if (err != null) fields.err = err
  }
  return { fields, msg }
}

/**
 * A libp2p `ComponentLogger` writing to `pino`.
 *
 * - `forComponent(name)` returns a `Logger`: `log(fmt, ...args)` writes at
 *   `debug`, `log.error(...)` at `error` (or `options.errorLevel`),
 *   `log.trace(...)` at `trace`, each
 *   line with `component: name` and the fields of {@link formatLogArgs}.
 * - `log.enabled` (and `log.error.enabled`, `log.trace.enabled`) is read from
 *   pino's current level on every access, so a level change on `pino` is seen
 *   at once, and libp2p skips building messages while the level is off. Calls
 *   below the level return without formatting anything.
 * - `log.newScope(scope)` is the logger of component `name:scope`.
 *
 * The returned loggers never throw.
 *
 * @param pino the logger to write to; its bindings (e.g. `peerId`, `role`) are on every line
 * @param options level of `.error` calls, level of each component
 */
export function pinoComponentLogger (pino: PinoLogger, options: PinoComponentLoggerOptions = {}): ComponentLogger {
  const errorLevel = options.errorLevel ?? 'error'
  return {
    forComponent (name: string): Logger {
      return componentLogger(pino, name, typeof errorLevel === 'function' ? errorLevel(name) : errorLevel, options.levelOf)
    }
  }
}

function componentLogger (pino: PinoLogger, name: string, errorLevel: BridgeLevel, levelOf: ((component: string) => string) | undefined): Logger {
  let target = pino
  if (levelOf != null) {
    target = pino.child({})
    target.level = levelOf(name)
  }
  const log = leveled(target, name, 'debug') as unknown as Logger & { error: Logger['error'], trace: Logger['trace'] }
  log.error = leveled(target, name, errorLevel)
  log.trace = leveled(target, name, 'trace')
  log.newScope = (scope: string): Logger => componentLogger(pino, `${name}:${scope}`, errorLevel, levelOf)
  return log
}

type LevelFn = ((formatter: any, ...args: any[]) => void) & { enabled: boolean }

function leveled (pino: PinoLogger, component: string, level: BridgeLevel): LevelFn {
  const fn = (formatter: any, ...args: any[]): void => {
    if (!pino.isLevelEnabled(level)) return
    try {
      const { fields, msg } = formatLogArgs(formatter, args)
      pino[level]({ component, ...fields }, msg)
    } catch {
      // logging must never break the caller
    }
  }
  Object.defineProperty(fn, 'enabled', {
    get: () => pino.isLevelEnabled(level),
    enumerable: true
  })
  return fn as LevelFn
}

const FORMATTERS: Record<string, (v: any) => string> = {
  p: orUndefined(v => String(v)),
  a: orUndefined(v => String(v)),
  c: orUndefined(v => String(v)),
  k: orUndefined(v => String(v)),
  b: orUndefined((v: Uint8Array) => base58btc.baseEncode(v)),
  t: orUndefined((v: Uint8Array) => base32.baseEncode(v)),
  m: orUndefined((v: Uint8Array) => base64.baseEncode(v)),
  h: orUndefined((v: Uint8Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')),
  e: orUndefined((v: unknown) => isError(v) ? printError(v) : String(v)),
  s: v => typeof v === 'string' ? v : typeof v === 'object' && v !== null ? safeInspect(v, { depth: 1 }) : String(v),
  d: v => typeof v === 'bigint' ? `${v}n` : String(Math.trunc(Number(v))),
  i: v => typeof v === 'bigint' ? `${v}n` : String(Math.trunc(Number(v))),
  f: v => String(Number(v)),
  j: v => {
    try { return JSON.stringify(v) } catch { return '[Circular]' }
  },
  o: v => safeInspect(v, { breakLength: Infinity }).split('\n').map(line => line.trim()).join(' '),
  O: v => safeInspect(v)
}

function orUndefined<T> (fn: (v: T) => string): (v: T | null | undefined) => string {
  return v => v == null ? 'undefined' : fn(v)
}

function safeInspect (v: unknown, options: Parameters<typeof inspect>[1] = {}): string {
  try {
    return inspect(v, options)
  } catch (err) {
    return `[uninspectable: ${(err as Error)?.message ?? String(err)}]`
  }
}

function isPlainObject (v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

function isError (v: unknown): v is Error {
  return v instanceof Error || (typeof v === 'object' && v !== null && typeof (v as Error).message === 'string' && typeof (v as Error).stack === 'string')
}

function isAggregateError (err: unknown): err is AggregateError {
  return err instanceof AggregateError || ((err as any)?.name === 'AggregateError' && Array.isArray((err as any).errors))
}

/** As `@libp2p/logger`'s `%e`: stack (with the message when the stack lacks it), nested for AggregateError. */
function printError (err: Error, indent = ''): string {
  if (!isAggregateError(err)) return formatError(err, indent)
  let output = formatError(err, indent)
  const inner = `${indent}    `
  output += err.errors.length > 0
    ? `\n${inner}${err.errors.map((e: Error) => printError(e, inner)).join(`\n${inner}`)}`
    : `\n${inner}[Error list was empty]`
  return output.trim()
}

function formatError (err: Error, indent: string): string {
  const message = notEmpty(err.message)
  const stack = notEmpty(err.stack)
  if (stack != null) {
    const indented = stack.split('\n').join(`\n${indent}`)
    return message != null && !stack.includes(message) ? `${message}\n${indent}${indented}` : indented
  }
  return message ?? String(err)
}

function notEmpty (s: string | undefined): string | undefined {
  const trimmed = s?.trim()
  return trimmed == null || trimmed.length === 0 ? undefined : trimmed
}
