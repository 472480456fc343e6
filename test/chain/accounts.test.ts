/**
 * Account pieces without a network: uint64 amounts on the wire as bigint,
 * amount parsing and formatting, signing bytes, blocks carrying transfer
 * entries (validated, forged ones refused), the nonce store's expiry, and the
 * committed development key.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { generateKeyPair, generateKeyPairFromSeed, privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { sha256 } from '@noble/hashes/sha2.js'
import { signTransfer, transferSigningBytes, submissionSigningBytes, verifyTransfer } from '../../src/chain/account-signing.ts'
import { MAX_AMOUNT, formatAmount, parseCredits, toAmount } from '../../src/chain/amount.ts'
import { ZERO_HASH, buildBlock, validateBlock } from '../../src/chain/block.ts'
import { InvalidAmountError, InvalidBlockError } from '../../src/chain/errors.ts'
import { NonceStore } from '../../src/chain/nonce-store.ts'
import { DEV_CLIENT_ACCOUNT, DEV_CLIENT_KEY_FILE, DEV_CLIENT_SEED_TEXT } from '../../src/config/dev-account.ts'
import { resolveConfig } from '../../src/config/load.ts'
import { pb } from '../../src/proto/index.ts'
import { openTempDb } from '../storage/helpers.ts'

describe('uint64 on the wire', () => {
  it('round-trips 2^64 - 1 and 2^53 + 1 as bigint, safe values as numbers', () => {
    for (const value of [MAX_AMOUNT, (1n << 53n) + 1n]) {
      const decoded = pb.AccountBalance.decode(pb.AccountBalance.encode({ account: 'a', balance: value as unknown as number }).finish())
      assert.equal(decoded.balance, value)
    }
    const safe = pb.AccountBalance.decode(pb.AccountBalance.encode({ balance: Number.MAX_SAFE_INTEGER }).finish())
    assert.equal(safe.balance, Number.MAX_SAFE_INTEGER)
    assert.throws(() => pb.AccountBalance.encode({ balance: (1n << 64n) as unknown as number }).finish(), RangeError)
    assert.throws(() => pb.AccountBalance.encode({ balance: -1n as unknown as number }).finish(), RangeError)
  })
})

describe('amounts', () => {
  it('toAmount refuses negatives, fractions, unsafe numbers and values past 2^64 - 1', () => {
    assert.equal(toAmount(5), 5n)
    assert.equal(toAmount('18446744073709551615'), MAX_AMOUNT)
    for (const bad of [-1, 1.5, Number.MAX_SAFE_INTEGER + 2, -1n, 1n << 64n, 'x', '-3']) {
      assert.throws(() => toAmount(bad as never), InvalidAmountError, String(bad))
    }
  })

  it('parses and formats whole credits with the decimals', () => {
    assert.equal(parseCredits('1.5', 9), 1_500_000_000n)
    assert.equal(parseCredits('0.000000001', 9), 1n)
    assert.equal(formatAmount(1_500_000_000n, 9), '1.5')
    assert.equal(formatAmount(3n, 9), '0.000000003')
    assert.equal(formatAmount(21_000_000n * 10n ** 9n, 9), '21000000')
    assert.throws(() => parseCredits('0.0000000001', 9), /more than 9 decimals/)
    assert.throws(() => parseCredits('1e3', 9), InvalidAmountError)
    assert.throws(() => parseCredits('18446744074', 9), /2\^64/)
  })
})

describe('signing bytes', () => {
  it('lay out domain, coordinator, nonce, time and body exactly as docs/accounts.md says', () => {
    const nonce = new Uint8Array(16).fill(0xab)
    const t = transferSigningBytes({ coordinatorPeerId: 'C', nonce, signedAtMs: 258, from: 'F', to: 'TT', amount: 513n })
    const expected = Buffer.concat([
      Buffer.from('ailee/transfer/v1\n'), Buffer.from([0, 0, 0, 1]), Buffer.from('C'), Buffer.from(nonce),
      Buffer.from([0, 0, 0, 0, 0, 0, 1, 2]), Buffer.from([0, 0, 0, 1]), Buffer.from('F'), Buffer.from([0, 0, 0, 2]), Buffer.from('TT'),
      Buffer.from([0, 0, 0, 0, 0, 0, 2, 1])
    ])
    assert.deepEqual(Buffer.from(t), expected)
    const s = submissionSigningBytes({ coordinatorPeerId: 'C', nonce, signedAtMs: 1, spec: { moduleCid: 'm' } })
    assert.deepEqual(Buffer.from(s), Buffer.concat([
      Buffer.from('ailee/submit/v1\n'), Buffer.from([0, 0, 0, 1]), Buffer.from('C'), Buffer.from(nonce),
      Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]), Buffer.from(pb.TaskSpec.encode({ moduleCid: 'm' }).finish())
    ]))
  })
})

describe('blocks with transfer entries', () => {
  it('validate a transfer signed for the producer; refuse a forged one, a foreign one and a duplicate', async () => {
    const producer = await generateKeyPair('Ed25519')
    const producerId = peerIdFromPrivateKey(producer).toString()
    const payer = await generateKeyPair('Ed25519')
    const payee = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    const transfer = await signTransfer(payee, (1n << 60n), payer, producerId)
    const verified = await verifyTransfer(transfer, producerId)
    assert.equal(verified.amount, 1n << 60n)
    const block = async (entries: Parameters<typeof buildBlock>[0]['entries']): Promise<ReturnType<typeof validateBlock>> =>
      await validateBlock(await buildBlock({ height: 0, prevHash: ZERO_HASH, entries, producerKey: producer, timestampMs: 1, stateRoot: ZERO_HASH }), { maxEntries: 10 })
    const ok = await block([{ transfer: { transfer, coordinatorPeerId: producerId } }])
    assert.deepEqual(ok.transferIndexes, [0])
    assert.deepEqual(ok.receipts, [])
    const reason = (r: string) => (err: Error) => err instanceof InvalidBlockError && err.reason === r
    await assert.rejects(block([{ transfer: { transfer: { ...transfer, amount: 2 }, coordinatorPeerId: producerId } }]), reason('invalid-transfer'))
    await assert.rejects(block([{ transfer: { transfer, coordinatorPeerId: payee } }]), reason('foreign-transfer'))
    await assert.rejects(block([{ transfer: { transfer, coordinatorPeerId: producerId } }, { transfer: { transfer, coordinatorPeerId: producerId } }]), reason('duplicate-transfer'))
  })
})

describe('NonceStore', () => {
  it('claims a nonce once and forgets it after its expiry', async t => {
    const { db } = await openTempDb(t)
    const nonces = new NonceStore(db)
    const nonce = new Uint8Array(16).fill(1)
    assert.equal(await nonces.claim('acct', nonce, 1_000, 0), true)
    assert.equal(await nonces.claim('acct', nonce, 1_000, 500), false)
    assert.equal(await nonces.claim('other', nonce, 1_000, 500), true)
    assert.equal(await nonces.prune(2_000), 2)
    assert.equal(await nonces.seen('acct', nonce), false)
  })
})

describe('the development key', () => {
  it('config/dev-client.key is the documented seed\'s key, its account is the one the default genesis funds', async () => {
    const key = privateKeyFromProtobuf(await readFile(DEV_CLIENT_KEY_FILE))
    assert.equal(peerIdFromPrivateKey(key).toString(), DEV_CLIENT_ACCOUNT)
    const fromSeed = await generateKeyPairFromSeed('Ed25519', sha256(new TextEncoder().encode(DEV_CLIENT_SEED_TEXT)))
    assert.equal(peerIdFromPrivateKey(fromSeed).toString(), DEV_CLIENT_ACCOUNT)
    assert.deepEqual(resolveConfig({}).ledger.genesis, { [DEV_CLIENT_ACCOUNT]: '1000000000000000' })
    assert.deepEqual(resolveConfig({ ledger: { genesis: {} } }).ledger.genesis, {})
    assert.throws(() => resolveConfig({ ledger: { genesis: { 'not-a-peer-id': '1' } } }), /Ed25519 peer id/)
    assert.throws(() => resolveConfig({ ledger: { genesis: { [DEV_CLIENT_ACCOUNT]: '18446744073709551616' } } }), /2\^64/)
  })
})
