/**
 * The WASI sandbox: run a WebAssembly (WASI preview1) task with memory, time and output limits,
 * deterministic clocks and randomness, and no file system or network.
 */
export { runInSandbox, SEED_BYTES, MAX_TIMEOUT_MS, SHARED_MODULE_CACHE_BYTES } from './wasi-sandbox.ts'
export type { ExecutionOutcome, SandboxTask, SandboxResult, RunInSandboxOptions } from './wasi-sandbox.ts'
export { inspectModule, prepareModule, limitModule, MAX_TABLE_ELEMENTS, MAX_WASM32_PAGES } from './module-inspect.ts'
export type { ModuleInfo, PreparedModule } from './module-inspect.ts'
export { ModuleCache, LruMap, moduleHash } from './module-cache.ts'
export type { ModuleCacheOptions, ModuleCacheStats } from './module-cache.ts'
export { InspectThread } from './inspect-host.ts'
export { releaseSandboxThreads, sharedSandboxPool, SandboxPool, DEFAULT_POOL_SIZE } from './sandbox-pool.ts'
export type { SandboxPoolOptions, SandboxPoolStats } from './sandbox-pool.ts'
export { InvalidModuleError, MemoryLimitError, InvalidSandboxTaskError, SandboxHostError } from './errors.ts'
export { VIRTUAL_EPOCH_NS, VIRTUAL_CLOCK_STEP_NS } from './deterministic-sources.ts'
