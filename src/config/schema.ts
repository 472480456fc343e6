/**
 * The node's configuration: one zod schema whose defaults are the embedded
 * default config (`config/default.yaml` documents the same values). Every limit
 * of docs/architecture.md "Limits that every input meets" has a key here.
 *
 * Units: `*Ms` milliseconds, `*Bytes` bytes, `*Pages` 64 KiB WebAssembly pages.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { z } from 'zod'
import { parseVerificationPolicy } from '../protocol/verification-policy.ts'
import { DEV_CLIENT_ACCOUNT } from './dev-account.ts'
import { LOG_LEVEL_RULE, parseLogLevels } from './log-levels.ts'

const positiveInt = z.number().int().positive()
const nonNegativeInt = z.number().int().nonnegative()

/** Sizes of everything a peer can hand us. */
export const limitsSchema = z.object({
  /**
   * Largest protobuf message on `/ailee/task/1.0.0` (length prefix excluded).
   * The muxer's per-stream read buffer is sized from it (src/p2p/transport-limits.ts),
   * so a request up to this size is never reset by yamux. @default 8 MiB
   */
  maxMessageBytes: positiveInt.default(8 * 1024 * 1024),
  /**
   * Bytes a node buffers at most, over all its streams, for inbound frames that
   * have not fully arrived (src/protocol/frame-budget.ts); a frame that does not
   * fit is answered `ERROR_CODE_RATE_LIMITED` ("node busy") and its stream reset.
   * At least `maxMessageBytes`. @default 64 MiB
   */
  maxInFlightFrameBytes: positiveInt.default(64 * 1024 * 1024),
  /** Largest WebAssembly module a task may name. @default 16 MiB */
  maxModuleBytes: positiveInt.default(16 * 1024 * 1024),
  /** Largest standard input a task may name. @default 4 MiB */
  maxInputBytes: positiveInt.default(4 * 1024 * 1024),
  /**
   * Largest module plus standard input a client may send inline in its `SubmitTask` (the
   * coordinator stores them itself, no bitswap fetch); larger content is named by CID. Each part
   * is also bound by `maxModuleBytes` / `maxInputBytes`. @default 4 MiB
   */
  maxInlineBytes: nonNegativeInt.default(4 * 1024 * 1024),
  /**
   * Largest module plus standard input a coordinator sends inline in an `Assign` (the worker then
   * fetches nothing); 0 = never inline. @default 1 MiB
   */
  assignInlineBytes: nonNegativeInt.default(1024 * 1024),
  /**
   * Plaintext of admitted modules and inputs a coordinator keeps in memory for inline `Assign`s
   * (least recently used out; also at most `moduleCacheEntries` entries), so an Assign neither
   * reads them back from the blockstore nor decrypts them again; 0 = keep none. @default 16 MiB
   */
  assignPlaintextCacheBytes: nonNegativeInt.default(16 * 1024 * 1024),
  /** Largest stdout (and, separately, stderr) of one execution. @default 1 MiB */
  maxOutputBytes: positiveInt.default(1024 * 1024),
  /** Largest memory a task may ask for, pages of 64 KiB. @default 4096 (256 MiB) */
  maxMemoryPages: positiveInt.max(65536).default(4096),
  /** Memory given to a task that asks for none. @default 1024 (64 MiB) */
  defaultMemoryPages: positiveInt.max(65536).default(1024),
  /** Bids kept per offer; later bids are refused. @default 32 */
  maxBidsPerTask: positiveInt.default(32),
  /** Concurrent inbound `/ailee/task/1.0.0` streams per peer. @default 64 */
  maxStreamsPerPeer: positiveInt.default(64),
  /** Requests per peer per second (token bucket, burst = 2x). @default 200 */
  maxRequestsPerPeerPerSecond: positiveInt.default(200),
  /** Largest args + env of a task, in bytes. @default 64 KiB */
  maxArgsEnvBytes: positiveInt.default(64 * 1024),
  /** Tasks a coordinator holds that have not ended (queued + running). @default 10000 */
  maxOpenTasks: positiveInt.default(10000),
  /** Of those, tasks one submitting peer may hold, so one client cannot fill the queue for all. @default 1000 */
  maxOpenTasksPerClient: positiveInt.default(1000),
  /**
   * Bytes of module and input one client account may have pinned for its open tasks (each CID
   * counted once per account however many of its tasks name it); a submission past it is
   * rejected naming this key. @default 1 GiB
   */
  maxPinnedBytesPerClient: positiveInt.default(1024 * 1024 * 1024),
  /**
   * Bytes of module inspections remembered by SHA-256 (coordinator: verdicts; worker: the
   * instrumented modules it ran), least recently used evicted first. @default 64 MiB
   */
  moduleCacheBytes: positiveInt.default(64 * 1024 * 1024),
  /** Module inspections remembered, at most (with `moduleCacheBytes`). @default 4096 */
  moduleCacheEntries: positiveInt.default(4096),
  /**
   * Submissions a coordinator admits at once (fetch, inspect, pin); more wait, served round-robin
   * between client accounts so one client's many or large submissions do not hold another's. @default 4
   */
  admissionConcurrency: positiveInt.default(4)
}).prefault({})

