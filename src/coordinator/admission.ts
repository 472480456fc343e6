/**
 * Admission of a submitted task: checks the request against the coordinator's
 * limits, takes module and input inline from the submission (SubmitTask.module /
 * .input, up to `limits.maxInlineBytes`: checked against the spec's signed
 * SHA-256s, sealed with the content key when the task has one, stored here) or
 * fetches them from the submitting peer over bitswap (size capped), opens them
 * with the task's content key when they are sealed envelopes (src/content/envelope.ts; checks and hashes use the plaintext,
 * CIDs, sizes and pins the envelopes), checks the module is a runnable WASI command, pins both, and builds
 * the TaskRecord (state `received`). A request that fails any check comes
 * back with the reason, and the lifecycle ends the task `rejected`, so the
 * client sees the same outcome shape as for any other end.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { CID } from 'multiformats/cid'
import type { NodeConfig } from '../config/schema.ts'
import type { ailee } from '../proto/index.ts'
import type { ResolvedLimits, TaskRecord } from './task-record.ts'
import type { TaskVerification } from './agreement.ts'
import { cidKey, pinQuotaReason, PinQuotaExceededError, type PinQuota } from './pin-quota.ts'
import { taskUse } from './content-retention.ts'
import { parseVerificationPolicy, verificationPolicyFromWire, type VerificationPolicy } from '../protocol/verification-policy.ts'
import { CONTENT_KEY_BYTES, ENVELOPE_OVERHEAD_BYTES, EnvelopeError, openContent, sealContent, sealedSizeLimit, type EnvelopePurpose } from '../content/envelope.ts'

/** Thrown for a request the coordinator refuses; the message is shown to the client. */
export class TaskRejectedError extends Error {
  override name = 'TaskRejectedError'
}

/** What admission uses of the node. */
export interface AdmissionDeps {
  config: NodeConfig
  /** Fetches content by CID (bitswap), failing past `maxBytes` bytes or `timeoutMs`. */
  fetchContent: (cid: string, maxBytes: number, timeoutMs: number) => Promise<Uint8Array>
  /**
   * Pins content so it outlives the client's connection, as one use of it
   * (`use`: `task/{taskId}/module` or `task/{taskId}/input`, see
   * src/coordinator/content-retention.ts), released when the task ended and its retention passed.
   */
  pin: (cid: string, use: string) => Promise<void>
  /** The CID every node derives from `bytes` (the content store's deterministic import profile). */
  cidFor: (bytes: Uint8Array) => Promise<string>
  /**
   * Adds inline content (as stored: sealed when the task has a content key) to the content
   * store and pins it for `use`, as one step; resolves to its CID (the one `cidFor` gives).
   */
  store: (bytes: Uint8Array, use: string) => Promise<string>
  /**
   * Throws (or rejects) when `module` is not a WASI command that fits `maxMemoryPages`;
   * `hash` is its lowercase hex SHA-256, by which the node's `ModuleCache` remembers verdicts.
   */
  inspectModule: (module: Uint8Array, maxMemoryPages: number, hash: string) => void | Promise<void>
  /**
   * Bytes pinned per client account for its open tasks (`limits.maxPinnedBytesPerClient`);
   * admission reserves the task's module and input here before pinning them, and releases
   * them when it rejects the task. @default no quota
   */
  pinQuota?: PinQuota
  /** Ledger balance of an account, smallest units (0n for an account never credited). */
  balance: (account: string) => Promise<bigint>
  /**
   * Announces stored content as a DHT provider record, fire-and-forget (`ContentAnnouncer.announce`);
   * called once a task is admitted, for its module and input, and only when they are sealed. @default none
   */
  announce?: (cid: string) => void
  /**
   * Told the plaintext of each module and input admitted, with the CID it is stored under (sealed
   * or not), for the inline Assign (`PlaintextCache` in assign-inline.ts). Must not throw. @default none
   */
  plaintext?: (cid: string, plaintext: Uint8Array) => void
}

/** Longest ledger account name a task may charge, characters (a peer ID is about 52). */
export const MAX_ACCOUNT_CHARS = 128

