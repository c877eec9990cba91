# Sourced by the launchers (./tracker and the installed one): which java runs the jar, and
# with which class-data archive. Bash builtins only on the common path: every fork is time.
#   tracker_exec JAR ARGS...   runs the tracker (exec)
#   tracker_train JAR          makes the archive for JAR now, in the foreground (bench/startup)
# TRACKER_JAVA picks the java by hand; TRACKER_JVM_ARCHIVE=off runs without the archive;
# TRACKER_CACHE=off turns off both the archive and the roadmap cache.

# Short-lived runs: C1 only, in one compiler thread (on two cores a second one takes time from the
# command: status 11% faster), and the serial collector start fastest; no hsperfdata file (jstat
# is of no use for a CLI, and a stale one locked under a reused pid makes the JVM warn on stdout).
TRACKER_JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData)

# The JDK version in a java's release file into $jdk_version ("25.0.3"), and its full build
# into $jdk_build ("17.0.15+6-Debian-1deb12u1"), which names the archive; empty when unknown.
tracker_jdk_version() {
  local line
  jdk_version="" jdk_build=""
  [ -r "${1%/bin/java}/release" ] || return 0
  while IFS= read -r line; do
    case "$line" in
      JAVA_VERSION=*) line="${line#JAVA_VERSION=}"; jdk_version="${line//\"/}" ;;
      JAVA_RUNTIME_VERSION=*) line="${line#JAVA_RUNTIME_VERSION=}"; jdk_build="${line//\"/}" ;;
    esac
  done <"${1%/bin/java}/release"
  jdk_build="${jdk_build:-$jdk_version}"
}

# $java and $jdk_version: $TRACKER_JAVA, else $JAVA_HOME/bin/java when it is a JDK 17 or newer,
# else the java on PATH. (A newer JDK beside it is not preferred: measured here, JDK 25 with its
# AOT cache was no faster than JDK 17 with AppCDS; see the README's Performance section.)
tracker_pick_java() {
  java="${TRACKER_JAVA:-}"
  if [ -z "$java" ] && [ -n "${JAVA_HOME:-}" ] && [ -f "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    tracker_jdk_version "$JAVA_HOME/bin/java"
    if [ "${jdk_version%%.*}" -ge 17 ] 2>/dev/null; then java="$JAVA_HOME/bin/java"; fi
  fi
  if [ -z "$java" ] || [[ "$java" != */* ]]; then
    local dir dirs name="${java:-java}"
    IFS=: read -ra dirs <<<"$PATH"
    java="$name"
    for dir in "${dirs[@]}"; do
      if [ -f "${dir:-.}/$name" ] && [ -x "${dir:-.}/$name" ]; then java="${dir:-.}/$name"; break; fi
    done
  fi
  # /usr/bin/java is a link into the JDK, whose release file tells the version: one readlink then
  if [ -L "$java" ]; then tracker_jdk_version "$(readlink -f -- "$java")"; else tracker_jdk_version "$java"; fi
}

# $archive: the class-data archive for this java and jar, in the tracker's cache folder; empty for
# none: when switched off, when the JDK is unknown, when the folder is not an absolute path, when
# the path holds a ':' (JDK 17 would read it as two archives), and when JVM options come from the
# environment (the archive would not match them, and JDK 25 says so on stdout).
tracker_archive_path() {
  local jar="$1" folder="${TRACKER_CACHE:-${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}}" major="${jdk_version%%.*}"
  archive=""
  [ "${TRACKER_CACHE:-}" = off ] || [ "${TRACKER_JVM_ARCHIVE:-}" = off ] || [ -z "$jdk_version" ] && return 0
  [ -n "${JAVA_TOOL_OPTIONS:-}${JDK_JAVA_OPTIONS:-}${_JAVA_OPTIONS:-}" ] && return 0
  [[ "$folder" == /* ]] || return 0
  [ -n "${TRACKER_CACHE:-}" ] || folder="$folder/tracker"
  case "$major" in ''|*[!0-9]*) return 0 ;; esac
  local build="${jdk_build//[^A-Za-z0-9.+-]/_}"
  local name="jvm-$build-${jar//\//_}"
  if [ "$major" -ge 25 ]; then name="$name.aot"; else name="$name.jsa"; fi
  [[ "$folder/$name" == *:* ]] || archive="$folder/$name"
}

# Whether $1 has the jar's modification time, to the nanosecond.
tracker_same_time() {
  [ -f "$1" ] && ! [ "$jar" -nt "$1" ] && ! [ "$1" -nt "$jar" ]
}

# Runs the training workload (dev.tracker.app.Warmup) once, writing the archive under a temporary
# name first. The jar's time is taken before: a jar rebuilt meanwhile gets no archive of the old one.
tracker_train() {
  local jar="$1"
  tracker_pick_java
  tracker_archive_path "$jar"
  [ -n "$archive" ] || return 0
  mkdir -p "${archive%/*}" || return 0
  local temp="$archive.$$.tmp"
  touch -r "$jar" "$temp.jar-time" || return 0
  if [ "${jdk_version%%.*}" -ge 25 ]; then
    "$java" "${TRACKER_JVM_FLAGS[@]}" -XX:AOTCacheOutput="$temp" -Xlog:aot=off -Xlog:cds=off \
      -cp "$jar" dev.tracker.app.Warmup
  else
    "$java" "${TRACKER_JVM_FLAGS[@]}" -XX:ArchiveClassesAtExit="$temp" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -cp "$jar" dev.tracker.app.Warmup
  fi
  if [ -f "$temp" ] && tracker_same_time "$temp.jar-time"; then
    mv -f "$temp" "$archive" && mv -f "$temp.jar-time" "$archive.jar-time"
  elif tracker_same_time "$temp.jar-time"; then
    mv -f "$temp.jar-time" "$archive.failed"   # no archive from this jar: later runs do not retry it
  fi
  rm -f "$temp" "$temp.config" "$temp.jar-time"
}

tracker_exec() {
  local jar="$1"; shift
  tracker_pick_java
  if [[ "$java" != */* ]]; then
    echo "tracker: no java found on PATH; install a JDK 17 or newer, or set JAVA_HOME or TRACKER_JAVA" >&2
    exit 1
  fi
  tracker_archive_path "$jar"
  local flags=("${TRACKER_JVM_FLAGS[@]}")
  if [ -n "$archive" ] && [ -f "$archive" ] && tracker_same_time "$archive.jar-time"; then
    # only for the very jar it was made from: a JVM handed another jar's archive warns on stdout
    if [ "${jdk_version%%.*}" -ge 25 ]; then flags+=(-XX:AOTCache="$archive"); else flags+=(-XX:SharedArchiveFile="$archive"); fi
  elif [ -n "$archive" ] && ! tracker_same_time "$archive.failed" && mkdir -p "${archive%/*}" 2>/dev/null; then
    # a training run killed half-way leaves its marker: after 10 minutes it no longer counts
    if [ -d "$archive.training" ] && [ -n "$(find "$archive.training" -maxdepth 0 -mmin +10 2>/dev/null)" ]; then
      rmdir "$archive.training" 2>/dev/null || :
    fi
    if mkdir "$archive.training" 2>/dev/null; then
      # first run of this build: train in the background, out of this command's way and its pipes
      ( trap 'rmdir "$archive.training" 2>/dev/null || :' EXIT; tracker_train "$jar" ) </dev/null >/dev/null 2>&1 &
    fi
  fi
  exec "$java" "${flags[@]}" -jar "$jar" "$@"
}
