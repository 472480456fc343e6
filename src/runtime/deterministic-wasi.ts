/**
 * The `wasi_snapshot_preview1` import table a task runs against.
 *
 * `node:wasi` supplies args, environment and `proc_exit` (its `returnOnExit` turns an exit into the
 * return value of `start`). Everything else is replaced here, so the program reaches nothing of the
 * host: stdin is served from bytes, stdout/stderr go to bounded in-memory sinks, there are no
 * preopened directories (no file system), sockets and signals are refused, and randomness and
 * clocks come from the task (deterministic-sources.ts). Functions node:wasi may add later default
 * to ENOSYS, never to the host.
 *
 * Memory layouts (iovec, fdstat, filestat, subscription, event) are those of
 * WebAssembly/WASI legacy/preview1/witx/typenames.witx on wasm32.
 */
import { DeterministicRandom, VirtualClock, VIRTUAL_CLOCK_STEP_NS } from './deterministic-sources.ts'
import { ClockId, Errno, EventType, FileType, Rights, SUBSCRIPTION_CLOCK_ABSTIME } from './wasi-abi.ts'

/** Thrown out of `fd_write` to stop the program when stdout or stderr passes its cap. */
export class OutputLimitExceededError extends Error {
  static readonly NAME = 'OutputLimitExceededError'
  override name = OutputLimitExceededError.NAME
  /** 1 (stdout) or 2 (stderr). */
  readonly fd: number

  constructor (fd: number, maxOutputBytes: number) {
    super(`${fd === 1 ? 'stdout' : 'stderr'} exceeded the limit of ${maxOutputBytes} bytes`)
    this.fd = fd
  }
}

/** Options of {@link deterministicWasiImports}. */
export interface DeterministicWasiOptions {
  /** Bytes served on fd 0; reads past the end return 0 bytes (end of file). */
  stdin: Uint8Array
  /** Task seed (32 bytes) for `random_get`. */
  seed: Uint8Array
  /** Cap of stdout and, separately, of stderr, bytes. The bytes up to the cap are kept. */
  maxOutputBytes: number
  /** Receives every accepted chunk written to fd 1 (stdout) or fd 2 (stderr); the chunk is only valid during the call. */
  onOutput: (fd: 1 | 2, chunk: Uint8Array) => void
  /** The instance's memory; called on every access, as the buffer changes when memory grows. */
  memory: () => WebAssembly.Memory
  /** Called at the start of every WASI call (used to sample memory usage). */
  onCall?: () => void
}

type WasiFunction = (...args: any[]) => number | bigint | undefined

/** Most iovecs in one fd_read/fd_write and most subscriptions in one poll_oneoff (POSIX IOV_MAX); more is EINVAL. */
export const MAX_VECTOR = 1024

const KEEP_FROM_NODE = new Set(['args_get', 'args_sizes_get', 'environ_get', 'environ_sizes_get', 'proc_exit'])
const SEEKLIKE = new Set(['fd_seek', 'fd_tell', 'fd_pread', 'fd_pwrite', 'fd_advise', 'fd_allocate', 'fd_readdir'])

/**
 * Builds the import table: `node:wasi`'s own functions for args, environment and exit, and the
 * sandbox's for everything else (see the file comment).
 *
 * @param nodeImports `wasi.getImportObject().wasi_snapshot_preview1` of a `node:wasi` WASI
 *        created with no preopens and `returnOnExit: true`
 */