/** A fresh task id: 16 random bytes, hex (32 characters). */
function newTaskId (): string {
  return randomBytes(16).toString('hex')
}

/**
 * Resolves per-task limits against the config defaults and maxima.
 *
 * @throws {TaskRejectedError} when a requested value is over its configured maximum
 */
export function resolveLimits (spec: ailee.v1.ITaskSpec, config: NodeConfig): ResolvedLimits {
  const pick = (asked: number | null | undefined, def: number, max: number, what: string, unit: string): number => {
    const value = asked == null || asked === 0 ? def : asked
    if (value > max) throw new TaskRejectedError(`${what} of ${value} ${unit} is over this coordinator's maximum of ${max} ${unit}`)
    return value
  }
  const l = config.limits
  const t = config.timeouts
  return {
    memoryPages: pick(spec.limits?.memoryPages, l.defaultMemoryPages, l.maxMemoryPages, 'memory', 'pages'),
    executionMs: pick(spec.limits?.executionMs, t.executionMs, t.maxExecutionMs, 'execution timeout', 'ms'),
    maxOutputBytes: pick(spec.limits?.maxOutputBytes, l.maxOutputBytes, l.maxOutputBytes, 'output limit', 'bytes'),
    bidWindowMs: pick(spec.timeouts?.bidWindowMs, t.bidWindowMs, t.maxBidWindowMs, 'bid window', 'ms'),
    queueMs: pick(spec.timeouts?.queueMs, t.queueMs, t.maxQueueMs, 'queue timeout', 'ms'),
    totalMs: pick(spec.timeouts?.totalMs, t.totalMs, t.maxTotalMs, 'total timeout', 'ms'),
    maxPrice: spec.maxPrice == null || spec.maxPrice === 0 ? config.coordinator.defaultMaxPrice : spec.maxPrice
  }
}

/**
 * The task's verification: the policy it asks for (or the configured
 * default), and the spot-check draw, made once here with the operating
 * system's randomness so that neither worker nor client can predict it:
 * `spot:P` with probability P, `adaptive` with `verification.spotProbability`.
 *
 * @throws {TaskRejectedError} for a policy out of range
 */
export function resolveVerification (wire: ailee.v1.IVerificationPolicy | null | undefined, config: NodeConfig, random: () => number = uniformRandom): TaskVerification {
  let policy: VerificationPolicy
  try {
    policy = verificationPolicyFromWire(wire) ?? parseVerificationPolicy(config.verification.defaultPolicy)
  } catch (err) {
    throw new TaskRejectedError(`invalid verification policy: ${(err as Error).message}`)
  }
  if (policy.kind === 'replicate' && policy.replicas > config.verification.maxExecutions) {
    throw new TaskRejectedError(`replicate:${policy.replicas} asks for more executions than this coordinator's maximum of ${config.verification.maxExecutions}`)
  }
  const p = policy.kind === 'spot' ? policy.probability : policy.kind === 'adaptive' ? config.verification.spotProbability : 0
  return { policy, spotCheck: p > 0 && random() < p, results: [] }
}

/** Uniform in [0, 1) from the operating system's CSPRNG (48 bits). */
function uniformRandom (): number {
  return randomInt(2 ** 47) / 2 ** 47
}

/**
 * Content a submission carries inline (SubmitTask.module / .input): plaintext
 * bytes; empty or absent = not inline (the spec names the content by CID).
 */
export interface InlineContent {
  module?: Uint8Array | null
  input?: Uint8Array | null
}

/** A submission as admission leaves it: the task, and why it is refused (undefined when every check passed). */
export interface Admission {
  /** state `received`; limits, sizes and hashes filled as far as the checks got */
  task: TaskRecord
  rejection?: string
}

/**
 * Checks a submission and builds its TaskRecord (state `received`). Never
 * throws for bad input (that is a `rejection`); throws only for host faults.
 *
 * @param nowMs Unix ms of the submission
 * @param inline module and input the submission carries inline, plaintext (see {@link InlineContent})
 */
