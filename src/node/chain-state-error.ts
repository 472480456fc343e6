/** The error a node refuses to start with when its stored chains or ledger do not verify. */
import type { ChainCorruptError } from '../chain/errors.ts'

/**
 * Start-up found bad stored state (chain-verify.ts): the message names, per
 * bad chain, the producer, the height and the first bad field, and the way
 * out (`bin/node chain repair --data-dir D`, which truncates to the last
 * valid block; range sync re-fetches the rest on the next start).
 */
export class ChainStateError extends Error {
  static override readonly name = 'ChainStateError'
  override readonly name = 'ChainStateError'
  /** One error per bad chain, in producer order. */
  readonly errors: ChainCorruptError[]

  constructor (dataDir: string, errors: ChainCorruptError[]) {
    const lines = errors.map(e => `  - producer ${e.producer}, height ${e.height}, field ${e.field}: ${e.message}`)
    super(`the stored state does not verify; the node does not start on it:\n${lines.join('\n')}\n` +
      `inspect with \`bin/node chain verify --data-dir ${dataDir}\`; repair with \`bin/node chain repair --data-dir ${dataDir}\` ` +
      '(truncates each bad chain to its last valid block and rewrites the ledger from the chain; the missing blocks are fetched from peers on the next start)', { cause: errors[0] })
    this.errors = errors
  }
}
