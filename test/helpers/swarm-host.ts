/**
 * Test helpers for real hosts on 127.0.0.1 (Lodestar style: start a real node
 * on `127.0.0.1/tcp/0`, register its teardown on a cleanup stack run after
 * each test, even when the test fails).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { createHost } from '../../src/p2p/host.ts'
import type { AileeHost, HostOptions } from '../../src/p2p/host.ts'

/** Teardown functions run in reverse order by `run()`. */
export class Cleanup {
  readonly #fns: Array<() => Promise<void> | void> = []

  add (fn: () => Promise<void> | void): void {
    this.#fns.push(fn)
  }

  /** Runs every teardown (last added first), collecting failures. */
  async run (): Promise<void> {
    const errors: unknown[] = []
    while (this.#fns.length > 0) {
      const fn = this.#fns.pop()!
      try { await fn() } catch (err) { errors.push(err) }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'cleanup failed')
  }
}

/** A temporary directory removed by `cleanup`. */
export async function tempDir (cleanup: Cleanup, prefix = 'ailee-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  cleanup.add(async () => { await rm(dir, { recursive: true, force: true }) })
  return dir
}

/** Starts a host on 127.0.0.1 (no mDNS, DHT on, in-memory stores unless `dataDir`), stopped by `cleanup`. */
export async function startHost (cleanup: Cleanup, options: Partial<HostOptions> = {}): Promise<AileeHost> {
  const host = await createHost({
    privateKey: options.privateKey ?? await generateKeyPair('Ed25519'),
    networkId: 'test-net',
    listen: ['/ip4/127.0.0.1/tcp/0'],
    bootstrap: [],
    mdns: false,
    dht: true,
    ...options
  })
  cleanup.add(async () => { await host.stop() })
  return host
}

/** Polls `condition` every 20 ms until it is true; throws after `timeoutMs`. */
export async function waitUntil (condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** Waits until `a` has a connection to `b`. */
export async function waitConnected (a: AileeHost, b: AileeHost, timeoutMs = 10_000): Promise<void> {
  await waitUntil(() => a.libp2p.getConnections(b.peerId).length > 0, timeoutMs, `${a.peerId} connected to ${b.peerId}`)
}
