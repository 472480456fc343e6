/**
 * Summaries of V8 CPU profiles (`.cpuprofile`, as `node --cpu-prof` writes
 * them: the Chrome DevTools Protocol's `Profiler.Profile`, a tree of call
 * frames with `samples` (the leaf node id of each sample) and `timeDeltas`
 * (µs between samples); `startTime` is V8's monotonic clock in µs, the clock
 * of `process.hrtime`, so a window measured in another process on the same
 * machine selects the same samples).
 *
 * Each sample counts once as *self* time of its leaf frame, once as *total*
 * time of every distinct function on its stack (recursion counted once), as
 * DevTools' bottom-up and top-down views do, and once for the innermost frame
 * of the project's own code on its stack (`src/`: which of our functions the
 * time is spent under, library time included). A sample weighs the profile's
 * nominal interval (the median of `timeDeltas`), not its own delta: V8 samples
 * on a wall-clock timer, so on a loaded machine a thread that was not running
 * gets one sample with a long delta when it runs again, and weighing by delta
 * would charge the wait to whatever it was doing (often a socket write, which
 * wakes the reader). Counts are thus a measure of CPU time, not wall time.
 */
import { readFile } from 'node:fs/promises'

/** One node of `Profiler.Profile.nodes`. */
interface ProfileNode {
  id: number
  callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }
  children?: number[]
}

/** The parts of `Profiler.Profile` used here. */
export interface CpuProfile {
  nodes: ProfileNode[]
  /** µs, V8 monotonic clock */
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** One row of a summary: a key (function or module) and its time, ms. */
export interface ProfileRow {
  key: string
  ms: number
  /** share of the window's sampled time, % */
  pct: number
}

/** What one profile spent in a window. Times in ms of sampled CPU (idle excluded). */
export interface ProfileSummary {
  /** sampled time in the window that was not `(idle)`, ms */
  busyMs: number
  /** `(idle)` samples in the window, ms */
  idleMs: number
  /** self time by function (`name file:line`), highest first */
  selfByFunction: ProfileRow[]
  /** self time by module: the npm package (`@scope/name`), `src/<dir>/<file>` of the project, `node:` internals, or a V8 pseudo-frame such as `(garbage collector)` */
  selfByModule: ProfileRow[]
  /** total (inclusive) time by function, highest first */
  totalByFunction: ProfileRow[]
  /** time by the innermost project function (`src/`) on the stack, `(outside src/)` when none */
  byOwnFunction: ProfileRow[]
}

/**
 * Reads a `.cpuprofile` file.
 *
 * @throws Error when the file cannot be read or is not JSON of a profile
 */
export async function readCpuProfile (path: string): Promise<CpuProfile> {
  const p = JSON.parse(await readFile(path, 'utf8')) as CpuProfile
  if (!Array.isArray(p.nodes) || !Array.isArray(p.samples) || !Array.isArray(p.timeDeltas)) throw new Error(`${path}: not a V8 CPU profile`)
  return p
}

/**
 * The module a frame's url belongs to: `pkg` for `.../node_modules/pkg/...`
 * (`@scope/pkg` for scoped ones), the path from `src/`, `bench/` or `test/`
 * for the project's own files, `node:...` internals as they are, and the
 * function name for V8's pseudo-frames (`(garbage collector)`, `(program)`).
 */
export function moduleOf (url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)'
  const nm = url.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  const own = /\/((?:src|bench|test)\/.*)$/.exec(url)
  if (own != null) return own[1]
  return url.replace(/^file:\/\//, '')
}

function functionKey (f: ProfileNode['callFrame']): string {
  const name = f.functionName === '' ? '(anonymous)' : f.functionName
  if (f.url === '') return name
  const m = moduleOf(f.url, name)
  const file = f.url.slice(f.url.lastIndexOf('/') + 1)
  return `${name} ${m.endsWith(file) ? m : `${m}/…/${file}`}:${f.lineNumber + 1}`
}

/**
 * Summarises the samples of `profiles` (e.g. the main threads of every worker
 * process) taken in `[fromUs, toUs]` (V8 monotonic µs; the whole profiles when
 * omitted), added together.
 *
 * @param top rows kept per table
 * @param focus when given, only samples with a frame on their stack whose `name file:line` matches it count (e.g. `/createPrivateKey/` to see who signs); `busyMs` is then theirs
 */
export function summarizeProfiles (profiles: CpuProfile[], fromUs = Number.NEGATIVE_INFINITY, toUs = Number.POSITIVE_INFINITY, top = 30, focus?: RegExp): ProfileSummary {
  const self = new Map<string, number>()
  const mod = new Map<string, number>()
  const total = new Map<string, number>()
  const own = new Map<string, number>()
  let busy = 0
  let idle = 0
  for (const profile of profiles) {
    const r = addProfile(profile, fromUs, toUs, self, mod, total, own, focus)
    busy += r.busy
    idle += r.idle
  }
  const rows = (m: Map<string, number>): ProfileRow[] => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([key, ms]) => ({ key, ms: Math.round(ms * 10) / 10, pct: busy === 0 ? 0 : Math.round(ms / busy * 1000) / 10 }))
  return { busyMs: Math.round(busy), idleMs: Math.round(idle), selfByFunction: rows(self), selfByModule: rows(mod), totalByFunction: rows(total), byOwnFunction: rows(own) }
}

