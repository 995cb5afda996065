#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: npm packages from the lock file. better-sqlite3's
# install script is approved in package.json (allowScripts) and builds from source with node-gyp.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
node -e "require('better-sqlite3')(':memory:').close()"
