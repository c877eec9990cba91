#!/usr/bin/env bash
# The binary's test of its own freshness, on the real binary (NativeFreshnessTest holds the rules on
# the JVM, src/test/shell/launcher-test.sh the launcher's part): in a stand-in checkout, a binary newer
# than every source runs the command; a newer source makes it run the checkout's launcher instead,
# with TRACKER_NATIVE=0 and the same arguments, and exit with its code.
#   usage: build/native/fallback-check.sh [BINARY]     (default target/tracker-native; a second)
set -uo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
binary="$(readlink -f "${1:-$home/target/tracker-native}")"
[ -x "$binary" ] || { echo "fallback-check: $binary is missing" >&2; exit 2; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/target" "$t/src/main/java" "$t/roadmaps"
printf '#!/bin/sh\necho "launcher: $* TRACKER_NATIVE=$TRACKER_NATIVE"\nexit 3\n' >"$t/tracker" && chmod +x "$t/tracker"
touch "$t/pom.xml" "$t/src/main/java/A.java" "$t/roadmaps/a.md"
find "$t" -exec touch -d '-1 hour' {} +
touch "$t/target/tracker-native"     # the stamp the binary compares with: its checkout's target/tracker-native
failures=0
check() {   # what expected-output expected-code, then the command
  local what="$1" want="$2" want_code="$3" out code; shift 3
  out=$("$@" 2>&1); code=$?
  if [ "$out" = "$want" ] && [ "$code" = "$want_code" ]; then echo "ok   $what"; else
    echo "FAIL $what: exit $code, printed: $out"; failures=$((failures + 1)); fi
}
version="$("$binary" --version 2>&1)"
check "fresh: the binary runs the command itself" "$version" 0 env TRACKER_NATIVE_HOME="$t" "$binary" --version
touch "$t/src/main/java/A.java"
check "a newer source: the checkout's launcher runs it, TRACKER_NATIVE=0, its exit code" \
  "launcher: check two words TRACKER_NATIVE=0" 3 env TRACKER_NATIVE_HOME="$t" "$binary" check "two words"
check "without TRACKER_NATIVE_HOME (not started by the launcher) it never tests" "$version" 0 "$binary" --version
[ "$failures" = 0 ] && echo "fallback-check: ok" || { echo "fallback-check: $failures failed"; exit 1; }
