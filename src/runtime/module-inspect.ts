/**
 * Validation of a task's module before it runs, and the patch that makes its memory limit real.
 *
 * wasi-libc programs define and export their own memory, usually with no maximum. The sandbox
 * rewrites that memory's limits so its maximum is the task's page limit: `memory.grow` past it then
 * fails inside the engine, malloc returns NULL, and the program traps or exits. The module is also
 * instrumented (grow-instrument.ts) so the host can tell that a grow was refused.
 *
 * Binary format: WebAssembly Core Specification 2.0, section 5.5 "Modules".
 */
import { InvalidModuleError, InvalidSandboxTaskError, MemoryLimitError } from './errors.ts'
import { GROW_PROBE_EXPORT, UnsupportedWasmError, instrumentMemoryGrow } from './grow-instrument.ts'
import { WASI_MODULE, WASI_PREVIEW1_FUNCTIONS } from './wasi-abi.ts'
import { SectionId, WASM_PREAMBLE, WasmDecodeError, WasmReader, concatBytes, encodeU32, readSections, writeSections } from './wasm-binary.ts'
import type { WasmSection } from './wasm-binary.ts'

/** Largest memory a 32-bit WebAssembly memory can have, 64 KiB pages (4 GiB). */
export const MAX_WASM32_PAGES = 65536

/**
 * Most elements a table may start with or grow to. Table elements live on the
 * sandbox thread's heap (8 bytes a funcref), outside the task's memory limit: a
 * 59-byte module declaring ten million of them exhausted that heap and aborted
 * the worker process. A wasi-libc program has one table of its indirect-call
 * targets, a few thousand entries at most.
 */
export const MAX_TABLE_ELEMENTS = 100_000

/** Reference types a table may hold (spec 5.3.3): funcref, externref. */
const TABLE_REF_TYPES = new Set([0x70, 0x6f])

/** What {@link inspectModule} found, and the module to run. */
export interface ModuleInfo {
  /** The module to run: memory maximum set to `memoryLimitPages`, `memory.grow` instrumented when possible. */
  bytes: Uint8Array
  /** The `wasi_snapshot_preview1` functions it imports, in import order. */
  imports: string[]
  /** Names of all its exports (before instrumentation). */
  exports: string[]
  /** Memory limits as the module declared them, 64 KiB pages; `maxPages` null when unbounded. */
  declaredMemory: { minPages: number, maxPages: number | null }
  /** Maximum the patched memory can grow to, 64 KiB pages: the smaller of the task limit and the declared maximum. */
  memoryLimitPages: number
  /** Name of the exported i32 global holding the pages of a refused `memory.grow` (0: none), or null if not instrumented. */
  growProbe: string | null
}

interface Limits { flags: number, min: number, max: number | null }

const KIND_NAMES = ['function', 'table', 'memory', 'global', 'tag']

function readLimits (r: WasmReader): Limits {
  const flags = r.u8()
  if ((flags & 0x04) !== 0) throw new InvalidModuleError('64-bit memories (memory64) are not supported')
  if (flags > 0x03) throw new InvalidModuleError(`unknown limits flags 0x${flags.toString(16)}`)
  const min = r.u32()
  const max = (flags & 0x01) !== 0 ? r.u32() : null
  return { flags, min, max }
}

/**
 * Rewrites the table section so no table starts with or can grow past
 * {@link MAX_TABLE_ELEMENTS} elements (each table's maximum is set to the
 * smaller of its own and that bound).
 *
 * @throws {InvalidModuleError} for a table whose minimum is over the bound, an
 *   unknown reference type, or a table with an initializer expression
 */
function boundTables (payload: Uint8Array): Uint8Array {
  const r = new WasmReader(payload)
  const count = r.u32()
  const tables: Uint8Array[] = []
  for (let i = 0; i < count; i++) {
    const refType = r.u8()
    if (refType === 0x40) throw new InvalidModuleError('tables with initializer expressions are not supported')
    if (!TABLE_REF_TYPES.has(refType)) throw new InvalidModuleError(`table ${i} has unknown reference type 0x${refType.toString(16)}`)
    const limits = readLimits(r)
    if (limits.min > MAX_TABLE_ELEMENTS) throw new InvalidModuleError(`table ${i} declares ${limits.min} elements, over the maximum of ${MAX_TABLE_ELEMENTS}`)
    if (limits.max !== null && limits.max < limits.min) throw new InvalidModuleError(`table ${i} maximum is below its minimum`)
    const max = Math.min(limits.max ?? MAX_TABLE_ELEMENTS, MAX_TABLE_ELEMENTS)
    tables.push(concatBytes([[refType, 0x01], encodeU32(limits.min), encodeU32(max)]))
  }
  if (r.pos !== payload.length) throw new InvalidModuleError('table section has trailing bytes')
  return concatBytes([encodeU32(count), ...tables])
}