export async function admitTask (spec: ailee.v1.ITaskSpec | null | undefined, clientPeerId: string, deps: AdmissionDeps, nowMs: number, inline: InlineContent = {}): Promise<Admission> {
  const now = nowMs
  const task: TaskRecord = {
    id: newTaskId(),
    clientPeerId,
    clientAccount: spec?.clientAccount != null && spec.clientAccount !== '' ? spec.clientAccount : clientPeerId,
    moduleCid: spec?.moduleCid ?? '',
    inputCid: spec?.inputCid ?? '',
    args: [...(spec?.args ?? [])],
    env: { ...(spec?.env ?? {}) },
    limits: { memoryPages: 0, executionMs: 0, maxOutputBytes: 0, bidWindowMs: 0, queueMs: 0, totalMs: 0, maxPrice: 0 },
    moduleSize: 0,
    inputSize: 0,
    moduleHash: '',
    inputHash: bytesToHex(sha256(new Uint8Array(0))),
    state: 'received',
    reason: 'being admitted',
    attempts: 0,
    createdAtMs: now,
    updatedAtMs: now,
    notBeforeMs: 0,
    leases: [],
    excludedWorkers: [],
    decisions: [],
    verification: { policy: { kind: 'none' }, spotCheck: false, results: [] }
  }
  try {
    await check(task, spec, deps, inline)
  } catch (err) {
    deps.pinQuota?.release(task.clientAccount, task.id)
    if (err instanceof PinQuotaExceededError) return { task, rejection: err.message }
    if (!(err instanceof TaskRejectedError)) throw err
    return { task, rejection: err.message }
  }
  return { task }
}

