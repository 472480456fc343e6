/**
 * Names of everything on the wire that carries the network id, declared once
 * as data (Lodestar `network/reqresp/protocols.ts` style), so two networks
 * never mix: gossip topics and the DHT protocol. The request/response protocol
 * id is shared by all networks; each `Request` carries `network_id` instead.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** Protocol id of the request/response exchange (`proto/ailee/v1/task.proto`). */
export const TASK_PROTOCOL = '/ailee/task/1.0.0'

/**
 * Protocol id of a task-protocol session (`SessionFrame`, src/protocol/session-client.ts):
 * one long-lived stream per connection and direction that carries many
 * `/ailee/task/1.0.0` request/response exchanges, tagged with ids, instead of
 * opening a stream per request.
 */
export const TASK_SESSION_PROTOCOL = '/ailee/task-session/1.0.0'

/**
 * Protocol id of chain sync (`proto/ailee/v1/sync.proto`, docs/chain-sync.md):
 * chain heads and ranges of blocks, in the same `Request`/`Response` envelopes.
 */
export const SYNC_PROTOCOL = '/ailee/sync/1.0.0'

/** Gossipsub topics of one network. */
export interface NetworkTopics {
  /**
   * `TaskOfferBatch` messages from coordinators: `/ailee/<networkId>/offers/2.0.0` (1.0.0 carried
   * one `TaskOffer` per message; the payloads cannot be told apart, so batches got a new topic and
   * nodes of either version never misread, or penalise, the other's offers)
   */
  offers: string
  /** `Telemetry` messages from workers: `/ailee/<networkId>/telemetry/1.0.0` */
  telemetry: string
  /** `Block` messages from coordinators: `/ailee/<networkId>/blocks/1.0.0` */
  blocks: string
  /** `CoordinatorAnnouncement` messages from coordinators: `/ailee/<networkId>/coordinators/1.0.0` */
  coordinators: string
}

/** The gossipsub topics of `networkId`. */
export function topicsFor (networkId: string): NetworkTopics {
  return {
    offers: `/ailee/${networkId}/offers/2.0.0`,
    telemetry: `/ailee/${networkId}/telemetry/1.0.0`,
    blocks: `/ailee/${networkId}/blocks/1.0.0`,
    coordinators: `/ailee/${networkId}/coordinators/1.0.0`
  }
}

/** Kademlia DHT protocol id of `networkId`: `/ailee/<networkId>/kad/1.0.0`. */
export function dhtProtocolFor (networkId: string): string {
  return `/ailee/${networkId}/kad/1.0.0`
}

/**
 * mDNS service tag of `networkId`, so LAN discovery only finds peers of the
 * same network: `_ailee-<networkId>._udp.local`, or `_ailee-<16 hex digits of
 * sha256(networkId)>._udp.local` when the label would pass the 63-byte DNS
 * label limit (RFC 1035 section 2.3.4).
 */
export function mdnsServiceTagFor (networkId: string): string {
  let label = `_ailee-${networkId}`
  if (label.length > 63) {
    label = `_ailee-${bytesToHex(sha256(utf8ToBytes(networkId))).slice(0, 16)}`
  }
  return `${label}._udp.local`
}
