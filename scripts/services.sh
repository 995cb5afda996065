#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) answer before the tests. A service
# that answers is left alone; one that is installed but stopped is started with the machine's own
# command; one that is not installed is reported. This script never fails: without a service its test
# suites report themselves skipped with the reason, except under CI=true, where they fail.
set -uo pipefail
# The ports can be overridden only to exercise this script (the tests read TEST_DATABASE_URL/TEST_REDIS_URL).
pg_port="${SERVICES_PG_PORT:-5432}"
redis_port="${SERVICES_REDIS_PORT:-6379}"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() {
  for _ in $(seq 1 100); do
    port_open "$1" && return 0
    sleep 0.2
  done
  return 1
}

if port_open "$pg_port"; then
  echo "services: PostgreSQL answers on 127.0.0.1:$pg_port"
elif command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql)" ]; then
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  echo "services: starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  if wait_port "$pg_port"; then echo "services: PostgreSQL started"; else echo "services: PostgreSQL did not start"; fi
else
  echo "services: PostgreSQL is not installed (its suites will be skipped; under CI=true they fail)"
fi

# The tests' default database (TEST_DATABASE_URL): create it when PostgreSQL runs without it.
if port_open "$pg_port" && command -v psql >/dev/null 2>&1; then
  if ! psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'test'" 2>/dev/null | grep -q 1; then
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c 'CREATE DATABASE test' >/dev/null 2>&1 &&
      echo "services: created database test" || echo "services: could not create database test"
  fi
fi

if port_open "$redis_port"; then
  echo "services: Redis answers on 127.0.0.1:$redis_port"
elif command -v redis-server >/dev/null 2>&1; then
  echo "services: starting Redis"
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$redis_port" --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  if wait_port "$redis_port"; then echo "services: Redis started"; else echo "services: Redis did not start"; fi
else
  echo "services: Redis is not installed (its suites will be skipped; under CI=true they fail)"
fi
exit 0
