import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPeerScoreParams, validatePeerScoreParams, validatePeerScoreThresholds } from '@libp2p/gossipsub/score'
import { peerScoreParams, peerScoreThresholds, topicScoreParams } from '../../src/p2p/gossip-scoring.ts'
import { topicsFor } from '../../src/p2p/topics.ts'

describe('gossip scoring', () => {
  it('passes gossipsub validation for every topic of a network', () => {
    const params = createPeerScoreParams(peerScoreParams(Object.values(topicsFor('test-net'))))
    validatePeerScoreParams(params)
    validatePeerScoreThresholds(peerScoreThresholds())
    assert.deepEqual(Object.keys(params.topics).sort(), Object.values(topicsFor('test-net')).sort())
  })

  it('makes one invalid message cost a negative score, two cut gossip and publishing, four graylist', () => {
    const p = topicScoreParams()
    const t = peerScoreThresholds()
    const p4 = (count: number): number => p.topicWeight * p.invalidMessageDeliveriesWeight * count * count
    assert.ok(p4(1) < 0 && p4(1) > t.gossipThreshold)
    assert.ok(p4(2) < t.gossipThreshold && p4(2) < t.publishThreshold)
    assert.ok(p4(3) > t.graylistThreshold)
    assert.ok(p4(4) < t.graylistThreshold)
    // the positive topic rewards cannot outweigh a single invalid message
    const maxReward = p.timeInMeshWeight * p.timeInMeshCap + p.firstMessageDeliveriesWeight * p.firstMessageDeliveriesCap
    assert.ok(maxReward + p4(1) < 0)
  })
})
