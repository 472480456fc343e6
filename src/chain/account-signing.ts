/**
 * Account-signed requests (docs/accounts.md): a task submission and a credit
 * transfer are signed by the paying account's Ed25519 key (the account is its
 * peer id, which inlines the public key), bound to one coordinator, a fresh
 * 16-byte nonce and the signing time, so a signed request cannot be replayed to
 * another coordinator or submitted twice.
 *
 * Signing bytes (`u32be`/`u64be`: big-endian unsigned integers; strings UTF-8):
 *
 * ```
 * submission: "ailee/submit/v1\n"   || u32be(len(C)) || C || nonce[16] || u64be(signed_at_ms) || S
 * transfer:   "ailee/transfer/v1\n" || u32be(len(C)) || C || nonce[16] || u64be(signed_at_ms)
 *                                   || u32be(len(F)) || F || u32be(len(T)) || T || u64be(amount)
 * ```
 *
 * where C is the coordinator's peer id string, S the canonical encoding of the
 * TaskSpec ({@link canonicalSpecBytes}), F/T the payer and payee account
 * strings. Freshness (skew) and replay (nonce) are checked by the coordinator,
 * which knows the clock and the nonces seen; this module checks signatures and
 * binding only.
 */
import { randomBytes } from 'node:crypto'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { concat } from 'uint8arrays/concat'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import { amountToWire, toAmount } from './amount.ts'
import { SIGNATURE_BYTES, ed25519PublicKey, signEd25519, verifyEd25519 } from './crypto.ts'
import { AuthorizationError, TransferRefusedError } from './errors.ts'

/** Domain separator of submissions: UTF-8 `"ailee/submit/v1\n"`. */
export const SUBMIT_SIGNING_PREFIX: Uint8Array = new TextEncoder().encode('ailee/submit/v1\n')
/** Domain separator of transfers: UTF-8 `"ailee/transfer/v1\n"`. */
export const TRANSFER_SIGNING_PREFIX: Uint8Array = new TextEncoder().encode('ailee/transfer/v1\n')
/** Length of a request nonce, bytes. */
export const NONCE_BYTES = 16

const encoder = new TextEncoder()

/** `u32be(len(text UTF-8)) || text UTF-8`. */
function lengthPrefixed (text: string): Uint8Array {
  const bytes = encoder.encode(text)
  const out = new Uint8Array(4 + bytes.length)
  new DataView(out.buffer).setUint32(0, bytes.length)
  out.set(bytes, 4)
  return out
}

function u64be (value: bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, value)
  return out
}

/** The part common to both kinds: `u32be(len(C)) || C || nonce || u64be(signed_at_ms)`. */
function binding (coordinatorPeerId: string, nonce: Uint8Array, signedAtMs: number): Uint8Array {
  return concat([lengthPrefixed(coordinatorPeerId), nonce, u64be(BigInt(signedAtMs))])
}

/**
 * The canonical bytes of a task spec that a submission signs: protobufjs's
 * encoding of the spec as decoded from its own encoding (fields in number
 * order, default-valued scalars omitted, map entries in decoded order, unknown
 * fields kept). Client and coordinator compute the same bytes from the spec
 * they hold.
 */
export function canonicalSpecBytes (spec: ailee.v1.ITaskSpec): Uint8Array {
  const once = pb.TaskSpec.encode(spec).finish()
  return Uint8Array.from(pb.TaskSpec.encode(pb.TaskSpec.decode(once)).finish())
}

/** What a submission signs. */
export interface SubmissionSigningInput {
  coordinatorPeerId: string
  /** 16 bytes. */
  nonce: Uint8Array
  /** Unix ms, a non-negative safe integer. */
  signedAtMs: number
  spec: ailee.v1.ITaskSpec
}

/** `"ailee/submit/v1\n" || u32be(len(C)) || C || nonce || u64be(signed_at_ms) || canonicalSpecBytes(spec)`. */
export function submissionSigningBytes (input: SubmissionSigningInput): Uint8Array {
  return concat([SUBMIT_SIGNING_PREFIX, binding(input.coordinatorPeerId, input.nonce, input.signedAtMs), canonicalSpecBytes(input.spec)])
}

/** What a transfer signs. */
export interface TransferSigningInput {
  coordinatorPeerId: string
  nonce: Uint8Array
  signedAtMs: number
  from: string
  to: string
  /** Smallest units. */
  amount: bigint
}

