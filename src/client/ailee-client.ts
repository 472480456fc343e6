/**
 * The AILEE client: a light, in-memory libp2p/Helia host (no mDNS, no DHT)
 * connected to one coordinator, speaking `/ailee/task/1.0.0` to it. Its
 * Ed25519 identity is its ledger account (docs/accounts.md): every submission
 * is signed with it for this coordinator (fresh nonce, signing time), and
 * transfers are signed with it. Give `connect` a `privateKey` (see
 * `loadOrCreateIdentity` / `loadOrCreateKeyFile` in src/p2p/identity.ts) for a
 * persistent, funded account; without one the client has a new, empty account.
 *
 * Submitting a task draws a fresh random content key for it (content
 * envelopes, src/content/envelope.ts; docs/privacy.md). Module and stdin of at
 * most `inlineMaxBytes` together travel inline in the SubmitTask, plaintext,
 * over this client's Noise-encrypted stream, with their SHA-256s in the signed
 * spec; the coordinator seals them with the key and stores them itself (no
 * bitswap round trips). Larger content is added to the client's own content
 * store sealed with the key, so what bitswap serves under their CIDs is
 * ciphertext, and the coordinator fetches it from the client over bitswap
 * while it admits the task: the client must then stay connected until the task
 * is `accepted` (both `submit` and `submitDetached` do). The key goes to the
 * coordinator inside the signed spec, never on gossip. Results carry the
 * plaintext stdout and stderr inline.
 *
 * Several coordinators: `connect` takes a list of addresses and keeps the first
 * it can dial as the current one. A submission goes to the current coordinator;
 * when it cannot be reached, or answers `SHUTTING_DOWN` or `RATE_LIMITED` (in
 * each case before it took the task), the client signs the submission again for
 * the next coordinator and tries there, and so on down the list. Each task is
 * then followed, queried and cancelled at the coordinator that took it (found by
 * asking each in turn when this client did not submit it). `coordinators()`
 * lists the network's coordinators as the current one heard them announce
 * themselves.
 *
 * A task can be cancelled only by the peer that submitted it: give `connect`
 * the same `privateKey` (see `loadOrCreateIdentity` in src/p2p/identity.ts)
 * when a later client, e.g. another process, is to cancel it.
 *
 * @example
 * ```ts
 * const client = await AileeClient.connect('/ip4/127.0.0.1/tcp/4001/p2p/12D3Koo...')
 * try {
 *   const result = await client.submit({ wasm, args: ['100000'], onProgress: e => console.error(e.type) })
 *   if (result.status === 'completed' && result.verified) process.stdout.write(result.stdout)
 * } finally {
 *   await client.close()
 * }
 * ```
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { CONTENT_KEY_BYTES, EnvelopeError, newContentKey, sealContent } from '../content/envelope.ts'
import { sha256 } from '@noble/hashes/sha2.js'
import { signSubmission, signTransfer } from '../chain/account-signing.ts'
import { accountBalanceFromWire, type AccountBalanceInfo } from '../protocol/messages/accounts.ts'
import { CONFIG_DEFAULTS as DEFAULTS } from '../config/schema.ts'
import { createHost, type AileeHost } from '../p2p/host.ts'
import { request, requestStream, type RequestOptions } from '../protocol/index.ts'
import { pb } from '../proto/index.ts'
import type { ailee } from '../proto/index.ts'
import type { ComponentLogger, PrivateKey } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { specToWire, statusFromWire, workerFromWire } from './convert.ts'
import {
  CancelRefusedError, ClientAbortedError, ClientClosedError, CoordinatorError, CoordinatorUnreachableError, InvalidCoordinatorAddressError,
  ProofUnavailableError, TaskRejectedError, TransferRejectedError, UnexpectedResponseError
} from './errors.ts'
import { CoordinatorSet, FailOver, canFailOver, parseCoordinatorAddress, peerIdOf } from './coordinator-set.ts'
import { consumeTaskEvents, decodeEvent, followUntilDone, isTransient, toClientError, type StreamProgress } from './follow.ts'
import type { CoordinatorInfo, FollowOptions, SubmitOptions, TaskInput, TaskProgressEvent, TaskResult, TaskStatus, WorkerInfo } from './types.ts'

/** Options of {@link AileeClient.connect}. */
export interface ClientOptions {
  /** Network id of the coordinator. @default "ailee-dev" (the config default) */
  networkId?: string
  /** Timeout of the dial and of each request/response exchange, ms. @default 10000 */
  timeoutMs?: number
  /**
   * Longest silence tolerated on a task's event stream, ms. The coordinator
   * sends nothing while a worker runs the task, so this must exceed the
   * longest execution; a dead connection is noticed sooner by libp2p's
   * connection monitor. @default 660000 (the default total timeout plus a minute)
   */
  streamIdleTimeoutMs?: number
  /** Default `deadlineMs` of `submit` and `waitForResult`, ms. @default 7200000 (the largest total timeout) */
  followDeadlineMs?: number
  /** First pause before following a task again after its stream broke, ms (doubles up to 5000). @default 500 */
  reconnectIntervalMs?: number
  /** Largest message accepted or sent, bytes. @default 8 MiB */
  maxMessageBytes?: number
  /** Addresses the client host listens on. @default ["/ip4/127.0.0.1/tcp/0"] */
  listen?: string[]
  /** libp2p component logger. @default `@libp2p/logger`'s default (silent unless DEBUG is set) */
  logger?: ComponentLogger
  /**
   * The client's identity: its peer id, its ledger account (it signs
   * submissions and transfers), and the only peer allowed to cancel the tasks
   * it submits. Ed25519. @default a new Ed25519 key per `connect` (an account with no credits)
   */
  privateKey?: PrivateKey
  /**
   * Largest module + stdin sent inline in the SubmitTask, bytes; larger content is served over
   * bitswap by CID. At most the coordinator's `limits.maxInlineBytes`, or it refuses the task; 0 = never
   * inline. @default 4 MiB (the config default of `limits.maxInlineBytes`)
   */
  inlineMaxBytes?: number
}

