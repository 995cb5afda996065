#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: npm packages from the lock file. better-sqlite3's
# install script is approved in package.json (allowScripts) and builds from source with node-gyp.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
node -e "require('better-sqlite3')(':memory:').close()"
# Browser tests drive Debian's Chromium (playwright-core never downloads a browser of its own); the
# deployment test runs Debian's nginx on deploy/nginx/ (as a child of the test: the package's own
# service is not started in a container without an init, nor needed).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: ${missing[*]} not installed and apt-get needs root: their suites will be skipped (CI=true requires them)"
  fi
fi
