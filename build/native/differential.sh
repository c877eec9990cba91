#!/usr/bin/env bash
# The differential suite of issue 19: the command lines of the tracker's process-level tests run
# against the jar and the native binary, each in a fresh copy of the same sandbox (roadmaps,
# state, HOME, config), comparing stdout, stderr and exit code (and the files a case prints).
# Instants, clock times, file stamps and command ids are replaced by placeholders first (the two
# runs are seconds apart).
# Prints "same NAME", "DIFF NAME" with the diff, or "skip NAME: why" (counted in the summary: a
# case this machine cannot run, such as one needing root); exits 1 when a case differs.
#   usage: build/native/differential.sh [BINARY] [--only REGEX] [--show]   (default target/tracker-native;
#          --show prints what the jar side printed, normalized, to read what a case compares)
# The cases are in differential-cases.sh and differential-cases-os.sh (other users, read-only
# and immutable folders, memory); README "Native binary" says what they cover.
set -uo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
native="$home/target/tracker-native" only=. show=
while [ $# -gt 0 ]; do
  case "$1" in --only) only="$2"; shift 2 ;; --show) show=1; shift ;; *) native="$(readlink -f "$1")"; shift ;; esac
done
jar="$home/target/tracker.jar"
java="${JAVA:-java}"
for f in "$native" "$jar"; do [ -f "$f" ] || { echo "differential: $f is missing" >&2; exit 2; }; done
work="$(mktemp -d)"
release_box() {   # what a case that stopped half-way may leave: a mount (tmpfs), an immutable or a closed folder
  umount "$work/box/full" "$work/box/ro" 2>/dev/null
  chattr -i "$work/box/locked" 2>/dev/null
  chmod u+rwx "$work/box/st" "$work/box/closed" 2>/dev/null
}
cleanup() {
  release_box
  for _ in 1 2 3; do rm -rf "$work" 2>/dev/null && return; sleep 0.3; done
}
trap cleanup EXIT
# the two sides as copies in the suite's own folder: another user's cases run them too, and a clone
# may sit in a folder only its owner can enter (mktemp -d's 0700, as CI's)
mkdir -p "$work/sides" && chmod 0755 "$work" "$work/sides"
cp "$jar" "$work/sides/tracker.jar" && cp "$native" "$work/sides/tracker-native" \
  || { echo "differential: cannot copy $jar and $native into $work/sides" >&2; exit 2; }
chmod 0755 "$work/sides/tracker-native" && chmod 0644 "$work/sides/tracker.jar"
# the launcher runs its checkout's target/tracker-native: the tmux case needs the side under test to be that one
launchers_binary=""; [ "$native" = "$home/target/tracker-native" ] && launchers_binary=yes
jar="$work/sides/tracker.jar" native="$work/sides/tracker-native"

