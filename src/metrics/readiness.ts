/**
 * The bodies of `GET /health` and `GET /ready`: liveness (the process answers
 * and its event loop turns) and readiness (a list of named checks, each saying
 * what is missing). Kubernetes-style semantics: a node that is alive but not
 * ready (starting, validating its chain, without a coordinator, draining) must
 * not get traffic but must not be restarted either.
 */

/**
 * One readiness condition. `missing` returns undefined when the condition
 * holds, else a sentence saying what is missing (shown to the operator). It
 * must not throw; a check that throws counts as not ready with its message.
 */
export interface ReadinessCheck {
  /** short key in the JSON body, e.g. `chain` */
  name: string
  missing: () => string | undefined
}

/** JSON body of `GET /ready` (HTTP 200 when `ready`, else 503). */
export interface ReadinessReport {
  ready: boolean
  status: 'ready' | 'not ready'
  /** every check by name: ok, or what is missing */
  checks: Record<string, { ok: boolean, missing?: string }>
  /** the `missing` sentences of the failing checks, in check order */
  missing: string[]
}

/** JSON body of `GET /health` (always HTTP 200: an answer at all is the signal). */
export interface HealthReport {
  status: 'ok'
  role: string
  /** seconds since the node process started its node */
  uptimeSeconds: number
  /** time one `setImmediate` took to come round when asked, ms: how busy the event loop is */
  eventLoopLagMs: number
}

/** Evaluates `checks` in order: ready when none is missing anything. */
export function evaluateReadiness (checks: ReadinessCheck[]): ReadinessReport {
  const report: ReadinessReport = { ready: true, status: 'ready', checks: {}, missing: [] }
  for (const check of checks) {
    let missing: string | undefined
    try {
      missing = check.missing()
    } catch (err) {
      missing = `check failed: ${(err as Error)?.message ?? String(err)}`
    }
    report.checks[check.name] = missing == null ? { ok: true } : { ok: false, missing }
    if (missing != null) report.missing.push(missing)
  }
  report.ready = report.missing.length === 0
  report.status = report.ready ? 'ready' : 'not ready'
  return report
}

/**
 * The liveness body: measures one turn of the event loop (a `setImmediate`
 * round trip, ms) so a loop that answers slowly shows in the body.
 *
 * @param startedAtMs Unix ms the node started
 */
export async function healthReport (role: string, startedAtMs: number, now: () => number = Date.now): Promise<HealthReport> {
  const t0 = performance.now()
  await new Promise<void>(resolve => { setImmediate(resolve) })
  const lag = performance.now() - t0
  return { status: 'ok', role, uptimeSeconds: Math.max(0, (now() - startedAtMs) / 1000), eventLoopLagMs: Math.round(lag * 1000) / 1000 }
}
