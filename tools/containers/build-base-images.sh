#!/usr/bin/env bash
# Builds local stand-ins for the three base images of the container stack, under their upstream
# names, for machines that reach no image registry (CI here) but reach a Debian mirror:
#   docker.io/library/node:20-bookworm-slim  this machine's own `node` and npm (trusting the CA this
#                                            machine's npm trusts), user node (uid 1000)
#   docker.io/library/redis:7-bookworm       Debian's redis-server, all interfaces, protected mode off
#   docker.io/library/nginx:1.27-bookworm    Debian's nginx (+ openssl, curl), in the foreground,
#                                            reading /etc/nginx/conf.d
# Each keeps the part of its upstream image's contract that Tickwire's Dockerfile and
# docker-compose.yml use. All three start from one Debian bookworm `minbase` made with debootstrap
# and `podman import`. An image that already exists is kept (pass --rebuild to replace them all).
# Needs root, podman and debootstrap (tools/containers/setup-podman.sh installs them).
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
MINBASE=localhost/tickwire/bookworm-minbase:latest
NODE_IMAGE=docker.io/library/node:20-bookworm-slim
REDIS_IMAGE=docker.io/library/redis:7-bookworm
NGINX_IMAGE=docker.io/library/nginx:1.27-bookworm
LABEL='org.tickwire.stand-in=true'

log() { echo "base-images: $*"; }
have() { podman image exists "$1"; }

rebuild=0
[ "${1:-}" = --rebuild ] && rebuild=1
if [ "$rebuild" = 1 ]; then
  for image in "$NODE_IMAGE" "$REDIS_IMAGE" "$NGINX_IMAGE" "$MINBASE"; do
    if have "$image"; then podman rmi -f "$image" >/dev/null; fi
  done
fi
if have "$NODE_IMAGE" && have "$REDIS_IMAGE" && have "$NGINX_IMAGE"; then
  log "all three exist (--rebuild to replace them)"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tickwire-base.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! have "$MINBASE"; then
  log "debootstrap --variant=minbase bookworm from $MIRROR (about a minute)"
  debootstrap --variant=minbase bookworm "$work/rootfs" "$MIRROR" >"$work/debootstrap.log" 2>&1 ||
    {
      tail -20 "$work/debootstrap.log" >&2
      exit 1
    }
  rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/*
  tar -C "$work/rootfs" -c . | podman import --quiet --change 'CMD ["/bin/bash"]' - "$MINBASE" >/dev/null
  rm -rf "$work/rootfs"
fi

# build NAME CONTEXT_DIR: the Containerfile is read from stdin.
build() {
  local name=$1 context=$2
  cat >"$context/Containerfile"
  log "building $name"
  podman build --quiet --label "$LABEL" -t "$name" -f "$context/Containerfile" "$context" >/dev/null
}

if ! have "$NODE_IMAGE"; then
  node_bin=$(readlink -f "$(command -v node)")
  npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  mkdir -p "$work/node"
  cp "$node_bin" "$work/node/node"
  cp -a "$npm_dir" "$work/node/npm"
  # npm in the stand-in trusts what this machine's npm trusts (a TLS-intercepting proxy's CA),
  # through npm's global config: builds work without the npm_ca secret (podman-compose --build).
  cafile=$(npm config get cafile 2>/dev/null || true)
  if [ -n "$cafile" ] && [ -f "$cafile" ]; then
    cp "$cafile" "$work/node/npm-ca.pem"
    printf 'cafile=/usr/local/etc/npm-ca.pem\n' >"$work/node/npmrc"
  else
    : >"$work/node/npm-ca.pem"
    : >"$work/node/npmrc"
  fi
  build "$NODE_IMAGE" "$work/node" <<CONTAINERFILE
FROM $MINBASE
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY npm-ca.pem npmrc /usr/local/etc/
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && node --version && npm --version
ENV NODE_VERSION=$(node --version | cut -c2-)
CMD ["node"]
CONTAINERFILE
fi

if ! have "$REDIS_IMAGE"; then
  mkdir -p "$work/redis"
  # Upstream's image has protected mode off and no config file (so it binds every interface);
  # arguments after `redis-server` (and an optional config file first) keep working.
  cat >"$work/redis/docker-entrypoint.sh" <<'SCRIPT'
#!/bin/sh
set -e
if [ "${1#-}" != "$1" ]; then set -- redis-server "$@"; fi
if [ "$1" = redis-server ]; then
  shift
  if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    conf=$1
    shift
    set -- redis-server "$conf" --protected-mode no "$@"
  else
    set -- redis-server --protected-mode no "$@"
  fi
fi
exec "$@"
SCRIPT
  chmod 755 "$work/redis/docker-entrypoint.sh"
  build "$REDIS_IMAGE" "$work/redis" <<CONTAINERFILE
FROM $MINBASE
RUN apt-get update -qq \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null \\
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \\
 && mkdir -p /data && chown redis:redis /data
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
WORKDIR /data
VOLUME /data
USER redis
EXPOSE 6379
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
CONTAINERFILE
fi

if ! have "$NGINX_IMAGE"; then
  mkdir -p "$work/nginx"
  # Upstream's default site, in conf.d as there (Debian's sites-enabled/default is removed).
  cat >"$work/nginx/default.conf" <<'CONF'
server {
    listen 80;
    server_name localhost;
    location / {
        root /usr/share/nginx/html;
        index index.html;
    }
}
CONF
  build "$NGINX_IMAGE" "$work/nginx" <<CONTAINERFILE
FROM $MINBASE
RUN apt-get update -qq \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx openssl curl ca-certificates >/dev/null \\
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /etc/nginx/sites-enabled/default \\
 && mkdir -p /usr/share/nginx/html && cp /var/www/html/index.nginx-debian.html /usr/share/nginx/html/index.html \\
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
COPY default.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
CONTAINERFILE
fi

for image in "$NODE_IMAGE" "$REDIS_IMAGE" "$NGINX_IMAGE"; do
  log "$image: $(podman image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1 / 1e6}')"
done
