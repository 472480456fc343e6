/**
 * Signals of a `bin/node --role ...` process: the first SIGINT starts a
 * graceful stop (a worker drains its running task), a second one forces exit 1.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { fixturePath } from '../helpers/fixtures.ts'
import { parseJsonOutput, runCli, startNetwork, tail } from './helpers.ts'

test('a second SIGINT forces a draining worker to exit 1; SIGTERM stops the coordinator with 0', { timeout: 180_000 }, async () => {
  const net = await startNetwork(1)
  try {
    const submitted = await runCli(['submit', ...net.clientArgs, '--wasm', fixturePath('spin'), '--timeout-ms', '60000', '--detach', '--json'])
    assert.equal(submitted.code, 0, submitted.stderr)
    const { taskId } = parseJsonOutput(submitted)
    const deadline = Date.now() + 60_000
    while (true) {
      const status = parseJsonOutput(await runCli(['status', taskId, ...net.clientArgs, '--json']))
      if (status.state === 'running') break
      assert.ok(Date.now() < deadline, `task never ran: ${JSON.stringify(status)}`)
      await sleep(200)
    }
    const [worker] = net.workers
    worker.process.kill('SIGINT')
    // the worker now drains: it lets the running task go on for its grace period
    while (!tail(worker.logFile).includes('stopping gracefully')) await sleep(50)
    await sleep(200)
    worker.process.kill('SIGINT')
    assert.equal(await worker.exited, 1)
    assert.match(tail(worker.logFile), /second signal/)

    net.coordinator.process.kill('SIGTERM')
    assert.equal(await net.coordinator.exited, 0)
  } finally {
    await net.destroy()
  }
})
