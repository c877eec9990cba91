#!/usr/bin/env bash
# ./tracker install [--prefix DIR]   puts tracker on PATH (default prefix: ~/.local)
# ./tracker uninstall [--prefix DIR] removes exactly what install put there
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)"
action="$1"; shift
prefix="$HOME/.local"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix|--prefix=)
      if [ "$1" = --prefix= ] || [ $# -lt 2 ] || [ -z "$2" ] || [[ "$2" == -* ]]; then
        echo "tracker: --prefix needs a folder, e.g. ./tracker $action --prefix ~/.local" >&2; exit 2
      fi
      prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    -h|--help) echo "usage: ./tracker $action [--prefix DIR]   (default prefix: ~/.local)"; exit 0 ;;
    *) echo "tracker: unknown option '$1' for $action; use --prefix DIR" >&2; exit 2 ;;
  esac
done

jar="$prefix/share/tracker/tracker.jar"
jvm="$prefix/share/tracker/jvm.sh"
installer="$prefix/share/tracker/install.sh"   # so that the installed `tracker uninstall` works
launcher="$prefix/bin/tracker"
man="$prefix/share/man/man1/tracker.1"
bash_completion="$prefix/share/bash-completion/completions/tracker"
zsh_completion="$prefix/share/zsh/site-functions/_tracker"

if [ "$action" = uninstall ]; then
  for file in "$launcher" "$jar" "$jvm" "$installer" "$man" "$bash_completion" "$zsh_completion"; do
    if [ -e "$file" ]; then rm -f "$file" && echo "removed $file"; fi
  done
  # the class-data archives the installed launcher made for this jar (src/main/shell/jvm.sh), and
  # the roadmap and config caches (only speed: any tracker left makes them again)
  cache="${TRACKER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tracker}"
  for file in "$cache"/jvm-*"${jar//\//_}".* "$cache"/roadmaps-*.cache "$cache"/config-*.cache; do
    if [ -e "$file" ]; then rm -rf "$file" && echo "removed $file"; fi
  done
  rmdir "$cache" 2>/dev/null || true
  rmdir "$prefix/share/tracker" 2>/dev/null || true
  echo "tracker is uninstalled (your state file is kept: ${XDG_DATA_HOME:-$HOME/.local/share}/tracker/state.json)"
  exit 0
fi

# build the jar (and the man page) when a source is newer, exactly as ./tracker does
"$home/tracker" --version >/dev/null
mkdir -p "$(dirname "$jar")" "$(dirname "$launcher")" "$(dirname "$man")" \
  "$(dirname "$bash_completion")" "$(dirname "$zsh_completion")"
cp "$home/target/tracker.jar" "$jar.tmp" && mv "$jar.tmp" "$jar"
cp "$home/src/main/shell/jvm.sh" "$jvm.tmp" && mv "$jvm.tmp" "$jvm"
cp "$home/src/main/shell/install.sh" "$installer.tmp" && mv "$installer.tmp" "$installer"
cat > "$launcher.tmp" <<LAUNCHER
#!/usr/bin/env bash
# installed by ./tracker install; ./tracker uninstall removes it
if [ -t 1 ] && [ -z "\${COLUMNS:-}" ]; then
  cols=\$(stty size </dev/tty 2>/dev/null | cut -d' ' -f2 || true)
  [ -n "\$cols" ] && export COLUMNS="\$cols"
fi
if [ "\${1:-}" = uninstall ]; then   # the jar has no such command: the installer that put it here removes it
  shift
  exec bash "$installer" uninstall --prefix "$prefix" "\$@"
fi
source "$jvm"
tracker_exec "$jar" "\$@"
LAUNCHER
chmod +x "$launcher.tmp" && mv "$launcher.tmp" "$launcher"
if [ -f "$home/target/man/tracker.1" ]; then
  cp "$home/target/man/tracker.1" "$man"
else
  java -cp "$jar" dev.tracker.app.ManPage "$man"
fi
echo "installed $launcher"
echo "installed $jar"
echo "installed $jvm"
echo "installed $installer"
echo "installed $man"
if "$launcher" completion bash >"$bash_completion.tmp" 2>/dev/null; then
  mv "$bash_completion.tmp" "$bash_completion" && echo "installed $bash_completion"
  "$launcher" completion zsh >"$zsh_completion.tmp" && mv "$zsh_completion.tmp" "$zsh_completion" \
    && echo "installed $zsh_completion"
else
  rm -f "$bash_completion.tmp"
  echo "tracker: this build has no completion scripts; skipped them" >&2
fi
# the state file merges through git with the tracker as its merge driver (README: "Keeping the state in git")
echo "to keep your state file in git, set up the merge driver in that repository:"
echo "  echo 'state.json merge=tracker' >> .gitattributes"
echo "  git config merge.tracker.driver 'tracker merge-state %O %A %B'"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
