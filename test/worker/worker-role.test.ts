import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { PeerId } from '@libp2p/interface'
import { assignRequestHandler, offerTopicHandler, type WorkerInbound } from '../../src/node/worker-role.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { ProtocolError } from '../../src/protocol/errors.ts'
import { assignToWire, taskOfferToWire, type Assign, type TaskOffer } from '../../src/protocol/messages/assignment.ts'
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
  describe('offers topic', () => {
    const encode = (o: ailee.v1.ITaskOffer): Uint8Array => pb.TaskOffer.encode(o).finish()

    it('converts a valid offer and accepts it from its coordinator', async () => {
      const service = inbound()
      const handler = offerTopicHandler(service)
      const offer = makeOffer('t1', 1_000)
      const decoded = handler.decode(encode(taskOfferToWire(offer)))
      assert.deepEqual(decoded, offer)
      assert.equal(await handler.validate!(decoded, peer('coord')), 'accept')
      await handler.onMessage(decoded, peer('coord'))
      assert.deepEqual(service.offers, [offer])
    })

    it('rejects an offer published by a peer other than its coordinator', async () => {
      const handler = offerTopicHandler(inbound())
      assert.equal(await handler.validate!(makeOffer('t1', 1_000), peer('someone-else')), 'reject')
    })

    it('an offer that fails conversion throws in decode (gossip rejects it)', () => {
      const handler = offerTopicHandler(inbound())
      assert.throws(() => handler.decode(encode({ ...taskOfferToWire(makeOffer('t1', 1_000)), memoryPages: 0 })), /offer\.memoryPages/)
      assert.throws(() => handler.decode(encode({ ...taskOfferToWire(makeOffer('', 1_000)) })), /offer\.taskId/)
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
