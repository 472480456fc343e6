/**
 * Backups of a running coordinator and crash safety, with real `bin/node`
 * processes (docs/maintenance.md, "Backups"):
 *
 * - a coordinator backs itself up on SIGUSR2; it is SIGKILLed while it takes
 *   a second backup, after it sealed more blocks; whatever the moment of the
 *   kill, every backup left with a manifest verifies, and the newest one
 *   restored into a new data directory starts, validates, fetches the own
 *   blocks it sealed after the backup from the worker that stored them,
 *   reconciles its ledger, and seals the next block on top of them (the
 *   worker stores it: no fork);
 * - `bin/node backup` refuses a running node (exit 3), `restore` a non-empty
 *   data directory (exit 2); on the stopped nodes `chain verify` is clean;
 *   `backup` of the stopped coordinator exits 0 with its heads, and `restore`
 *   of that backup with one byte added to a file exits 1 naming it.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { AileeClient } from '../../src/client/index.ts'
import { DEV_CLIENT_KEY_FILE } from '../../src/config/dev-account.ts'
import { loadKeyFile } from '../../src/p2p/identity.ts'
import { listBackups } from '../../src/backup/take-backup.ts'
import { verifyBackup } from '../../src/backup/manifest.ts'
import { TEST_CLIENT_KEYS } from '../helpers/accounts.ts'
import { merge } from '../helpers/swarm.ts'
import { parseJsonOutput, runCli } from '../cli/helpers.ts'
import { TEST_CONFIG } from './cluster.ts'
import { NodeGroup, type NodeProcess } from './node-process.ts'
import type { NodeConfigInput } from '../../src/config/schema.ts'

const PAYEE = peerIdFromPrivateKey(TEST_CLIENT_KEYS[7]).toString()

/** The stored height of `producer`'s chain on `node`, from its /metrics (`ailee_block_height`); -1 when none. */
async function heightOn (node: NodeProcess, producer: string): Promise<number> {
  const text = await (await fetch(node.info.metricsUrl!)).text()
  const line = text.split('\n').find(l => l.startsWith('ailee_block_height{') && l.includes(`producer="${producer}"`))
  return line == null ? -1 : Number(line.split(' ').at(-1))
}

async function waitFor (what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(100)
  }
}

