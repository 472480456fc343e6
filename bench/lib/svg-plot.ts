/**
 * A small SVG line-chart grid (no dependencies): panels of time series with
 * axes, ticks and a legend, for plots drawn from real scrapes
 * (bench/metrics-plot.ts). Coordinates are SVG user units (pixels).
 */

/** One line of a panel: points as [x seconds, y value]; NaN y values break the line. */
export interface Series {
  label: string
  points: Array<[number, number]>
  /** stroke colour; @default the palette's next */
  color?: string
  /** dashed line */
  dashed?: boolean
}

/** One chart of the grid. */
export interface Panel {
  title: string
  /** y axis unit shown after the title, e.g. "tasks/s" */
  unit: string
  series: Series[]
  /** lowest y shown. @default 0 */
  yMin?: number
  /** y values are integers (ticks rounded). @default false */
  integer?: boolean
}

/** Grafana's classic palette. */
const PALETTE = ['#7eb26d', '#eab839', '#6ed0e0', '#ef843c', '#e24d42', '#1f78c1', '#ba43a9', '#705da0', '#508642', '#cca300']

const PANEL_W = 520
const PANEL_H = 250
const MARGIN = { left: 56, right: 16, top: 34, bottom: 58 }

function esc (text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** 3-5 "nice" tick values covering [min, max] (1, 2, 5 x 10^k steps). */
export function niceTicks (min: number, max: number, integer = false): number[] {
  if (!(max > min)) max = min + 1
  const raw = (max - min) / 4
  const mag = 10 ** Math.floor(Math.log10(raw))
  let step = [1, 2, 5, 10].map(m => m * mag).find(s => s >= raw) ?? 10 * mag
  if (integer) step = Math.max(1, Math.round(step))
  const ticks: number[] = []
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)))
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step)
  return ticks
}

function fmt (v: number): string {
  if (v === 0) return '0'
  const a = Math.abs(v)
  if (a >= 1e6) return `${(v / 1e6).toPrecision(3)}M`
  if (a >= 1e3) return `${(v / 1e3).toPrecision(3)}k`
  if (a < 0.01) return v.toExponential(0)
  return String(Number(v.toPrecision(3)))
}

function drawPanel (panel: Panel, ox: number, oy: number, xMax: number): string {
  const w = PANEL_W - MARGIN.left - MARGIN.right
  const h = PANEL_H - MARGIN.top - MARGIN.bottom
  const ys = panel.series.flatMap(s => s.points.map(p => p[1])).filter(Number.isFinite)
  const yMin = panel.yMin ?? 0
  const yTicks = niceTicks(yMin, Math.max(yMin + (panel.integer === true ? 1 : 1e-9), ...ys), panel.integer)
  const yTop = yTicks[yTicks.length - 1]
  const xTop = Math.max(1, xMax)
  const xTicks = niceTicks(0, xTop, true).filter(t => t <= xTop)
  const X = (x: number): number => MARGIN.left + (x / xTop) * w
  const Y = (y: number): number => MARGIN.top + h - ((y - yMin) / (yTop - yMin)) * h
  const out: string[] = [`<g transform="translate(${ox},${oy})">`]
  out.push(`<rect x="0.5" y="0.5" width="${PANEL_W - 1}" height="${PANEL_H - 1}" fill="#181b1f" stroke="#2c3235"/>`)
  out.push(`<text x="12" y="21" fill="#d8d9da" font-size="13" font-weight="600">${esc(panel.title)} <tspan fill="#8e8e8e" font-weight="400">(${esc(panel.unit)})</tspan></text>`)
  for (const t of yTicks) {
    out.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + w}" y1="${Y(t)}" y2="${Y(t)}" stroke="#2c3235"/>`)
    out.push(`<text x="${MARGIN.left - 6}" y="${Y(t) + 4}" fill="#8e8e8e" font-size="10" text-anchor="end">${fmt(t)}</text>`)
  }
  for (const t of xTicks) {
    out.push(`<text x="${X(t)}" y="${MARGIN.top + h + 14}" fill="#8e8e8e" font-size="10" text-anchor="middle">${t}s</text>`)
  }
  panel.series.forEach((s, i) => {
    const color = s.color ?? PALETTE[i % PALETTE.length]
    let d = ''
    let pen = false
    for (const [x, y] of s.points) {
      if (!Number.isFinite(y)) { pen = false; continue }
      d += `${pen ? 'L' : 'M'}${X(x).toFixed(1)},${Y(y).toFixed(1)}`
      pen = true
    }
    if (d !== '') out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.6"${s.dashed === true ? ' stroke-dasharray="4 3"' : ''}/>`)
    const lx = 12 + (i % 4) * 126
    const ly = MARGIN.top + h + 30 + Math.floor(i / 4) * 14
    out.push(`<rect x="${lx}" y="${ly - 8}" width="10" height="3" fill="${color}"/><text x="${lx + 14}" y="${ly - 3}" fill="#c7d0d9" font-size="10">${esc(s.label)}</text>`)
  })
  out.push('</g>')
  return out.join('\n')
}

/**
 * An SVG document of `panels` in a grid of `columns`, x axes from 0 to `xMax`
 * seconds, with `title` and a `subtitle` line above.
 */
export function svgGrid (title: string, subtitle: string, panels: Panel[], xMax: number, columns = 2): string {
  const rows = Math.ceil(panels.length / columns)
  const width = columns * PANEL_W + (columns + 1) * 10
  const height = 56 + rows * (PANEL_H + 10)
  const body = panels.map((p, i) => drawPanel(p, 10 + (i % columns) * (PANEL_W + 10), 56 + Math.floor(i / columns) * (PANEL_H + 10), xMax))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, Helvetica, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#111217"/>`,
    `<text x="12" y="24" fill="#d8d9da" font-size="17" font-weight="600">${esc(title)}</text>`,
    `<text x="12" y="44" fill="#8e8e8e" font-size="11">${esc(subtitle)}</text>`,
    ...body,
    '</svg>',
    ''
  ].join('\n')
}
