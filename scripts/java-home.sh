#!/usr/bin/env bash
# Prints a JAVA_HOME with JDK 21 or newer: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
set -euo pipefail

major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(major "$JAVA_HOME")" -ge 21 ]; then
  echo "$JAVA_HOME"; exit 0
fi
best=""; best_major=0
for dir in /usr/lib/jvm/*/; do
  dir=${dir%/}
  [ -x "$dir/bin/javac" ] || continue
  m=$(major "$dir" || echo 0)
  if [ "${m:-0}" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best=$dir; best_major=$m; fi
done
if [ -z "$best" ]; then
  echo "No JDK 21 or newer found: install one (e.g. Temurin 21+) or set JAVA_HOME." >&2
  exit 1
fi
echo "$best"
