#!/usr/bin/env bash
# Installs (if needed) and starts a PostgreSQL server on 127.0.0.1:5432 from Debian packages, with the
# role brokercrm/brokercrm and the databases brokercrm (the app's "postgres" profile) and
# brokercrm_test (the test suite). Needs root or sudo. Safe to run again.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian packages..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  $SUDO pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  $SUDO pg_ctlcluster "$version" main start
fi

for i in $(seq 1 30); do
  if $SUDO -u postgres psql -qAtc "select 1" >/dev/null 2>&1 || runuser -u postgres -- psql -qAtc "select 1" >/dev/null 2>&1; then break; fi
  sleep 1
done

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

as_postgres psql -qAtc "select 1 from pg_roles where rolname='brokercrm'" | grep -q 1 \
  || as_postgres psql -qc "create role brokercrm login password 'brokercrm'"
for db in brokercrm brokercrm_test; do
  as_postgres psql -qAtc "select 1 from pg_database where datname='$db'" | grep -q 1 \
    || as_postgres psql -qc "create database $db owner brokercrm"
done
echo "PostgreSQL $version is up on 127.0.0.1:5432 (role brokercrm, databases brokercrm and brokercrm_test)."
