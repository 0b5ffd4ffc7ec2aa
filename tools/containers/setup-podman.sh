#!/usr/bin/env bash
# Makes this machine able to run the container stack with Podman (Debian/Ubuntu, as root):
# installs podman, runc, podman-compose and debootstrap when missing, and configures Podman
# the way these machines need (docs: README "Docker", /etc/containers/containers.conf):
#   [engine]     runtime = "runc"     (crun fails on this kernel's cgroups)
#   [containers] default_ulimits = [] (the default ulimits cannot be set here)
# Safe to run again: it changes nothing that is already in place.
set -euo pipefail

log() { echo "containers-setup: $*"; }

if [ "$(id -u)" -ne 0 ]; then
  log "needs root (apt-get and /etc/containers); run it with sudo" >&2
  exit 1
fi

missing=()
for tool in podman:podman runc:runc podman-compose:podman-compose debootstrap:debootstrap; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool##*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Sets `key = value` under [section] of a TOML file unless the key is already set there.
ensure_setting() {
  local file=$1 section=$2 key=$3 value=$4
  touch "$file"
  if awk -v s="[$section]" -v k="$key" '
      /^[[:space:]]*\[/ { in_s = ($0 ~ "^[[:space:]]*\\[" substr(s, 2, length(s) - 2) "\\]") }
      in_s && $0 ~ "^[[:space:]]*" k "[[:space:]]*=" { found = 1 }
      END { exit found ? 0 : 1 }' "$file"; then
    return
  fi
  log "setting $key = $value under [$section] in $file"
  if grep -q "^[[:space:]]*\[$section\]" "$file"; then
    sed -i "0,/^[[:space:]]*\[$section\]/s//[$section]\n$key = $value/" "$file"
  else
    printf '\n[%s]\n%s = %s\n' "$section" "$key" "$value" >>"$file"
  fi
}

mkdir -p /etc/containers
ensure_setting /etc/containers/containers.conf engine runtime '"runc"'
ensure_setting /etc/containers/containers.conf containers default_ulimits '[]'
log "podman $(podman --version | awk '{print $3}'), runtime $(podman info --format '{{.Host.OCIRuntime.Name}}'), podman-compose $(podman-compose version 2>/dev/null | awk '/podman-compose/ {print $NF; exit}')"
