#!/usr/bin/env bash
# Builds BrokerCRM if needed, then runs the demo brokerage on the embedded DuckDB and serves the web UI
# on http://localhost:8080. Extra arguments go to the demo command (see: java -jar ... demo --help).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=$(bash scripts/java-home.sh)
export JAVA_HOME
jar=crm-app/target/brokercrm.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml crm-*/pom.xml crm-*/src -newer "$jar" -type f -print -quit)" ]; then
  ./mvnw -B -ntp -q -DskipTests package
fi
exec "$JAVA_HOME/bin/java" -Xmx6g -jar "$jar" demo "$@"
