/**
 * Content addressed by CID (WASM modules, inputs, outputs) over Helia and
 * UnixFS: stored in the node's blockstore, served to and fetched from peers over
 * bitswap: connected ones, and, with the DHT on, providers that bitswap finds
 * through Helia's routing and dials (announcing is `ContentAnnouncer`'s).
 *
 * CIDs are deterministic: bytes are imported with the IPIP-499
 * `unixfs-v1-2025` profile (https://github.com/ipfs/specs/pull/499: CIDv1,
 * sha2-256, raw leaves, 1 MiB fixed-size chunks, balanced DAG of at most 1024
 * links per node), so every node, and kubo/boxo with the same profile, derive
 * the same CID from the same bytes. Content of at most one chunk is a single
 * `raw` block whose CID hashes the bytes directly.
 */
import { unixfs } from '@helia/unixfs'
import { defaultLogger } from '@libp2p/logger'
import { CID } from 'multiformats/cid'
import { concat } from 'uint8arrays/concat'
import { ContentTooLargeError, ContentUnavailableError, InvalidCidError } from './errors.ts'
import { KeyedLock } from '../concurrency/keyed-lock.ts'
import type { Helia } from '@helia/interface'
import type { AddOptions, UnixFS } from '@helia/unixfs'
import type { AbortOptions, ComponentLogger, Logger } from '@libp2p/interface'

/** Import settings shared by `add` and `cidFor`; see the module comment. */
const IMPORT_OPTIONS: Partial<AddOptions> = {
  profile: 'unixfs-v1-2025',
  cidVersion: 1,
  rawLeaves: true
}

const RAW_CODE = 0x55
const DAG_PB_CODE = 0x70
const SHA2_256_CODE = 0x12
const IDENTITY_CODE = 0x00

/** Options of {@link ContentStore}. */
export interface ContentStoreInit {
  /** Timeout of `get` and `pin` when the call gives none. @default 20000 ms */
  defaultTimeoutMs?: number
  /**
   * Time `get` adds to its timeout for every MiB of the content's declared
   * size past the first, once the root block told the size (a guaranteed
   * throughput: 1000 ms is 1 MiB/s), ms. @default 0
   */
  timeoutMsPerMiB?: number
  /**
   * Where the store logs (component `ailee:content`): adds at trace, failed
   * fetches and pins at debug with the underlying error (the thrown
   * `ContentUnavailableError` carries it as `cause` too).
   * @default defaultLogger() of `@libp2p/logger`; the host passes the node's
   *   (pino-backed) logger
   */
  logger?: ComponentLogger
}

/** Options of {@link ContentStore.get}. */
export interface GetContentOptions {
  /** Largest content accepted, bytes; more throws `ContentTooLargeError`. */
  maxBytes: number
  /** Cancels the fetch (throws `ContentUnavailableError`). */
  signal?: AbortSignal
  /**
   * Gives up after this many ms, plus the store's `timeoutMsPerMiB` for every
   * MiB of declared size past the first (throws `ContentUnavailableError`).
   * @default the store's `defaultTimeoutMs`
   */
  timeoutMs?: number
  /** Only look in the local blockstore, never ask peers. @default false */
  offline?: boolean
}

/** Options of {@link ContentStore.pin}. */
export interface PinOptions extends AbortOptions {
  /** Gives up fetching missing blocks after this many ms. @default the store's `defaultTimeoutMs` */
  timeoutMs?: number
}

/** The node's content: add, fetch, pin by CID. */
export class ContentStore {
  readonly #helia: Helia
  readonly #fs: UnixFS
  readonly #hashOnly: UnixFS
  readonly #defaultTimeoutMs: number
  readonly #timeoutMsPerMiB: number
  readonly #log: Logger
  /**
   * Pins and unpins of a `raw` CID run under this lock keyed by the CID, each
   * CID's one at a time; those of a `dag-pb` CID take it exclusively. Helia keeps a pin
   * count per block and read-modify-writes it: a `raw` CID is one block that
   * no other `raw` CID names, while a `dag-pb` DAG may share leaves with any
   * other content. Before, every pin and unpin of the store waited in one
   * queue: under a steady load each unpin of a retention sweep waited for the
   * pins of every task in flight, a sweep took a minute for a few dozen CIDs,
   * and a coordinator's blockstore grew with every task (issue 10).
   */
  readonly #pinLock = new KeyedLock()

  /** @param helia a started Helia node with a block broker (bitswap) for network fetches */
  constructor (helia: Helia, init: ContentStoreInit = {}) {
    this.#helia = helia
    this.#fs = unixfs(helia)
    this.#hashOnly = unixfs({ blockstore: discardingBlockstore })
    this.#defaultTimeoutMs = init.defaultTimeoutMs ?? 20_000
    this.#timeoutMsPerMiB = init.timeoutMsPerMiB ?? 0
    this.#log = (init.logger ?? defaultLogger()).forComponent('ailee:content')
  }