/** Timeouts of a task's life; each can be overridden per task up to its `max*`. */
export const timeoutsSchema = z.object({
  /** Wait in the queue for a capable worker. @default 300000 */
  queueMs: positiveInt.default(300_000),
  maxQueueMs: positiveInt.default(3_600_000),
  /** Window in which an offer collects bids. @default 300 */
  bidWindowMs: positiveInt.default(300),
  maxBidWindowMs: positiveInt.default(10_000),
  /** Wall clock of one execution attempt. @default 30000 */
  executionMs: positiveInt.default(30_000),
  maxExecutionMs: positiveInt.default(600_000),
  /** Submit to terminal state, all attempts included. @default 600000 */
  totalMs: positiveInt.default(600_000),
  maxTotalMs: positiveInt.default(7_200_000),
  /** A worker must heartbeat an assignment within this period or lose the lease. @default 5000 */
  leaseMs: positiveInt.default(5_000),
  /**
   * Time allowed to fetch content over bitswap, before its size is known and
   * for content of at most 1 MiB; `fetchMsPerMiB` more for every further
   * started MiB (see `fetchWindowMs` in src/config/limits.ts). @default 20000
   */
  fetchMs: positiveInt.default(20_000),
  /**
   * Fetch time added per MiB of content (a guaranteed 1 MiB/s at the default):
   * a 32 MiB module gets `fetchMs` + 31 s. @default 1000
   */
  fetchMsPerMiB: nonNegativeInt.default(1_000),
  /** Timeout of one request/response exchange on `/ailee/task/1.0.0`. @default 10000 */
  requestMs: positiveInt.default(10_000)
}).prefault({})

/** Weights of the selection score (src/coordinator/selection.ts); they are normalised to sum 1. */
export const selectionSchema = z.object({
  healthWeight: z.number().nonnegative().default(0.35),
  reputationWeight: z.number().nonnegative().default(0.3),
  priceWeight: z.number().nonnegative().default(0.15),
  loadWeight: z.number().nonnegative().default(0.2),
  /** Half-life of reputation evidence. @default 3600000 (1 h) */
  reputationHalfLifeMs: positiveInt.default(3_600_000)
}).prefault({})

/** Retries and the per-worker circuit breaker. */
export const retrySchema = z.object({
  /** Attempts per task, the first included. @default 5 */
  maxAttempts: positiveInt.default(5),
  /**
   * Workers lost (disconnected, or telemetry and heartbeats stopped) while
   * running one task after which it is quarantined (ends failed, never
   * offered again): a task that crashes its host must not go round the fleet.
   * Not 2: a host lost at random twice under the same task is not rare in a
   * large swarm. @default 3
   */
  quarantineAfter: positiveInt.default(3),
  /** First retry delay; doubles each attempt (with jitter) up to `maxBackoffMs`. @default 200 */
  initialBackoffMs: nonNegativeInt.default(200),
  maxBackoffMs: positiveInt.default(5_000),
  /** Consecutive failures that open a worker's breaker. @default 3 */
  breakerThreshold: positiveInt.default(3),
  /** How long an open breaker stays open before it lets one trial task through. @default 10000 */
  breakerHalfOpenAfterMs: positiveInt.default(10_000)
}).prefault({})

