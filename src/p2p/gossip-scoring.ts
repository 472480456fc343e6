/**
 * Gossipsub v1.1 peer-scoring parameters of the AILEE network
 * (spec: https://github.com/libp2p/specs/blob/master/pubsub/gossipsub/gossipsub-v1.1.md#peer-scoring).
 *
 * Our topics carry little traffic (a telemetry message per worker every few
 * seconds, an offer per task, a block every few seconds), so the parameters
 * that reward or punish delivery *rates* are off, and the score is driven by:
 *
 * - P1 time in mesh and P2 first deliveries: small positive rewards;
 * - P4 invalid messages: a message our validator REJECTS (undecodable, wrong
 *   sender, bad signature) costs `-100 * count^2`, decaying by 1% a second
 *   (half-life about 70 s): one bad message makes a peer's score negative
 *   (more than all rewards can offset), two put it below `gossipThreshold` and
 *   `publishThreshold`, four below `graylistThreshold` (its RPCs ignored);
 * - P7 behaviour penalties (broken promises, GRAFT flooding): library default.
 *
 * P3 mesh-delivery deficits are disabled (weight 0): with sparse traffic they
 * would punish idle but honest peers. P6 IP colocation is disabled: a compute
 * network legitimately runs many workers behind one address (one machine, one
 * NAT, loopback tests).
 */
import { createTopicScoreParams } from '@libp2p/gossipsub/score'
import type { PeerScoreParams, PeerScoreThresholds, TopicScoreParams } from '@libp2p/gossipsub/score'

/** Score parameters of one of our topics. */
export function topicScoreParams (): TopicScoreParams {
  return createTopicScoreParams({
    topicWeight: 1,
    // P1: +0.03 per second in the mesh, capped at 300 s (max +9)
    timeInMeshWeight: 0.03,
    timeInMeshQuantum: 1000,
    timeInMeshCap: 300,
    // P2: +1 per first delivery, decaying 10%/s, capped at 20
    firstMessageDeliveriesWeight: 1,
    firstMessageDeliveriesDecay: 0.9,
    firstMessageDeliveriesCap: 20,
    // P3, P3b: off (sparse traffic)
    meshMessageDeliveriesWeight: 0,
    meshMessageDeliveriesDecay: 0.5,
    meshMessageDeliveriesCap: 100,
    meshMessageDeliveriesThreshold: 1,
    meshMessageDeliveriesWindow: 10,
    meshMessageDeliveriesActivation: 60_000,
    meshFailurePenaltyWeight: 0,
    meshFailurePenaltyDecay: 0.5,
    // P4: -100 * count^2, decaying 1%/s
    invalidMessageDeliveriesWeight: -100,
    invalidMessageDeliveriesDecay: 0.99
  })
}

/**
 * Peer score parameters with `topics` scored by {@link topicScoreParams}.
 *
 * @param topics gossip topics to score (more can be added later with
 *   `GossipBus.subscribe`, which registers unknown topics itself)
 */
export function peerScoreParams (topics: string[]): Partial<PeerScoreParams> {
  const topicParams: Record<string, TopicScoreParams> = {}
  for (const topic of topics) {
    topicParams[topic] = topicScoreParams()
  }
  return {
    topics: topicParams,
    topicScoreCap: 50,
    appSpecificScore: () => 0,
    appSpecificWeight: 1,
    IPColocationFactorWeight: 0,
    IPColocationFactorThreshold: 10,
    behaviourPenaltyWeight: -10,
    behaviourPenaltyThreshold: 6,
    behaviourPenaltyDecay: 0.9,
    decayInterval: 1000,
    decayToZero: 0.01,
    retainScore: 3_600_000
  }
}

/**
 * Thresholds (Lodestar's ordering, scaled to our P4 weight): below -150 no
 * gossip is exchanged with the peer, below -300 we do not publish to it, below
 * -1000 its RPCs are ignored; PX is accepted from peers above 20.
 */
export function peerScoreThresholds (): PeerScoreThresholds {
  return {
    gossipThreshold: -150,
    publishThreshold: -300,
    graylistThreshold: -1000,
    acceptPXThreshold: 20,
    opportunisticGraftThreshold: 2
  }
}