/** `"ailee/transfer/v1\n" || u32be(len(C)) || C || nonce || u64be(signed_at_ms) || u32be(len(F)) || F || u32be(len(T)) || T || u64be(amount)`. */
export function transferSigningBytes (input: TransferSigningInput): Uint8Array {
  return concat([
    TRANSFER_SIGNING_PREFIX, binding(input.coordinatorPeerId, input.nonce, input.signedAtMs),
    lengthPrefixed(input.from), lengthPrefixed(input.to), u64be(input.amount)
  ])
}

/** Options of the signing functions. */
export interface SignOptions {
  /** Unix ms of signing. @default Date.now() */
  nowMs?: number
  /** 16 bytes. @default 16 random bytes */
  nonce?: Uint8Array
}

/**
 * Signs a submission of `spec` to `coordinatorPeerId` with the account's key.
 * An empty `client_account` stays empty (it means the signer); a set one must
 * be the key's peer id. Returns the wire `SubmitTask` without `detach`
 * (`coordinator_peer_id` set to the coordinator signed for).
 *
 * @throws {AuthorizationError} `account-mismatch` when `spec.clientAccount` names another account; `bad-account` for a key that is not Ed25519
 */
export async function signSubmission (spec: ailee.v1.ITaskSpec, key: PrivateKey, coordinatorPeerId: string, options: SignOptions = {}): Promise<ailee.v1.ISubmitTask> {
  const signer = signerOf(key)
  if (spec.clientAccount != null && spec.clientAccount !== '' && spec.clientAccount !== signer) {
    throw new AuthorizationError('account-mismatch', `the spec names account ${spec.clientAccount}, the key is ${signer}`)
  }
  const nonce = options.nonce ?? Uint8Array.from(randomBytes(NONCE_BYTES))
  const signedAtMs = Math.floor(options.nowMs ?? Date.now())
  const signature = Uint8Array.from(await signEd25519(key, submissionSigningBytes({ coordinatorPeerId, nonce, signedAtMs, spec })))
  return { spec, nonce, signedAtMs, signature, coordinatorPeerId }
}

/**
 * Signs a transfer of `amount` units from the key's account to `to`, for
 * `coordinatorPeerId`. Returns the wire `Transfer`.
 *
 * @throws {InvalidAmountError} for an amount outside [0, 2^64 - 1]
 * @throws {AuthorizationError} `bad-account` for a key that is not Ed25519
 */
export async function signTransfer (to: string, amount: bigint, key: PrivateKey, coordinatorPeerId: string, options: SignOptions = {}): Promise<ailee.v1.ITransfer> {
  const from = signerOf(key)
  const units = toAmount(amount)
  const nonce = options.nonce ?? Uint8Array.from(randomBytes(NONCE_BYTES))
  const signedAtMs = Math.floor(options.nowMs ?? Date.now())
  const signature = Uint8Array.from(await signEd25519(key, transferSigningBytes({ coordinatorPeerId, nonce, signedAtMs, from, to, amount: units })))
  return { from, to, amount: amountToWire(units) as number, nonce, signedAtMs, signature }
}

/** A submission whose signature verified. */
export interface VerifiedSubmission {
  /** The paying account: the spec's `client_account`, or the submitting peer when empty. */
  account: string
  nonce: Uint8Array
  signedAtMs: number
}

/**
 * Checks a submission's signature and binding: signature present (64 bytes),
 * nonce 16 bytes, the account (the spec's `client_account`, or
 * `requesterPeerId` when empty) an Ed25519 peer id whose key signed
 * {@link submissionSigningBytes} for `coordinatorPeerId`. When it does not
 * verify: `account-mismatch` if the submitting peer's key signed it (for a
 * spec naming another account), `wrong-coordinator` if the message says it
 * was signed for another coordinator, else `bad-signature`.
 * Freshness and replay are the caller's checks.
 *
 * @throws {AuthorizationError} naming the first failed check
 */
export async function verifySubmission (submit: ailee.v1.ISubmitTask, coordinatorPeerId: string, requesterPeerId: string): Promise<VerifiedSubmission> {
  const spec = submit.spec ?? {}
  const account = spec.clientAccount != null && spec.clientAccount !== '' ? spec.clientAccount : requesterPeerId
  const { nonce, signedAtMs, signature } = checkEnvelope(submit.nonce, submit.signedAtMs, submit.signature)
  const key = ed25519PublicKey(account, (message, options) => new AuthorizationError('bad-account', message, options))
  const bytes = submissionSigningBytes({ coordinatorPeerId, nonce, signedAtMs, spec })
  if (await verifies(key, bytes, signature)) return { account, nonce, signedAtMs }
  const requester = account !== requesterPeerId ? tryKey(requesterPeerId) : undefined
  if (requester != null && await verifies(requester, bytes, signature)) {
    throw new AuthorizationError('account-mismatch', `the spec names account ${account} but is signed by the submitting peer ${requesterPeerId}`)
  }
  const named = submit.coordinatorPeerId ?? ''
  if (named !== '' && named !== coordinatorPeerId) {
    throw new AuthorizationError('wrong-coordinator', `the submission is signed for coordinator ${named}, this is ${coordinatorPeerId}`)
  }
  throw new AuthorizationError('bad-signature', `the submission is not signed by ${account} for this coordinator`)
}

