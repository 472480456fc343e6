/**
 * Admission of a submitted task (src/coordinator/admission.ts), with stubbed
 * fetch/pin/balance, the real module inspection of src/runtime and the real
 * fixture modules of test/fixtures.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 as sha256Hasher } from 'multiformats/hashes/sha2'
import { admitTask, resolveLimits, TaskRejectedError, type AdmissionDeps } from '../../src/coordinator/admission.ts'
import { resolveConfig } from '../../src/config/load.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'
import { ContentTooLargeError, ContentUnavailableError, InvalidCidError } from '../../src/content/errors.ts'
import { inspectModule } from '../../src/runtime/index.ts'
import { PinQuota } from '../../src/coordinator/pin-quota.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { ENVELOPE_OVERHEAD_BYTES, newContentKey, openContent, sealContent } from '../../src/content/envelope.ts'

const NOW = 1_700_000_000_000
const CLIENT = '12D3KooWClientPeerIdForAdmissionTests'

const HELLO = await readFixture('hello')
const NOT_WASM = await readFixture('not_wasm')
const NO_START = await readFixture('no_start')
const INPUT = new TextEncoder().encode('some standard input\n')

async function cidOf (bytes: Uint8Array): Promise<string> {
  return CID.createV1(raw.code, await sha256Hasher.digest(bytes)).toString()
}

const HELLO_CID = await cidOf(HELLO)
const NOT_WASM_CID = await cidOf(NOT_WASM)
const NO_START_CID = await cidOf(NO_START)
const INPUT_CID = await cidOf(INPUT)

const hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes))

interface Harness {
  deps: AdmissionDeps
  fetched: Array<{ cid: string, maxBytes: number, timeoutMs: number }>
  pinned: string[]
  /** inline content admission stored (as stored: sealed for a task with a content key) */
  stored: Array<{ cid: string, bytes: Uint8Array, use: string }>
  inspected: Array<{ size: number, maxMemoryPages: number }>
  balanceAsked: string[]
}

/**
 * Deps serving the fixture bytes by CID. `failures` maps a CID to the error its
 * fetch throws; `balance` is the ledger balance of every account.
 */
function harness (opts: { config?: NodeConfigInput, failures?: Record<string, Error>, balance?: number | (() => Promise<number>), pin?: (cid: string) => Promise<void> } = {}): Harness {
  const content = new Map<string, Uint8Array>([[HELLO_CID, HELLO], [NOT_WASM_CID, NOT_WASM], [NO_START_CID, NO_START], [INPUT_CID, INPUT]])
  const h: Harness = {
    fetched: [],
    pinned: [],
    stored: [],
    inspected: [],
    balanceAsked: [],
    deps: {
      config: resolveConfig(opts.config ?? {}),
      fetchContent: async (cid, maxBytes, timeoutMs) => {
        h.fetched.push({ cid, maxBytes, timeoutMs })
        const failure = opts.failures?.[cid]
        if (failure != null) throw failure
        const bytes = content.get(cid)
        if (bytes == null) throw new ContentUnavailableError(`no peer sent ${cid} within ${timeoutMs} ms`)
        if (bytes.byteLength > maxBytes) throw new ContentTooLargeError(maxBytes, bytes.byteLength)
        return bytes
      },
      pin: async cid => {
        if (opts.pin != null) await opts.pin(cid)
        h.pinned.push(cid)
      },
      cidFor: cidOf,
      store: async (bytes, use) => {
        const cid = await cidOf(bytes)
        h.stored.push({ cid, bytes, use })
        return cid
      },
      // the same adapter as src/node/coordinator-role.ts
      inspectModule: (module, maxMemoryPages, _hash) => {
        h.inspected.push({ size: module.byteLength, maxMemoryPages })
        inspectModule(module, { maxMemoryPages })
      },
      balance: async account => {
        h.balanceAsked.push(account)
        if (typeof opts.balance === 'function') return BigInt(await opts.balance())
        return BigInt(opts.balance ?? 1_000_000)
      }
    }
  }
  return h
}

function spec (over: ailee.v1.ITaskSpec = {}): ailee.v1.ITaskSpec {
  return { moduleCid: HELLO_CID, inputCid: INPUT_CID, args: ['--verbose', 'x'], env: { LANG: 'C' }, ...over }
}

/** Admits `s` and asserts it is rejected with a reason matching `reason`; returns the harness and task. */
async function rejected (s: ailee.v1.ITaskSpec | null | undefined, reason: RegExp | string, opts: Parameters<typeof harness>[0] = {}): Promise<Harness & { task: Awaited<ReturnType<typeof admitTask>>['task'], rejection: string }> {
  const h = harness(opts)
  const { task, rejection } = await admitTask(s, CLIENT, h.deps, NOW)
  assert.ok(rejection != null, 'expected a rejection')
  if (typeof reason === 'string') assert.equal(rejection, reason)
  else assert.match(rejection, reason)
  assert.equal(task.state, 'received')
  return { ...h, task, rejection }
}

