/**
 * Constants of the WASI preview1 ABI (`wasi_snapshot_preview1`) that the sandbox needs.
 *
 * Source: WebAssembly/WASI, legacy/preview1/witx/typenames.witx and wasi_snapshot_preview1.witx
 * (https://github.com/WebAssembly/WASI/tree/main/legacy/preview1).
 */

/** The import module name of WASI preview1. */
export const WASI_MODULE = 'wasi_snapshot_preview1'

/** Every function WASI preview1 defines; a module may import only these. */
export const WASI_PREVIEW1_FUNCTIONS: ReadonlySet<string> = new Set([
  'args_get', 'args_sizes_get', 'environ_get', 'environ_sizes_get', 'clock_res_get', 'clock_time_get',
  'fd_advise', 'fd_allocate', 'fd_close', 'fd_datasync', 'fd_fdstat_get', 'fd_fdstat_set_flags',
  'fd_fdstat_set_rights', 'fd_filestat_get', 'fd_filestat_set_size', 'fd_filestat_set_times', 'fd_pread',
  'fd_prestat_get', 'fd_prestat_dir_name', 'fd_pwrite', 'fd_read', 'fd_readdir', 'fd_renumber', 'fd_seek',
  'fd_sync', 'fd_tell', 'fd_write', 'path_create_directory', 'path_filestat_get', 'path_filestat_set_times',
  'path_link', 'path_open', 'path_readlink', 'path_remove_directory', 'path_rename', 'path_symlink',
  'path_unlink_file', 'poll_oneoff', 'proc_exit', 'proc_raise', 'sched_yield', 'random_get', 'sock_accept',
  'sock_recv', 'sock_send', 'sock_shutdown'
])

/** `errno` values (typenames.witx `$errno`). */
export const Errno = {
  success: 0,
  badf: 8,
  fault: 21,
  inval: 28,
  io: 29,
  nosys: 52,
  notsup: 58,
  spipe: 70,
  notcapable: 76
} as const

/** `clockid` values. */
export const ClockId = {
  realtime: 0,
  monotonic: 1,
  processCputime: 2,
  threadCputime: 3
} as const

/** `filetype` values. */
export const FileType = {
  unknown: 0,
  characterDevice: 2
} as const

/** `rights` bits used for the standard streams. */
export const Rights = {
  fdRead: 1n << 1n,
  fdWrite: 1n << 6n,
  pollFdReadwrite: 1n << 27n
} as const

/** `eventtype` values of `poll_oneoff` subscriptions. */
export const EventType = {
  clock: 0,
  fdRead: 1,
  fdWrite: 2
} as const

/** `subclockflags`: the timeout is an absolute time. */
export const SUBSCRIPTION_CLOCK_ABSTIME = 1