describe('backup of a running coordinator, SIGKILL, restore, catch-up', () => {
  const group = new NodeGroup()
  let root = ''
  let client: AileeClient | undefined
  after(async () => {
    await client?.close().catch(() => {})
    await group.stopAll()
    if (root !== '') await rm(root, { recursive: true, force: true })
  })

  it('restores the last complete backup of a killed coordinator; it starts, validates and catches up on what it missed', async () => {
    root = await mkdtemp(join(tmpdir(), 'ailee-mp-backup-'))
    const backups = join(root, 'backups')
    const base: NodeConfigInput = merge(TEST_CONFIG, {
      coordinator: { blockIntervalMs: 10, maxReceiptsPerBlock: 1 },
      limits: { maxRequestsPerPeerPerSecond: 5000 }
    })
    const coordinatorConfig = merge(base, { backup: { dir: backups, intervalMs: 0, keep: 5 } })
    const coordinator = await group.start({ role: 'coordinator', dataDir: join(root, 'coordinator'), config: coordinatorConfig })
    const producer = coordinator.peerId
    const worker = await group.start({ role: 'worker', dataDir: join(root, 'worker'), bootstrap: [coordinator.addr], config: base })
    const privateKey = await loadKeyFile(DEV_CLIENT_KEY_FILE)
    client = await AileeClient.connect(coordinator.addr, { networkId: 'ailee-dev', reconnectIntervalMs: 200, privateKey })

    const transfers = async (n: number): Promise<void> => { for (let i = 0; i < n; i++) await client!.transfer(PAYEE, 1n) }
    const payeeBefore = (await client.balance(PAYEE)).balance
    await transfers(5)
    await waitFor('the worker stores 5 blocks', async () => await heightOn(worker, producer) >= 4)

    // a running node cannot be backed up by the CLI: it holds the RocksDB lock
    const refused = await runCli(['backup', '--data-dir', join(root, 'coordinator'), '--to', join(root, 'cli-backups')])
    assert.equal(refused.code, 3, refused.stderr)
    assert.match(refused.stderr, /SIGUSR2/)

    coordinator.signal('SIGUSR2')
    await waitFor('the first backup', async () => (await listBackups(backups)).length === 1)
    const first = await verifyBackup((await listBackups(backups))[0])
    const backedUp = first.heads.find(h => h.producer === producer)
    assert.ok(backedUp != null && backedUp.height >= 4, `the backup holds the own chain (${JSON.stringify(first.heads)})`)

    await transfers(6)
    // every transfer sealed (one per block, every 10 ms): the height stops moving
    let sealed = -1
    await waitFor('every transfer sealed', async () => {
      const now = await heightOn(coordinator, producer)
      const settled = now === sealed && now >= backedUp.height + 6
      sealed = now
      if (!settled) await sleep(300)
      return settled
    })
    await waitFor('the worker stores every block', async () => await heightOn(worker, producer) >= sealed)
    // a second backup, killed at some point of its run: whatever it left, no backup with a manifest is broken
    coordinator.signal('SIGUSR2')
    await sleep(15)
    coordinator.signal('SIGKILL')
    assert.equal((await coordinator.exited).signal, 'SIGKILL')
    await client.close()
    client = undefined
    const left = await listBackups(backups)
    assert.ok(left.length >= 1 && left.length <= 2)
    for (const dir of left) await verifyBackup(dir)
    const newest = await verifyBackup(left.at(-1)!)
    const restoredHeight = newest.heads.find(h => h.producer === producer)!.height
    console.log(`# killed at own height ${sealed}; ${left.length} complete backup(s), the newest at height ${restoredHeight}; ${(await readdir(backups)).filter(n => n.startsWith('.tmp-')).length} incomplete`)

    // restore: not over the killed node's directory without --force, into a new one
    const notEmpty = await runCli(['restore', '--from', backups, '--data-dir', join(root, 'coordinator')])
    assert.equal(notEmpty.code, 2, notEmpty.stderr)
    const restoredDir = join(root, 'restored')
    const restore = await runCli(['restore', '--from', backups, '--data-dir', restoredDir, '--json'])
    assert.equal(restore.code, 0, restore.stderr)
    assert.equal(parseJsonOutput(restore).manifest.peerId, producer)

    // the restored coordinator, knowing the worker, fetches the blocks it sealed after the backup
    const restored = await group.start({ role: 'coordinator', dataDir: restoredDir, bootstrap: [worker.addr], config: base })
    assert.equal(restored.peerId, producer)
    assert.equal(await heightOn(restored, producer), sealed, restored.logTail())
    client = await AileeClient.connect(restored.addr, { networkId: 'ailee-dev', reconnectIntervalMs: 200, privateKey })
    assert.equal((await client.balance(PAYEE)).balance, payeeBefore + 11n, 'the ledger holds every transfer sealed before the kill')
    // the next block goes on top of the recovered ones: the worker stores it (a fork would be refused)
    await transfers(1)
    await waitFor('the worker stores the restored coordinator\'s next block', async () => await heightOn(worker, producer) >= sealed + 1)
    await client.close()
    client = undefined
    assert.equal((await restored.stop()).code, 0, restored.logTail())
    assert.equal((await worker.stop()).code, 0, worker.logTail())

    const verifyCoordinator = await runCli(['chain', 'verify', '--data-dir', restoredDir, '--json'])
    assert.equal(verifyCoordinator.code, 0, verifyCoordinator.stdout.toString() + verifyCoordinator.stderr)
    const own = parseJsonOutput(verifyCoordinator).chains.find((c: any) => c.own)
    assert.equal(own.height, sealed + 1)
    assert.equal(own.stateValid, true)
    const verifyWorker = await runCli(['chain', 'verify', '--data-dir', join(root, 'worker'), '--json'])
    assert.equal(verifyWorker.code, 0, verifyWorker.stdout.toString())
    const copy = parseJsonOutput(verifyWorker).chains.find((c: any) => c.producer === producer)
    assert.equal(copy.headHash, own.headHash, 'the worker holds the same chain')

    // the stopped coordinator backed up by the command; a backup altered on disk is not restored
    const cliBackups = join(root, 'cli-backups')
    const taken = await runCli(['backup', '--data-dir', restoredDir, '--to', cliBackups, '--keep', '1', '--json'])
    assert.equal(taken.code, 0, taken.stderr)
    const out = parseJsonOutput(taken)
    assert.deepEqual(out.manifest.heads.find((h: any) => h.producer === producer), { producer, height: sealed + 1, hash: own.headHash })
    const identity = join(out.dir, 'identity.key')
    await writeFile(identity, Buffer.concat([await readFile(identity), Buffer.from([0])]))
    const altered = await runCli(['restore', '--from', out.dir, '--data-dir', join(root, 'never')])
    assert.equal(altered.code, 1, altered.stderr)
    assert.match(altered.stderr, /identity\.key/)
    await assert.rejects(readdir(join(root, 'never')), { code: 'ENOENT' })
  })
})