describe('admitTask: a good spec', () => {
  it('is admitted with limits from the config defaults, sizes and hashes, both pinned', async () => {
    const h = harness()
    const config = h.deps.config
    const { task, rejection } = await admitTask(spec(), CLIENT, h.deps, NOW)
    assert.equal(rejection, undefined)
    assert.match(task.id, /^[0-9a-f]{32}$/)
    assert.equal(task.state, 'received')
    assert.equal(task.clientPeerId, CLIENT)
    assert.equal(task.clientAccount, CLIENT)
    assert.equal(task.moduleCid, HELLO_CID)
    assert.equal(task.inputCid, INPUT_CID)
    assert.deepEqual(task.args, ['--verbose', 'x'])
    assert.deepEqual(task.env, { LANG: 'C' })
    assert.deepEqual(task.limits, {
      memoryPages: config.limits.defaultMemoryPages,
      executionMs: config.timeouts.executionMs,
      maxOutputBytes: config.limits.maxOutputBytes,
      bidWindowMs: config.timeouts.bidWindowMs,
      queueMs: config.timeouts.queueMs,
      totalMs: config.timeouts.totalMs,
      maxPrice: config.coordinator.defaultMaxPrice
    })
    assert.deepEqual(task.limits, { memoryPages: 1024, executionMs: 30_000, maxOutputBytes: 1024 * 1024, bidWindowMs: 300, queueMs: 300_000, totalMs: 600_000, maxPrice: 100 })
    assert.equal(task.moduleSize, HELLO.byteLength)
    assert.equal(task.inputSize, INPUT.byteLength)
    assert.equal(task.moduleHash, hex(HELLO))
    assert.equal(task.inputHash, hex(INPUT))
    assert.match(task.moduleHash, /^[0-9a-f]{64}$/)
    assert.deepEqual(h.pinned, [HELLO_CID, INPUT_CID])
    assert.equal(task.attempts, 0)
    assert.deepEqual(task.leases, [])
    assert.deepEqual(task.excludedWorkers, [])
    assert.deepEqual(task.decisions, [])
    assert.equal(task.notBeforeMs, 0)
    assert.equal(task.outcome, undefined)
  })

  it('fetches the module and input with their size caps and the fetch timeout; inspects with the task memory limit', async () => {
    const h = harness({ config: { limits: { maxModuleBytes: 500_000, maxInputBytes: 1000 }, timeouts: { fetchMs: 1234 } } })
    const { rejection } = await admitTask(spec({ limits: { memoryPages: 17 } }), CLIENT, h.deps, NOW)
    assert.equal(rejection, undefined)
    assert.deepEqual(h.fetched, [
      { cid: HELLO_CID, maxBytes: 500_000, timeoutMs: 1234 },
      { cid: INPUT_CID, maxBytes: 1000, timeoutMs: 1234 }
    ])
    assert.deepEqual(h.inspected, [{ size: HELLO.byteLength, maxMemoryPages: 17 }])
  })

  it('uses nowMs for createdAtMs and updatedAtMs', async () => {
    const { task } = await admitTask(spec(), CLIENT, harness().deps, 42_000)
    assert.equal(task.createdAtMs, 42_000)
    assert.equal(task.updatedAtMs, 42_000)
  })

  it('charges the client peer id unless the spec names an account', async () => {
    const h = harness()
    const a = await admitTask(spec(), CLIENT, h.deps, NOW)
    assert.equal(a.task.clientAccount, CLIENT)
    const b = await admitTask(spec({ clientAccount: '' }), CLIENT, h.deps, NOW)
    assert.equal(b.task.clientAccount, CLIENT)
    const c = await admitTask(spec({ clientAccount: 'team-account' }), CLIENT, h.deps, NOW)
    assert.equal(c.task.clientAccount, 'team-account')
    assert.equal(c.task.clientPeerId, CLIENT)
    assert.deepEqual(h.balanceAsked, [CLIENT, CLIENT, 'team-account'])
  })

  it('gives every task a fresh id', async () => {
    const h = harness()
    const ids = new Set<string>()
    for (let i = 0; i < 5; i++) ids.add((await admitTask(spec(), CLIENT, h.deps, NOW)).task.id)
    assert.equal(ids.size, 5)
  })

  it('takes requested limits up to the maxima, and an explicit max price', async () => {
    const h = harness()
    const { task, rejection } = await admitTask(spec({
      limits: { memoryPages: 4096, executionMs: 600_000, maxOutputBytes: 1000 },
      timeouts: { bidWindowMs: 10_000, queueMs: 3_600_000, totalMs: 7_200_000 },
      maxPrice: 5000
    }), CLIENT, h.deps, NOW)
    assert.equal(rejection, undefined)
    assert.deepEqual(task.limits, { memoryPages: 4096, executionMs: 600_000, maxOutputBytes: 1000, bidWindowMs: 10_000, queueMs: 3_600_000, totalMs: 7_200_000, maxPrice: 5000 })
  })

  it('treats zero limits as unset (config defaults)', () => {
    const config = resolveConfig({})
    const limits = resolveLimits({ limits: { memoryPages: 0, executionMs: 0, maxOutputBytes: 0 }, timeouts: { bidWindowMs: 0, queueMs: 0, totalMs: 0 }, maxPrice: 0 }, config)
    assert.deepEqual(limits, resolveLimits({}, config))
    assert.equal(limits.memoryPages, config.limits.defaultMemoryPages)
    assert.equal(limits.maxPrice, config.coordinator.defaultMaxPrice)
  })

  it('admits a task without input: only the module fetched and pinned, input hash of no bytes', async () => {
    const h = harness()
    const { task, rejection } = await admitTask(spec({ inputCid: '' }), CLIENT, h.deps, NOW)
    assert.equal(rejection, undefined)
    assert.equal(task.inputCid, '')
    assert.equal(task.inputSize, 0)
    assert.equal(task.inputHash, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    assert.deepEqual(h.fetched.map(f => f.cid), [HELLO_CID])
    assert.deepEqual(h.pinned, [HELLO_CID])
  })

  it('copies args and env instead of keeping the spec\'s objects', async () => {
    const s = spec()
    const { task } = await admitTask(s, CLIENT, harness().deps, NOW)
    assert.notEqual(task.args, s.args)
    assert.notEqual(task.env, s.env)
    s.args!.push('later')
    s.env!.LATER = '1'
    assert.deepEqual(task.args, ['--verbose', 'x'])
    assert.deepEqual(task.env, { LANG: 'C' })
  })

  it('admits a balance exactly equal to the max price', async () => {
    const { rejection } = await admitTask(spec({ maxPrice: 250 }), CLIENT, harness({ balance: 250 }).deps, NOW)
    assert.equal(rejection, undefined)
  })
})

describe('admitTask: rejections', () => {
  it('no spec', async () => {
    for (const s of [null, undefined]) {
      const r = await rejected(s, 'submit carries no task spec')
      assert.equal(r.task.moduleCid, '')
      assert.equal(r.task.clientAccount, CLIENT)
      assert.equal(r.task.createdAtMs, NOW)
      assert.deepEqual(r.fetched, [])
      assert.deepEqual(r.pinned, [])
      assert.deepEqual(r.balanceAsked, [])
    }
  })

  it('no module CID', async () => {
    for (const moduleCid of ['', undefined, null]) {
      const r = await rejected(spec({ moduleCid }), 'task spec names no module CID and the submission carries no inline module')
      assert.deepEqual(r.fetched, [])
      assert.deepEqual(r.pinned, [])
      // checks stopped before the limits were resolved
      assert.equal(r.task.limits.memoryPages, 0)
    }
  })

  it('memory over the maximum', async () => {
    await rejected(spec({ limits: { memoryPages: 4097 } }), "memory of 4097 pages is over this coordinator's maximum of 4096 pages")
    await rejected(spec({ limits: { memoryPages: 65 } }), "memory of 65 pages is over this coordinator's maximum of 64 pages", { config: { limits: { maxMemoryPages: 64, defaultMemoryPages: 16 } } })
  })

  it('a default over the maximum is refused too', async () => {
    // nothing asked, but the configured default is above the maximum
    await rejected(spec(), "memory of 1024 pages is over this coordinator's maximum of 64 pages", { config: { limits: { maxMemoryPages: 64 } } })
  })

  it('execution timeout over the maximum', async () => {
    await rejected(spec({ limits: { executionMs: 600_001 } }), "execution timeout of 600001 ms is over this coordinator's maximum of 600000 ms")
  })

  it('output limit over the maximum', async () => {
    await rejected(spec({ limits: { maxOutputBytes: 1024 * 1024 + 1 } }), "output limit of 1048577 bytes is over this coordinator's maximum of 1048576 bytes")
  })

  it('bid window over the maximum', async () => {
    await rejected(spec({ timeouts: { bidWindowMs: 10_001 } }), "bid window of 10001 ms is over this coordinator's maximum of 10000 ms")
  })

  it('queue timeout over the maximum', async () => {
    await rejected(spec({ timeouts: { queueMs: 3_600_001 } }), "queue timeout of 3600001 ms is over this coordinator's maximum of 3600000 ms")
  })

  it('total timeout over the maximum', async () => {
    await rejected(spec({ timeouts: { totalMs: 7_200_001 } }), "total timeout of 7200001 ms is over this coordinator's maximum of 7200000 ms")
  })

  it('resolveLimits throws TaskRejectedError for a limit over its maximum', () => {
    assert.throws(() => resolveLimits({ limits: { memoryPages: 5000 } }, resolveConfig({})), (err: Error) => {
      assert.ok(err instanceof TaskRejectedError)
      assert.equal(err.name, 'TaskRejectedError')
      return true
    })
  })

  it('a limit rejection is checked before the balance and any fetch', async () => {
    const r = await rejected(spec({ limits: { memoryPages: 99_999 } }), /memory of 99999 pages/)
    assert.deepEqual(r.balanceAsked, [])
    assert.deepEqual(r.fetched, [])
    assert.deepEqual(r.pinned, [])
  })

  it('args and env too large', async () => {
    // args: 'abc'+NUL, 'de'+NUL = 7; env: 'K'+'=' + 'vvvv' + NUL = 7; total 14
    const config = { limits: { maxArgsEnvBytes: 13 } }
    const r = await rejected(spec({ args: ['abc', 'de'], env: { K: 'vvvv' } }), 'args and env take 14 bytes, over the maximum of 13', { config })
    assert.deepEqual(r.fetched, [])
    // exactly at the maximum is fine
    const h = harness({ config: { limits: { maxArgsEnvBytes: 14 } } })
    assert.equal((await admitTask(spec({ args: ['abc', 'de'], env: { K: 'vvvv' } }), CLIENT, h.deps, NOW)).rejection, undefined)
  })

  it('counts args and env in UTF-8 bytes', async () => {
    // 'é' is 2 bytes: 2 + 1 = 3
    await rejected(spec({ args: ['é'], env: {} }), 'args and env take 3 bytes, over the maximum of 2', { config: { limits: { maxArgsEnvBytes: 2 } } })
  })

  it('env key containing "="', async () => {
    await rejected(spec({ env: { 'A=B': 'c' } }), 'env keys must be non-empty and contain no "="')
  })

  it('empty env key', async () => {
    const r = await rejected(spec({ env: { '': 'c' } }), 'env keys must be non-empty and contain no "="')
    assert.deepEqual(r.balanceAsked, [])
  })

  // the sandbox refuses args and env with a NUL byte (src/runtime/wasi-sandbox.ts
  // validateTask), so admission rejects them rather than let every worker fail the task
  it('args or env containing a NUL byte', async () => {
    const r = await rejected(spec({ args: ['a\0b'] }), /NUL/)
    assert.deepEqual(r.fetched, [])
    await rejected(spec({ env: { K: 'v\0w' } }), /NUL/)
    await rejected(spec({ env: { 'K\0': 'v' } }), /NUL/)
  })

  it('a client account that is too long or not printable (it is sealed into blocks)', async () => {
    await rejected(spec({ clientAccount: 'a'.repeat(129) }), 'client account must be 1 to 128 printable ASCII characters without spaces')
    await rejected(spec({ clientAccount: 'has space' }), /client account must be/)
    await rejected(spec({ clientAccount: 'ünïcode' }), /client account must be/)
    assert.equal((await admitTask(spec({ clientAccount: 'a'.repeat(128) }), CLIENT, harness().deps, NOW)).rejection, undefined)
  })

  it('content whose CID is not the canonical CID of its bytes (pinning its DAG could pull in far more than was fetched)', async () => {
    const h = harness()
    const other = CID.createV1(0x70, await sha256Hasher.digest(HELLO)).toString() // same bytes, announced under a dag-pb root
    const fetch = h.deps.fetchContent
    h.deps.fetchContent = async (cid, maxBytes, timeoutMs) => await fetch(cid === other ? HELLO_CID : cid, maxBytes, timeoutMs)
    const { rejection } = await admitTask(spec({ moduleCid: other }), CLIENT, h.deps, NOW)
    assert.match(rejection ?? '', new RegExp(`module CID ${other} is not the CID of its ${HELLO.byteLength} bytes \\(${HELLO_CID}\\)`))
    assert.deepEqual(h.pinned, [], 'nothing pinned')
  })

  it('balance below the max price', async () => {
    const r = await rejected(spec({ maxPrice: 500 }), `account ${CLIENT} cannot cover the task's max price of 500 units (insufficient funds)`, { balance: 499 })
    assert.deepEqual(r.fetched, [])
    assert.deepEqual(r.pinned, [])
    await rejected(spec({ clientAccount: 'acct-1' }), "account acct-1 cannot cover the task's max price of 100 units (insufficient funds)", { balance: 0 })
  })

  it('a replicated task must be covered for every execution its policy asks for (the client pays each agreeing one)', async () => {
    const replicate = { kind: pb.VerificationKind.VERIFICATION_KIND_REPLICATE, replicas: 3 }
    await rejected(spec({ maxPrice: 100, verification: replicate }), `account ${CLIENT} cannot cover 3 executions at the task's max price of 100 units (300 units) (insufficient funds)`, { balance: 299 })
    const h = await harness({ balance: 300 })
    const { rejection, task } = await admitTask(spec({ maxPrice: 100, verification: replicate }), CLIENT, h.deps, NOW)
    assert.equal(rejection, undefined)
    assert.deepEqual(task.verification.policy, { kind: 'replicate', replicas: 3 })
  })

  it('a max price past 2^53 - 1 (decoded as a bigint) is refused before the balance is asked', async () => {
    const r = await rejected(spec({ maxPrice: (1n << 60n) as unknown as number }), `max price of ${1n << 60n} units is past the largest accepted (${Number.MAX_SAFE_INTEGER})`)
    assert.deepEqual(r.balanceAsked, [])
    assert.equal(r.task.limits.maxPrice, 0)
  })

  it('module too large (ContentTooLargeError)', async () => {
    const r = await rejected(spec(), `module ${HELLO_CID} is larger than the maximum of 100 bytes`, { config: { limits: { maxModuleBytes: 100 } } })
    assert.deepEqual(r.pinned, [])
    assert.equal(r.fetched.length, 1)
    assert.equal(r.task.moduleHash, '')
    assert.equal(r.task.moduleSize, 0)
  })

  it('a fetch error only named ContentTooLargeError is treated the same', async () => {
    const err = Object.assign(new Error('too big'), { name: 'ContentTooLargeError' })
    await rejected(spec(), `module ${HELLO_CID} is larger than the maximum of ${16 * 1024 * 1024} bytes`, { failures: { [HELLO_CID]: err } })
  })

  it('input too large', async () => {
    const r = await rejected(spec(), `input ${INPUT_CID} is larger than the maximum of 5 bytes`, { config: { limits: { maxInputBytes: 5 } } })
    // the module had passed its checks
    assert.equal(r.task.moduleHash, hex(HELLO))
    assert.equal(r.task.inputSize, 0)
  })

  it('invalid module CID (InvalidCidError)', async () => {
    const r = await rejected(spec({ moduleCid: 'not-a-cid' }), 'module CID not-a-cid is not a valid CID', { failures: { 'not-a-cid': new InvalidCidError('bad syntax') } })
    assert.deepEqual(r.pinned, [])
  })

  it('invalid input CID (InvalidCidError)', async () => {
    await rejected(spec({ inputCid: 'zzz' }), 'input CID zzz is not a valid CID', { failures: { zzz: new InvalidCidError('bad syntax') } })
  })

  it('module unreachable', async () => {
    const missing = await cidOf(new Uint8Array([9, 9, 9]))
    const r = await rejected(spec({ moduleCid: missing }), `module ${missing} could not be fetched from the submitting peer: no peer sent ${missing} within 20000 ms`)
    assert.deepEqual(r.pinned, [])
  })

  it('input unreachable', async () => {
    const missing = await cidOf(new Uint8Array([7]))
    await rejected(spec({ inputCid: missing }), `input ${missing} could not be fetched from the submitting peer: no peer sent ${missing} within 20000 ms`)
  })

  it('any other fetch error is a rejection too (not a host fault)', async () => {
    await rejected(spec(), `module ${HELLO_CID} could not be fetched from the submitting peer: blockstore exploded`, { failures: { [HELLO_CID]: new TypeError('blockstore exploded') } })
  })

  it('module is not WebAssembly', async () => {
    const r = await rejected(spec({ moduleCid: NOT_WASM_CID }), /^invalid module: malformed module: not a WebAssembly binary/)
    assert.deepEqual(r.pinned, [])
    assert.deepEqual(r.fetched.map(f => f.cid), [NOT_WASM_CID]) // the input is not fetched
    // hashed before inspection: the hash is the module's key in the inspection cache
    assert.equal(r.task.moduleHash, hex(NOT_WASM))
    assert.equal(r.task.moduleSize, NOT_WASM.byteLength)
  })

  it('module has no _start', async () => {
    const r = await rejected(spec({ moduleCid: NO_START_CID }), /^invalid module: module has no _start export/)
    assert.deepEqual(r.pinned, [])
  })

  it('module needs more memory than the task allows', async () => {
    // hello.wasm declares a minimum of 2 pages
    const r = await rejected(spec({ limits: { memoryPages: 1 } }), 'invalid module: module declares a minimum memory of 2 pages, over the limit of 1 pages')
    assert.deepEqual(r.pinned, [])
  })

  it('a rejected task still carries what admission knew', async () => {
    const r = await rejected(spec({ moduleCid: NO_START_CID, clientAccount: 'acct', args: ['a'], env: { X: 'y' } }), /_start/)
    assert.equal(r.task.clientPeerId, CLIENT)
    assert.equal(r.task.clientAccount, 'acct')
    assert.equal(r.task.moduleCid, NO_START_CID)
    assert.equal(r.task.inputCid, INPUT_CID)
    assert.deepEqual(r.task.args, ['a'])
    assert.deepEqual(r.task.env, { X: 'y' })
    assert.equal(r.task.limits.memoryPages, 1024)
    assert.equal(r.task.createdAtMs, NOW)
    assert.equal(r.task.reason, 'being admitted')
  })
})

describe('admitTask: host faults', () => {
  it('a balance lookup that throws propagates', async () => {
    const fault = new Error('ledger unavailable')
    const h = harness({ balance: async () => { throw fault } })
    await assert.rejects(admitTask(spec(), CLIENT, h.deps, NOW), err => err === fault)
    assert.deepEqual(h.fetched, [])
    assert.deepEqual(h.pinned, [])
  })

  it('a pin that throws propagates', async () => {
    const fault = new Error('disk full')
    const h = harness({ pin: async () => { throw fault } })
    await assert.rejects(admitTask(spec(), CLIENT, h.deps, NOW), err => err === fault)
  })
})

describe('admitTask: pinned-bytes quota (limits.maxPinnedBytesPerClient)', () => {
  const account = CLIENT
  it('reserves module and input per account, counts a shared CID once, and releases on rejection', async () => {
    const quota = new PinQuota(HELLO.byteLength + INPUT.byteLength)
    const h = harness()
    h.deps.pinQuota = quota
    const first = await admitTask(spec(), CLIENT, h.deps, NOW)
    assert.equal(first.rejection, undefined)
    assert.equal(quota.usedBy(account), HELLO.byteLength + INPUT.byteLength)
    // the same module and input again: already held, nothing more counted
    const again = await admitTask(spec(), CLIENT, h.deps, NOW)
    assert.equal(again.rejection, undefined)
    assert.equal(quota.usedBy(account), HELLO.byteLength + INPUT.byteLength)
    // a new module past the quota: refused before anything is fetched, naming the key, not the usage
    const fetchedBefore = h.fetched.length
    const over = await admitTask(spec({ moduleCid: NO_START_CID }), CLIENT, h.deps, NOW)
    assert.match(over.rejection ?? '', /limits\.maxPinnedBytesPerClient/)
    assert.equal(h.fetched.length, fetchedBefore, 'nothing fetched for a client whose quota is full')
    quota.release(account, first.task.id)
    assert.equal(quota.usedBy(account), HELLO.byteLength + INPUT.byteLength, 'still held by the second task')
    quota.release(account, again.task.id)
    assert.equal(quota.usedBy(account), 0)
  })

  it('caps the fetch at what is left of the quota and names the quota when content is larger', async () => {
    const quota = new PinQuota(HELLO.byteLength + 4)
    const h = harness()
    h.deps.pinQuota = quota
    const r = await admitTask(spec(), CLIENT, h.deps, NOW)
    assert.match(r.rejection ?? '', /^input .* refused: it would take this client past its quota of \d+ bytes .*limits\.maxPinnedBytesPerClient/)
    assert.equal(h.fetched.find(f => f.cid === INPUT_CID)?.maxBytes, 4)
    assert.equal(quota.usedBy(account), 0, 'the rejected task holds nothing')
  })

  it('other accounts are not affected by one account\'s use', async () => {
    const quota = new PinQuota(HELLO.byteLength + INPUT.byteLength)
    const h = harness()
    h.deps.pinQuota = quota
    assert.equal((await admitTask(spec(), CLIENT, h.deps, NOW)).rejection, undefined)
    assert.equal((await admitTask(spec({ clientAccount: 'other-account' }), CLIENT, h.deps, NOW)).rejection, undefined)
    assert.equal(quota.usedBy('other-account'), HELLO.byteLength + INPUT.byteLength)
  })
})

const key = newContentKey()
const sealedModule = await sealContent(key, HELLO, 'module')
const sealedInput = await sealContent(key, INPUT, 'input')
const foreignInput = await sealContent(newContentKey(), INPUT, 'input')

describe('admitTask: sealed content (a content key, src/content/envelope.ts)', () => {

  /** {@link harness} that also serves the envelopes above by CID. */
  async function sealedHarness (config?: NodeConfigInput): Promise<Harness & { cids: { module: string, input: string, foreign: string } }> {
    const h = harness({ config })
    const cids = { module: await cidOf(sealedModule), input: await cidOf(sealedInput), foreign: await cidOf(foreignInput) }
    const served = new Map([[cids.module, sealedModule], [cids.input, sealedInput], [cids.foreign, foreignInput]])
    const plain = h.deps.fetchContent
    h.deps.fetchContent = async (cid, maxBytes, timeoutMs) => {
      const bytes = served.get(cid)
      if (bytes == null) return await plain(cid, maxBytes, timeoutMs)
      h.fetched.push({ cid, maxBytes, timeoutMs })
      if (bytes.byteLength > maxBytes) throw new ContentTooLargeError(maxBytes, bytes.byteLength)
      return bytes
    }
    return { ...h, cids }
  }

  it('opens module and input: plaintext hashes and inspection, envelope sizes, CIDs and pins, the key kept', async () => {
    const h = await sealedHarness({ limits: { maxModuleBytes: 500_000, maxInputBytes: 1000 } })
    const plaintext: Array<[string, Uint8Array]> = []
    h.deps.plaintext = (cid, bytes) => { plaintext.push([cid, bytes]) }
    const { task, rejection } = await admitTask(spec({ moduleCid: h.cids.module, inputCid: h.cids.input, contentKey: key }), CLIENT, h.deps, NOW)
    assert.equal(rejection, undefined)
    assert.deepEqual(plaintext, [[h.cids.module, HELLO], [h.cids.input, INPUT]], 'the opened plaintext is handed on by stored CID (for the inline Assign)')
    assert.equal(task.moduleHash, hex(HELLO), 'receipts are checked against the plaintext')
    assert.equal(task.inputHash, hex(INPUT))
    assert.deepEqual(h.inspected, [{ size: HELLO.byteLength, maxMemoryPages: 1024 }])
    assert.equal(task.moduleSize, HELLO.byteLength + ENVELOPE_OVERHEAD_BYTES)
    assert.equal(task.inputSize, INPUT.byteLength + ENVELOPE_OVERHEAD_BYTES)
    assert.deepEqual(h.pinned, [h.cids.module, h.cids.input])
    assert.equal(task.contentKey, bytesToHex(key))
    // the caps allow the envelope's overhead over the plaintext limits
    assert.deepEqual(h.fetched.map(f => f.maxBytes), [500_000 + ENVELOPE_OVERHEAD_BYTES, 1000 + ENVELOPE_OVERHEAD_BYTES])
  })

  it('a module that does not open with the key is rejected by name, nothing pinned', async () => {
    const h = await sealedHarness()
    const { task, rejection } = await admitTask(spec({ moduleCid: h.cids.module, inputCid: h.cids.input, contentKey: newContentKey() }), CLIENT, h.deps, NOW)
    assert.match(rejection ?? '', new RegExp(`^module ${h.cids.module} does not open with the task's content key \\(authentication-failed\\)`))
    assert.deepEqual(h.pinned, [])
    assert.deepEqual(h.inspected, [])
    assert.equal(task.moduleHash, '')
  })

  it('an input sealed under another key is rejected by name', async () => {
    const h = await sealedHarness()
    const { rejection } = await admitTask(spec({ moduleCid: h.cids.module, inputCid: h.cids.foreign, contentKey: key }), CLIENT, h.deps, NOW)
    assert.match(rejection ?? '', new RegExp(`^input ${h.cids.foreign} does not open with the task's content key \\(authentication-failed\\)`))
    assert.deepEqual(h.pinned, [h.cids.module])
  })

  it('plaintext content named with a key is refused (not an envelope)', async () => {
    const h = await sealedHarness()
    const { rejection } = await admitTask(spec({ contentKey: key }), CLIENT, h.deps, NOW)
    assert.match(rejection ?? '', /^module .* does not open with the task's content key \(unknown-version\)/)
  })

  it('a sealed module over the limit is refused naming the plaintext limit', async () => {
    const max = HELLO.byteLength - 1
    const h = await sealedHarness({ limits: { maxModuleBytes: max } })
    const { rejection } = await admitTask(spec({ moduleCid: h.cids.module, inputCid: h.cids.input, contentKey: key }), CLIENT, h.deps, NOW)
    assert.equal(rejection, `module ${h.cids.module} is larger than the maximum of ${max} bytes (sealed: ${max + ENVELOPE_OVERHEAD_BYTES} bytes with the envelope)`)
  })

  it('a key of the wrong length is refused before anything is fetched', async () => {
    const h = await sealedHarness()
    const { rejection } = await admitTask(spec({ moduleCid: h.cids.module, contentKey: new Uint8Array(16) }), CLIENT, h.deps, NOW)
    assert.equal(rejection, 'content key must be empty or 32 bytes, got 16')
    assert.deepEqual(h.fetched, [])
  })
})

describe('admitTask: inline content (SubmitTask.module / .input)', () => {
  const inlineSpec = (over: ailee.v1.ITaskSpec = {}): ailee.v1.ITaskSpec =>
    spec({ moduleCid: '', inputCid: '', moduleSha256: sha256(HELLO), inputSha256: sha256(INPUT), ...over })

  it('plaintext: stores and pins module and input itself, fetches nothing, CIDs computed', async () => {
    const h = harness()
    const { task, rejection } = await admitTask(inlineSpec(), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.equal(rejection, undefined)
    assert.deepEqual(h.fetched, [])
    assert.equal(task.moduleCid, HELLO_CID)
    assert.equal(task.inputCid, INPUT_CID)
    assert.equal(task.moduleHash, hex(HELLO))
    assert.equal(task.inputHash, hex(INPUT))
    assert.equal(task.moduleSize, HELLO.byteLength)
    assert.deepEqual(h.stored.map(s => [s.cid, s.use]), [[HELLO_CID, `task/${task.id}/module`], [INPUT_CID, `task/${task.id}/input`]])
    assert.equal(h.inspected.length, 1)
  })

  it('sealed (content key): what is stored is the envelope, which opens to the inline bytes', async () => {
    const h = harness()
    const k = newContentKey()
    const plaintext: Array<[string, Uint8Array]> = []
    h.deps.plaintext = (cid, bytes) => { plaintext.push([cid, bytes]) }
    const { task, rejection } = await admitTask(inlineSpec({ contentKey: k }), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.equal(rejection, undefined)
    const [mod, inp] = h.stored
    assert.deepEqual(plaintext, [[mod.cid, HELLO], [inp.cid, INPUT]], 'the plaintext is handed on under the envelope\'s CID')
    assert.equal(mod.bytes.byteLength, HELLO.byteLength + ENVELOPE_OVERHEAD_BYTES)
    assert.notDeepEqual(mod.bytes.subarray(ENVELOPE_OVERHEAD_BYTES), HELLO.subarray(0, HELLO.byteLength - ENVELOPE_OVERHEAD_BYTES))
    assert.deepEqual(await openContent(k, mod.bytes, 'module'), HELLO)
    assert.deepEqual(await openContent(k, inp.bytes, 'input'), INPUT)
    assert.equal(task.moduleCid, mod.cid)
    assert.equal(task.moduleSize, mod.bytes.byteLength)
    assert.equal(task.moduleHash, hex(HELLO), 'hashes are of the plaintext')
    assert.equal(task.contentKey, bytesToHex(k))
  })

  it('inline module with input by CID: the input is still fetched', async () => {
    const h = harness()
    const { task, rejection } = await admitTask(inlineSpec({ inputCid: INPUT_CID, inputSha256: undefined }), CLIENT, h.deps, NOW, { module: HELLO })
    assert.equal(rejection, undefined)
    assert.deepEqual(h.fetched.map(f => f.cid), [INPUT_CID])
    assert.equal(task.inputHash, hex(INPUT))
  })

  it('over limits.maxInlineBytes: a clear error naming the key, nothing stored', async () => {
    const h = harness({ config: { limits: { maxInlineBytes: HELLO.byteLength } } })
    const { rejection } = await admitTask(inlineSpec(), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.match(rejection ?? '', new RegExp(`inline module and input take ${HELLO.byteLength + INPUT.byteLength} bytes, over this coordinator's maximum of ${HELLO.byteLength} \\(limits.maxInlineBytes\\)`))
    assert.deepEqual(h.stored, [])
    assert.deepEqual(h.balanceAsked, [], 'refused before anything else')
  })

  it('an inline module over limits.maxModuleBytes is refused by name', async () => {
    const h = harness({ config: { limits: { maxModuleBytes: 100 } } })
    const { rejection } = await admitTask(inlineSpec(), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.equal(rejection, `inline module of ${HELLO.byteLength} bytes is larger than the maximum of 100 bytes`)
    assert.deepEqual(h.stored, [])
  })

  it('inline bytes whose CID disagrees with the CID the spec names are rejected', async () => {
    const h = harness()
    const { rejection } = await admitTask(inlineSpec({ moduleCid: NOT_WASM_CID }), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.equal(rejection, `module CID ${NOT_WASM_CID} is not the CID of the inline module's ${HELLO.byteLength} bytes (${HELLO_CID})`)
    assert.deepEqual(h.stored, [])
    assert.deepEqual(h.fetched, [])
  })

  it('the right CID named beside inline bytes is accepted (plaintext task)', async () => {
    const h = harness()
    const { task, rejection } = await admitTask(inlineSpec({ moduleCid: HELLO_CID }), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.equal(rejection, undefined)
    assert.equal(task.moduleCid, HELLO_CID)
  })

  it('a sealed task naming a CID for inline content is refused (the coordinator seals and names it)', async () => {
    const h = harness()
    const { rejection } = await admitTask(inlineSpec({ moduleCid: HELLO_CID, contentKey: newContentKey() }), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.match(rejection ?? '', /^spec names module CID .* for inline content of a sealed task: leave it empty/)
    assert.deepEqual(h.stored, [])
  })

  it('inline content needs its SHA-256 in the signed spec, and the right one', async () => {
    const admit = async (s: ailee.v1.ITaskSpec, input: Uint8Array = INPUT): Promise<{ rejection?: string, h: Harness }> => {
      const h = harness()
      const { rejection } = await admitTask(s, CLIENT, h.deps, NOW, { module: HELLO, input })
      return { rejection, h }
    }
    let r = await admit(inlineSpec({ moduleSha256: undefined }))
    assert.match(r.rejection ?? '', /^an inline module needs spec.module_sha256 \(the SHA-256 of its \d+ bytes\), so the submission's signature covers it$/)
    assert.deepEqual(r.h.stored, [])
    r = await admit(inlineSpec(), NOT_WASM)
    assert.equal(r.rejection, `inline input's SHA-256 ${hex(NOT_WASM)} is not the spec's stated ${hex(INPUT)}`)
    r = await admit(inlineSpec({ moduleSha256: new Uint8Array(5) }))
    assert.equal(r.rejection, 'spec.module_sha256 must be empty or 32 bytes, got 5')
    assert.deepEqual(r.h.stored, [])
  })

  it('an inline module that is not a WASI command is rejected before it is stored', async () => {
    const h = harness()
    const { rejection } = await admitTask(inlineSpec({ moduleSha256: sha256(NOT_WASM) }), CLIENT, h.deps, NOW, { module: NOT_WASM, input: INPUT })
    assert.match(rejection ?? '', /^invalid module:/)
    assert.deepEqual(h.stored, [])
  })

  it('an input hash stated for a task without input must be the hash of no bytes', async () => {
    const h = harness()
    const { rejection } = await admitTask(inlineSpec({ inputSha256: sha256(INPUT) }), CLIENT, h.deps, NOW, { module: HELLO })
    assert.equal(rejection, `input (none)'s SHA-256 ${hex(new Uint8Array(0))} is not the spec's stated ${hex(INPUT)}`)
    const ok = await admitTask(inlineSpec({ inputSha256: sha256(new Uint8Array(0)) }), CLIENT, harness().deps, NOW, { module: HELLO })
    assert.equal(ok.rejection, undefined)
  })

  it('a stated hash is checked for content fetched by CID too', async () => {
    const h = harness()
    const { rejection } = await admitTask(spec({ moduleSha256: sha256(NOT_WASM) }), CLIENT, h.deps, NOW)
    assert.equal(rejection, `module's SHA-256 ${hex(HELLO)} is not the spec's stated ${hex(NOT_WASM)}`)
    assert.deepEqual(h.pinned, [])
  })

  it('inline content counts against the pin quota; over it, nothing is stored', async () => {
    const h = harness()
    h.deps.pinQuota = new PinQuota(HELLO.byteLength + 1)
    const { rejection } = await admitTask(inlineSpec(), CLIENT, h.deps, NOW, { module: HELLO, input: INPUT })
    assert.match(rejection ?? '', /limits.maxPinnedBytesPerClient/)
    assert.equal(h.deps.pinQuota.usedBy(CLIENT), 0, 'the module reserved is released on rejection')
    assert.deepEqual(h.stored.map(s => s.cid), [HELLO_CID])
  })
})
