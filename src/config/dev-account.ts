/**
 * The development client account: a WELL-KNOWN, PUBLIC, INSECURE key pair
 * (like Hardhat's or anvil's dev accounts), committed as
 * `config/dev-client.key` (libp2p PrivateKey protobuf) so that the embedded
 * development config can fund it in its genesis and `bin/node demo` (and a
 * client run with `--identity config/dev-client.key`) can pay for tasks.
 *
 * Anyone can sign with it. Never fund it on a network that matters:
 * `config/production.yaml` has an empty genesis.
 *
 * The key is Ed25519 from the seed
 * `sha256("ailee development client key: public and insecure, never use it outside development")`;
 * test/chain/accounts.test.ts checks the file, the seed and this id agree.
 */
import { fileURLToPath } from 'node:url'

/** Peer id (account) of the development client key. */
export const DEV_CLIENT_ACCOUNT = '12D3KooWEFVRwgj1MceUNjy3METaNeM92rjmZfiq3fWPTBQYsFeh'

/** Path of the development client key file (`config/dev-client.key` in the checkout). */
export const DEV_CLIENT_KEY_FILE: string = fileURLToPath(new URL('../../config/dev-client.key', import.meta.url))

/** The text the development key's seed is the SHA-256 of (UTF-8). */
export const DEV_CLIENT_SEED_TEXT = 'ailee development client key: public and insecure, never use it outside development'
