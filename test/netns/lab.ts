/**
 * A small internet in Linux network namespaces for reachability tests: an
 * "internet" namespace with a bridge, public hosts on it (addresses in
 * 11.0.0.0/24, which libp2p treats as public), and hosts behind a NAT: a router
 * namespace with one leg on the bridge and iptables MASQUERADE out of it, and
 * the host on a private LAN (192.168.1.0/24, the same on every LAN, as at
 * home) behind it. Nothing from outside can open a connection to a host behind
 * a NAT; it can dial out.
 *
 * Every namespace and interface name starts with a prefix made of the test
 * process's pid, so parallel runs do not clash, and `destroy()` deletes every
 * namespace the lab made (their veths go with them). Needs root, `ip`
 * (iproute2) and `iptables`.
 */
import { execFile } from 'node:child_process'
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
  async natHost (name: string): Promise<LabHost> {
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
    await this.#sh('ip', 'netns', 'exec', router, 'iptables', '-A', 'FORWARD', '-i', 'eth0', '-m', 'conntrack', '--ctstate', 'ESTABLISHED,RELATED', '-j', 'ACCEPT')
    await this.#sh('ip', 'netns', 'exec', router, 'iptables', '-A', 'FORWARD', '-i', 'eth0', '-j', 'DROP')
    return { netns: ns, ip: '192.168.1.2', publicIp: wan }
  }

  /** Runs a command in a host's namespace and returns its stdout. */
  async exec (host: LabHost, ...argv: string[]): Promise<string> {
    return await this.#sh('ip', 'netns', 'exec', host.netns, ...argv)
  }

  /** Deletes every namespace the lab made (their interfaces and iptables rules go with them). Idempotent; kill their processes first. */
  async destroy (): Promise<void> {
    const errors: string[] = []
    while (this.#namespaces.length > 0) {
      const ns = this.#namespaces.pop()!
      try { await this.#sh('ip', 'netns', 'del', ns) } catch (err) { errors.push((err as Error).message) }
    }
    this.#inet = undefined
    if (errors.length > 0) throw new Error(`could not delete namespaces: ${errors.join('; ')}`)
  }
}
