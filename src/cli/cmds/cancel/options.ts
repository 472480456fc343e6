/** Options of `cancel` and their translation into `AileeClient.cancel`'s arguments. */
import type { ClientCliOptions } from '../../util/client-options.ts'

/** `cancel` options as commander parses them. */
export interface CancelCliOptions extends ClientCliOptions {
  /** `--reason TEXT`; unset means no reason. */
  reason?: string
}

/** The `reason` argument of `AileeClient.cancel`: `--reason` trimmed, `''` when unset. */
export function cancelReason (opts: CancelCliOptions): string {
  return opts.reason?.trim() ?? ''
}
