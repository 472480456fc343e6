/**
 * The wire contract: `proto/` compiles with protoc (when installed), and the
 * generated protobufjs code and types in src/proto/ are current with it.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { pb } from '../../src/proto/index.ts'

/** Every file of the wire contract (scripts/gen-proto.sh compiles them together). */
const PROTOS = ['proto/ailee/v1/task.proto', 'proto/ailee/v1/sync.proto']
const hasProtoc = spawnSync('protoc', ['--version']).status === 0

describe('proto/', () => {
  it('compiles with protoc', { skip: hasProtoc ? false : 'protoc not installed' }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ailee-protoc-'))
    try {
      execFileSync('protoc', ['--proto_path=proto', `--descriptor_set_out=${join(dir, 'set.pb')}`, ...PROTOS])
      assert.ok((await readFile(join(dir, 'set.pb'))).length > 0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('the generated code and its types in src/proto are current', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ailee-pbjs-'))
    try {
      // the commands of scripts/gen-proto.sh, writing to a temp dir
      const js = join(dir, 'generated.js')
      const dts = join(dir, 'generated.d.ts')
      execFileSync('npx', ['pbjs', '-t', 'static-module', '-w', 'es6', '--es6', '--force-number', '--no-verify', '--no-delimited', '--no-typeurl', '-p', 'proto', '-o', js, ...PROTOS], { stdio: 'pipe' })
      assert.equal(await readFile(js, 'utf8'), await readFile('src/proto/generated.js', 'utf8'), 'run scripts/gen-proto.sh')
      execFileSync('npx', ['pbts', '--no-comments', '-o', dts, js], { stdio: 'pipe' })
      assert.equal(await readFile(dts, 'utf8'), await readFile('src/proto/generated.d.ts', 'utf8'), 'run scripts/gen-proto.sh')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('round-trips 64-bit fields as plain numbers', () => {
    const now = Date.now()
    const decoded = pb.Timings.decode(pb.Timings.encode({ submittedAtMs: now, totalMs: 2 ** 40 }).finish())
    assert.equal(decoded.submittedAtMs, now)
    assert.equal(decoded.totalMs, 2 ** 40)
  })

  it('a Request names its body', () => {
    const req = pb.Request.decode(pb.Request.encode({ networkId: 'n', status: { taskId: 'x' } }).finish())
    assert.equal(req.body, 'status')
    assert.equal(req.status?.taskId, 'x')
  })
})
