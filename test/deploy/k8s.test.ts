/**
 * The Kubernetes manifests of deploy/k8s/ (docs/deploy.md), checked offline:
 * every document of every file is validated against the Kubernetes API schema
 * of its apiVersion and kind by `kubernetes-models` (the OpenAPI schemas of the
 * Kubernetes API compiled to ajv validators; no cluster, no download at test
 * time), then the deployment's own rules are asserted: the coordinator a
 * single-replica StatefulSet with a persistent volume and a headless Service,
 * workers bootstrapping to that Service's stable name, probes on /health and
 * /ready, the resources of the seed roadmap, Prometheus annotations, and
 * configuration through AILEE_* variables from the ConfigMap.
 *
 * The schemas check types, required fields, enums and formats; like the
 * Kubernetes OpenAPI document they come from, they do not refuse unknown
 * fields, so the assertions below name every field the deployment relies on.
 */
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAllDocuments } from 'yaml'

const K8S_DIR = fileURLToPath(new URL('../../deploy/k8s/', import.meta.url))

/** One Kubernetes object of a manifest file. */
interface Manifest { file: string, index: number, object: any }

/** Parses every YAML document of every manifest (kustomization.yaml aside); YAML errors fail. */
async function loadManifests (): Promise<Manifest[]> {
  const files = (await readdir(K8S_DIR)).filter(f => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort()
  const out: Manifest[] = []
  for (const file of files) {
    // YAML 1.1, as kubectl reads it (e.g. 0400 is octal there)
    const docs = parseAllDocuments(await readFile(join(K8S_DIR, file), 'utf8'), { version: '1.1' })
    for (const [index, doc] of docs.entries()) {
      assert.deepEqual(doc.errors, [], `${file} document ${index}`)
      const object = doc.toJS()
      if (object != null) out.push({ file, index, object })
    }
  }
  return out
}

/**
 * Validates `object` with the kubernetes-models class of its apiVersion and kind.
 *
 * @throws when the kind is unknown to the Kubernetes API, or the object breaks its schema
 */
async function validateObject (object: any): Promise<void> {
  const apiVersion = String(object?.apiVersion ?? '')
  const kind = String(object?.kind ?? '')
  // core group: "v1" -> kubernetes-models/v1; others: "apps/v1" -> kubernetes-models/apps/v1
  let module: Record<string, any>
  try {
    module = await import(`kubernetes-models/${apiVersion}`)
  } catch (err) {
    throw new Error(`unknown apiVersion ${JSON.stringify(apiVersion)}: ${(err as Error).message}`)
  }
  const Model = module[kind]
  if (typeof Model !== 'function') throw new Error(`unknown kind ${JSON.stringify(kind)} in ${apiVersion}`)
  new Model(object).validate()
}

const manifests = await loadManifests()
const find = (kind: string, name: string): any => {
  const m = manifests.find(x => x.object.kind === kind && x.object.metadata?.name === name)
  assert.ok(m, `no ${kind} ${name} in deploy/k8s`)
  return m.object
}
const containerOf = (set: any, name: string): any => {
  const c = set.spec.template.spec.containers.find((x: any) => x.name === name)
  assert.ok(c, `no container ${name} in ${set.metadata.name}`)
  return c
}

describe('deploy/k8s manifests', () => {
  test('every document is a Kubernetes object that its API schema accepts', async () => {
    assert.ok(manifests.length >= 6, `only ${manifests.length} objects`)
    for (const { file, index, object } of manifests) {
      await assert.doesNotReject(validateObject(object), `${file} document ${index} (${object.kind} ${object.metadata?.name})`)
      if (object.kind === 'Namespace') assert.equal(object.metadata.name, 'ailee')
      else assert.equal(object.metadata?.namespace, 'ailee', `${file}: ${object.kind} ${object.metadata?.name} outside namespace ailee`)
    }
  })

  test('the validator refuses what the API server would: wrong types, missing required fields, unknown kinds', async () => {
    const set = structuredClone(find('StatefulSet', 'ailee-coordinator'))
    set.spec.replicas = 'one'
    await assert.rejects(validateObject(set), /replicas must be integer/)
    const noTemplate = structuredClone(find('StatefulSet', 'ailee-worker'))
    delete noTemplate.spec.template
    await assert.rejects(validateObject(noTemplate), /template/)
    const badPort = structuredClone(find('Service', 'ailee-coordinator'))
    badPort.spec.ports[0].port = '4001/tcp'
    await assert.rejects(validateObject(badPort), /port/)
    await assert.rejects(validateObject({ apiVersion: 'apps/v1', kind: 'StatefullSet', metadata: { name: 'x' } }), /unknown kind/)
    await assert.rejects(validateObject({ apiVersion: 'apps/v9', kind: 'StatefulSet' }), /unknown apiVersion/)
  })

  test('kustomization.yaml lists every manifest file', async () => {
    const kustomization = parseAllDocuments(await readFile(join(K8S_DIR, 'kustomization.yaml'), 'utf8'))[0].toJS()
    const files = [...new Set(manifests.map(m => m.file))].sort()
    assert.deepEqual([...kustomization.resources].sort(), files)
  })

  test('the coordinator: one replica, a persistent volume at /data, a headless Service naming it', () => {
    const set = find('StatefulSet', 'ailee-coordinator')
    const service = find('Service', set.spec.serviceName)
    assert.equal(set.spec.replicas, 1)
    assert.equal(service.spec.clusterIP, 'None')
    assert.deepEqual(service.spec.selector, set.spec.selector.matchLabels)
    assert.deepEqual(set.spec.template.metadata.labels, { ...set.spec.template.metadata.labels, ...set.spec.selector.matchLabels })
    assert.ok(service.spec.ports.some((p: any) => p.name === 'p2p' && p.port === 4001))
    const claim = set.spec.volumeClaimTemplates.find((v: any) => v.metadata.name === 'data')
    assert.ok(claim, 'volumeClaimTemplate data')
    assert.deepEqual(claim.spec.accessModes, ['ReadWriteOnce'])
    const container = containerOf(set, 'coordinator')
    assert.ok(container.volumeMounts.some((m: any) => m.name === 'data' && m.mountPath === '/data'))
    assert.deepEqual(container.env.find((e: any) => e.name === 'AILEE_ROLE'), { name: 'AILEE_ROLE', value: 'coordinator' })
    // the identity Secret is copied onto the volume by the init container, optional
    const identity = set.spec.template.spec.volumes.find((v: any) => v.name === 'identity')
    assert.equal(identity.secret.optional, true)
    assert.equal(identity.secret.defaultMode, 0o400)
    assert.match(set.spec.template.spec.initContainers[0].args.join(' '), /install -m 0600 \/identity\/identity\.key \/data\/identity\.key/)
  })

  test('workers bootstrap to the coordinator pod\'s stable DNS name with the peer id of the ConfigMap', () => {
    const coordinator = find('StatefulSet', 'ailee-coordinator')
    const workers = find('StatefulSet', 'ailee-worker')
    const config = find('ConfigMap', 'ailee-config')
    find('Service', workers.spec.serviceName)
    const container = containerOf(workers, 'worker')
    const env = Object.fromEntries(container.env.map((e: any) => [e.name, e.value]))
    assert.equal(env.AILEE_ROLE, 'worker')
    const host = `${coordinator.metadata.name}-0.${coordinator.spec.serviceName}.${coordinator.metadata.namespace}.svc.cluster.local`
    assert.equal(env.AILEE_NETWORK_BOOTSTRAP, `/dns4/${host}/tcp/4001/p2p/$(COORDINATOR_PEER_ID)`)
    assert.ok('COORDINATOR_PEER_ID' in config.data)
    assert.ok(workers.spec.replicas >= 2)
  })

  test('every node: probes on /health and /ready, the roadmap\'s resources, Prometheus annotations, AILEE_* config from the ConfigMap', () => {
    const config = find('ConfigMap', 'ailee-config')
    // AILEE_* names are configuration keys; COORDINATOR_PEER_ID only feeds $(...) in workers.yaml
    for (const key of Object.keys(config.data)) assert.match(key, /^(AILEE_[A-Z0-9_]+|COORDINATOR_PEER_ID)$/)
    assert.equal(config.data.AILEE_METRICS_LISTEN, '0.0.0.0:9464')
    assert.equal(config.data.AILEE_ENV, 'production')
    for (const [name, containerName] of [['ailee-coordinator', 'coordinator'], ['ailee-worker', 'worker']]) {
      const set = find('StatefulSet', name)
      const pod = set.spec.template
      const container = containerOf(set, containerName)
      const metricsPort = container.ports.find((p: any) => p.name === 'metrics')
      assert.equal(metricsPort.containerPort, 9464, name)
      assert.equal(container.livenessProbe.httpGet.path, '/health', name)
      assert.equal(container.startupProbe.httpGet.path, '/health', name)
      assert.equal(container.readinessProbe.httpGet.path, '/ready', name)
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) assert.equal(probe.httpGet.port, 'metrics', name)
      assert.deepEqual(container.resources, { requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '2000m', memory: '2Gi' } }, name)
      assert.deepEqual(pod.metadata.annotations, { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9464', 'prometheus.io/path': '/metrics' }, name)
      assert.deepEqual(container.envFrom, [{ configMapRef: { name: 'ailee-config' } }], name)
      for (const e of container.env) assert.match(e.name, /^AILEE_[A-Z0-9_]+$/, name)
      assert.equal(pod.spec.securityContext.runAsNonRoot, true, name)
      assert.equal(pod.spec.securityContext.runAsUser, 10001, name)
      assert.equal(container.securityContext.allowPrivilegeEscalation, false, name)
    }
  })
})
