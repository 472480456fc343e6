/**
 * Instruments a module so the host can tell that the program asked for more memory than its limit.
 *
 * Every `memory.grow` instruction is replaced by `call $grow_probe`, a function appended to the
 * module which performs the same `memory.grow` and, when it fails (returns -1), stores the number of
 * pages asked for in a mutable i32 global exported as {@link GROW_PROBE_EXPORT}. Semantics are
 * unchanged: the program still sees -1 and may cope with it. Appending a function, a global, a type
 * and an export shifts no existing index, so nothing else in the module needs rewriting.
 *
 * The instruction decoder follows the WebAssembly Core Specification 2.0, section 5.4
 * "Instructions" (https://webassembly.github.io/spec/core/binary/instructions.html), plus the
 * immediates of the threads, tail-call, exception-handling, function-references and relaxed-SIMD
 * proposals. An opcode it does not know (e.g. the GC proposal's 0xFB prefix) makes it give up with
 * {@link UnsupportedWasmError}; the caller then runs the module uninstrumented.
 */
import { WasmReader, SectionId, SECTION_ORDER, concatBytes, encodeU32, encodeName } from './wasm-binary.ts'
import type { WasmSection } from './wasm-binary.ts'

/** Name of the exported global that holds the page count of the last refused `memory.grow` (0: none refused). */
export const GROW_PROBE_EXPORT = '__ailee_grow_refused'

/** The module uses an encoding this instrumenter does not decode; not a sign that the module is invalid. */
export class UnsupportedWasmError extends Error {
  static readonly NAME = 'UnsupportedWasmError'
  override name = UnsupportedWasmError.NAME
}

const I32 = 0x7f

/** Skips a memarg: alignment (bit 6 set: a memory index follows) then offset (u64 under memory64). */
function skipMemarg (r: WasmReader): void {
  const align = r.u32()
  if ((align & 0x40) !== 0) r.u32()
  r.skipSigned(64)
}

/** Skips the immediates of a 0xFC-prefixed instruction (saturating truncation, bulk memory, tables). */
function skipFC (r: WasmReader): void {
  const sub = r.u32()
  if (sub <= 7) return
  if (sub === 8 || sub === 10 || sub === 12 || sub === 14) { r.u32(); r.u32(); return }
  if (sub === 9 || sub === 11 || sub === 13 || (sub >= 15 && sub <= 17)) { r.u32(); return }
  throw new UnsupportedWasmError(`unknown instruction 0xfc ${sub}`)
}

/** Skips the immediates of a 0xFD-prefixed (SIMD and relaxed SIMD) instruction. */
function skipFD (r: WasmReader): void {
  const sub = r.u32()
  if (sub <= 11 || sub === 92 || sub === 93) { skipMemarg(r); return }
  if (sub === 12 || sub === 13) { r.skip(16); return }
  if (sub >= 21 && sub <= 34) { r.skip(1); return }
  if (sub >= 84 && sub <= 91) { skipMemarg(r); r.skip(1); return }
  if (sub <= 0xff || (sub >= 0x100 && sub <= 0x113)) return
  throw new UnsupportedWasmError(`unknown instruction 0xfd ${sub}`)
}

/** Skips the immediates of a 0xFE-prefixed (threads, atomics) instruction. */
function skipFE (r: WasmReader): void {
  const sub = r.u32()
  if (sub === 0x03) { r.skip(1); return }
  if (sub <= 0x02 || (sub >= 0x10 && sub <= 0x4e)) { skipMemarg(r); return }
  throw new UnsupportedWasmError(`unknown instruction 0xfe ${sub}`)
}

/** Skips the immediates of the instruction whose opcode byte `op` was just read. */
function skipImmediates (r: WasmReader, op: number): void {
  if ((op >= 0x45 && op <= 0xc4) || op <= 0x01 || op === 0x05 || op === 0x0a || op === 0x0b ||
      op === 0x0f || op === 0x19 || op === 0x1a || op === 0x1b || op === 0xd1 || op === 0xd3 || op === 0xd4) return
  if (op >= 0x28 && op <= 0x3e) { skipMemarg(r); return }
  switch (op) {
    case 0x02: case 0x03: case 0x04: case 0x06: case 0xd0: r.s33(); return
    case 0x07: case 0x08: case 0x09: case 0x0c: case 0x0d: case 0x10: case 0x12: case 0x14: case 0x15:
    case 0x18: case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25: case 0x26:
    case 0x3f: case 0x40: case 0xd2: case 0xd5: case 0xd6:
      r.u32(); return
    case 0x11: case 0x13: r.u32(); r.u32(); return
    case 0x0e: { const n = r.u32(); for (let i = 0; i <= n; i++) r.u32(); return }
    case 0x1c: { const n = r.u32(); for (let i = 0; i < n; i++) r.skipValType(); return }
    case 0x1f: {
      r.s33()
      const n = r.u32()
      for (let i = 0; i < n; i++) {
        const kind = r.u8()
        if (kind <= 1) r.u32()
        r.u32()
      }
      return
    }
    case 0x41: r.skipSigned(32); return
    case 0x42: r.skipSigned(64); return
    case 0x43: r.skip(4); return
    case 0x44: r.skip(8); return
    case 0xfc: skipFC(r); return
    case 0xfd: skipFD(r); return
    case 0xfe: skipFE(r); return
    default: throw new UnsupportedWasmError(`unknown opcode 0x${op.toString(16)}`)
  }
}