export const coordinatorSchema = z.object({
  /** Seal a block every this many ms when receipts are pending. @default 2000 */
  blockIntervalMs: positiveInt.default(2_000),
  /** Most receipts in one block. @default 256 */
  maxReceiptsPerBlock: positiveInt.default(256),
  /** Telemetry older than this marks a worker dead. @default 10000 */
  telemetryStaleMs: positiveInt.default(10_000),
  /**
   * How long an offer round that has no bid when its bid window ends stays open for a first, late
   * bid, ms: the offer says so (`TaskOffer.late_bid_until_ms`), workers that receive it after its
   * bid deadline still bid until then, and the first bid closes the round at once. In a swarm
   * whose gossip is slower than the bid window (100 nodes on 2 cores: offers arrived 1.3 s after
   * publication at p50, docs/scaling.md) a round then ends with a bid instead of empty and being
   * offered again. A round whose window drew bids closes at its deadline as before, so this
   * costs nothing where gossip keeps up. 0 = a round ends at its bid deadline. Workers bid late
   * only while the late end is at most their `timeouts.maxBidWindowMs` past the deadline. @default 5000
   */
  lateBidMs: nonNegativeInt.default(5_000),
  /**
   * Offers opened in one event-loop turn go out as one gossip message (`TaskOfferBatch`,
   * src/coordinator/offer-batcher.ts): one signature, one publish and one validation per node for
   * the batch. A batch is published at the end of that turn (no timer: a lone offer goes out at
   * once), or sooner when it holds `maxOffers` offers or the next offer would take it past
   * `maxBytes` bytes (encoded). An offer takes about 250 bytes, plus about 55 per worker in its
   * bidder sample (`offerSampleSize`); gossipsub carries messages up to 1 MiB.
   */
  offerBatch: z.object({
    /** Most offers in one gossip message; 1 = one message per offer. @default 64 */
    maxOffers: positiveInt.max(4096).default(64),
    /** Most bytes of one encoded batch (an offer larger than this still goes out, alone). @default 65536 (64 KiB) */
    maxBytes: positiveInt.min(1024).max(1024 * 1024).default(64 * 1024)
  }).prefault({}),
  /**
   * Workers invited to bid on one offer round (the offer names them; others do not bid), drawn
   * when more capable workers than this are known (src/coordinator/bidder-sample.ts): among those
   * with the memory, price and free slots the task needs, not draining, not excluded, weighted by
   * reputation with randomness, workers not yet asked for the task first. A round that ends
   * without a usable bid draws a new sample. 0 = every worker may bid. At most
   * `limits.maxBidsPerTask` is used (a larger sample invites bids that would be refused). Eight:
   * a round still has a choice of bidders (and survives a few that pass the offer over for
   * others), while a 100-worker swarm sends 8 bids per round instead of 98. @default 8
   */
  offerSampleSize: nonNegativeInt.default(8),
  /**
   * Allowed difference between a signed submission's or transfer's
   * `signed_at_ms` and this coordinator's clock, either way; nonces are
   * remembered this long after their signing time (docs/accounts.md). @default 300000 (5 min)
   */
  submissionMaxSkewMs: positiveInt.default(300_000),
  /** Price (smallest units) used when a task names no max price. @default 100 */
  defaultMaxPrice: nonNegativeInt.default(100),
  /** Time a stopping coordinator waits for tasks in flight. @default 5000 */
  shutdownGraceMs: positiveInt.default(5_000),
  /**
   * A coordinator announces itself (peer id, addresses, accepting, open tasks) on the coordinators
   * gossip topic every this many ms; every node forgets a coordinator not heard from within three
   * of its own intervals (src/node/coordinator-directory.ts). @default 10000
   */
  announceIntervalMs: positiveInt.default(10_000),
  /**
   * An ended task's record (state, selection rounds, outcome, content key) is deleted this many ms
   * after it ended, at the next content collection (`content.gc.intervalMs`, `bin/node gc`); its
   * status, result and proof are then answered "unknown task". Chain, ledger, payment markers and
   * nonces stay (src/coordinator/task-pruning.ts). 0: at the next collection. @default 604800000 (7 days)
   */
  taskRetentionMs: nonNegativeInt.default(604_800_000)
}).prefault({})

/**
 * How a coordinator checks results before it pays them (docs/verification.md).
 * The defaults suit a local swarm (two new workers that agree settle a task);
 * a public network raises `assumedFaultFraction`.
 */
