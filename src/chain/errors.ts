/**
 * Errors of the chain: receipts, blocks, the ledger and the chain store. Each
 * has a stable `name` callers match on, and kinds that have several causes carry
 * a machine-readable `reason`.
 */

/** Why a signed receipt was refused; see `verifyReceipt` in receipt.ts. */
export type ReceiptInvalidReason =
  | 'malformed'        // missing bytes, or bytes that do not decode as ExecutionReceipt
  | 'missing-field'    // task id or worker peer id empty
  | 'bad-hash'         // a hash field is not 32 bytes (module_hash) or 0/32 bytes (the others)
  | 'bad-worker-id'    // worker_peer_id is not a peer id, or not an Ed25519 one
  | 'worker-mismatch'  // signing: the key is not worker_peer_id's key
  | 'bad-signature'    // not a valid Ed25519 signature of the receipt by worker_peer_id

/** A signed execution receipt failed a check. */
export class InvalidReceiptError extends Error {
  static override readonly name = 'InvalidReceiptError'
  override readonly name = 'InvalidReceiptError'
  readonly reason: ReceiptInvalidReason

  constructor (reason: ReceiptInvalidReason, message: string, options?: ErrorOptions) {
    super(`invalid receipt (${reason}): ${message}`, options)
    this.reason = reason
  }
}

/** Why a block was refused; see `validateBlock` in block.ts and `ChainStore.append`. */
export type BlockInvalidReason =
  | 'malformed'               // header missing or not a BlockHeader; a hash field not 32 bytes
  | 'bad-producer'            // producer_peer_id is not an Ed25519 peer id
  | 'bad-signature'           // header signature is not the producer's
  | 'too-many-entries'        // more entries than the limit
  | 'entry-count-mismatch'    // header entry_count differs from the entries carried
  | 'receipts-root-mismatch'  // Merkle root over the entries differs from the header's
  | 'invalid-receipt'         // an entry has no receipt or its receipt fails verifyReceipt (see `cause`)
  | 'foreign-receipt'         // a receipt names another coordinator than the producer
  | 'duplicate-receipt'       // a task id appears twice in the block or is already sealed in the chain
  | 'invalid-evidence'        // an evidence entry's receipts do not conflict, or its contradicting receipt fails verification
  | 'height-mismatch'         // height is not the previous height + 1 (or 0 with no previous block)
  | 'prev-hash-mismatch'      // prev_hash is not the hash of the previous header (32 zero bytes at height 0)
  | 'fork'                    // a different block is meant to be stored at this height but is missing (a signed conflicting block is a ForkError, fork-evidence.ts)
  | 'bad-timestamp'           // timestamp before its parent's, or too far in the future
  | 'invalid-transfer'        // a transfer entry also carries a receipt, or its transfer fails verifyTransfer (see `cause`)
  | 'foreign-transfer'        // a transfer entry was signed for another coordinator than the producer
  | 'duplicate-transfer'      // the same (payer, nonce) appears twice in the block

/** A block failed a check. */
export class InvalidBlockError extends Error {
  static override readonly name = 'InvalidBlockError'
  override readonly name = 'InvalidBlockError'
  readonly reason: BlockInvalidReason

  constructor (reason: BlockInvalidReason, message: string, options?: ErrorOptions) {
    super(`invalid block (${reason}): ${message}`, options)
    this.reason = reason
  }
}

/** A block arrived whose height is beyond the stored head + 1: the blocks between are missing. */
export class BlockGapError extends Error {
  static override readonly name = 'BlockGapError'
  override readonly name = 'BlockGapError'
  readonly producer: string
  /** The height the chain needs next (head + 1, or 0). */
  readonly expectedHeight: number
  /** The height of the block refused. */
  readonly height: number

  constructor (producer: string, expectedHeight: number, height: number) {
    super(`block ${height} of ${producer} leaves a gap: the chain needs height ${expectedHeight} next`)
    this.producer = producer
    this.expectedHeight = expectedHeight
    this.height = height
  }
}

/** Options of a {@link ChainCorruptError} beside the `cause`. */
export interface ChainCorruptOptions extends ErrorOptions {
  /** The first bad field, e.g. `signature`, `state_root`, `entries[2].price`, `head`, `ledger/{account}`. @default 'block' */
  field?: string
  /** Height of the last stored block that validated, -1 for none (what `chain repair` truncates to). @default height - 1 */
  lastValidHeight?: number
  /** The data is intact but over this node's bounds for another producer's blocks (config `chain.*`): dropped, not repaired. @default false */
  overBounds?: boolean
}

/** Fields of a block header named by an {@link InvalidBlockError} reason. */
const REASON_FIELDS: Partial<Record<BlockInvalidReason, string>> = {
  malformed: 'header',
  'bad-producer': 'producer_peer_id',
  'bad-signature': 'signature',
  'too-many-entries': 'entries',
  'entry-count-mismatch': 'entry_count',
  'receipts-root-mismatch': 'receipts_root',
  'height-mismatch': 'height',
  'prev-hash-mismatch': 'prev_hash',
  'bad-timestamp': 'timestamp_ms'
}

/** The block field an {@link InvalidBlockError} points at (`entries` for the checks of single entries). */
export function fieldOfBlockError (err: unknown): string {
  if (err instanceof InvalidBlockError) {
    const entry = /entry (\d+)/.exec(err.message)
    return REASON_FIELDS[err.reason] ?? (entry != null ? `entries[${entry[1]}]` : 'entries')
  }
  return 'block'
}

