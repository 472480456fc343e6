/**
 * Fixtures for chain tests: real Ed25519 libp2p keys and receipts signed with them.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { sha256 } from '@noble/hashes/sha2.js'
import { signReceipt } from '../../src/chain/receipt.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'

const encoder = new TextEncoder()

/** An Ed25519 identity with its peer id string. */
export interface Identity {
  key: PrivateKey
  peerId: string
}

/** A fresh Ed25519 identity. */
export async function identity (): Promise<Identity> {
  const key = await generateKeyPair('Ed25519')
  return { key, peerId: peerIdFromPrivateKey(key).toString() }
}

/** A plausible receipt of `taskId`, run by `worker` for `coordinator`. */
export function receiptFor (taskId: string, worker: Identity, coordinator: Identity, overrides: ailee.v1.IExecutionReceipt = {}): ailee.v1.IExecutionReceipt {
  return {
    taskId,
    attempt: 1,
    moduleHash: sha256(encoder.encode(`module of ${taskId}`)),
    inputHash: sha256(encoder.encode(`input of ${taskId}`)),
    outputHash: sha256(encoder.encode(`output of ${taskId}`)),
    stderrHash: sha256(new Uint8Array(0)),
    exitCode: 0,
    status: pb.ExecutionStatus.EXECUTION_STATUS_EXITED,
    resources: { wallMs: 12, peakMemoryPages: 17, stdoutBytes: 9, stderrBytes: 0 },
    workerPeerId: worker.peerId,
    coordinatorPeerId: coordinator.peerId,
    timestampMs: 1_700_000_000_000,
    outputCid: 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy',
    ...overrides
  }
}

/** A block entry holding a freshly signed receipt of `taskId`. */
export async function entryFor (taskId: string, worker: Identity, coordinator: Identity, price = 10, clientAccount = 'client'): Promise<ailee.v1.IBlockEntry> {
  const receipt = await signReceipt(receiptFor(taskId, worker, coordinator), worker.key)
  return { receipt, clientAccount, price, verified: true }
}
