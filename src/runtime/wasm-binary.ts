/**
 * Just enough of the WebAssembly binary format to read a module's sections and to write some back:
 * LEB128 integers, names, section framing.
 *
 * Source: WebAssembly Core Specification 2.0, chapter 5 "Binary Format"
 * (https://webassembly.github.io/spec/core/binary/), sections 5.2.2 (integers, LEB128),
 * 5.2.4 (names) and 5.5.2 (sections).
 */
import { concat } from 'uint8arrays/concat'

/** Thrown by {@link WasmReader} when the bytes end early or an integer is too long; callers turn it into their own error. */
export class WasmDecodeError extends Error {
  static readonly NAME = 'WasmDecodeError'
  override name = WasmDecodeError.NAME
}

/** The 8-byte preamble of a core module: `\0asm` and version 1. */
export const WASM_PREAMBLE = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00)

/** Section ids (spec 5.5.2). */
export const SectionId = {
  custom: 0,
  type: 1,
  import: 2,
  function: 3,
  table: 4,
  memory: 5,
  global: 6,
  export: 7,
  start: 8,
  element: 9,
  code: 10,
  data: 11,
  dataCount: 12,
  tag: 13
} as const

/**
 * The order non-custom sections must appear in (spec 5.5.16, plus the exception-handling
 * proposal's tag section between memory and global). Used to place a section we add.
 */
export const SECTION_ORDER: readonly number[] = [1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11]

/** One section of a module: its id and its payload (a view into the module's bytes). */
export interface WasmSection {
  id: number
  payload: Uint8Array
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A forward-only cursor over bytes; every read checks bounds and throws {@link WasmDecodeError}. */
export class WasmReader {
  readonly bytes: Uint8Array
  pos: number

  /** @param pos offset of the first byte to read */
  constructor (bytes: Uint8Array, pos = 0) {
    this.bytes = bytes
    this.pos = pos
  }

  /** True when every byte has been read. */
  get done (): boolean {
    return this.pos >= this.bytes.length
  }

  /** One byte. */
  u8 (): number {
    if (this.pos >= this.bytes.length) throw new WasmDecodeError(`unexpected end at byte ${this.pos}`)
    return this.bytes[this.pos++]
  }

  /** Unsigned LEB128 of at most 32 bits (5 bytes). */
  u32 (): number {
    let result = 0
    for (let i = 0; i < 5; i++) {
      const b = this.u8()
      result += (b & 0x7f) * 2 ** (7 * i)
      if ((b & 0x80) === 0) {
        if (result > 0xffffffff) throw new WasmDecodeError(`u32 out of range at byte ${this.pos}`)
        return result
      }
    }
    throw new WasmDecodeError(`u32 longer than 5 bytes at byte ${this.pos}`)
  }

  /** Skips a signed LEB128 of at most `bits` bits (s32, s33, s64). */
  skipSigned (bits: number): void {
    const maxBytes = Math.ceil(bits / 7)
    for (let i = 0; i < maxBytes; i++) {
      if ((this.u8() & 0x80) === 0) return
    }
    throw new WasmDecodeError(`s${bits} longer than ${maxBytes} bytes at byte ${this.pos}`)
  }

  /** Reads a signed LEB128 of at most 33 bits as a JS number (block types, heap types). */
  s33 (): number {
    let result = 0
    let shift = 0
    let b: number
    do {
      if (shift >= 35) throw new WasmDecodeError(`s33 longer than 5 bytes at byte ${this.pos}`)
      b = this.u8()
      result += (b & 0x7f) * 2 ** shift
      shift += 7
    } while ((b & 0x80) !== 0)
    if ((b & 0x40) !== 0) result -= 2 ** shift
    return result
  }

  /** The next `n` bytes, as a view (not a copy). */
  take (n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.bytes.length) throw new WasmDecodeError(`unexpected end at byte ${this.pos}`)
    const out = this.bytes.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }

  /** Skips `n` bytes. */
  skip (n: number): void {
    this.take(n)
  }

  /**
   * A name: u32 length then UTF-8 bytes (spec 5.2.4).
   *
   * @throws {WasmDecodeError} when the bytes end early or are not valid UTF-8
   */
  name (): string {
    const bytes = this.take(this.u32())
    try {
      return utf8.decode(bytes)
    } catch {
      throw new WasmDecodeError(`a name at byte ${this.pos - bytes.length} is not valid UTF-8`)
    }
  }

  /** Skips a value type, including the (ref null? ht) forms of the function-references proposal. */
  skipValType (): void {
    const t = this.u8()
    if (t === 0x63 || t === 0x64) this.s33()
  }
}

/** Unsigned LEB128 encoding of `value` (0 <= value < 2^32). */
export function encodeU32 (value: number): Uint8Array {
  const out: number[] = []
  let v = value >>> 0
  do {
    let b = v & 0x7f
    v >>>= 7
    if (v !== 0) b |= 0x80
    out.push(b)
  } while (v !== 0)
  return Uint8Array.from(out)
}

/** Concatenates byte arrays (and plain byte lists). */
export function concatBytes (parts: ReadonlyArray<Uint8Array | readonly number[]>): Uint8Array {
  return concat(parts.map(p => p instanceof Uint8Array ? p : Uint8Array.from(p)))
}

/** A name as the binary format writes it. */
export function encodeName (name: string): Uint8Array {
  const utf8 = new TextEncoder().encode(name)
  return concatBytes([encodeU32(utf8.length), utf8])
}

/** A vector: count then the items, already encoded. */
export function encodeVec (items: readonly Uint8Array[]): Uint8Array {
  return concatBytes([encodeU32(items.length), ...items])
}

/**
 * Splits a core module into its sections, after checking the preamble.
 *
 * @throws {WasmDecodeError} bad magic or version, or a section that overruns the module
 */
export function readSections (bytes: Uint8Array): WasmSection[] {
  if (bytes.length < 8 || !WASM_PREAMBLE.subarray(0, 4).every((b, i) => bytes[i] === b)) {
    throw new WasmDecodeError('not a WebAssembly binary (no \\0asm magic)')
  }
  if (!WASM_PREAMBLE.subarray(4).every((b, i) => bytes[4 + i] === b)) {
    const layer = bytes[6] | (bytes[7] << 8)
    throw new WasmDecodeError(layer === 1
      ? 'a WebAssembly component, not a core module (only WASI preview1 core modules run here)'
      : `unsupported WebAssembly version ${bytes[4] | (bytes[5] << 8)}`)
  }
  const reader = new WasmReader(bytes, 8)
  const sections: WasmSection[] = []
  while (!reader.done) {
    const id = reader.u8()
    const size = reader.u32()
    sections.push({ id, payload: reader.take(size) })
  }
  return sections
}

/** Writes a module back from its sections (preamble included). */
export function writeSections (sections: readonly WasmSection[]): Uint8Array {
  const parts: Uint8Array[] = [WASM_PREAMBLE]
  for (const s of sections) parts.push(Uint8Array.of(s.id), encodeU32(s.payload.length), s.payload)
  return concatBytes(parts)
}
