/**
 * A small internet in Linux network namespaces for reachability tests: an
 * "internet" namespace with a bridge, public hosts on it (addresses in
 * 11.0.0.0/24, which libp2p treats as public), and hosts behind a NAT: a router
 * namespace with one leg on the bridge and iptables MASQUERADE out of it, and
 * the host on a private LAN (192.168.1.0/24, the same on every LAN, as at
 * home) behind it. Nothing from outside can open a connection to a host behind
 * a NAT; it can dial out.
 *
 * A router can also be a UPnP IGD / NAT-PMP gateway (`natHost(name, { upnp:
 * true })`): miniupnpd runs in its namespace and forwards the ports a host on
 * its LAN asks for, as a home router does.
 *
 * Every namespace and interface name starts with a prefix made of the test
 * process's pid, so parallel runs do not clash, and `destroy()` stops the
 * gateways' daemons and deletes every namespace the lab made (their veths go
 * with them). Needs root, `ip` (iproute2) and `iptables`; a UPnP gateway also
 * `miniupnpd` (Debian `miniupnpd-iptables`) and `iptables-legacy`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Why a lab cannot be made here, or undefined when it can (root, `ip` and `iptables` present). */
export async function labUnavailable (): Promise<string | undefined> {
  if (process.platform !== 'linux') return 'network namespaces need Linux'
  if (process.getuid?.() !== 0) return 'making network namespaces needs root'
  for (const tool of [['ip', '-V'], ['iptables', '--version']]) {
    try { await run(tool[0], tool.slice(1)) } catch { return `${tool[0]} is not installed (apt-get install iproute2 iptables)` }
  }
  return undefined
}

/** The UPnP gateway daemon: Debian's `miniupnpd-iptables` (legacy iptables backend). */
export const MINIUPNPD = '/usr/sbin/miniupnpd'

/** Why a UPnP gateway cannot be made here (see {@link labUnavailable}; also miniupnpd and iptables-legacy), or undefined. */
export async function upnpGatewayUnavailable (): Promise<string | undefined> {
  const lab = await labUnavailable()
  if (lab != null) return lab
  try { await run(MINIUPNPD, ['--version']) } catch { return 'miniupnpd is not installed (apt-get install miniupnpd-iptables)' }
  try { await run('iptables-legacy', ['--version']) } catch { return 'iptables-legacy is not installed (apt-get install iptables)' }
  return undefined
}

/** A host of the lab: its namespace and the address others reach it at (public) or it dials from (behind a NAT). */
export interface LabHost {
  /** the namespace to run its processes in (`ip netns exec <netns> ...`) */
  netns: string
  /** its own IPv4 address */
  ip: string
  /** the public IPv4 address its connections come from: its own, or its router's */
  publicIp: string
}

/** See the module comment. */
export class NetnsLab {
  readonly #prefix: string
  readonly #namespaces: string[] = []
  #links = 0
  #publicHosts = 0
  #routers = 0
  #inet: string | undefined
  readonly #daemons: ChildProcess[] = []

  constructor (prefix = `ai${process.pid}`) {
    // interface names are at most 15 characters: prefix + 'v' + counter + 'a'/'b'
    this.#prefix = prefix.slice(0, 10)
  }