# the sandbox both sides start from: the test roadmaps, a state with some history (made by the jar)
t="$work/template"
mkdir -p "$t/home" "$t/roadmaps"
cp "$home"/src/test/resources/roadmaps/five/*.md "$t/roadmaps/"
sandbox_env=(HOME="$t/home" PATH="$PATH" LANG=C.UTF-8 TZ=UTC COLUMNS=100 TERM=dumb TRACKER_CACHE=off
  XDG_CONFIG_HOME="$t/home/.config" XDG_DATA_HOME="$t/home/.local/share" XDG_CACHE_HOME="$t/home/.cache"
  TRACKER_ROADMAPS="$t/roadmaps" TRACKER_STATE="$t/state.json")
(cd "$t" && env -i "${sandbox_env[@]}" bash -c "
  j() { '$java' -jar '$jar' \"\$@\"; }
  j check go-architect-tracker/interfaces/l2/mocking --at 2026-11-20T10:00:00Z
  j start go-architect-tracker/solid-principles-in-go/l2/dip-mocking --at 2026-11-18T09:00:00Z
  j skip go-architect-tracker/solid-principles-in-go/l3/the-isp-trade-off --at 2026-11-19T09:00:00Z
  j note go-architect-tracker/interfaces/l2/mocking 'fakes over mocks'
  j check --all interfaces/l1 --at 2026-11-21T06:00:00Z" >"$work/setup.log" 2>&1) \
  || { echo "differential: the sandbox's set-up failed:"; cat "$work/setup.log"; exit 2; }

stamp() {   # DIR COMMAND...: the build stamp a side writes into its roadmaps cache (DIR)
  (cd "$t" && env -i "${sandbox_env[@]}" TRACKER_CACHE="$1" "${@:2}" status >/dev/null 2>&1)
  head -c 100 "$1"/roadmaps-*.cache 2>/dev/null | tr -c '[:print:]' '\n' | grep -m1 -E '[0-9]{8}T[0-9]{6}'
}
jar_stamp=$(stamp "$work/stamp-jar" "$java" -jar "$jar") native_stamp=$(stamp "$work/stamp-native" "$native")

normalize() {
  sed -E -e 's/[0-9]{8}T[0-9]{6}(\.[0-9]{3})?Z(-[0-9a-f]{8})?/<ID>/g' \
    -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})/<INSTANT>/g' \
    -e 's/([0-9]{4}-[0-9]{2}-[0-9]{2}) [0-9]{2}:[0-9]{2}/\1 <HH:MM>/g' -e 's/[0-9]{8}-[0-9]{6}/<STAMP>/g' \
    -e "s|$work/box|<BOX>|g" \
    -e 's/give the (JVM more, e\.g\. JAVA_TOOL_OPTIONS=-Xmx1g|native binary more, e\.g\. tracker -Xmx1g COMMAND)$/<GIVE IT MORE HEAP>/'
}
run_side() {   # side script: runs script in a fresh box as that side, results in $work/$side.*
  local side="$1" script="$2" cmd
  release_box
  rm -rf "$work/box" && cp -a "$t" "$work/box" || { echo "differential: cannot copy the sandbox $t" >&2; exit 2; }
  if [ "$side" = jar ]; then cmd="'$java' -jar '$jar'"; else cmd="'$native'"; fi
  local env_box=("${sandbox_env[@]//$t/$work/box}")
  (cd "$work/box" && env -i "${env_box[@]}" TRACKER_SIDE="$side" TRACKER_COMMAND="$cmd" timeout 240 bash -c "tracker() { $cmd \"\$@\"; }
jar_tracker() { '$java' -jar '$jar' \"\$@\"; }
native_tracker() { $cmd \"\$@\"; }
exec_tracker() { exec $cmd \"\$@\"; }
exec_jar_tracker() { exec '$java' -jar '$jar' \"\$@\"; }
exec_native_tracker() { exec $cmd \"\$@\"; }
$script" >"$work/$side.out" 2>"$work/$side.err"; echo "exit $?" >>"$work/$side.out")
  for stream in out err; do normalize <"$work/$side.$stream" >"$work/$side.$stream.n"; done
}

same=0 differ=0 skipped=0
skip_() {   # name reason: a case that cannot run here, named and counted in the summary
  [[ "$1" =~ $only ]] || return 0
  echo "skip $1: $2"; skipped=$((skipped + 1))
}
case_() {   # name script
  [[ "$1" =~ $only ]] || return 0
  run_side jar "$2"
  run_side native "$2"
  if cmp -s "$work/jar.out.n" "$work/native.out.n" && cmp -s "$work/jar.err.n" "$work/native.err.n"; then
    echo "same $1"; same=$((same + 1))
    [ -z "$show" ] || sed 's/^/  | /' "$work/jar.out.n" "$work/jar.err.n"
  else
    echo "DIFF $1"; differ=$((differ + 1))
    diff -u --label "jar stdout" --label "native stdout" "$work/jar.out.n" "$work/native.out.n" | head -20
    diff -u --label "jar stderr" --label "native stderr" "$work/jar.err.n" "$work/native.err.n" | head -20
  fi
}
source "$home/build/native/differential-cases.sh"
source "$home/build/native/differential-cases-os.sh"
echo "differential: $same same, $differ different, $skipped skipped ($native against $jar)"
[ "$differ" = 0 ]