export const verificationSchema = z.object({
  /** Policy of tasks that name none: none | spot:P | replicate:K | adaptive. @default "adaptive" */
  defaultPolicy: z.string().default('adaptive').refine(text => {
    try { parseVerificationPolicy(text); return true } catch { return false }
  }, { message: 'must be none, spot:P (0 <= P <= 1), replicate:K (K >= 2) or adaptive' }),
  /** adaptive: chance that a task is spot-checked even when its worker is credible. @default 0.1 */
  spotProbability: z.number().min(0).max(1).default(0.1),
  /** adaptive: accepted results are wrong with at most this probability. @default 0.001 */
  targetErrorRate: z.number().gt(0).lt(1).default(0.001),
  /**
   * adaptive: fraction of saboteurs assumed among workers (Sarmenta's f).
   * The built-in 0.01 lets two new workers that agree settle a task (a local
   * or trusted swarm); a public network should assume more, e.g. 0.2.
   * @default 0.01
   */
  assumedFaultFraction: z.number().min(0).lt(1).default(0.01),
  /** Executions with a checked receipt after which a task whose results disagree fails. @default 7 */
  maxExecutions: positiveInt.default(7),
  /**
   * Executions a task's policy is known to need before any result is in (replicate:K, a drawn spot
   * check, adaptive with a worker not yet credible) are assigned in its first offer round, each
   * replica to a bidder drawn at random; false: one round after another, a replica only once the
   * result before it is in (docs/verification.md). @default false: on, it exposed a task re-offered forever (a worker's
   * bid waiting from a round that ended without answering it turned its later bids away; fixed, see
   * docs/verification.md); off until it has had a wider run
   */
  replicasInFirstRound: z.boolean().default(false),
  /** How long a worker caught with a wrong result gets no tasks. @default 86400000 (24 h) */
  exclusionMs: nonNegativeInt.default(86_400_000),
  /**
   * Bond each worker locks with this coordinator, smallest units: its
   * earnings fill the bond first, and a worker caught with a wrong result
   * forfeits it to the client it cheated. @default 0 (no bond)
   */
  workerBond: nonNegativeInt.default(0)
}).prefault({})

export const workerSchema = z.object({
  /** Concurrent task slots. @default 2 */
  slots: positiveInt.default(2),
  /** Largest task memory accepted, pages. @default 4096 */
  maxMemoryPages: positiveInt.max(65536).default(4096),
  /** Credits asked per task. @default 10 */
  price: nonNegativeInt.default(10),
  /**
   * Bytes of plaintext modules a worker keeps by SHA-256 after running them, least recently used
   * evicted first: a later task naming the same module hash skips its fetch. 0 = keep none. @default 64 MiB
   */
  moduleBytesCacheBytes: nonNegativeInt.default(64 * 1024 * 1024),
  /**
   * Time a sandbox thread may stay idle before it is terminated, ms: each thread (one per slot
   * used) holds its own V8 isolate, about 45 MiB RSS; the next task starts a new one (tens of
   * ms). 0 = keep idle threads for the life of the process. @default 60000
   */
  sandboxIdleMs: nonNegativeInt.default(60_000),
  /** Telemetry period. @default 2000 */
  telemetryIntervalMs: positiveInt.default(2_000),
  /** Time a stopping worker lets running tasks finish before it hands them back. @default 10000 */
  shutdownGraceMs: positiveInt.default(10_000),
  /**
   * Bytes of task content (modules, inputs) a worker keeps in its blockstore; beyond, the least
   * recently used goes (src/content/content-cache.ts). @default 1073741824 (1 GiB)
   */
  contentCacheBytes: positiveInt.default(1024 * 1024 * 1024),
  /**
   * Bids a worker keeps outstanding per free slot (>= 1): in a burst of
   * offers it bids on up to this many times its free slots, and refuses an
   * Assign as busy when every slot already runs. 1 = a bid holds a whole slot. @default 3
   */
  bidOvercommit: positiveInt.max(64).default(3),
  /**
   * How long an offer of a burst (one arriving within this time of the
   * previous offer while a bid of this worker still waits for its answer) waits for others before the worker picks, in random
   * order, which of them to bid on (at most a quarter of the time left to the
   * bid deadline); a lone offer is bid on at once; 0 = bid on offers in the
   * order they arrive. @default 50
   */
  bidSpreadMs: nonNegativeInt.max(10_000).default(50),
  /**
   * Fair share between coordinators: while offers this worker could serve from more than one coordinator arrived within
   * this many ms, a coordinator whose tasks already run in `ceil(slots / active coordinators)`
   * slots of this worker is declined ("fair share"); with one active coordinator it may use every
   * slot. 0 = no fair share (first come, first served). @default 60000
   */
  fairShareWindowMs: nonNegativeInt.default(60_000),
  /**
   * Peer IDs of the coordinators this worker serves: offers from others are
   * ignored and their Assigns refused. Empty = any coordinator (it still runs
   * only Assigns for its own bids). @default []
   */
  coordinators: z.array(z.string().min(1)).default([])
}).prefault({})

