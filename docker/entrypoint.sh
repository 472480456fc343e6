#!/bin/sh
# Entry point of the AILEE node image (docker/Dockerfile): runs `bin/node "$@"`.
#
# With BOOTSTRAP_NODE_JSON=FILE (a coordinator's node.json, e.g. on its volume mounted
# read-only, as docker/compose.yaml's workers do) it first waits for FILE, at most
# BOOTSTRAP_WAIT_S seconds (default 120), and adds
#   --bootstrap "$BOOTSTRAP_ADDR/p2p/<peerId in FILE>"
# where BOOTSTRAP_ADDR is the coordinator's address without its peer id, e.g.
# /dns4/coordinator/tcp/4001 (a name, so a coordinator restarted on a new IP is redialled).
# Exits 2 when FILE does not appear in time or BOOTSTRAP_ADDR is unset. (These names have no
# AILEE_ prefix: AILEE_* variables are configuration keys, and the node warns about unknown ones.)
set -eu
if [ -n "${BOOTSTRAP_NODE_JSON:-}" ]; then
  if [ -z "${BOOTSTRAP_ADDR:-}" ]; then
    echo "entrypoint: BOOTSTRAP_NODE_JSON is set but BOOTSTRAP_ADDR (e.g. /dns4/coordinator/tcp/4001) is not" >&2
    exit 2
  fi
  waited=0
  until [ -s "$BOOTSTRAP_NODE_JSON" ]; do
    if [ "$waited" -ge "${BOOTSTRAP_WAIT_S:-120}" ]; then
      echo "entrypoint: $BOOTSTRAP_NODE_JSON did not appear within ${waited} s" >&2
      exit 2
    fi
    sleep 1
    waited=$((waited + 1))
  done
  peer="$(node -e 'console.log(JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).peerId)' "$BOOTSTRAP_NODE_JSON")"
  set -- "$@" --bootstrap "$BOOTSTRAP_ADDR/p2p/$peer"
fi
exec /app/bin/node "$@"