export function deterministicWasiImports (nodeImports: Record<string, unknown>, opts: DeterministicWasiOptions): Record<string, WasiFunction> {
  const random = new DeterministicRandom(opts.seed)
  const clock = new VirtualClock()
  const open = new Set([0, 1, 2])
  const written = { 1: 0, 2: 0 }
  let stdinPos = 0
  const view = (): DataView => new DataView(opts.memory().buffer)
  const bytes = (ptr: number, len: number): Uint8Array => new Uint8Array(opts.memory().buffer, ptr, len)

  /** Reads an iovec array: (buf u32, len u32) pairs. */
  const iovecs = (ptr: number, count: number): Array<[number, number]> => {
    const dv = view()
    const out: Array<[number, number]> = []
    for (let i = 0; i < count; i++) out.push([dv.getUint32(ptr + i * 8, true), dv.getUint32(ptr + i * 8 + 4, true)])
    return out
  }

  const own: Record<string, WasiFunction> = {
    fd_write (fd: number, iovs: number, iovsLen: number, nwrittenPtr: number) {
      if ((fd !== 1 && fd !== 2) || !open.has(fd)) return Errno.badf
      if (iovsLen > MAX_VECTOR) return Errno.inval
      let total = 0
      for (const [buf, len] of iovecs(iovs, iovsLen)) {
        const room = opts.maxOutputBytes - written[fd]
        const take = Math.min(len, room)
        if (take > 0) {
          opts.onOutput(fd, bytes(buf, take))
          written[fd] += take
          total += take
        }
        if (take < len) throw new OutputLimitExceededError(fd, opts.maxOutputBytes)
      }
      view().setUint32(nwrittenPtr, total, true)
      return Errno.success
    },

    fd_read (fd: number, iovs: number, iovsLen: number, nreadPtr: number) {
      if (fd !== 0 || !open.has(0)) return Errno.badf
      if (iovsLen > MAX_VECTOR) return Errno.inval
      let total = 0
      for (const [buf, len] of iovecs(iovs, iovsLen)) {
        const chunk = opts.stdin.subarray(stdinPos, stdinPos + len)
        bytes(buf, chunk.length).set(chunk)
        stdinPos += chunk.length
        total += chunk.length
        if (chunk.length < len) break
      }
      view().setUint32(nreadPtr, total, true)
      return Errno.success
    },

    fd_fdstat_get (fd: number, ptr: number) {
      if (!open.has(fd)) return Errno.badf
      const dv = view()
      bytes(ptr, 24).fill(0)
      dv.setUint8(ptr, FileType.unknown)
      dv.setBigUint64(ptr + 8, (fd === 0 ? Rights.fdRead : Rights.fdWrite) | Rights.pollFdReadwrite, true)
      return Errno.success
    },

    fd_filestat_get (fd: number, ptr: number) {
      if (!open.has(fd)) return Errno.badf
      bytes(ptr, 64).fill(0)
      view().setUint8(ptr + 16, FileType.unknown)
      return Errno.success
    },

    fd_fdstat_set_flags (fd: number) {
      return open.has(fd) ? Errno.success : Errno.badf
    },

    fd_close (fd: number) {
      return open.delete(fd) ? Errno.success : Errno.badf
    },

    fd_prestat_get () {
      return Errno.badf
    },

    random_get (ptr: number, len: number) {
      random.fill(bytes(ptr, len))
      return Errno.success
    },

    clock_time_get (id: number, _precision: bigint, ptr: number) {
      if (id < ClockId.realtime || id > ClockId.threadCputime) return Errno.inval
      view().setBigUint64(ptr, clock.read(id), true)
      return Errno.success
    },

    clock_res_get (id: number, ptr: number) {
      if (id < ClockId.realtime || id > ClockId.threadCputime) return Errno.inval
      view().setBigUint64(ptr, VIRTUAL_CLOCK_STEP_NS, true)
      return Errno.success
    },

    poll_oneoff (inPtr: number, outPtr: number, nsubscriptions: number, neventsPtr: number) {
      if (nsubscriptions === 0 || nsubscriptions > MAX_VECTOR) return Errno.inval
      const dv = view()
      const events: Array<{ userdata: bigint, type: number, error: number, nbytes: bigint }> = []
      const clocks: Array<{ userdata: bigint, wait: bigint }> = []
      for (let i = 0; i < nsubscriptions; i++) {
        const sub = inPtr + i * 48
        const userdata = dv.getBigUint64(sub, true)
        const type = dv.getUint8(sub + 8)
        if (type === EventType.clock) {
          const id = dv.getUint32(sub + 16, true)
          const timeout = dv.getBigUint64(sub + 24, true)
          const absolute = (dv.getUint16(sub + 40, true) & SUBSCRIPTION_CLOCK_ABSTIME) !== 0
          if (id > ClockId.threadCputime) { events.push({ userdata, type, error: Errno.inval, nbytes: 0n }); continue }
          clocks.push({ userdata, wait: absolute ? timeout - clock.peek(id) : timeout })
        } else if (type === EventType.fdRead || type === EventType.fdWrite) {
          const fd = dv.getUint32(sub + 16, true)
          const ok = open.has(fd) && (type === EventType.fdRead ? fd === 0 : fd !== 0)
          const nbytes = fd === 0 ? BigInt(opts.stdin.length - stdinPos) : BigInt(opts.maxOutputBytes)
          events.push({ userdata, type, error: ok ? Errno.success : Errno.badf, nbytes: ok ? nbytes : 0n })
        } else {
          return Errno.inval
        }
      }
      if (events.length === 0) {
        // Nothing ready but timers: sleep (virtually) until the earliest fires.
        const wait = clocks.reduce((min, c) => c.wait < min ? c.wait : min, clocks[0].wait)
        clock.advance(wait)
        for (const c of clocks) if (c.wait <= wait) events.push({ userdata: c.userdata, type: EventType.clock, error: 0, nbytes: 0n })
      }
      bytes(outPtr, events.length * 32).fill(0)
      events.forEach((e, i) => {
        const ev = outPtr + i * 32
        dv.setBigUint64(ev, e.userdata, true)
        dv.setUint16(ev + 8, e.error, true)
        dv.setUint8(ev + 10, e.type)
        dv.setBigUint64(ev + 16, e.nbytes, true)
      })
      dv.setUint32(neventsPtr, events.length, true)
      return Errno.success
    },

    sched_yield () {
      return Errno.success
    },

    proc_raise () {
      return Errno.nosys
    }
  }

  const table: Record<string, WasiFunction> = {}
  for (const [name, fn] of Object.entries(nodeImports)) {
    if (KEEP_FROM_NODE.has(name) && typeof fn === 'function') table[name] = fn as WasiFunction
    else table[name] = own[name] ?? refuse(name, open)
  }
  for (const [name, fn] of Object.entries(own)) table[name] ??= fn
  return guard(table, opts.onCall)
}

/** The answer for a function the sandbox does not provide: no file system, sockets or renumbering. */
function refuse (name: string, open: Set<number>): WasiFunction {
  if (name.startsWith('path_')) return () => Errno.badf // no preopened directory exists
  if (name.startsWith('fd_') || name.startsWith('sock_')) {
    return (fd: number) => !open.has(fd) ? Errno.badf : SEEKLIKE.has(name) ? Errno.spipe : Errno.notsup
  }
  return () => Errno.nosys
}

/**
 * Wraps each function: calls `onCall` first, and turns an out-of-bounds pointer (a RangeError from
 * DataView or a typed array) into EFAULT instead of a host exception. Other throws pass through:
 * `proc_exit`'s unwinding, {@link OutputLimitExceededError} and stack overflow (also a RangeError).
 */
function guard (table: Record<string, WasiFunction>, onCall?: () => void): Record<string, WasiFunction> {
  const out: Record<string, WasiFunction> = {}
  for (const [name, fn] of Object.entries(table)) {
    out[name] = (...args: any[]) => {
      onCall?.()
      try {
        return fn(...args)
      } catch (err) {
        if (err instanceof RangeError && !/call stack/i.test(err.message)) return Errno.fault
        throw err
      }
    }
  }
  return out
}
