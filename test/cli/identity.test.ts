/**
 * `bin/node identity show|create`: the client's key file (libp2p PrivateKey
 * protobuf, mode 0600), its account, the default path under
 * $XDG_CONFIG_HOME, refusal to overwrite without --force.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { loadKeyFile } from '../../src/p2p/identity.ts'
import { parseJsonOutput, runCli } from './helpers.ts'

test('identity show creates the default file under $XDG_CONFIG_HOME once; create refuses to overwrite without --force', async t => {
  const home = await mkdtemp(join(tmpdir(), 'ailee-identity-'))
  t.after(async () => { await rm(home, { recursive: true, force: true }) })
  const env = { XDG_CONFIG_HOME: home }
  const first = await runCli(['identity', 'show', '--json'], 60_000, env)
  assert.equal(first.code, 0, first.stderr)
  const shown = parseJsonOutput(first)
  const path = join(home, 'ailee', 'identity.key')
  assert.deepEqual(shown, { account: shown.account, path, created: true })
  assert.equal((await stat(path)).mode & 0o777, 0o600)
  assert.equal(peerIdFromPrivateKey(await loadKeyFile(path)).toString(), shown.account)

  const again = await runCli(['identity', 'show'], 60_000, env)
  assert.equal(again.stdout.toString(), `account ${shown.account}\nfile    ${path}\n`)

  const refused = await runCli(['identity', 'create', '--json'], 60_000, env)
  assert.equal(refused.code, 1)
  assert.match(parseJsonOutput(refused).error.message, /already exists \(use --force/)

  const replaced = await runCli(['identity', 'create', '--force', '--json'], 60_000, env)
  assert.equal(replaced.code, 0, replaced.stderr)
  assert.notEqual(parseJsonOutput(replaced).account, shown.account)

  const other = join(home, 'other.key')
  const created = await runCli(['identity', 'create', '--identity', other], 60_000, env)
  assert.equal(created.code, 0, created.stderr)
  assert.match(created.stdout.toString(), new RegExp(`^account 12D3KooW\\w+\\nfile    ${other} \\(created\\)\\n$`))
  const both = await runCli(['identity', 'show', '--identity', other, '--identity-dir', home], 60_000, env)
  assert.equal(both.code, 2)
})