/** 2^64 - 1 as decimal text: the largest amount. */
const MAX_AMOUNT_TEXT = ((1n << 64n) - 1n).toString()

/** An amount of smallest units in a config file: decimal digits or a non-negative safe integer, at most 2^64 - 1; kept as decimal text. */
const amountText = z.union([
  nonNegativeInt.transform(n => n.toString()),
  z.string().regex(/^(0|[1-9][0-9]*)$/, 'an amount is a string of decimal digits')
]).refine(text => text.length < MAX_AMOUNT_TEXT.length || (text.length === MAX_AMOUNT_TEXT.length && text <= MAX_AMOUNT_TEXT), 'amount is past 2^64 - 1')

/** True for an Ed25519 peer id string (an account). */
function isAccount (text: string): boolean {
  try {
    return peerIdFromString(text).type === 'Ed25519'
  } catch {
    return false
  }
}

/** The credit ledger (docs/accounts.md). */
export const ledgerSchema = z.object({
  /** Digits of the smallest unit: 1 credit = 10^decimals units (for display and parsing only). @default 9 */
  decimals: z.number().int().min(0).max(18).default(9),
  /**
   * Initial balances, account → smallest units, credited once when a
   * coordinator first starts on an empty state database (later changes are
   * ignored). The default funds the public development client key
   * (config/dev-client.key) with 1,000,000 credits; production gives none
   * (config/production.yaml). @default { DEV_CLIENT_ACCOUNT: "1000000000000000" }
   */
  genesis: z.record(z.string(), amountText).superRefine((genesis, ctx) => {
    for (const account of Object.keys(genesis)) {
      if (!isAccount(account)) ctx.addIssue({ code: 'custom', path: [account], message: `${JSON.stringify(account)} is not an account: an account is an Ed25519 peer id (12D3KooW...)` })
    }
  }).default({ [DEV_CLIENT_ACCOUNT]: '1000000000000000' })
}).prefault({})

/** An Ed25519 peer id string, as in a config list of producers. */
const peerIdText = z.string().min(1).refine(isAccount, 'not an Ed25519 peer id (12D3KooW...)')

/**
 * Range sync of chains over `/ailee/sync/1.0.0` (src/node/chain-catch-up.ts,
 * src/node/sync-server.ts; docs/chain-sync.md): what a node serves to a peer
 * and asks of one, and how long a peer that served an invalid block is not asked.
 */
export const chainSyncSchema = z.object({
  /** Most blocks served in one answer, and asked for in one request. @default 256 */
  maxBlocksPerRequest: positiveInt.default(256),
  /**
   * Most bytes of blocks in one answer (served and accepted); at least
   * `chain.maxForeignBlockBytes`, and below `limits.maxMessageBytes`. @default 4 MiB
   */
  maxResponseBytes: positiveInt.default(4 * 1024 * 1024),
  /** Sync requests served per peer per second (token bucket, burst 2x); more are answered RATE_LIMITED. @default 20 */
  maxRequestsPerPeerPerSecond: positiveInt.default(20),
  /** Concurrent sync streams served per peer; more are answered RATE_LIMITED. @default 4 */
  maxStreamsPerPeer: positiveInt.default(4),
  /** A peer that served an invalid block (or failed too often) is not asked for this long, ms. @default 600000 */
  peerBanMs: positiveInt.default(600_000),
  /** Every this many ms the node asks one connected peer for its chain heads (besides on connect), ms. @default 30000 */
  headsIntervalMs: positiveInt.default(30_000)
}).prefault({})

