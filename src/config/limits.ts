/**
 * How the configured limits relate, and the start-up check that refuses a
 * configuration whose limits contradict each other (docs/architecture.md,
 * "How the size limits relate").
 */
import { BITSWAP_MAX_MESSAGE_BYTES, FRAME_SLACK_BYTES, MAX_CONTENT_BLOCK_BYTES } from '../p2p/transport-limits.ts'
import type { NodeConfig } from './schema.ts'

const MiB = 1024 * 1024

/** Largest module WebAssembly engines compile (V8's `kV8MaxWasmModuleSize`, 1 GiB), bytes. */
export const MAX_ENGINE_MODULE_BYTES = 1024 * MiB

/** Largest signed receipt a result may carry (src/coordinator/verification.ts), bytes. */
const MAX_RECEIPT_BYTES = 1024

/**
 * Time allowed to fetch `bytes` of content: `timeouts.fetchMs` covers the first
 * MiB (and learning the size), `timeouts.fetchMsPerMiB` each further started MiB.
 *
 * @param timeouts `fetchMs` and `fetchMsPerMiB` of the config, ms
 * @param bytes content size, bytes (non-negative)
 * @returns ms
 */
export function fetchWindowMs (timeouts: Pick<NodeConfig['timeouts'], 'fetchMs' | 'fetchMsPerMiB'>, bytes: number): number {
  const furtherMiB = Math.max(0, Math.ceil(bytes / MiB) - 1)
  return timeouts.fetchMs + furtherMiB * timeouts.fetchMsPerMiB
}

/**
 * Time a worker allows, and the coordinator's lease deadline counts, for
 * fetching a task's module and input together at their largest sizes
 * (`fetchWindowMs` of `maxModuleBytes + maxInputBytes`), ms.
 */
export function taskFetchWindowMs (config: Pick<NodeConfig, 'limits' | 'timeouts'>): number {
  return fetchWindowMs(config.timeouts, config.limits.maxModuleBytes + config.limits.maxInputBytes)
}

/**
 * Largest message the protocol must carry for the configured limits: a
 * `TaskResult` or a client's status answer holds stdout and stderr (each up
 * to `maxOutputBytes`), a receipt and the task's args and env, plus envelope. Bytes.
 */
export function largestRequiredMessageBytes (limits: NodeConfig['limits']): number {
  return 2 * limits.maxOutputBytes + limits.maxArgsEnvBytes + MAX_RECEIPT_BYTES + FRAME_SLACK_BYTES
}

/**
 * The contradictions between the limits of `config`, each a sentence naming
 * the keys and values; empty when they agree.
 */
export function limitContradictions (config: Pick<NodeConfig, 'limits' | 'timeouts'> & Partial<Pick<NodeConfig, 'chain'>>): string[] {
  const { limits, timeouts } = config
  const out: string[] = []
  const sync = config.chain?.sync
  if (sync != null && sync.maxResponseBytes + FRAME_SLACK_BYTES > limits.maxMessageBytes) {
    out.push(`chain.sync.maxResponseBytes (${sync.maxResponseBytes}) plus envelope (${FRAME_SLACK_BYTES}) is over limits.maxMessageBytes (${limits.maxMessageBytes}): a full block range could not be sent`)
  }
  if (sync != null && config.chain!.maxForeignBlockBytes > sync.maxResponseBytes) {
    out.push(`chain.maxForeignBlockBytes (${config.chain!.maxForeignBlockBytes}) is over chain.sync.maxResponseBytes (${sync.maxResponseBytes}): a block of that size could never be synced`)
  }
  const required = largestRequiredMessageBytes(limits)
  if (limits.maxMessageBytes < required) {
    out.push(`limits.maxMessageBytes (${limits.maxMessageBytes}) is below the largest message the other limits allow: ` +
      `2 x limits.maxOutputBytes + limits.maxArgsEnvBytes + receipt and envelope = ${required} bytes`)
  }
  for (const key of ['maxInlineBytes', 'assignInlineBytes'] as const) {
    if (limits[key] + limits.maxArgsEnvBytes + FRAME_SLACK_BYTES > limits.maxMessageBytes) {
      out.push(`limits.${key} (${limits[key]}) plus limits.maxArgsEnvBytes and envelope is over limits.maxMessageBytes (${limits.maxMessageBytes}): a message with the largest inline content could not be sent`)
    }
  }
  if (limits.maxInFlightFrameBytes < limits.maxMessageBytes) {
    out.push(`limits.maxInFlightFrameBytes (${limits.maxInFlightFrameBytes}) is below limits.maxMessageBytes (${limits.maxMessageBytes}): a message of the largest allowed size could never be read`)
  }
  if (limits.maxModuleBytes > MAX_ENGINE_MODULE_BYTES) {
    out.push(`limits.maxModuleBytes (${limits.maxModuleBytes}) is over ${MAX_ENGINE_MODULE_BYTES}, the largest module the WebAssembly engine compiles`)
  }
  if (MAX_CONTENT_BLOCK_BYTES + FRAME_SLACK_BYTES > BITSWAP_MAX_MESSAGE_BYTES) {
    out.push(`content blocks of ${MAX_CONTENT_BLOCK_BYTES} bytes do not fit bitswap messages of ${BITSWAP_MAX_MESSAGE_BYTES} bytes`)
  }
  const fetchMs = taskFetchWindowMs(config)
  if (fetchMs + timeouts.executionMs > timeouts.totalMs) {
    out.push(`timeouts.totalMs (${timeouts.totalMs}) is shorter than fetching a module and input of the largest sizes ` +
      `(${fetchMs} ms: timeouts.fetchMs + timeouts.fetchMsPerMiB per MiB) plus timeouts.executionMs (${timeouts.executionMs})`)
  }
  return out
}
