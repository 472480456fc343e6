import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { PeerId } from '@libp2p/interface'
import { assignRequestHandler, offerTopicHandler, type WorkerInbound } from '../../src/node/worker-role.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { ProtocolError } from '../../src/protocol/errors.ts'
import { assignToWire, taskOfferToWire, type Assign, type TaskOffer } from '../../src/protocol/messages/assignment.ts'
import { encodeOfferBatch } from '../../src/protocol/messages/offer-batch.ts'
import { makeAssign, makeOffer } from './helpers.ts'

const peer = (id: string): PeerId => ({ toString: () => id }) as unknown as PeerId

function inbound (): WorkerInbound & { offers: TaskOffer[], assigns: Array<[string, Assign]> } {
  const offers: TaskOffer[] = []
  const assigns: Array<[string, Assign]> = []
  return {
    offers,
    assigns,
    onOffer: async offer => { offers.push(offer) },
    onAssign: (coordinator, assign) => {
      assigns.push([coordinator, assign])
      return { accepted: true, reason: '' }
    }
  }
}

describe('worker role boundary', () => {
  describe('offers topic (TaskOfferBatch)', () => {
    const encode = (o: ailee.v1.ITaskOffer): Uint8Array => pb.TaskOffer.encode(o).finish()
    const batch = (coordinator: string, offers: ailee.v1.ITaskOffer[]): Uint8Array => encodeOfferBatch(coordinator, offers.map(encode))

    it('converts a batch of valid offers, accepts it from its coordinator and delivers every offer in order', async () => {
      const service = inbound()
      const handler = offerTopicHandler(service)
      const offers = [makeOffer('t1', 1_000), makeOffer('t2', 1_000), makeOffer('t3', 1_000)]
      const decoded = handler.decode(batch('coord', offers.map(taskOfferToWire)))
      assert.deepEqual(decoded, { coordinatorPeerId: 'coord', offers, dropped: [] })
      assert.equal(await handler.validate!(decoded, peer('coord')), 'accept')
      await handler.onMessage(decoded, peer('coord'))
      assert.deepEqual(service.offers, offers)
    })

    it('a lone offer travels as a batch of one; its bidder sample survives the wire', async () => {
      const service = inbound()
      const handler = offerTopicHandler(service)
      const offer = { ...makeOffer('t1', 1_000), invitedWorkers: ['w1', 'w2'] }
      const decoded = handler.decode(batch('coord', [taskOfferToWire(offer)]))
      assert.equal(await handler.validate!(decoded, peer('coord')), 'accept')
      await handler.onMessage(decoded, peer('coord'))
      assert.deepEqual(service.offers, [offer])
    })

    it('rejects a batch published by a peer other than the coordinator it names', async () => {
      const handler = offerTopicHandler(inbound())
      const decoded = handler.decode(batch('coord', [taskOfferToWire(makeOffer('t1', 1_000))]))
      assert.equal(await handler.validate!(decoded, peer('someone-else')), 'reject')
    })

    it('an invalid offer inside a batch is dropped alone: the valid ones are delivered', async () => {
      const service = inbound()
      const handler = offerTopicHandler(service)
      const good = [makeOffer('t1', 1_000), makeOffer('t3', 1_000)]
      const decoded = handler.decode(batch('coord', [
        taskOfferToWire(good[0]),
        { ...taskOfferToWire(makeOffer('t2', 1_000)), memoryPages: 0 },
        taskOfferToWire(good[1]),
        // an offer naming another coordinator than the batch (and its signer)
        { ...taskOfferToWire(makeOffer('t4', 1_000)), coordinatorPeerId: 'other-coord' }
      ]))
      assert.deepEqual(decoded.offers, good)
      assert.deepEqual(decoded.dropped.map(d => d.index), [1, 3])
      assert.match(decoded.dropped[0].reason, /offer\.memoryPages/)
      assert.match(decoded.dropped[1].reason, /other-coord/)
      assert.equal(await handler.validate!(decoded, peer('coord')), 'accept')
      await handler.onMessage(decoded, peer('coord'))
      assert.deepEqual(service.offers, good)
    })

    it('a batch with no valid offer is ignored (no penalty), nothing delivered', async () => {
      const handler = offerTopicHandler(inbound())
      const decoded = handler.decode(batch('coord', [{ ...taskOfferToWire(makeOffer('', 1_000)) }]))
      assert.equal(decoded.offers.length, 0)
      assert.equal(await handler.validate!(decoded, peer('coord')), 'ignore')
      assert.equal(await handler.validate!(handler.decode(batch('coord', [])), peer('coord')), 'ignore')
    })

    it('undecodable bytes, or a batch naming no coordinator, throw in decode (gossip rejects them)', () => {
      const handler = offerTopicHandler(inbound())
      assert.throws(() => handler.decode(Uint8Array.from([0x0f, 0xff, 0xff])))
      assert.throws(() => handler.decode(batch('', [taskOfferToWire(makeOffer('t1', 1_000))])), /batch\.coordinatorPeerId/)
    })
  })

  describe('Assign requests', () => {
    it('converts the Assign and answers the service AssignAck', async () => {
      const service = inbound()
      const sent: ailee.v1.IResponse[] = []
      const assign = makeAssign('t1')
      const wire = pb.Request.decode(pb.Request.encode({ assign: assignToWire(assign) }).finish())
      await assignRequestHandler(service)(wire, { peerId: peer('coord'), send: async r => { sent.push(r) } })
      assert.deepEqual(service.assigns, [['coord', assign]])
      assert.deepEqual(sent, [{ assignAck: { accepted: true, reason: '' } }])
    })

    it('an Assign that fails conversion is answered ERROR_CODE_INVALID_MESSAGE naming the field', async () => {
      const service = inbound()
      const wire = assignToWire(makeAssign('t1'))
      wire.spec!.limits!.maxOutputBytes = 0
      const request = pb.Request.decode(pb.Request.encode({ assign: wire }).finish())
      await assert.rejects(assignRequestHandler(service)(request, { peerId: peer('coord'), send: async () => {} }), (err: Error) => {
        assert.ok(err instanceof ProtocolError)
        assert.equal(err.code, pb.ErrorCode.ERROR_CODE_INVALID_MESSAGE)
        assert.match(err.message, /assign\.spec\.limits\.maxOutputBytes/)
        return true
      })
      assert.equal(service.assigns.length, 0)
    })

    it('any other request is ERROR_CODE_UNSUPPORTED', async () => {
      await assert.rejects(assignRequestHandler(inbound())(pb.Request.create({ status: { taskId: 't' } }), { peerId: peer('c'), send: async () => {} }),
        (err: Error) => err instanceof ProtocolError && err.code === pb.ErrorCode.ERROR_CODE_UNSUPPORTED)
    })
  })
})