  /** Stores `bytes` and returns their CID (CIDv1, deterministic; see the module comment). */
  async add (bytes: Uint8Array, options: AbortOptions = {}): Promise<CID> {
    const cid = await this.#fs.addBytes(bytes, { ...IMPORT_OPTIONS, signal: options.signal })
    this.#log.trace('added %d bytes as %c', bytes.byteLength, cid)
    return cid
  }

  /** The CID `add(bytes)` would return, computed without storing anything. */
  async cidFor (bytes: Uint8Array): Promise<CID> {
    return this.#hashOnly.addBytes(bytes, IMPORT_OPTIONS)
  }

  /**
   * The content named by `cid`: from the local blockstore, or fetched block by
   * block from connected peers over bitswap (fetched blocks are kept locally).
   * The size the root block declares is checked before the body is fetched, and
   * bytes are counted as they arrive. The timeout grows with the declared size
   * (`timeoutMsPerMiB` per MiB past the first) once it is known.
   *
   * @throws {InvalidCidError} `cid` is malformed, uses a codec other than raw or
   *   dag-pb, a hash other than sha2-256 or identity, or names a directory
   * @throws {ContentTooLargeError} as soon as more than `maxBytes` are declared or received
   * @throws {ContentUnavailableError} on timeout, abort, or when no peer has it
   */
  async get (cid: CID | string, options: GetContentOptions): Promise<Uint8Array> {
    const parsed = parseCid(cid)
    const { maxBytes } = options
    const startedMs = Date.now()
    let timeoutMs = options.timeoutMs ?? this.#defaultTimeoutMs
    const controller = new AbortController()
    const timedOut = new AbortController()
    let timer = setTimeout(() => { timedOut.abort() }, timeoutMs)
    const signal = AbortSignal.any([
      controller.signal,
      timedOut.signal,
      ...(options.signal != null ? [options.signal] : [])
    ])
    const fsOptions = { signal, offline: options.offline === true }
    try {
      const stat = await this.#fs.stat(parsed, fsOptions)
      if (stat.type === 'directory') {
        throw new InvalidCidError(`${parsed} names a directory, not a file`)
      }
      if (stat.size > BigInt(maxBytes)) {
        throw new ContentTooLargeError(maxBytes, Number(stat.size))
      }
      const furtherMiB = Math.max(0, Math.ceil(Number(stat.size) / (1024 * 1024)) - 1)
      if (furtherMiB > 0 && this.#timeoutMsPerMiB > 0 && !signal.aborted) {
        timeoutMs += furtherMiB * this.#timeoutMsPerMiB
        clearTimeout(timer)
        timer = setTimeout(() => { timedOut.abort() }, Math.max(0, startedMs + timeoutMs - Date.now()))
      }
      const chunks: Uint8Array[] = []
      let total = 0
      for await (const chunk of this.#fs.cat(parsed, { ...fsOptions, length: maxBytes + 1 })) {
        total += chunk.byteLength
        if (total > maxBytes) {
          throw new ContentTooLargeError(maxBytes, total)
        }
        chunks.push(chunk)
      }
      return concat(chunks, total)
    } catch (err: any) {
      if (err instanceof ContentTooLargeError || err instanceof InvalidCidError) throw err
      if (err?.name === 'NotUnixFSError' || err?.name === 'NotAFileError' || err?.name === 'InvalidPBNodeError') {
        throw new InvalidCidError(`${parsed} does not name UnixFS file content: ${err.message}`, { cause: err })
      }
      const reason = options.signal?.aborted === true
        ? 'aborted by the caller'
        : signal.aborted ? `not received within ${timeoutMs} ms` : `fetch failed: ${err?.message ?? err}`
      this.#log('get %c failed (%s) - %e', parsed, reason, err)
      throw new ContentUnavailableError(`content ${parsed} unavailable: ${reason}`, { cause: err })
    } finally {
      clearTimeout(timer)
      controller.abort() // cancel any outstanding bitswap wants
    }
  }

