/**
 * The node's HTTP listener for operators (node:http, no framework):
 *
 * - `GET /metrics`: Prometheus text exposition format 0.0.4 of the node's registry;
 * - `GET /health`: 200 with a {@link HealthReport} while the event loop answers;
 * - `GET /ready`: 200 with a {@link ReadinessReport} when ready, 503 with the same shape when not.
 *
 * `HEAD` is answered like `GET` without a body; other methods get 405, other
 * paths 404. Nothing here changes the node: it only reads.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { LISTEN_ADDRESS } from '../config/schema.ts'
import type { HealthReport, ReadinessReport } from './readiness.ts'

/** What the listener serves. */
export interface OpsEndpoints {
  /** The scrape: body and its Content-Type. */
  metrics: () => Promise<{ contentType: string, body: string }>
  health: () => Promise<HealthReport>
  ready: () => Promise<ReadinessReport> | ReadinessReport
}

/** A listening ops server. */
export interface OpsServer {
  /** `http://<host>:<port>` as bound (port 0 resolved), IPv6 hosts in brackets */
  url: string
  /** `${url}/metrics` */
  metricsUrl: string
  /** Stops listening and closes idle and open connections. Idempotent. */
  close: () => Promise<void>
}

/** Thrown when `metrics.listen` cannot be bound (in use, not an address of this host, no permission). */
export class MetricsListenError extends Error {
  static readonly NAME = 'MetricsListenError'
  override name = MetricsListenError.NAME
}

/**
 * Splits `host:port` (see `LISTEN_ADDRESS` in src/config/schema.ts).
 *
 * @returns host without brackets, and port
 * @throws {MetricsListenError} when `listen` is not `host:port` with a port 0-65535
 */
export function parseListenAddress (listen: string): { host: string, port: number } {
  const m = LISTEN_ADDRESS.exec(listen)
  const port = Number(m?.[2])
  if (m == null || port > 65535) throw new MetricsListenError(`metrics.listen ${JSON.stringify(listen)} is not host:port (e.g. 127.0.0.1:9464)`)
  return { host: m[1].replace(/^\[|\]$/g, ''), port }
}

/**
 * Starts the listener on `listen` (`host:port`, port 0 = any free port).
 *
 * @throws {MetricsListenError} when the address is malformed or cannot be bound (the message names
 *   `metrics.listen`, the address and the system error, e.g. EADDRINUSE)
 */
export async function startOpsServer (listen: string, endpoints: OpsEndpoints): Promise<OpsServer> {
  const { host, port } = parseListenAddress(listen)
  const server = createServer((req, res) => { void serve(req, res, endpoints) })
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(new MetricsListenError(`cannot serve metrics on metrics.listen ${listen}: ${err.code ?? ''} ${err.message} (choose another --metrics-listen, port 0 for any free port, or --no-metrics)`, { cause: err }))
    }
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${shownHost}:${address.port}`
  let closing: Promise<void> | undefined
  return {
    url,
    metricsUrl: `${url}/metrics`,
    close: async () => {
      closing ??= new Promise<void>(resolve => {
        server.close(() => { resolve() })
        server.closeAllConnections()
      })
      await closing
    }
  }
}

async function serve (req: IncomingMessage, res: ServerResponse, endpoints: OpsEndpoints): Promise<void> {
  const path = (req.url ?? '/').split('?')[0]
  const head = req.method === 'HEAD'
  try {
    if (req.method !== 'GET' && !head) {
      send(res, 405, 'text/plain; charset=utf-8', `${req.method ?? ''} not allowed: GET ${path}\n`, head, { Allow: 'GET, HEAD' })
      return
    }
    switch (path) {
      case '/metrics': {
        const { contentType, body } = await endpoints.metrics()
        send(res, 200, contentType, body, head)
        return
      }
      case '/health':
        sendJson(res, 200, await endpoints.health(), head)
        return
      case '/ready': {
        const report = await endpoints.ready()
        sendJson(res, report.ready ? 200 : 503, report, head)
        return
      }
      default:
        send(res, 404, 'text/plain; charset=utf-8', `not found: ${path} (this endpoint serves /metrics, /health and /ready)\n`, head)
    }
  } catch (err) {
    send(res, 500, 'text/plain; charset=utf-8', `${path} failed: ${(err as Error)?.message ?? String(err)}\n`, head)
  }
}

function sendJson (res: ServerResponse, status: number, body: unknown, head: boolean): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body) + '\n', head)
}

function send (res: ServerResponse, status: number, contentType: string, body: string, head: boolean, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...headers })
  res.end(head ? undefined : body)
}
