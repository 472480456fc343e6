/**
 * The `logLevel` setting (`--log-level`, `AILEE_LOG_LEVEL`): one pino level
 * for the whole node, or a level per component, e.g.
 * `info`, `coordinator=debug,p2p=info`, `warn,chain=debug`.
 *
 * A component selector `X` covers the components named `X` and `X:<anything>`
 * (`coordinator` covers `coordinator:orchestrator`); the longest selector that
 * covers a component wins. The group `p2p` covers everything written through
 * the libp2p bridge (libp2p, gossipsub, kad-dht, Helia, bitswap and the
 * node's own p2p/protocol/content code); a selector naming such a component
 * itself (`libp2p:gossipsub=trace`) is more specific than `p2p`.
 */

/** The pino level names, most verbose first (`silent` logs nothing). */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const

/** A pino level name. */
export type LogLevelName = typeof LOG_LEVELS[number]

/** A parsed `logLevel` setting. */
export interface LogLevels {
  /** Level of components no selector covers. */
  level: LogLevelName
  /** Selector -> level, e.g. `{ coordinator: 'debug', p2p: 'info' }`. */
  components: Record<string, LogLevelName>
}

/** Thrown by {@link parseLogLevels} for text that is not a log level setting. */
export class LogLevelError extends Error {
  override name = 'LogLevelError'
}

/** The rule a `logLevel` value follows, as error messages quote it. */
export const LOG_LEVEL_RULE = `a level (${LOG_LEVELS.join(' | ')}) or a comma-separated list of component=level with at most one plain level, e.g. "coordinator=debug,p2p=info"`

const COMPONENT = /^[a-z0-9][a-z0-9:_-]*$/i

function isLevel (text: string): text is LogLevelName {
  return (LOG_LEVELS as readonly string[]).includes(text)
}

/**
 * Parses a `logLevel` setting.
 *
 * @param text `LEVEL`, `COMPONENT=LEVEL[,COMPONENT=LEVEL...]`, or both mixed
 *   (`warn,chain=debug`); whitespace around items is ignored
 * @param fallback level of components no selector covers when `text` has no plain level @default 'info'
 * @throws {LogLevelError} for an unknown level, a malformed item, two plain levels
 *   or a component named twice
 */
export function parseLogLevels (text: string, fallback: LogLevelName = 'info'): LogLevels {
  const items = text.split(',').map(item => item.trim())
  let level: LogLevelName | undefined
  const components: Record<string, LogLevelName> = {}
  for (const item of items) {
    if (item === '') throw new LogLevelError(`empty item in "${text}": expected ${LOG_LEVEL_RULE}`)
    const eq = item.indexOf('=')
    if (eq < 0) {
      if (!isLevel(item)) throw new LogLevelError(`"${item}" is not a log level (${LOG_LEVELS.join(' | ')})`)
      if (level != null) throw new LogLevelError(`two plain levels in "${text}": give at most one`)
      level = item
      continue
    }
    const component = item.slice(0, eq).trim()
    const value = item.slice(eq + 1).trim()
    if (!COMPONENT.test(component)) throw new LogLevelError(`"${component}" is not a component name (letters, digits, ':', '_', '-')`)
    if (!isLevel(value)) throw new LogLevelError(`"${value}" (for ${component}) is not a log level (${LOG_LEVELS.join(' | ')})`)
    if (components[component] != null) throw new LogLevelError(`component ${component} named twice in "${text}"`)
    components[component] = value
  }
  return { level: level ?? fallback, components }
}

/** True when `text` parses with {@link parseLogLevels}. */
export function isLogLevelSetting (text: string): boolean {
  try {
    parseLogLevels(text)
    return true
  } catch {
    return false
  }
}

/**
 * The level of `component` under `levels`: the level of the longest selector
 * covering it (see the module comment), else of `group` when a selector names
 * the group, else `levels.level`.
 *
 * @param component the `component` field of the log line, e.g. `coordinator:orchestrator`
 * @param group the component's group, e.g. `p2p` for the libp2p bridge's components
 */
export function levelOf (levels: LogLevels, component: string | undefined, group?: string): LogLevelName {
  let best: LogLevelName | undefined
  let bestLength = -1
  if (component != null) {
    for (const [selector, level] of Object.entries(levels.components)) {
      if ((component === selector || component.startsWith(`${selector}:`)) && selector.length > bestLength) {
        best = level
        bestLength = selector.length
      }
    }
  }
  if (best != null) return best
  if (group != null && levels.components[group] != null) return levels.components[group]
  return levels.level
}