async function check (task: TaskRecord, spec: ailee.v1.ITaskSpec | null | undefined, deps: AdmissionDeps, inline: InlineContent): Promise<void> {
  const { config } = deps
  if (spec == null) throw new TaskRejectedError('submit carries no task spec')
  const inlineModule = inline.module ?? new Uint8Array(0)
  const inlineInput = inline.input ?? new Uint8Array(0)
  if (task.moduleCid === '' && inlineModule.byteLength === 0) throw new TaskRejectedError('task spec names no module CID and the submission carries no inline module')
  const inlineBytes = inlineModule.byteLength + inlineInput.byteLength
  if (inlineBytes > config.limits.maxInlineBytes) {
    throw new TaskRejectedError(`inline module and input take ${inlineBytes} bytes, over this coordinator's maximum of ${config.limits.maxInlineBytes} (limits.maxInlineBytes): name larger content by CID and serve it over bitswap`)
  }
  const key = spec.contentKey ?? new Uint8Array(0)
  if (key.byteLength !== 0 && key.byteLength !== CONTENT_KEY_BYTES) throw new TaskRejectedError(`content key must be empty or ${CONTENT_KEY_BYTES} bytes, got ${key.byteLength}`)
  if (key.byteLength > 0) task.contentKey = bytesToHex(key)
  /** the plaintext of fetched content: opened with the content key when the task has one */
  const open = async (bytes: Uint8Array, what: EnvelopePurpose, cid: string): Promise<Uint8Array> => {
    if (key.byteLength === 0) return bytes
    try {
      return await openContent(key, bytes, what)
    } catch (err) {
      if (!(err instanceof EnvelopeError)) throw err
      throw new TaskRejectedError(`${what} ${cid} does not open with the task's content key (${err.reason}): ${err.message}`)
    }
  }
  /** fetch cap of content whose plaintext may be `max` bytes */
  const cap = (max: number): number => key.byteLength === 0 ? max : sealedSizeLimit(max)
  // the account goes into every receipt's block entry: unbounded, it could grow a block past gossip's limit
  if (task.clientAccount.length > MAX_ACCOUNT_CHARS || !/^[\x21-\x7e]+$/.test(task.clientAccount)) {
    throw new TaskRejectedError(`client account must be 1 to ${MAX_ACCOUNT_CHARS} printable ASCII characters without spaces`)
  }
  task.limits = resolveLimits(spec, config)
  task.verification = resolveVerification(spec.verification, config)
  // prices are JS numbers of smallest units; a uint64 past 2^53 - 1 decodes as a bigint (src/proto/index.ts)
  if (typeof task.limits.maxPrice !== 'number' || !Number.isSafeInteger(task.limits.maxPrice)) {
    const asked = String(task.limits.maxPrice)
    task.limits.maxPrice = 0
    throw new TaskRejectedError(`max price of ${asked} units is past the largest accepted (${Number.MAX_SAFE_INTEGER})`)
  }
  const argsEnvBytes = task.args.reduce((n, a) => n + Buffer.byteLength(a) + 1, 0) +
    Object.entries(task.env).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v) + 2, 0)
  if (argsEnvBytes > config.limits.maxArgsEnvBytes) throw new TaskRejectedError(`args and env take ${argsEnvBytes} bytes, over the maximum of ${config.limits.maxArgsEnvBytes}`)
  if (Object.keys(task.env).some(k => k === '' || k.includes('='))) throw new TaskRejectedError('env keys must be non-empty and contain no "="')
  // the sandbox passes args and env as C strings
  if ([...task.args, ...Object.keys(task.env), ...Object.values(task.env)].some(v => v.includes('\0'))) throw new TaskRejectedError('args and env must not contain NUL bytes')
  const balance = await deps.balance(task.clientAccount)
  // naming an account creates no credits: a never-seen account holds 0 and is refused here; the
  // client pays every agreeing execution, so it must cover the executions its policy asks for at least
  // (the policy's minimum, not the spot-check draw, which the rejection must not reveal)
  const executions = task.verification.policy.kind === 'replicate' ? task.verification.policy.replicas : 1
  const due = BigInt(task.limits.maxPrice) * BigInt(executions)
  if (balance < due) {
    const what = executions === 1 ? `the task's max price of ${task.limits.maxPrice} units` : `${executions} executions at the task's max price of ${task.limits.maxPrice} units (${due} units)`
    throw new TaskRejectedError(`account ${task.clientAccount} cannot cover ${what} (insufficient funds)`)
  }

  const moduleSha256 = statedHash(spec.moduleSha256, 'module')
  const inputSha256 = statedHash(spec.inputSha256, 'input')
  if (inlineModule.byteLength > 0) {
    await admitInline(deps, task, key, inlineModule, 'module', moduleSha256, config.limits.maxModuleBytes)
    if (inlineInput.byteLength > 0) await admitInline(deps, task, key, inlineInput, 'input', inputSha256, config.limits.maxInputBytes)
    else if (task.inputCid !== '') await admitFetchedInput(deps, task, key, cap, open, inputSha256)
    else checkStatedHash(task.inputHash, inputSha256, 'input (none)')
    return
  }
  const stored = await fetchOrReject(deps, task, task.moduleCid, cap(config.limits.maxModuleBytes), 'module', key.byteLength > 0)
  task.moduleSize = stored.byteLength
  const module = await open(stored, 'module', task.moduleCid)
  task.moduleHash = bytesToHex(sha256(module))
  checkStatedHash(task.moduleHash, moduleSha256, 'module')
  try {
    // by hash: the same module is inspected once (ModuleCache), whatever the task's memory limit
    await deps.inspectModule(module, task.limits.memoryPages, task.moduleHash)
  } catch (err) {
    throw new TaskRejectedError(`invalid module: ${(err as Error).message}`)
  }
  await assertCanonical(deps, task.moduleCid, stored, 'module')
  deps.pinQuota?.reserve(task.clientAccount, task.id, cidKey(task.moduleCid), stored.byteLength)
  await deps.pin(task.moduleCid, taskUse(task.id, 'module'))
  deps.plaintext?.(task.moduleCid, module)
  if (inlineInput.byteLength > 0) await admitInline(deps, task, key, inlineInput, 'input', inputSha256, config.limits.maxInputBytes)
  else if (task.inputCid !== '') await admitFetchedInput(deps, task, key, cap, open, inputSha256)
  else checkStatedHash(task.inputHash, inputSha256, 'input (none)')
}

