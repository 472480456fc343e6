/**
 * The CLI end to end, as other tools drive it: one coordinator and two
 * workers, each a `bin/node --role ...` process on 127.0.0.1 with a temporary
 * data directory; tasks submitted with `bin/node submit`, followed with
 * `result`, inspected with `status` and `peers`; every node stopped by SIGTERM.
 * Program output is compared with a native build of the same C source.
 */
import { DEV_CLIENT_ACCOUNT } from '../../src/config/dev-account.ts'
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { peerIdFromString } from '@libp2p/peer-id'
import { buildNative, fixturePath, runNative } from '../helpers/fixtures.ts'
import { readNodeJson } from '../../src/cli/util/node-json.ts'
import { parseJsonOutput, runCli, startNetwork, tail, type TestNetwork } from './helpers.ts'

/** Fields every `submit --json` / `result --json` object carries. */
const RESULT_FIELDS = ['taskId', 'status', 'exitCode', 'worker', 'moduleCid', 'inputCid', 'outputCid', 'verified', 'stderr', 'reason', 'attempts', 'timings']

let nativeCompiler = true
try {
  await buildNative('hello')
} catch {
  nativeCompiler = false
}
const needsNative = nativeCompiler ? {} : { skip: 'no native C compiler (cc) to build the reference output' }

