/**
 * A small typed layer over gossipsub (Lodestar `network/gossip/gossipsub.ts`
 * style): one subscription per topic with a decoder, an optional validator and
 * a handler. Decoding and validation run inside gossipsub's topic validator, so
 * a payload that does not decode (or that the validator rejects) is REJECTED:
 * it is neither delivered nor forwarded and its sender's score drops (P4,
 * see `gossip-scoring.ts`). Only accepted messages reach `onMessage`.
 */
import { TopicValidatorResult } from '@libp2p/gossipsub'
import { defaultLogger } from '@libp2p/logger'
import { topicScoreParams } from './gossip-scoring.ts'
import { DuplicateSubscriptionError } from './errors.ts'
import type { GossipSub, Message } from '@libp2p/gossipsub'
import type { TopicScoreParams } from '@libp2p/gossipsub/score'
import type { ComponentLogger, Logger, PeerId } from '@libp2p/interface'

/** What a validator says about a decoded message (gossipsub v1.1 semantics). */
export type GossipValidation = 'accept' | 'ignore' | 'reject'

/**
 * How one topic is handled.
 *
 * `from` is the message's author: gossipsub signs every message (StrictSign),
 * so it is the peer that published it, not the neighbour that forwarded it.
 */
export interface TopicHandler<T> {
  /** Turns the payload into a message; throwing means "malformed" and REJECTS it. */
  decode: (bytes: Uint8Array) => T
  /**
   * Checks a decoded message: 'accept' delivers and forwards it, 'ignore' drops
   * it without penalty, 'reject' drops it and lowers the sender's score. A
   * validator that throws counts as 'ignore' (our bug is not the sender's
   * fault). Keep it fast (gossipsub expects < 100 ms). Default: 'accept'.
   */
  validate?: (msg: T, from: PeerId) => GossipValidation | Promise<GossipValidation>
  /** Receives each accepted message once. Errors it throws are logged and swallowed. */
  onMessage: (msg: T, from: PeerId) => void | Promise<void>
}

/**
 * The gossipsub service as libp2p holds it: the `GossipSub` interface plus the
 * implementation's mesh and score accessors.
 */
export type GossipSubService = GossipSub & {
  getMeshPeers: (topic: string) => string[]
  getScore: (peerId: string) => number
  score?: { params: { topics: Record<string, TopicScoreParams> } }
}

/** Options of {@link GossipBus}. */
export interface GossipBusInit {
  /**
   * Where the bus logs (component `ailee:gossip`): rejected messages at debug;
   * a validator or handler that throws at error with fields `{ err, topic, from }`
   * (these are swallowed, so the log is the only trace of them).
   * @default defaultLogger() of `@libp2p/logger`; the host passes the node's
   *   (pino-backed) logger
   */
  logger?: ComponentLogger
}

interface Subscription {
  handler: TopicHandler<any>
  decoded: WeakMap<Message, unknown>
}

/** Typed publish/subscribe over one gossipsub instance. */
export class GossipBus {
  readonly #pubsub: GossipSubService
  readonly #log: Logger
  readonly #subscriptions = new Map<string, Subscription>()
  readonly #onMessage: (evt: CustomEvent<Message>) => void
  /** topic -> verdict -> messages received and validated by us */
  readonly #verdicts = new Map<string, Record<GossipValidation, number>>()
  #stopped = false

  /** @param pubsub the node's gossipsub service (`libp2p.services.pubsub`) */
  constructor (pubsub: GossipSubService, init: GossipBusInit = {}) {
    this.#pubsub = pubsub
    this.#log = (init.logger ?? defaultLogger()).forComponent('ailee:gossip')
    this.#onMessage = (evt) => { this.#deliver(evt.detail) }
    this.#pubsub.addEventListener('message', this.#onMessage)
  }