function addProfile (profile: CpuProfile, fromUs: number, toUs: number, self: Map<string, number>, mod: Map<string, number>, total: Map<string, number>, own: Map<string, number>, focus: RegExp | undefined): { busy: number, idle: number } {
  const byId = new Map<number, ProfileNode>()
  const parent = new Map<number, number>()
  for (const n of profile.nodes) {
    byId.set(n.id, n)
    for (const c of n.children ?? []) parent.set(c, n.id)
  }
  const stackKeys = new Map<number, { keys: string[], own: string }>() // node id -> distinct function keys on its stack, innermost src/ frame
  const keysOf = (id: number): { keys: string[], own: string } => {
    let r = stackKeys.get(id)
    if (r != null) return r
    const set = new Set<string>()
    let inner: string | undefined
    for (let n: number | undefined = id; n != null; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame
      if (f.functionName === '(root)') continue
      const key = functionKey(f)
      set.add(key)
      if (inner == null && /\/src\//.test(f.url) && !f.url.includes('/node_modules/')) inner = key
    }
    r = { keys: [...set], own: inner ?? '(outside src/)' }
    stackKeys.set(id, r)
    return r
  }
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b)
  const dt = (sorted[Math.floor(sorted.length / 2)] ?? 1000) / 1000 // nominal interval, ms
  let busy = 0
  let idle = 0
  let t = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]
    if (t < fromUs || t > toUs) continue
    const node = byId.get(profile.samples[i])
    if (node == null) continue
    const f = node.callFrame
    if (f.functionName === '(idle)') { idle += dt; continue }
    if (focus != null && !keysOf(node.id).keys.some(k => focus.test(k))) continue
    busy += dt
    const key = functionKey(f)
    self.set(key, (self.get(key) ?? 0) + dt)
    const m = moduleOf(f.url, f.functionName)
    mod.set(m, (mod.get(m) ?? 0) + dt)
    const stack = keysOf(node.id)
    for (const k of stack.keys) total.set(k, (total.get(k) ?? 0) + dt)
    own.set(stack.own, (own.get(stack.own) ?? 0) + dt)
  }
  return { busy, idle }
}

/**
 * A summary as text: four tables (self by module, self by function, total by
 * function, by innermost src/ function), each row `ms  %  ms/task  key` when `tasks` is given.
 */
export function formatSummary (title: string, s: ProfileSummary, tasks?: number, rows = 20): string {
  const perTask = (ms: number): string => tasks == null || tasks === 0 ? '' : `${(ms / tasks).toFixed(3).padStart(8)}  `
  const head = tasks == null ? '' : ' ms/task  '
  const table = (name: string, r: ProfileRow[]): string => `  ${name}\n      ms      %  ${head}\n` +
    r.slice(0, rows).map(x => `  ${x.ms.toFixed(0).padStart(6)}  ${x.pct.toFixed(1).padStart(5)}  ${perTask(x.ms)}${x.key}`).join('\n')
  return `${title}: busy ${s.busyMs} ms${tasks == null ? '' : ` (${(s.busyMs / Math.max(1, tasks)).toFixed(2)} ms/task over ${tasks} tasks)`}, idle ${s.idleMs} ms\n` +
    [table('self time by module', s.selfByModule), table('self time by function', s.selfByFunction), table('total time by function', s.totalByFunction), table('time by innermost src/ function', s.byOwnFunction)].join('\n') + '\n'
}