/** A transfer whose signature verified, as domain values. */
export interface VerifiedTransfer {
  from: string
  to: string
  /** Smallest units, in [1, 2^64 - 1]. */
  amount: bigint
  nonce: Uint8Array
  signedAtMs: number
  /** The wire message as received (sealed into the block as is). */
  wire: ailee.v1.ITransfer
}

/**
 * Checks a transfer: amount in [1, 2^64 - 1], payee an Ed25519 peer id other
 * than the payer, signature (64 bytes) by `from`'s key over
 * {@link transferSigningBytes} for `coordinatorPeerId`, nonce 16 bytes.
 * Funds, replay and freshness are the caller's checks.
 *
 * @throws {AuthorizationError} for a failed signature or binding check
 * @throws {TransferRefusedError} `zero-amount`, `bad-amount`, `self-transfer` or `bad-payee`
 */
export async function verifyTransfer (transfer: ailee.v1.ITransfer, coordinatorPeerId: string): Promise<VerifiedTransfer> {
  const from = transfer.from ?? ''
  const to = transfer.to ?? ''
  let amount: bigint
  try {
    amount = toAmount((transfer.amount ?? 0) as number | bigint)
  } catch (err) {
    throw new TransferRefusedError('bad-amount', (err as Error).message, { cause: err })
  }
  if (amount === 0n) throw new TransferRefusedError('zero-amount', 'a transfer must move at least 1 unit')
  const { nonce, signedAtMs, signature } = checkEnvelope(transfer.nonce, transfer.signedAtMs, transfer.signature)
  const key = ed25519PublicKey(from, (message, options) => new AuthorizationError('bad-account', `payer: ${message}`, options))
  if (tryKey(to) == null) throw new TransferRefusedError('bad-payee', `${JSON.stringify(to)} is not an Ed25519 peer id`)
  if (from === to) throw new TransferRefusedError('self-transfer', `payer and payee are both ${from}`)
  const bytes = transferSigningBytes({ coordinatorPeerId, nonce, signedAtMs, from, to, amount })
  if (!(await verifies(key, bytes, signature))) {
    throw new AuthorizationError('bad-signature', `the transfer is not signed by ${from} for this coordinator (${coordinatorPeerId})`)
  }
  return { from, to, amount, nonce, signedAtMs, wire: transfer }
}

/** The peer id of an Ed25519 key (its account). */
function signerOf (key: PrivateKey): string {
  if (key.type !== 'Ed25519') throw new AuthorizationError('bad-account', `accounts are Ed25519 keys, not ${key.type}`)
  return peerIdFromPrivateKey(key).toString()
}

function checkEnvelope (nonce: Uint8Array | null | undefined, signedAtMs: number | null | undefined, signature: Uint8Array | null | undefined): { nonce: Uint8Array, signedAtMs: number, signature: Uint8Array } {
  if (signature == null || signature.length === 0) throw new AuthorizationError('missing-signature', 'the request is not signed')
  if (signature.length !== SIGNATURE_BYTES) throw new AuthorizationError('missing-signature', `signature must be ${SIGNATURE_BYTES} bytes, got ${signature.length}`)
  if (nonce == null || nonce.length !== NONCE_BYTES) throw new AuthorizationError('bad-nonce', `nonce must be ${NONCE_BYTES} bytes, got ${nonce?.length ?? 0}`)
  const at = (signedAtMs ?? 0) as number | bigint
  if (typeof at !== 'number' || !Number.isSafeInteger(at)) throw new AuthorizationError('stale', `signed_at_ms ${String(at)} is not a time`)
  return { nonce, signedAtMs: at, signature }
}

function tryKey (peerId: string): ReturnType<typeof ed25519PublicKey> | undefined {
  try {
    return ed25519PublicKey(peerId, message => new Error(message))
  } catch {
    return undefined
  }
}

async function verifies (key: ReturnType<typeof ed25519PublicKey>, bytes: Uint8Array, signature: Uint8Array): Promise<boolean> {
  try {
    return await verifyEd25519(key, bytes, signature)
  } catch {
    return false
  }
}

