/**
 * Verification by re-execution, the pure parts: worker and group credibility
 * (Sarmenta 2002), the agreement decision for each policy, and the policy
 * text and wire forms.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { agreementKey, executionsAtOnce, judgeResults, requiredAgreement, type ReplicaRecord, type TaskVerification } from '../../src/coordinator/agreement.ts'
import { groupCredibilities, workerCredibility } from '../../src/coordinator/credibility.ts'
import { formatVerificationPolicy, parseVerificationPolicy, verificationPolicyFromWire, verificationPolicyToWire, type VerificationPolicy } from '../../src/protocol/verification-policy.ts'
import { pb } from '../../src/proto/index.ts'

const SETTINGS = { targetErrorRate: 0.001, maxExecutions: 5 }
const RIGHT = agreementKey(1, 0, new Uint8Array(32).fill(1), new Uint8Array(32))
const WRONG = agreementKey(1, 0, new Uint8Array(32).fill(2), new Uint8Array(32))

function result (worker: string, key: string, attempt: number): ReplicaRecord {
  return { worker, attempt, price: 10, key, status: 1, exitCode: 0, outputHash: '', outputCid: '', receipt: '', stdout: '', stderr: '', error: '', wallMs: 1, verdict: 'pending' }
}

function verification (policy: VerificationPolicy, keys: Array<[string, string]>, spotCheck = false): TaskVerification {
  return { policy, spotCheck, results: keys.map(([w, k], i) => result(w, k, i + 1)) }
}

describe('credibility (Sarmenta 2002)', () => {
  it('a new worker has 1 - f; k confirmations give 1 - f/(k e); caught is 0 for good', () => {
    assert.equal(workerCredibility({ confirmed: 0, caught: 0 }, 0.2), 0.8)
    assert.ok(Math.abs(workerCredibility({ confirmed: 10, caught: 0 }, 0.2) - (1 - 0.2 / (10 * Math.E))) < 1e-12)
    assert.equal(workerCredibility({ confirmed: 1000, caught: 1 }, 0.2), 0)
    assert.ok(workerCredibility({ confirmed: 74, caught: 0 }, 0.2) >= 0.999, 'about 74 confirmations make a lone result credible at f = 0.2')
  })

  it('one group of one worker has that worker\'s credibility; agreement raises it; a contradiction lowers it', () => {
    assert.ok(Math.abs(groupCredibilities([[0.8]])[0] - 0.8) < 1e-12)
    const two = groupCredibilities([[0.8, 0.8]])[0]
    assert.ok(Math.abs(two - 0.64 / (0.64 + 0.04)) < 1e-12)
    const [a, b] = groupCredibilities([[0.8, 0.8], [0.8]])
    assert.ok(a > b && a < two)
    assert.deepEqual(groupCredibilities([[0], [0]]), [0, 0])
  })
})

describe('executionsAtOnce (replicas in the first round)', () => {
  const v = (policy: VerificationPolicy, spotCheck = false, results: ReplicaRecord[] = []): TaskVerification => ({ policy, spotCheck, results })
  it('assigns at once what the policy will ask for before any result is in, never more than maxExecutions', () => {
    assert.equal(executionsAtOnce(v({ kind: 'none' }), 0, SETTINGS), 1)
    assert.equal(executionsAtOnce(v({ kind: 'replicate', replicas: 3 }), 1, SETTINGS), 3)
    assert.equal(executionsAtOnce(v({ kind: 'replicate', replicas: 9 }), 1, SETTINGS), SETTINGS.maxExecutions)
    assert.equal(executionsAtOnce(v({ kind: 'spot', probability: 0.1 }), 1, SETTINGS), 1, 'not drawn')
    assert.equal(executionsAtOnce(v({ kind: 'spot', probability: 0.1 }, true), 1, SETTINGS), 2, 'drawn for a spot check')
    assert.equal(executionsAtOnce(v({ kind: 'adaptive' }, true), 1, SETTINGS), 2, 'adaptive, drawn for a spot check')
  })

  it('adaptive: one execution when the leading bidder\'s lone result would be accepted, else two', () => {
    const credible = workerCredibility({ confirmed: 4, caught: 0 }, 0.01)
    const fresh = workerCredibility({ confirmed: 0, caught: 0 }, 0.01)
    assert.ok(credible >= 1 - SETTINGS.targetErrorRate && fresh < 1 - SETTINGS.targetErrorRate)
    assert.equal(executionsAtOnce(v({ kind: 'adaptive' }), credible, SETTINGS), 1)
    assert.equal(executionsAtOnce(v({ kind: 'adaptive' }), fresh, SETTINGS), 2)
    assert.equal(executionsAtOnce(v({ kind: 'adaptive' }), undefined, SETTINGS), 2, 'no candidate counts as not credible')
    // the decision it anticipates: judgeResults asks for more on the fresh worker's lone result, accepts the credible one's
    assert.equal(judgeResults(v({ kind: 'adaptive' }, false, [result('w', RIGHT, 1)]), { w: fresh }, SETTINGS).kind, 'more')
    assert.equal(judgeResults(v({ kind: 'adaptive' }, false, [result('w', RIGHT, 1)]), { w: credible }, SETTINGS).kind, 'accept')
  })

  it('after the first result, executions are asked for one at a time', () => {
    assert.equal(executionsAtOnce(v({ kind: 'replicate', replicas: 3 }, false, [result('a', RIGHT, 1)]), 1, SETTINGS), 1)
  })
})

describe('judgeResults', () => {
  it('none accepts the first result', () => {
    const d = judgeResults(verification({ kind: 'none' }, [['w1', WRONG]]), {}, SETTINGS)
    assert.equal(d.kind, 'accept')
  })

  it('spot: a task not drawn is accepted alone; a drawn one needs a second, agreeing execution', () => {
    assert.equal(judgeResults(verification({ kind: 'spot', probability: 0.1 }, [['w1', RIGHT]]), {}, SETTINGS).kind, 'accept')
    const drawn = verification({ kind: 'spot', probability: 0.1 }, [['w1', RIGHT]], true)
    assert.equal(requiredAgreement(drawn), 2)
    assert.match((judgeResults(drawn, {}, SETTINGS) as { reason: string }).reason, /1 of 2 agreeing results/)
  })

  it('replicate:2 with a disagreement runs a third; the majority is accepted and the minority caught', () => {
    const split = verification({ kind: 'replicate', replicas: 2 }, [['w1', WRONG], ['w2', RIGHT]])
    const more = judgeResults(split, {}, SETTINGS)
    assert.equal(more.kind, 'more')
    assert.match((more as { reason: string }).reason, /2 different results/)
    const decided = judgeResults(verification({ kind: 'replicate', replicas: 2 }, [['w1', WRONG], ['w2', RIGHT], ['w3', RIGHT]]), {}, SETTINGS)
    assert.equal(decided.kind, 'accept')
    if (decided.kind !== 'accept') return
    assert.equal(decided.key, RIGHT)
    assert.deepEqual(decided.agreeing.map(r => r.worker), ['w2', 'w3'])
    assert.deepEqual(decided.disagreeing.map(r => r.worker), ['w1'])
  })

  it('a group is never accepted without a strict majority: 2 against 2 asks for more', () => {
    const tie = verification({ kind: 'replicate', replicas: 2 }, [['w1', WRONG], ['w2', WRONG], ['w3', RIGHT], ['w4', RIGHT]])
    assert.equal(judgeResults(tie, {}, SETTINGS).kind, 'more')
  })

  it('past maxExecutions without agreement the task is undecided (nobody paid or caught)', () => {
    const split = verification({ kind: 'replicate', replicas: 3 }, [['w1', WRONG], ['w2', RIGHT], ['w3', WRONG], ['w4', RIGHT], ['w5', agreementKey(2, -1, new Uint8Array(32), new Uint8Array(32))]])
    const d = judgeResults(split, {}, SETTINGS)
    assert.equal(d.kind, 'undecided')
    assert.match((d as { reason: string }).reason, /no agreement after 5 independent executions/)
  })

  it('adaptive: a lone result of a new worker is re-executed; a credible one is accepted alone', () => {
    const lone = verification({ kind: 'adaptive' }, [['w1', RIGHT]])
    assert.match((judgeResults(lone, { w1: 0.8 }, SETTINGS) as { reason: string }).reason, /credibility 0\.8000 below the target 0\.9990/)
    assert.equal(judgeResults(lone, { w1: 0.9995 }, SETTINGS).kind, 'accept')
    // two new workers (f = 0.01) that agree reach the target
    assert.equal(judgeResults(verification({ kind: 'adaptive' }, [['w1', RIGHT], ['w2', RIGHT]]), { w1: 0.99, w2: 0.99 }, SETTINGS).kind, 'accept')
    // two new workers at f = 0.2 do not
    assert.equal(judgeResults(verification({ kind: 'adaptive' }, [['w1', RIGHT], ['w2', RIGHT]]), { w1: 0.8, w2: 0.8 }, SETTINGS).kind, 'more')
  })

  it('adaptive: a spot-checked task needs two agreeing results even from credible workers', () => {
    const lone = verification({ kind: 'adaptive' }, [['w1', RIGHT]], true)
    assert.equal(judgeResults(lone, { w1: 0.9999 }, SETTINGS).kind, 'more')
  })

  it('adaptive: a caught worker (credibility 0) never makes a group credible', () => {
    const withCaught = verification({ kind: 'adaptive' }, [['bad', WRONG], ['w2', WRONG]])
    assert.equal(judgeResults(withCaught, { bad: 0, w2: 0.9999 }, SETTINGS).kind, 'more')
  })

  it('the agreement key covers status, exit code, stdout and stderr', () => {
    const out = new Uint8Array(32).fill(7)
    const err = new Uint8Array(32)
    const base = agreementKey(1, 0, out, err)
    assert.notEqual(agreementKey(2, 0, out, err), base)
    assert.notEqual(agreementKey(1, 1, out, err), base)
    assert.notEqual(agreementKey(1, 0, new Uint8Array(32).fill(8), err), base)
    assert.notEqual(agreementKey(1, 0, out, new Uint8Array(32).fill(1)), base)
    assert.equal(agreementKey(1, 0, out, err), base)
  })
})

describe('verification policy text and wire forms', () => {
  it('parses and formats every policy', () => {
    for (const text of ['none', 'adaptive', 'spot:0.1', 'spot:1', 'replicate:2', 'replicate:16']) {
      assert.equal(formatVerificationPolicy(parseVerificationPolicy(text)), text)
      const policy = parseVerificationPolicy(text)
      assert.deepEqual(verificationPolicyFromWire(pb.VerificationPolicy.decode(pb.VerificationPolicy.encode(verificationPolicyToWire(policy)!).finish())), policy)
    }
  })

  it('refuses what does not parse, with the reason', () => {
    assert.throws(() => parseVerificationPolicy('replicate:1'), /replicas must be an integer in \[2, 16\], got 1/)
    assert.throws(() => parseVerificationPolicy('replicate:x'), /replicas must be an integer/)
    assert.throws(() => parseVerificationPolicy('spot:1.5'), /probability must be a number in \[0, 1\]/)
    assert.throws(() => parseVerificationPolicy('spot'), /probability/)
    assert.throws(() => parseVerificationPolicy('vote'), /unknown verification policy "vote"/)
    assert.throws(() => parseVerificationPolicy('none:1'), /takes no argument/)
    assert.throws(() => verificationPolicyFromWire({ kind: 99 as never }), /unknown verification kind 99/)
    assert.equal(verificationPolicyFromWire(null), undefined, 'unset: the coordinator\'s default')
  })
})
