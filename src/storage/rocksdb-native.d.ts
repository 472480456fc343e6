/**
 * The part of `rocksdb-native` (Holepunch, v3; it ships no types) that
 * src/storage/state-db.ts uses. Read from the package's index.js and lib/.
 * Keys and values are bytes (Buffer); strings are encoded as UTF-8.
 */
declare module 'rocksdb-native' {
  export interface RocksDBOptions {
    createIfMissing?: boolean
    readOnly?: boolean
    /** memtable size of the default column family, bytes (rocksdb-native lib/column-family.js; default 64 MiB) */
    writeBufferSize?: number
  }

  export interface RocksDBRange {
    gt?: Uint8Array | string | null
    gte?: Uint8Array | string | null
    lt?: Uint8Array | string | null
    lte?: Uint8Array | string | null
    reverse?: boolean
    limit?: number
    values?: boolean
  }

  export interface RocksDBEntry {
    key: Buffer
    value: Buffer | null
  }

  /** A streamx Readable of entries; `destroy()` releases the native iterator. */
  export interface RocksDBIterator extends AsyncIterable<RocksDBEntry> {
    destroy(err?: Error): void
  }

  /** A write batch: queue with `tryPut`/`tryDelete`, apply atomically with `flush()`, then `destroy()`. */
  export interface RocksDBWriteBatch {
    tryPut(key: Uint8Array | string, value: Uint8Array | string): void
    tryDelete(key: Uint8Array | string): void
    flush(): Promise<void>
    destroy(): void
  }

  class RocksDB {
    constructor(path: string, opts?: RocksDBOptions)
    readonly opened: boolean
    readonly closed: boolean
    ready(): Promise<void>
    close(opts?: { force?: boolean }): Promise<void>
    get(key: Uint8Array | string): Promise<Buffer | null>
    write(opts?: { capacity?: number }): RocksDBWriteBatch
    iterator(range?: RocksDBRange): RocksDBIterator
    /** A session reading one point-in-time view (a RocksDB snapshot) until it is closed. */
    snapshot(): RocksDB
    /** The value of a RocksDB property (`GetProperty`, e.g. `rocksdb.block-cache-usage`) as text. */
    getProperty(name: string): Promise<string>
  }

  export default RocksDB
}