/**
 * Which producers' chains a node follows and what another producer's blocks
 * may cost it (src/node/chain-guard.ts; docs/security.md, "Chains"). The
 * node's own chain is never limited.
 */
export const chainSchema = z.object({
  /**
   * Peer ids of the producers (coordinators) whose chains this node follows:
   * blocks of any other producer are ignored before any signature is checked.
   * Empty = every producer, within the bounds below; a worker with
   * `worker.coordinators` then follows exactly those. @default []
   */
  producers: z.array(peerIdText).default([]),
  /**
   * Most entries in a received block of another producer; larger blocks are
   * rejected unverified (a coordinator seals at most
   * `coordinator.maxReceiptsPerBlock`, 256 by default). @default 1024
   */
  maxForeignBlockEntries: positiveInt.default(1024),
  /** Largest received block of another producer, encoded bytes (an entry is about 420 bytes). @default 1 MiB */
  maxForeignBlockBytes: positiveInt.default(1024 * 1024),
  /**
   * Entries of one other producer verified per minute (token bucket, burst
   * one minute's worth); a block over it is ignored, not invalid. Above the
   * 7680 a coordinator with the default settings can seal (256 per 2 s).
   * @default 10000
   */
  maxForeignEntriesPerMinute: positiveInt.default(10_000),
  /**
   * Entries verified per minute for all producers not listed in
   * `chain.producers` / `worker.coordinators` together (token bucket, burst
   * one minute's worth), so that fresh self-signed identities cannot
   * multiply the per-producer budget. @default 20000
   */
  maxForeignEntriesPerMinuteTotal: positiveInt.default(20_000),
  /**
   * A checkpoint of each chain (and of the own ledger) every this many blocks, so a start validates
   * and replays only the blocks after the last one (src/chain/checkpoint.ts); 0: none, every start
   * validates from block 0. @default 1000
   */
  checkpointInterval: nonNegativeInt.default(1000),
  sync: chainSyncSchema
}).superRefine((chain, ctx) => {
  for (const key of ['maxForeignEntriesPerMinute', 'maxForeignEntriesPerMinuteTotal'] as const) {
    if (chain[key] < chain.maxForeignBlockEntries) {
      ctx.addIssue({ code: 'custom', path: [key], message: `must be at least chain.maxForeignBlockEntries (${chain.maxForeignBlockEntries}), or a full block could never be afforded` })
    }
  }
}).prefault({})

/**
 * How long content a task used stays pinned after the task ended, and how
 * often unpinned content is collected (src/coordinator/content-retention.ts;
 * docs/maintenance.md, "Content retention and garbage collection").
 */
export const contentSchema = z.object({
  retention: z.object({
    /** A terminal task's module and input stay pinned this long after it ended, ms (0: released at the next sweep). @default 86400000 (1 day) */
    inputsMs: nonNegativeInt.default(86_400_000),
    /** A terminal task's output stays pinned this long after it ended, ms. @default 604800000 (7 days) */
    outputsMs: nonNegativeInt.default(604_800_000)
  }).prefault({}),
  gc: z.object({
    /** A running coordinator releases expired pins and collects unpinned blocks every this many ms; 0 = never on its own (`bin/node gc` on the stopped node). @default 600000 (10 min) */
    intervalMs: nonNegativeInt.default(600_000)
  }).prefault({}),
  /**
   * DHT provider records for sealed content the node stores (a coordinator's admitted module and
   * input, a worker's and the coordinator's output; src/content/content-announcer.ts), put in the
   * background so peers that were never connected find it. Only with `network.dht`.
   */
  announce: z.object({
    /** Provider records put at once. @default 2 */
    concurrency: positiveInt.default(2),
    /** CIDs waiting to be announced at most; further ones are not announced (fetched from connected peers only). @default 1024 */
    maxPending: positiveInt.default(1024),
    /** One announcement is given up after this many ms. @default 60000 */
    timeoutMs: positiveInt.default(60_000)
  }).prefault({})
}).prefault({})

/**
 * Backups a running node takes of itself (src/node/backup-scheduler.ts; docs/maintenance.md,
 * "Backups"); `bin/node backup` on a stopped node keeps `keep` too.
 */
