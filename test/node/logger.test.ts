/**
 * Log levels per component (`--log-level coordinator=debug,p2p=info`): the
 * parser, the choice of a component's level, and the node logger that
 * applies them to every child with a `component` (the libp2p bridge's
 * components through the `p2p` group), in JSON or pino-pretty lines.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { levelOf, LogLevelError, parseLogLevels } from '../../src/config/log-levels.ts'
import { createLogger, p2pComponentLevel, pinoComponentLogger } from '../../src/node/logger.ts'

interface Line extends Record<string, any> { level: number, msg: string }

/** A sink whose written lines land in `lines` (JSON parsed unless `raw`). */
function sink (raw = false): { stream: Writable & { write: (s: string) => boolean }, lines: any[] } {
  const lines: any[] = []
  const stream = new Writable({
    write (chunk, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l !== '') lines.push(raw ? l : JSON.parse(l))
      done()
    }
  })
  return { stream: stream as any, lines }
}

describe('parseLogLevels', () => {
  it('reads a plain level, levels per component, and both', () => {
    assert.deepEqual(parseLogLevels('debug'), { level: 'debug', components: {} })
    assert.deepEqual(parseLogLevels('coordinator=debug,p2p=info'), { level: 'info', components: { coordinator: 'debug', p2p: 'info' } })
    assert.deepEqual(parseLogLevels(' warn , chain = trace '), { level: 'warn', components: { chain: 'trace' } })
    assert.deepEqual(parseLogLevels('libp2p:gossipsub=trace', 'error'), { level: 'error', components: { 'libp2p:gossipsub': 'trace' } })
  })

  it('refuses unknown levels, empty items, two plain levels and a component named twice', () => {
    assert.throws(() => parseLogLevels('loud'), /"loud" is not a log level/)
    assert.throws(() => parseLogLevels('p2p=loud'), /"loud" \(for p2p\) is not a log level/)
    assert.throws(() => parseLogLevels('info,'), /empty item/)
    assert.throws(() => parseLogLevels('info,debug'), /two plain levels/)
    assert.throws(() => parseLogLevels('p2p=info,p2p=debug'), /named twice/)
    assert.throws(() => parseLogLevels('=debug'), LogLevelError)
  })
})

describe('levelOf', () => {
  const levels = parseLogLevels('warn,coordinator=debug,coordinator:blocks=error,p2p=info,libp2p:gossipsub=trace')
  it('the longest selector covering the component wins; a selector covers name and name:*', () => {
    assert.equal(levelOf(levels, 'coordinator'), 'debug')
    assert.equal(levelOf(levels, 'coordinator:orchestrator'), 'debug')
    assert.equal(levelOf(levels, 'coordinator:blocks'), 'error')
    assert.equal(levelOf(levels, 'coordinatorx'), 'warn', 'a prefix must end at a ":"')
    assert.equal(levelOf(levels, 'worker'), 'warn')
    assert.equal(levelOf(levels, undefined), 'warn')
  })
  it('the p2p group covers the bridge components; naming one itself is more specific', () => {
    assert.equal(p2pComponentLevel(levels, 'libp2p:tcp'), 'info')
    assert.equal(p2pComponentLevel(levels, 'ailee:gossip'), 'info')
    assert.equal(p2pComponentLevel(levels, 'libp2p:gossipsub:score'), 'trace')
    assert.equal(p2pComponentLevel(parseLogLevels('debug'), 'libp2p:tcp'), 'debug', 'without p2p= the plain level')
  })
})

describe('createLogger', () => {
  it('gives each component child its level, at any depth, with component, peerId and task fields', () => {
    const { stream, lines } = sink()
    const log = createLogger('warn,coordinator=debug', { role: 'coordinator' }, { destination: stream })
    const node = log.child({ peerId: '12D3KooWpeer' })
    const coordinator = node.child({ component: 'coordinator:orchestrator' })
    const worker = node.child({ component: 'worker' })
    coordinator.debug({ task: 't-1' }, 'offer published')
    coordinator.child({ task: 't-2' }).debug('bid accepted')
    worker.info('not shown: worker is at warn')
    worker.warn('shown')
    node.info('not shown: the node itself is at warn')
    assert.deepEqual(lines.map((l: Line) => [l.msg, l.component, l.peerId, l.task, l.role]), [
      ['offer published', 'coordinator:orchestrator', '12D3KooWpeer', 't-1', 'coordinator'],
      ['bid accepted', 'coordinator:orchestrator', '12D3KooWpeer', 't-2', 'coordinator'],
      ['shown', 'worker', '12D3KooWpeer', undefined, 'coordinator']
    ])
  })

  it('sets the libp2p bridge components through the p2p group', () => {
    const { stream, lines } = sink()
    const levels = parseLogLevels('info,p2p=warn,libp2p:gossipsub=debug')
    const log = createLogger(levels, {}, { destination: stream })
    const bridge = pinoComponentLogger(log.child({ peerId: 'me' }), { levelOf: c => p2pComponentLevel(levels, c) })
    const tcp = bridge.forComponent('libp2p:tcp')
    const gossipsub = bridge.forComponent('libp2p:gossipsub')
    assert.equal(tcp.enabled, false, 'debug calls of libp2p:tcp are off (p2p=warn)')
    assert.equal(gossipsub.enabled, true)
    tcp('dialled %s', 'x')
    gossipsub('mesh %d', 3)
    gossipsub.newScope('score')('scored')
    assert.deepEqual(lines.map((l: Line) => [l.component, l.msg]), [['libp2p:gossipsub', 'mesh 3'], ['libp2p:gossipsub:score', 'scored']])
  })

  it('a plain level is one level for all', () => {
    const { stream, lines } = sink()
    const log = createLogger('debug', {}, { destination: stream })
    log.child({ component: 'chain' }).debug('a')
    log.trace('b')
    assert.deepEqual(lines.map((l: Line) => l.msg), ['a'])
  })

  it('pretty: human lines (level name, message, fields) instead of JSON', async () => {
    const { stream, lines } = sink(true)
    const log = createLogger('info', { role: 'worker' }, { destination: stream, format: 'pretty', sync: true })
    log.child({ component: 'worker', peerId: 'P1' }).info({ task: 't-9' }, 'task finished')
    await new Promise(resolve => setImmediate(resolve))
    const text = lines.join('\n')
    assert.throws(() => JSON.parse(lines[0]), 'not JSON')
    assert.match(text, /INFO/)
    assert.match(text, /task finished/)
    assert.match(text, /component: "worker"/)
    assert.match(text, /task: "t-9"/)
  })

  it('refuses a bad level setting', () => {
    assert.throws(() => createLogger('coordinator=loud'), LogLevelError)
  })
})
