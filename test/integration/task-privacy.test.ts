/**
 * A task's private fields (arguments, environment, stdin, stdout, stderr)
 * reach only its client: any other peer asking for its status or following it
 * sees its state, workers, price, receipt hashes and verdicts, and nothing of
 * what the program was given or printed.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { AileeClient } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { connectClient, runFixture, text } from './helpers.ts'

describe('task privacy', () => {
  let swarm: Swarm
  let owner: AileeClient
  let other: AileeClient

  before(async () => {
    swarm = await startSwarm({ workers: 1 })
    await swarm.waitForWorkers(1)
    owner = await connectClient(swarm.coordinatorAddr)
    other = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await owner?.close()
    await other?.close()
    await swarm?.stop()
  })

  it('another peer gets the status and the result without args, env, stdin or output; the client gets all of it', async () => {
    const result = await runFixture(owner, 'hello', { args: ['secret-arg'], env: { API_KEY: 'hunter2' } })
    assert.equal(result.status, 'completed', result.reason)
    assert.match(text(result.stdout), /secret-arg/)

    const mine = await owner.status(result.taskId)
    assert.deepEqual(mine.args, ['secret-arg'])
    assert.deepEqual(mine.env, { API_KEY: 'hunter2' })
    assert.match(text(mine.result!.stdout), /secret-arg/)

    const theirs = await other.status(result.taskId)
    assert.equal(theirs.state, 'completed')
    assert.equal(theirs.worker, mine.worker)
    assert.deepEqual(theirs.args, [])
    assert.deepEqual(theirs.env, {})
    assert.equal(theirs.inputCid, '')
    assert.equal(theirs.result?.stdout.byteLength, 0)
    assert.equal(theirs.result?.stderr, '')
    assert.equal(theirs.result?.outputCid, '')
    assert.equal(theirs.result?.receipt?.outputHash, mine.result?.receipt?.outputHash, 'the receipt (hashes) stays public')

    const followed = await other.waitForResult(result.taskId)
    assert.equal(followed.status, 'completed')
    assert.equal(followed.stdout.byteLength, 0)
  })
})