export const backupSchema = z.object({
  /** Directory the node's own backups go into; empty: the node takes none on its own. @default "" */
  dir: z.string().default(''),
  /** A running node with `dir` set takes a backup every this many ms (and on SIGUSR2); 0: only on SIGUSR2. @default 3600000 (1 h) */
  intervalMs: nonNegativeInt.default(3_600_000),
  /** Backups kept in a backup directory; the oldest beyond go after each new one. @default 10 */
  keep: positiveInt.default(10),
  /**
   * The first start after `bin/node restore`: how long a coordinator waits for a peer to answer
   * its chain heads, to fetch the own blocks it sealed after the backup before it seals again, ms.
   * @default 30000
   */
  restoreSyncMs: nonNegativeInt.default(30_000)
}).prefault({})

export const networkSchema = z.object({
  /** Network id: part of every topic and of the DHT protocol, so two networks never mix. @default "ailee-dev" */
  networkId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).default('ailee-dev'),
  /** Multiaddrs to listen on. @default ["/ip4/0.0.0.0/tcp/0"] */
  listen: z.array(z.string()).default(['/ip4/0.0.0.0/tcp/0']),
  /** Multiaddrs (with /p2p/) dialled at start. @default [] */
  bootstrap: z.array(z.string()).default([]),
  /** LAN discovery. @default true */
  mdns: z.boolean().default(true),
  /** Kademlia DHT (client and server). @default true */
  dht: z.boolean().default(true),
  /** Max connections kept by the connection manager. @default 200 */
  maxConnections: positiveInt.default(200),
  /**
   * Least time libp2p's connection monitor waits for a ping answer before it aborts the whole
   * connection (every stream on it), ms. libp2p's own floor is 5000, which a busy peer's event loop
   * can exceed: 30 worker processes on 2 cores made the coordinator miss it and reset every
   * client's streams. @default 30000
   */
  pingTimeoutMs: positiveInt.default(30_000),
  /**
   * Multiaddrs announced to peers instead of the listen addresses (a public
   * IP and forwarded port, a DNS name), e.g. `/ip4/203.0.113.7/tcp/4001`;
   * libp2p's `addresses.announce`. @default [] (the listen addresses)
   */
  announce: z.array(z.string()).default([]),
  /** Multiaddrs, or prefixes of them such as `/ip4/10.0.0.5`, never announced (an announce filter: libp2p 3 does not apply its own `addresses.noAnnounce`). @default [] */
  noAnnounce: z.array(z.string()).default([]),
  /**
   * AutoNAT (v1): peers dial the announced addresses back, confirming or withdrawing them. Off by
   * default: @libp2p/autonat 3.0 answers a request to check a relayed address by dialling the
   * relay, gets its existing connection to it and closes that, which drops every connection
   * relayed over it (docs/reachability.md). On suits a network without relays. @default false
   */
  autoNat: z.boolean().default(false),
  /** DCUtR hole punching: a relayed connection is replaced by a direct one where a dial gets through. @default true */
  holePunching: z.boolean().default(true),
  /** Ask a UPnP IGD gateway on the LAN (found by SSDP) to forward the listen port, and announce the mapped public address. @default false */
  upnp: z.boolean().default(false),
  /**
   * Task-protocol sessions: single-response exchanges with a peer (bid, assign, heartbeat, result,
   * status, ...) share one long-lived stream per connection (`/ailee/task-session/1.0.0`) instead of a
   * stream each, about a fifth of the CPU per exchange. Off: this node neither opens nor serves
   * sessions, every request gets its own `/ailee/task/1.0.0` stream. @default true
   */
  taskSessions: z.boolean().default(true),
  /** Circuit relay v2 (docs/reachability.md). */
  relay: z.object({
    /**
     * Listen on `/p2p-circuit`: reserve a slot on a relay among the connected
     * peers and announce the relayed address, for a node others cannot dial
     * (behind a NAT without port forward). @default false
     */
    reserve: z.boolean().default(false),
    /** Relays to hold a reservation on when `reserve` is on (one `/p2p-circuit` listen address each). @default 1 */
    wanted: positiveInt.default(1),
    /**
     * Relays through the DHT (needs `network.dht`): a node offering relay service puts a provider
     * record of the network's relay CID (raw CIDv1 of sha256 `/ailee/relay/<networkId>`), a node
     * with `reserve` looks up its providers and dials them while it holds fewer than `wanted`
     * relays (docs/reachability.md). Off: relays are found only among connected peers. @default true
     */
    discover: z.boolean().default(true),
    /** Relay service this node offers to others. */
    server: z.object({
      /** on, off, or auto: on for coordinators, off for workers. @default "auto" */
      enabled: z.union([z.boolean(), z.literal('auto')]).default('auto'),
      /** Reservations held at once; further ones are refused. @default 128 */
      maxReservations: positiveInt.default(128),
      /** Life of a reservation until its holder refreshes it, ms. @default 7200000 (2 h) */
      reservationTtlMs: positiveInt.default(7_200_000),
      /**
       * Longest life of one relayed connection, ms; 0 = no limit. With either
       * limit set the relay's connections are "limited": libp2p then opens on
       * them only streams of protocols that allow it, and a dial by peer id
       * (bitswap's, a coordinator's to its workers) looks for another
       * connection instead of using it, so a peer reached only through this
       * relay gets no content (docs/reachability.md). libp2p's own default is
       * 2 min. @default 0
       */
      durationLimitMs: nonNegativeInt.max(2 ** 31 - 1).default(0),
      /** Most bytes one relayed connection carries, both directions together; 0 = no limit (see durationLimitMs; libp2p's own default is 128 KiB). @default 0 */
      dataLimitBytes: nonNegativeInt.default(0)
    }).prefault({})
  }).prefault({})
}).prefault({})

