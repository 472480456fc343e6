import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { TASK_PROTOCOL, dhtProtocolFor, mdnsServiceTagFor, topicsFor } from '../../src/p2p/topics.ts'

describe('topics', () => {
  it('names topics and the DHT protocol after the network id', () => {
    assert.deepEqual(topicsFor('ailee-dev'), {
      offers: '/ailee/ailee-dev/offers/2.0.0',
      telemetry: '/ailee/ailee-dev/telemetry/1.0.0',
      blocks: '/ailee/ailee-dev/blocks/1.0.0',
      coordinators: '/ailee/ailee-dev/coordinators/1.0.0'
    })
    assert.equal(dhtProtocolFor('ailee-dev'), '/ailee/ailee-dev/kad/1.0.0')
    assert.equal(TASK_PROTOCOL, '/ailee/task/1.0.0')
    assert.notEqual(topicsFor('a').offers, topicsFor('b').offers)
  })

  it('keeps mDNS service labels within 63 bytes and distinct per network', () => {
    assert.equal(mdnsServiceTagFor('ailee-dev'), '_ailee-ailee-dev._udp.local')
    const long1 = mdnsServiceTagFor('a'.repeat(63))
    const long2 = mdnsServiceTagFor('b'.repeat(63))
    assert.ok(long1.split('.')[0].length <= 63)
    assert.notEqual(long1, long2)
  })
})
