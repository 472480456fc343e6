/**
 * `bin/node demo` (what `npm run demo` runs): a coordinator and two workers as
 * child processes, the example task, a clean shutdown, exit 0.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { runCli } from './helpers.ts'

test('bin/node demo --json runs the example task and stops every node cleanly', { timeout: 180_000 }, async () => {
  const run = await runCli(['demo', '--json'], 170_000)
  assert.equal(run.code, 0, run.stderr)
  const result = JSON.parse(run.stdout.toString())
  assert.equal(result.status, 'completed')
  assert.equal(result.verified, true)
  assert.equal(result.receiptValid, true)
  assert.match(result.stdout, /^primes below 1000000: 78498$/m)
  assert.match(run.stderr, /stopped: worker-1 exit 0, worker-2 exit 0, coordinator exit 0/)
  assert.match(run.stderr, /demo OK/)
})
