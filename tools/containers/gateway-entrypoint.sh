#!/bin/sh
# Entrypoint of Tickwire's image (both roles), then `exec` of the command:
#
# AUTH_SECRET: when set, not empty and not `generate`, used as is. Otherwise, with AUTH_SECRET_FILE
# set (a file in a volume the gateways share), read from that file, which the first gateway to start creates with
# 48 random bytes. Creation is atomic: the secret is written in full to a private draft, then
# hard-linked to its final name, which fails when another gateway got there first; every gateway
# then reads the one file that won. The secret never enters the image or the repository.
#
# TRUST_PROXY_HOSTS: host names (comma-separated) of TLS-terminating proxies whose addresses are
# added to TRUST_PROXY, which takes addresses only. Container addresses are not fixed; this waits
# up to TRUST_PROXY_WAIT seconds (default 60) for each name to resolve.
set -eu

log() { echo "tickwire-entrypoint: $*" >&2; }

if [ -z "${AUTH_SECRET:-}" ] || [ "$AUTH_SECRET" = generate ]; then
  unset AUTH_SECRET
  if [ -n "${AUTH_SECRET_FILE:-}" ]; then
    if [ ! -s "$AUTH_SECRET_FILE" ]; then
      dir=$(dirname "$AUTH_SECRET_FILE")
      mkdir -p "$dir"
      draft=$(mktemp "$dir/.draft.XXXXXX")
      node -e 'process.stdout.write(require("node:crypto").randomBytes(48).toString("base64url"))' >"$draft"
      if ln "$draft" "$AUTH_SECRET_FILE" 2>/dev/null; then
        log "generated AUTH_SECRET into $AUTH_SECRET_FILE"
      fi
      rm -f "$draft"
    fi
    AUTH_SECRET=$(cat "$AUTH_SECRET_FILE")
    export AUTH_SECRET
  fi
fi

if [ -n "${TRUST_PROXY_HOSTS:-}" ]; then
  for host in $(echo "$TRUST_PROXY_HOSTS" | tr ',' ' '); do
    waited=0
    until addresses=$(getent hosts "$host" | awk '{ print $1 }' | paste -sd, -) && [ -n "$addresses" ]; do
      if [ "$waited" -ge "${TRUST_PROXY_WAIT:-60}" ]; then
        log "$host does not resolve: not trusted as a proxy"
        break
      fi
      [ $((waited % 10)) -eq 0 ] && log "waiting for $host to resolve (TRUST_PROXY_HOSTS)"
      sleep 1
      waited=$((waited + 1))
    done
    if [ -n "$addresses" ]; then
      TRUST_PROXY="${TRUST_PROXY:+$TRUST_PROXY,}$addresses"
    fi
  done
  export TRUST_PROXY
  log "TRUST_PROXY=${TRUST_PROXY:-}"
fi
exec "$@"
