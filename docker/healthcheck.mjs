// Docker HEALTHCHECK of the AILEE node image (docker/Dockerfile): GET /health on the node's
// metrics listener; exit 0 when it answers 200 within HEALTHCHECK_TIMEOUT_MS (default
// 4000 ms), 1 otherwise, with the reason on stderr (`docker inspect` shows it).
//
// The address is AILEE_METRICS_LISTEN (host:port, as the node binds it; 0.0.0.0 and :: are
// asked on the loopback address), default 127.0.0.1:9464. HEALTHCHECK_PATH picks another
// path (e.g. /ready for a check that also wants the node ready to work).
const listen = process.env.AILEE_METRICS_LISTEN || '127.0.0.1:9464'
const path = process.env.HEALTHCHECK_PATH || '/health'
const timeoutMs = Number(process.env.HEALTHCHECK_TIMEOUT_MS || 4000)

const colon = listen.lastIndexOf(':')
let host = colon > 0 ? listen.slice(0, colon) : '127.0.0.1'
const port = colon >= 0 ? listen.slice(colon + 1) : listen
host = host.replace(/^\[|\]$/g, '')
if (host === '0.0.0.0' || host === '') host = '127.0.0.1'
if (host === '::') host = '::1'
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${path}`

try {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  const body = await res.text()
  if (res.status !== 200) {
    process.stderr.write(`${url}: HTTP ${res.status} ${body.slice(0, 500)}\n`)
    process.exit(1)
  }
  process.stdout.write(`${url}: ${body.slice(0, 200)}\n`)
} catch (err) {
  process.stderr.write(`${url}: ${err?.cause?.message ?? err?.message ?? err}\n`)
  process.exit(1)
}
