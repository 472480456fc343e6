/** Small formatters for human-readable output. */

/** A peer id shortened to its first 8 and last 6 characters (`12D3KooW…a1b2c3`). */
export function shortPeer (peerId: string): string {
  if (peerId === '') return '-'
  return peerId.length <= 18 ? peerId : `${peerId.slice(0, 8)}…${peerId.slice(-6)}`
}

/** A duration in ms as `850 ms`, `12.3 s` or `4m 05s`. */
export function formatMs (ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
}

/** A number with `digits` decimals. */
export function fixed (n: number, digits = 3): string {
  return n.toFixed(digits)
}

/** Renders rows as left-aligned columns separated by two spaces. */
export function table (header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
  return [line(header), ...rows.map(line)].join('\n') + '\n'
}
