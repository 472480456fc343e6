#!/usr/bin/env bash
# Builds a Node 24 base image from Debian packages, for machines that cannot pull
# `node:24-bookworm-slim` from a registry (docs/deploy.md, "Without a registry").
#
#   docker/base-image.sh [IMAGE]          # default IMAGE: ailee-base:bookworm-node24
#   docker build -f docker/Dockerfile --build-arg BASE_IMAGE=ailee-base:bookworm-node24 -t ailee-node .
#
# The root file system is Debian bookworm `--variant=minbase` made by debootstrap, from the
# Debian mirror of this machine's APT sources (or $DEBIAN_MIRROR), plus the packages the image
# needs at run time (libatomic1 for rocksdb-native's prebuilt addon, ca-certificates, plus the
# machine's own authorities from /usr/local/share/ca-certificates, which Node trusts through
# NODE_EXTRA_CA_CERTS). Node.js is
# the Linux x64 binary of the project's `node` devDependency (node_modules/node/bin/node, Node 24),
# npm the tarball of `npm pack npm@11` (the registry's own package, its dependencies bundled), so
# the image offers what the official image offers: `node` and `npm` on PATH.
#
# Needs root (debootstrap), docker, and `npm ci` run in the project. Does nothing when IMAGE
# exists already (delete it with `docker rmi IMAGE` to rebuild). About 1 minute, 300 MB.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
IMAGE="${1:-ailee-base:bookworm-node24}"
SUITE="${DEBIAN_SUITE:-bookworm}"

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "base-image: $IMAGE exists" >&2
  exit 0
fi

NODE_BIN="$ROOT/node_modules/node/bin/node"
if [ ! -x "$NODE_BIN" ]; then
  echo "base-image: $NODE_BIN is missing: run 'npm ci' in $ROOT first" >&2
  exit 2
fi
if ! "$NODE_BIN" -p 'process.versions.node' | grep -q '^24\.'; then
  echo "base-image: $NODE_BIN is not Node 24" >&2
  exit 2
fi

# the first deb.debian.org-style mirror of the APT sources (one-line or deb822 format)
mirror="${DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -Eo 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n 1 | tr -d ' ' || true)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"

work="$(mktemp -d /var/tmp/ailee-base.XXXXXX)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"

echo "base-image: debootstrap $SUITE from $mirror" >&2
debootstrap --variant=minbase --include=libatomic1,ca-certificates "$SUITE" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 30 "$work/debootstrap.log" >&2; echo "base-image: debootstrap failed" >&2; exit 1; }

# the certificate authorities this machine adds to Debian's (/usr/local/share/ca-certificates), so
# npm in the image reaches the registry through the same TLS-intercepting proxy the host does
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
  chroot "$rootfs" update-ca-certificates >/dev/null 2>&1
fi

install -m 0755 "$NODE_BIN" "$rootfs/usr/local/bin/node"
mkdir -p "$rootfs/usr/local/lib/node_modules/npm"
(cd "$work" && npm pack --silent npm@11 >npm-pack.txt)
tar -xzf "$work/$(tail -n 1 "$work/npm-pack.txt")" -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
# a smaller image: no APT lists, docs or man pages
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*

tar -C "$rootfs" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$IMAGE" >/dev/null
echo "base-image: built $IMAGE" >&2
