/**
 * The two-way mapping between a protobuf enum's numbers and the names the
 * rest of the code uses (task states, execution statuses, event kinds).
 */

/** A protobuf enum seen through names: both directions, and every name in wire order. */
export interface EnumNames<N extends string> {
  /** Every name, in the order the pairs were given. */
  readonly names: readonly N[]
  /** Number -> name; `undefined` for numbers without a name (0 = UNSPECIFIED, unknown values). */
  fromWire: (value: number | null | undefined) => N | undefined
  /** Name -> number. */
  toWire: (name: N) => number
}

/**
 * @param pairs `[enum number, name]`, each number and each name once
 * @throws {Error} when a number or a name appears twice
 */
export function enumNames<N extends string> (pairs: ReadonlyArray<readonly [number, N]>): EnumNames<N> {
  const byNumber = new Map<number, N>()
  const byName = new Map<N, number>()
  for (const [value, name] of pairs) {
    if (byNumber.has(value) || byName.has(name)) throw new Error(`enum mapping repeats ${value} or ${name}`)
    byNumber.set(value, name)
    byName.set(name, value)
  }
  return {
    names: pairs.map(([, name]) => name),
    fromWire: value => value == null ? undefined : byNumber.get(value),
    toWire: name => byName.get(name)!
  }
}
