/**
 * Where a task's content key goes (src/coordinator/task-record.ts): into the
 * spec of an Assign (specOf), never into a status report, owner's or not.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bytesToHex } from '@noble/hashes/utils.js'
import { contentKeyOf, redactStatus, specOf, statusToWire, type TaskRecord } from '../../src/coordinator/task-record.ts'
import { newContentKey } from '../../src/content/envelope.ts'
import { pb } from '../../src/proto/index.ts'

const key = newContentKey()

function task (over: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    clientPeerId: 'client',
    clientAccount: 'client',
    moduleCid: 'bafkmodule',
    inputCid: 'bafkinput',
    args: ['secret-arg'],
    env: { API_KEY: 'k' },
    limits: { memoryPages: 16, executionMs: 1_000, maxOutputBytes: 1024, bidWindowMs: 300, queueMs: 5_000, totalMs: 60_000, maxPrice: 10 },
    moduleSize: 100,
    inputSize: 50,
    moduleHash: '00'.repeat(32),
    inputHash: '11'.repeat(32),
    contentKey: bytesToHex(key),
    state: 'queued',
    reason: '',
    attempts: 0,
    createdAtMs: 1,
    updatedAtMs: 1,
    notBeforeMs: 0,
    leases: [],
    excludedWorkers: [],
    decisions: [],
    verification: { policy: { kind: 'none' }, spotCheck: false, results: [] },
    ...over
  }
}

describe('a task record\'s content key', () => {
  it('goes into the spec an Assign carries', () => {
    assert.deepEqual(specOf(task()).contentKey, key)
    assert.deepEqual(contentKeyOf(task()), key)
    assert.equal('contentKey' in specOf(task({ contentKey: undefined })), false)
    assert.equal(contentKeyOf(task({ contentKey: '' })), undefined)
  })

  it('is in no status report: not the owner\'s, not a stranger\'s (even from a report that had one)', () => {
    const status = statusToWire(task())
    const encoded = pb.TaskStatusReport.encode(status).finish()
    assert.equal(status.spec?.contentKey, undefined)
    assert.ok(!Buffer.from(encoded).includes(Buffer.from(key)), 'the encoded report does not contain the key')
    const withKey = { ...status, spec: { ...status.spec, contentKey: key } }
    const redacted = redactStatus(withKey)
    assert.equal(redacted.spec?.contentKey?.byteLength, 0)
    assert.deepEqual(redacted.spec?.args, [])
  })
})