  /** Runs a command, throwing its stderr on failure. */
  async #sh (...argv: string[]): Promise<string> {
    try {
      return (await run(argv[0], argv.slice(1))).stdout
    } catch (err) {
      const e = err as Error & { stderr?: string }
      throw new Error(`${argv.join(' ')} failed: ${e.stderr?.trim() ?? e.message}`, { cause: err })
    }
  }

  async #namespace (name: string): Promise<string> {
    const ns = `${this.#prefix}-${name}`
    await this.#sh('ip', 'netns', 'add', ns)
    this.#namespaces.push(ns)
    await this.#sh('ip', '-n', ns, 'link', 'set', 'lo', 'up')
    return ns
  }

  /** A veth pair between two namespaces, named `ifA` / `ifB` there and up. */
  async #veth (nsA: string, ifA: string, nsB: string, ifB: string): Promise<void> {
    const n = this.#links++
    const a = `${this.#prefix}v${n}a`
    const b = `${this.#prefix}v${n}b`
    await this.#sh('ip', 'link', 'add', a, 'type', 'veth', 'peer', 'name', b)
    await this.#sh('ip', 'link', 'set', a, 'netns', nsA, 'name', ifA)
    await this.#sh('ip', 'link', 'set', b, 'netns', nsB, 'name', ifB)
    await this.#sh('ip', '-n', nsA, 'link', 'set', ifA, 'up')
    await this.#sh('ip', '-n', nsB, 'link', 'set', ifB, 'up')
  }

  /** The "internet": a namespace with a bridge that public hosts and routers plug into. */
  async #internet (): Promise<string> {
    if (this.#inet != null) return this.#inet
    const ns = await this.#namespace('inet')
    await this.#sh('ip', '-n', ns, 'link', 'add', 'br0', 'type', 'bridge')
    await this.#sh('ip', '-n', ns, 'link', 'set', 'br0', 'up')
    this.#inet = ns
    return ns
  }

  /** Plugs a new interface `eth0` of `ns` into the bridge with `ip`/24. */
  async #plug (ns: string, ip: string): Promise<void> {
    const inet = await this.#internet()
    const port = `p${this.#links}`
    await this.#veth(ns, 'eth0', inet, port)
    await this.#sh('ip', '-n', inet, 'link', 'set', port, 'master', 'br0')
    await this.#sh('ip', '-n', ns, 'addr', 'add', `${ip}/24`, 'dev', 'eth0')
  }

  /** A host with a public address on the internet bridge. */
  async publicHost (name: string): Promise<LabHost> {
    const ns = await this.#namespace(name)
    const ip = `11.0.0.${10 + this.#publicHosts++}`
    await this.#plug(ns, ip)
    return { netns: ns, ip, publicIp: ip }
  }

  /**
   * A host behind its own NAT: a router namespace (public leg on the bridge,
   * MASQUERADE out of it, forwarding on) and the host on 192.168.1.2 behind it.
   */
  async natHost (name: string, options: { upnp?: boolean } = {}): Promise<LabHost> {
    const router = await this.#namespace(`${name}-gw`)
    const wan = `11.0.0.${100 + this.#routers++}`
    await this.#plug(router, wan)
    const ns = await this.#namespace(name)
    await this.#veth(router, 'lan0', ns, 'eth0')
    await this.#sh('ip', '-n', router, 'addr', 'add', '192.168.1.1/24', 'dev', 'lan0')
    await this.#sh('ip', '-n', ns, 'addr', 'add', '192.168.1.2/24', 'dev', 'eth0')
    await this.#sh('ip', '-n', ns, 'route', 'add', 'default', 'via', '192.168.1.1')
    await this.#sh('ip', 'netns', 'exec', router, 'sysctl', '-qw', 'net.ipv4.ip_forward=1')
    await this.#sh('ip', 'netns', 'exec', router, 'iptables', '-t', 'nat', '-A', 'POSTROUTING', '-o', 'eth0', '-j', 'MASQUERADE')
    // a NAT: replies to what the LAN opened pass, nothing else comes in from the internet
    // a NAT: replies to what the LAN opened pass (and, on a UPnP gateway, what a port mapping forwards), nothing else
    const pass = options.upnp === true ? 'ESTABLISHED,RELATED,DNAT' : 'ESTABLISHED,RELATED'
    await this.#sh('ip', 'netns', 'exec', router, 'iptables', '-A', 'FORWARD', '-i', 'eth0', '-m', 'conntrack', '--ctstate', pass, '-j', 'ACCEPT')
    await this.#sh('ip', 'netns', 'exec', router, 'iptables', '-A', 'FORWARD', '-i', 'eth0', '-j', 'DROP')
    if (options.upnp === true) await this.#upnpGateway(router)
    return { netns: ns, ip: '192.168.1.2', publicIp: wan }
  }

  /**
   * Runs miniupnpd in `router`: WAN `eth0`, LAN `lan0`, UPnP IGD and NAT-PMP on,
   * mappings only for the LAN's own address and ports 1024-65535. Its rules go
   * into the MINIUPNPD chains of the legacy iptables tables (what
   * miniupnpd-iptables writes through libiptc); the chains are made here, as
   * Debian's init script does. Resolves once it listens.
   */
  async #upnpGateway (router: string): Promise<void> {
    const legacy = async (...args: string[]): Promise<void> => { await this.#sh('ip', 'netns', 'exec', router, 'iptables-legacy', ...args) }
    await legacy('-t', 'nat', '-N', 'MINIUPNPD')
    await legacy('-t', 'nat', '-N', 'MINIUPNPD-POSTROUTING')
    await legacy('-t', 'filter', '-N', 'MINIUPNPD')
    await legacy('-t', 'nat', '-I', 'PREROUTING', '-i', 'eth0', '-j', 'MINIUPNPD')
    await legacy('-t', 'nat', '-I', 'POSTROUTING', '-o', 'eth0', '-j', 'MINIUPNPD-POSTROUTING')
    await legacy('-t', 'filter', '-I', 'FORWARD', '-i', 'eth0', '!', '-o', 'eth0', '-j', 'MINIUPNPD')
    const conf = join(tmpdir(), `${router}-miniupnpd.conf`)
    await writeFile(conf, [
      'ext_ifname=eth0', 'listening_ip=lan0', 'port=0', 'enable_upnp=yes', 'enable_natpmp=yes', 'secure_mode=yes',
      'system_uptime=yes', `uuid=${crypto.randomUUID()}`,
      'allow 1024-65535 192.168.1.0/24 1024-65535', 'deny 0-65535 0.0.0.0/0 0-65535', ''
    ].join('\n'))
    // -d: stay in the foreground, log to stderr; -P: its own pid file, so parallel labs do not clash
    const daemon = spawn('ip', ['netns', 'exec', router, MINIUPNPD, '-d', '-f', conf, '-P', join(tmpdir(), `${router}-miniupnpd.pid`)], { stdio: ['ignore', 'ignore', 'pipe'] })
    this.#daemons.push(daemon)
    let log = ''
    daemon.stderr.setEncoding('utf8')
    daemon.stderr.on('data', (chunk: string) => { log += chunk })
    const deadline = Date.now() + 10_000
    while (!log.includes('Listening for NAT-PMP')) {
      if (daemon.exitCode != null || Date.now() > deadline) throw new Error(`miniupnpd did not start in ${router}: ${log}`)
      await new Promise(resolve => setTimeout(resolve, 50))
    }
  }

  /** Runs a command in a host's namespace and returns its stdout. */
  async exec (host: LabHost, ...argv: string[]): Promise<string> {
    return await this.#sh('ip', 'netns', 'exec', host.netns, ...argv)
  }

  /** Stops the gateways' daemons and deletes every namespace the lab made (their interfaces and iptables rules go with them). Idempotent; kill the hosts' processes first. */
  async destroy (): Promise<void> {
    const errors: string[] = []
    while (this.#daemons.length > 0) {
      const daemon = this.#daemons.pop()!
      if (daemon.exitCode != null || daemon.signalCode != null) continue
      daemon.kill('SIGTERM')
      await once(daemon, 'exit')
    }
    while (this.#namespaces.length > 0) {
      const ns = this.#namespaces.pop()!
      try { await this.#sh('ip', 'netns', 'del', ns) } catch (err) { errors.push((err as Error).message) }
    }
    this.#inet = undefined
    if (errors.length > 0) throw new Error(`could not delete namespaces: ${errors.join('; ')}`)
  }
}
