/**
 * The chain: signed execution receipts (receipt.ts), RFC 6962 Merkle trees
 * (merkle.ts), signed blocks (block.ts), receipt inclusion proofs
 * (inclusion.ts) and their self-contained wire form (proof.ts), the credit ledger (ledger.ts), per-producer chains in the
 * state database (chain-store.ts) and the single writer of settlements and
 * pending block entries (settlement-log.ts).
 */
export { HASH_BYTES, SIGNATURE_BYTES } from './crypto.ts'
export { leafHash, nodeHash, merkleRoot, merkleProof, verifyMerkleProof } from './merkle.ts'
export {
  RECEIPT_SIGNING_PREFIX, receiptSigningBytes, signReceipt, verifyReceipt, decodeReceipt
} from './receipt.ts'
export {
  BLOCK_SIGNING_PREFIX, ZERO_HASH, blockHash, entryHash, receiptsRoot, blockSigningBytes, buildBlock,
  decodeBlockHeader, verifyHeaderSignature, validateBlock
} from './block.ts'
export type { ChainLink, BuildBlockOptions, ValidateBlockOptions, ValidatedBlock } from './block.ts'
export { buildReceiptProof } from './inclusion.ts'
export type { ReceiptProof } from './inclusion.ts'
export { PROOF_VERSION, receiptProofToWire, encodeReceiptProof, verifyProofBytes } from './proof.ts'
export type { ProofFacts } from './proof.ts'
export { Ledger, APPLIED_PREFIX } from './ledger.ts'
export type { AccountBalance } from './ledger.ts'
export { SettlementLog } from './settlement-log.ts'
export type { Settlement, SettlementLogOptions, CommitResult, PendingSettlement, SealBuilder } from './settlement-log.ts'
export { ChainStore, HEAD_PREFIX } from './chain-store.ts'
export type { ChainHead, ReceiptLocation, AppendResult, AppendOptions, ChainStoreOptions, ForeignChainRules, StoredBlockLimits } from './chain-store.ts'
export { ForkError, ForkEvidenceStore, FORK_PREFIX, MAX_FORKS_PER_PRODUCER, forkEvidence, verifyForkEvidence } from './fork-evidence.ts'
export type { ForkEvidence, SignedHeader } from './fork-evidence.ts'
export {
  InvalidReceiptError, InvalidBlockError, InvalidProofError, BlockGapError, ChainCorruptError, UnfollowedChainError,
  InsufficientFundsError, InvalidAccountError, InvalidAmountError
} from './errors.ts'
export type { ReceiptInvalidReason, BlockInvalidReason, ProofInvalidReason } from './errors.ts'