/**
 * `host:port` of an HTTP listener: an IPv4 address or host name, or a bracketed
 * IPv6 address (`[::1]:9464`), and a port 0-65535 (0: any free port).
 */
export const LISTEN_ADDRESS = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})$/

/** True for a `host:port` {@link LISTEN_ADDRESS} whose port is at most 65535. */
export function isListenAddress (text: string): boolean {
  const m = LISTEN_ADDRESS.exec(text)
  return m != null && Number(m[2]) <= 65535
}

/**
 * The node's HTTP endpoint for operators (src/metrics/): `GET /metrics`
 * (Prometheus text format), `GET /health` and `GET /ready` (docs/operating.md).
 */
export const metricsSchema = z.object({
  /** Serve the endpoint at all (`--no-metrics` turns it off; /health and /ready go with it). @default true */
  enabled: z.boolean().default(true),
  /**
   * `host:port` it listens on (`--metrics-listen`); port 0 takes any free port
   * (the bound address is in node.json as `metricsUrl`). Bound to localhost by
   * default: the metrics are not for the internet. @default "127.0.0.1:9464"
   */
  listen: z.string().refine(isListenAddress, 'must be host:port (e.g. 127.0.0.1:9464, 0.0.0.0:9464 or [::1]:9464), port 0-65535').default('127.0.0.1:9464')
}).prefault({})

export const configSchema = z.object({
  role: z.enum(['coordinator', 'worker']).default('worker'),
  /** State (RocksDB), content (Helia blocks) and the identity key live here. @default "./.data/<role>" */
  dataDir: z.string().optional(),
  /**
   * pino level of the JSON logs on stderr: one level (`debug`) or a level per
   * component (`coordinator=debug,p2p=info`, see src/config/log-levels.ts). @default "info"
   */
  logLevel: z.string().default('info').superRefine((text, ctx) => {
    try { parseLogLevels(text) } catch (err) { ctx.addIssue({ code: 'custom', message: `${(err as Error).message}; expected ${LOG_LEVEL_RULE}` }) }
  }),
  /** Log lines: `json` (one pino JSON object per line) or `pretty` (pino-pretty, for a human at a terminal). @default "json" */
  logFormat: z.enum(['json', 'pretty']).default('json'),
  network: networkSchema,
  limits: limitsSchema,
  timeouts: timeoutsSchema,
  selection: selectionSchema,
  retry: retrySchema,
  coordinator: coordinatorSchema,
  verification: verificationSchema,
  worker: workerSchema,
  ledger: ledgerSchema,
  chain: chainSchema,
  metrics: metricsSchema,
  content: contentSchema,
  backup: backupSchema
})

/** A fully-defaulted configuration. */
export type NodeConfig = z.infer<typeof configSchema>
/** What a config file (or a test) may give: any subset. */
export type NodeConfigInput = z.input<typeof configSchema>

/** The built-in defaults: the schema applied to an empty config (what help texts quote). */
export const CONFIG_DEFAULTS: NodeConfig = configSchema.parse({})
