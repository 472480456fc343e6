/**
 * The state database: RocksDB behind a small interface (state-db.ts), atomic
 * write batches (write-batch.ts), typed buckets per key prefix (bucket.ts,
 * codecs.ts) and the key layout (keys.ts).
 */
export { StateDb } from './state-db.ts'
export type { KeyValue, IterateOptions } from './state-db.ts'
export { WriteBatch } from './write-batch.ts'
export type { Key, StagedOp } from './write-batch.ts'
export { Bucket } from './bucket.ts'
export type { BucketEntry, BucketIterateOptions } from './bucket.ts'
export { jsonCodec, protobufCodec, stringCodec, safeIntegerCodec, uint64TextCodec } from './codecs.ts'
export type { Codec, Parser, ProtobufType } from './codecs.ts'
export { Prefix, NUMBER_KEY_WIDTH, padNumber, telemetryId, blockId, keyBytes, keyText, prefixUpperBound } from './keys.ts'
export type { KeyPrefix } from './keys.ts'
export { DatabaseLockedError, DatabaseClosedError, CorruptValueError, BatchCommittedError } from './errors.ts'
