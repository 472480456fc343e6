/**
 * Shared helpers of the integration tests: a client connected to a test swarm,
 * fixture submission, native-build comparison, raw bytes on `/ailee/task/1.0.0`,
 * receipts sealed in a coordinator's chain, and a sampler that records the
 * most tasks each worker ever ran at once.
 *
 * Everything here drives real parts (libp2p over TCP on 127.0.0.1, Helia,
 * RocksDB, the WASI sandbox); nothing is mocked.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { multiaddr } from '@multiformats/multiaddr'
import type { AileeHost } from '../../src/p2p/host.ts'
import type { PrivateKey } from '@libp2p/interface'
import { nextTestClientKey } from '../helpers/accounts.ts'
import { AileeClient, type ClientOptions, type SubmitOptions, type TaskResult } from '../../src/client/index.ts'
import { FrameReader } from '../../src/protocol/framing.ts'
import { TASK_PROTOCOL } from '../../src/protocol/index.ts'
import { pb } from '../../src/proto/index.ts'
import type { ailee } from '../../src/proto/index.ts'
import type { StartedNode } from '../../src/node/ailee-node.ts'
import type { Swarm } from '../helpers/swarm.ts'
import { buildNative, readFixture, runNative, type NativeRun, type NativeRunOptions } from '../helpers/fixtures.ts'

export { waitUntil } from '../helpers/swarm-host.ts'

/** Network id of test swarms (the config default). */
export const NETWORK_ID = 'ailee-dev'

/**
 * Connects a client to the swarm's coordinator with test-friendly timeouts
 * (10 s per request, reconnect every 200 ms, follow deadline 60 s), as a
 * genesis-funded test account (the next of test/helpers/accounts.ts unless `privateKey`);
 * `extra` adds client options (e.g. `inlineMaxBytes: 0` to send content by CID; the ones above win).
 *
 * @throws CoordinatorUnreachableError when the coordinator cannot be dialled
 */
export async function connectClient (coordinatorAddr: string, followDeadlineMs = 60_000, privateKey: PrivateKey = nextTestClientKey(), extra: ClientOptions = {}): Promise<AileeClient> {
  return await AileeClient.connect(coordinatorAddr, {
    ...extra,
    privateKey,
    networkId: NETWORK_ID,
    timeoutMs: 10_000,
    streamIdleTimeoutMs: 60_000,
    followDeadlineMs,
    reconnectIntervalMs: 200
  })
}

/** `submit` options of a fixture module (`test/fixtures/<name>.wasm`) plus `extra`. */
export async function fixtureInput (name: string, extra: Omit<SubmitOptions, 'wasm'> = {}): Promise<SubmitOptions> {
  return { wasm: await readFixture(name), ...extra }
}

/** Submits fixture `name` with `extra` options and waits for its result. */
export async function runFixture (client: AileeClient, name: string, extra: Omit<SubmitOptions, 'wasm'> = {}): Promise<TaskResult> {
  return await client.submit(await fixtureInput(name, extra))
}

/** Lowercase hex SHA-256 of `bytes`. */
export function sha256Hex (bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}

/** UTF-8 text of `bytes`. */
export function text (bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes)
}

let nativeOk: Promise<boolean> | undefined
/** True when the native C compiler builds fixtures here (memoised). */
export async function nativeAvailable (): Promise<boolean> {
  nativeOk ??= buildNative('hello').then(() => true, () => false)
  return await nativeOk
}

/**
 * Runs the native build of fixture `name` as the sandbox runs it: `argv[0]`
 * differs (the task id in the sandbox) but no fixture prints it.
 *
 * @returns undefined when no C compiler is available
 */
export async function nativeRun (name: string, options: NativeRunOptions = {}): Promise<NativeRun | undefined> {
  if (!(await nativeAvailable())) return undefined
  return await runNative(name, options)
}

/** Balance of `account` in a coordinator's ledger, smallest units as a number (0 for an account never credited; test balances stay below 2^53). */
export async function ledgerBalance (coordinator: StartedNode, account: string): Promise<number> {
  return Number(await coordinator.coordinator!.store.settlements.ledger.balance(account))
}

/** Peer ids of the swarm's workers. */
export function workerIds (swarm: Swarm): string[] {
  return swarm.workers.map(w => w.peerId)
}

/**
 * Opens a stream on `/ailee/task/1.0.0` from `client`'s host to `target`, sends
 * `bytes` as they are (no framing added), half-closes, and returns the decoded
 * responses, until the server closes or resets the stream.
 */
export async function rawExchange (client: AileeHost, target: string, bytes: Uint8Array): Promise<ailee.v1.Response[]> {
  const stream = await client.libp2p.dialProtocol(multiaddr(target), TASK_PROTOCOL)
  const reader = new FrameReader(stream, { maxFrameBytes: 1024 * 1024 })
  const out: ailee.v1.Response[] = []
  try {
    stream.send(bytes)
    await stream.close().catch(() => {})
    for (let frame = await reader.next({ timeoutMs: 5000 }); frame != null; frame = await reader.next({ timeoutMs: 5000 })) {
      out.push(pb.Response.decode(frame))
    }
  } catch (err) {
    // a reset after the error answer (MESSAGE_TOO_LARGE) is expected; keep what arrived
    if (out.length === 0) throw err
  } finally {
    reader.dispose()
  }
  return out
}

/**
 * How many block entries of the coordinator's own stored chain carry the
 * receipt of `taskId` (1 once it is sealed; more would be a double credit);
 * entries without a receipt (transfers) are skipped.
 */
export async function sealedCount (coordinator: StartedNode, taskId: string): Promise<number> {
  let n = 0
  for await (const block of coordinator.chain.blocks(coordinator.peerId)) {
    for (const entry of block.entries ?? []) {
      if (entry.receipt?.receipt != null && pb.ExecutionReceipt.decode(entry.receipt.receipt).taskId === taskId) n++
    }
  }
  return n
}

/** Maxima seen by {@link sampleLoad}. */
export interface LoadMaxima {
  /** Per worker peer id: most tasks it ran at once, most leases the coordinator held on it at once. */
  perWorker: Map<string, { running: number, leases: number }>
  /** Most tasks running at once across all workers. */
  totalRunning: number
}

/**
 * Samples every `intervalMs` how many tasks each worker runs (its own count,
 * `service.running`) and how many leases the coordinator holds on it, and keeps
 * the maxima. `stop()` ends sampling and returns them.
 */
export function sampleLoad (swarm: Swarm, intervalMs = 10): { stop: () => LoadMaxima } {
  const max: LoadMaxima = { perWorker: new Map(), totalRunning: 0 }
  const sample = (): void => {
    const scheduler = swarm.coordinator.coordinator!.orchestrator
    let total = 0
    for (const w of swarm.workers) {
      const m = max.perWorker.get(w.peerId) ?? { running: 0, leases: 0 }
      const running = w.worker?.service.running ?? 0
      total += running
      m.running = Math.max(m.running, running)
      m.leases = Math.max(m.leases, scheduler.leasesOf(w.peerId))
      max.perWorker.set(w.peerId, m)
    }
    max.totalRunning = Math.max(max.totalRunning, total)
  }
  const timer = setInterval(sample, intervalMs)
  return { stop: () => { clearInterval(timer); sample(); return max } }
}
