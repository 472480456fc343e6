/**
 * Funded client accounts of test swarms: naming an account creates no credits
 * (docs/accounts.md), so every test client uses one of these deterministic
 * Ed25519 keys, which {@link TEST_GENESIS} funds (test/helpers/swarm.ts puts it
 * in every test node's `ledger.genesis`). Keys rotate so that clients of one
 * swarm have distinct peer ids.
 */
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { sha256 } from '@noble/hashes/sha2.js'
import type { PrivateKey } from '@libp2p/interface'
import { DEV_CLIENT_ACCOUNT } from '../../src/config/dev-account.ts'

/** How many funded test keys there are. */
export const TEST_KEY_COUNT = 8

/** Units each test key gets (and the development key, as in the default genesis). */
export const TEST_FUNDS = 1_000_000_000_000_000n

/** The funded test keys (seed: sha256("ailee test client {i}")). */
export const TEST_CLIENT_KEYS: PrivateKey[] = await Promise.all(Array.from({ length: TEST_KEY_COUNT }, async (_, i) =>
  await generateKeyPairFromSeed('Ed25519', sha256(new TextEncoder().encode(`ailee test client ${i}`)))))

/** `ledger.genesis` of test nodes: every test key and the development key, {@link TEST_FUNDS} each. */
export const TEST_GENESIS: Record<string, string> = Object.fromEntries([
  [DEV_CLIENT_ACCOUNT, TEST_FUNDS.toString()],
  ...TEST_CLIENT_KEYS.map(k => [peerIdFromPrivateKey(k).toString(), TEST_FUNDS.toString()])
])

let next = 0
/** The next funded test key (round robin). */
export function nextTestClientKey (): PrivateKey {
  const key = TEST_CLIENT_KEYS[next % TEST_KEY_COUNT]
  next++
  return key
}
