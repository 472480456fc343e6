/**
 * The AILEE client library: submit WebAssembly tasks to a coordinator, follow
 * them (progress events decoded with the shared `taskEventFromWire` of
 * src/protocol/task-events.ts), cancel them, query their status and the
 * coordinator's workers, and fetch the proof of a sealed receipt. See {@link AileeClient} for an example.
 */
export { AileeClient, type ClientOptions } from './ailee-client.ts'
export * from './errors.ts'
export type * from './types.ts'
export { isTerminalState } from '../protocol/task-states.ts'
export { PAGES_PER_MIB } from './convert.ts'
export type { AccountBalanceInfo } from '../protocol/messages/accounts.ts'
export { formatAmount, parseCredits, toAmount, MAX_AMOUNT } from '../chain/amount.ts'
export { newContentKey, openOutput, openContent, EnvelopeError, CONTENT_KEY_BYTES } from '../content/envelope.ts'
