#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
