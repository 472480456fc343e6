/**
 * Figures printed beside their floors: the cheapest way of doing the same
 * thing, measured in the same run on the same machine (bench/e2e-latency.ts).
 *
 * The ratio always says how many times the floor's cost a figure is, so 1 is
 * "at the floor" and larger is worse: for a latency (`kind: 'cost'`) it is
 * value / floor, for a rate such as tasks per second (`kind: 'rate'`) it is
 * floor / value.
 */
import { ratio } from './stats.ts'

/** One figure and its floor. */
export interface FloorFigure {
  /** what was measured, e.g. `sandbox, trivial, p50` */
  figure: string
  value: number
  /** unit of `value` and `floor`, e.g. `ms`, `tasks/s` */
  unit: string
  /** what the floor is, e.g. `bare WASI run, p50` */
  floorName: string
  floor: number
  /** `cost`: lower is better (latency); `rate`: higher is better (throughput) */
  kind: 'cost' | 'rate'
}

/**
 * Times the floor's cost `f` is, two decimals: value / floor for a cost,
 * floor / value for a rate; NaN when the divisor is 0 or either is not a finite number.
 */
export function floorRatio (f: Pick<FloorFigure, 'value' | 'floor' | 'kind'>): number {
  if (!Number.isFinite(f.value) || !Number.isFinite(f.floor)) return Number.NaN
  return f.kind === 'cost' ? ratio(f.value, f.floor) : ratio(f.floor, f.value)
}

/** Rows for `table()` (report.ts): a header, then figure, value, unit, floor, floor value, ratio (as `N x`). */
export function floorRows (figures: readonly FloorFigure[]): Array<Array<string | number>> {
  return [
    ['figure', 'value', 'unit', 'floor', 'floor value', 'x floor'],
    ...figures.map(f => {
      const r = floorRatio(f)
      return [f.figure, f.value, f.unit, f.floorName, f.floor, Number.isNaN(r) ? 'n/a' : `${r} x`]
    })
  ]
}
