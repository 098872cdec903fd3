#!/usr/bin/env bash
# Runs every test: unit tests, both store engines (starts PostgreSQL on loopback), the CLI and the
# web layer. Usage: bash scripts/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=$(bash scripts/java-home.sh)
export JAVA_HOME
bash scripts/start-postgres.sh
bash scripts/install-browser.sh
./mvnw -B -ntp verify "$@"
