/**
 * The payload of the offers topic, `TaskOfferBatch` (proto/ailee/v1/task.proto):
 * the offers one coordinator opened in one event-loop turn, carried by one
 * gossip message, so that one signature, one publish and one validation per
 * node serve many tasks (issue 9). A lone offer travels as a batch of one.
 *
 * Encoding (coordinator side) works on offers encoded once each
 * ({@link encodeOffer}): the batch is their concatenation as field 2 after the
 * coordinator's peer id as field 1 — the protobuf wire form of
 * `TaskOfferBatch` (protobuf encoding guide, "Embedded messages": an embedded
 * message is a length-delimited field holding its encoding), so its exact size
 * is known before it is built ({@link batchBytes}).
 *
 * Decoding (every node that validates the topic) decides per offer: an offer
 * that does not convert (`taskOfferFromWire` throws) or that names another
 * coordinator than the batch is dropped alone, with its reason; the batch
 * itself fails only when it is not protobuf at all or names no coordinator.
 */
import protobuf from 'protobufjs/minimal.js'
import { pb, type ailee } from '../../proto/index.ts'
import { InvalidMessageError } from '../errors.ts'
import { nonEmpty } from './fields.ts'
import { taskOfferFromWire, type TaskOffer } from './assignment.ts'

/** Field 1 (`coordinator_peer_id`), wire type 2 (length-delimited): tag byte 0x0a. */
const COORDINATOR_TAG = (1 << 3) | 2
/** Field 2 (`offers`), wire type 2: tag byte 0x12. */
const OFFER_TAG = (2 << 3) | 2

/** A decoded batch: the offers that converted, and those dropped with why. */
export interface TaskOfferBatch {
  /** the coordinator the batch names (non-empty): the gossip author must be this peer */
  coordinatorPeerId: string
  /** the offers that converted and name `coordinatorPeerId`, in batch order */
  offers: TaskOffer[]
  /** offers left out: their index in the batch and why (the field and value, or the other coordinator) */
  dropped: Array<{ index: number, reason: string }>
}

/** One offer in its wire encoding (`TaskOffer`), as a batch carries it. Never throws for a well-formed `ITaskOffer`. */
export function encodeOffer (offer: ailee.v1.ITaskOffer): Uint8Array {
  return pb.TaskOffer.encode(offer).finish()
}

/** Bytes a varint of `n` (a non-negative integer < 2^32) takes on the wire. */
function varintBytes (n: number): number {
  let bytes = 1
  while (n >= 0x80) { n = Math.floor(n / 0x80); bytes++ }
  return bytes
}

/** Bytes one encoded offer of `offerBytes` bytes adds to a batch: tag, length, body. */
export function offerFieldBytes (offerBytes: number): number {
  return 1 + varintBytes(offerBytes) + offerBytes
}

/** Bytes of a batch naming `coordinatorPeerId` (UTF-8) with no offer yet. */
export function batchBytes (coordinatorPeerId: string): number {
  const len = Buffer.byteLength(coordinatorPeerId, 'utf8')
  return 1 + varintBytes(len) + len
}

/**
 * The wire `TaskOfferBatch` of `coordinatorPeerId` and offers already encoded
 * with {@link encodeOffer}; its length is `batchBytes(c) + sum(offerFieldBytes(o.length))`.
 */
export function encodeOfferBatch (coordinatorPeerId: string, offers: Uint8Array[]): Uint8Array {
  const writer = protobuf.Writer.create()
  writer.uint32(COORDINATOR_TAG).string(coordinatorPeerId)
  for (const offer of offers) writer.uint32(OFFER_TAG).bytes(offer)
  return writer.finish()
}

/**
 * Decodes an offers-topic payload.
 *
 * @throws {Error} from protobufjs when `bytes` is not a `TaskOfferBatch` (truncated, wrong wire types)
 * @throws {InvalidMessageError} when the batch names no coordinator (`batch.coordinatorPeerId`)
 */
export function decodeOfferBatch (bytes: Uint8Array): TaskOfferBatch {
  const wire = pb.TaskOfferBatch.decode(bytes)
  const coordinatorPeerId = nonEmpty(wire.coordinatorPeerId, 'batch.coordinatorPeerId')
  const offers: TaskOffer[] = []
  const dropped: TaskOfferBatch['dropped'] = []
  wire.offers.forEach((w, index) => {
    let offer: TaskOffer
    try {
      offer = taskOfferFromWire(w)
    } catch (err) {
      if (!(err instanceof InvalidMessageError)) throw err
      dropped.push({ index, reason: err.message })
      return
    }
    if (offer.coordinatorPeerId !== coordinatorPeerId) {
      dropped.push({ index, reason: `offer.coordinatorPeerId names ${offer.coordinatorPeerId}, the batch ${coordinatorPeerId}` })
      return
    }
    offers.push(offer)
  })
  return { coordinatorPeerId, offers, dropped }
}
