/**
 * Errors of the WASI sandbox. Callers match on `name` (stable), not on the message.
 *
 * Program faults (traps, timeouts, limits) are not errors: `runInSandbox` reports them as an
 * outcome. These classes are for modules refused before they run, bad task parameters and faults
 * of the host itself.
 */

/**
 * The bytes are not a module the sandbox can run: not WebAssembly, malformed, no `_start` export,
 * no exported memory, or imports outside `wasi_snapshot_preview1`.
 */
export class InvalidModuleError extends Error {
  static readonly NAME: string = 'InvalidModuleError'
  override name = InvalidModuleError.NAME
}

/** The module declares a minimum memory larger than the task's limit (a kind of {@link InvalidModuleError}). */
export class MemoryLimitError extends InvalidModuleError {
  static override readonly NAME: string = 'MemoryLimitError'
  override name = MemoryLimitError.NAME
  /** Minimum memory the module declares, 64 KiB pages. */
  readonly declaredPages: number
  /** The task's limit, 64 KiB pages. */
  readonly limitPages: number

  constructor (declaredPages: number, limitPages: number) {
    super(`module declares a minimum memory of ${declaredPages} pages, over the limit of ${limitPages} pages`)
    this.declaredPages = declaredPages
    this.limitPages = limitPages
  }
}

/** A `SandboxTask` field is out of range (a caller bug, not a program fault). */
export class InvalidSandboxTaskError extends Error {
  static readonly NAME = 'InvalidSandboxTaskError'
  override name = InvalidSandboxTaskError.NAME
}

/** The sandbox itself failed (the thread crashed or could not start); the program's fault is never reported this way. */
export class SandboxHostError extends Error {
  static readonly NAME = 'SandboxHostError'
  override name = SandboxHostError.NAME
}
