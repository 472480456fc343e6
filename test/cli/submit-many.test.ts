/**
 * `bin/node submit` with many tasks (`--jobs FILE`, `--repeat N`) against a
 * coordinator and two workers as processes: one client keeps the tasks in
 * flight over its one connection and prints a JSON line per task; plus the
 * jobs-file parser and the progress/summary text as units.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fixturePath } from '../helpers/fixtures.ts'
import { parseJobs } from '../../src/cli/cmds/submit/jobs.ts'
import { progressText, summaryText } from '../../src/cli/cmds/submit/batch.ts'
import { CliError } from '../../src/cli/util/exit.ts'
import { runCli, startNetwork, tail, type TestNetwork } from './helpers.ts'

/** The JSON lines a many-task submit printed, by job index. */
function jsonLines (stdout: Buffer): any[] {
  const lines = stdout.toString('utf8').split('\n').filter(l => l !== '').map(l => JSON.parse(l))
  return lines.sort((a, b) => a.job - b.job)
}

describe('submit --jobs / --repeat: many tasks over one client', { timeout: 300_000 }, () => {
  let net: TestNetwork
  let dir: string

  before(async () => {
    net = await startNetwork(2)
    dir = await mkdtemp(join(tmpdir(), 'ailee-jobs-'))
  })
  after(async () => {
    if (net == null) return
    if (process.exitCode != null && process.exitCode !== 0) {
      for (const n of [net.coordinator, ...net.workers]) process.stderr.write(`--- ${n.logFile} ---\n${tail(n.logFile)}\n`)
    }
    await net.destroy()
    await rm(dir, { recursive: true, force: true })
  })

  test('a jobs file: one JSON line per task with its own args and env, the failing one reported, exit 1', async () => {
    const jobs = join(dir, 'jobs.jsonl')
    await writeFile(jobs, [
      '# the hello program with different arguments',
      JSON.stringify({ args: ['one'] }),
      JSON.stringify({ args: ['two'], env: { GREETING: 'hi' } }),
      '',
      JSON.stringify({ wasm: fixturePath('exit_code'), args: ['3'] }),
      JSON.stringify({ args: ['four'], verify: 'replicate:2' })
    ].join('\n'))
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('hello'), '--jobs', jobs, '--concurrency', '4'])
    assert.equal(run.code, 1, run.stderr)
    const lines = jsonLines(run.stdout)
    assert.deepEqual(lines.map(l => [l.job, l.line]), [[0, 2], [1, 3], [2, 5], [3, 6]])
    assert.equal(lines[0].stdout, 'hello from wasm\none\n')
    assert.equal(lines[1].stdout, 'hello from wasm\ntwo\nGREETING=hi\n')
    assert.equal(lines[2].status, 'failed')
    assert.equal(lines[2].exitCode, 3)
    assert.equal(lines[2].success, false)
    assert.equal(lines[3].stdout, 'hello from wasm\nfour\n')
    assert.match(lines[3].reason, /2 of 2 executions agree/)
    for (const i of [0, 1, 3]) assert.equal(lines[i].success, true, JSON.stringify(lines[i]))
    assert.equal(new Set(lines.map(l => l.taskId)).size, 4, 'four distinct tasks')
    assert.match(run.stderr, /4 tasks: 3 succeeded, 1 failed, 0 not handed over or followed/)
  })

  test('--repeat 12 of one task: twelve tasks, all verified, exit 0', async () => {
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('trivial'), '--repeat', '12', '--concurrency', '6'])
    assert.equal(run.code, 0, run.stderr)
    const lines = jsonLines(run.stdout)
    assert.deepEqual(lines.map(l => l.job), Array.from({ length: 12 }, (_, i) => i))
    for (const l of lines) {
      assert.equal(l.status, 'completed')
      assert.equal(l.verified, true)
      assert.equal(l.stdout, 'ok\n')
    }
    assert.equal(new Set(lines.map(l => l.taskId)).size, 12)
  })

  test('bad jobs files and option mixes are usage errors (exit 2) that submit nothing', async () => {
    const bad = join(dir, 'bad.jsonl')
    await writeFile(bad, `${JSON.stringify({ args: ['a'] })}\n{"args": [1]}\n`)
    const run = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('hello'), '--jobs', bad])
    assert.equal(run.code, 2)
    assert.match(run.stderr, /bad\.jsonl line 2: "args\.0"/)
    assert.equal(run.stdout.length, 0)
    assert.equal((await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('hello'), '--repeat', '2', '--detach'])).code, 2)
    assert.equal((await runCli(['submit', ...net.clientArgs, '--jobs', join(dir, 'missing.jsonl')])).code, 2)
  })
})

describe('jobs file parser', () => {
  const defaults = { coordinator: '', wasm: '/abs/default.wasm' }

  test('resolves paths against the file\'s directory, falls back to --wasm, skips blanks and comments', () => {
    const path = join('/data', 'jobs', 'j.jsonl')
    const jobs = parseJobs('# c\n\n{"args":["x"]}\n{"wasm":"m.wasm","stdin":"../in.txt","timeoutMs":5}\n', path, defaults as any)
    assert.deepEqual(jobs, [
      { line: 3, args: ['x'], wasm: '/abs/default.wasm', stdin: undefined },
      { line: 4, timeoutMs: 5, wasm: join(dirname(path), 'm.wasm'), stdin: join('/data', 'in.txt') }
    ])
  })

  test('names the line of each error', () => {
    const cases: Array<[string, RegExp]> = [
      ['{"args":["x"]}\nnot json', /line 2: not JSON/],
      ['{"nope":1}', /line 1: .*nope/i],
      ['{"timeoutMs":-1}', /line 1: "timeoutMs"/],
      ['{"env":{"A=B":"c"}}', /line 1: "env.A=B"/],
      ['{"verify":"sometimes"}', /line 1: "verify"/],
      ['# only a comment', /holds no job/]
    ]
    for (const [text, message] of cases) {
      assert.throws(() => parseJobs(text, 'j.jsonl', defaults as any), (err: unknown) => err instanceof CliError && err.exitStatus === 2 && message.test(err.message), text)
    }
    assert.throws(() => parseJobs('{"args":[]}', 'j.jsonl', { coordinator: '' } as any), /line 1: no "wasm" and no --wasm/)
  })

  test('progress and summary lines count what ended', () => {
    const s = { total: 10, succeeded: 6, failed: 1, errors: 1, wallMs: 2000 }
    assert.equal(progressText(s, 2, 2000), '[   2.0s] 8/10 done (6 ok, 1 failed, 1 errors), 2 in flight, 4.0 tasks/s')
    assert.equal(summaryText(s), '10 tasks: 6 succeeded, 1 failed, 1 not handed over or followed, in 2.00 s (5.0 tasks/s)')
  })
})