  /**
   * Subscribes to `topic`: registers the topic validator, then joins the topic
   * mesh. A topic not yet scored gets the default topic score parameters.
   *
   * @throws {DuplicateSubscriptionError} when `topic` already has a subscription
   */
  subscribe<T> (topic: string, handler: TopicHandler<T>): void {
    if (this.#subscriptions.has(topic)) {
      throw new DuplicateSubscriptionError(`already subscribed to ${topic}`)
    }
    const sub: Subscription = { handler, decoded: new WeakMap() }
    this.#subscriptions.set(topic, sub)
    const topics = this.#pubsub.score?.params.topics
    if (topics != null && topics[topic] == null) {
      topics[topic] = topicScoreParams()
    }
    this.#pubsub.topicValidators.set(topic, async (_propagationSource, msg) => {
      const result = await this.#validate(topic, sub, msg)
      this.#count(topic, result)
      return result
    })
    this.#pubsub.subscribe(topic)
  }

  /** Leaves `topic` and removes its validator; does nothing when not subscribed. */
  unsubscribe (topic: string): void {
    if (!this.#subscriptions.delete(topic)) return
    this.#pubsub.topicValidators.delete(topic)
    try {
      this.#pubsub.unsubscribe(topic)
    } catch (err) {
      // gossipsub throws when it is already stopped
      this.#log.trace('unsubscribe %s after stop - %e', topic, err)
    }
  }

  /**
   * Publishes `data` on `topic` (we need not be subscribed). Never throws for
   * lack of peers: the message then reaches nobody.
   *
   * @returns how many peers the message was sent to
   */
  async publish (topic: string, data: Uint8Array): Promise<number> {
    const result = await this.#pubsub.publish(topic, data)
    return result.recipients.length
  }

  /** Peer IDs (strings) in our mesh for `topic`: the peers we forward full messages to. */
  meshPeers (topic: string): string[] {
    return this.#pubsub.getMeshPeers(topic)
  }

  /** The gossipsub score we give `peer` (0 for unknown peers). */
  score (peer: PeerId | string): number {
    return this.#pubsub.getScore(peer.toString())
  }

  /**
   * Messages received on each subscribed topic since start, by our verdict
   * (`reject` includes unsigned and undecodable messages). A copy.
   */
  verdictCounts (): Map<string, Record<GossipValidation, number>> {
    return new Map([...this.#verdicts].map(([topic, counts]) => [topic, { ...counts }]))
  }

  /** Topics with a subscription. */
  topics (): string[] {
    return [...this.#subscriptions.keys()]
  }

  /** Unsubscribes from every topic and stops delivering messages. Idempotent. */
  stop (): void {
    if (this.#stopped) return
    this.#stopped = true
    for (const topic of [...this.#subscriptions.keys()]) {
      this.unsubscribe(topic)
    }
    this.#pubsub.removeEventListener('message', this.#onMessage)
  }

  async #validate (topic: string, sub: Subscription, msg: Message): Promise<TopicValidatorResult> {
    if (msg.type !== 'signed') {
      this.#log('rejecting unsigned message on %s', topic)
      return TopicValidatorResult.Reject
    }
    let decoded: unknown
    try {
      decoded = sub.handler.decode(msg.data)
    } catch (err) {
      this.#log('rejecting undecodable message on %s from %p - %e', topic, msg.from, err)
      return TopicValidatorResult.Reject
    }
    let verdict: GossipValidation = 'accept'
    if (sub.handler.validate != null) {
      try {
        verdict = await sub.handler.validate(decoded, msg.from)
      } catch (err) {
        this.#log.error({ err, topic, from: msg.from.toString() }, 'validator of %s threw, ignoring the message: %s', topic, errorMessage(err))
        verdict = 'ignore'
      }
    }
    if (verdict === 'accept') {
      sub.decoded.set(msg, decoded)
      return TopicValidatorResult.Accept
    }
    this.#log('%s message on %s from %p', verdict, topic, msg.from)
    return verdict === 'reject' ? TopicValidatorResult.Reject : TopicValidatorResult.Ignore
  }

  #count (topic: string, result: TopicValidatorResult): void {
    let counts = this.#verdicts.get(topic)
    if (counts == null) this.#verdicts.set(topic, counts = { accept: 0, ignore: 0, reject: 0 })
    counts[result === TopicValidatorResult.Accept ? 'accept' : result === TopicValidatorResult.Reject ? 'reject' : 'ignore']++
  }

  #deliver (msg: Message): void {
    const sub = this.#subscriptions.get(msg.topic)
    if (sub == null || msg.type !== 'signed') return
    if (!sub.decoded.has(msg)) return // not validated by us (subscription replaced meanwhile)
    const decoded = sub.decoded.get(msg)
    sub.decoded.delete(msg)
    void (async () => {
      try {
        await sub.handler.onMessage(decoded, msg.from)
      } catch (err) {
        this.#log.error({ err, topic: msg.topic, from: msg.from.toString() }, 'handler of %s failed: %s', msg.topic, errorMessage(err))
      }
    })()
  }
}

function errorMessage (err: unknown): string {
  return (err as Error)?.message ?? String(err)
}