/**
 * The engine's own validation of the module to run: every function body, and
 * the engine's implementation limits (V8: at most 50,000 locals a function,
 * function size, nesting). Coordinator and worker run the same check, so a
 * module the worker's engine would refuse is refused at admission, before the
 * client is charged. Costs about 0.2-2 ms for a 30 KiB module.
 *
 * @throws {InvalidModuleError} saying why when the engine can tell, else that it fails validation
 */
function assertEngineAccepts (bytes: Uint8Array<ArrayBuffer>): void {
  if (WebAssembly.validate(bytes)) return
  let why = 'it fails the WebAssembly engine\'s validation (invalid code, or over an engine limit such as 50,000 locals in one function)'
  try {
    void new WebAssembly.Module(bytes)
  } catch (err) {
    why = `the WebAssembly engine refuses it: ${(err as Error).message}`
  }
  throw new InvalidModuleError(why)
}

/** Reads the import section; refuses anything but WASI preview1 functions. */
function readImports (payload: Uint8Array): string[] {
  const r = new WasmReader(payload)
  const count = r.u32()
  const wasi: string[] = []
  const foreign: string[] = []
  for (let i = 0; i < count; i++) {
    const module = r.name()
    const field = r.name()
    const kind = r.u8()
    if (kind === 0x00) r.u32()
    else if (kind === 0x01) { r.skipValType(); readLimits(r) }
    else if (kind === 0x02) readLimits(r)
    else if (kind === 0x03) { r.skipValType(); r.u8() }
    else if (kind === 0x04) { r.u8(); r.u32() }
    else throw new InvalidModuleError(`unknown import kind ${kind}`)
    if (kind === 0x00 && module === WASI_MODULE && WASI_PREVIEW1_FUNCTIONS.has(field)) wasi.push(field)
    else foreign.push(`${module}.${field} (${KIND_NAMES[kind]})`)
  }
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, and ${foreign.length - 5} more` : '')
    throw new InvalidModuleError(`module imports outside ${WASI_MODULE} (only its functions are provided): ${shown}`)
  }
  return wasi
}

function readExports (payload: Uint8Array): Map<string, { kind: number, index: number }> {
  const r = new WasmReader(payload)
  const count = r.u32()
  const exports = new Map<string, { kind: number, index: number }>()
  for (let i = 0; i < count; i++) {
    const name = r.name()
    exports.set(name, { kind: r.u8(), index: r.u32() })
  }
  return exports
}

/**
 * A module checked and instrumented, before any task's memory limit is applied: everything of
 * {@link inspectModule} that does not depend on the limit (and all of its cost: decoding,
 * instrumenting every `memory.grow`, the engine's validation). {@link limitModule} turns it into a
 * {@link ModuleInfo} for one limit in time linear in the module's size, with no decoding. Plain
 * data (Uint8Arrays, numbers, strings), so it crosses a `worker_threads` boundary by structured clone.
 */
export interface PreparedModule {
  /** The runnable module's bytes before its memory section (preamble included). */
  head: Uint8Array
  /** The runnable module's bytes after its memory section. */
  tail: Uint8Array
  /** The `wasi_snapshot_preview1` functions it imports, in import order. */
  imports: string[]
  /** Names of all its exports (before instrumentation). */
  exports: string[]
  /** Memory limits as the module declared them, 64 KiB pages; `maxPages` null when unbounded. */
  declaredMemory: { minPages: number, maxPages: number | null }
  /** Name of the exported grow-probe global, or null if not instrumented. */
  growProbe: string | null
}

/** Bytes a {@link PreparedModule} holds (its head and tail), for cache accounting. */
export function preparedBytes (prepared: PreparedModule): number {
  return prepared.head.byteLength + prepared.tail.byteLength
}

/**
 * Validates a task's module and prepares it to run under a memory limit.
 *
 * Checks, in order: WebAssembly magic and version 1; well-formed sections; imports only functions of
 * `wasi_snapshot_preview1`; exactly one memory, defined (not imported), not shared, 32-bit, exported
 * as `memory`; a `_start` function export and no `_initialize` (a reactor); tables within
 * {@link MAX_TABLE_ELEMENTS}; the engine's validation of the instrumented module; then the declared
 * minimum memory within the limit. Same as `limitModule(prepareModule(bytes), limits.maxMemoryPages)`.
 *
 * @param bytes the module as given by the client
 * @param limits.maxMemoryPages the task's memory limit, 64 KiB pages (1..65536)
 * @throws {MemoryLimitError} the declared minimum memory is over `maxMemoryPages`
 * @throws {InvalidModuleError} any other reason the module cannot run (the message says which)
 * @throws {InvalidSandboxTaskError} `maxMemoryPages` is not an integer in 1..65536
 */
export function inspectModule (bytes: Uint8Array, limits: { maxMemoryPages: number }): ModuleInfo {
  assertPages(limits.maxMemoryPages)
  return limitModule(prepareModule(bytes), limits.maxMemoryPages)
}

function assertPages (max: number): void {
  if (!Number.isInteger(max) || max < 1 || max > MAX_WASM32_PAGES) {
    throw new InvalidSandboxTaskError(`maxMemoryPages must be an integer in 1..${MAX_WASM32_PAGES}, got ${max}`)
  }
}

/**
 * The limit-independent part of {@link inspectModule}: every check but the memory limit, the
 * table bound, `memory.grow` instrumentation and the engine's validation. Costs time linear in
 * the module's size (about 1 s for 3.6 MiB of `memory.grow`s), hence cached by hash
 * (module-cache.ts).
 *
 * @throws {InvalidModuleError} the module cannot run whatever the limit (the message says which)
 */
export function prepareModule (bytes: Uint8Array): PreparedModule {
  try {
    return prepare(bytes)
  } catch (err) {
    if (err instanceof WasmDecodeError) throw new InvalidModuleError(`malformed module: ${err.message}`)
    throw err
  }
}

/**
 * Applies a task's memory limit to a prepared module: checks the declared minimum fits and sets
 * the memory's maximum to the smaller of the limit and the declared maximum.
 *
 * @param maxMemoryPages the task's memory limit, 64 KiB pages (1..65536)
 * @throws {MemoryLimitError} the declared minimum memory is over `maxMemoryPages`
 * @throws {InvalidSandboxTaskError} `maxMemoryPages` is not an integer in 1..65536
 */
export function limitModule (prepared: PreparedModule, maxMemoryPages: number): ModuleInfo {
  checkMemoryLimit(prepared.declaredMemory, maxMemoryPages)
  const { minPages, maxPages } = prepared.declaredMemory
  const memoryLimitPages = effectiveMemoryLimit(prepared.declaredMemory, maxMemoryPages)
  return {
    bytes: concatBytes([prepared.head, memorySection(minPages, memoryLimitPages), prepared.tail]),
    imports: prepared.imports,
    exports: prepared.exports,
    declaredMemory: { minPages, maxPages },
    memoryLimitPages,
    growProbe: prepared.growProbe
  }
}

/**
 * The memory maximum {@link limitModule} patches in, 64 KiB pages: the smaller of the task's limit
 * and the module's declared maximum. Two runs with the same module and the same result here run
 * the same bytes (the sandbox keys compiled modules by it).
 */
export function effectiveMemoryLimit (declaredMemory: PreparedModule['declaredMemory'], maxMemoryPages: number): number {
  return Math.min(maxMemoryPages, declaredMemory.maxPages ?? MAX_WASM32_PAGES)
}

/**
 * Checks that a module declaring `declaredMemory` can run under a limit of
 * `maxMemoryPages` (the check {@link limitModule} makes before patching).
 *
 * @throws {InvalidSandboxTaskError} `maxMemoryPages` is not an integer in 1..65536
 * @throws {MemoryLimitError} the declared minimum is over `maxMemoryPages`
 */
export function checkMemoryLimit (declaredMemory: PreparedModule['declaredMemory'], maxMemoryPages: number): void {
  assertPages(maxMemoryPages)
  if (declaredMemory.minPages > maxMemoryPages) throw new MemoryLimitError(declaredMemory.minPages, maxMemoryPages)
}

/** A memory section (id, size, payload) of one memory with limits `min`..`max` pages. */
function memorySection (min: number, max: number): Uint8Array {
  const payload = concatBytes([[0x01, 0x01], encodeU32(min), encodeU32(max)])
  return concatBytes([[SectionId.memory], encodeU32(payload.length), payload])
}

function prepare (bytes: Uint8Array): PreparedModule {
  const sections = readSections(bytes)
  const payloadOf = (id: number): Uint8Array | undefined => sections.find(s => s.id === id)?.payload
  const importsPayload = payloadOf(SectionId.import)
  const imports = importsPayload === undefined ? [] : readImports(importsPayload)
  const exportsPayload = payloadOf(SectionId.export)
  const exports = exportsPayload === undefined ? new Map() : readExports(exportsPayload)

  const memoryPayload = payloadOf(SectionId.memory)
  const memReader = memoryPayload === undefined ? undefined : new WasmReader(memoryPayload)
  const memCount = memReader?.u32() ?? 0
  if (memReader === undefined || memCount === 0) throw new InvalidModuleError('module defines no memory (WASI needs an exported `memory`)')
  if (memCount > 1) throw new InvalidModuleError(`module defines ${memCount} memories; only one is supported`)
  const memory = readLimits(memReader)
  if ((memory.flags & 0x02) !== 0) throw new InvalidModuleError('shared memory (threads) is not supported')

  const start = exports.get('_start')
  if (start === undefined) {
    const hint = exports.has('_initialize') ? ' (it is a WASI reactor/library; build a command with a main function)' : ''
    throw new InvalidModuleError(`module has no _start export${hint}`)
  }
  if (start.kind !== 0x00) throw new InvalidModuleError('the _start export is not a function')
  if (exports.has('_initialize')) throw new InvalidModuleError('module exports both _start and _initialize')
  const memExport = exports.get('memory')
  if (memExport === undefined || memExport.kind !== 0x02) throw new InvalidModuleError('module does not export its memory as `memory`')
  if (memory.max !== null && memory.max < memory.min) throw new InvalidModuleError('memory maximum is below its minimum')
  if (memory.min > MAX_WASM32_PAGES) throw new InvalidModuleError(`memory minimum of ${memory.min} pages is over the 32-bit maximum of ${MAX_WASM32_PAGES}`)

  // validated with the widest maximum the module allows; a task's limit only lowers it (limitModule)
  const validationMax = Math.min(memory.max ?? MAX_WASM32_PAGES, MAX_WASM32_PAGES)
  const patchedMemory: WasmSection = {
    id: SectionId.memory,
    payload: concatBytes([[0x01, 0x01], encodeU32(memory.min), encodeU32(validationMax)])
  }
  const tablePayload = payloadOf(SectionId.table)
  const patchedTables: WasmSection | undefined = tablePayload === undefined ? undefined : { id: SectionId.table, payload: boundTables(tablePayload) }
  let patched = sections.map(s => s.id === SectionId.memory ? patchedMemory : s.id === SectionId.table && patchedTables !== undefined ? patchedTables : s)
  let growProbe: string | null = null
  if (!exports.has(GROW_PROBE_EXPORT)) {
    try {
      patched = instrumentMemoryGrow(patched, imports.length, 0)
      growProbe = GROW_PROBE_EXPORT
    } catch (err) {
      if (!(err instanceof UnsupportedWasmError)) throw err
    }
  }

  const runnable = writeSections(patched) as Uint8Array<ArrayBuffer>
  assertEngineAccepts(runnable)
  const at = patched.findIndex(s => s.id === SectionId.memory)
  return {
    head: writeSections(patched.slice(0, at)),
    tail: writeSections(patched.slice(at + 1)).subarray(WASM_PREAMBLE.length),
    imports,
    exports: [...exports.keys()],
    declaredMemory: { minPages: memory.min, maxPages: memory.max },
    growProbe
  }
}
