/**
 * `<data dir>/node.json`: how other programs find a running node. Written by
 * `bin/node --role ...` once the node listens, through a temporary file and a
 * rename so a reader never sees half a file; removed at start so a reader
 * waiting for it never picks up the previous run's.
 *
 * Shape: `{"peerId", "role", "multiaddrs": [".../p2p/<peerId>"], "networkId", "pid", "startedAtMs"}`.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** File name inside the data directory. */
export const NODE_JSON = 'node.json'

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

/** Removes `<dataDir>/node.json` if it exists. */
export async function removeNodeJson (dataDir: string): Promise<void> {
  await rm(join(dataDir, NODE_JSON), { force: true })
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
