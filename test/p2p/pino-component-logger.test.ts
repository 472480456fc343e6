import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { Key } from 'interface-datastore'
import { base32 } from 'multiformats/bases/base32'
import { base58btc } from 'multiformats/bases/base58'
import { base64 } from 'multiformats/bases/base64'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { pino, type Logger as PinoLogger } from 'pino'
import { formatLogArgs, pinoComponentLogger } from '../../src/p2p/pino-component-logger.ts'
import { pinoComponentLogger as reexported } from '../../src/node/logger.ts'
import { Cleanup, startHost, waitConnected, waitUntil } from '../helpers/swarm-host.ts'

interface Line extends Record<string, any> { level: number, msg: string }

/** A pino logger at `level` whose lines land, parsed, in `lines`. */
function capture (level: string, base: Record<string, unknown> = {}): { log: PinoLogger, lines: Line[] } {
  const lines: Line[] = []
  const log = pino({ level, base }, { write: (s: string) => { lines.push(JSON.parse(s)) } })
  return { log, lines }
}

const LEVEL = { trace: 10, debug: 20, info: 30, error: 50 }

describe('pinoComponentLogger', () => {
  it('is what src/node/logger.ts exports', () => {
    assert.equal(reexported, pinoComponentLogger)
  })

  it('writes one line per call, at debug / error / trace, with the component field and pino bindings', () => {
    const { log, lines } = capture('trace', { role: 'worker' })
    const l = pinoComponentLogger(log.child({ peerId: 'me' })).forComponent('libp2p:test')
    l('hello %s', 'world')
    l.error('bad %d', 42)
    l.trace('tiny')
    assert.equal(lines.length, 3)
    assert.deepEqual(lines.map(x => [x.level, x.msg, x.component, x.role, x.peerId]), [
      [LEVEL.debug, 'hello world', 'libp2p:test', 'worker', 'me'],
      [LEVEL.error, 'bad 42', 'libp2p:test', 'worker', 'me'],
      [LEVEL.trace, 'tiny', 'libp2p:test', 'worker', 'me']
    ])
  })

  it('errorLevel moves .error calls to another level, scopes included', () => {
    const { log, lines } = capture('debug')
    const l = pinoComponentLogger(log, { errorLevel: 'warn' }).forComponent('libp2p:tcp')
    l.error('closed after reading 0/1 bytes')
    l.newScope('x').error('reset')
    assert.deepEqual(lines.map(x => [x.level, x.component]), [[40, 'libp2p:tcp'], [40, 'libp2p:tcp:x']])
  })

  it('newScope logs as component name:scope', () => {
    const { log, lines } = capture('debug')
    pinoComponentLogger(log).forComponent('libp2p:upgrader').newScope('inbound:1')('x')
    assert.equal(lines[0].component, 'libp2p:upgrader:inbound:1')
  })

  it('respects the level: enabled is false below it and nothing is written or formatted', () => {
    const { log, lines } = capture('info')
    const l = pinoComponentLogger(log).forComponent('c')
    assert.equal(l.enabled, false)
    assert.equal((l.trace as any).enabled, false)
    assert.equal((l.error as any).enabled, true)
    let formatted = 0
    const costly = { toString: () => { formatted++; return 'peer' } }
    l('debug %p', costly)
    l.trace('trace %p', costly)
    assert.equal(lines.length, 0)
    assert.equal(formatted, 0)
    l.error('shown %p', costly)
    assert.equal(lines.length, 1)
    assert.equal(formatted, 1)
  })

  it('enabled follows a level change on the pino logger', () => {
    const { log, lines } = capture('info')
    const l = pinoComponentLogger(log).forComponent('c')
    assert.equal(l.enabled, false)
    log.level = 'debug'
    assert.equal(l.enabled, true)
    l('now visible')
    assert.equal(lines.length, 1)
    log.level = 'silent'
    assert.equal(l.enabled, false)
    assert.equal((l.error as any).enabled, false)
    l.error('hidden')
    assert.equal(lines.length, 1)
  })

  it('formats %p %a %c %k %b %t %m %h like @libp2p/logger', async () => {
    const { log, lines } = capture('debug')
    const l = pinoComponentLogger(log).forComponent('fmt')
    const peerId = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    const addr = multiaddr('/ip4/127.0.0.1/tcp/4001')
    const cid = CID.createV1(raw.code, await sha256.digest(new Uint8Array([1, 2, 3])))
    l('peer %p addr %a cid %c key %k', peerId, addr, cid, new Key('/a/b'))
    assert.equal(lines[0].msg, `peer ${peerId.toString()} addr /ip4/127.0.0.1/tcp/4001 cid ${cid.toString()} key /a/b`)
    const bytes = Uint8Array.from([0, 1, 2, 255])
    l('b58 %b b32 %t b64 %m hex %h', bytes, bytes, bytes, bytes)
    assert.equal(lines[1].msg, `b58 ${base58btc.baseEncode(bytes)} b32 ${base32.baseEncode(bytes)} b64 ${base64.baseEncode(bytes)} hex 000102ff`)
    assert.equal(lines[1].msg, 'b58 1LiA b32 aaaqf7y b64 AAEC/w hex 000102ff')
    l('missing %p %a', undefined, null)
    assert.equal(lines[2].msg, 'missing undefined undefined')
  })

  it('formats %e as message and stack and puts the error in pino\'s err field', () => {
    const { log, lines } = capture('debug')
    const l = pinoComponentLogger(log).forComponent('fmt')
    const err = new TypeError('kaboom')
    l.error('dial failed - %e', err)
    const line = lines[0]
    assert.equal(line.level, LEVEL.error)
    assert.match(line.msg, /^dial failed - TypeError: kaboom\n\s+at /)
    assert.equal(line.err.type, 'TypeError')
    assert.equal(line.err.message, 'kaboom')
    assert.match(line.err.stack, /TypeError: kaboom\n\s+at /)
    // an Error given without %e still becomes `err`
    l('plain', new Error('trailing'))
    assert.equal(lines[1].err.message, 'trailing')
    assert.match(lines[1].msg, /^plain Error: trailing/)
  })

  it('prints AggregateErrors with their inner errors', () => {
    const { msg } = formatLogArgs('all failed - %e', [new AggregateError([new Error('one'), new Error('two')], 'all')])
    assert.match(msg, /AggregateError: all/)
    assert.match(msg, /\n\s+Error: one/)
    assert.match(msg, /\n\s+Error: two/)
  })

  it('supports %s %d %i %f %j %o %O, %%, unknown placeholders and extra arguments', () => {
    assert.equal(formatLogArgs('%s|%d|%i|%f|%j|%%|%z', ['str', 3.7, -2.2, 1.5, { a: [1] }]).msg, 'str|3|-2|1.5|{"a":[1]}|%|%z')
    assert.equal(formatLogArgs('%o', [{ a: { b: 1 } }]).msg, '{ a: { b: 1 } }')
    assert.equal(formatLogArgs('%O', [[1, 2]]).msg, '[ 1, 2 ]')
    assert.equal(formatLogArgs('n=%d', [1, 'extra', { x: 1 }]).msg, 'n=1 extra { x: 1 }')
    assert.equal(formatLogArgs('%s and %s', ['only one']).msg, 'only one and %s')
    assert.equal(formatLogArgs({ x: 1 }, []).msg, '{ x: 1 }')
    assert.equal(formatLogArgs(42, []).msg, '42')
  })

  it('takes a leading plain object followed by a string as merge fields', () => {
    const { log, lines } = capture('debug')
    const l = pinoComponentLogger(log).forComponent('fields')
    const err = new Error('handler bug')
    l.error({ err, peer: 'p1', request: 'status' }, 'handler of %s failed', 'status')
    assert.equal(lines[0].msg, 'handler of status failed')
    assert.equal(lines[0].peer, 'p1')
    assert.equal(lines[0].request, 'status')
    assert.equal(lines[0].component, 'fields')
    assert.match(lines[0].err.stack, /Error: handler bug/)
  })

  it('never throws, even for arguments that cannot be formatted', () => {
    const { log, lines } = capture('debug')
    const l = pinoComponentLogger(log).forComponent('odd')
    const hostile = { toString: () => { throw new Error('nope') } }
    l('peer %p', hostile)
    assert.equal(lines[0].msg, 'peer [unformattable: nope]')
  })
})