  /**
   * True when every block of `cid` is in the local blockstore (nothing is fetched).
   *
   * @throws {InvalidCidError} when `cid` is malformed
   */
  async has (cid: CID | string, options: AbortOptions = {}): Promise<boolean> {
    const parsed = parseCid(cid)
    if (!await this.#helia.blockstore.has(parsed, options)) return false
    if (parsed.code === RAW_CODE || parsed.multihash.code === IDENTITY_CODE) return true
    try {
      const stat = await this.#fs.stat(parsed, { offline: true, extended: true, signal: options.signal })
      return stat.type === 'directory' || stat.localSize >= stat.size
    } catch (err: any) {
      if (err?.name === 'NotFoundError' || err?.name === 'BlockNotFoundWhileOfflineError') return false
      throw err
    }
  }

  /**
   * Pins `cid` so garbage collection keeps it, fetching any missing blocks from
   * peers first. Pinning a pinned CID does nothing. Pins are not counted: one
   * `unpin` releases the content however many times it was pinned.
   *
   * @throws {InvalidCidError} when `cid` is malformed
   * @throws {ContentUnavailableError} when missing blocks cannot be fetched in time
   */
  async pin (cid: CID | string, options: PinOptions = {}): Promise<void> {
    const parsed = parseCid(cid)
    const timeoutMs = options.timeoutMs ?? this.#defaultTimeoutMs
    await this.#pinOp(parsed, async () => {
      if (await this.#isPinRoot(parsed)) return
      const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(options.signal != null ? [options.signal] : [])])
      try {
        for await (const _ of this.#helia.pins.add(parsed, { signal })) { /* drain */ }
      } catch (err: any) {
        if (err?.name === 'AlreadyPinnedError') return
        this.#log('pin %c failed - %e', parsed, err)
        throw new ContentUnavailableError(`cannot pin ${parsed}: ${signal.aborted ? `blocks not received within ${timeoutMs} ms` : err?.message}`, { cause: err })
      }
    })
  }

  /**
   * Removes the pin of `cid`; unpinning content that is not pinned does nothing.
   * Never waits for pins of other `raw` content (see `#pinLock`).
   *
   * @throws {InvalidCidError} when `cid` is malformed
   */
  async unpin (cid: CID | string, options: AbortOptions = {}): Promise<void> {
    const parsed = parseCid(cid)
    await this.#pinOp(parsed, async () => {
      if (!await this.#isPinRoot(parsed)) return
      for await (const _ of this.#helia.pins.rm(parsed, options)) { /* drain */ }
    })
  }

  /** True when `cid` itself was pinned with {@link pin}. */
  async isPinned (cid: CID | string, options: AbortOptions = {}): Promise<boolean> {
    return this.#isPinRoot(parseCid(cid), options)
  }

  /** The CIDs pinned with {@link pin} (pin roots), in no particular order. */
  async * pinned (options: AbortOptions = {}): AsyncGenerator<CID> {
    for await (const pin of this.#helia.pins.ls(options)) yield pin.cid
  }

  /** Deletes every block that no pin holds (Helia garbage collection). */
  async gc (options: AbortOptions = {}): Promise<void> {
    await this.#helia.gc(options)
  }

  /** Runs a pin or unpin of `cid` under `#pinLock` (see there). */
  async #pinOp (cid: CID, work: () => Promise<void>): Promise<void> {
    if (cid.code !== RAW_CODE) {
      await this.#pinLock.exclusive(work)
      return
    }
    await this.#pinLock.run(cid.toString(), work)
  }

  async #isPinRoot (cid: CID, options: AbortOptions = {}): Promise<boolean> {
    try {
      await this.#helia.pins.get(cid, options)
      return true
    } catch (err: any) {
      if (err?.name === 'NotFoundError') return false
      throw err
    }
  }
}

/**
 * Parses and checks a CID: CIDv0 or CIDv1, codec raw or dag-pb, hash sha2-256
 * or identity (what a Helia light node can verify and UnixFS can read).
 *
 * @throws {InvalidCidError}
 */
function parseCid (cid: CID | string): CID {
  let parsed: CID
  if (typeof cid === 'string') {
    try {
      parsed = CID.parse(cid.trim())
    } catch (err) {
      throw new InvalidCidError(`malformed CID ${JSON.stringify(cid)}: ${(err as Error).message}`, { cause: err })
    }
  } else {
    const asCid = CID.asCID(cid)
    if (asCid == null) throw new InvalidCidError(`not a CID: ${String(cid)}`)
    parsed = asCid
  }
  if (parsed.code !== RAW_CODE && parsed.code !== DAG_PB_CODE) {
    throw new InvalidCidError(`unsupported codec 0x${parsed.code.toString(16)} in ${parsed}: only raw and dag-pb content is served`)
  }
  if (parsed.multihash.code !== SHA2_256_CODE && parsed.multihash.code !== IDENTITY_CODE) {
    throw new InvalidCidError(`unsupported hash 0x${parsed.multihash.code.toString(16)} in ${parsed}: only sha2-256 is served`)
  }
  return parsed
}

/** A blockstore that keeps nothing: importing into it only computes CIDs. */
const discardingBlockstore = {
  async put (cid: CID): Promise<CID> { return cid },
  async has (): Promise<boolean> { return false },
  // eslint-disable-next-line require-yield
  async * get (cid: CID): AsyncGenerator<Uint8Array> { throw new Error(`block ${cid} was discarded`) }
}
