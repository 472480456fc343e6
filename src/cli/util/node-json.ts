/**
 * `<data dir>/node.json`: how other programs find a running node. Written by
 * `bin/node --role ...` once the node listens, through a temporary file and a
 * rename so a reader never sees half a file. A stale one (from a run whose
 * process is gone) is removed at start, so a reader waiting for the file never
 * picks up the previous run's.
 *
 * Shape: `{"peerId", "role", "multiaddrs": [".../p2p/<peerId>"], "networkId", "pid", "startedAtMs", "metricsUrl"?}`.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** File name inside the data directory. */
const NODE_JSON = 'node.json'

/** Contents of node.json. */
export interface NodeInfo {
  peerId: string
  role: 'coordinator' | 'worker'
  /** Listening addresses, each ending in `/p2p/<peerId>`. */
  multiaddrs: string[]
  networkId: string
  /** Process id of the node. */
  pid: number
  /** Unix ms. */
  startedAtMs: number
  /**
   * `http://host:port/metrics` of the node's ops endpoint as bound (`/health` and `/ready` on the
   * same origin); absent when it runs with `--no-metrics`.
   */
  metricsUrl?: string
}

/** Writes `<dataDir>/node.json` atomically (temp file + rename). */
export async function writeNodeJson (dataDir: string, info: NodeInfo): Promise<void> {
  const path = join(dataDir, NODE_JSON)
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(tmp, JSON.stringify(info, null, 2) + '\n', { flag: 'wx' })
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

/**
 * Removes a stale `<dataDir>/node.json`: one whose `pid` is no running process
 * (a previous run). The file of a node still running is left alone (its data
 * directory is locked, so the new start fails anyway).
 */
export async function removeStaleNodeJson (dataDir: string): Promise<void> {
  let info: NodeInfo | undefined
  try {
    info = await readNodeJson(dataDir)
  } catch {
    // unreadable: stale by definition
  }
  if (info != null && info.pid !== process.pid && isRunning(info.pid)) return
  await rm(join(dataDir, NODE_JSON), { force: true })
}

function isRunning (pid: unknown): boolean {
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (err: any) {
    return err?.code === 'EPERM'
  }
}

/** Reads `<dataDir>/node.json`; `undefined` when it does not exist yet. */
export async function readNodeJson (dataDir: string): Promise<NodeInfo | undefined> {
  let text: string
  try {
    text = await readFile(join(dataDir, NODE_JSON), 'utf8')
  } catch (err: any) {
    if (err?.code === 'ENOENT') return undefined
    throw err
  }
  return JSON.parse(text) as NodeInfo
}

/**
 * Polls for `<dataDir>/node.json` every 50 ms.
 *
 * @param stillRunning return false to give up early (e.g. the process exited)
 * @throws Error when `timeoutMs` passes or `stillRunning()` turns false first
 */
export async function waitForNodeJson (dataDir: string, timeoutMs: number, stillRunning: () => boolean = () => true): Promise<NodeInfo> {
  const deadline = Date.now() + timeoutMs
  while (true) {
    const info = await readNodeJson(dataDir)
    if (info != null) return info
    if (!stillRunning()) throw new Error(`the node exited before writing ${join(dataDir, NODE_JSON)}`)
    if (Date.now() > deadline) throw new Error(`${join(dataDir, NODE_JSON)} did not appear within ${timeoutMs} ms`)
    await sleep(50)
  }
}

/** The multiaddr of `info` to dial from this machine: a 127.0.0.1 one if any, else the first. */
export function localAddress (info: NodeInfo): string {
  return info.multiaddrs.find(a => a.startsWith('/ip4/127.0.0.1/')) ?? info.multiaddrs[0]
}