/** Stored chain data does not verify (found by `ChainStore.validateChain` or the state check of chain-verify.ts). */
export class ChainCorruptError extends Error {
  static override readonly name = 'ChainCorruptError'
  override readonly name = 'ChainCorruptError'
  readonly producer: string
  /** Height of the first bad block, or of the head when the head record is bad. */
  readonly height: number
  /** The first bad field (see {@link ChainCorruptOptions.field}). */
  readonly field: string
  /** The last stored block that validated; -1 for none. */
  readonly lastValidHeight: number
  /** See {@link ChainCorruptOptions.overBounds}. */
  readonly overBounds: boolean

  constructor (producer: string, height: number, message: string, options?: ChainCorruptOptions) {
    super(`stored chain of ${producer} is corrupt at height ${height}: ${message} (first bad field: ${options?.field ?? 'block'})`, options)
    this.producer = producer
    this.height = height
    this.field = options?.field ?? 'block'
    this.lastValidHeight = options?.lastValidHeight ?? height - 1
    this.overBounds = options?.overBounds ?? false
  }
}

/**
 * A stored chain of a producer this node does not follow (config
 * `chain.producers`, or a worker's `worker.coordinators`): dropped at start
 * without being validated.
 */
export class UnfollowedChainError extends Error {
  static override readonly name = 'UnfollowedChainError'
  override readonly name = 'UnfollowedChainError'
  readonly producer: string
  /** Always 0: the whole chain is dropped. */
  readonly height = 0

  constructor (producer: string) {
    super(`stored chain of ${producer} is not followed by this node (chain.producers, worker.coordinators)`)
    this.producer = producer
  }
}

/** Why a receipt inclusion proof was refused; see `verifyProofBytes` in proof.ts. */
export type ProofInvalidReason =
  | 'malformed'         // header does not decode, or proof fields missing
  | 'bad-signature'     // the header is not signed by its producer
  | 'header-mismatch'   // producer, height or entry count differ from the header's
  | 'not-included'      // the Merkle path does not lead from the entry to the receipts root
  | 'invalid-receipt'   // the entry's receipt fails verifyReceipt (or, in a proof file, names another coordinator)
  | 'unsupported-version' // a proof file of a format version this code does not know (proof.ts)
  | 'bad-key'           // a proof file's producer public key does not decode, is not Ed25519 or not canonical
  | 'wrong-producer-key' // a proof file's public key is not the key of the header's producer

/** A receipt inclusion proof failed a check. */
export class InvalidProofError extends Error {
  static override readonly name = 'InvalidProofError'
  override readonly name = 'InvalidProofError'
  readonly reason: ProofInvalidReason

  constructor (reason: ProofInvalidReason, message: string, options?: ErrorOptions) {
    super(`invalid receipt proof (${reason}): ${message}`, options)
    this.reason = reason
  }
}

/** A debit larger than the account's balance. */
export class InsufficientFundsError extends Error {
  static override readonly name = 'InsufficientFundsError'
  override readonly name = 'InsufficientFundsError'
  readonly account: string
  /** Smallest units held. */
  readonly balance: bigint
  /** Smallest units needed. */
  readonly amount: bigint

  constructor (account: string, balance: bigint, amount: bigint) {
    super(`account ${account} holds ${balance} units, ${amount} needed`)
    this.account = account
    this.balance = balance
    this.amount = amount
  }
}

/** A ledger account name that is empty. */
export class InvalidAccountError extends Error {
  static override readonly name = 'InvalidAccountError'
  override readonly name = 'InvalidAccountError'

  constructor (message: string) {
    super(message)
  }
}

/** An amount of credits that is not an integer in [0, 2^64 - 1] (smallest units), or a balance that would pass 2^64 - 1. */
export class InvalidAmountError extends RangeError {
  static override readonly name = 'InvalidAmountError'
  override readonly name = 'InvalidAmountError'

  constructor (message: string) {
    super(message)
  }
}

/** Why an account-signed request (a submission or a transfer) was refused; see {@link AuthorizationError}. */
export type AuthorizationRefusal =
  | 'missing-signature'   // no signature (or not 64 bytes)
  | 'bad-nonce'           // nonce is not 16 bytes
  | 'bad-account'         // the account is not an Ed25519 peer id
  | 'bad-signature'       // the signature does not verify with the account's key
  | 'account-mismatch'    // the spec names an account, the signature is the submitting peer's
  | 'wrong-coordinator'   // signed for another coordinator
  | 'stale'               // signed_at_ms outside the coordinator's allowed skew
  | 'replay'              // (account, nonce) seen before

/** An account-signed request whose signature, binding or freshness fails a check (docs/accounts.md). */
export class AuthorizationError extends Error {
  static override readonly name = 'AuthorizationError'
  override readonly name = 'AuthorizationError'
  readonly reason: AuthorizationRefusal

  constructor (reason: AuthorizationRefusal, message: string, options?: ErrorOptions) {
    super(`${reason}: ${message}`, options)
    this.reason = reason
  }
}

/** Why a correctly signed transfer was refused; see {@link TransferRefusedError}. */
export type TransferRefusal =
  | 'zero-amount'
  | 'self-transfer'
  | 'insufficient-funds'
  | 'overflow'            // the payee's balance would pass 2^64 - 1
  | 'bad-amount'          // not an integer in [1, 2^64 - 1]
  | 'bad-payee'           // `to` is not an Ed25519 peer id

/** A transfer the ledger refuses (nothing is applied). */
export class TransferRefusedError extends Error {
  static override readonly name = 'TransferRefusedError'
  override readonly name = 'TransferRefusedError'
  readonly reason: TransferRefusal

  constructor (reason: TransferRefusal, message: string, options?: ErrorOptions) {
    super(`${reason}: ${message}`, options)
    this.reason = reason
  }
}