/** Fetches, opens, checks and pins the input the spec names by CID (`task.inputCid`, non-empty). */
async function admitFetchedInput (
  deps: AdmissionDeps, task: TaskRecord, key: Uint8Array, cap: (max: number) => number,
  open: (bytes: Uint8Array, what: EnvelopePurpose, cid: string) => Promise<Uint8Array>, inputSha256: string | undefined
): Promise<void> {
  const storedInput = await fetchOrReject(deps, task, task.inputCid, cap(deps.config.limits.maxInputBytes), 'input', key.byteLength > 0)
  task.inputSize = storedInput.byteLength
  const input = await open(storedInput, 'input', task.inputCid)
  task.inputHash = bytesToHex(sha256(input))
  checkStatedHash(task.inputHash, inputSha256, 'input')
  await assertCanonical(deps, task.inputCid, storedInput, 'input')
  deps.pinQuota?.reserve(task.clientAccount, task.id, cidKey(task.inputCid), storedInput.byteLength)
  await deps.pin(task.inputCid, taskUse(task.id, 'input'))
  deps.plaintext?.(task.inputCid, input)
}

/**
 * Admits content the submission carries inline (plaintext `bytes`): checks its
 * size against `maxBytes` and its SHA-256 against the spec's signed
 * `*_sha256` (required, so the account's signature covers the bytes), inspects a
 * module, seals it with the task's content key (when it has one: what the
 * blockstore holds and bitswap serves is then ciphertext, as for content a
 * client serves), checks a CID the spec names (plaintext tasks only: a sealed
 * envelope's CID cannot be recomputed), reserves the pin quota, then stores and
 * pins it and records CID, size and hash on `task`.
 *
 * @throws {TaskRejectedError} too large, hash missing or wrong, invalid module, or the spec's CID disagrees
 * @throws {PinQuotaExceededError} the client's pin quota cannot hold it
 */
async function admitInline (deps: AdmissionDeps, task: TaskRecord, key: Uint8Array, bytes: Uint8Array, what: EnvelopePurpose, stated: string | undefined, maxBytes: number): Promise<void> {
  if (bytes.byteLength > maxBytes) throw new TaskRejectedError(`inline ${what} of ${bytes.byteLength} bytes is larger than the maximum of ${maxBytes} bytes`)
  const hash = bytesToHex(sha256(bytes))
  if (stated == null) throw new TaskRejectedError(`an inline ${what} needs spec.${what}_sha256 (the SHA-256 of its ${bytes.byteLength} bytes), so the submission's signature covers it`)
  checkStatedHash(hash, stated, `inline ${what}`)
  if (what === 'module') {
    task.moduleHash = hash
    try {
      await deps.inspectModule(bytes, task.limits.memoryPages, hash)
    } catch (err) {
      throw new TaskRejectedError(`invalid module: ${(err as Error).message}`)
    }
  } else {
    task.inputHash = hash
  }
  const named = what === 'module' ? task.moduleCid : task.inputCid
  const stored = key.byteLength === 0 ? bytes : await sealContent(key, bytes, what)
  const cid = await deps.cidFor(stored)
  if (named !== '') {
    if (key.byteLength > 0) throw new TaskRejectedError(`spec names ${what} CID ${named} for inline content of a sealed task: leave it empty, the coordinator seals the ${what} and names it`)
    if (normalizeCid(named) !== normalizeCid(cid)) throw new TaskRejectedError(`${what} CID ${named} is not the CID of the inline ${what}'s ${bytes.byteLength} bytes (${cid})`)
  }
  deps.pinQuota?.reserve(task.clientAccount, task.id, cidKey(cid), stored.byteLength)
  await deps.store(stored, taskUse(task.id, what))
  if (what === 'module') {
    task.moduleCid = cid
    task.moduleSize = stored.byteLength
  } else {
    task.inputCid = cid
    task.inputSize = stored.byteLength
  }
  deps.plaintext?.(cid, bytes)
}

