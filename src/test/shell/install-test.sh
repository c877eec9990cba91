#!/usr/bin/env bash
# ./tracker install and uninstall into a temporary prefix: what they put there works, and goes.
set -euo pipefail
cd "$(dirname "$0")/../../.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
export XDG_CACHE_HOME="$prefix/cache"   # the JVM archive and roadmap cache of this run go there

# --prefix without its folder is the tracker's own usage error, not a line of bash
set +e; out=$(./tracker install --prefix 2>&1); code=$?; set -e
[ "$code" = 2 ] && [[ "$out" == *"tracker: --prefix needs a folder, e.g. ./tracker install --prefix ~/.local" ]] && [[ "$out" != *"line "* ]] \
  || { echo "install-test: install --prefix without a folder said (exit $code): $out" >&2; exit 1; }

installed=$(./tracker install --prefix "$prefix")
# the two lines of git set-up for the state file (issue 14), exactly as the README shows them
for line in "  echo 'state.json merge=tracker' >> .gitattributes" "  git config merge.tracker.driver 'tracker merge-state %O %A %B'"; do
  grep -qxF -- "$line" <<<"$installed" || { echo "install-test: install did not print the git set-up line: $line" >&2; exit 1; }
done
for file in bin/tracker share/tracker/tracker.jar share/tracker/jvm.sh share/tracker/install.sh share/man/man1/tracker.1; do
  [ -s "$prefix/$file" ] || { echo "install-test: $file was not installed" >&2; exit 1; }
done
grep -q '^\.TH TRACKER 1' "$prefix/share/man/man1/tracker.1" || { echo "install-test: the man page is not roff" >&2; exit 1; }
mkdir -p "$prefix/config/tracker" && echo 'color = "never"' >"$prefix/config/tracker/config.toml"
(cd "$prefix" && XDG_CONFIG_HOME="$prefix/config" TRACKER_STATE="$prefix/state.json" "$prefix/bin/tracker" status >/dev/null) \
  || { echo "install-test: the installed tracker does not run" >&2; exit 1; }

for _ in $(seq 100); do   # the installed launcher's first run trains the JVM archive in the background
  ls "$XDG_CACHE_HOME"/tracker/jvm-*.training >/dev/null 2>&1 || break; sleep 0.2
done
ls "$XDG_CACHE_HOME"/tracker/config-*.cache >/dev/null || { echo "install-test: the config was not kept in the cache" >&2; exit 1; }
# the installed tracker uninstalls itself (it hands the command to the installer it was installed with)
"$prefix/bin/tracker" uninstall
left=$(find "$prefix" -type f ! -name state.json ! -name config.toml ! -path "$XDG_CACHE_HOME/*"
       ls "$XDG_CACHE_HOME"/tracker/*share_tracker* "$XDG_CACHE_HOME"/tracker/config-*.cache 2>/dev/null || true)
[ -z "$left" ] || { echo "install-test: uninstall left $left" >&2; exit 1; }
echo "install-test: ok"