describe('createHost with a pino logger', () => {
  const cleanup = new Cleanup()
  afterEach(async () => { await cleanup.run() })

  it('libp2p, its services and the host log into that pino with component and peerId fields', async () => {
    const { log, lines } = capture('debug', { role: 'coordinator' })
    const a = await startHost(cleanup, { dht: false, pino: log })
    const b = await startHost(cleanup, { dht: false, bootstrap: a.multiaddrs() })
    await waitConnected(b, a)
    await waitUntil(() => lines.some(l => String(l.component).startsWith('libp2p:tcp:connection:inbound:')), 5000, 'a line of the inbound TCP connection')
    const components = new Set(lines.map(l => l.component))
    const names = [...components].join(', ')
    assert.ok(components.has('libp2p'), `libp2p itself: ${names}`)
    assert.ok(components.has('libp2p:tcp:listener'), `the TCP transport: ${names}`)
    assert.ok(components.has('libp2p:gossipsub'), `gossipsub: ${names}`)
    assert.ok(components.has('ailee:host'), `our host: ${names}`)
    assert.ok(lines.some(l => l.component === 'ailee:host' && /^started /.test(l.msg)))
    for (const line of lines) {
      assert.equal(line.peerId, a.peerId.toString())
      assert.equal(line.role, 'coordinator')
      assert.equal(typeof line.component, 'string')
      assert.ok(line.level >= LEVEL.debug, 'nothing below the level')
    }
  })

  it('writes nothing from libp2p below the pino level', async () => {
    const { log, lines } = capture('warn')
    await startHost(cleanup, { dht: false, pino: log })
    assert.deepEqual(lines.filter(l => l.level < 40), [])
  })
})
