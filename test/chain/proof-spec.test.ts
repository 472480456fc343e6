/**
 * The README's "Proofs" format description is enough to write a verifier:
 * this one is written from that description alone, with none of the project's
 * code, no protobufjs and no libp2p (only node:crypto for SHA-256 and Ed25519,
 * a hand-written protobuf reader and base58btc decoder). It accepts every
 * proof the node writes and agrees with `verifyProofBytes` on proofs with a
 * flipped bit.
 */
import assert from 'node:assert/strict'
import { createHash, createPublicKey, verify as edVerify } from 'node:crypto'
import { describe, it } from 'node:test'
import { buildBlock, ZERO_HASH } from '../../src/chain/block.ts'
import { buildReceiptProof } from '../../src/chain/inclusion.ts'
import { encodeReceiptProof, verifyProofBytes } from '../../src/chain/proof.ts'
import { entryFor, identity } from './fixtures.ts'

// ---------------------------------------------------------------- the independent verifier

interface Field { num: number, wt: number, int?: bigint, bytes?: Uint8Array }

const sha256 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest())
}
const eq = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i])
const text = (b: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(b)

/** Protobuf fields of `buf` (wire types 0 and 2 only); checks varints are minimal. */
function fields (buf: Uint8Array): Field[] {
  const out: Field[] = []
  let i = 0
  const varint = (): bigint => {
    let v = 0n
    let shift = 0n
    const start = i
    for (;;) {
      if (i >= buf.length || shift > 63n) throw new Error('bad varint')
      const b = buf[i++]
      v |= BigInt(b & 0x7f) << shift
      shift += 7n
      if ((b & 0x80) === 0) break
    }
    if (i - start > 1 && buf[i - 1] === 0) throw new Error('non-minimal varint')
    return v
  }
  while (i < buf.length) {
    const key = varint()
    const num = Number(key >> 3n)
    const wt = Number(key & 7n)
    if (wt === 0) out.push({ num, wt, int: varint() })
    else if (wt === 2) {
      const len = Number(varint())
      if (i + len > buf.length) throw new Error('truncated')
      out.push({ num, wt, bytes: buf.subarray(i, i + len) })
      i += len
    } else throw new Error(`wire type ${wt}`)
  }
  return out
}

/**
 * Canonical form (README): known fields only, ascending, non-repeated at most once, defaults absent.
 * `spec`: field number -> [wire type, repeated].
 */
function canonical (fs: Field[], spec: Record<number, [number, boolean]>): Map<number, Field[]> {
  const by = new Map<number, Field[]>()
  let last = 0
  for (const f of fs) {
    const s = spec[f.num]
    if (s == null || s[0] !== f.wt) throw new Error(`unknown field ${f.num}/${f.wt}`)
    if (f.num < last || (f.num === last && !s[1])) throw new Error('field order or repetition')
    if (!s[1] && ((f.wt === 0 && f.int === 0n) || (f.wt === 2 && f.bytes!.length === 0))) throw new Error('default value present')
    last = f.num
    by.set(f.num, [...by.get(f.num) ?? [], f])
  }
  return by
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
function base58btc (s: string): Uint8Array {
  let n = 0n
  for (const c of s) {
    const d = B58.indexOf(c)
    if (d < 0) throw new Error('not base58')
    n = n * 58n + BigInt(d)
  }
  const bytes: number[] = []
  while (n > 0n) { bytes.unshift(Number(n & 0xffn)); n >>= 8n }
  for (const c of s) { if (c === '1') bytes.unshift(0); else break }
  return Uint8Array.from(bytes)
}

/** The Ed25519 key K of a peer id string: base58btc(00 24 08 01 12 20 || K). */
function keyOfPeerId (peerId: string): Uint8Array {
  const mh = base58btc(peerId)
  if (mh.length !== 38 || !eq(mh.subarray(0, 6), Uint8Array.of(0x00, 0x24, 0x08, 0x01, 0x12, 0x20))) throw new Error('not an Ed25519 peer id')
  return mh.subarray(6)
}

function ed25519 (key: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false
  const k = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key).toString('base64url') }, format: 'jwk' })
  return edVerify(null, message, k, signature)
}

const BLOCK_DOMAIN = new TextEncoder().encode('ailee/block/v1\n')
const RECEIPT_DOMAIN = new TextEncoder().encode('ailee/receipt/v1\n')