/** Rewrites one function body: each `memory.grow` becomes `call hookIndex`. Returns the body unchanged (same object) when it has none. */
function rewriteBody (body: Uint8Array, hookIndex: number): Uint8Array {
  const r = new WasmReader(body)
  const localGroups = r.u32()
  for (let i = 0; i < localGroups; i++) { r.u32(); r.skipValType() }
  const call = concatBytes([[0x10], encodeU32(hookIndex)])
  const parts: Uint8Array[] = []
  let copied = 0
  while (!r.done) {
    const at = r.pos
    const op = r.u8()
    skipImmediates(r, op)
    if (op === 0x40) {
      parts.push(body.subarray(copied, at), call)
      copied = r.pos
    }
  }
  if (parts.length === 0) return body
  parts.push(body.subarray(copied))
  return concatBytes(parts)
}

/** Appends `item` to a vector payload (count, then items). Returns the new payload and the index the item got. */
function appendToVec (payload: Uint8Array | undefined, item: Uint8Array): { payload: Uint8Array, index: number } {
  if (payload === undefined) return { payload: concatBytes([encodeU32(1), item]), index: 0 }
  const r = new WasmReader(payload)
  const count = r.u32()
  return { payload: concatBytes([encodeU32(count + 1), payload.subarray(r.pos), item]), index: count }
}

/** Finds the (i32) -> (i32) function type, or appends it. */
function growType (typePayload: Uint8Array | undefined): { payload: Uint8Array | undefined, index: number } {
  if (typePayload !== undefined) {
    const r = new WasmReader(typePayload)
    const count = r.u32()
    for (let i = 0; i < count; i++) {
      if (r.u8() !== 0x60) throw new UnsupportedWasmError('type section holds non-function types (GC proposal)')
      const start = r.pos
      const params = r.u32()
      for (let p = 0; p < params; p++) r.skipValType()
      const results = r.u32()
      for (let p = 0; p < results; p++) r.skipValType()
      const sig = typePayload.subarray(start, r.pos)
      if (sig.length === 4 && sig[0] === 1 && sig[1] === I32 && sig[2] === 1 && sig[3] === I32) return { payload: typePayload, index: i }
    }
  }
  return appendToVec(typePayload, Uint8Array.of(0x60, 1, I32, 1, I32))
}

/**
 * Adds the grow probe to a module given as sections (see the file comment).
 *
 * @param sections the module's sections, in order
 * @param importedFunctions number of imported functions (they come first in the function index space)
 * @param importedGlobals number of imported globals
 * @returns the new sections
 * @throws {UnsupportedWasmError} an encoding this decoder does not know; the module itself may be fine
 * @throws {WasmDecodeError} truncated or malformed code
 */
export function instrumentMemoryGrow (sections: readonly WasmSection[], importedFunctions: number, importedGlobals: number): WasmSection[] {
  const byId = new Map<number, Uint8Array>()
  for (const s of sections) if (s.id !== SectionId.custom) byId.set(s.id, s.payload)

  const type = growType(byId.get(SectionId.type))
  const funcs = appendToVec(byId.get(SectionId.function), encodeU32(type.index))
  const hookIndex = importedFunctions + funcs.index
  const global = appendToVec(byId.get(SectionId.global), Uint8Array.of(I32, 0x01, 0x41, 0x00, 0x0b))
  const globalIndex = importedGlobals + global.index
  const g = encodeU32(globalIndex)
  // (func (param i32) (result i32) (local i32)
  //   (local.tee 1 (memory.grow (local.get 0)))
  //   (if (i32.eq (local.get 1) (i32.const -1)) (then (global.set $probe (local.get 0)))))
  const hookBody = concatBytes([
    [0x01, 0x01, I32],
    [0x20, 0x00, 0x40, 0x00, 0x22, 0x01, 0x41, 0x7f, 0x46, 0x04, 0x40, 0x20, 0x00, 0x24], g, [0x0b, 0x20, 0x01, 0x0b]
  ])

  const code = byId.get(SectionId.code)
  if (code === undefined) throw new UnsupportedWasmError('module has no code section')
  const r = new WasmReader(code)
  const count = r.u32()
  const bodies: Uint8Array[] = []
  for (let i = 0; i < count; i++) {
    const body = rewriteBody(r.take(r.u32()), hookIndex)
    bodies.push(encodeU32(body.length), body)
  }
  if (!r.done) throw new UnsupportedWasmError('trailing bytes after the code section')
  const newCode = concatBytes([encodeU32(count + 1), ...bodies, encodeU32(hookBody.length), hookBody])
  const exports = appendToVec(byId.get(SectionId.export), concatBytes([encodeName(GROW_PROBE_EXPORT), [0x03], g]))

  const replaced = new Map<number, Uint8Array>([
    [SectionId.type, type.payload ?? new Uint8Array()],
    [SectionId.function, funcs.payload],
    [SectionId.global, global.payload],
    [SectionId.export, exports.payload],
    [SectionId.code, newCode]
  ])
  return placeSections(sections, replaced)
}

/** Replaces payloads by id, inserting sections the module lacked at the place the spec's order gives them. */
function placeSections (sections: readonly WasmSection[], replaced: Map<number, Uint8Array>): WasmSection[] {
  const rank = (id: number): number => SECTION_ORDER.indexOf(id)
  const pending = [...replaced].sort((a, b) => rank(a[0]) - rank(b[0]))
  const out: WasmSection[] = []
  const flushBefore = (limit: number): void => {
    while (pending.length > 0 && rank(pending[0][0]) < limit) {
      const [id, payload] = pending.shift() as [number, Uint8Array]
      out.push({ id, payload })
    }
  }
  for (const s of sections) {
    if (s.id === SectionId.custom) { out.push(s); continue }
    flushBefore(rank(s.id))
    const i = pending.findIndex(([id]) => id === s.id)
    if (i >= 0) {
      out.push({ id: s.id, payload: pending[i][1] })
      pending.splice(i, 1)
    } else {
      out.push(s)
    }
  }
  flushBefore(SECTION_ORDER.length)
  return out
}