/**
 * A spec's stated SHA-256 (`module_sha256` / `input_sha256`) as lowercase hex, or undefined when empty.
 *
 * @throws {TaskRejectedError} when it is neither empty nor 32 bytes
 */
function statedHash (wire: Uint8Array | null | undefined, what: EnvelopePurpose): string | undefined {
  if (wire == null || wire.byteLength === 0) return undefined
  if (wire.byteLength !== 32) throw new TaskRejectedError(`spec.${what}_sha256 must be empty or 32 bytes, got ${wire.byteLength}`)
  return bytesToHex(wire)
}

/** @throws {TaskRejectedError} when the spec states a SHA-256 that is not `actual` (hex) */
function checkStatedHash (actual: string, stated: string | undefined, what: string): void {
  if (stated != null && stated !== actual) throw new TaskRejectedError(`${what}'s SHA-256 ${actual} is not the spec's stated ${stated}`)
}

/**
 * The content's CID must be the one every node derives from its bytes. Pinning
 * walks the whole DAG under a CID, while the size-capped fetch reads only the
 * file's bytes: a small file whose DAG also links megabytes of other blocks
 * would otherwise make the coordinator fetch and pin all of them. With the
 * canonical CID, the pinned DAG is exactly the blocks already fetched.
 *
 * @throws {TaskRejectedError} when `cid` is not the canonical CID of `bytes`
 */
async function assertCanonical (deps: AdmissionDeps, cid: string, bytes: Uint8Array, what: string): Promise<void> {
  const canonical = await deps.cidFor(bytes)
  if (normalizeCid(cid) !== normalizeCid(canonical)) {
    throw new TaskRejectedError(`${what} CID ${cid} is not the CID of its ${bytes.byteLength} bytes (${canonical}): add content as CIDv1 with the unixfs-v1-2025 profile`)
  }
}

/** A CID string in its canonical text form (CIDv1 base32), or the string itself when it does not parse. */
function normalizeCid (text: string): string {
  try {
    return CID.parse(text).toV1().toString()
  } catch {
    return text
  }
}

/**
 * Fetches content of the task's client, capped at `maxBytes` and at what the
 * client's pin quota has left (content it already holds pinned is not capped by
 * the quota), so a client past its quota makes the coordinator fetch nothing.
 * `sealed`: the content is an envelope, `maxBytes` includes its overhead (the
 * refusal names the plaintext limit).
 *
 * @throws {PinQuotaExceededError} the client's quota is full, or the content is larger than what is left of it
 * @throws {TaskRejectedError} too large, not a CID, or not fetched (the message says which)
 */
async function fetchOrReject (deps: AdmissionDeps, task: TaskRecord, cid: string, maxBytes: number, what: string, sealed = false): Promise<Uint8Array> {
  const quota = deps.pinQuota
  const left = quota == null || quota.holds(task.clientAccount, cidKey(cid)) ? Infinity : quota.remaining(task.clientAccount)
  const overQuota = (): PinQuotaExceededError => new PinQuotaExceededError(`${what} ${cid} refused: ${pinQuotaReason(quota!.maxBytes)}`)
  if (left === 0) throw overQuota()
  const cap = Math.min(maxBytes, left)
  try {
    return await deps.fetchContent(cid, cap, deps.config.timeouts.fetchMs)
  } catch (err) {
    const e = err as Error
    if (e.name === 'ContentTooLargeError' && cap < maxBytes) throw overQuota()
    if (e.name === 'ContentTooLargeError') {
      throw new TaskRejectedError(sealed
        ? `${what} ${cid} is larger than the maximum of ${maxBytes - ENVELOPE_OVERHEAD_BYTES} bytes (sealed: ${maxBytes} bytes with the envelope)`
        : `${what} ${cid} is larger than the maximum of ${maxBytes} bytes`)
    }
    if (e.name === 'InvalidCidError') throw new TaskRejectedError(`${what} CID ${cid} is not a valid CID`)
    throw new TaskRejectedError(`${what} ${cid} could not be fetched from the submitting peer: ${e.message}`)
  }
}
