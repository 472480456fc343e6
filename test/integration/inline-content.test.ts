/**
 * Inline content through a real swarm (1 coordinator, 1 worker): the client
 * library sends a small module and stdin inline by default, the coordinator
 * stores them sealed under the task's content key (its blockstore holds the
 * envelopes, not the plaintext), and the task
 * completes verified with a receipt binding the plaintext hashes; the same task
 * with inlining off (`inlineMaxBytes: 0`) goes by CID over bitswap and gives
 * the same output.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { AileeClient } from '../../src/client/index.ts'
import { openContent } from '../../src/content/envelope.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { nextTestClientKey } from '../helpers/accounts.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { NETWORK_ID } from './helpers.ts'

const wordfreq = await readFixture('wordfreq')

describe('inline content through a swarm', () => {
  let swarm: Swarm
  const clients: AileeClient[] = []
  const connect = async (inlineMaxBytes?: number): Promise<AileeClient> => {
    const client = await AileeClient.connect(swarm.coordinatorAddr, { privateKey: nextTestClientKey(), networkId: NETWORK_ID, timeoutMs: 10_000, ...(inlineMaxBytes != null ? { inlineMaxBytes } : {}) })
    clients.push(client)
    return client
  }

  before(async () => {
    swarm = await startSwarm({ workers: 1 })
    await swarm.waitForWorkers(1)
  })

  after(async () => {
    for (const c of clients) await c.close()
    await swarm?.stop()
  })

  const stdin = new TextEncoder().encode('one two two three three three\n')

  it('a small task goes inline: the coordinator stores it sealed, the receipt binds the plaintext', async () => {
    const client = await connect()
    const key = new Uint8Array(32).fill(7)
    const result = await client.submit({ wasm: wordfreq, stdin, contentKey: key })
    assert.equal(result.status, 'completed', result.reason)
    assert.equal(result.verified, true)
    assert.match(new TextDecoder().decode(result.stdout), /^bytes: 30\n/)
    assert.equal(result.receipt?.valid, true)
    assert.equal(result.receipt?.moduleHash, bytesToHex(sha256(wordfreq)))
    assert.equal(result.receipt?.inputHash, bytesToHex(sha256(stdin)))
    // the coordinator named and stored the envelopes; they open with the task's key
    const content = swarm.coordinator.host.content
    const storedModule = await content.get(result.moduleCid, { maxBytes: wordfreq.byteLength + 64, offline: true })
    assert.notDeepEqual(storedModule.subarray(0, 8), wordfreq.subarray(0, 8), 'not stored as plaintext')
    assert.deepEqual(await openContent(key, storedModule, 'module'), wordfreq)
    const storedInput = await content.get(result.inputCid, { maxBytes: stdin.byteLength + 64, offline: true })
    assert.deepEqual(await openContent(key, storedInput, 'input'), stdin)
  })

  it('with inlining off the same task goes by CID over bitswap and gives the same output', async () => {
    const [inline, byCid] = await Promise.all([connect(), connect(0)])
    const a = await inline.submit({ wasm: wordfreq, stdin })
    const b = await byCid.submit({ wasm: wordfreq, stdin })
    assert.equal(b.status, 'completed', b.reason)
    assert.deepEqual(b.stdout, a.stdout)
    assert.equal(b.receipt?.moduleHash, a.receipt?.moduleHash)
  })
})
