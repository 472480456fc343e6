/**
 * A floor under the time of one libp2p random-walk iteration (docs/reachability.md, "Relays found
 * through the DHT").
 *
 * While a node listening on `/p2p-circuit` holds fewer relays than it wants, the circuit relay v2
 * transport (`@libp2p/circuit-relay-v2` 4.2) runs libp2p's `RandomWalk` (libp2p 3.3,
 * `random-walk.js`): `peerRouting.getClosestPeers(<random key>)` again and again, with no pause
 * between iterations. With an empty DHT routing table (a node that has not reached its bootstrap
 * peer yet, or lost every peer) kad-dht answers at once with no peer, so the loop never leaves
 * the microtask queue: timers and I/O starve and the process hangs at 100% CPU (seen in
 * test/p2p/relay-discovery-swarm.test.ts with an in-memory datastore; with a datastore on disk
 * it is a busy loop instead). With peers but no relay among them, each iteration is one DHT round
 * trip, also back to back.
 *
 * libp2p takes no option for this, so this module adds a peer router that answers
 * `getClosestPeers` with no peer after `paceMs`: libp2p's peer routing merges every router's
 * answer and ends an iteration when the slowest one ends, so an iteration lasts at least `paceMs`.
 * Only callers of `libp2p.peerRouting.getClosestPeers` (the random walk; not kad-dht's own
 * queries, provides or lookups) see the delay.
 */
import { peerRoutingSymbol } from '@libp2p/interface'
import type { AbortOptions, PeerInfo, PeerRouting } from '@libp2p/interface'

/** Default floor of one random-walk iteration, ms. */
export const RANDOM_WALK_PACE_MS = 2000

/** The service {@link randomWalkPacer} makes: a peer router that finds nothing, slowly. */
export interface RandomWalkPacer {
  readonly [peerRoutingSymbol]: Pick<PeerRouting, 'getClosestPeers'>
}

/**
 * A libp2p service (`services.randomWalkPacer`) whose peer router yields no peer from
 * `getClosestPeers` after waiting `paceMs` (or until the caller's signal aborts: then it ends at
 * once, without error).
 *
 * @throws RangeError for `paceMs` below 1
 */
export function randomWalkPacer (paceMs = RANDOM_WALK_PACE_MS): () => RandomWalkPacer {
  if (!(paceMs >= 1)) throw new RangeError(`random walk pace must be at least 1 ms, got ${paceMs}`)
  const router: Pick<PeerRouting, 'getClosestPeers'> = {
    async * getClosestPeers (_key: Uint8Array, options?: AbortOptions): AsyncGenerator<PeerInfo> {
      await pause(paceMs, options?.signal)
    }
  }
  return () => ({ [peerRoutingSymbol]: router })
}

async function pause (ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted === true) return
  await new Promise<void>(resolve => {
    const done = (): void => { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve() }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}