/** Verifies a proof as the README describes; returns the task id, or throws. */
function specVerify (file: Uint8Array): string {
  const p = canonical(fields(file), { 1: [0, false], 2: [2, false], 3: [2, false], 4: [2, false], 5: [2, false], 6: [0, false], 7: [0, false], 8: [2, true] })
  const int = (m: Map<number, Field[]>, n: number): bigint => m.get(n)?.[0].int ?? 0n
  const bytes = (m: Map<number, Field[]>, n: number): Uint8Array => m.get(n)?.[0].bytes ?? new Uint8Array(0)
  if (int(p, 1) !== 1n) throw new Error('version')
  const headerBytes = bytes(p, 2)
  const h = new Map<number, Field[]>()
  for (const f of fields(headerBytes)) h.set(f.num, [f])
  const receiptsRoot = bytes(h, 3)
  if (bytes(h, 2).length !== 32 || receiptsRoot.length !== 32 || bytes(h, 4).length !== 32) throw new Error('header hashes')
  const producer = text(bytes(h, 6))
  const pk = bytes(p, 4)
  if (pk.length !== 36 || !eq(pk.subarray(0, 4), Uint8Array.of(0x08, 0x01, 0x12, 0x20))) throw new Error('bad key')
  if (!eq(keyOfPeerId(producer), pk.subarray(4))) throw new Error('wrong producer key')
  if (!ed25519(pk.subarray(4), Uint8Array.from([...BLOCK_DOMAIN, ...headerBytes]), bytes(p, 3))) throw new Error('bad signature')
  const index = int(p, 6)
  const size = int(p, 7)
  if (size !== int(h, 7) || index >= size) throw new Error('header mismatch')
  const entry = bytes(p, 5)
  let fn = index
  let sn = size - 1n
  let r = sha256(Uint8Array.of(0), sha256(entry))
  for (const { bytes: a } of p.get(8) ?? []) {
    if (a!.length !== 32 || sn === 0n) throw new Error('path')
    if (fn % 2n === 1n || fn === sn) {
      r = sha256(Uint8Array.of(1), a!, r)
      if (fn % 2n === 0n) while (fn % 2n === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n }
    } else r = sha256(Uint8Array.of(1), r, a!)
    fn >>= 1n
    sn >>= 1n
  }
  if (sn !== 0n || !eq(r, receiptsRoot)) throw new Error('not included')
  const e = new Map<number, Field[]>()
  for (const f of fields(entry)) e.set(f.num, [f])
  const signed = new Map<number, Field[]>()
  for (const f of fields(bytes(e, 1))) signed.set(f.num, [f])
  const receiptBytes = bytes(signed, 1)
  const r2 = new Map<number, Field[]>()
  for (const f of fields(receiptBytes)) r2.set(f.num, [f])
  const taskId = text(bytes(r2, 1))
  if (taskId === '' || bytes(r2, 3).length !== 32) throw new Error('receipt fields')
  for (const n of [4, 5, 6]) if (![0, 32].includes(bytes(r2, n).length)) throw new Error('receipt hash')
  if (!ed25519(keyOfPeerId(text(bytes(r2, 10))), Uint8Array.from([...RECEIPT_DOMAIN, ...receiptBytes]), bytes(signed, 2))) throw new Error('receipt signature')
  if (text(bytes(r2, 11)) !== producer) throw new Error('foreign receipt')
  return taskId
}

// ---------------------------------------------------------------- tests

describe('a verifier written from the README alone', () => {
  it('accepts every entry\'s proof of blocks of 1 to 9 entries, as verifyProofBytes does', async () => {
    const producer = await identity()
    const worker = await identity()
    for (let size = 1; size <= 9; size++) {
      const entries = await Promise.all(Array.from({ length: size }, async (_, j) => await entryFor(`s${size}-${j}`, worker, producer, j)))
      const block = await buildBlock({ height: size, prevHash: ZERO_HASH, entries, producerKey: producer.key, timestampMs: 1_700_000_000_000, stateRoot: new Uint8Array(32) })
      for (let i = 0; i < size; i++) {
        const bytes = encodeReceiptProof(buildReceiptProof(block, i), producer.key.publicKey)
        assert.equal(specVerify(bytes), `s${size}-${i}`)
        assert.equal((await verifyProofBytes(bytes)).taskId, `s${size}-${i}`)
      }
    }
  })

  it('rejects a proof with any one bit flipped, as verifyProofBytes does', async () => {
    const producer = await identity()
    const worker = await identity()
    const entries = await Promise.all(Array.from({ length: 5 }, async (_, j) => await entryFor(`f-${j}`, worker, producer, j + 1)))
    const block = await buildBlock({ height: 0, prevHash: ZERO_HASH, entries, producerKey: producer.key, timestampMs: 1, stateRoot: new Uint8Array(32) })
    const bytes = encodeReceiptProof(buildReceiptProof(block, 4), producer.key.publicKey)
    for (let i = 0; i < bytes.length; i++) {
      const changed = Uint8Array.from(bytes)
      changed[i] ^= 1 << (i % 8)
      assert.throws(() => specVerify(changed), Error, `byte ${i}`)
      await assert.rejects(verifyProofBytes(changed), { name: 'InvalidProofError' }, `byte ${i}`)
    }
  })
})
