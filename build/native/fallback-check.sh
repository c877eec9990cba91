#!/usr/bin/env bash
# The binary's test of its own freshness, on the real binary (NativeFreshnessTest holds the rules on
# the JVM, src/test/shell/launcher-test.sh the launcher's part): in a stand-in checkout, a binary newer
# than every source runs the command; a newer source makes it run the checkout's launcher instead,
# with TRACKER_NATIVE=0 and the same arguments, and exit with its code; a Ctrl-C (SIGINT to the
# terminal's whole process group) is the launcher's to handle, the binary waits on.
#   usage: build/native/fallback-check.sh [BINARY]     (default target/tracker-native; a few seconds)
set -uo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
binary="$(readlink -f "${1:-$home/target/tracker-native}")"
[ -x "$binary" ] || { echo "fallback-check: $binary is missing" >&2; exit 2; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/target" "$t/src/main/java" "$t/roadmaps"
# the stand-in launcher: its arguments one by one, its TRACKER_NATIVE; with CATCH_INT it outlives a SIGINT
cat >"$t/tracker" <<'EOF'
#!/usr/bin/env bash
if [ -n "${CATCH_INT:-}" ]; then trap 'echo "launcher: caught INT"; exit 5' INT; echo ready >"$CATCH_INT"; sleep 20 & wait; exit 9; fi
printf 'launcher:'; printf ' <%s>' "$@"; echo " TRACKER_NATIVE=$TRACKER_NATIVE"
exit 3
EOF
chmod +x "$t/tracker"
touch "$t/pom.xml" "$t/src/main/java/A.java" "$t/roadmaps/a.md"
cp "$binary" "$t/target/tracker-native"
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
check "a newer source: the checkout's launcher runs it, TRACKER_NATIVE=0, the same arguments, its exit code" \
  "launcher: <check> <two words> TRACKER_NATIVE=0" 3 env TRACKER_NATIVE_HOME="$t" "$binary" check "two words"
check "a stale copy started without TRACKER_NATIVE_HOME (not by the launcher) never tests" "$version" 0 \
  "$t/target/tracker-native" --version
# Ctrl-C: SIGINT to the process group of the binary and the launcher it waits for
# (a script's background job starts with SIGINT ignored, which bash could not trap: default it again)
setsid env --default-signal=INT TRACKER_NATIVE_HOME="$t" CATCH_INT="$t/ready" "$binary" status >"$t/int.out" 2>&1 &
waiter=$!
for _ in $(seq 100); do [ -s "$t/ready" ] && break; sleep 0.05; done
kill -INT -- "-$waiter" 2>/dev/null
wait "$waiter"; code=$?
if [ "$code" = 5 ] && [ "$(cat "$t/int.out")" = "launcher: caught INT" ]; then echo "ok   Ctrl-C: the launcher handles it, the binary waits and exits with its code"
else echo "FAIL Ctrl-C: exit $code, printed: $(cat "$t/int.out")"; failures=$((failures + 1)); fi
[ "$failures" = 0 ] && echo "fallback-check: ok" || { echo "fallback-check: $failures failed"; exit 1; }
