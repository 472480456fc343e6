/**
 * Entry point of the module-inspection thread (a `worker_threads` Worker, see
 * inspect-host.ts): answers each {@link InspectRequest} with
 * `prepareModule(bytes)` or the refusal, in order, for as long as it lives.
 */
import { parentPort } from 'node:worker_threads'
import { prepareModule } from './module-inspect.ts'
import type { InspectReply, InspectRequest } from './inspect-host.ts'

parentPort?.on('message', (request: InspectRequest) => {
  let reply: InspectReply
  try {
    reply = { id: request.id, ok: true, prepared: prepareModule(request.bytes) }
  } catch (err) {
    const e = err as Error
    reply = { id: request.id, ok: false, name: e?.name ?? 'Error', message: e?.message ?? String(err) }
  }
  // copied, not transferred: head and tail may be views of a shared (pooled) buffer
  parentPort?.postMessage(reply)
})
