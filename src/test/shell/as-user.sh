#!/usr/bin/env bash
# The tests that check permission bits, run as a user that is not root: root reads and writes any
# file whatever its bits, so as root these tests skip themselves, and would never run in CI.
# As root: makes the user tracker-ci (once), copies the sources (not target/) into a folder of its
# own and the Maven repository root filled into its home, and runs the test classes there, offline.
# As another user: runs them here. Fails when any of them was skipped.
#   usage: bash src/test/shell/as-user.sh      (after a `mvn verify`, which fills the Maven repository)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
classes=RoadmapLoaderTest,DamagedRoadmapFilesTest,PermissionBitsTest
user=tracker-ci
mvn_args=(-o -B -ntp -q test "-Dtest=$classes" -Dsurefire.failIfNoSpecifiedTests=false)

check_reports() {   # FOLDER USER: each class ran, and none of its tests was skipped
  local class report total=0 tests
  for class in ${classes//,/ }; do
    report=$(echo "$1"/target/surefire-reports/TEST-*."$class".xml)
    [ -f "$report" ] || { echo "as-user: no test report of $class in $1/target" >&2; return 1; }
    if ! grep -q 'skipped="0"' "$report"; then
      echo "as-user: tests of $class were skipped as $2:" >&2; grep -h -A1 '<skipped' "$report" >&2; return 1
    fi
    tests=$(grep -o 'tests="[0-9]*"' "$report" | head -1 | tr -dc '0-9'); total=$((total + tests))
  done
  echo "as-user: $total tests of $classes ran as $2, none skipped"
}

if [ "$(id -u)" != 0 ]; then
  (cd "$repo" && mvn "${mvn_args[@]}")
  check_reports "$repo" "$(id -un)"
  exit 0
fi

id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$user"
home=$(getent passwd "$user" | cut -d: -f6)
work=$(runuser -u "$user" -- mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$repo" --exclude=./target --exclude=./.git -cf - . | runuser -u "$user" -- tar -C "$work" -xf -
# the artifacts root's build resolved, readable and writable by the user (a copy: root's home is closed)
mkdir -p "$home/.m2/repository"
cp -ru "${HOME:-/root}/.m2/repository/." "$home/.m2/repository/"
chown -R "$user:" "$home/.m2"
runuser -u "$user" -- env -i PATH="$PATH" HOME="$home" LANG="${LANG:-C.UTF-8}" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
  bash -c 'cd "$1" && shift && mvn "$@"' _ "$work" "${mvn_args[@]}"
check_reports "$work" "$user"
