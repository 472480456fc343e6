/**
 * Modules up to the configured maximum arrive reliably (finding 15, third
 * part): through a real swarm, valid modules padded with a custom section to
 * 4, 8 and 32 MiB reach the coordinator (4 MiB inline in the submission, the
 * default `limits.maxInlineBytes`; 8 and 32 MiB fetched from the client over
 * bitswap) and are fetched by the worker over bitswap (all over
 * `limits.assignInlineBytes`) within the size-scaled fetch window
 * (`timeouts.fetchMs` + `fetchMsPerMiB` per MiB) and run.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { AileeClient } from '../../src/client/index.ts'
import { startSwarm, type Swarm } from '../helpers/swarm.ts'
import { readFixture } from '../helpers/fixtures.ts'
import { connectClient, text } from './helpers.ts'

const MiB = 1024 * 1024

/** `module` with a custom section (id 0) appended so the whole is exactly `size` bytes (WebAssembly core spec 5.5.3). */
function padModuleTo (module: Uint8Array, size: number): Uint8Array {
  const name = new TextEncoder().encode('pad')
  // section id + size (5-byte LEB128, padded) + name length + name + payload
  const payloadLength = size - module.length - 1 - 5
  const padding = payloadLength - 1 - name.length
  const out = new Uint8Array(size)
  out.set(module)
  let i = module.length
  out[i++] = 0
  let value = payloadLength
  for (let k = 0; k < 5; k++) {
    out[i++] = (value & 0x7f) | (k < 4 ? 0x80 : 0)
    value >>>= 7
  }
  out[i++] = name.length
  out.set(name, i)
  i += name.length
  assert.equal(i + padding, size)
  return out
}

describe('modules up to the configured maximum', () => {
  let swarm: Swarm
  let client: AileeClient

  before(async () => {
    const limits = { limits: { maxModuleBytes: 32 * MiB } }
    swarm = await startSwarm({ workers: 1, coordinator: limits, worker: limits })
    await swarm.waitForWorkers(1)
    client = await connectClient(swarm.coordinatorAddr)
  })

  after(async () => {
    await client?.close()
    await swarm?.stop()
  })

  for (const mib of [4, 8, 32]) {
    it(`a valid module of ${mib} MiB is fetched by coordinator and worker and runs`, async () => {
      const padded = padModuleTo(await readFixture('hello'), mib * MiB)
      assert.equal(padded.byteLength, mib * MiB)
      const result = await client.submit({ wasm: padded, args: [`${mib} MiB`] })
      assert.equal(result.status, 'completed', result.reason)
      assert.equal(text(result.stdout), `hello from wasm\n${mib} MiB\n`)
    })
  }
})