/** A client of one coordinator, or of several with failover (see the module comment). */
export class AileeClient {
  readonly #host: AileeHost
  readonly #key: PrivateKey
  /** The coordinators given to `connect`, the current one, and which took each task. */
  readonly #coordinators: CoordinatorSet
  readonly #networkId: string
  readonly #timeoutMs: number
  readonly #idleMs: number
  readonly #followDeadlineMs: number
  readonly #reconnectMs: number
  readonly #maxMessageBytes: number
  readonly #inlineMaxBytes: number
  #closing: Promise<void> | undefined

  private constructor (host: AileeHost, key: PrivateKey, coordinators: Multiaddr[], options: ClientOptions) {
    this.#host = host
    this.#key = key
    this.#coordinators = new CoordinatorSet(coordinators)
    this.#networkId = options.networkId ?? DEFAULTS.network.networkId
    this.#timeoutMs = options.timeoutMs ?? DEFAULTS.timeouts.requestMs
    this.#idleMs = options.streamIdleTimeoutMs ?? DEFAULTS.timeouts.totalMs + 60_000
    this.#followDeadlineMs = options.followDeadlineMs ?? DEFAULTS.timeouts.maxTotalMs
    this.#reconnectMs = options.reconnectIntervalMs ?? 500
    this.#maxMessageBytes = options.maxMessageBytes ?? DEFAULTS.limits.maxMessageBytes
    this.#inlineMaxBytes = options.inlineMaxBytes ?? DEFAULTS.limits.maxInlineBytes
  }