describe('bin/node: a coordinator and two workers as processes', { timeout: 300_000 }, () => {
  let net: TestNetwork

  before(async () => { net = await startNetwork(2) })
  after(async () => {
    if (net == null) return
    if (process.exitCode != null && process.exitCode !== 0) {
      for (const n of [net.coordinator, ...net.workers]) process.stderr.write(`--- ${n.logFile} ---\n${tail(n.logFile)}\n`)
    }
    await net.destroy()
  })

  test('each node wrote node.json with its peer id, role and /p2p/ multiaddrs', () => {
    for (const node of [net.coordinator, ...net.workers]) {
      const { info } = node
      assert.equal(info.role, node.name === 'coordinator' ? 'coordinator' : 'worker')
      assert.equal(peerIdFromString(info.peerId).toString(), info.peerId)
      assert.ok(info.multiaddrs.length > 0)
      for (const addr of info.multiaddrs) assert.ok(addr.endsWith(`/p2p/${info.peerId}`), addr)
      assert.equal(info.pid, node.process.pid)
    }
  })

  test('peers --json lists both workers with health, capacity, reputation, breaker and telemetry age', async () => {
    const run = await runCli(['peers', ...net.clientArgs, '--json'])
    assert.equal(run.code, 0, run.stderr)
    const { workers } = parseJsonOutput(run)
    assert.deepEqual(workers.map((w: any) => w.peerId).sort(), net.workers.map(w => w.info.peerId).sort())
    for (const w of workers) {
      assert.equal(w.alive, true)
      assert.equal(typeof w.health, 'number')
      assert.equal(typeof w.reputation, 'number')
      assert.equal(w.capacitySlots, 2)
      assert.equal(typeof w.runningTasks, 'number')
      assert.equal(w.breaker, 'closed')
      assert.equal(typeof w.telemetryAgeMs, 'number')
    }
  })

  test('peers without --json prints a table', async () => {
    const run = await runCli(['peers', ...net.clientArgs])
    assert.equal(run.code, 0, run.stderr)
    const text = run.stdout.toString()
    assert.match(text, /^peer\s+alive\s+health/)
    for (const w of net.workers) assert.ok(text.includes(w.info.peerId))
  })

  test('submit --json of hello (args, env) gives the native output, verified, exit 0', needsNative, async () => {
    const args = ['one', 'two words']
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('hello'), '--arg', args[0], '--arg', args[1], '--env', 'GREETING=hi there', '--json'])
    const result = parseJsonOutput(run)
    assert.equal(run.code, 0, `${run.stderr}\n${run.stdout.toString()}`)
    for (const field of RESULT_FIELDS) assert.ok(field in result, `missing ${field}`)
    assert.equal(result.status, 'completed')
    assert.equal(result.exitCode, 0)
    assert.equal(result.verified, true)
    assert.equal(result.receiptValid, true)
    assert.ok(net.workers.some(w => w.info.peerId === result.worker))
    assert.equal(result.receipt.workerPeerId, result.worker)
    assert.ok(result.attempts >= 1)
    for (const t of ['queuedMs', 'executionMs', 'totalMs']) assert.equal(typeof result.timings[t], 'number')
    const native = await runNative('hello', { args, env: { GREETING: 'hi there' } })
    assert.equal(result.stdout, native.stdout.toString('utf8'))
    assert.deepEqual(Buffer.from(result.stdoutBase64, 'base64'), native.stdout)
  })

  test('submit of primes writes the native output to stdout (no --json)', needsNative, async () => {
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('primes'), '--arg', '200000'])
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(run.stdout, (await runNative('primes', { args: ['200000'] })).stdout)
  })

  test('submit --stdin feeds the program; --out writes its stdout to a file', needsNative, async () => {
    const input = join(net.dir, 'words.txt')
    const out = join(net.dir, 'wordfreq.out')
    const text = 'the quick brown fox jumps over the lazy dog\nthe end\n'.repeat(200)
    await writeFile(input, text)
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('wordfreq'), '--stdin', input, '--out', out, '--json'])
    assert.equal(run.code, 0, run.stderr)
    const result = parseJsonOutput(run)
    assert.equal(result.status, 'completed')
    assert.notEqual(result.inputCid, '')
    assert.equal(result.stdoutFile, out)
    assert.equal('stdout' in result, false)
    assert.deepEqual(await readFile(out), (await runNative('wordfreq', { stdin: text })).stdout)
  })

  test('a file that is not WebAssembly is rejected: status rejected, exit 1', async () => {
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('not_wasm'), '--json'])
    assert.equal(run.code, 1, run.stderr)
    const result = parseJsonOutput(run)
    assert.equal(result.status, 'rejected')
    assert.equal(result.verified, false)
    assert.match(result.reason, /WebAssembly|wasm|module/i)
  })

  test('a program exiting non-zero: status failed, its stderr passed on, exit 1', async () => {
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('exit_code'), '--arg', '7'])
    assert.equal(run.code, 1)
    assert.match(run.stderr, /exiting with code 7/)
    assert.match(run.stderr, /failed/)
  })

  test('submit --detach returns the task id; result waits and reports like submit; status explains the choice', async () => {
    const detached = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('primes'), '--arg', '300000', '--detach', '--json'])
    assert.equal(detached.code, 0, detached.stderr)
    const { taskId } = parseJsonOutput(detached)
    assert.match(taskId, /^[0-9a-f]{32}$/)

    const result = await runCli(['result', taskId, ...net.clientArgs, '--json'])
    assert.equal(result.code, 0, result.stderr)
    const outcome = parseJsonOutput(result)
    for (const field of RESULT_FIELDS) assert.ok(field in outcome, `missing ${field}`)
    assert.equal(outcome.taskId, taskId)
    assert.equal(outcome.status, 'completed')
    assert.equal(outcome.verified, true)
    assert.match(outcome.stdout, /^primes below 300000: 25997$/m)

    const plain = await runCli(['result', taskId, ...net.clientArgs])
    assert.equal(plain.code, 0, plain.stderr)
    assert.equal(plain.stdout.toString(), outcome.stdout)

    const status = await runCli(['status', taskId, ...net.clientArgs, '--json'])
    assert.equal(status.code, 0, status.stderr)
    const report = parseJsonOutput(status)
    assert.equal(report.taskId, taskId)
    assert.equal(report.state, 'completed')
    assert.equal(report.attempts, outcome.attempts)
    assert.equal(report.worker, outcome.worker)
    assert.equal(report.result.status, 'completed')
    assert.ok(report.decisions.length >= 1)
    // the built-in policy (adaptive) re-executes a new worker's result on the other worker (in the
    // same round: verification.replicasInFirstRound): the accepted result is the first agreeing
    // execution's, and a decision chose one worker, or two distinct ones when it assigned the replica too
    assert.equal(report.verification, 'adaptive')
    assert.ok(report.replicas.length >= 1 && report.replicas.every((r: any) => r.verdict === 'agreed'), JSON.stringify(report.replicas))
    assert.equal(report.replicas[0].worker, outcome.worker)
    for (const d of report.decisions) {
      const chosen = d.candidates.filter((c: any) => c.chosen).map((c: any) => c.worker)
      assert.ok(chosen.length >= 1 && chosen.length <= 2 && new Set(chosen).size === chosen.length, JSON.stringify(d))
    }
    assert.ok(report.decisions.some((d: any) => d.candidates.some((c: any) => c.chosen && c.worker === outcome.worker)))
    const last = report.decisions[report.decisions.length - 1]
    for (const c of last.candidates) {
      for (const k of ['score', 'health', 'reputation', 'priceScore', 'loadScore', 'price']) assert.equal(typeof c[k], 'number', k)
    }

    const human = await runCli(['status', taskId, ...net.clientArgs])
    assert.equal(human.code, 0, human.stderr)
    assert.match(human.stdout.toString(), /state\s+completed/)
    assert.match(human.stdout.toString(), /chosen: highest score/)
  })

  test('account balance and transfer: whole credits with decimals, --units, refusals exit 1 with the reason; a new account holds 0', async () => {
    const payee = await runCli(['identity', 'create', '--identity', join(net.dir, 'payee.key'), '--json'])
    assert.equal(payee.code, 0, payee.stderr)
    const to = parseJsonOutput(payee).account
    const empty = await runCli(['account', 'balance', to, ...net.clientArgs, '--json'])
    assert.equal(empty.code, 0, empty.stderr)
    assert.deepEqual(parseJsonOutput(empty), { account: to, balance: '0', credits: '0', decimals: 9 })

    const sent = await runCli(['account', 'transfer', to, '1.5', ...net.clientArgs])
    assert.equal(sent.code, 0, sent.stderr)
    assert.match(sent.stdout.toString(), new RegExp(`^sent 1.5 credits to ${to}; ${DEV_CLIENT_ACCOUNT} now holds [0-9.]+ credits\n$`))
    const units = await runCli(['account', 'transfer', to, '7', '--units', ...net.clientArgs, '--json'])
    assert.equal(units.code, 0, units.stderr)
    assert.equal(parseJsonOutput(units).amount, '7')
    const balance = await runCli(['account', 'balance', to, ...net.clientArgs])
    assert.equal(balance.stdout.toString(), `${to}  1.500000007 credits\n`)

    // the payee has 1.5 credits: sending 2 back is refused, nothing moves
    const back = await runCli(['account', 'transfer', DEV_CLIENT_ACCOUNT, '2', ...net.clientArgs, '--identity', join(net.dir, 'payee.key')])
    assert.equal(back.code, 1)
    assert.match(back.stderr, /transfer refused: .*insufficient-funds/)
    const bad = await runCli(['account', 'transfer', to, '1.0000000001', ...net.clientArgs])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /more than 9 decimals/)
    assert.equal((await runCli(['account', 'balance', to, ...net.clientArgs, '--json'])).stdout.toString().includes('"1500000007"'), true)
  })

  test('cancel with the submitter\'s --identity-dir: exit 0, state cancelled; result then exits 1; refusals exit 1, unknown tasks 3', async () => {
    const identity = ['--identity-dir', join(net.dir, 'client-identity')]
    // a new identity holds nothing: the default (development) identity funds it first
    const shown = await runCli(['identity', 'show', ...identity, '--json'])
    assert.equal(shown.code, 0, shown.stderr)
    const funded = await runCli(['account', 'transfer', parseJsonOutput(shown).account, '1', ...net.clientArgs, '--json'])
    assert.equal(funded.code, 0, funded.stderr)
    const detached = await runCli(['submit', ...net.clientArgs, ...identity, '--wasm', fixturePath('spin'), '--timeout-ms', '30000', '--detach', '--json'])
    assert.equal(detached.code, 0, detached.stderr)
    const { taskId } = parseJsonOutput(detached)

    const stranger = await runCli(['cancel', taskId, ...net.clientArgs, '--json'])
    assert.equal(stranger.code, 1, stranger.stderr)
    assert.equal(parseJsonOutput(stranger).error.name, 'CancelRefusedError')

    const cancel = await runCli(['cancel', taskId, ...net.clientArgs, ...identity, '--reason', 'changed my mind', '--json'])
    assert.equal(cancel.code, 0, cancel.stderr)
    const report = parseJsonOutput(cancel)
    assert.equal(report.taskId, taskId)
    assert.equal(report.state, 'cancelled')
    assert.match(report.reason, /changed my mind/)

    const result = await runCli(['result', taskId, ...net.clientArgs, '--json'])
    assert.equal(result.code, 1, result.stderr)
    assert.equal(parseJsonOutput(result).status, 'cancelled')
    assert.equal(parseJsonOutput(result).success, false)

    const again = await runCli(['cancel', taskId, ...net.clientArgs, ...identity])
    assert.equal(again.code, 1)
    assert.match(again.stderr, /cannot cancel task/)
    assert.equal((await runCli(['cancel', '0'.repeat(32), ...net.clientArgs, ...identity])).code, 3)
  })

  test('status and result of an unknown task exit 3', async () => {
    const unknown = '0'.repeat(32)
    assert.equal((await runCli(['status', unknown, ...net.clientArgs])).code, 3)
    assert.equal((await runCli(['result', unknown, ...net.clientArgs, '--json'])).code, 3)
  })

  test('usage errors exit 2; an unreachable coordinator exits 3', async () => {
    assert.equal((await runCli(['submit', ...net.clientArgs])).code, 2) // no --wasm
    assert.equal((await runCli(['submit', ...net.clientArgs, '--wasm', join(net.dir, 'missing.wasm')])).code, 2)
    assert.equal((await runCli(['submit', '--coordinator', '/ip4/127.0.0.1/tcp/1', '--wasm', fixturePath('hello')])).code, 2) // no /p2p/
    const dead = `/ip4/127.0.0.1/tcp/1/p2p/${net.coordinator.info.peerId}`
    const run = await runCli(['submit', '--coordinator', dead, '--network-id', net.networkId, '--wasm', fixturePath('hello')])
    assert.equal(run.code, 3)
    assert.match(run.stderr, /cannot reach coordinator/)
    const json = await runCli(['peers', '--coordinator', dead, '--network-id', net.networkId, '--json'])
    assert.equal(json.code, 3)
    assert.deepEqual(Object.keys(parseJsonOutput(json).error).sort(), ['exitStatus', 'message', 'name'])
    assert.equal(parseJsonOutput(json).error.name, 'CoordinatorUnreachableError')
    const badIdentity = join(net.dir, 'bad-identity')
    await mkdir(badIdentity, { recursive: true })
    await writeFile(join(badIdentity, 'identity.key'), 'not a key')
    const corrupt = await runCli(['peers', ...net.clientArgs, '--identity-dir', badIdentity])
    assert.equal(corrupt.code, 2)
    assert.match(corrupt.stderr, /--identity-dir .*corrupt/)
  })

  test('a second node on a data dir in use fails with exit 1 and leaves the running node\'s node.json', async () => {
    const [worker] = net.workers
    const run = await runCli(['--role', 'worker', '--data-dir', worker.dataDir, '--network-id', net.networkId, '--listen', '/ip4/127.0.0.1/tcp/0', '--metrics-listen', '127.0.0.1:0', '--no-mdns', '--log-level', 'silent'])
    assert.equal(run.code, 1)
    assert.match(run.stderr, /locked/)
    assert.equal((await readNodeJson(worker.dataDir))?.pid, worker.process.pid)
  })

  test('SIGTERM stops every node gracefully with exit 0', async () => {
    for (const w of net.workers) w.process.kill('SIGTERM')
    assert.deepEqual(await Promise.all(net.workers.map(async w => await w.exited)), net.workers.map(() => 0))
    net.coordinator.process.kill('SIGTERM')
    assert.equal(await net.coordinator.exited, 0)
    assert.match(tail(net.coordinator.logFile), /stopped/)
  })
})
