/**
 * Telemetry at the coordinator's gossip boundary, through real libp2p hosts:
 * well-formed telemetry is taken, malformed or impersonating telemetry is
 * rejected at gossip validation (the sender's gossip score drops, the
 * coordinator's view does not change).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { pb, type ailee } from '../../src/proto/index.ts'
import type { AileeHost } from '../../src/p2p/host.ts'
import { topicsFor } from '../../src/p2p/topics.ts'
import { telemetryToWire, type Telemetry } from '../../src/protocol/messages/telemetry.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { Cleanup, startHost, waitUntil } from '../helpers/swarm-host.ts'
import { NETWORK_ID } from './helpers.ts'

const topic = topicsFor(NETWORK_ID).telemetry

function telemetry (peerId: string, over: Partial<Telemetry> = {}): Telemetry {
  return {
    peerId, timestampMs: Date.now(), seq: 1, cpuLoad: 0.2, memoryUsedBytes: 1, memoryTotalBytes: 2, runningTasks: 0,
    capacitySlots: 1, maxMemoryPages: 16, price: 5, version: 'test', draining: false, uptimeMs: 1, ...over
  }
}

describe('telemetry gossip at the coordinator', () => {
  let swarm: Swarm
  const cleanup = new Cleanup()
  before(async () => { swarm = await startSwarm({ workers: 0 }) })
  after(async () => {
    await cleanup.run()
    await swarm.stop()
  })

  /** A bare host in the coordinator's telemetry mesh. */
  async function peer (): Promise<AileeHost> {
    const host = await startHost(cleanup, { networkId: NETWORK_ID, bootstrap: [swarm.coordinatorAddr], dht: false })
    host.gossip.subscribe(topic, { decode: bytes => bytes, onMessage: () => {} })
    await waitUntil(() => host.gossip.meshPeers(topic).includes(swarm.coordinator.peerId), 15_000, 'the coordinator in the telemetry mesh')
    return host
  }

  /** The coordinator's `peers` row of `peerId`. */
  function row (peerId: string): ailee.v1.IPeerInfo | undefined {
    return swarm.coordinator.coordinator!.orchestrator.peers().find(p => p.peerId === peerId)
  }

  async function publish (host: AileeHost, wire: ailee.v1.ITelemetry): Promise<void> {
    await host.gossip.publish(topic, pb.Telemetry.encode(wire).finish())
  }

  it('takes well-formed telemetry and rejects malformed telemetry, penalising its sender', async () => {
    const a = await peer()
    const id = a.peerId.toString()
    await publish(a, telemetryToWire(telemetry(id, { seq: 1, price: 5 })))
    await waitUntil(() => row(id)?.alive === true, 10_000, 'the coordinator to list the peer')
    assert.equal(row(id)?.price, 5)
    assert.ok(swarm.coordinator.host.gossip.score(a.peerId) >= 0)

    // CPU load out of [0, 1]: decodes as protobuf, but telemetryFromWire refuses it
    await publish(a, { ...telemetryToWire(telemetry(id, { seq: 2, price: 999 })), cpuLoad: 2 })
    await waitUntil(() => swarm.coordinator.host.gossip.score(a.peerId) < 0, 10_000, 'the sender penalised')
    assert.equal(row(id)?.price, 5, 'the malformed telemetry was not taken')
  })

  it('rejects telemetry whose author is not the worker it describes', async () => {
    const a = await peer()
    const b = await peer()
    const idA = a.peerId.toString()
    await publish(a, telemetryToWire(telemetry(idA, { seq: 1, price: 7 })))
    await waitUntil(() => row(idA)?.alive === true, 10_000, 'the coordinator to list a')

    await publish(b, telemetryToWire(telemetry(idA, { seq: 2, price: 1 })))
    await waitUntil(() => swarm.coordinator.host.gossip.score(b.peerId) < 0, 10_000, 'the impostor penalised')
    assert.equal(row(idA)?.price, 7, 'a\'s telemetry is unchanged')
    assert.equal(row(b.peerId.toString()), undefined, 'b is not listed')
    assert.ok(swarm.coordinator.host.gossip.score(a.peerId) >= 0)
  })
})