  /**
   * Starts a light host and dials the coordinator; given several, dials them in
   * order and keeps the first that answers as the current one.
   *
   * @param coordinator the coordinator's multiaddr, ending in `/p2p/<peer id>`, or a non-empty list of them
   * @throws {InvalidCoordinatorAddressError} for a malformed address, one without a peer id, or an empty list
   * @throws {CoordinatorUnreachableError} when no dial succeeds within `timeoutMs` (each)
   */
  static async connect (coordinator: string | string[], options: ClientOptions = {}): Promise<AileeClient> {
    const texts = typeof coordinator === 'string' ? [coordinator] : coordinator
    if (texts.length === 0) throw new InvalidCoordinatorAddressError('no coordinator address given')
    const addrs = texts.map(parseCoordinatorAddress)
    const privateKey = options.privateKey ?? await generateKeyPair('Ed25519')
    const host = await createHost({
      privateKey,
      networkId: options.networkId ?? DEFAULTS.network.networkId,
      listen: options.listen ?? ['/ip4/127.0.0.1/tcp/0'],
      bootstrap: texts,
      mdns: false,
      dht: false,
      logger: options.logger,
      pingTimeoutMs: DEFAULTS.network.pingTimeoutMs,
      // the muxer's read buffer holds a whole response of the size this client accepts
      maxMessageBytes: options.maxMessageBytes ?? DEFAULTS.limits.maxMessageBytes
    })
    const client = new AileeClient(host, privateKey, addrs, options)
    const failures: string[] = []
    for (const [i, addr] of addrs.entries()) {
      try {
        await host.libp2p.dial(addr, { signal: AbortSignal.timeout(client.#timeoutMs) })
        client.#coordinators.setCurrent(i)
        return client
      } catch (err) {
        failures.push(`${addr.toString()}: ${(err as Error).message}`)
        if (i === addrs.length - 1) {
          await host.stop()
          throw new CoordinatorUnreachableError(addrs.length === 1
            ? `cannot reach coordinator ${texts[0]}: ${(err as Error).message}`
            : `cannot reach any of the ${addrs.length} coordinators (${failures.join('; ')})`, { cause: err })
        }
      }
    }
    throw new InvalidCoordinatorAddressError('no coordinator address given')
  }

  /** The client's peer id (ephemeral unless `privateKey` was given): its ledger account, which pays for its tasks. */
  get peerId (): string {
    return this.#host.peerId.toString()
  }

  /** The current coordinator's multiaddr (the one new submissions go to first). */
  get coordinator (): string {
    return this.#coordinators.current.toString()
  }

  /** Every coordinator address given to `connect`, in order. */
  get coordinatorAddresses (): string[] {
    return this.#coordinators.addresses.map(String)
  }

  /**
   * The multiaddr of the coordinator that took `taskId` when this client submitted or
   * found it, else undefined.
   */
  coordinatorOf (taskId: string): string | undefined {
    return this.#coordinators.homeKnown(taskId)?.toString()
  }

  /**
   * Runs a task and waits for its end. Progress goes to `onProgress`; if the
   * event stream breaks after the task was accepted, the client follows the
   * task again (see {@link waitForResult}).
   *
   * @returns the outcome, whatever its status (a rejected task is a result, not an error)
   * @throws {CoordinatorUnreachableError} or {CoordinatorError} when the task could not be handed over
   * @throws {FollowDeadlineError} / {ClientAbortedError} as `waitForResult`
   */
  async submit (options: SubmitOptions): Promise<TaskResult> {
    const startedAt = performance.now()
    const deadlineAtMs = Date.now() + (options.deadlineMs ?? this.#followDeadlineMs)
    const { spec, inline } = await this.#prepare(options)
    const emit = safeEmitter(options.onProgress)
    return await this.#coordinators.failover(async (target, last) => {
      const progress: StreamProgress = {}
      try {
        const submit = await signSubmission(spec, this.#key, peerIdOf(target))
        return await consumeTaskEvents(this.#stream({ submit: { ...submit, ...inline, detach: false } }, options.signal, target), progress, event => {
          if (event.taskId !== '' && this.#coordinators.homeKnown(event.taskId) == null) this.#coordinators.remember(event.taskId, target)
          emit(event)
        }, startedAt)
      } catch (err) {
        if (options.signal?.aborted === true) throw new ClientAbortedError('aborted by the caller', { cause: err })
        if (progress.taskId == null && !last && canFailOver(err)) throw new FailOver(err)
        if (progress.taskId == null || !isTransient(err)) throw toClientError(err)
        const taskId = progress.taskId
        return await followUntilDone({
          taskId, open: signal => this.#stream({ follow: { taskId } }, signal, target),
          emit, startedAt, deadlineAtMs, retryIntervalMs: this.#reconnectMs, signal: options.signal, previousError: err
        })
      }
    })
  }

  /**
   * Hands a task over and returns once the coordinator has durably accepted it
   * (it survives a coordinator restart); the task then runs without the client.
   *
   * @returns the task id
   * @throws {TaskRejectedError} when the coordinator rejected the task (its `result` says why)
   * @throws {CoordinatorUnreachableError} / {CoordinatorError} when it could not be handed over
   */
  async submitDetached (options: TaskInput & { signal?: AbortSignal }): Promise<string> {
    const startedAt = performance.now()
    const { spec, inline } = await this.#prepare(options)
    return await this.#coordinators.failover(async (target, last) => {
      let answered = false
      try {
        const submit = await signSubmission(spec, this.#key, peerIdOf(target))
        for await (const response of this.#stream({ submit: { ...submit, ...inline, detach: true } }, options.signal, target)) {
          answered = true
          if (response.body !== 'event' || response.event == null) throw new UnexpectedResponseError(`expected a task event, got "${response.body ?? 'empty'}"`)
          const event = decodeEvent(response.event)
          if (event.kind === 'accepted' && event.taskId !== '') {
            this.#coordinators.remember(event.taskId, target)
            return event.taskId
          }
          if (event.kind === 'done') {
            const result = await consumeTaskEvents([response], {}, () => {}, startedAt)
            throw new TaskRejectedError(result)
          }
        }
      } catch (err) {
        if (err instanceof TaskRejectedError || err instanceof UnexpectedResponseError) throw err
        if (options.signal?.aborted === true) throw new ClientAbortedError('aborted by the caller', { cause: err })
        if (!answered && !last && canFailOver(err)) throw new FailOver(err)
        throw toClientError(err)
      }
      throw new UnexpectedResponseError('the coordinator closed the stream without accepting the task')
    })
  }

  /**
   * Waits for a task's end: sends `FollowTask` and reports its events. When
   * the stream breaks (coordinator restarting, connection lost, rate limited),
   * it waits, reports `reconnecting`, and follows again, until the task ends
   * or `deadlineMs` passes.
   *
   * @throws {TaskNotFoundError} the coordinator does not know the task
   * @throws {FollowDeadlineError} the deadline passed first (the task keeps running)
   * @throws {ClientAbortedError} `signal` aborted
   * @throws {CoordinatorError} a non-transient error response
   */
  async waitForResult (taskId: string, options: FollowOptions = {}): Promise<TaskResult> {
    this.#checkOpen()
    const target = await this.#homeOf(taskId, options.signal)
    return await followUntilDone({
      taskId,
      open: signal => this.#stream({ follow: { taskId } }, signal, target),
      emit: safeEmitter(options.onProgress),
      startedAt: performance.now(),
      deadlineAtMs: Date.now() + (options.deadlineMs ?? this.#followDeadlineMs),
      retryIntervalMs: this.#reconnectMs,
      signal: options.signal
    })
  }

  /**
   * Where a task stands: state, reason, attempts, worker, the decisions of
   * each selection round (every candidate's scores, why it won or lost) and,
   * once ended, the result.
   *
   * @throws {TaskNotFoundError} / {CoordinatorError} / {CoordinatorUnreachableError}
   */
  async status (taskId: string, options: { signal?: AbortSignal } = {}): Promise<TaskStatus> {
    const response = await this.#request({ status: { taskId } }, taskId, options.signal, await this.#homeOf(taskId, options.signal))
    if (response.body !== 'status' || response.status == null) throw new UnexpectedResponseError(`expected a status report, got "${response.body ?? 'empty'}"`)
    return await statusFromWire(response.status)
  }

  /**
   * Cancels a task this client submitted (same peer id) that has not ended:
   * the coordinator withdraws its offer or revokes the worker's lease and the
   * task ends `cancelled` (a follower's `done` event then carries
   * `status: 'cancelled'`).
   *
   * @param reason why, kept as the task's reason; may be empty
   * @returns the task's status after cancelling (state `cancelled`)
   * @throws {TaskNotFoundError} the coordinator does not know the task
   * @throws {CancelRefusedError} the task has already ended, or another peer submitted it
   * @throws {CoordinatorError} / {CoordinatorUnreachableError} / {ClientAbortedError} as `status`
   */
  async cancel (taskId: string, reason = '', options: { signal?: AbortSignal } = {}): Promise<TaskStatus> {
    let response: ailee.v1.Response
    try {
      response = await this.#request({ cancel: { taskId, reason } }, taskId, options.signal, await this.#homeOf(taskId, options.signal))
    } catch (err) {
      if (err instanceof CoordinatorError && err.code === 'ERROR_CODE_REJECTED') throw new CancelRefusedError(taskId, err.remoteMessage, { cause: err })
      throw err
    }
    if (response.body !== 'status' || response.status == null) throw new UnexpectedResponseError(`expected a status report, got "${response.body ?? 'empty'}"`)
    return await statusFromWire(response.status)
  }

  /**
   * The self-contained proof that the task's accepted receipt is sealed in the
   * coordinator's chain: the encoded `ReceiptProof` bytes (check them offline
   * with `verifyProofBytes` of src/chain/proof.ts, or `bin/node verify-proof`).
   * This method does not verify them.
   *
   * @throws {TaskNotFoundError} the coordinator does not know the task
   * @throws {ProofUnavailableError} the task has not ended, ended without an accepted receipt, or its
   *   receipt is not sealed into a block yet (try again after the coordinator's next block)
   * @throws {CoordinatorError} / {CoordinatorUnreachableError} / {ClientAbortedError} as `status`
   */
  async proof (taskId: string, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    let response: ailee.v1.Response
    try {
      response = await this.#request({ proof: { taskId } }, taskId, options.signal, await this.#homeOf(taskId, options.signal))
    } catch (err) {
      if (err instanceof CoordinatorError && err.code === 'ERROR_CODE_REJECTED') throw new ProofUnavailableError(taskId, err.remoteMessage, { cause: err })
      throw err
    }
    if (response.body !== 'proof' || response.proof == null) throw new UnexpectedResponseError(`expected a receipt proof, got "${response.body ?? 'empty'}"`)
    return Uint8Array.from(pb.ReceiptProof.encode(response.proof).finish())
  }

  /**
   * The workers the coordinator knows, with health, capacity, load, reputation
   * and circuit-breaker state.
   *
   * @throws {CoordinatorError} / {CoordinatorUnreachableError}
   */
  async peers (options: { signal?: AbortSignal } = {}): Promise<WorkerInfo[]> {
    const response = await this.#request({ peers: {} }, '', options.signal)
    if (response.body !== 'peers' || response.peers == null) throw new UnexpectedResponseError(`expected a peer list, got "${response.body ?? 'empty'}"`)
    return (response.peers.workers ?? []).map(workerFromWire)
  }

  /**
   * The network's coordinators as the current coordinator knows them: itself
   * first, then every other coordinator it heard announce itself on gossip
   * recently (`coordinator.announceIntervalMs`), most recent first.
   *
   * @throws {CoordinatorError} (`ERROR_CODE_UNSUPPORTED` from a node that is no coordinator) / {CoordinatorUnreachableError}
   */
  async coordinators (options: { signal?: AbortSignal } = {}): Promise<CoordinatorInfo[]> {
    const response = await this.#request({ coordinators: {} }, '', options.signal)
    if (response.body !== 'coordinators' || response.coordinators == null) throw new UnexpectedResponseError(`expected a coordinator list, got "${response.body ?? 'empty'}"`)
    return (response.coordinators.coordinators ?? []).map(c => ({
      peerId: c.peerId ?? '',
      multiaddrs: c.multiaddrs ?? [],
      accepting: c.accepting === true,
      openTasks: Number(c.openTasks ?? 0),
      timestampMs: Number(c.timestampMs ?? 0)
    }))
  }

  /**
   * The balance of `account` (default: this client's) in the coordinator's
   * ledger: smallest units as a bigint, with the ledger's decimals. An account
   * never credited holds 0.
   *
   * @throws {CoordinatorError} / {CoordinatorUnreachableError} / {ClientAbortedError}
   */
  async balance (account?: string, options: { signal?: AbortSignal } = {}): Promise<AccountBalanceInfo> {
    const response = await this.#request({ balance: { account: account ?? this.peerId } }, '', options.signal)
    if (response.body !== 'balance' || response.balance == null) throw new UnexpectedResponseError(`expected a balance, got "${response.body ?? 'empty'}"`)
    return accountBalanceFromWire(response.balance)
  }

  /**
   * Moves `amount` smallest units from this client's account to `to` (a peer
   * id), signed with the client's key for this coordinator (fresh nonce,
   * signing time). The coordinator applies it at once and seals it into its
   * next block.
   *
   * @returns this client's balance after the transfer
   * @throws {TransferRejectedError} the coordinator refused it (insufficient funds, overflow, zero amount,
   *   self-transfer, bad payee, signature, freshness or replay); nothing was applied
   * @throws {InvalidAmountError} (src/chain) for an amount outside [0, 2^64 - 1]
   * @throws {CoordinatorError} / {CoordinatorUnreachableError} / {ClientAbortedError}
   */
  async transfer (to: string, amount: bigint, options: { signal?: AbortSignal } = {}): Promise<AccountBalanceInfo> {
    this.#checkOpen()
    const transfer = await signTransfer(to, amount, this.#key, peerIdOf(this.#coordinators.current))
    let response: ailee.v1.Response
    try {
      response = await this.#request({ transfer }, '', options.signal)
    } catch (err) {
      if (err instanceof CoordinatorError && err.code === 'ERROR_CODE_REJECTED') throw new TransferRejectedError(err.remoteMessage, { cause: err })
      throw err
    }
    if (response.body !== 'balance' || response.balance == null) throw new UnexpectedResponseError(`expected a balance, got "${response.body ?? 'empty'}"`)
    return accountBalanceFromWire(response.balance)
  }

  /** Stops the client's host. Idempotent; the client cannot be used afterwards. */
  async close (): Promise<void> {
    this.#closing ??= this.#host.stop()
    await this.#closing
  }

  /**
   * The wire spec (carrying the task's content key: `input.contentKey`, else a
   * fresh one) and the SubmitTask's inline content. Module and stdin of at most
   * `inlineMaxBytes` together go inline (plaintext; the spec states their
   * SHA-256s, so the signature covers them; the coordinator seals them);
   * larger ones are sealed with the key and added to the content store (the
   * spec names their CIDs).
   *
   * @throws {EnvelopeError} `bad-key` when `input.contentKey` is not 32 bytes
   */
  async #prepare (input: TaskInput): Promise<{ spec: ailee.v1.ITaskSpec, inline?: { module: Uint8Array, input?: Uint8Array } }> {
    this.#checkOpen()
    const key = input.contentKey ?? newContentKey()
    if (key.byteLength !== CONTENT_KEY_BYTES) throw new EnvelopeError('bad-key', `content key must be ${CONTENT_KEY_BYTES} bytes, got ${key.byteLength}`)
    if (input.wasm.byteLength + (input.stdin?.byteLength ?? 0) <= this.#inlineMaxBytes && input.wasm.byteLength > 0) {
      const spec = {
        ...specToWire(input, '', ''),
        contentKey: Uint8Array.from(key),
        moduleSha256: sha256(input.wasm),
        ...(input.stdin != null && input.stdin.byteLength > 0 ? { inputSha256: sha256(input.stdin) } : {})
      }
      return { spec, inline: { module: input.wasm, ...(input.stdin != null && input.stdin.byteLength > 0 ? { input: input.stdin } : {}) } }
    }
    const moduleCid = (await this.#host.content.add(await sealContent(key, input.wasm, 'module'))).toString()
    const inputCid = input.stdin != null ? (await this.#host.content.add(await sealContent(key, input.stdin, 'input'))).toString() : ''
    return { spec: { ...specToWire(input, moduleCid, inputCid), contentKey: Uint8Array.from(key) } }
  }

  /** The coordinator that holds `taskId` ({@link CoordinatorSet.homeOf}), asking with `StatusQuery` where not remembered. */
  async #homeOf (taskId: string, signal?: AbortSignal): Promise<Multiaddr> {
    return await this.#coordinators.homeOf(taskId, async target => await this.#request({ status: { taskId } }, taskId, signal, target))
  }

  async #request (body: ailee.v1.IRequest, taskId: string, signal?: AbortSignal, target: Multiaddr = this.#coordinators.current): Promise<ailee.v1.Response> {
    try {
      return await request(this.#host.libp2p, target, body, this.#requestOptions(this.#timeoutMs, signal))
    } catch (err) {
      if (signal?.aborted === true) throw new ClientAbortedError('aborted by the caller', { cause: err })
      throw toClientError(err, taskId)
    }
  }

  #stream (body: ailee.v1.IRequest, signal: AbortSignal | undefined, target: Multiaddr): AsyncIterable<ailee.v1.Response> {
    return requestStream(this.#host.libp2p, target, body, this.#requestOptions(this.#idleMs, signal))
  }

  /** Options of one exchange with the coordinator (which also sets the request's `networkId`); throws once closed. */
  #requestOptions (timeoutMs: number, signal?: AbortSignal): RequestOptions {
    this.#checkOpen()
    return { networkId: this.#networkId, timeoutMs, maxMessageBytes: this.#maxMessageBytes, signal }
  }

  #checkOpen (): void {
    if (this.#closing != null) throw new ClientClosedError('the client is closed')
  }
}

function safeEmitter (onProgress?: (event: TaskProgressEvent) => void): (event: TaskProgressEvent) => void {
  return event => {
    try { onProgress?.(event) } catch { /* a listener's failure is not the task's */ }
  }
}
