#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: npm packages from the lock file. better-sqlite3's
# install script is approved in package.json (allowScripts) and builds from source with node-gyp.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
node -e "require('better-sqlite3')(':memory:').close()"
# Browser tests drive Debian's Chromium (playwright-core never downloads a browser of its own).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is not installed and apt-get needs root: the browser suite will be skipped (CI=true requires it)"
  fi
fi
