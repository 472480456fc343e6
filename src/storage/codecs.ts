/**
 * Value codecs for buckets (bucket.ts): how a typed value becomes the bytes
 * stored under a key, and back. `decode` throws on bytes it cannot read; the
 * bucket turns that into `CorruptValueError` naming the key.
 */

/** Turns values of type `T` into bytes and back. */
export interface Codec<T> {
  encode(value: T): Uint8Array
  decode(bytes: Uint8Array): T
}

/** Anything with a zod-like `parse` that checks an unknown value and returns it typed (or throws). */
export interface Parser<T> {
  parse(value: unknown): T
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * UTF-8 JSON. With `parser` (e.g. a zod schema) decoded values are checked and
 * typed by it; without, they are trusted to be `T`. Values must survive
 * `JSON.stringify` (no `Uint8Array`, `bigint`, `Map`).
 */
export function jsonCodec<T> (parser?: Parser<T>): Codec<T> {
  return {
    encode: value => encoder.encode(JSON.stringify(value)),
    decode: bytes => {
      const value: unknown = JSON.parse(decoder.decode(bytes))
      return parser == null ? value as T : parser.parse(value)
    }
  }
}

/** A protobufjs generated message class (static `encode`/`decode`), e.g. `pb.Block`. */
export interface ProtobufType<T> {
  encode(message: NoInfer<T>): { finish(): Uint8Array }
  decode(bytes: Uint8Array): T
}

/** Protobuf wire format through a generated message class: `protobufCodec(pb.TaskStatusReport)`. */
export function protobufCodec<T> (type: ProtobufType<T>): Codec<T> {
  return {
    encode: value => type.encode(value).finish(),
    decode: bytes => type.decode(bytes)
  }
}

/** UTF-8 text. */
export const stringCodec: Codec<string> = {
  encode: value => encoder.encode(value),
  decode: bytes => decoder.decode(bytes)
}

/**
 * A safe integer as decimal ASCII text (e.g. `"1500"`, `"-3"`). Encoding a
 * non-integer throws `RangeError`; decoding anything but an optional minus and
 * digits throws.
 */
export const safeIntegerCodec: Codec<number> = {
  encode: value => {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`)
    return encoder.encode(value.toString())
  },
  decode: bytes => {
    const text = decoder.decode(bytes)
    if (!/^-?(0|[1-9][0-9]*)$/.test(text)) throw new Error(`not a decimal integer: ${JSON.stringify(text)}`)
    const value = Number(text)
    if (!Number.isSafeInteger(value)) throw new Error(`integer out of range: ${text}`)
    return value
  }
}

/** 2^64 - 1: the largest value of {@link uint64TextCodec}. */
const MAX_UINT64 = (1n << 64n) - 1n

/**
 * An unsigned 64-bit integer (`bigint` in `[0, 2^64 - 1]`) as decimal ASCII
 * text without leading zeros (e.g. `"21000000000000000"`); the same text
 * {@link safeIntegerCodec} writes for safe non-negative integers, so values it
 * stored decode here. Encoding a value out of range throws `RangeError`;
 * decoding anything but digits, or a value past 2^64 - 1, throws.
 */
export const uint64TextCodec: Codec<bigint> = {
  encode: value => {
    if (typeof value !== 'bigint' || value < 0n || value > MAX_UINT64) throw new RangeError(`not an unsigned 64-bit integer: ${String(value)}`)
    return encoder.encode(value.toString())
  },
  decode: bytes => {
    const text = decoder.decode(bytes)
    if (!/^(0|[1-9][0-9]*)$/.test(text)) throw new Error(`not a non-negative decimal integer: ${JSON.stringify(text)}`)
    const value = BigInt(text)
    if (value > MAX_UINT64) throw new Error(`integer out of range: ${text}`)
    return value
  }
}
